"""The facilities a report names as its act's target, which tell two attacks of one city apart.

An attack is coded by its target (CAMEO 1.1b3: the target is the event's second actor; ACLED
codes a strike on a named base or embassy at that site), as ``named_dead`` reads the people
struck and ``cues.ship_names`` the ships. Two reports of force on one day in one city that
each name the facility they struck, of another kind and with no name word in common ("rockets
were fired at the Norwegian embassy", "a drone hit the Falcon air base near the airport"), are
two attacks; the city and day alone joined them.

A target is a facility noun of ``data/lexicon/target_facilities.csv`` ("embassy", "air
base") right after a verb or preposition of striking ("fired at", "targeted", "attack on"),
with the capitalised words before it that say which one ("the Falcon air base", "the US
embassy"). A country's adjective or abbreviation says whose it is, not its name ("US",
"Norwegian", "French"), so two embassies named only by their countries' words are one kind and
never told apart. A facility named in passing ("near the embassy") is no target.

A target is read only from the act's own clause: the complement of an answering or time cue
(``data/lexicon/answering_cues.csv``: "in retaliation for", "in response to", "after",
"following", "over") names the act this one answers, which struck its own target ("fired
missiles at Israel in retaliation for the strike on Iran's consulate"), so it is passed over
up to the next comma, semicolon or full stop (session 86, hap97: that phrase kept the barrage
apart from its reports naming the base it hit). A name's Arabic article is no name word
("Ain al-Asad" and "Al Asad" are one base: ALA-LC romanisation writes the article apart).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from dashboard.events.lexicon import sourced_rows

# the words that make what follows the act's target (VerbNet hit-18.1, attack: its theme)
_STRIKE = (
    r"(?:at|on|against|targeted|targeting|targets|hit|hitting|hits|struck|striking|strikes|"
    r"attacked|attacking|attacks|shelled|shelling|bombed|bombing|stormed|storming|"
    r"raided|raiding|rammed|slammed\s+into|landed\s+on|crashed\s+into)"
)
# a capitalised word, or an Arabic name's particle before one ("Ain al-Asad")
_CAP = r"(?-i:(?:[A-Z]|(?:al|el|ad|as|an|ar)-[A-Z])[\w'’.]*(?:-[A-Za-z][\w'’]*)?)"
# a possessive pronoun names the one facility of a side already named ("the attack on its
# embassy" is the State Department's own): a target with no name words, but a target
_OWNER = r"(?:its|their)"
# an Arabic article inside a name (ALA-LC: "al-", "el-", assimilated "ad-", "as-", "an-", "ar-",
# "ash-", "at-"): a transliteration's choice, shared by most names, so no name word
_ARTICLES = frozenset({"al", "el", "ad", "as", "an", "ar", "ash", "at", "ul"})
# a demonym (as ``cues._DEMONYM``) or a short abbreviation ("US", "U.S.", "UN") says whose
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ish|ese|ian|ean|an|i)$|^(?:[A-Z]\.?){2,3}$")


@cache
def _lexicon() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    kinds: dict[str, str] = {}
    qualifiers: set[str] = set()
    for row in sourced_rows("target_facilities.csv", "kind", "cue"):
        for cue in row["cue"].split("|"):
            if row["kind"] == "qualifier":
                qualifiers.add(cue.casefold())
            else:
                kinds[" ".join(cue.casefold().split())] = row["kind"]
    heads = "|".join(
        r"\s+".join(map(re.escape, k.split())) for k in sorted(kinds, key=len, reverse=True)
    )
    rx = re.compile(
        rf"\b{_STRIKE}\s+(?:the\s+|a\s+|an\s+)?((?:{_CAP}\s+){{1,4}}|{_OWNER}\s+)({heads})\b",
        re.IGNORECASE,
    )
    return rx, kinds, frozenset(qualifiers)


@cache
def _answering() -> re.Pattern[str]:
    """The complement of an answering or time cue, up to the next comma, semicolon, colon or
    full stop (one phrase): "in retaliation for the strike on Iran's consulate in Damascus"."""
    cues = {
        " ".join(c.casefold().split())
        for row in sourced_rows("answering_cues.csv", "cue")
        for c in row["cue"].split("|")
    }
    alts = "|".join(r"\s+".join(map(re.escape, c.split())) for c in sorted(cues, key=len)[::-1])
    return re.compile(rf"\b(?:{alts})\b[^,;:.]*", re.IGNORECASE)


def _own_clause(text: str) -> str:
    """The sentence without the phrases that name another act (``_answering``), blanked so
    that what stands either side does not meet.

    >>> s = _own_clause("Drones hit Israel in retaliation for the strike on its consulate, police said.")
    >>> s.split()
    ['Drones', 'hit', 'Israel', ',', 'police', 'said.']
    """
    return _answering().sub(lambda m: " " * len(m.group()), text)


def _name_words(words: list[str], qualifiers: frozenset[str]) -> frozenset[str]:
    """The casefolded words that say which facility: a country's adjective or abbreviation
    and an Arabic article are no name words ("the Ain al-Asad air base": ain, asad)."""
    parts = (p for w in words if not _DEMONYM.match(w) for p in w.split("-"))
    folded = (p.casefold().strip("'’.").removesuffix("'s").removesuffix("’s") for p in parts)
    return frozenset(w for w in folded if w and w not in qualifiers and w not in _ARTICLES)


def named_targets(sentences: Iterable[str]) -> frozenset[tuple[str, frozenset[str]]]:
    """The named facilities the sentences tell struck: (kind, the casefolded words of its
    name, without a country's adjective or abbreviation).

    >>> sorted((k, sorted(n)) for k, n in named_targets(["A drone hit the Falcon air base."]))
    [('base', ['falcon'])]
    >>> sorted((k, sorted(n)) for k, n in named_targets(["Rockets were fired at the US embassy."]))
    [('embassy', [])]
    >>> sorted(named_targets(["They condemned the rocket attack on its embassy."]))
    [('embassy', frozenset())]
    >>> named_targets(["Rockets landed near the US embassy."])
    frozenset()
    >>> named_targets(["Drones hit Israel in retaliation for the strike on its consulate."])
    frozenset()
    >>> sorted((k, sorted(n)) for k, n in named_targets(["Missiles struck the Ain al-Asad base."]))
    [('base', ['ain', 'asad'])]
    """
    rx, kinds, qualifiers = _lexicon()
    found = set()
    for text in sentences:
        for m in rx.finditer(_own_clause(text or "")):
            words = m.group(1).split()
            if words and words[0].casefold() in ("the", "a", "an"):
                words = words[1:]
            if not words:
                continue
            if words[0].casefold() in ("its", "their"):
                words = []
            name = _name_words(words, qualifiers)
            found.add((kinds[" ".join(m.group(2).casefold().split())], name))
    return frozenset(found)


def _same(a: tuple[str, frozenset[str]], b: tuple[str, frozenset[str]]) -> bool:
    if a[1] & b[1]:
        return True
    return a[0] == b[0] and not (a[1] and b[1])


def other_targets(
    a: frozenset[tuple[str, frozenset[str]]], b: frozenset[tuple[str, frozenset[str]]]
) -> bool:
    """Do two reports each name a facility struck, and none of one's could be one of the
    other's (a name word in common, or one kind with a name on at most one side)?

    >>> emb = frozenset({("embassy", frozenset())})
    >>> other_targets(emb, frozenset({("base", frozenset({"falcon"}))}))
    True
    >>> other_targets(emb, frozenset({("embassy", frozenset())}))
    False
    >>> other_targets(frozenset(), emb)
    False
    """
    if not a or not b:
        return False
    return not any(_same(x, y) for x in a for y in b)
