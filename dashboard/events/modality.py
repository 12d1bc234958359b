"""Polarity, modality and re-coding of a matched trigger, in the sense of ACE's event annotation.

- ``negated``: a negation before the verb ("did not fire", "never fought", "no clashes were
  reported") or a negating verb above it ("denied that", "failed to", "refrained from").
- ``hypothetical``: speculation by others ("analysts said the army could invade", "officials
  fear militants may attack") or an event inside a condition ("if talks collapse").
- ``planned``: scheduled events ("were expected to take part", "is due to visit").
- A stated future act is itself an event (CAMEO 1.1b3 §03, §13): "will give aid" is 033, "will
  attack if…" 138; a governor re-codes its complement: "urged X to release" 0253 (``embed.csv``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.clause_words import _ADVERBS, AUX, MODALS, Parse
from dashboard.events.denied_intent import denied_intention
from dashboard.events.feared_acts import feared_gerund
from dashboard.events.lexicon import Lexicon, Match, word_class
from dashboard.events.proposed_acts import proposed_act
from dashboard.events.tokens import tokenize, verb_forms
from dashboard.events.trigger import WEAK, Trigger
from dashboard.events.verb_flags import window_flags

FLAGS = ("negated", "hypothetical", "planned")
COOPERATION = ("04", "05", "06", "07", "08", "09")  # a promise of these is 03
_CONFLICT = ("14", "15", "16", "17", "18", "19", "20")  # a promise of these is a threat, 13


def recode(governor: str, code: str, lex: Lexicon) -> str:
    """The code of ``governor`` ("02", "03", "10", "12", "13") over a complement coded ``code``.

    >>> recode("02", "0841", load())  # appeal for the release of persons
    '0253'
    """
    if governor in ("03", "03v") and code[:2] in _CONFLICT:
        governor = "13"  # a vow to attack is a threat, not an intent to cooperate
    if governor.rstrip("v") in ("02", "03", "10", "12") and code[:2] == "03":
        # "rejected a government offer to hold talks": an offer turned down is a rejection
        # of the act offered (§036 offer to meet -> §125), as §12's sub-codes mirror §03's;
        # so are §02's and §10's: an act the lexicon codes as its intent ("settle|resolve *
        # dispute" §037) sought by an appeal or a demand is that act sought ("urged both
        # sides to settle the dispute" §027, "demanded that they settle the row" §107), and
        # promised it is that intent, not the bare §030 ("pledged to settle the row" §037)
        code = offered_act(code, lex) or code
    return embedded(governor.rstrip("v"), code, lex) or governor + "0"


def offered_act(code: str, lex: Lexicon) -> str | None:
    """The act an intent code (§03) is an intent to do, read backwards from ``embed.csv``'s
    §03 rows; None for the bare §030 or a code the table does not name.

    >>> offered_act("036", load())  # intent to meet or negotiate: the meeting
    '04'
    """
    return next(
        (comp for (gov, comp), res in lex.embed.items() if gov == "03" and res == code), None
    )


def embedded(governor: str, code: str, lex: Lexicon) -> str | None:
    """The ``embed.csv`` result for ``governor`` over ``code``, its longest prefix first;
    None when the table has no row for the pair.

    >>> embedded("11", "190", load())  # accused of an offensive: of aggression
    '1123'
    """
    for n in range(len(code), 1, -1):
        hit = lex.embed.get((governor, code[:n]))
        if hit:
            return hit
    return None


def intent_code(code: str, lex: Lexicon) -> str:
    """A future act stated by its actor: intent to cooperate (03) or a threat (13)."""
    if code[:2] in COOPERATION:
        return recode("03", code, lex)
    if code[:2] in _CONFLICT:
        return recode("13", code, lex)
    return code


# roots whose event is the telling: statements (§01: "announce consideration of a policy
# option", §014), intents (§03) and threats (§13); §017 symbolic act is done, not told
_TOLD_ROOTS = ("01", "03", "13")


# (start, end, ISO2) of a country, a capital standing for its government, or an actor with
# a country, in article offsets: the sides a sentence names
Side = tuple[int, int, str]


def told_statement(
    text: str, main: Trigger, trigs: list[Trigger], sides: Sequence[Side] = ()
) -> bool:
    """``main`` is a statement, a stated intent or a threat of the speaker's own, whose future
    sits in the complement of a reporting verb told in the past before it ("said last week
    that it would review the deal", "said on Monday it would strike the port"): the event is
    the telling, made when told (CAMEO 1.1b3 §03, §13; ACE 2005: the reporting event is an
    event of its own), not the review or the strike it announces, which is still to come.
    The complement's subject is a pronoun that can take the speaker back; another subject
    ("officials said troops would shell the town") tells someone else's act still to come,
    unless it is the threat's target ("said Ukraine would face consequences"), which may
    also be told before its reporting clause ('"Ukraine will pay dearly," Moscow said').
    A subject naming the speaker's own state (``sides``: "Putin said Russia will strike",
    "Iran's foreign minister said Tehran would retaliate") takes the speaker back as a
    pronoun does (``_own_state_again``)."""
    code = main.full or main.code
    if code[:2] not in _TOLD_ROOTS or code.startswith("017") or main.weight <= WEAK:
        return False
    target_side = code[:2] == "13" and _TARGET_SIDE.match(main.text) is not None
    # "Peskov said Russia would respond to the strikes": a reprisal still kept as a threat
    # (no one else's forecast, ``onlookers.foretold_by``) is voiced by its side, whose
    # spokesperson the speaker is even when no list knows him (CAMEO 1.1b3 §13 is a verbal act)
    reprisal = code[:2] == "13" and any(
        t.keys & word_class("REPRISAL_ACT") for t in tokenize(main.text)
    )
    return any(
        t.weight == WEAK
        and t.code == "01"
        and _past(t.text)
        and (
            (
                t.end <= main.start
                and (
                    _SPEAKER_AGAIN.search(text, t.end, _past_modal(main)) is not None
                    or target_side
                    or reprisal
                    or _own_state_again(text, t, main, sides)
                )
            )
            # '"Ukraine will pay dearly," the Kremlin said': the reporting clause after it
            or (target_side and t.start >= main.end)
        )
        for t in trigs
    )


def others_act_told_after(text: str, s: int, main: Trigger, said_at: list[int]) -> bool:
    """The future act ``main`` of the sentence at ``s`` is someone else's, told before the
    reporting clause that dates the saying ("East African leaders will meet in Nairobi next
    week, Kenya's foreign ministry said on Tuesday"): every saying's date at ``said_at``
    comes after the trigger, and the act's subject is no pronoun taking the speaker back
    ('"We will meet next week," the minister said on Tuesday') nor a threat's target
    ("Israel will face consequences, Iran said on Tuesday"). Such an act keeps its own date
    and stays planned, as "officials said troops would shell the town" does (see
    ``told_statement``); the saying's day dates only the saying (ACE 2005)."""
    if not said_at or any(at < main.end for at in said_at):
        return False
    code = main.full or main.code
    if code[:2] == "13" and _TARGET_SIDE.match(main.text) is not None:
        return False
    return _SPEAKER_AGAIN.search(text, s, main.end) is None


# a warning told from its target's side ("said Ukraine would face consequences"): the
# repercussions are the speaker's threat, whoever the complement's subject is (cameo.csv §130)
_TARGET_SIDE = re.compile(
    r"(?:would|will|'ll|shall)\s+(?:\w+\s+)?(?:face|suffer|bear|pay)\b", re.IGNORECASE
)


# the complement's subject: a personal pronoun before its modal ("that it would", "he will")
_SPEAKER_AGAIN = re.compile(r"\b(?:it|he|she|they|we|I)\s+(?:would|will|'d|'ll)\b")


# between a reporting verb and its complement's subject; between that subject and the act
_TO_SUBJECT = re.compile(r"\s+|\s[^.;:\"“”]*?\bthat\s+")
_TO_MODAL = re.compile(r"\s+(?:would|will|'d|'ll)\b")


def _past_modal(main: Trigger) -> int:
    """Where the act's verb starts: past the modal a row opens on ("will retaliate", cameo.csv
    §130), so that "said it will retaliate" finds its "it will" as "said it will strike" does."""
    first = main.text.split()[0].lower() if main.text.split() else ""
    return main.start + len(first) if first in ("will", "would", "shall", "'ll") else main.start


def _own_state_again(text: str, said: Trigger, main: Trigger, sides: Sequence[Side]) -> bool:
    """The complement of the reporting verb ``said`` opens on a state (its name or its
    capital, a metonym) that a side named before the verb belongs to, and the modal of
    ``main`` follows it: the speaker's own state acting, as "it would" is ("Putin said
    Russia will strike", "Iran's foreign minister said Tehran would retaliate"). The state
    is the speaker's own, so a stated intent of it is CAMEO 1.1b3's telling (§03, §13); a
    speaker of another state ("Zelensky said Russia will strike") tells someone else's act."""
    speakers = {code for a, b, code in sides if b <= said.start}
    return any(
        code in speakers
        and _TO_SUBJECT.fullmatch(text, said.end, a) is not None
        and _TO_MODAL.match(text, b, _past_modal(main)) is not None
        for a, b, code in sides
        if said.end <= a and b <= main.start
    )


def _past(words: str) -> bool:
    forms = verb_forms(words.split()[0].lower()) if words.split() else None
    return forms is not None and "VBD" in forms[1]


def local_flags(p: Parse, m: Match, lex: Lexicon) -> set[str]:
    """Flags of a trigger that is not the governing verb: cues just before it in its clause,
    after the "and" or "but" that opens its own verb group (see ``new_group``)."""
    lo = max(p.opening(m.first), m.first - 3)
    if lo > p.opening(m.first) and p.tokens[lo - 1].lower == "no" and p.tokens[lo].lower == "one":
        lo -= 1  # "no one has been charged": one negative pronoun (Quirk et al. 1985 §6.62), as "nobody"
    for k in range(lo, m.first):
        if new_group(p, k):
            lo = k + 1
    flags = window_flags(p.tokens, lo, m.first, lex)
    if p.kind(m.first) == "cond" or _awaited(p, m.first) or _suspected_of(p, m.first, lex):
        flags.add("hypothetical")
    if feared_gerund(p, m.first, lex):
        flags.add("hypothetical")  # "who feared being deported" (``feared_acts``)
    if proposed_act(p, m.first):
        flags.add("hypothetical")  # "filed a motion to impeach the governor" (``proposed_acts``)
    if denied_intention(p, m.first):
        flags.add("negated")  # "had no intention of going to war" (``denied_intent``)
    return flags


def _suspected_of(p: Parse, i: int, lex: Lexicon) -> bool:
    """Is the trigger at ``i`` the gerund of a belief word's "of" ("was suspected of cutting",
    "in hopes of locking up")? What a party is suspected of, or hoped for, is held possible by the
    suspecting source, not asserted (FactBank 1.0, Sauri and Pustejovsky 2009: PS/U under a
    belief predicate); the governing verb reads it so for a main clause, and this reads it
    inside an "after" or "when" clause, where that verb is another's."""
    if i < 2 or p.tokens[i - 1].lower != "of" or "VBG" not in p.tokens[i].tags:
        return False
    return bool(p.tokens[i - 2].keys & lex.words("speculate"))


def _awaited(p: Parse, i: int) -> bool:
    """Is the trigger at ``i`` in an "until" clause after a refusal or a negated modal ("would
    not send back its envoy until Bogota apologized", "refused to resume talks until the
    troops withdrew")? Quirk et al. 1985 §15.27: with a negative main clause, "until" names
    the condition whose fulfilment the main clause awaits, so its act has not happened."""
    opener = _until_opener(p, i)
    if opener is None:
        return False
    before = [t.lower for t in p.tokens[max(0, opener - 12) : opener]]
    for k, word in enumerate(before[:-1]):
        if word in _REFUSING_MODALS and before[k + 1] in ("not", "n't", "never"):
            return True
        if word in ("refuse", "refused", "refuses", "vowed", "vows", "pledged") and (
            before[k + 1] in ("to", "not")
        ):
            return True
    return False


_REFUSING_MODALS = frozenset("will would wo shall should can could".split())


def _until_opener(p: Parse, i: int) -> int | None:
    """The "until" or "till" that opens the clause of the trigger at ``i``, looking past an
    appositive between commas on its subject ("until a civilian hostage, Arbel Yehud, was
    freed": a non-restrictive apposition is parenthetic, Quirk et al. 1985 §17.65, and does
    not end the clause); None when the clause opens otherwise."""
    opener = p.opening(i)
    if opener > 0 and p.tokens[opener].lower in ("until", "till"):
        return opener
    for k in range(i - 1, max(0, i - 12), -1):
        tok = p.tokens[k]
        if tok.lower in ("until", "till"):
            return k if k > 0 else None
        # the trigger's own auxiliaries ("was freed") belong to its verb group
        if (tok.boundary and tok.text != ",") or (k in p.verbs and tok.lower not in AUX):
            return None
    return None


# finite operators: a verb group that opens with one has its own polarity and modality
_FINITE_OPERATORS = AUX - {"be", "been", "being", "have", "having", "do"}
_BARE_OPERATORS = MODALS | {"do", "does", "did"}


def new_group(p: Parse, k: int) -> bool:
    """ "and" or "but" at ``k`` opens a verb group of its own, outside the scope of the
    negation or modal before it: negation and modals scope over their own clause, from the
    operator on (Quirk et al. 1985 §10.64 ff.), and a coordinated predicate shares them only
    when the operator is left out and the second verb could follow it ("may attack and
    seize", "had not attacked and seized"). It does not when the second group has its own
    operator ("fired tear gas but did not disperse") or a past or present form that the
    operator before it cannot take ("did not fire but dispersed", "might attack and sent",
    "warned that floods may hit and urged": a modal or "do" takes a bare verb)."""
    tokens = p.tokens
    if tokens[k].lower not in ("and", "but") or k + 1 >= len(tokens):
        return False
    j = k + 1
    while j < len(tokens) and tokens[j].lower in _ADVERBS and tokens[j].lower not in ("not", "n't"):
        j += 1
    if j >= len(tokens) or p.clause[j] != p.clause[k]:
        return False
    t = tokens[j]
    if t.lower in _FINITE_OPERATORS:
        return True
    if j not in p.verbs or t.tags & {"VB", "VBP"} or not t.tags & {"VBD", "VBZ"}:
        return False
    op = _operator(p, k)
    return op is None or op in _BARE_OPERATORS


def _operator(p: Parse, k: int) -> str | None:
    """The operator (first auxiliary) of the verb group before ``k`` in its clause, None
    when that group has none ("fired")."""
    tokens = p.tokens
    for i in range(k - 1, max(p.opening(k), k - 10) - 1, -1):
        if i in p.verbs and tokens[i].lower not in AUX:
            j = i - 1
            op = None
            while j >= 0 and (tokens[j].lower in AUX or tokens[j].lower in _ADVERBS):
                if tokens[j].lower in AUX:
                    op = tokens[j].lower
                j -= 1
            return op
    return None


def apart(p: Parse, lo: int, hi: int) -> bool:
    """A new verb group (``new_group``) opens between tokens ``lo`` and ``hi``."""
    return any(new_group(p, k) for k in range(lo + 1, hi))


def public(flags: set[str] | frozenset[str]) -> tuple[str, ...]:
    """The flags the event record carries, in a fixed order."""
    return tuple(f for f in FLAGS if f in flags)


# CAMEO 1.1b3's roots whose coded event is the telling itself: a stated intent (§03) and a
# threat (§13) are made when said, whatever date the act they name has
_STATEMENT_ROOTS = ("03", "13")


def act_date_spans(
    text: str,
    main: Trigger,
    trigs: list[Trigger],
    spans: list[tuple[int, int]],
    sides: Sequence[Side] = (),
) -> list[tuple[int, int]] | None:
    """Of ``spans`` (date phrases of ``main``'s sentence, article offsets), those that date the
    act a told intent or threat names, not its telling: the ones inside the reported clause
    ("said on Monday that it would launch a satellite next month": "next month"). None when
    ``main`` is no intent or threat told by a reporting verb (``told_statement``), so its
    own dates stand; an empty list when every date is the telling's ('"Ukraine will pay
    dearly," the Kremlin said on Thursday')."""
    code = main.full or main.code
    if code[:2] not in _STATEMENT_ROOTS or not told_statement(text, main, trigs, sides):
        return None
    after = [t.start for t in trigs if t.weight == WEAK and t.code == "01" and t.start >= main.end]
    stop = min(after, default=len(text))  # a reporting clause after it holds its own date
    return [(a, b) for a, b in spans if main.start <= a < stop]
