"""What a common noun beside a name says the name is: a settlement ("in Paro village"), or
an organisation ("the nuclear group Orano"). The words are data
(``data/lexicon/name_kind_cues.csv``, each row with its source).

- A settlement word right after a name restricts the name's candidates to populated places
  (GeoNames feature class P, our kind ``city``): "in X village" is no district or province
  of that name, and with no such town the name stays unresolved (a confident wrong card is
  worse than none).
- A settlement word and "of" right before a name ("the suburb of X", "the village of X": the
  "of" of apposition, Quirk et al. 1985 §17.45) prefers the name's populated places; unlike
  a word after it, it never drops a name with none (``settlement_before``).
- An organisation word right before a name ("the mining company X") makes it the
  organisation's name (Quirk et al. 1985 §17.93, an appositive head before a proper noun),
  as ``recognise_words._SHARES_BEFORE`` reads "shares in X".
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.paths import data_dir
from dashboard.sourced_rows import read_sourced

# a settlement word used as a premodifier's head is another sense: "a Texas town" is a town
# in Texas, "the Kansas town of X" names X; so the name must not follow an article, and the
# word must not be followed by "of" or by the noun it modifies ("X town hall", "X village
# council")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the|this|that|one|another)\s+(?:[\w-]+\s+)?$", re.I)
_COMPOUND_AFTER = re.compile(
    r"\s+(?:of|hall|halls|council|councils|square|centre|center|meeting|elections?|board|"
    r"mayor|chief|head|headman|level)\b",
    re.IGNORECASE,
)

# a name ending in its own division word names that division whatever follows it ("Cedar
# County town baseball": a county's, GeoNames A), so a settlement word after it is a modifier
_OWN_KIND_WORD = re.compile(
    r"\b(?:County|Province|District|Region|State|Oblast|Parish|Prefecture|Governorate)$"
)


@cache
def _rows() -> tuple[tuple[str, str, str], ...]:
    rows = read_sourced(data_dir() / "lexicon" / "name_kind_cues.csv", "word", "cue")
    return tuple((r["word"], r["cue"], r["kind"]) for r in rows)


@cache
def organisation_words() -> tuple[str, ...]:
    """The organisation heads, each with a trailing space (substring cues for ``any_of``)."""
    return tuple(f"{w} " for w, cue, _ in _rows() if cue == "organisation")


@cache
def _organisation_before() -> re.Pattern[str]:
    words = "|".join(sorted((w.strip() for w in organisation_words()), key=len, reverse=True))
    return re.compile(rf"\b(?:{words}) $")


@cache
def _settlement_after() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds = {w: k for w, cue, k in _rows() if cue == "settlement"}
    words = "|".join(sorted(kinds, key=len, reverse=True))
    return re.compile(rf" (?P<word>{words})\b(?![-'’])"), kinds


def organisation_before(text: str, start: int) -> bool:
    """Whether a lowercase organisation head stands right before the name at ``start``
    ("French nuclear group Orano" -> True; "a group in Oran" -> False)."""
    return _organisation_before().search(text, max(0, start - 16), start) is not None


def settlement_kind(text: str, start: int, end: int) -> str | None:
    """The place kind a settlement word right after the name ``text[start:end]`` asks for
    ("landed in Paro village" -> "city"), or None: no such word, one read as a premodifier's
    head ("a Texas town", "the Ohio village of X", "X village council"), or a name with its
    own division word ("Cedar County town")."""
    if _OWN_KIND_WORD.search(text, start, end):
        return None  # "local Cedar County town baseball": the name says its own kind
    pattern, kinds = _settlement_after()
    found = pattern.match(text, end)
    if found is None or _COMPOUND_AFTER.match(text, found.end()):
        return None
    if _ARTICLE_BEFORE.search(text, max(0, start - 24), start):
        return None
    return kinds[found.group("word")]


@cache
def _settlement_before() -> re.Pattern[str]:
    words = sorted((w for w, cue, _ in _rows() if cue == "settlement_before"), key=len)
    return re.compile(rf"\b(?:{'|'.join(reversed(words))}) of $")


def settlement_before(text: str, start: int) -> str | None:
    """The place kind a lowercase settlement word and "of" right before the name at ``start``
    ask for ("flooding in the suburb of X" -> "city"), or None. The word is the name's
    appositive head, so an island, region or water body of that name is not what is meant
    (a Sydney suburb is no Greek island)."""
    found = _settlement_before().search(text, max(0, start - 12), start)
    if found is None:
        return None
    kinds = {w: k for w, cue, k in _rows() if cue == "settlement_before"}
    return kinds.get(found.group().split(" ", 1)[0])
