"""A month's name read as the noun it spells: "exports were stopped in March 2024".

The §082 rows (ease political dissent) take "march" as a protest noun, and the tokenizer
gives "March" the lemma of the walk. A capitalised month name inside a clause, right after a
preposition of time or right before a day or a year number, is the month of the date phrase
(TimeML TIMEX3 guidelines 1.2.1, a DATE such as "in March 2024"; Quirk et al. 1985 §9.38-9.40,
prepositions of time before month names), so it names no act: CAMEO 1.1b3 §082 codes a
protest called off, and a month names none. A lower-case "the march" and a name that opens
a sentence keep their reading.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.dates_common import MONTHS
from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

# prepositions and modifiers that open a date phrase on a month name (Quirk et al. 1985 §9.38)
_TIME_BEFORE = frozenset(
    "in since until till by from through early late mid last next this".split()
)


def _is_month(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` a capitalised month name within its sentence that a preposition of time
    opens ("in March") or a day or year number follows ("March 2024", "March 3")?"""
    t = tokens[k]
    if k == 0 or not t.text[:1].isupper() or t.lower not in MONTHS:
        return False
    before = tokens[k - 1]
    if before.boundary:
        return False  # "March" opening a clause may be the noun of a title or a name
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return before.lower in _TIME_BEFORE or after[:1].isdigit()


def month_as_noun(p: Parse, m: Match) -> bool:
    """Does ``m`` read a word of a date phrase ("in March 2024") as its act noun?

    "Shipments were stopped in March 2024" gives True; "Police halted the march in April",
    "Organisers called off the March for Peace" and "a probe into the August 7 bombings"
    give False."""
    # the row's noun itself, at the match's end (or its start in a noun row): a month inside
    # the object ("a probe into the August 7 bombings") only dates the noun after it
    ends = (m.first, m.last) if m.rule.kind == "N" else (m.last,)
    return any(_is_month(p.tokens, k) for k in ends)
