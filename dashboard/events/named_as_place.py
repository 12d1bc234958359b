"""A place read that is only a party of the act: a joint speaker's country ("The United
States and the European Union urged …") or the attacker's own country ("Russia attacked
Ukraine's grid"); the caller looks for the act's place elsewhere (ACLED: where the event
happened, never an actor's home)."""

from __future__ import annotations

from dashboard.events.drafts import _Draft
from dashboard.events.listed_sides import AND_JOINT
from dashboard.events.parties import _joint_subjects
from dashboard.events.place_cues import SAID_TO
from dashboard.events.struck_target import struck


def _joint_speaker_named_as_place(d: _Draft, text: str) -> bool:
    """The place read is a country that is one of a statement's joint subjects ("The United
    States and the European Union urged Kenyan leaders"): a party, not the venue (ACLED: the
    location is where the event happened, never an actor's home)."""
    loc = d.location
    if d.trigger.code not in SAID_TO or loc is None or loc.place is None:
        return False
    return loc.place.kind == "country" and any(
        a.start == loc.start for a in _joint_subjects(d, text)
    )


def _attacker_named_as_place(d: _Draft, text: str) -> bool:
    """ "Russia attacked Ukraine's grid": the only place named is the attacker's country, and
    the target is another country's; the attack is there, not in the attacker's country."""
    loc = d.location.place if d.location else None
    src, tgt = d.source, d.target
    if d.trigger.code not in ("18", "19", "20") or loc is None or loc.kind != "country":
        return False
    if src is None:
        return False
    if tgt is None or not tgt.country_code:
        # "Russia launched drones overnight, Ukraine's air force said": the reporting
        # country's own forces tell of an attack on it, not on the attacker
        return d.reporter is not None and loc.country_code == src.country_code != d.reporter
    return loc.country_code == src.country_code != tgt.country_code and struck(d, text)


def _co_party_named_as_place(d: _Draft, text: str) -> bool:
    """The place read is a country joined by "and" to the act's source or target ("was backed
    by the United States and Saudi Arabia", "endorsed by the EU and Nigeria"): a second party
    of the act, not where it happened (ACLED: the location is where the event happened, never
    an actor's home; CAMEO 1.1b3 codes the joint actors, not a venue, from such a list). Only
    for the verbal and cooperative roots 01-13: a joint show of force or a strike by two
    states may well be in one of them, and is left to the force rules."""
    loc = d.location
    if loc is None or loc.place is None or loc.place.kind != "country":
        return False
    if d.trigger.code >= "14":
        return False  # a material act's venue ("an exercise staged by A and B") is left as read
    return any(
        side is not None
        and side.end <= loc.start
        and AND_JOINT.fullmatch(text, side.end, loc.start) is not None
        for side in (d.source, d.target)
    )
