"""Who does and who suffers the act of a clause joined to the one before it (``joined_clauses``):
a pronoun or left-out subject takes up the first clause's subject, a passive pronoun subject
is the struck side, and a comment's "it" is the first act, whose doer it judges.

Quirk et al. (1985, 13.46): a clause joined with its subject left out shares the first
clause's; Halliday and Hasan (1976, §2.2): a personal pronoun takes up a participant told
before. Which one: Hobbs (1978) searches the sentence before from its top, so the highest
subject (the speaker of an opening "Ukraine said …") comes before a subject inside what is
said; Miltsakaki (2002, Computational Linguistics 28(3)) finds main-clause entities more
salient than those of the clauses below them. The pronoun agrees in number and kind with
what it takes up ("it" a state or a body, "he"/"she" a person).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.events.actors import Actor
from dashboard.events.attribution import opening_speaker
from dashboard.events.cameo import quad_class
from dashboard.events.joined_clauses import comment, pronoun_at, takes_up_subject
from dashboard.events.lexicon import word_class
from dashboard.events.non_parties import denied_party

if TYPE_CHECKING:
    from dashboard.events.drafts import _Draft

# a passive verb group before a trigger: its subject is the patient, no doer to take up
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are)\s+$")
# "condemned it", "denounced this", "criticised the launch": the object is the act told before
_ACT_OBJECT = re.compile(r"\s+(?:(?:it|this)\b|(them|these)\b|the\s+([a-z]+?)s?\b)")


def modifies_a_thing(text: str, end: int) -> bool:
    """Is the source a modifier of an act or a weapon ("An Israeli strike killed…", "Russian
    drones hit…")? Then the subject is the thing, and "it" in the next clause, which vows or
    answers, is no pronoun for the state (newuser49b: Israel "vowed revenge" for its own
    strike). Nouns from ``classes.csv`` rows ``JUDGED`` and ``ARMS``."""
    word = re.match(r"\s+([a-z]+?)s?\b", text[end : end + 20])
    return word is not None and word.group(1) in word_class("JUDGED") | word_class("ARMS")


def _doer(text: str, first: list[_Draft], *, things: bool) -> Actor | None:
    """The source of the first clause's first act whose source is its subject (named before
    its active verb); ``things``: also one that modifies the weapon or act that is the
    subject ("Israeli jets bombed Tyre"), taken up only by a material act ("and they also
    hit Sidon"): a weapon strikes but never vows or answers."""
    for d in first:
        if (
            d.source is not None
            and d.source.start < d.trigger.start
            and not _PASSIVE_BEFORE.search(text, max(0, d.trigger.start - 12), d.trigger.start)
            and (things or not modifies_a_thing(text, d.source.end))
        ):
            return d.source
    # "Syria did not take part in the fighting, but it closed its border": the subject the
    # first clause denies a side in its act is still its subject, the one "it" takes up
    return next((d.denied for d in first if d.denied is not None), None)


def _speaker(
    text: str, at: int, pronoun: str | None, countries: list[tuple[int, int, str, str]]
) -> Actor | None:
    """The state named as the speaker of a first clause that opens "X said (that) …" at
    ``at`` when the pronoun is "it": "Ukraine said Russia shelled Kherson, and it shot down
    40 drones" makes Ukraine the shooter (the highest subject, Hobbs 1978). ``countries``:
    (start, end, ISO code, name) in article offsets; a speaker is no side of what it
    reports, so the drafts' actors leave it out."""
    span = opening_speaker(text[at : at + 300]) if pronoun == "it" else None
    if span is None:
        return None
    s, e = at + span[0], at + span[1]
    named = [c for c in countries if s <= c[0] and c[1] <= e]
    if len(named) != 1 or named[0][1] - named[0][0] < e - s - 4:
        return None  # the speaker is the state itself, not a body of it ("Ukraine's army")
    start, end, code, name = named[0]
    return Actor(name, "country", code, start, end)


def _code(d: _Draft) -> str:
    return d.trigger.full or d.trigger.code


def take_up_sides(
    text: str,
    first: list[_Draft],
    joined: list[_Draft],
    at: tuple[int, int, int],
    countries: list[tuple[int, int, str, str]],
) -> None:
    """Sides of the drafts ``joined`` of a clause joined to the one that gave ``first``;
    ``at``: where the first clause opens, where the joined one opens and ends (article
    offsets); ``countries``: the article's country names (start, end, ISO code, name). A
    pronoun "it" stands for a state named as the first clause's opening speaker; else a
    pronoun or left-out subject (``takes_up_subject``) gives a draft with no
    source the first clause's speaker or doer ("Egypt criticised Israel, and it arrested two
    smugglers": Egypt arrests); a pronoun subject of a passive verb makes that doer the
    target ("Russia attacked Odesa, and it was hit by drones": Russia is hit); a verbal
    conflict whose object is the act told before makes its doer the target ("Pyongyang fired
    a missile, and Seoul condemned it": CAMEO §111, the doer of the act judged)."""
    start, s, e = at
    pronoun = pronoun_at(text, s, e)
    bare = takes_up_subject(text, s, e)
    told = _doer(text, first, things=True)
    for d in joined:
        quad = quad_class(_code(d))
        if bare:
            doer = _speaker(text, start, pronoun, countries) or _doer(
                text, first, things=quad in (2, 4)
            )
            passive = pronoun is not None and _PASSIVE_BEFORE.search(
                text, max(s, d.trigger.start - 12), d.trigger.start
            )
            if doer is None:
                continue
            if passive and d.trigger.start - s < 30:
                if d.target is None and (d.source is None or d.source.name != doer.name):
                    d.target = doer
            elif d.source is None:
                d.source = doer
                if d.target is not None and d.target.name == doer.name:
                    d.target = None
        elif (
            quad == 3
            and d.target is None
            and told is not None
            and (_judges_act(text, d, first) or _judged_passive(text, d, s, first))
            and (d.source is None or d.source.name != told.name)
        ):
            d.target = told


def _judges_act(text: str, d: _Draft, first: list[_Draft]) -> bool:
    """Whether the object right after ``d``'s trigger is the act told before ("condemned it",
    "denounced the launch"): "it", "this" or a noun of an act (``classes.csv`` ``JUDGED``);
    "them" or "these" only when an act of ``first`` is told by a plural such noun ("held
    drills …, and Japan condemned them"), since "them" more often stands for people."""
    m = _ACT_OBJECT.match(text, d.trigger.end)
    if m is None:
        return False
    if m.group(1) is not None:
        return any(_plural_judged(f.trigger.text) or _plural_arms(text, f) for f in first)
    return m.group(2) is None or m.group(2) in word_class("JUDGED")


# the act told before as a passive subject ("and the drills were condemned by Japan", "and it
# was denounced by Seoul"): the joined clause's subject is its object, moved before the verb
_PASSIVE_SUBJECT = re.compile(
    r"\s*(?:(?:and|but)\s+)?(?:(?:it|this)|(they|these)|(?:the|these|those)\s+([a-z]+?)s?)\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?",
    re.IGNORECASE,
)


def _judged_passive(text: str, d: _Draft, s: int, first: list[_Draft]) -> bool:
    """Whether the joined clause opening at ``s`` is a passive whose subject is the act told
    before ("…, and the drills were condemned by Japan"): a passive's subject is its active
    object (Quirk et al. 1985 §3.63), so the act judged is as in ``_judges_act``."""
    m = _PASSIVE_SUBJECT.fullmatch(text, s, d.trigger.start)
    if m is None:
        return False
    if m.group(1) is not None:
        return any(_plural_judged(f.trigger.text) for f in first)
    return m.group(2) is None or m.group(2) in word_class("JUDGED")


def _plural_judged(trigger: str) -> bool:
    """Whether a trigger's last word is the plural of a ``JUDGED`` noun ("drills", "strikes")."""
    last = trigger.lower().split()[-1]
    return last.endswith("s") and last[:-1] in word_class("JUDGED")


def _plural_arms(text: str, d: _Draft) -> bool:
    """Whether ``d``'s subject is a plural weapon or force its source modifies ("Ukrainian
    drones struck …", "Eritrean soldiers attacked …"; ``classes.csv`` ``ARMS``, ``TROOPS``):
    "them" after it is those weapons' or soldiers' acts, condemned for what they did, not the
    places they hit (newuser51b: "…, and Russia condemned them" had no target)."""
    if d.source is None or d.source.start > d.trigger.start:
        return False
    word = re.match(r"\s+([a-z]+?)s\b", text[d.source.end : d.source.end + 20])
    return word is not None and word.group(1) in word_class("ARMS") | word_class("TROOPS")


def denied_and_retold(text: str, first: list[_Draft], joined: list[_Draft]) -> list[_Draft]:
    """The drafts of ``first`` whose subject a negated verb of participation denies a side
    in the act (``non_parties.denied_party``: "Kenyan police did not take part in the
    fighting") when the joined clause tells an act of the same CAMEO root ("…, but Haitian
    police clashed with gangs"): the definite noun names the act told beside it (Halliday
    and Hasan 1976, §2.4, reference by a general noun), so the first is that act again,
    with none of its sides, and no card of its own."""
    roots = {_code(d)[:2] for d in joined}
    return [
        d
        for d in first
        if _code(d)[:2] in roots and d.source is None and _denied(text, d.trigger.start)
    ]


def _denied(text: str, act: int) -> bool:
    """Whether a negated verb of participation stands before the act at ``act`` in its clause:
    tried from each word's end in the stretch ``denied_party`` reads."""
    start = max(0, act - 80)
    ends = (start + m.end() for m in re.finditer(r"\w\b", text[start:act]))
    return any(denied_party(text, end, act) for end in ends)


def share_first_day(
    text: str, first: list[_Draft], joined: list[_Draft], at: tuple[int, int, int]
) -> None:
    """Date each draft of ``joined`` that has no date phrase of its own by the day of the
    first clause's first dated act (``_Draft.narrative``): "Israel struck a village on Monday;
    it also arrested two men in Hebron" tells the arrest on Monday too. A clause joined on with
    no time adverb of its own keeps the reference time the clause before set (Reichenbach
    1947; Hinrichs 1986, narrative progression; Quirk et al. 1985, 8.15: a day told in the
    first clause may scope over both), as the whole sentence read as one would date it. Not a
    comment on the first act ("…, and Seoul condemned it", ``joined_clauses.comment``): that
    is dated from the act's day to publication, as a sentence after it would be. ``at``:
    where the first clause opens, where the joined one opens and ends (article offsets)."""
    start, s, e = at
    anchor = next((d for d in first if d.readings and not d.planned), None)
    if anchor is None or comment(text[start:s], text[s:e]):
        return
    for d in joined:
        if not d.readings and d.narrative is None and d.later is None and not d.planned:
            a, b = anchor.evidence[0]
            d.narrative = (anchor, text[a:b])
