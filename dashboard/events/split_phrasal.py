"""A transitive phrasal verb split by its pronoun object: "broke them up", "turned it down",
"voted it down". A lexicon alternative of a verb and its particle ("break up") is written as
one run of words, but an unstressed personal pronoun object must stand between the verb and
the particle (Quirk et al. 1985 §16.4: "They called it off", never "called off it"), so the
run also matches with such a pronoun inside it. Only the transitive phrasal verbs of
``data/lexicon/split_phrasals.csv`` split: an intransitive one ("pull out", withdraw) or a
prepositional verb ("call on", appeal) takes no object between its words, so "pull him out
of here" and "call him on this number" stay no withdrawal and no appeal.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.tokens import OBJECT_PRONOUNS, Token
from dashboard.paths import REPO_ROOT
from dashboard.sourced_rows import read_sourced

# the objective personal pronouns (Quirk et al. 1985 §6.8, Table 6.8)

Word = frozenset[str]


@cache
def _pairs() -> frozenset[tuple[str, str]]:
    """(verb lemma, particle) of each row of ``split_phrasals.csv``. Raises ``ValueError``
    for a row without its verb, particle or source."""
    rows = read_sourced(REPO_ROOT / "data" / "lexicon" / "split_phrasals.csv", "verb", "particle")
    return frozenset((r["verb"], r["particle"]) for r in rows)


def split_end(alt: tuple[Word, ...], tokens: list[Token], i: int) -> int | None:
    """The index of the particle when the two-word verb-and-particle alternative ``alt``
    (whose verb ``tokens[i]`` holds) is split by a pronoun object, else None.

    >>> from dashboard.events.tokens import tokenize
    >>> split_end((frozenset({"break"}), frozenset({"up"})), tokenize("broke them up"), 0)
    2
    """
    if len(alt) != 2 or i + 2 >= len(tokens) or tokens[i + 1].lower not in OBJECT_PRONOUNS:
        return None
    particle = tokens[i + 2].lower
    if particle not in alt[1] or not any((k, particle) in _pairs() for k in tokens[i].keys):
        return None
    return i + 2
