"""An event's own stretch of its clause (``own_stretch``): the clause cut where it turns to
what its event answered or followed, to a saying, a charge or a topic, or to another act
joined by "and" that the lexicon codes under other roots.
"""

from __future__ import annotations

import re

from dashboard.events.lexicon import load
from dashboard.events.narrative import family_of
from dashboard.events.place_cues import _VERBAL, Span
from dashboard.events.prefilter import gated
from dashboard.events.segments import joined_subject_at
from dashboard.events.setting_after import setting_after
from dashboard.events.tokens import verb_forms

# where a clause turns to the happening its event answered or followed: the places after it
# are that happening's ("a response to the strike on its consulate in Damascus")
ANSWERED = gated(
    r"\b(?:(?:in|a|as a|in direct) response to|(?:in )?retaliation (?:for|against)|"
    r"(?:in )?revenge for|(?:days?|hours?|weeks?) after|after|following)\s+"
    r"(?=(?:the|a|an|its|their|his|her|last|this|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?-i:[A-Z])[\w-]*)\b"
    # or a clause with a bare subject and a finite verb ("after police raided its embassy in
    # Quito", "after gunmen attacked"): the cause told, with places of its own
    r"|(?-i:[a-z]+(?:\s+[a-z]+){0,2}\s+(?:[a-z]{3,}ed|was|were|had)\b))",
    re.IGNORECASE,
)


def own_stretch(text: str, trigger_start: int, clause: Span, code: str = "") -> Span:
    """``clause`` up to where it turns to what its event answered or followed ("... in
    response to the strike on its consulate in Damascus"): that happening's places and
    actors are not this one's. With the event's ``code``, also up to a second verb phrase
    of another kind joined by "and" ("declared an emergency in ten provinces and visited
    Adana": Adana is the visit's); one of the same kind ("shelled the town and killed
    twelve in Izium") is the same happening told on."""
    end = clause[1]
    answered = ANSWERED.search(text, trigger_start, end)
    if answered is not None and not setting_after(text, answered.start()):
        end = answered.start()  # a gathering after "after" is the act's scene: kept
    turn = _BUT_AFTER.search(text, trigger_start, end)
    if turn is not None:
        end = turn.start()  # "…, but Ukraine accused Russia of violating it": another act
    added = _ADDED_AFTER.search(text, trigger_start, end)
    if added is not None and code.startswith("DIS-"):
        end = added.start()  # "declared an outbreak, along with cases in Russia": elsewhere
    said = SAYING_AFTER.search(text, trigger_start, end)
    if said is not None:
        end = said.start()
    charge = CHARGE.search(text, max(clause[0], trigger_start - 40), end)
    if charge is not None and charge.start("cut") > trigger_start:
        end = charge.start("cut")  # "executed a man convicted of spying for Israel"
    if code[:2] in _VERBAL:
        topic = TOPIC.search(text, trigger_start, end)
        if topic is not None:
            end = topic.start()
    # "…, and Washington sent two carriers to the area": another clause, its own act
    end = joined_subject_at(text, trigger_start, end)
    if code[:2].isdigit():
        for m in _AND_VERB.finditer(text, trigger_start, end):
            if m.start() - trigger_start > 12 and _another_act(m["verb"], code):
                return clause[0], m.start()
    return clause[0], end


def said_stretch(text: str, trigger_start: int, clause: Span) -> Span:
    """The stretch of ``clause`` (article offsets) from a participle of saying or judging
    after the trigger to the clause's end (", saying they act in solidarity with
    Palestinians in Gaza"): what the subject said, whose names are no side of the act nor a
    country to place it in (Quirk et al. 1985 §15.58: a supplementive clause of comment).
    ``(clause[1], clause[1])``, empty, when there is none."""
    said = SAYING_AFTER.search(text, trigger_start, clause[1])
    return (said.start(), clause[1]) if said is not None else (clause[1], clause[1])


# a participle of saying after the event ("seized the ship, saying they acted for the
# Palestinians in Gaza"): what follows is what was said, so its places are not the event's
# (the reporting clause of ACE 2005's event guidelines; SAID_IN does this for "said in")
_BUT_AFTER = re.compile(r",\s+(?:but|yet|while|whereas)\s")
# "announced an outbreak on Monday, along with cases in Russia": after a hazard (EM-DAT's
# types, the reader's DIS- codes), a comma and an additive preposition (Quirk et al. 1985
# §9.58: "besides", "along with", "as well as") open what is told besides it, other cases
# elsewhere, whose places are not the hazard's. Only hazards: after an act the phrase may
# be its second object ("promised treatment, as well as aid to the Benghazi hospital")
_ADDED_AFTER = re.compile(
    r",\s+(?:along\s+with|as\s+well\s+as|in\s+addition\s+to|besides|alongside)\s", re.IGNORECASE
)
# "condemned the attack and said it had warned German officials": a coordinated verb of
# saying opens a clause of its own whose content is what was said (Quirk et al. 1985
# §13.5, coordinated predicates), so the officials it names are no side of the condemnation
SAYING_AFTER = re.compile(
    r",\s+(?:saying|adding|claiming|arguing|insisting|stressing|warning|vowing|accusing)\b"
    # a participle that names or judges something after the act ("recalled its envoy,
    # calling the strike in Balochistan a violation", ", citing the killing of a student in
    # Kampala"): a supplementive clause of the subject's comment (Quirk et al. 1985 §15.58),
    # whose places are what was judged, not where the act was done
    # ("calling on the government to act" names an addressee, the appeal's target: kept)
    r"|,\s+(?:calling(?!\s+(?:on|upon)\b)|citing|describing|branding|labell?ing|terming|"
    r"blaming|denouncing|condemning)\s"
    r"|\s(?:and|but)\s+(?:also\s+)?(?:said|says|added|adds|stated)\b"
)
# what someone was convicted, sanctioned or arrested for ("convicted of spying for Israel",
# "sanctioned for supplying drone parts to Iran"): the charge's places are not the event's
CHARGE = gated(
    r"\b(?:convicted|accused|charged|sentenced|jailed|executed|arrested|detained|sanctioned|"
    r"punished|fined|blacklisted|indicted|targeted)\b[^.;]{0,60}?"
    r"\b(?P<cut>(?:of|for|with|over)\s+(?:\w+\s+)?\w+ing)\b",
    re.IGNORECASE,
)
# what a meeting, a statement or a protest note is about: the places after it are the
# topic's ("met to discuss the fighting in Sudan", "summoned the envoy over the detention of
# a writer in Beijing"), not where the talking was (ACLED codes a meeting where it was held)
TOPIC = gated(
    r"\b(?:to\s+(?:discuss|debate|review|address|talk\s+about|consider)|about|regarding|"
    r"in\s+protest\s+(?:at|against|over)|"
    # a deal's terms ("brokered a deal under which a corridor through Syunik will link"):
    # what was agreed, not where
    r"under\s+which|whereby|"
    r"concerning|over\s+(?!(?:the\s+)?(?:weekend|past|last|next|coming|course|years?|months?|"
    r"weeks?|days?|summer|winter|spring|autumn|holidays?)\b)(?=(?:the|a|an|its|their|his|her)\s))",
    re.IGNORECASE,
)
_AND_VERB = re.compile(r"\s(?:and|then)\s+(?:then\s+|later\s+|also\s+)?(?P<verb>[a-z]+)\b")


def _another_act(word: str, code: str) -> bool:
    """``word`` is a past verb that the lexicon codes only under roots other than ``code``'s."""
    forms = verb_forms(word)
    if forms is None or "VBD" not in forms[1]:
        return False
    roots = {r.code[:2] for r in load().index.get(forms[0], ()) if r.kind == "V"}
    # one happening told on in its family's words: an attack as an assault or as fighting
    family = family_of(code)
    same = family is not None and family in {family_of(r) for r in roots}
    return bool(roots) and code[:2] not in roots and not same
