"""Where a military exercise was held, when the clause names the air or sea it was flown
or sailed over ("held an exercise over the Yellow Sea") or only a partner whose country is
the dateline's ("SEOUL - US jets flew a joint drill with South Korean fighters").

``where.locate`` reads ``held_over`` and ``placing`` reads ``partner_host``. Both rules come
from ACLED's codebook (an event is coded to where it took place) and CAMEO 1.1b3 §15
(exhibit force posture): an exercise is done where the forces in it are, while a missile's
path ("fired a missile over Japan") is not where it was fired from (``place_cues.PATH_BEFORE``).

``launch_aside`` (hap63): two more names after a §15 trigger that are no place of the act.
ACLED codes a launch to its launch site or else to the launching country, so the water a
projectile was fired into, told by the coast it lies off ("launched missiles toward waters
off North Korea's east coast", "fired shells into the sea near Yeonpyeong"), is where the
missiles fell, not where they were fired from; and a capital or country after a verb of
answering ("launched its own missiles, answering Pyongyang in kind", "held a drill in response
to Beijing") is the party the act replies to, a metonym for its government (as
``place_cues._ADDRESSEE_BEFORE`` reads "urged Kyiv" for verbal acts). ``where._beyond_the_act``
asks it before the "near"/"off" reading would take the coast's country as the act's place.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

from dashboard.events.lexicon import word_class
from dashboard.events.place_cues import MOBILISE, PATH_BEFORE
from dashboard.model import Mention

if TYPE_CHECKING:  # drafts imports ``where``, which imports this module
    from dashboard.events.drafts import _Draft

# the air or water an exercise is held in: "over the Sea of Japan", "across the strait"
_OVER_BEFORE = re.compile(r"\b(?:over|across)\s+(?:the\s+)?$", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z-]+")


@cache
def _exercise_words() -> frozenset[str]:
    """classes.csv ``EXERCISE`` (drill, exercise, manoeuvre …) with their plurals."""
    words = word_class("EXERCISE")
    return frozenset(words | {w + "s" for w in words} | {w + "es" for w in words})


@cache
def _projectile_words() -> frozenset[str]:
    """classes.csv ``LAUNCHED`` (missile, rocket, projectile …) with their plurals."""
    words = word_class("LAUNCHED")
    return frozenset(words | {w + "s" for w in words})


def launch_path(text: str, trigger_start: int, m: Mention, code: str) -> bool:
    """``m`` is the path of a show of force (CAMEO 1.1b3 §15 but §154, troops moved: "fired
    a missile over Japan"), not its place; an exercise held over it (``held_over``) is there."""
    before = text[max(0, m.start - 30) : m.start]
    return (
        code[:2] == "15"
        and code != MOBILISE
        and PATH_BEFORE.search(before) is not None
        and not held_over(text, trigger_start, m)
    )


_AIRCRAFT = frozenset(
    "warplane warplanes jet jets bomber bombers fighter fighters aircraft helicopter "
    "helicopters b-52 b-52s".split()
)


def held_over(text: str, trigger_start: int, m: Mention) -> bool:
    """``m`` comes right after "over" or "across" and the words from the trigger up to it
    name an exercise and no projectile: "held an exercise with two bombers over the Yellow
    Sea" was held there. "fired a missile over Japan" (a path) and "a drill in which rockets
    flew over the sea" (the rockets' path) stay paths."""
    if m.start <= trigger_start or _OVER_BEFORE.search(text, max(0, m.start - 12), m.start) is None:
        return False
    words = [w.lower() for w in _WORD.findall(text[trigger_start : m.start])]
    # "drilling" is a rig's work, not an exercise (as ``governing._exercise`` reads it); a
    # military aircraft flown over a place is there ("warplanes flew over Beirut": a
    # flyover, the §150 noun row's), as an exercise is
    if not any(w in _exercise_words() or w in _AIRCRAFT for w in words):
        return False
    return not any(w in _projectile_words() for w in words)


def partner_host(d: _Draft, text: str, dateline: str | None) -> str | None:
    """ISO2 of the dateline's country when ``d``, an exercise (CAMEO §15) with no place named,
    is held by a foreign doer with the dateline country's forces ("SEOUL - US bombers flew
    a joint drill with South Korean fighters": in South Korea, where the partner's forces
    are, not in the United States), else None. A drill whose doer is the dateline's own
    country, whose partner is not the dateline's, or a launch (no exercise word) is left to
    the caller's rules."""
    if d.trigger.code[:2] != "15" or dateline is None or d.source is None or d.target is None:
        return None
    if d.target.country_code != dateline or d.source.country_code in (None, dateline):
        return None
    lo, hi = d.clause
    words = {w.lower() for w in _WORD.findall(text[lo:hi])}
    if not words & _exercise_words() or words & _projectile_words():
        return None
    return dateline


# the party answered: "answering Pyongyang", "in response to Moscow", "replying to Seoul"
_ANSWERED = re.compile(
    r"\b(?:answer(?:s|ed|ing)?|(?:respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying))\s+to"
    r"|in\s+(?:response|reply)\s+to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_REACH = 40  # "in response to the government of " is 33 characters
_OUTSIDE = re.compile(r"\boutside\s+(?:of\s+)?$", re.IGNORECASE)
_ZONE_OF = re.compile(
    r"['’]s\s+(?:exclusive\s+economic\s+zone|EEZ|territorial\s+waters|waters|airspace)\b",
    re.IGNORECASE,
)


def launch_aside(text: str, m: Mention, code: str) -> bool:
    """``m``, after the trigger of ``code``'s show of force (§15 but §154, troops moved),
    names the side the act answers ("answering Pyongyang in kind") or a zone it fell outside
    ("outside Japan's exclusive economic zone"): no place of the act. Other codes: False. The
    water a projectile was fired into stays its place ("Beijing fired missiles into waters
    off Taiwan" is placed off Taiwan, as the project has read it since stop 32)."""
    if code[:2] != "15" or code == MOBILISE:
        return False
    before = text[max(0, m.start - _REACH) : m.start]
    if _ANSWERED.search(before) is not None:
        return True
    return _OUTSIDE.search(before) is not None and _ZONE_OF.match(text, m.end) is not None
