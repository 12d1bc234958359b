"""A sentence's triggers with the hazard happenings, and the story an article is telling
now: the flood or quake whose toll a later sentence adds to, the protest a follow-on
continues, the aid given in a hazard's aftermath, an appositive renaming an act told before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta

from dashboard.events import hazards
from dashboard.events.appositive_signing import opened
from dashboard.events.called_false import told_false
from dashboard.events.cameo import WEAK, Trigger, hazard_in, triggers
from dashboard.events.dates import DateMention
from dashboard.events.drafts import _Draft, _factual
from dashboard.events.hazard_people import own_verb_readings
from dashboard.events.lexicon import other_senses
from dashboard.events.narrative import family_of
from dashboard.events.place_cues import SPEAKER_VERB_AFTER
from dashboard.events.tokens import verb_forms
from dashboard.model import DateRange, Mention

# a hazard named by its survivors or those it cut off or made homeless ("survivors of the
# earthquake", "villages cut off by the quake"): beside an act of theirs that is no response
# to it ("survivors of the earthquake protested") it names no happening of that day
_VICTIMS_OF = re.compile(
    r"(?:survivors|victims|aftermath|cut\s+off|isolated|stranded|displaced|(?:left|made)\s+homeless)\b",
    re.IGNORECASE,
)
# a hazard named by what it left, those above or people and places hit, flattened, brought
# down by it ("families hit by the floods", "quake-hit villages", ``hazards.csv``): the hazard
# told again, after it struck; the disaster's own response may stand beside one, dated by it
_AFTERMATH_OF = re.compile(
    r"(?:survivors|victims|aftermath|cut\s+off|isolated|stranded|displaced|(?:left|made)\s+homeless|"
    r"\w+\s+(?:(?:worst|badly|hardest|hard|severely|most)\s+)?(?:hit|affected|devastated|"
    r"flattened|destroyed|damaged|levell?ed|toppled|wrecked|ravaged|razed|battered|swamped|"
    r"submerged|inundated|shaken|struck|brought\s+down|knocked\s+down)\s+by|"
    r"(?:earthquake|quake|flood|flash-flood|storm|cyclone|hurricane|typhoon|tornado)-"
    r"(?:hit|stricken|ravaged|affected|battered|devastated|damaged|struck|wrecked|flattened))\b",
    re.IGNORECASE,
)
_AID_ROOT = "07"
# that response in CAMEO 1.1b3: aid given (07), aid or rebuilding promised (03: "pledged to
# rebuild the villages flattened by the quake", §033 intend to provide aid) and help let in
# (08: §0863 allow humanitarian access), all told of a disaster's survivors after it struck
_RESPONSE_ROOTS = frozenset({_AID_ROOT, "03", "08"})


def _response(t: Trigger) -> bool:
    """Is ``t`` a response to a disaster (``_RESPONSE_ROOTS``)? Of §08 only §086 allows
    international involvement (§0863 humanitarian access): a truce (§0871) a side declares
    in "quake-hit areas" helps no survivor itself, and names the quake told before again."""
    root = t.code[:2]
    return root in _RESPONSE_ROOTS and (root != "08" or (t.full or t.code).startswith("086"))


def _told_after(t: Trigger, main: Trigger) -> bool:
    """Whether the hazard phrase ``t`` is told after the aid act ``main``: it starts after the
    act's words, or inside them and runs past their end, the two sharing the object ("sent
    soldiers to help victims" and "victims of the floods": the noun that heads the hazard's
    phrase is the aid's purpose's object, Quirk et al. 1985 §17.6, one noun phrase)."""
    return t.start > main.end or (main.start < t.start and t.end > main.end)


def _aftermath_after_aid(
    main: Trigger, trigs: list[Trigger], free: list[DateRange]
) -> tuple[Trigger, DateRange | None] | None:
    """The hazard an aid act (CAMEO 07, or a pledge or an opening to help: ``_RESPONSE_ROOTS``)
    answers, told after it ("aid workers reached villages cut off by the earthquake on
    Tuesday", "pledged to rebuild the homes flattened by the quake"), with the week up to the
    aid's day (precision 2): the hazard struck on or before the aid came (EM-DAT counts the
    affected, isolated or displaced, after the disaster); with no date (``None``) when the
    sentence gives none, as the aid then has none either. None when the aid leads no such
    hazard or is dated vaguer than a day."""
    if not _response(main) or (free and free[0].start != free[0].end):
        return None
    hz = next(
        (
            t
            for t in trigs
            if _told_after(t, main) and hazards.is_hazard(t.code) and _AFTERMATH_OF.match(t.text)
        ),
        None,
    )
    if hz is None or not free:
        return None if hz is None else (hz, None)
    day = free[0].end
    reason = f"the aid's date ({free[0].reason}): the hazard on or before it"
    return hz, DateRange(day - timedelta(days=6), day, 2, free[0].text, reason)


# the hazard noun's own relative clause ("the earthquake that struck Noto", "the floods which
# swept the valley"), up to a comma or a dash
_OWN_RELATIVE = re.compile(r"\s+(?:that|which)\s", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:—–]")


def own_day_of(text: str, s: int, main: Trigger, ordered: list[DateMention]) -> bool:
    """Whether the first of ``ordered`` (the sentence's dates, offsets from ``s``) stands in
    the relative clause of the hazard ``main`` names ("the death toll from the earthquake
    that struck Noto on Monday rose to 64", "survivors of the quake that hit on New Year's
    Day"): that date is the hazard's own, not the toll's or the search's (Quirk et al. 1985
    §17.11: a restrictive relative clause is part of its noun phrase and tells of its noun)."""
    if not ordered:
        return False
    # the relative pronoun inside the trigger's words, or right after them
    if (inside := _OWN_RELATIVE.search(main.text)) is not None:
        at = main.start + inside.end()
    elif (after := _OWN_RELATIVE.match(text, main.end)) is not None:
        at = after.end()
    else:
        return False
    first = s + ordered[0].start
    if first < at or _CLAUSE_END.search(text, at, first):
        return False
    # a second finite verb closes the relative clause ("the wildfire that destroyed Lahaina
    # rose to 80 on Saturday": "rose" is the main clause's, and so is the date)
    return sum(map(_past_form, text[at:first].split())) <= 1


def _past_form(word: str) -> bool:
    """A lowercase word with a past-tense form ("rose" too, which is also a noun)."""
    forms = verb_forms(word.strip(".,;:")) if word.islower() else None
    return forms is not None and "VBD" in forms[1]


# a noun phrase set off by a comma ("..., a meeting to which Ukraine was not invited"): an
# appositive, which re-names what the clause before it told (Quirk et al. 1985, 17.65)
_APPOSITIVE_OPEN = re.compile(r",\s+(?:a|an|the|their|his|her|its)\s+(?:[\w-]+\s+){0,2}$")


_DEFINITE_BEFORE = re.compile(r"(?i)\b(?:the|this|that)\s+$")


def other_sense_told_before(text: str, t: Trigger) -> bool:
    """``t`` is a definite noun ("The attack, which began on Monday, was carried out by…")
    whose last mention before it had another sense (``other_senses.csv``: "a ransomware
    attack on a pathology firm"): the definite article takes the earlier mention back
    (Halliday and Hasan 1976, ch. 2: anaphoric reference), so its sense is that one's, no
    military attack."""
    words = t.text.split()
    if len(words) != 1 or not _DEFINITE_BEFORE.search(text, max(0, t.start - 6), t.start):
        return False
    head = words[0].lower()
    senses = other_senses().get(head) or other_senses().get(head.removesuffix("s"), ())
    mods = frozenset().union(*(s.modifiers for s in senses if not s.near)) if senses else None
    if not mods:
        return False
    told = re.compile(rf"(?i)([\w-]+)[\s-]+{re.escape(head)}\b")
    for before in reversed(list(told.finditer(text, 0, t.start))):
        word = before.group(1).lower()
        if word not in _ANAPHORIC:  # "The attack forced…" takes back the same mention
            return word in mods
    return False


_ANAPHORIC = frozenset({"the", "this", "that"})


def _renamed_dropped(text: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` without a noun trigger in apposition to an act of its own root told before it
    in the sentence ("the presidents met in Alaska on Friday, a meeting to which Ukraine was
    not invited"): the appositive re-names the act, so the act, not the noun, leads the
    event, with its own place. A noun of another root ("met on Friday, a visit...") stays."""
    out = []
    for t in trigs:
        if other_sense_told_before(text, t):
            continue  # "a ransomware attack … The attack was carried out by": no force
        opens = _APPOSITIVE_OPEN.search(text, max(0, t.start - 40), t.start)
        # "Days before he shot five, the attacker stabbed a neighbour": a trigger holding its
        # noun's past verb is a main clause after a fronted one, no appositive noun phrase
        clause = any("VBD" in (verb_forms(w.lower()) or ("", ()))[1] for w in t.text.split()[1:])
        if (
            opens
            and not clause
            and any(
                u.end <= opens.start() and u.code[:2] == t.code[:2] and u.weight > WEAK
                for u in trigs
            )
        ):
            continue
        out.append(t)
    return out


def _causes(t: Trigger, h: Trigger) -> bool:
    """Does the CAMEO trigger ``t`` end on the noun that opens the hazard ``h`` ("shot down an
    army helicopter" / "helicopter that crashed")? The act's object is the craft whose crash
    the relative clause tells, so the crash is the act's result, not a hazard that hides it
    (ACE 2005: an Attack whose target crashes stays the Attack)."""
    return t.start < h.start < t.end < h.end


# a passive's auxiliary (and one adverb) before the verb, and a "when"/"as"/"after" clause
# opening right after it (past "hard" or "badly")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|be)\s+(?:[a-z]+ly\s+|also\s+)?$")
_CLAUSE_AFTER = re.compile(r"\s+(?:(?:hard|badly|worst)\s+)?,?\s*(?:when|as|after)\s+")
_HARMS = ("18", "19", "20")


def _hit_by_hazard(sentence: str, t: Trigger, found: list[Trigger]) -> bool:
    """Is ``t`` a passive of harm with no agent whose "when" clause right after names a hazard
    of ``found`` ("Orenburg was also hit when a dam burst in Orsk", "the town was hit hard
    when the river burst its banks")? The clause tells what hit the place (Quirk et al. 1985
    §15.25, a "when" clause of cause), so no political actor used force (CAMEO 1.1b3 §18-20
    are acts of actors)."""
    if t.code[:2] not in _HARMS or not _PASSIVE_BEFORE.search(
        sentence, max(0, t.start - 30), t.start
    ):
        return False
    after = _CLAUSE_AFTER.match(sentence, t.end)
    return after is not None and any(0 <= h.start - after.end() <= 30 for h in found)


# a structure's collapse or fire (EM-DAT technological) and the clause of its cause right
# after it: "collapsed after being hit by a missile", "caught fire when it was struck by"
_TECHNOLOGICAL = ("DIS-INDUSTRIAL", "DIS-ACCIDENT")
_CAUSE_CLAUSE = re.compile(
    r"\b(?:after|when|as)\s+(?:being|(?:it|they)\s+(?:was|were|had\s+been))\s+$", re.I
)


def _struck_by_force(sentence: str, h: Trigger, cameo: list[Trigger]) -> bool:
    """Is ``h`` a technological hazard (a collapse, a fire) whose "after"/"when" clause tells
    the act of force that caused it ("A building collapsed in Belgorod after being hit by a
    missile")? Then it is the attack's result, not an accident (EM-DAT counts accidents
    of no deliberate cause; ACE 2005: an Attack whose target falls stays the Attack), as a
    craft shot down is (``_causes``)."""
    return h.code in _TECHNOLOGICAL and any(
        t.code[:2] in _HARMS
        and t.start > h.end
        and _CAUSE_CLAUSE.search(sentence, max(0, t.start - 30), t.start) is not None
        for t in cameo
    )


# a fronted adjunct of time counted from a happening, up to its comma: "A day after the 7.7
# quake,", "On Saturday, two days after the floods," (Quirk et al. 1985 §8.13, §15.25)
_FRONTED_AFTER = re.compile(
    r"\s*(?:On\s+\w+,\s+)?(?:[\w-]+\s+){0,3}(?:after|since|following)\s(?:[^,;.]|\.(?=\d)){0,80},",
    re.IGNORECASE,
)


def _with_hazards(sentence: str, storms: tuple[str, ...] = ()) -> list[Trigger]:
    """CAMEO's triggers in the coder's order (strongest first), with the hazard happenings
    (``storms``: the storm names the article introduced, ``hazards.hazard_triggers``).
    A CAMEO trigger inside a hazard phrase ("an earthquake struck") is the hazard's verb. A
    hazard before every CAMEO trigger is the sentence's happening and leads; others follow."""
    found = hazards.hazard_triggers(sentence, storms)
    false = told_false(sentence) if found else None
    if false is not None:  # "reports of a dam collapse were false": no collapse
        lo, hi = false
        found = [
            replace(h, flags=(*h.flags, "negated")) if lo <= h.start < hi else h for h in found
        ]
    cameo = [
        t
        for t in triggers(opened(sentence))  # "The pact, signed on Monday, ..."
        if not any(t.start < h.end and h.start < t.end and not _causes(t, h) for h in found)
        and not _hit_by_hazard(sentence, t, found)
    ]
    found = [h for h in found if not _struck_by_force(sentence, h, cameo)]
    strong = [t for t in cameo if t.weight > WEAK]
    if any(not _response(t) for t in strong):
        # "survivors of the earthquake protested": the sentence tells what they did; their
        # hazard names a happening only beside aid sent to them, or beside no act at all
        found = own_verb_readings(sentence, found, _VICTIMS_OF.match, storms, cameo)
    # the fronted adjunct is looked for only beside a hazard and a strong act (issue 15)
    fronted = _FRONTED_AFTER.match(sentence) if found and strong else None
    if fronted and found[0].end <= fronted.end():
        # "A day after the 7.7 quake, the junta appealed for aid": a fronted adjunct of time
        # dates the clause's act from the hazard, which it names as known; the act leads
        return cameo + found
    if found and all(found[0].start < t.start for t in strong):
        # the hazard comes first, so it is the subject's happening ("an explosion at a plant
        # killed four"): it outranks however the coder weighs the later verbs
        top = max((t.weight for t in strong), default=hazards.WEIGHT)
        return [replace(found[0], weight=max(hazards.WEIGHT, top + 1)), *cameo, *found[1:]]
    return cameo + found


# A toll told without its cause: victims killed, hurt or dead, and no "by"/"in" naming who or
# what did it (ACE's Life.Die/Injure need an agent to be an attack; CAMEO 19 needs a fighter)
_TOLL_WORD = re.compile(
    r"(?:killed|injured|wounded|hurt|died|dead|deaths?|perished|missing)\b", re.I
)
_AGENT = re.compile(
    r"^[^.;]{0,40}?\bby\s+(?!(?:the\s+|falling\s+|rising\s+)?(?:flood|storm|water|wave|debris|"
    r"landslide|mud|fire|flame|collaps|lightning|wind|rubble|quake|earthquake))",
    re.I,
)
# How far back a toll may look for the hazard it counts: the story's last few happenings
HAZARD_REACH = 4


def _hazard_story(drafts: list[_Draft]) -> _Draft | None:
    """The hazard the article is telling now: the latest hazard or violence draft, if a hazard."""
    for d in reversed(drafts[-HAZARD_REACH:]):
        if hazards.is_hazard(d.trigger.code):
            return d
        if family_of(d.trigger.code) == "violence":
            return None
    return None


def _hazard_told_before(text: str, s: int, drafts: list[_Draft]) -> bool:
    """The story so far names a natural hazard ("hit by catastrophic floods") and tells no
    violence: a toll with no attacker is the hazard's."""
    if any(family_of(d.trigger.code) == "violence" for d in drafts):
        return False
    return hazard_in(text[max(0, s - 1500) : s].lower())


def _unrest_story(drafts: list[_Draft]) -> _Draft | None:
    """The protest or repression the article is telling now ("police fired tear gas at
    protesters…"), when it is the latest happening: "21 officers were injured" is its toll, not
    a fight of its own (CAMEO 19 needs a side that fought)."""
    if not drafts:
        return None
    last = drafts[-1]
    return last if last.trigger.code in ("14", "17") and _factual(last) else None


# what may stand between an attack's sentence and its toll's: whitespace and closing marks
_NEXT_SENTENCE = re.compile(r"[\s\"'”’)]*")


def _attack_story(drafts: list[_Draft], text: str, s: int) -> _Draft | None:
    """The armed attack told in the sentence just before the one at ``s`` ("Russian drones
    struck the port of Izmail overnight"), when it is the latest happening and happened: "two
    dock workers were wounded", with no attacker, day or place of its own, is its toll (ACLED
    records a toll as the fatalities of its event), not a second fight."""
    if not drafts:
        return None
    last = drafts[-1]
    if last.trigger.code[:2] not in ("18", "19", "20") or not _factual(last):
        return None
    if hazards.is_hazard(last.trigger.code):
        return None
    told = max(t for _, t in last.evidence)
    return last if told <= s and _NEXT_SENTENCE.fullmatch(text, told, s) else None


def places_of_its_own(text: str, mentions: list[Mention]) -> list[Mention]:
    """The places a sentence names other than its speakers ("Pakistan said two children
    were killed"): a country or capital before a reporting verb is who reports, no place
    of what it reports (ACLED codes where the event happened)."""
    return [m for m in mentions if SPEAKER_VERB_AFTER.match(text, m.end) is None]


def _toll(text: str, t: Trigger, end: int) -> bool:
    """A casualty trigger with no attacker named: "more than 800 people have been killed"."""
    if not t.code.startswith(("18", "19", "20")) or not _TOLL_WORD.match(t.text):
        return False
    word = t.text.split()[0].lower()
    before = text[max(0, t.start - 25) : t.start]
    passive = bool(re.search(r"\b(?:been|were|was|are|is|being)\s+(?:\w+\s+)?$", before, re.I))
    # the agent may sit inside the trigger's own phrase ("killed by gunmen")
    after = text[t.start + len(word) : end]
    return (passive or word not in ("killed", "injured", "wounded", "hurt")) and not _AGENT.match(
        after
    )


# a passive toll's verb group right after its subject: "were killed", "have been wounded"
_PASSIVE_AFTER = re.compile(
    r"\s+(?:[\w.-]+\s+){0,14}?(?:was|were|had\s+been|have\s+been|has\s+been)\s+(?:\w+ly\s+)?$"
)


def victims_role(text: str, t: Trigger, tolls: list[Trigger]) -> bool:
    """Whether ``t`` is a present participle inside the subject of a passive toll of
    ``tolls`` ("Two police officers guarding the home were killed"): a reduced relative
    clause that says who the victims were, their standing role (Quirk et al. 1985 §17.27),
    no act of the day; with the toll set aside as its story's, it must not stand in its
    place."""
    if not t.text.lower().endswith("ing"):
        return False
    return any(
        t.end <= x.start
        and "," not in text[t.end : x.start]
        and _PASSIVE_AFTER.fullmatch(text, t.end, x.start) is not None
        for x in tolls
    )
