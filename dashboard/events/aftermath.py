"""What an act or a disaster left behind, told in the sentence after it ("Floods killed 120
people in Mokwa on Thursday. Hundreds of homes were destroyed."; "Gangs attacked the town on
Monday. At least ten residents were killed."), is that happening's toll, not a second act.

ACLED codes one event per act, day and place, and its fatalities and damage are attributes of
that event, not events of their own (ACLED Codebook 2023, "Fatalities"; EM-DAT counts a
disaster's deaths, injured and damage as one record); ACE 2005 event coreference (LDC, *ACE
English Annotation Guidelines for Events* 5.4.3) joins two mentions when no argument or
attribute of one conflicts with the other's. So a later event folds into the one told in the
sentence just before it when the later one names nothing of its own that could set it apart:

- no doer (an agentless passive, "were killed", "were destroyed", or a definite
  "the measures" that only describes what was just done), no date phrase, and no place (its
  place would be only the dateline city's, where the story was filed); told as the same kind
  of act again, no side it is done to either;
- told as done, as the earlier one is (not negated, hypothetical or planned), and not marked
  as another act ("also", "again", ``retold._ANOTHER``);
- of a kind that can be the earlier one's toll, told in the passive: killing, wounding or
  destroying property (CAMEO 1.1b3 roots 18-20 and 171) after an act of force or a disaster;
  or the same root as the earlier one, told by a definite noun ("The measures freeze their
  assets" after sanctions imposed, CAMEO 163).

A disaster's loss may be told later still ("A cyclone struck the islands on Friday. Two people
were confirmed dead. Most homes in Lenakel were destroyed."): property destroyed with no doer
(an agentless passive, no armed noun, no attack named) whose nearest earlier act of force,
damage or hazard is the hazard is that hazard's loss (EM-DAT records damage as an attribute
of the disaster; CAMEO 1.1b3 §17 codes an actor's coercion), folded by ``disaster_losses``.

The folded event keeps the first telling's words, code, date, place and sides; the later
sentence follows as supporting evidence and its places join the event's places.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from dashboard.events.actors import armed_nouns
from dashboard.events.hazard_reach import names_armed
from dashboard.events.lexicon import word_class
from dashboard.events.retold import _ANOTHER
from dashboard.model import DATELINE_REASON, Event

# CAMEO 1.1b3 roots of material force, and seizing or destroying property (171)
_FORCE = frozenset({"18", "19", "20"})
_PROPERTY = "171"
# violent repression (§175) and a violent protest (§145) hurt people as force does: their
# toll may follow them ("Police fired tear gas at the marchers, and 12 were injured")
_HARMFUL = frozenset({"175", "145"})
_UNREAL = frozenset({"negated", "hypothetical", "planned"})
# CAMEO 1.1b3 §15 demonstrate military power: a weapons test (§150) and the target it was
# fired at, told again by a definite determiner (Halliday and Hasan 1976, ch. 2)
_SHOW_OF_FORCE = "15"
_PRONOUN_SUBJECT = re.compile(r"\s*[\"“]?(?:It|They)\s")
_TEST_TARGET = re.compile(r"\b(?:the|its|their)\s+(?:[a-z]+\s+)?targets?\b", re.IGNORECASE)

# a passive: a form of "be" and a past participle (Quirk et al. 1985 §3.63), an adverb between
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?(?:[a-z]+ed|[a-z]+en|burnt|shot|hit|"
    r"struck|lost|left|cut|destroyed)\b"
)
# a sentence opening on a definite noun phrase ("The measures", "These sanctions"): it refers
# back to something told (Halliday and Hasan 1976, ch. 2: reference by a determiner)
_DEFINITE = re.compile(r"\s*[\"“]?(?:The|These|Those|Such)\s+[a-z]")
_DEFINITE_NOUN = re.compile(r"\s*[\"“]?(?:The|These|Those|Such)\s+(?:new\s+)?([a-z]+)\b")


def fold_aftermath(events: list[Event], text: str) -> list[Event]:
    """``events`` (one article's, in reading order) with each toll or consequence told in the
    sentence after an act folded into that act; ``text`` is the article the evidence spans
    point into."""
    out: list[Event] = []
    for ev in events:
        prior = _told_just_before(out, ev, text)
        if prior is not None and _is_aftermath(out[prior], ev):
            out[prior] = _joined(out[prior], ev)
        else:
            out.append(ev)
    return disaster_losses(out)


def _told_just_before(out: list[Event], ev: Event, text: str) -> int | None:
    """The index of the event whose telling ends right before ``ev``'s sentence (only
    whitespace between): the sentence just before, with no other event told between; or the
    event just before in the same sentence when ``ev``'s clause is coordinated after it
    (", and three people were killed")."""
    if out and out[-1].evidence == ev.evidence and _coordinated_after(ev):
        return len(out) - 1
    start = ev.evidence[0].start
    best: tuple[int, int] | None = None
    for i, a in enumerate(out):
        for e in a.evidence:
            if e.end <= start and (best is None or e.end > best[1]):
                best = (i, e.end)
    if best is None or text[best[1] : start].strip():
        return None
    return best[0]


def _coordinated_after(ev: Event) -> bool:
    """Is ``ev``'s clause told after an "and" in its sentence (its summary's words follow
    ", and")? The summary is the clause's own words, capitalised."""
    told = ev.evidence[0].text.lower()
    words = ev.summary.lower().rstrip(".")
    return bool(words) and re.search(r",?\s+and\s+" + re.escape(words), told) is not None


def _is_aftermath(a: Event, b: Event) -> bool:
    if _UNREAL & (set(a.flags) | set(b.flags)):
        return False
    # in one sentence, a day or place the two clauses share is not the toll's own
    shared = a.evidence == b.evidence
    if b.roles.source is not None or (b.when.text and not (shared and b.when == a.when)):
        return False  # a doer or a day of its own: an act that may stand apart
    own_place = b.location is not None and not (shared and b.location == a.location)
    if own_place and not b.location_reason.startswith(DATELINE_REASON):
        return False  # a place of its own
    if any(_ANOTHER.search(e.text) for e in b.evidence):
        return False
    if b.roles.target_country and a.roles.target_country not in (None, b.roles.target_country):
        return False  # a struck side of another country: not the same happening
    a_code, b_code = a.event_code or a.event_type.code, b.event_code or b.event_type.code
    told = " ".join(e.text for e in b.evidence)
    # the same kind of act again, told by a definite noun with no side it is done to: what
    # was just done, told on ("The measures freeze their assets"); a side of its own makes
    # it another act
    same = a.event_type.code[:2] == b.event_type.code[:2] and not a_code.startswith("DIS-")
    # "…agreed to impose sanctions. The measures bar them from travel": a sanction's content
    # (a travel ban, §172; a freeze, §1711) told with the sanction itself as subject
    same = same or (a.event_type.code == "16" and _measure_subject(told))
    if same and b.roles.target is None and _DEFINITE.match(told) is not None:
        return True
    if a.event_type.code == _SHOW_OF_FORCE and (
        b.event_type.code in _FORCE or b_code[:3] == _PROPERTY
    ):
        # "…test-launched a cruise missile at a target at sea. It struck the target": the
        # test's own result (its weapon and target told again by a definite noun or a
        # pronoun), no second attack; "Rebel drones struck the target" names other arms
        opens = _DEFINITE.match(told) is not None or _PRONOUN_SUBJECT.match(told) is not None
        return opens and _TEST_TARGET.search(told) is not None
    # a toll is told without its doer, in the passive ("were killed", "were destroyed"): an
    # active clause has a subject of its own ("Other gunmen set fire to shops"), named or not
    toll = b.event_type.code in _FORCE or b_code.startswith(_PROPERTY)
    return (
        toll
        and _PASSIVE.search(told) is not None
        and _by_armed().search(told) is None
        and (a.event_type.code in _FORCE or a_code.startswith(("DIS-", *_HARMFUL)))
    )


def _measure_subject(told: str) -> bool:
    """Does ``told`` open on a definite noun naming a decided measure ("The measures",
    "These sanctions": ``classes.csv`` row MEASURE)?"""
    m = _DEFINITE_NOUN.match(told)
    return m is not None and m.group(1).lower().removesuffix("s") in _measures()


@cache
def _measures() -> frozenset[str]:
    """The ``MEASURE`` lemmas of ``classes.csv``: nouns naming a sanction decided."""
    return word_class("MEASURE")


# a passive's agent after "by" that is an armed group ("were killed by gunmen",
# armed_subjects.csv) names a doer: an act of its own ("killed by the storm" stays the toll)
@cache
def _by_armed() -> re.Pattern[str]:
    listed = "|".join(re.escape(n) for n in armed_nouns())
    return re.compile(rf"\bby\s+(?:the\s+|suspected\s+|armed\s+|unknown\s+)*(?:{listed})\b", re.I)


def _joined(a: Event, b: Event) -> Event:
    """``a`` with ``b``'s sentence as supporting evidence and its places among ``a``'s."""
    spans = {(m.start, m.end) for m in a.places}
    return replace(
        a,
        evidence=a.evidence + tuple(e for e in b.evidence if e not in a.evidence),
        places=a.places + tuple(m for m in b.places if (m.start, m.end) not in spans),
    )


def _code(ev: Event) -> str:
    return ev.event_code or ev.event_type.code


def _loss(ev: Event) -> bool:
    """Is ``ev`` property damage told without a doer, as done ("were destroyed")?"""
    told = " ".join(e.text for e in ev.evidence)
    return (
        _code(ev).startswith(_PROPERTY)
        and ev.roles.source is None
        and not _UNREAL & set(ev.flags)
        and _PASSIVE.search(told) is not None
        and _by_armed().search(told) is None
        and not names_armed(told)
    )


def disaster_losses(events: list[Event]) -> list[Event]:
    """``events`` (one article's, in reading order) with each property loss told without a
    doer folded into the hazard told last before it, when no act of force or property
    damage was told between (see the module docstring: the sentences between may tell
    other things, such as the dead)."""
    out: list[Event] = []
    last: int | None = None  # index in ``out`` of the latest act of force, damage or hazard
    for ev in events:
        if last is not None and _code(out[last]).startswith("DIS-") and _loss(ev):
            out[last] = _joined(out[last], ev)
            continue
        out.append(ev)
        code = _code(ev)
        if code.startswith(("DIS-", _PROPERTY)) or ev.event_type.code in _FORCE:
            last = len(out) - 1
    return out
