"""Acts the lexicon names by a crowd's word, done by a state.

CAMEO's §14 (protest) is civilian collective action: demonstrations, strikes, people
blocking a road. The same words said of a state name another act: "Japan protested the
launch" is an official complaint (§114), "Poland closed its border" a restriction the state
imposes (§172), not a crowd's blockade (§144), and "Russia launched strikes" is force (§190),
not a walkout (§143). ``data/lexicon/state_acts.csv`` (``code,actor,word,result,source``)
lists each such code, the actor kind that changes it, a pattern its trigger's text must hold
(empty for any) and the code it becomes, with the manual's sections as its source.
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.cameo import Trigger
from dashboard.events.domain import intergovernmental
from dashboard.events.lexicon import DATA, word_class
from dashboard.events.sides import organs
from dashboard.events.tokens import is_noun, verb_forms
from dashboard.paths import data_dir

# what may stand before a clause's subject: the sentence's start, a clause mark, a
# conjunction, an article ("the Polish government"), or a wire dateline's hyphen set apart by
# spaces ("PRISTINA (Reuters) - Kosovo closed"), which stands for the dash
_OPENS = re.compile(
    r"(?:^|[.,;:—–(\"“]|(?<=\s)-|\b(?:and|but|while|that|after|when|as|the))\s*$", re.I
)
_OPENER_LONGEST = 5  # characters of _OPENS's longest opener ("while", "after")
# between the subject's country and its verb: a possessive or a demonym's noun of a state
# organ ("Japan's foreign ministry", "Polish authorities"), auxiliaries and adverbs; the
# bracket closing an acronym after the full name ("the Economic Community of West African
# States (ECOWAS) closed")
_GAP = re.compile(r"(?:['’]s)?\)?((?:\s+[a-z]+){0,4})\s*")
_AUX = frozenset(
    "has have had also again later then now officially formally swiftly quickly "
    "reportedly already temporarily partially partly".split()
)


@cache
def state_acts() -> dict[tuple[str, str], tuple[tuple[str, str], ...]]:
    """``{(code, actor kind): ((word, new code), ...)}`` from ``data/lexicon/state_acts.csv``,
    in the file's order. ``word`` is empty for a row that holds for any trigger of the code,
    else a regular expression the trigger's lowercased text must hold (a "strike" that is no
    general, national or other named labour strike: §143 also codes boycotts and walkouts).

    Raises ``OSError`` or ``KeyError`` when the shipped file is missing or malformed."""
    out: dict[tuple[str, str], list[tuple[str, str]]] = {}
    with (DATA / "state_acts.csv").open(encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh):
            out.setdefault((r["code"], r["actor"]), []).append((r["word"], r["result"]))
    return {k: tuple(v) for k, v in out.items()}


def _recoded(trigger: Trigger, kind: str) -> str | None:
    """The code ``state_acts.csv`` gives ``trigger`` done by an actor of ``kind``: the first
    row of its code and kind whose word is empty or found in the trigger's lowercased text."""
    said = trigger.text.lower()
    for word, result in state_acts().get((trigger.full or trigger.code, kind), ()):
        if not word or re.search(word, said):
            return result
    return None


def as_state_act(trigger: Trigger, source: Actor | None, text: str) -> Trigger:
    """``trigger`` re-coded when its source is a state standing as its clause's subject
    ("Japan protested", "the Polish government closed"; not "protesters in Serbia blocked"
    nor "Serbian students blocked"); else unchanged.

    ``trigger`` and ``source`` carry offsets into ``text``; ``trigger.full`` is the full
    CAMEO code ("144"). The result keeps the span and the flags."""
    # an organisation of states ("ECOWAS closed its borders") acts as its states do
    kind = source.kind if source else ""
    if source is not None and kind == "organisation" and source.name in intergovernmental():
        kind = "country"
    if source is None or not _subject(source, trigger, text):
        # "Authorities closed the airport", "Police closed the road": a state's organ named
        # by its office alone is the state acting (CAMEO 1.1b3 actor codebook: GOV, COP);
        # only for a closure, as "police protested outside parliament" is officers in a crowd;
        # but an embassy or an ambassador that protests speaks for its state (§114)
        full = trigger.full or trigger.code
        # a protest's aim may have refined the code (§1441, §1411: ``protest_aims``)
        closure = full[:3] == "144" and _office_subject(trigger, text)
        envoy = full[:3] in ("140", "141") and _diplomatic_subject(trigger, text)
        if not (closure or envoy):
            return trigger
        kind = "country"
    code = _recoded(trigger, kind)
    return trigger if code is None else replace(trigger, code=code[:2], full=code)


def _office_subject(trigger: Trigger, text: str) -> bool:
    """The words right before ``trigger``, from its clause's start, are a state's office
    ("Authorities", "The police", "Local officials") and auxiliaries only."""
    before = _BARE_SUBJECT.search(text, max(0, trigger.start - 50), trigger.start)
    if before is None:
        return False
    words = before.group(1).lower().split()
    offices = [w for w in words if _organ(w)]
    return bool(offices) and all(w in _AUX or w in _LOCAL or _organ(w) for w in words)


def _diplomatic_subject(trigger: Trigger, text: str) -> bool:
    """The subject right before ``trigger`` is a diplomatic office ("The Chinese embassy in
    Manila", "The ambassador", "the foreign ministry"): classes.csv ``DIPLOMAT`` or
    "foreign"."""
    before = _BARE_SUBJECT.search(text, max(0, trigger.start - 50), trigger.start)
    if before is None:
        return False
    said = before.group(1).lower().split()
    if any(w in ("who", "which", "that") or _past_verb(w) for w in said):
        return False  # "Embassy staff joined protesters who rallied": not the subject
    words = {w.rstrip("s") for w in said}
    return bool(words & (word_class("DIPLOMAT") | {"foreign"}))


def _past_verb(word: str) -> bool:
    forms = verb_forms(word)
    return forms is not None and "VBD" in forms[1] and not is_noun(word)


_BARE_SUBJECT = re.compile(
    r"(?:^|[.,;:—–(\"“]\s*|(?<=\s)-\s+|\b(?:and|but|the|The)\s+)((?:[A-Za-z]+\s+){1,4})$"
)
_LOCAL = frozenset("local state provincial city regional municipal the".split())


def _subject(source: Actor, trigger: Trigger, text: str) -> bool:
    if not 0 <= source.end <= trigger.start or not _opens_before(text, source.start):
        return False
    gap = _GAP.fullmatch(text, source.end, trigger.start)
    if gap is None:
        return False
    words = gap.group(1).split()
    # a demonym names its people ("Israelis marched"), its state only with an organ after it;
    # a country's other names ("the US", "Britain") name the state
    surface = text[source.start : source.end]
    named = surface == source.name or surface in country_aliases()
    return (named or any(map(_organ, words))) and all(w in _AUX or _organ(w) for w in words)


def _opens_before(text: str, at: int) -> bool:
    """Whether ``_OPENS`` finds its opener right before ``text[at:]``, as
    ``_OPENS.search(text, 0, at)`` does, without scanning the whole text up to ``at``: a match
    is an opener (the start, a mark, or a word of at most five letters) and then only white
    space to ``at``, so it begins at most five characters before the last character that is
    not a space (issue 15: the search from 0 read the article up to the source at each try)."""
    end = min(max(at, 0), len(text))
    last = end
    while last and text[last - 1].isspace():  # ``str.isspace`` is ``re``'s ``\s``
        last -= 1
    return _OPENS.search(text, max(0, last - _OPENER_LONGEST), end) is not None


@cache
def country_aliases() -> frozenset[str]:
    """The other names of countries in ``data/gazetteer/aliases.csv`` ("US", "Britain",
    "Burma"): rows whose place is a country (``cc:`` ids).

    Raises ``OSError`` or ``KeyError`` when the shipped file is missing or malformed."""
    with (data_dir() / "gazetteer" / "aliases.csv").open(encoding="utf-8", newline="") as fh:
        return frozenset(r["alias"] for r in csv.DictReader(fh) if r["place_id"].startswith("cc:"))


def _organ(word: str) -> bool:
    """A state organ's or office's word, singular or plural ("ministry", "authorities")."""
    forms = {word, word[:-1], word[:-3] + "y"} if word.endswith("s") else {word}
    return bool(forms & (organs() | word_class("OFFICIAL")))
