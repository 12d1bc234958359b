"""The governing trigger re-coded by its clause (``_govern``): by its complement ("agreed to
resume patrols"), a stated future or a condition, a mass killing it is part of, a sending
whose purpose is an inquiry, a joint exercise, a more specific code of the same kind.
"""

from __future__ import annotations

import re

from dashboard.events.accepted_acts import DONE_TO_ROOTS, accepted
from dashboard.events.announced_cuts import announced_cut
from dashboard.events.answered_acts import answered_act
from dashboard.events.armed_victims import slain_armed_men
from dashboard.events.asked_acts import ASKING_GOVERNORS, asked_for
from dashboard.events.clause_predicate import kind_told, predicate_act
from dashboard.events.clause_words import ARTICLES, Parse, _prev
from dashboard.events.demanders import no_demander
from dashboard.events.done_conjunct import conjunct_start
from dashboard.events.held_open import held_open_reading
from dashboard.events.lexicon import Lexicon, word_class
from dashboard.events.modal_scope import relief_warner, told_as_fact, warned_predicate
from dashboard.events.modal_threats import modal_threat
from dashboard.events.modality import COOPERATION, embedded, intent_code, public, recode
from dashboard.events.negated_vows import vowed_not
from dashboard.events.non_events import _event_noun
from dashboard.events.noun_modifiers import premodifier
from dashboard.events.onlookers import (
    closing_forecast,
    foretold_by,
    onlookers_say,
    others_forecast,
)
from dashboard.events.passive_steps import passive_step
from dashboard.events.posture_plans import posture_to_come
from dashboard.events.sought_aims import aimed
from dashboard.events.subject_relatives import new_subject, subject_relative
from dashboard.events.tokens import Token
from dashboard.events.trigger import WEAK, Trigger
from dashboard.events.verbal import NEGATIONS, conditional_offer, forecast, offered, or_face
from dashboard.events.warner_frame import closing_warner
from dashboard.events.weighing import _direct


def _govern(text: str, p: Parse, gov: Trigger, found: list[Trigger], lex: Lexicon) -> Trigger:
    """The governing trigger, re-coded by its complement or by a stated future."""
    code, end = gov.full or gov.code, gov.end
    embeds = next((f[7:] for f in gov.flags if f.startswith("embeds:")), "")
    flags = set(gov.flags)
    if modal_threat(p, gov, flags, lex):
        # "may halt its mediation if …": a condition makes the possible act a threat, as
        # "will halt … if" is (the branches below read it as a stated intent)
        flags = (flags - {"hypothetical"}) | {"intent"}
    if embeds == "by":  # "killed in a car bomb explosion", "the bombing killed": the attack
        # told after and the one told before as the subject ("a suicide bombing killed five
        # and wounded 12") say how; the finer code wins, a tie goes to the one after
        told_after = _complement(p, gov, found, roots=("18", "19", "20"))
        if told_after is not None and (
            slain_armed_men(p, told_after) or answered_act(p, told_after)
        ):
            told_after = None
        subject = _subject(p, gov, found)
        comp = told_after or subject
        if told_after is not None and subject is not None:
            finer = len(subject.full or "") > len(told_after.full or "")
            comp = subject if finer else told_after
        code = comp.full or comp.code if comp else code
    elif embeds:
        comp = _complement(p, gov, found)
        comp = predicate_act(p, comp, found) if comp is not None else None
        at = next((i for i, t in enumerate(p.tokens) if t.start == gov.start), None)
        pred = warned_predicate(p, at) if embeds == "13" and at is not None else None
        foretold = (
            embeds == "13"
            and at is not None
            and comp is not None
            and (comp.full or comp.code)[:2] in _FORCE
            and others_forecast(p, at)
        )
        if (pred is not None and _comment(p, pred, at)) or foretold:
            # "warned that troops had crossed": a comment, no threat (§012); so is what an
            # aid body foresees ("aid groups warned that the offensive would…") and what
            # another party will do ("officials warned that Russia will attack")
            comp = None
        elif pred is not None and comp is not None and comp.end <= p.tokens[pred].start:
            # "warned that troops who would cross the line would be shot": the act the
            # warning threatens is its clause's own predicate, not a relative clause's
            comp = _complement_from(found, p.tokens[pred].start) or comp
        if comp is None and ((pred is not None and _comment(p, pred, at)) or foretold):
            code = "012"
        elif comp is not None and embeds == "11":
            # "accused Eritrea of launching an offensive": the act alleged names the
            # accusation (§1122-§1124); one the table does not name leaves the row's own.
            # The span stays the verb's: an aside before "of" ("who have held the plant
            # since last year") must not date the accusation
            alleged = embedded("11", _refine(p, comp, comp.full or comp.code, found), lex)
            code = alleged or code
        elif comp is not None:
            if embeds in ASKING_GOVERNORS:
                # "rejected an ultimatum to hand over …", "refused to commit to any aid"
                comp = asked_for(p, comp, found, _complement)
            inner = _refine(p, comp, comp.full or comp.code, found)
            code = recode(embeds, kind_told(p, comp, inner), lex)
            end = comp.end
            if embeds == "03" and inner[:2] in COOPERATION and vowed_not(p, gov, comp):
                code = embedded("12", inner, lex) or "120"  # "vowed not to resign": §1231
            if embeds == "03" and inner[:2] == "13" and _vowed(p, gov, comp):
                # "vowed that the group would retaliate": a vow whose content is a threat is
                # that threat (CAMEO 1.1b3 §13 'coercive or forceful warnings'), never §030;
                # "agreed that neither would threaten the other" is no vow
                code = inner
            if embeds == "03" and inner[:2] == "15" and offered(p, gov):
                code = recode("03", "074", lex)  # "offered to send troops to Haiti": 0334
            elif embeds == "03" and inner[:2] == "15" and _agreed(p, gov):
                # "India and China agreed to resume patrols": a show of force both parties
                # agree to is military cooperation they intend (§0312), no threat
                code = "0312"
            elif embeds == "03" and inner[:2] == "16" and _agreed(p, gov):
                # "EU ministers agreed to impose sanctions on six officials": the deciding
                # body's decision is the sanction (§163), no threat made to anyone (§13)
                code = inner
            if embeds == "03" and inner[:2] in DONE_TO_ROOTS and accepted(p, comp):
                code = "030"  # "agreed to accept deportation flights": a pledge to accept
        elif embeds == "03" and _takes_named_place(p, gov, lex):
            code = recode("03", "192", lex)  # "vowed to take Damascus": a threat (1382)
        elif code == "030" and _agree_that(p, gov):
            code = "019"  # agreeing on a view, not to an act, is an expression of accord
        elif embeds == "13" and forecast(p, gov):
            code = "012"  # "warned of slower growth": a gloomy outlook, no act threatened
        flags.discard("intent")
    start = gov.start
    sayer = _foretold(text, p, gov, code, lex)
    if sayer is not None:
        # "Trump said Iran will attack Israel": the speaker's comment on another party's act
        # (§012, ``onlookers.foretold_by``), told from the saying on; no threat of either.
        # A closing frame ("Russia will attack, Zelensky warned") is told at its verb, so
        # the frame's speaker is the comment's source (``warner_frame.warner_sides``)
        code, start = "012", p.tokens[sayer].start
        end = max(end, p.tokens[sayer].end)
        flags -= {"intent", "hypothetical", "planned"}
    elif "attempt" in flags and code in ("186", "1823", "190"):
        code = "185"  # "tried to assassinate": an attempt on a life
    elif "posture" in flags and code[:2] in ("18", "19", "20"):
        code = "150"  # "prepared to storm the city": readiness to use force is a posture
    elif "posture" in flags and "intent" not in flags:  # "preparing to impose": TimeML I_ACTION
        flags.add("planned")
    elif "demand" in flags and (_unvoiced_need(p, gov, lex) or no_demander(p, lex)):
        # "The deal still has to be signed": a step still to come, and no one demands it
        flags.discard("demand")
        flags.add("hypothetical")
    elif "demand" in flags and code[:2] not in ("02", "10"):
        code = recode("10", code, lex)  # "Y must release the prisoners": 1053
    elif "intent" in flags and "believed" in flags:
        flags.discard("intent")  # "feared that the militia would massacre": no one's threat
    elif "intent" in flags and onlookers_say(p, lex):
        # "Russia will launch an offensive, analysts said": onlookers' forecast of another's
        # act, no act stated by its actor, so no intent or threat (CAMEO 1.1b3 §03 and §13
        # need the source to voice it; ACE 2005 modality Other)
        flags.discard("intent")
        flags.add("hypothetical")
    elif (
        "intent" in flags
        and "negated" in flags
        and (code[:2] == "15" or code[:3] == "062")
        and (_joint(p, gov) or _joint_word(p, gov))
    ):
        # "Poland and Lithuania will not hold joint exercises this year": the two parties'
        # military cooperation is told as not to come (§0312, negated); a refusal (§12)
        # turns down another side's request or proposal, and neither side asks the other
        code = "0312"
    elif "intent" in flags and "negated" in flags and code[:2] in COOPERATION:
        code = recode("12", code, lex)  # "will not end their strike": a refusal, 1242
        flags.discard("negated")
    elif (
        "intent" in flags and "cond" in p.kinds and code[:2] == "15" and conditional_offer(p, code)
    ):
        code = "0334"  # "would send troops if the Council approved a mission": an offer (§0334)
    elif (
        "intent" in flags
        and "cond" in p.kinds
        and not conditional_offer(p, code)
        and not _unless_a_happening(p, code)
        and not p.passing
        and _unvoiced(p, lex)
        and _supposed(p, gov.start)
    ):
        # "Were the talks to fail, the army would bomb the town": no one is told saying it,
        # so it is the writer's supposition, not a threat made (CAMEO 1.1b3 §13 is an
        # actor's verbal act; ACE 2005 modality Other)
        flags.discard("intent")
        flags.add("hypothetical")
    elif (
        "intent" in flags
        and "cond" in p.kinds
        and not conditional_offer(p, code)
        and not _unless_a_happening(p, code)
    ):
        code = recode("13", code, lex)  # "will withdraw unless…": a conditional threat
    elif "intent" in flags and code[:2] == "16" and announced_cut(p, gov, code):
        # "announced it would suspend aid", "said it would expel 15 diplomats": a decision
        # made public, the act itself to come (§162, §166), not a threat; a condition
        # ("unless …") above keeps it one (§131)
        flags.discard("intent")
        flags.add("planned")
    elif "intent" in flags and code[:2] == "17" and passive_step(p, gov):
        # "he will be charged with murder": §173 planned; no one warned of it (a threat, §137)
        flags.discard("intent")
        flags.add("planned")
    elif "intent" in flags and code[:2] == "15" and (_joint(p, gov) or _joint_word(p, gov)):
        # "Manila and Washington will hold joint naval patrols": a show of force two
        # parties will stage together is military cooperation they intend (§0312), as
        # when they agree to it, not a threat to anyone named (§13)
        code = "0312"
    elif "intent" in flags and posture_to_come(p, gov, code):
        # "China will hold live-fire drills near Pingtan next week", "will send more police
        # to help": a posture announced is a scheduled act (ACE 2005 tense Future), §15 to
        # come; a threat (§13) needs its source to warn someone, and a condition above does
        flags.discard("intent")
        flags.add("planned")
    elif "intent" in flags:
        code = intent_code(code, lex) if kind_told(p, gov, code) else "030"
    code = _refine(p, gov, code, found)
    code = aimed(p.tokens, code, gov.start, end, lex)  # "rallied, demanding his resignation": 1411
    if code[:2] in ("18", "19"):
        code = _in_a_massacre(p, gov, found) or code
    penalty = or_face(p, gov)
    if penalty is not None and code != "139":  # an ultimatum names its penalty (§139)
        # "told Hezbollah to withdraw or face a war": the penalty makes it a threat (§13)
        after = [t for t in found if t.start >= penalty and t.weight > WEAK]
        code = recode("13", min(after, key=lambda t: t.start).full or "13", lex) if after else "130"
    if _sent_to_investigate(p, gov):
        code = "090"  # "sent 21 officers to Bosnia to investigate": the purpose is the act (§09)
    if code in ("150", "062") and _ANSWERING.search(text):
        code = "150"  # an exercise answering an adversary's act is aimed at it
    elif code == "150" and _joint(p, gov):
        code = "062"  # an exercise two parties hold together is military cooperation
    if code[:2] == "13" or (code[:2] == "03" and not _speculated(p, gov)):
        flags.discard("hypothetical")  # a promise or a threat is an event, not speculation
    held_open = (
        held_open_reading(text, p, gov, _complement(p, gov, found), flags, lex)
        if code[:2] == "12"
        else None
    )
    if held_open is not None:
        # "has not ruled out military action", "refused to rule out strikes": force held
        # open against a target is a threat of it (CAMEO 1.1b3 §138), not a rejection
        # undone; sanctions held open threaten them (§1312); any other act held open is
        # that act, possible only ("refused to rule out sending troops": hypothetical)
        code = held_open
        flags.discard("negated")
        if not code.startswith("13"):
            flags.add("hypothetical")
    if gov.text.split()[0].lower() in NEGATIONS or gov.text.lower().startswith("no longer "):
        # "would not comment" (§011), "will not tolerate" (§130), "will no longer tolerate
        # rallies" (§137): the row names the negation, which is the act
        flags.discard("negated")
    end = max(end, _same_object(p, gov, code, found))
    return Trigger(code[:2], gov.weight + 1, start, end, text[start:end], code, public(flags))


def _foretold(text: str, p: Parse, gov: Trigger, code: str, lex: Lexicon) -> int | None:
    """The saying that foretells ``gov``, an act of force or a reprisal (classes.csv
    ``REPRISAL_ACT``: "will retaliate"), as another party's (``onlookers.foretold_by``,
    before it; ``onlookers.closing_forecast``, a closing warning frame after it)."""
    at = next((i for i, t in enumerate(p.tokens) if t.start == gov.start), None)
    if at is None:
        return None
    reprisal = code[:2] == "13" and any(
        t.keys & word_class("REPRISAL_ACT") for t in p.tokens if gov.start <= t.start < gov.end
    )
    if onlookers_say(p, lex):
        return None  # onlookers' forecasts are hypothetical acts (below), as before
    if code[:2] in _FORCE or code[:3] == "138" or reprisal:
        verb = next(
            (i for i in range(at, len(p.tokens)) if p.tokens[i].lower not in ("will", "would")),
            at,
        )
        sayer = foretold_by(p, verb, lex)
        if sayer is not None:
            return sayer
    elif "intent" not in gov.flags or code[:2] == "13":
        # "Serbia will pay a heavy price, the Kosovo president warned": a threat's subject
        # may be the one it is aimed at, so only a reprisal or force vowed (above) is foretold
        return None
    # "Hamas will launch more rockets, the Israeli army warned": any act another party's
    # speaker foretells in a closing frame is no intent nor threat of its doer's (§03, §13)
    frame = closing_warner(text, (0, len(text)))
    return closing_forecast(p, at, None if frame is None else (frame.start, frame.end, frame.verb))


_VOWS = frozenset("vow pledge promise swear".split())  # the §030 row's verbs of a vow


def _vowed(p: Parse, gov: Trigger, comp: Trigger) -> bool:
    """Is ``gov`` a vow (``_VOWS``) whose complement ``comp`` is told as made, with no
    negation from the vow to the complement's end ("vowed that they would never retaliate"
    vows restraint, no threat)?"""
    at = next((i for i, t in enumerate(p.tokens) if t.start == gov.start), None)
    if at is None or not p.tokens[at].keys & _VOWS or "negated" in comp.flags:
        return False
    # a negation the complement's row opens on is its own ("would not tolerate attacks": §130)
    span = [t for t in p.tokens if gov.start <= t.start < comp.end and t.start != comp.start]
    return not any(t.lower in NEGATIONS for t in span)


def _comment(p: Parse, pred: int, at: int | None) -> bool:
    """A warning whose "that" clause at ``pred`` tells a fact, or whose warner (``at``) is an
    aid body: a comment (§012), no threat."""
    return told_as_fact(p, pred) or (at is not None and relief_warner(p, at))


def _unvoiced_need(p: Parse, gov: Trigger, lex: Lexicon) -> bool:
    """A necessity in the passive that no one in the sentence voices ("The deal still has to
    be signed and ratified"): CAMEO 1.1b3 §10 codes a demand by its demander, and a passive
    "has to be done" with no reporting verb and no name names none; it tells what is still to come."""
    # the trigger's last word is its verb ("treaty must still be ratified" ends on it)
    at = next((i for i, t in enumerate(p.tokens) if t.start + len(t.text) == gov.end), None)
    if at is None:
        return False
    j = _prev(p.tokens, at)
    if j < 0 or "be" not in p.tokens[j].keys:
        return False
    said = lex.words("report")
    # a name past the first word may be the demander ("…, Qatar insisted")
    named = any(t.text[:1].isupper() for t in p.tokens[1:])
    return not named and not any(said & set(t.keys) for t in p.tokens)


# epistemic modals, what may come about (Huddleston and Pullum 2002 ch. 3 §9.2; ACE Other)
_MAY = frozenset({"could", "might", "may"})


def _speculated(p: Parse, gov: Trigger) -> bool:
    """An epistemic modal opens the governing verb's group ("the two sides could agree to a
    truce", "may agree to talks"): the agreement is a possibility someone weighs, no intent
    stated (CAMEO 1.1b3 §03 needs the actor to express it), so it stays hypothetical."""
    at = next((i for i, t in enumerate(p.tokens) if t.start == gov.start), None)
    if at is None:
        return False
    before = [t for t in p.tokens[max(0, at - 3) : at] if t.lower not in ("not", "n't", "also")]
    return bool(before) and before[-1].lower in _MAY and before[-1].text != "May"


def _agreed(p: Parse, gov: Trigger) -> bool:
    """The governing verb is "agree" ("agreed to resume patrols")."""
    return any(t.start == gov.start and "agree" in t.keys for t in p.tokens)


def _in_a_massacre(p: Parse, gov: Trigger, found: list[Trigger]) -> str | None:
    """The code of a mass killing that a killing or an attack is told to be part of
    ("killed thousands of Tutsis in a wave of massacres", "died in the genocide"): CAMEO 1.1b3
    §20 codes the act by its manner, as "killed in a car bomb explosion" is a bombing; None
    when no §20 trigger follows "in" within four words in the verb's clause."""
    comp = _complement(p, gov, found, roots=("20",))
    if comp is None:
        return None
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    k = starts[comp.start]
    if p.clause[k] != p.clause[starts[gov.start]]:
        return None
    before = [t.lower for t in p.tokens[max(0, k - 4) : k]]
    return (comp.full or comp.code) if "in" in before else None


def _same_object(p: Parse, gov: Trigger, code: str, found: list[Trigger]) -> int:
    """The end of the verb's direct object when it names the same happening ("fought a
    war", "staged a protest"): one event, not two. ``gov.end`` when there is none. A past
    verb after "and" or "but" is no object but a second predicate of the same subject
    ("arrested two men and seized rifles", "did not fire but dispersed the crowd", Quirk et
    al. 1985 13.46): an act of its own, not folded in."""
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    k = starts[gov.start]
    for t in found:
        j = starts[t.start]
        if j > 0 and p.tokens[j - 1].lower in ("and", "but") and "VBD" in p.tokens[j].tags:
            continue
        if (
            t.start >= gov.end
            and t.code == code[:2]
            and j - k <= 6
            and p.clause[j] == p.clause[k]
            and _direct(p, k, j)
        ):
            return t.end
    return gov.end


def _takes_named_place(p: Parse, gov: Trigger, lex: Lexicon) -> bool:
    """The verb's "to" complement takes a named place by force ("vowed to take Damascus"):
    a TAKE_BY_FORCE verb (classes.csv, WordNet 3.0 take v. 'take by force') right after
    "to", then a capitalised name not followed by a word that gives "take" another sense
    ("take Trump to court", "take Ukraine into NATO"). CAMEO 1.1b3 §192 occupy territory."""
    tokens = p.tokens
    k = next(i for i, t in enumerate(tokens) if t.start == gov.start)
    taking = word_class("TAKE_BY_FORCE")
    for i in range(k + 1, min(len(tokens) - 2, k + 4)):
        if tokens[i].lower != "to" or not tokens[i + 1].keys & taking:
            continue
        j = i + 2
        if not tokens[j].text[:1].isupper():
            return False
        while j < len(tokens) and tokens[j].text[:1].isupper():
            j += 1
        return j >= len(tokens) or tokens[j].lower not in _TAKE_OTHER_SENSE
    return False


# words after "take X" that make it another sense than capture: to court, into NATO, as a
# hostage, off the air, over a company, part in, X's side, X seriously
_TAKE_OTHER_SENSE = frozenset(
    "to into as off out over with on part hostage hostages captive prisoner prisoners "
    "seriously 's ’s".split()
)


def _agree_that(p: Parse, gov: Trigger) -> bool:
    """ "agreed that…", "agreed there was…": agreement on a view, not to an act."""
    k = next(i for i, t in enumerate(p.tokens) if t.start == gov.start)
    nxt = p.tokens[k + 1].lower if k + 1 < len(p.tokens) else "to"
    return "agree" in p.tokens[k].keys and nxt not in ("to", "on", "upon")


# an exercise held in answer to an adversary's act is aimed at it: a show of force (§150),
# however many allies hold it, not cooperation between them (§062)
_ANSWERING = re.compile(
    r"\b(?:in (?:direct )?response to|in retaliation for|in reply to|show of force|"
    r"warning to)\b",
    re.IGNORECASE,
)


SENDING = frozenset("send dispatch despatch deploy".split())
INQUIRY = frozenset("investigate probe inspect examine verify".split())


def _sent_to_investigate(p: Parse, gov: Trigger) -> bool:
    """A sending verb whose purpose ("to investigate", "to inspect") is an inquiry: CAMEO
    1.1b3 §09 codes the investigation, not the people or troops sent to do it."""
    tokens = p.tokens
    k = next(i for i, t in enumerate(tokens) if t.start == gov.start)
    if not tokens[k].keys & SENDING:
        return False
    for i in range(k + 1, len(tokens) - 1):
        if tokens[i].boundary:
            return False
        if tokens[i].lower == "to" and tokens[i + 1].keys & INQUIRY:
            return True
    return False


def _joint(p: Parse, gov: Trigger) -> bool:
    """An exercise whose subject names two parties ("French and Egyptian warships")."""
    tokens = p.tokens
    k = next(i for i, t in enumerate(tokens) if t.start == gov.start)
    if p.gov is None or p.gov > k:
        return (
            False  # the exercise is no verb's subject here ("rerouted around the exercise zones")
        )
    window = range(p.opening(p.gov) + 1, p.gov - 1)
    pair = any(
        tokens[i].lower == "and"
        and tokens[i - 1].text[:1].isupper()
        and _named_after(tokens, i + 1)
        # "F-15K and KF-16 jets": two aircraft types of one side, not two parties
        and not any(ch.isdigit() for t in tokens[max(0, i - 3) : i + 4] for ch in t.text)
        for i in window
    )
    return pair or any(tokens[i].lower in ("jointly", "together") for i in range(p.gov - 2, k))


_FORCE = ("18", "19", "20")


def _joint_word(p: Parse, gov: Trigger) -> bool:
    """ "joint", "jointly" or "together" in the clause of ``gov`` ("will hold joint patrols")."""
    k = next(i for i, t in enumerate(p.tokens) if t.start == gov.start)
    return any(
        t.lower in ("joint", "jointly", "together")
        for i, t in enumerate(p.tokens)
        if p.clause[i] == p.clause[k]
    )


def _unvoiced(p: Parse, lex: Lexicon) -> bool:
    """Does no one in the sentence say, warn, vow or suppose anything (cues.csv ``report``
    and ``speculate`` words, as ``clauses.saying_words``, and classes.csv ``VOICING``)? Then
    a conditional future act is the writer's own supposition."""
    saying = lex.words("report") | lex.words("speculate") | word_class("VOICING")
    return not any(t.keys & saying for t in p.tokens)


_INVERTED = frozenset({"were", "had"})


def _supposed(p: Parse, at: int) -> bool:
    """Is the condition put as a supposition: a hypothetical inversion ("Were the talks to
    fail", "Had the talks failed", Quirk et al. 1985 §15.36) or a remote consequence ("would
    bomb")? An open condition states a party's terms, a threat (CAMEO 1.1b3 §13) even with
    no speaker named: "Israel will resume talks unless Hamas fires rockets", "Should talks
    fail, Turkey will launch an offensive"."""
    inverted = any(t.lower in _INVERTED and t.text[:1].isupper() for t in p.tokens)
    remote = any(t.lower == "would" and t.start < at for t in p.tokens)
    return inverted or remote


def _unless_a_happening(p: Parse, code: str) -> bool:
    """A cooperative act stated "unless" a happening, not a party, does something ("will meet
    in Geneva unless the fighting resumes", "unless the storm worsens"): no one is coerced,
    so it is an intent (CAMEO 1.1b3 §03); §13 needs a threat made to make a target act or
    refrain ("unless Hamas frees the hostages" stays one)."""
    if code[:2] not in COOPERATION:
        return False
    tokens = p.tokens
    k = next((i for i, t in enumerate(tokens) if t.lower == "unless"), None)
    if k is None:
        return False
    k += 1
    while k < len(tokens) and (tokens[k].lower in ARTICLES or "ADJ" in tokens[k].pos):
        k += 1
    return k < len(tokens) and (_event_noun(tokens[k]) or tokens[k].lower.endswith("ing"))


def _named_after(tokens: list[Token], k: int) -> bool:
    """A name starts at ``k``, or after "the" there ("and the Philippines")."""
    if k < len(tokens) and tokens[k].lower == "the":
        k += 1
    return k < len(tokens) and tokens[k].text[:1].isupper()


def _subject(p: Parse, gov: Trigger, found: list[Trigger]) -> Trigger | None:
    """An attack noun before the verb in its clause ("the bombing killed twelve")."""
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    clause = p.clause[starts[gov.start]]
    before = [
        t
        for t in found
        if t.end <= gov.start
        and t.code in ("18", "19", "20")
        and p.clause[starts[t.start]] == clause
    ]
    return before[-1] if before else None


def _refine(p: Parse, gov: Trigger, code: str, found: list[Trigger]) -> str:
    """A more specific code of the same kind in the governing clause: "a car bomb exploded"
    is 1832, not only 183."""
    starts = {t.start: i for i, t in enumerate(p.tokens)}
    clause = p.clause[starts[gov.start]]
    for t in found:
        full = t.full or ""
        if p.clause[starts[t.start]] != clause or full == code:
            continue
        # a noun inside the phrase, after its verb: "began a hunger strike"
        inside = gov.start < t.start and t.end <= gov.end and t.code == code[:2]
        inside = inside and t.weight > WEAK and not (len(full) == 3 and full.endswith("0"))
        inside = inside and not premodifier(p, gov, t)  # "repealed the amnesty law": a law
        if (inside and len(full) >= len(code)) or (len(full) > len(code) and full.startswith(code)):
            code = full  # "began a hunger strike": the noun names the kind of strike, 142
    return code


def _complement(
    p: Parse, gov: Trigger, found: list[Trigger], roots: tuple[str, ...] = ()
) -> Trigger | None:
    """The first trigger after ``gov`` in its clause or a complement clause."""
    tokens = p.tokens
    starts = {t.start: i for i, t in enumerate(tokens)}
    own, stop = p.clause[starts[gov.start]], conjunct_start(p, gov)
    # the verb's own clause or a "that" clause under it, no relative clause on a noun; no new
    # main clause (", and the government cut ties" is its own act), nor a done conjunct's
    after = [
        t
        for t in found
        if t.start >= gov.end
        and t.weight > WEAK
        and t.start - gov.end < 80
        and p.kind(starts[t.start]) in ("main", "comp")
        and not subject_relative(p, starts[t.start])
        and not new_subject(p, p.clause[starts[t.start]], own)
        and t.start < stop
        and (not roots or t.code in roots)
    ]
    after.sort(key=lambda t: (t.start, -(t.end - t.start)))
    return after[0] if after else None


def _complement_from(found: list[Trigger], start: int) -> Trigger | None:
    """The first trigger stronger than a reporting verb's that starts at or after ``start``."""
    after = [t for t in found if t.start >= start and t.weight > WEAK]
    return min(after, key=lambda t: (t.start, -(t.end - t.start))) if after else None
