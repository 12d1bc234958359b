"""Cyber operations, read as CAMEO 1.1b3 §171 (seize or damage property).

CAMEO 1.1b3 has no cyber code. PLOVER 0.7b1 (Open Event Data Alliance) lists "cyber"
("cyber attacks and crime") among the context codes "that can be used with any category":
a cyber operation is an act of an existing category told in a cyber context, not a category
of its own. Systems knocked offline, defaced, broken into or robbed of data are property
damaged or taken (CAMEO §171; PLOVER ASSAULT mode "destroy property", COERCE mode
"confiscate"); no person is harmed, so never §18-§20 (ACLED codebook 2023 §2 keeps cyber
operations out of political violence). ``cameo.csv`` holds the rows; this module tells a
draft read from them.
"""

from __future__ import annotations

import re

from dashboard.events.trigger import Trigger

_PROPERTY = "171"  # CAMEO 1.1b3 §171 seize or damage property
# the words of cameo.csv's cyber rows that no other §171 row holds
_CYBER = re.compile(r"\b(?:hack\w*|cyber\w*|ransomware|ddos|denial-of-service)\b", re.IGNORECASE)


def cyber_act(trig: Trigger) -> bool:
    """Whether ``trig`` is a §171 act read from a cyber row ("hackers attacked", "launched
    a cyberattack", "hacked the servers"). Such an act is not placed in its doer's country:
    the hackers' home is no place told of the act, which struck the systems attacked."""
    return trig.full == _PROPERTY and _CYBER.search(trig.text) is not None


def cyber_country(
    host: str | None, dateline: str | None, doer: str | None
) -> tuple[str | None, str]:
    """The ISO2 where a cyber act with no place named happened, and why: the target's
    country (``host``: the systems struck are there, as ACLED codes an event where it took
    place); else the dateline's country when it is not the doer's (a story filed from the
    country whose systems were struck); else None: the hackers' home (``doer``) is no place
    told of the act."""
    if host:
        return host, "no place named; a cyber attack is where the systems it struck are"
    if dateline and dateline != doer:
        return dateline, "no place named; a cyber attack in the dateline's country, not the doer's"
    return None, "no place named; a cyber attack is not placed in its doer's country"
