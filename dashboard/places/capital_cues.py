"""A national capital whose own country the sentence speaks of beats a namesake the
dateline's country favoured.

"TORONTO — … In London, Prime Minister Keir Starmer said …" went to London, Ontario, and
"In Paris, French officials said" under a DALLAS dateline to Paris, Texas: the dateline's
country adds to every namesake in it (``scoring``, +1.2), more than a capital's country
named nowhere else by name. What the same sentence says of the capital's country
outweighs that: its demonym or name before a word
for its government ("French officials", "Britain's prime minister"), or an institution of
its capital or its leader (``data/gazetteer/capital_cues.csv``: the White House, Downing
Street, the Élysée, the Kremlin; ACE 2005's GPE metonymy, Markert & Nissim 2007's
place-for-people). A namesake written "X, Y" or whose own state the sentence names
("London … southwestern Ontario") stays, as does the dateline's own place.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.analysis import dateline_span
from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.capitals import capital_names
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import fold, sentences
from dashboard.places.pairs import moved_to
from dashboard.places.recognise import Demonym

Span = tuple[int, int]


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], dict[str, str]]:
    """One pattern for every words of ``capital_cues.csv`` (case as written, whole words),
    and each words' country (ISO2)."""
    with (data_dir() / "gazetteer" / "capital_cues.csv").open(encoding="utf-8", newline="") as fh:
        rows = {row["words"]: row["iso2"] for row in csv.DictReader(fh)}
    words = sorted(rows, key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])"), rows


@lru_cache(maxsize=1)
def _government_after() -> re.Pattern[str]:
    """A word for a country's government after its demonym or name, one word between at
    most: "French officials", "Britain's foreign minister" (``government_words.csv``)."""
    path = data_dir() / "gazetteer" / "government_words.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        words = sorted((row["words"] for row in csv.DictReader(fh)), key=len, reverse=True)
    alternatives = "|".join(map(re.escape, words))
    return re.compile(rf"(?:['’]s)?\s+(?:[a-z-]+\s+)?(?:{alternatives})\b")


def capitals_by_cues(
    text: str, mentions: list[Mention], demonyms: list[Demonym], gaz: Gazetteer
) -> list[Mention]:
    """``mentions`` with each town chosen by score moved to the national capital of its name
    when the sentences around it speak of that capital's country (see the module)."""
    capitals = capital_names()
    if not any(
        m.place is not None and m.place.kind == "city" and len(m.candidates) > 1 for m in mentions
    ):
        return mentions
    spans: list[Span] | None = None
    _, dateline_end = dateline_span(text)
    out = mentions
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind != "city" or m.start < dateline_end or _fixed(m.reason):
            continue
        capital = _capital_among(m, capitals, gaz)
        if capital is None or capital.id == p.id or capital.country_code == p.country_code:
            continue
        if spans is None:
            spans = list(sentences(text))
        lo, hi = _window(text, spans, m.start)
        cue = _country_cue(text, lo, hi, capital.country_code or "", mentions, demonyms)
        if cue is None or _own_state_named(p, mentions, max(lo, dateline_end), hi, k):
            continue
        why = (
            f"the national capital of {capital.country_code}: the sentence speaks of its "
            f"country ('{cue}'); beat {len(m.candidates) - 1} other candidate(s)"
        )
        if out is mentions:
            out = list(mentions)
        out[k] = moved_to(m, capital, why)
    return out


def _fixed(reason: str) -> bool:
    """A reading the text fixed, not the scores: "X, Y" or a user's correction."""
    return "pattern" in reason or reason.startswith(("corrected", "contains "))


def _capital_among(m: Mention, capitals: dict[str, str], gaz: Gazetteer) -> Place | None:
    """The national capital among ``m``'s candidates named as ``m`` is (GeoNames' table)."""
    key = fold(m.text)
    for pid, _ in m.candidates:
        q = gaz.get(pid)
        if (
            q is not None
            and q.kind == "city"
            and q.country_code
            and fold(capitals.get(q.country_code, "")) == key == fold(q.name)
        ):
            return q
    return None


def _window(text: str, spans: list[Span], at: int) -> Span:
    """The sentence holding ``at``, within its paragraph. One sentence, not its neighbours:
    "Students came back to Moscow. In Moscow, the Kremlin said…" names two Moscows."""
    lo, hi = next(((s, e) for s, e in spans if s <= at < e), (at, at))
    para_lo = text.rfind("\n", 0, at) + 1
    para_hi = text.find("\n", at)
    return max(lo, para_lo), hi if para_hi < 0 else min(hi, para_hi)


def _country_cue(
    text: str, lo: int, hi: int, code: str, mentions: list[Mention], demonyms: list[Demonym]
) -> str | None:
    """The words in ``text[lo:hi]`` that speak of the country ``code``, or None."""
    pattern, rows = _cues()
    for hit in pattern.finditer(text, lo, hi):
        if rows[hit.group(0)] == code:
            return hit.group(0)
    after = _government_after()
    named = [(s, e) for s, e, c in demonyms if c == code and lo <= s < hi]
    named += [
        (x.start, x.end)
        for x in mentions
        if x.place is not None
        and x.place.kind == "country"
        and x.place.country_code == code
        and lo <= x.start < hi
    ]
    for s, e in sorted(named):
        gov = after.match(text, e, hi)
        if gov is not None:
            return text[s : gov.end()]
    return None


def _own_state_named(p: Place, mentions: list[Mention], lo: int, hi: int, k: int) -> bool:
    """Whether ``text[lo:hi]`` names ``p``'s own state or province ("Ontario"); the
    dateline's state is left out, as it names where the story was filed."""
    return any(
        j != k
        and lo <= x.start < hi
        and (q := x.place) is not None
        and q.kind == "admin1"
        and q.admin1 == p.admin1
        for j, x in enumerate(mentions)
    )
