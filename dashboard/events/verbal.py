"""Verbal readings of the CAMEO coder: denials, warnings, offers and threats told in words.

Each function reads one construction whose code the CAMEO 1.1b3 manual's definitions decide
and a trigger's row alone cannot: a denial's clause (§016), a warning with no act (§012 against
§130), a deployment offered (§0334), "do X or face Y" (§13), a conditional offer (§03), "the
threat of a downturn" and "no evidence of X". The word lists are ``classes.csv`` rows
(``EVIDENCE``, ``OR_FACE``, ``REPRISAL``, ``OFFER``). ``cameo.py`` calls them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class
from dashboard.events.modality import COOPERATION
from dashboard.events.tokens import Token
from dashboard.events.trigger import WEAK
from dashboard.events.warned_own_move import own_move_warned

if TYPE_CHECKING:
    from collections.abc import Sequence

    from dashboard.events.trigger import Trigger

# the words after "deny" that open the clause it denies ("denied that", "denied it had"), or
# end a row that reads the clause's subject up to its auxiliary ("denied its troops had":
# a finite clause, so the object of "deny" is the proposition, not the troops)
_DENIED_CLAUSE = frozenset("that it he she they having being had has have was were".split())


def denial(m: Match) -> bool:
    """A row of CAMEO 1.1b3 §016 (deny responsibility)."""
    return m.rule.code == "016"


def denied(p: Parse, found: list[Trigger]) -> list[Trigger]:
    """What a denial's clause tells after it ("denied it had supplied weapons") is negated
    (ACE 2005 polarity: a negating predicate above the event), up to a coordinated clause of
    its own ("… and said it had expelled the vessel": NegEx's scope ends at the boundary);
    the denial itself stands."""
    deny = [t for t in found if t.full == "016" and t.text.split()[-1].lower() in _DENIED_CLAUSE]
    if not deny:
        return found
    start = min(t.end for t in deny)
    stop = _coordinated(p, start)
    return [
        replace(t, flags=tuple(sorted({*t.flags, "negated"})))
        if start <= t.start < stop and t.full != "016"
        else t
        for t in found
    ]


def _coordinated(p: Parse, after: int) -> int:
    """The offset of the first "and"/"but" after ``after`` that opens a clause with a verb of
    its own ("and said", "but it said"); the end of the text when there is none."""
    tokens = p.tokens
    for k, t in enumerate(tokens[:-1]):
        if t.start < after or t.lower not in ("and", "but", ";"):
            continue
        nxt = k + 2 if tokens[k + 1].lower in _PRONOUN_SUBJECTS else k + 1
        if nxt in p.verbs:
            return t.start
    return tokens[-1].end + 1 if tokens else 0


_PRONOUN_SUBJECTS = frozenset("it he she they we".split())


def no_evidence(tokens: list[Token], found: list[Trigger]) -> list[Trigger]:
    """ "found no evidence of genocide", "no sign that troops had crossed": what follows "no" +
    an ``EVIDENCE`` word + "of"/"that" is negated (FactBank: counterfactual for its source)."""
    evidence = word_class("EVIDENCE")
    for i in range(len(tokens) - 2):
        a, b, c = tokens[i], tokens[i + 1], tokens[i + 2]
        if a.lower == "no" and b.keys & evidence and _denied_link(tokens[i + 2 :]):
            # "no indication the shooting was linked to extremism": the definite "the
            # shooting" is presupposed (Karttunen 1973), only its link is denied, and a
            # link is no CAMEO act: nothing in that clause is a card, negated or not
            return [t for t in found if t.start < b.end]
        # "no truth to reports of fighting", "no basis for the claims that"
        if a.lower == "no" and b.keys & evidence and c.lower in ("of", "that", "to", "in", "for"):
            return [
                replace(t, flags=tuple(sorted({*t.flags, "negated"}))) if t.start >= c.end else t
                for t in found
            ]
    return found


_LINK_PREPOSITIONS = frozenset("to with by".split())


def _denied_link(after: Sequence[Token]) -> bool:
    """Whether the clause after "no evidence" asserts a link of one thing to another ("the
    fire was connected to an attack", "tied to a militant group"): a ``LINKED`` word in the
    passive ("was"/"were"/"is" right before it) followed by "to"/"with"/"by", before any comma, relative pronoun or sentence end."""
    linked = word_class("LINKED")
    for k in range(1, len(after) - 1):
        # the link must be the predicate of the clause right after the cue, not of a
        # relative or later clause ("no sign that soldiers attacked the convoy, which was
        # linked to …" denies the attack)
        if after[k].lower in (".", ";", ",", "which", "who"):
            return False
        if (
            after[k].keys & linked
            and after[k - 1].lower in ("was", "were", "is", "are", "been", "be")
            and after[k + 1].lower in _LINK_PREPOSITIONS
        ):
            return True
    return False


_VERIFY = frozenset("verify confirm corroborate".split())
_UNABLE = frozenset("not unable cannot n't".split())


def unverified(tokens: list[Token], found: list[Trigger]) -> list[Trigger]:
    """What an unconfirmed report tells ("According to unconfirmed reports, rebels executed",
    "unverified videos showed"), and what is only claimed when the reporter adds it could
    not verify it ("Posts claimed that troops had massacred villagers, but Reuters could not
    verify the footage"), is at most possible: those triggers after the cue gain
    "hypothetical" (FactBank PS; classes.csv ``UNCONFIRMED``, ``REPORT_NOUN``, ``CLAIM``). A
    bare disclaimer after an official's report ("officials said …; Reuters could not verify")
    leaves the report's act as told."""
    unconfirmed, carrier, claim = (
        word_class("UNCONFIRMED"),
        word_class("REPORT_NOUN"),
        word_class("CLAIM"),
    )
    cue = next(
        (
            tokens[i + 1].end
            for i in range(len(tokens) - 1)
            # a test of no common word, not an intersection built a token (issue 15)
            if not tokens[i].keys.isdisjoint(unconfirmed)
            and not tokens[i + 1].keys.isdisjoint(carrier)
        ),
        None,
    )
    if cue is None:
        claimed = next((t.end for t in tokens if not t.keys.isdisjoint(claim)), None)
        doubted = any(
            not t.keys.isdisjoint(_VERIFY)
            and any(u.lower in _UNABLE for u in tokens[max(0, k - 3) : k])
            for k, t in enumerate(tokens)
        )
        cue = claimed if doubted else None
    found = _disputed(tokens, found, claim)
    if cue is None:
        return found
    return [
        replace(t, flags=tuple(sorted({*t.flags, "hypothetical"}))) if t.start >= cue else t
        for t in found
    ]


_DISPUTE = frozenset("deny dispute reject refute contest".split())
_ACCOUNT = frozenset("allegation assertion account version".split())  # a told version of events
_ALLEGING = "11"  # CAMEO 1.1b3 root 11 disapprove: accuse, criticise (the claim made)
# CAMEO 1.1b3 §015 acknowledge or claim responsibility: the claim made is the act coded, as an
# accusation is; "…, a claim the hotel's owners denied" disputes what it says, not its making
_CLAIMING = "015"


def _disputed(tokens: list[Token], found: list[Trigger], claim: frozenset[str]) -> list[Trigger]:
    """``found`` with the acts told before an appositive claim that another party disputes
    ("Pakistan said it shot down five jets, a claim India did not confirm", "…, an
    allegation Kyiv denied") made "hypothetical": the sentence itself says the act is only
    claimed (FactBank 1.0: a source's assertion countered by another is at most possible,
    PS/U); the report ("said") stays as told."""
    for i in range(len(tokens) - 3):
        if tokens[i].lower != ",":
            continue
        # (not "…, which Moscow denied": a denial the report only records for balance leaves
        # the act as the first source told it, as ACLED codes a reported airspace violation)
        if tokens[i + 1].lower in ("a", "an") and tokens[i + 2].keys & (claim | _ACCOUNT):
            rest = tokens[i + 3 : i + 9]
        else:
            continue
        # "a claim Kyiv did not deny" lets the claim stand: only an unnegated dispute counts
        refuted = any(
            t.keys & _DISPUTE and not any(u.lower in _UNABLE for u in rest[:k])
            for k, t in enumerate(rest)
        )
        unconfirmed = any(t.keys & (_VERIFY | {"confirm"}) for t in rest) and any(
            t.lower in _UNABLE for t in rest
        )
        if refuted or unconfirmed:
            cut = tokens[i].start
            # "Guyana accused Venezuela of sending troops, an allegation Caracas rejected":
            # the accusation was made (CAMEO 1.1b3 §112 codes the allegation itself); only
            # what it alleges is disputed
            return [
                replace(t, flags=tuple(sorted({*t.flags, "hypothetical"})))
                if t.start < cut
                and t.weight > WEAK
                and t.code != _ALLEGING
                and (t.full or t.code) != _CLAIMING
                else t
                for t in found
            ]
    return found


def risk(p: Parse, m: Match, matches: list[Match]) -> bool:
    """The noun "threat of" naming no act after it in its clause ("faces the threat of a
    downturn"): a risk, with no one threatening (CAMEO 1.1b3 §130 needs a threatener and an
    act threatened); "the threat of sanctions" keeps its act."""
    tokens = p.tokens
    k = m.last + 1
    if m.rule.kind != "N" or "threat" not in tokens[m.first].keys or k >= len(tokens):
        return False
    if tokens[k].lower != "of":
        return False
    return not any(o.first > k and p.clause[o.first] == p.clause[k] for o in matches)


def conditional_offer(p: Parse, code: str) -> bool:
    """A cooperative act promised "if" the other does something ("would lift sanctions if
    the election was free"), or a deployment "if" a body approves or asks for it: a
    conditional offer, CAMEO 1.1b3 §03, not a threat; "unless" makes the act the price of
    refusal, a threat (§13)."""
    if any(t.lower == "unless" for t in p.tokens):
        return False
    if code[:2] in COOPERATION:
        return True
    # "would send troops to Haiti if the Security Council approved a mission": a deployment
    # on another's leave is offered (§0334 peacekeeping), not threatened: no one is coerced
    k = next((i for i, t in enumerate(p.tokens) if t.lower == "if"), None)
    return (
        code[:2] == "15"
        and k is not None
        and any(t.keys & _PERMIT for t in p.tokens[k + 1 : k + 12])
    )


_PERMIT = frozenset("approve authorize authorise allow permit request invite mandate".split())


def or_face(p: Parse, gov: Trigger) -> int | None:
    """Where the penalty starts in "do X or face Y" after the governing trigger ("or face",
    "or risk", "or else" of the ``OR_FACE`` class); None when there is none."""
    penalty = word_class("OR_FACE")
    tokens = p.tokens
    for k in range(len(tokens) - 1):
        if tokens[k].start >= gov.end and tokens[k].lower == "or" and tokens[k + 1].keys & penalty:
            return tokens[k + 1].end
    return None


_CONTENT = frozenset("of about that".split())
# a row that opens on a negation names a refusal or a warning: the negation is the act
NEGATIONS = frozenset("not n't never".split())


_DATED = frozenset({"on", "last", "this", "earlier"})  # "on Friday", "last week", "earlier today"


def forecast(p: Parse, gov: Trigger) -> bool:
    """A warning with no act in it and no addressee ("warned of dark clouds over the economy",
    "warned that the economy faced a recession"): CAMEO 1.1b3 §130 is a warning "with serious
    potential repercussions" from its source, so one that names no act and none of the
    ``REPRISAL`` class ("consequences", "a harsh response", "pay dearly") is §012, a
    pessimistic comment. Called only when the warning has no complement trigger."""
    first = next(i for i, t in enumerate(p.tokens) if t.start == gov.start)
    tokens = p.tokens
    if "warn" not in tokens[first].keys or first + 1 >= len(tokens):
        return False
    nxt = first + 1
    if tokens[nxt].lower in _DATED and nxt + 2 < len(tokens):
        nxt += 2  # "warned on Friday that the toll could rise": the day is the warning's
    if tokens[nxt].lower not in _CONTENT:
        return False  # "warned Hezbollah that…": a warning aimed at an addressee
    # "warned that it would act if the looting continued": the warner's own move, a threat
    return not reprisal_named(tokens[first + 1 :]) and not own_move_warned(tokens[nxt:])


def postposed_forecast(p: Parse, at: int, pairs: Sequence[tuple[object, Trigger]]) -> bool:
    """Is the warning verb at token ``at``, the verb of the sentence's closing frame
    (``warner_frame.closing_warner``: "Thousands could flee in the coming weeks, aid groups
    warned."), alone with no other trigger and no reprisal (``REPRISAL``) in the clause
    before it? Then the warning threatens nothing of the warner's own: a pessimistic
    comment (CAMEO 1.1b3 §012), as ``forecast`` reads "warned that …" with none."""
    tokens = p.tokens
    # an act inside the fronted condition ("If the fighting continues, …") is supposed, not
    # warned of as the warner's move (Quirk et al. 1985 §15.33: an open condition)
    starts = {t.start: k for k, t in enumerate(tokens)}
    # a trigger off a token boundary has no clause kind of its own: skipped, not given token
    # 0's ("cond" whenever the sentence opens with "If")
    if any(
        t.start in starts
        and t.start != tokens[at].start
        and t.weight > WEAK
        and p.kind(starts[t.start]) != "cond"
        for _, t in pairs
    ):
        return False
    return not reprisal_named(tokens[:at]) and not reprisal_named(tokens[at + 1 :])


_PAID_REACH = 3  # words between "pay"/"cost" and its price ("pay a very heavy price")


def reprisal_named(tokens: Sequence[Token]) -> bool:
    """Whether ``tokens`` name a reprisal: a ``REPRISAL`` word ("consequences", "a harsh
    response"), or a ``PAID_REPRISAL`` word within ``_PAID_REACH`` words after a ``PAID_BY``
    verb ("will pay a heavy price", "will cost them dearly"); "Prices could rise" names none."""
    reprisal, paid, payer = (
        word_class("REPRISAL"),
        word_class("PAID_REPRISAL"),
        word_class("PAID_BY"),
    )
    return any(
        t.keys & reprisal
        or (t.keys & paid and any(u.keys & payer for u in tokens[max(0, k - 1 - _PAID_REACH) : k]))
        for k, t in enumerate(tokens)
    )


def offered(p: Parse, gov: Trigger) -> bool:
    """The governing verb gives what follows to another (the ``OFFER`` class: "offered",
    "pledged", "promised"): a deployment so offered is military protection for the one it is
    offered to, CAMEO 1.1b3 §0334, not a threat (§138 needs force threatened against a
    target); "vowed" or "threatened to deploy" stay threats."""
    first = next(i for i, t in enumerate(p.tokens) if t.start == gov.start)
    return bool(p.tokens[first].keys & word_class("OFFER"))
