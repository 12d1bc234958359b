"""Names in an act's clause that are no place of the act: a country turned to for help, the
venue of talks that a field act followed, a capital standing for its government, whom an
appeal is made to; and which CAMEO codes are acts done in the field, not at a seat. Read by
``where`` (the clause's own place) and ``dateline_acts`` (the dateline's stand-in).
"""

from __future__ import annotations

import re

from dashboard.events.during_acts import other_act_during
from dashboard.events.office_sees import see_in_title
from dashboard.events.person_home import hometown
from dashboard.events.place_cues import BROKER_BEFORE, LOCATIVE_END
from dashboard.events.prefilter import gated
from dashboard.events.sides import capital_country
from dashboard.model import Mention
from dashboard.places.party_labels import after_party_label
from dashboard.places.party_members import party_member_home

# CAMEO 1.1b3 acts done in the field: force posture (15), coercion (17: seizures, arrests,
# repression), assault (18), fight (19), mass violence (20), a release of persons or
# property (§084, where they were held) and a riot (§145, a crowd's violence)
_FIELD_ROOTS = frozenset({"15", "17", "18", "19", "20"})
_FIELD_CODES = frozenset({"084", "145"})
# "turned to Russia for help": the country asked is an addressee, a figure of speech for
# seeking its support, never where anything happened (Lakoff and Johnson 1980: a state's
# policy told as a movement)
TURNED_TO = gated(
    r"\bturn(?:s|ed|ing)?\s+(?:[a-z]+ly\s+)?(?:instead\s+)?to\s+(?:the\s+)?$", re.IGNORECASE
)
# "released after talks in Doha": the venue of talks that led to an act, not where the act
# (a release, a fight) took place
TALKS_VENUE = gated(
    r"\b(?:talks|negotiations)\s+(?:[\w-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE
)
# "asking Moscow to send instructors": who an appeal or demand (CAMEO 1.1b3 ch. 02, 10) is
# made to, a party, not where it was made
_ASKED = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on)\s+$", re.I)
_TO_VERB = re.compile(r"\s+to\s+[a-z]+")
# "a territory administered by neighbouring Guyana", "a town held by Russia": the agent of a
# passive participle is who did it (Quirk et al. 1985, 3.63: the by-agent), a party, not
# where the act took place (ACLED codes the event's location, not its actors')
_AGENT_BY = gated(
    r"\b(?:administered|controlled|governed|ruled|run|occupied|claimed|annexed|held|seized|"
    r"captured|taken|recaptured|retaken|liberated|shelled|bombed|struck|attacked|invaded|"
    r"backed|funded|armed|supported|recognised|recognized)\s+by\s+(?:the\s+)?"
    r"(?:neighbou?ring\s+|nearby\s+)?$",
    re.IGNORECASE,
)
VENUE_REACH = 60  # characters back from a name to the talks it is the venue of
# a capital speaking for its government before the act ("Washington said it had seized")
_SPEAKS_AFTER = re.compile(
    r"['’]s\s+(?:forces|troops|army|navy|government)\b|\s+(?:has\s+|had\s+)?"
    r"(?:said|says|claimed|claims|announced|confirmed|denied|accused|stated|insisted)\b"
)


def field_act(code: str) -> bool:
    """Whether CAMEO ``code`` is an act done in the field (``_FIELD_ROOTS``, ``_FIELD_CODES``),
    not at the seat of who does it; a hazard (``DIS-``) is not coded by CAMEO and is left."""
    return code[:2] in _FIELD_ROOTS or code[:3] in _FIELD_CODES


def talks_venue(text: str, lo: int, m: Mention, code: str) -> bool:
    """Whether ``m`` is named as the venue of talks (``TALKS_VENUE``) that a field act
    followed ("freed after talks in Doha"): not where the act was. ``lo``: the clause's
    start."""
    return (
        field_act(code)
        and TALKS_VENUE.search(text, max(lo, m.start - VENUE_REACH), m.start) is not None
    )


def capital_as_party(text: str, lo: int, m: Mention, trigger_start: int) -> bool:
    """Whether ``m``, before the trigger and from ``lo`` (the clause's start), is a capital
    standing for its government ("Washington said it had seized a tanker", "Moscow's forces
    captured"): a metonym, the party, not the place (not "in Moscow, officials said")."""
    return (
        m.end <= trigger_start
        and capital_country(m) is not None
        and _SPEAKS_AFTER.match(text, m.end) is not None
        and LOCATIVE_END.search(text, max(lo, m.start - 12), m.start) is None
    )


def no_place_of_act(text: str, lo: int, m: Mention, trigger_start: int, code: str) -> bool:
    """Whether ``m`` in an act's clause (from ``lo``) is no place of the act (CAMEO ``code``):
    a country turned to (``TURNED_TO``), the agent of a passive participle (``_AGENT_BY``),
    the venue of talks a field act followed (``talks_venue``), or a capital standing for its
    government (``capital_as_party``), or a legislator's home in a party label
    (``party_labels.after_party_label``) or before a party member's noun
    (``party_members.party_member_home``), or a person's hometown (``person_home.hometown``)."""
    return (
        TURNED_TO.search(text, max(lo, m.start - 40), m.start) is not None
        or (
            m.place is not None
            and (m.place.kind == "country" or capital_country(m) is not None)
            and _AGENT_BY.search(text, max(lo, m.start - 40), m.start) is not None
        )
        or (
            code[:2] in ("02", "10")
            and _ASKED.search(text, max(lo, m.start - 20), m.start) is not None
            and _TO_VERB.match(text, m.end) is not None
        )
        or talks_venue(text, lo, m, code)
        or capital_as_party(text, lo, m, trigger_start)
        # "shot down drones that entered Polish airspace during an attack on Ukraine"
        or other_act_during(text, lo, m, trigger_start)
        # "Carrie Webster, D-Kanawha, was targeted": who the legislator is, not the act's place
        or after_party_label(text, m.start)
        or party_member_home(text, m.start, m.end)  # "Rep. X, a Manhattan Democrat, said"
        or see_in_title(text, lo, m)  # "expelled the bishop of Matagalpa": his office
        or hometown(text, m.start)  # "identified as John Doe of Akron": where he lives
    )


def aside(text: str, start: int) -> bool:
    """A name said as a go-between, an addressee turned to, or the venue of talks."""
    return any(
        cue.search(text, max(0, start - VENUE_REACH), start)
        for cue in (BROKER_BEFORE, TURNED_TO, TALKS_VENUE)
    )
