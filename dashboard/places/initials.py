"""A name's initial ("A. Kumar", "George W. Bush", "J. R. Smith", "Gen. A. Khan"): one
capital letter and its dot before a capitalised name ends no sentence.

A single capital with a dot is a sentence end only when the word after it opens a sentence
as a closed-class word does ("…chose Plan B. The talks ended"): the rows of
``data/lexicon/sentence_openers.csv`` (articles, pronouns, prepositions, conjunctions and
linking adverbs, Quirk et al. 1985), none of which is a surname. Any other capitalised word,
or another initial, after it continues the name (AP Stylebook, "initials": a person's
initials are written with periods and a space, "J. R. R. Tolkien").
"""

from __future__ import annotations

import csv
import re
from functools import cache

from dashboard.paths import data_dir

# one capital and its dot closing the chunk, not the last pair of "U.S." or a word's end
_INITIAL_END = re.compile(r"(?<![\w.'’-])[A-Z]\.$")
# what follows: another initial, or a capitalised word (its letters read lowercased)
_NEXT = re.compile(r"\s+(?:(?P<initial>[A-Z]\.)|(?P<word>[A-Z][a-z’'-]*)\b)")


@cache
def _openers() -> frozenset[str]:
    path = data_dir() / "lexicon" / "sentence_openers.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(r["word"] for r in csv.DictReader(fh))


def initial_at(text: str, stop: int) -> bool:
    """Whether ``text[:stop]`` ends with a name's initial (module doc) that the text after
    ``stop`` continues: ``"the governor, A. Kumar, said"`` at the dot after "A" -> True;
    ``"chose Plan B. The talks"`` -> False."""
    # the look-behind sees the character before the window: no letter, dot or hyphen
    if _INITIAL_END.search(text, max(0, stop - 2), stop) is None:
        return False
    after = _NEXT.match(text, stop)
    if after is None:
        return False
    word = after.group("word")
    return word is None or word.lower() not in _openers()


def join_initials(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (sentences in order) with each one that ends on a name's initial joined to
    the next (``initial_at``): the compiled reader's spans cut as ``names.sentences`` cuts."""
    out: list[tuple[int, int]] = []
    joined = False
    for s, e in spans:
        if joined:
            s = out.pop()[0]
        out.append((s, e))
        joined = e >= 2 and text[e - 1] == "." and initial_at(text, e)
    return out
