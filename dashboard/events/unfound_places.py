"""Places a sentence names by their kind ("the town of Adan Yabaal", "the Zamzam camp", "the
Catatumbo region") that the gazetteer does not hold. Such a sentence says the act was at a
place of its own, so the dateline city, where the story was filed, is no fallback for it:
ACLED codes an event where it took place and, when that place cannot be found, at the next
larger unit the report supports (its geo precision 3: the country). The kind words are data
(``data/lexicon/place_kind_words.csv``, a GeoNames feature class as the source of each row).
"""

from __future__ import annotations

import calendar
import re
from functools import cache

from dashboard.analysis import TextAnalysis
from dashboard.events.lexicon import sourced_rows
from dashboard.places import gazetteer

Span = tuple[int, int]

# a capitalised name of one to three words ("Adan Yabaal", "Ras al-Ain"), as news writes one
_NAME = r"[A-Z][\w'’-]*(?:\s+(?:al-|el-|de\s+|du\s+)?[A-Z][\w'’-]*){0,2}"
# words that open a sentence or a clause in capitals and are no part of a name
_OPENERS = frozenset({"The", "A", "An", "In", "At", "Near", "On", "From", "And", "But"})
_REACH = 3  # sentences back that "the town" may refer to (as the_town.py reads the attack)


@cache
def kind_words(order: str) -> frozenset[str]:
    """The words of ``place_kind_words.csv`` read in ``order``: "of" before the name ("the
    town of X"), "after" it ("X district"), or "" for every row."""
    rows = sourced_rows("place_kind_words.csv", "word", "order")
    return frozenset(r["word"] for r in rows if order in ("", r["order"]))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(kind before "of" and the name, name before its kind, "the <kind>" alone)."""
    of, after = (sorted(kind_words(o), key=len, reverse=True) for o in ("of", "after"))
    kinds = sorted({*of, *after}, key=len, reverse=True)  # not the container words ("division")
    return (
        re.compile(rf"\b(?P<kind>{'|'.join(of)})\s+of\s+(?P<name>{_NAME})"),
        re.compile(rf"(?P<name>{_NAME})\s+(?P<kind>(?i:{'|'.join(after)}))\b"),
        re.compile(rf"\bthe\s+(?P<kind>{'|'.join(kinds)})\b(?!\s+of\b)"),
    )


@cache
def _facility_at() -> re.Pattern[str]:
    """A facility and the place it stands at: "a security post at X", "a police station at
    X" (``place_kind_words.csv`` rows of order "at"); the "at" before the name is the
    locative that says where the act on the facility was."""
    at = sorted(kind_words("at"), key=len, reverse=True)
    return re.compile(rf"\b(?P<kind>{'|'.join(at)})\s+(?P<at>at)\s+(?P<name>{_NAME})")


# where the act was: a locative before the phrase ("in the Catatumbo region", "on the island of
# Evia", as islands are told, "near the oil-rich X fields"), or the act's own object right
# after its verb ("recaptured the town of X"); a topic ("their dispute over the Essequibo
# region") says nothing of where the act was
_LOCATIVE = re.compile(
    r"\b(?:in|at|on|near|inside|outside|around|into|across|toward|towards|from|through|"
    r"throughout|within|outskirts\s+of|(?:raids?|attacks?|strikes?|assaults?)\s+on)\s+"
    r"(?:the\s+)?(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_OBJECT_GAP = re.compile(r"\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?")


def _where_of_act(text: str, start: int, act: Span | None) -> bool:
    """Whether the phrase at ``start`` can say where the act (its trigger's span ``act``) was:
    after a locative, or as the act's object, inside its trigger ("recaptured the town") or
    after it (at most a determiner and one word between)."""
    if _LOCATIVE.search(text, max(0, start - 40), start):
        return True
    if act is None:
        return False
    return act[0] <= start < act[1] or _OBJECT_GAP.fullmatch(text, act[1], start) is not None


def _named(
    analysis: TextAnalysis, span: Span, act: Span | None = None, anywhere: bool = False
) -> list[tuple[str, str]]:
    """(kind word, phrase) of each place ``span`` names by its kind that no mention or
    country covers, the gazetteer does not hold it: ("town", "town of Adan Yabaal"),
    ("region", "Catatumbo region")."""
    of, after, _ = _patterns()
    text = analysis.text
    out: list[tuple[str, str]] = []
    for pattern in (of, after, _facility_at()):
        for m in pattern.finditer(text, *span):
            words = m["name"].split()
            while words and words[0] in _OPENERS:
                words.pop(0)
            if not words:
                continue
            s = m.start("name") + m["name"].index(words[0])
            e = m.end("name")
            if _covered(analysis, s, e):
                continue
            where = m.start("at") + 3 if pattern is _facility_at() else m.start()
            if not anywhere and not _where_of_act(text, where, act):
                continue
            out.append((m["kind"].lower(), text[min(s, m.start()) : max(e, m.end())]))
    return out


def _covered(analysis: TextAnalysis, s: int, e: int) -> bool:
    """Whether a place the gazetteer found, or a country or demonym ("the Russian region of
    Kursk"), lies in ``s:e``."""
    return any(s < m.end and m.start < e for m in analysis.mentions if m.place) or any(
        s < c.end and c.start < e for c in analysis.countries
    )


def unfound_place(analysis: TextAnalysis, sentence: Span, act: Span | None = None) -> str | None:
    """The phrase of a place ``sentence`` (character offsets) names by its kind and the
    gazetteer lacks ("the town of Adan Yabaal"), or that its "the town" refers back to within
    the three sentences before; None when there is none. The phrase must say where the act
    (its trigger's span ``act``) was: after a locative, or as its object. With "Adan Yabaal" unknown to the
    gazetteer, "Troops recaptured the town of Adan Yabaal." gives "town of Adan Yabaal", as does
    a later "Jets had bombed bases near the town." """
    own = _named(analysis, sentence, act)
    if own:
        return own[0][1]
    _, _, anaphor = _patterns()
    kinds = {
        m["kind"]
        for m in anaphor.finditer(analysis.text, *sentence)
        if _where_of_act(analysis.text, m.start(), act)
    }
    if not kinds:
        return None
    before = [s for s in analysis.sentences if s[1] <= sentence[0]][-_REACH:]
    for span in reversed(before):
        for kind, name in _named(analysis, span, anywhere=True):
            if kind in kinds:
                return name
    return None


# "in Barsalogho", "near Djibo": a capitalised name after a locative preposition (Quirk et
# al. 1985 §9.17, position), one to three words
_AT_NAME = re.compile(r"\b(?:in|at|near|outside|around)\s+(" + _NAME + r")")
_CALENDAR = frozenset(
    w for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if w
)


def unknown_site(analysis: TextAnalysis, clause: Span) -> str | None:
    """A name ``clause`` gives as where something was ("A similar attack in Barsalogho")
    that no place or country mention covers and the gazetteer holds under no place of that
    exact name, or None. Days and months are no sites ("in August")."""
    text = analysis.text
    covered = [(m.start, m.end) for m in analysis.mentions] + [
        (c.start, c.end) for c in analysis.countries
    ]
    gaz = gazetteer.load()
    for m in _AT_NAME.finditer(text, *clause):
        name = m.group(1)
        if m.start(1) < analysis.dateline_end or name.split()[0] in _CALENDAR:
            continue
        if any(s < m.end(1) and m.start(1) < e for s, e in covered):
            continue
        if not any(p.name == name for p in gaz.lookup(name)):
            return name
    return None
