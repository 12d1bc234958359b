"""A light reader of the verb that governs a date phrase, to tell past from future.

"They met on Monday" and "they will meet on Monday" name different Mondays. The direction
comes from the verb group of the clause holding the phrase, never from a future word
elsewhere in the sentence ("X said Friday that he would ..." is a past Friday).

How: the sentence is cut into clauses at punctuation and at subordinators ("that", "who",
"when" ...). The nearest verb group to the left of the phrase in its clause is read first,
then further left across commas, then to the right; a fronted phrase ("On Monday, the
minister will ...") takes the first verb group to its right instead. Verb forms come from
lemminflect's lexicon, so irregular pasts ("met", "fought") need no list of our own. A capitalised word inside the sentence is a name and a
word after a determiner a noun ("the ground"), never a verb; an infinitive after a verb of
intent ("planned to leave") looks ahead, any other leaves the direction open. Verb forms and
their tags come from ``tokens.verb_forms``, the event coder's own lemminflect reading.

Returns ``("future" | "past" | None, why)``; ``None`` leaves the caller's default.
"""

from __future__ import annotations

import calendar
import re
from functools import lru_cache

from dashboard.events.dates_raising import object_then_infinitive, prior_possessive
from dashboard.events.dates_timetable import (
    DETERMINERS,
    PRONOUNS,
    clock_next,
    faced_proceeding,
    timetable,
)
from dashboard.events.lexicon import sourced_rows
from dashboard.events.prefilter import fold, gated
from dashboard.events.tense_neighbours import after_present_state_verb, object_noun, unagreed
from dashboard.events.tokens import is_noun, verb_forms

# "a would-be bomber" is one adjective (Merriam-Webster would-be adj.), no modal "would"
_TOKEN = re.compile(r"(?i:would-be)|[A-Za-z]+(?:n't|'[a-z]+)?|[,;:()\"“”—–@]|``|''|--")
# a clock time ("3am", "7 a.m.", "23:30"): its "am" is no verb, so it becomes one "@" token
_CLOCK_TIME = re.compile(
    r"\b\d{1,2}(?:[:.]\d\d)?\s*[ap]\.?m\b\.?|\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:noon|midnight)\b",
    re.I,
)
_DIGIT = re.compile(r"\d")
_HARD = frozenset(
    "that which who whom whose where when while because although though whereas if unless "
    "whether ; : \" “ ” — – `` '' --".split()
)
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "won't"})
_MODALS = frozenset(
    {
        "would",
        "could",
        "might",
        "may",
        "should",
        "must",
        "can",
        "ought",
        "wouldn't",
        "couldn't",
        "shouldn't",
        "can't",
        "cannot",
        "'d",
    }
)
_BE_PRESENT = frozenset({"is", "are", "am", "isn't", "aren't", "'re", "'m"})
_BE_PAST = frozenset({"was", "were", "wasn't", "weren't"})
_HAVE = frozenset({"has", "have", "'ve", "hasn't", "haven't", "had", "hadn't", "'d"})
_DO_PAST = frozenset({"did", "didn't"})
_PRESENT_HAVE = frozenset({"has", "have", "'ve", "hasn't", "haven't"})
# Verbs whose object is a time still to come: "set for March", "delayed to Friday",
# "planned to leave on Thursday".
_SCHEDULE = frozenset("schedule plan expect due intend slate".split())
_SCHEDULE_WITH_PREP = frozenset(
    "set postpone delay move reschedule push defer adjourn put bring call".split()
)  # "was delayed to Friday" looks ahead, "was delayed on Friday" does not
# "extended the deadline until Friday": the end of an extension is still to come; only with
# the phrase behind "until"/"to" ("was extended to Poland in March" says nothing ahead)
_EXTEND = frozenset({"extend", "prolong"})
_PLACE_TIME_PREPS = frozenset("for at in on by until till from".split())
_INTENT = _SCHEDULE | frozenset(
    "aim hope want agree vow promise decide threaten prepare seek wish pledge propose "
    "set plan try".split()
)
_ATTEMPT = frozenset({"try", "attempt"})
_EXPECTING = frozenset("expect want intend forecast project predict".split())  # dates_raising
# heads of an infinitive that looks ahead whatever their own tense: scheduling and
# likelihood ("due to", "expected to") and prediction ("forecast to", "projected to",
# "predicted to", "poised to", "slated to": Quirk et al. 1985 §4.49, the future with
# "be" + a participle or adjective + "to"; HeidelTime reads such a verb group as future)
_AHEAD_HEADS = frozenset(
    "going due set expected scheduled ready likely about forecast forecasted projected "
    "predicted poised slated tipped".split()
)
_REPORTING = frozenset({"say", "tell", "report", "announce", "state", "claim", "add"})
# speech verbs whose present tense in news tells a statement already made ("the minister
# says Tuesday he will resign"): the headline or reporting present (Quirk et al. 1985 §4.7)
_SPEECH = frozenset("say tell warn claim insist deny urge add state admit confirm".split())
_TO = frozenset({"for", "to", "until", "till"})
_FRONT = frozenset("on in by at during since until from and but so then also , early late".split())
_PRONOUNS = PRONOUNS
_DETERMINERS = DETERMINERS
_NEGATION = frozenset({"not", "n't", "never", "neither", "nor", "couldn't"})
_DEADLINE = frozenset({"until", "till", "by"})
_PREP = re.compile(r"\b(for|to|until|till|through|on|in|by|at)\s*$", re.I)
# a state that holds now and ends at the date: "the border stays closed until Monday"
_UNTIL = frozenset({"until", "till", "through"})
# a stretch's verb right before "to" its end: "runs to March", "lasts to the end of June"
_RUNS = re.compile(r"\b(?:runs?|ran|running|lasts?|lasted|lasting)\s+(?:to\s*)?$", re.I)
_CLOCK = re.compile(r"\s*\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*$")
_EXPECTED = gated(r"\b(?:as (?:soon|early) as|ahead of|in time for|in the run-up to)\s*$", re.I)
_CONDITION = re.compile(r"\b(?:if|unless)\b[^.;,]*$", re.I)
_SKIP = frozenset(
    "not n't also still already just reportedly allegedly never finally then now again "
    "probably likely expected to be been being have".split()
)


_WEEKDAY_WORDS = frozenset(d.lower() for d in calendar.day_name)


def direction(sentence: str, start: int, end: int) -> tuple[str | None, str]:
    """Past or future for the date phrase at ``sentence[start:end]``, with the verb that says it.

    Example: ``direction("They met on Monday.", 9, 18) == ("past", "'met' is past")``.
    """
    left = _tokens(sentence[:start])
    right = _tokens(sentence[end:], first=False)
    # "Tuesday's earthquake": the mention may hold its possessive ending or stop before it
    possessive = sentence[end : end + 2] in ("'s", "’s") or sentence[start:end].endswith(
        ("'s", "’s")
    )
    first = sentence[start:end].split(" ")[0].lower()
    prep = _PREP.search(_CLOCK.sub("", sentence[:start]))
    after = first if first in _TO | _DEADLINE | {"on"} else prep.group(1).lower() if prep else ""
    if after in _DEADLINE and _CONDITION.search(sentence[:start]):
        # "threatened to protest if the results were not released by Friday": a condition's
        # deadline is still to come when the threat is made
        return "future", f"a deadline ('{after}') in a condition still to come"
    cause = _answered_act(sentence[:start])
    if cause is not None:
        return "past", cause
    if _EXPECTED.search(sentence[:start]):
        return "future", f"'{_EXPECTED.search(sentence[:start]).group().strip()}' looks ahead"  # type: ignore[union-attr]
    soft = _clause_left(left, soft=True)
    if soft and soft[-1] in _BE_PRESENT and first in _WEEKDAY_WORDS:
        # "the deadline is Friday", "the funeral is Monday": a present "be" with a weekday
        # is a schedule, as "is on Friday" is (HeidelTime reads the present with a weekday
        # as ahead)
        return "future", f"'{soft[-1]}' a day: a schedule, still to come"
    fronted = all(t in _FRONT for t in soft)  # "On Monday, the court will ..."
    rest = _clause_right(right)
    if fronted:
        rest = _without_comment_clause(rest)
    verb_next = _finite_first(rest)  # "a rally planned for Saturday was called off"
    speech = _speech_present(soft)
    if speech and not fronted and not verb_next and not possessive:
        # "police say Tuesday they will reopen the road": the day dates the saying, a
        # statement reported by publication; the future verb after it is what was said
        # (not "says Monday is the deadline", nor "says Friday's vote will go ahead")
        return "past", f"'{speech}' (reporting present) tells a statement already made"
    passes = [(soft, True), (rest, False), (_clause_left(left, soft=False), True)]
    state_clause = rest if fronted else soft  # where a state ending at the date is told
    if not fronted:
        passes[1], passes[2] = passes[2], passes[1]
    if after == "to" and _RUNS.search(sentence[:start]):
        after = "until"  # "a ceasefire that runs to March": "to" a state's end is "until"
    for tokens, backwards in passes:
        if not backwards and after in _UNTIL and _present_state(state_clause):
            break  # the state's own clause decides before a reporting verb after it
        got = _read(
            tokens,
            backwards,
            after,
            reduced=backwards and verb_next,
            fronted=fronted and not backwards,
        )
        if got is not None and got[0] == "defer":
            got = _read(rest, False, after) or ("unknown", "")
        if got is not None:
            tense, why = got
            if tense == "unknown":  # "would not bow to pressure after Saturday's protest"
                return prior_possessive(sentence[:start], possessive)
            # "weakened by Tuesday's earthquake": "by" before a possessive day is the passive
            # agent, a happening, not a deadline
            if tense == "past" and after in _DEADLINE and "(perfect)" in why and not possessive:
                return "future", f"{why}, with a deadline ('{after}') still to come"
            if possessive and tense == "future" and "will" not in why:
                return "past", f"'{sentence[start:end]}'s' names a happening already reported"
            return tense, why
    if after in _UNTIL and _present_state(state_clause):
        # "the offer is good through Friday", "the curfew lasts until Sunday": a state told
        # in the present that ends at a day ends ahead of the telling (TimeML's ENDED_BY
        # relation from a present state to its end point)
        return "future", f"a present state '{after}' a day: the end is still to come"
    return None, ""


# an act a reprisal answers: "would face consequences after an airstrike on its embassy on",
# "vowed revenge for the raid in X on": the reprisal word, then "after/for/over/following" and
# a noun phrase of no verb of its own up to the phrase (no clause break, no "to"/modal)
_ANSWERED = gated(
    r"(?P<before>(?:[\w'’-]+\s+){1,4})(?:after|following|for|over)\s+"
    r"(?P<np>(?:the|a|an|its|his|her|their|this|last|[A-Z][\w-]*['’]s)\s+[^.;:,\"“”]{1,80})$",
    re.IGNORECASE,
)
_NO_ANSWERED = '.;:,"“”'  # marks no part of an _ANSWERED match can hold


def _answered_act(left: str) -> str | None:
    """Why the date closing ``left`` dates an act a reprisal answers, else None.

    "Iran said Israel would face consequences after an airstrike on its embassy on Monday":
    the consequences (a reprisal word within four words before "after/for/over/following",
    data/lexicon/reprisal_causes.csv) answer the act the noun phrase names, so that act came
    first (CAMEO 1.1b3 §130: a reprisal answers an act already done; TimeML TLINK AFTER),
    and the modal of the threat does not carry into it: a past Monday. The noun phrase must
    hold no verb group of its own ("after the army will have withdrawn on Monday")."""
    # a match lies after the last mark it cannot hold: the search starts there (issue 15)
    m = _ANSWERED.search(left, 1 + max(map(left.rfind, _NO_ANSWERED)))
    if m is None:
        return None
    cue = next((w for w in m["before"].lower().split() if w in reprisal_causes()), None)
    if cue is None:
        return None
    np = _tokens(m["np"], first=False)
    if any(t in _HARD or t in _FUTURE_AUX or t in _MODALS or t == "to" for t in np):
        return None
    if _read(np, True, "") is not None:
        return None  # the noun phrase holds a verb of its own: it decides
    return f"'{cue}' answers the act named after it, done before the telling (CAMEO §130)"


@lru_cache(maxsize=1)
def reprisal_causes() -> frozenset[str]:
    """Words of a reprisal whose "after/for" phrase names an act already done
    (data/lexicon/reprisal_causes.csv). Raises ValueError naming a row with no source."""
    return frozenset(r["word"].strip().lower() for r in sourced_rows("reprisal_causes.csv", "word"))


def _present_state(tokens: list[str]) -> bool:
    """Does the clause before the phrase hold a present-tense verb or copula ("is good",
    "remains closed", "lasts", "stay shut") and no past or future one?"""
    present = False
    for i, t in enumerate(tokens):
        if t in _BE_PAST | _DO_PAST | _FUTURE_AUX | _MODALS | _HAVE:
            return False
        if t in _BE_PRESENT:
            present = True
            continue
        forms = verb_forms(t) if t != "NAME" else None
        if not forms or (i > 0 and tokens[i - 1] in _DETERMINERS):
            continue
        lemma, tags = forms
        if tags & {"VBZ", "VBP"} and "VBD" not in tags and lemma not in _REPORTING:
            present = True
        elif "VBD" in tags and not (present and "VBN" in tags):
            return False  # a past verb ("ran", "lasted"); a participle after "is" is no past
    return present


def verb_tense(sentence: str, end: int) -> tuple[str | None, str]:
    """Past or future of the verb group that ends at ``sentence[:end]`` (an event's trigger
    verb): "flew" past, "will fly" / "would send" future; ``(None, "")`` when the word there
    is no verb or its group says neither ("are to be freed" is left to the caller).

    Example: ``verb_tense("Jets flew in, and he said they would return.", 8)[0] == "past"``.
    """
    tokens = _clause_left(_tokens(sentence[:end]), soft=True)
    if not tokens:
        return None, ""
    got = _verb_group(tokens, len(tokens) - 1, "")
    if got is None or got[0] == "unknown":
        return None, ""
    return got


def _tokens(text: str, first: bool = True) -> list[str]:
    """Lower-cased words and marks; a capitalised word inside the sentence is a name, never a
    verb ("the United States"), so it becomes a neutral "NAME"."""
    out = []
    text = text.replace("’", "'")
    # every clock time holds a digit or "noon"/"midnight": other texts skip the pass (issue 15)
    if _DIGIT.search(text) or "noon" in (folded := fold(text)) or "midnight" in folded:
        text = _CLOCK_TIME.sub(" @ ", text)
    for i, t in enumerate(_TOKEN.findall(text)):
        name = t[:1].isupper() and (i > 0 or not first) and t not in ("I",)
        # a name's possessive keeps its mark: "Trump's plan" opens a noun phrase
        out.append(("NAME's" if t.endswith("'s") else "NAME") if name else t.lower())
    return out


def _clause_left(tokens: list[str], *, soft: bool) -> list[str]:
    """Tokens of the clause before the phrase, stopping at a subordinator (and a comma if soft)."""
    out: list[str] = []
    for t in reversed(tokens):
        if t in _HARD or (soft and t == ","):
            break
        out.append(t)
    return list(reversed(out))


def _clause_right(tokens: list[str]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        if t in _HARD:
            break
        out.append(t)
    return out


def _without_comment_clause(tokens: list[str]) -> list[str]:
    """The clause a fronted date opens, without a comment clause set between commas right
    after it ("On Friday, the ministry said, the troops will withdraw"): a comment clause of
    saying is parenthetical (Quirk et al. 1985 §15.53), so the date is the main clause's
    ("will withdraw"), not the saying's. With no second comma, "On Friday, the ministry said
    the troops would withdraw" dates the saying, as before."""
    if tokens[:1] != [","] or "," not in tokens[1:]:
        return tokens
    j = tokens.index(",", 1)
    forms = verb_forms(tokens[j - 1]) if 3 <= j <= 6 else None
    if forms is None or forms[0] not in _SPEECH | _REPORTING or j + 1 >= len(tokens):
        return tokens
    return tokens[:1] + tokens[j + 1 :]


def _read(
    tokens: list[str], backwards: bool, after: str, *, reduced: bool = False, fronted: bool = False
) -> tuple[str, str] | None:
    idx = range(len(tokens) - 1, -1, -1) if backwards else range(len(tokens))
    for i in idx:
        got = _verb_group(tokens, i, after, reduced=reduced, fronted=fronted)
        if got is not None:
            return got
    return None


def _verb_group(
    tokens: list[str], i: int, after: str, *, reduced: bool = False, fronted: bool = False
) -> tuple[str, str] | None:
    """The tense of the verb group whose last word is ``tokens[i]``, or None if not a verb.
    ``reduced``: a finite verb follows the phrase, so a participle before it may be a reduced
    relative clause. ``fronted``: the date opens the clause ("On Friday, the council planned
    ..."), so it dates the main verb itself, not the time that verb sets."""
    w = tokens[i]
    aux = _aux_before(tokens, i)
    if w in _FUTURE_AUX:
        return "future", f"'{w}' looks ahead"
    if w in _MODALS:
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        return (
            ("past", f"'{w} have' looks back")
            if nxt == "have"
            else ("future", f"'{w}' looks ahead")
        )
    if w in _BE_PRESENT or w in _BE_PAST or w in _HAVE or w in _DO_PAST:
        return _auxiliary_alone(tokens, i, after)
    forms = verb_forms(w) if w != "NAME" else None
    if not forms or (i > 0 and _possessed_noun(tokens[i - 1], w, any_noun=True)):
        return None  # "the ground", "her left", "Trump's plan": a noun after a determiner
    lemma, tags = forms
    if _prenominal(tokens, i, tags):
        return None  # "if detained protesters are not released": a participle as adjective
    if i > 0 and tokens[i - 1] == "to" and "VB" in tags:
        return _infinitive(tokens, i, lemma)
    # "to be formally charged": one adverb between "be" and its participle (Quirk §8.20)
    be_at = i - 2 if i > 2 and tokens[i - 1].endswith("ly") and tokens[i - 2] == "be" else i - 1
    if be_at > 0 and tokens[be_at - 1 : be_at + 1] == ["to", "be"] and "VBN" in tags:
        # "due to be released on Friday": a passive infinitive has no tense of its own (its
        # participle is no past verb); a head of intent or schedule decides, as for "due to
        # leave". Any other head ("supporters to be worried", "a meeting to be scheduled")
        # keeps the reading below: the participle may be an adjective or a scheduling verb
        got = _infinitive(tokens, be_at, "be")
        if got is not None and got[0] != "unknown":
            return got
        if be_at == 1 or tokens[be_at - 2] == ",":  # the clause opens on "to be" (cut at a comma)
            # "The bill, to be debated Thursday, ...": an infinitive relative set off after
            # its noun tells what is to happen to it (Quirk et al. 1985 §17.30, the modal
            # sense of infinitival postmodifiers), so its date is still to come
            return "future", f"', to be {w}' (an infinitive relative) looks ahead"
    if "could" in aux and "before" in tokens[max(0, i - 6) : i]:
        return "past", f"'before … could {w}' tells a past act forestalled"  # H&P ch. 8 §7
    if "could" in aux and _NEGATION & set(_own_conjunct(tokens, i)):
        return "past", f"'could not {w}' reports a past attempt"
    if aux & _FUTURE_AUX or (aux & _MODALS and "have" not in aux):
        return "future", f"'{' '.join(sorted(aux & (_FUTURE_AUX | _MODALS)))} {w}' looks ahead"
    nxt = tokens[i + 1] if i + 1 < len(tokens) else after
    if reduced and lemma in _SCHEDULE | _SCHEDULE_WITH_PREP and _reduced_relative(tokens, i, tags):
        # "a rally planned for Friday was called off": the finite verb after the phrase
        # decides, before any reporting verb further left ("said the vote set for ...")
        return "defer", f"'{w}' is a reduced relative"

    if w.endswith("ing") and lemma in _SCHEDULE_WITH_PREP and _describes_noun(tokens, i):
        # "a resolution calling for a ceasefire … on Tuesday": a participle after its noun
        # is a reduced relative with no tense of its own; the finite verb ("vetoed") decides
        return None
    if fronted and not aux and "VBD" in tags and lemma in _SCHEDULE | _SCHEDULE_WITH_PREP:
        # a sentence-initial adverbial modifies its main clause (Quirk et al. 1985, adjuncts):
        # "On Friday, the council planned a vote" tells when the planning was, a past day
        return "past", f"'{w}' is past (the date opening the clause dates it)"
    if lemma in _SCHEDULE or (lemma in _SCHEDULE_WITH_PREP and (after in _TO or nxt in _TO)):
        return "future", f"'{w}' sets a time to come"
    if lemma in _EXTEND and after in _TO | _DEADLINE:
        return "future", f"'{w}' {after}: the end of an extension is still to come"
    if tags & {"VBD", "VBN"} and not ("VBG" in tags and len(tags) == 1):
        if aux & _BE_PRESENT or after_present_state_verb(tokens, i):
            return None  # present passive "is held", "remains closed": leave it to the caller
        if aux & {"had", "hadn't"}:
            # "the rebels had taken the town by Monday": the past perfect sets its deadline
            # in the past too (Reichenbach's E < R < S), unlike "has agreed to ... by Monday"
            return "past", f"'had {w}' (past perfect) looks back"
        if aux & _PRESENT_HAVE and lemma in _INTENT and nxt and "to" not in (after, nxt):
            # (``nxt`` is empty when the verb's own tense is asked, the verb last: "has
            # agreed" itself is past, done by publication)
            # "has promised elections in February": the present perfect takes no adverbial
            # of definite past time (Quirk et al. 1985 §4.22, *"has promised in February"),
            # so the date is the promised act's, still to come
            return "future", f"'has {w}' takes no past date: it dates what is {w}"
        if aux & _HAVE:
            return "past", f"'{w}' (perfect) looks back"
        return "past", f"'{w}' is past"
    if "VBG" in tags and aux & _BE_PRESENT:
        return "future", f"'{w}' (present progressive) is an arrangement"
    if "VBG" in tags and aux & _BE_PAST:
        return "past", f"'{w}' is past"
    present = tags & {"VBZ", "VBP"} and "VBD" not in tags and lemma not in _REPORTING
    if present and not aux and object_noun(tokens, i):
        return None  # "took effect at midnight Tuesday": the object noun of a past verb
    after_pronoun = _subject_before(tokens, i)
    if present and not aux and (after_pronoun or ("VBZ" in tags and not is_noun(w))):
        return "future", f"'{w}' (present) with a date is a timetable"
    if present and not aux and not reduced and timetable(tokens, i, lemma):
        # "the trial resumes Thursday", "schools reopen Monday", "campaigning ends before
        # Sunday's vote": a scheduling verb right before its date, after a noun subject,
        # with no finite verb after the phrase (data/lexicon/timetable_verbs.csv)
        return "future", f"'{w}' (present) schedules its date: a timetable"
    if present and not aux and faced_proceeding(tokens, i, lemma):
        return "future", f"'{w}' a proceeding set for a day: a timetable"
    if present and not aux and clock_next(tokens, i):
        # "polls open at 7am on Sunday": a present verb with a clock time and a day is a
        # timetable, after a noun subject too (HeidelTime reads the present with a date ahead)
        return "future", f"'{w}' (present) at a clock time is a timetable"
    return None


def _speech_present(tokens: list[str]) -> str:
    """The present-tense speech verb ending the clause before a date ("police say |
    Tuesday", "the minister says on | Monday"), with no auxiliary before it; else ""."""
    body = tokens[:-1] if tokens[-1:] == ["on"] else tokens
    if not body or (len(body) > 1 and body[-2] in _DETERMINERS):
        return ""
    forms = verb_forms(body[-1]) if body[-1] != "NAME" else None
    if not forms or forms[0] not in _SPEECH or "VBD" in forms[1]:
        return ""
    if not forms[1] & {"VBZ", "VBP"} or _aux_before(body, len(body) - 1):
        return ""
    return body[-1]


def _finite_first(tokens: list[str]) -> bool:
    """Does the clause after a date phrase open with a finite verb group ("was called off",
    "will go ahead", "drew thousands")? Then the phrase sat inside its subject."""
    for t in tokens[:3]:
        if t in _FUTURE_AUX | _MODALS | _BE_PRESENT | _BE_PAST | _HAVE | _DO_PAST:
            return True
        forms = verb_forms(t) if t != "NAME" else None
        if forms and "VBD" in forms[1]:
            return True
        if t not in _SKIP and t not in ("morning", "afternoon", "evening", "night"):
            return False
    return False


def _reduced_relative(tokens: list[str], i: int, tags: frozenset[str]) -> bool:
    """'a service planned for Saturday', 'talks scheduled for May': a participle right after
    its noun, with no auxiliary and no infinitive after it, has no tense of its own (a reduced
    relative clause); the clause's finite verb tells past from future. A preposition must
    follow: "officials planned the vote for Saturday" is a finite verb with its object."""
    if "VBN" not in tags or i == 0 or _aux_before(tokens, i):
        return False
    prev = tokens[i - 1]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (
        nxt in _PLACE_TIME_PREPS
        and prev not in _PRONOUNS | _DETERMINERS
        and prev != "NAME"
        and is_noun(prev)
    )


def _describes_noun(tokens: list[str], i: int) -> bool:
    """Is the word at ``i`` right after a noun that is no pronoun or determiner ("resolution
    calling")? Then it opens a reduced relative clause on that noun."""
    prev = tokens[i - 1] if i > 0 else ""
    return (
        bool(prev)
        and prev not in _PRONOUNS | _DETERMINERS
        and prev != "NAME"
        and is_noun(prev)
        and not _aux_before(tokens, i)
    )


def _subject_before(tokens: list[str], i: int) -> bool:
    """'they meet on Sunday': a word that can be a noun is a verb after a pronoun that agrees
    with it (``unagreed``); after a name or a plural noun too often a noun ("police")."""
    return i > 0 and tokens[i - 1] in _PRONOUNS and not unagreed(tokens[i - 1], tokens[i])


def _auxiliary_alone(tokens: list[str], i: int, after: str = "") -> tuple[str, str] | None:
    """'is to', 'was', 'has' without a main verb after them in reach; ``after`` is the word
    opening the date phrase when the verb is the last word before it ("is | on Friday")."""
    w = tokens[i]
    nxt = tokens[i + 1] if i + 1 < len(tokens) else after
    if w in _BE_PRESENT and nxt in ("to", "going", "due", "set", "scheduled", "expected", "slated"):
        return "future", f"'{w} {nxt}' looks ahead"
    if w in _BE_PRESENT and nxt == "on":
        # "the summit is on Friday": a happening's present-tense day is a schedule (HeidelTime
        # reads the present with a weekday as ahead, as "will be held on" is)
        return "future", f"'{w} on' a day: a schedule, still to come"
    if w in _BE_PRESENT and (nxt == "@" or tokens[i + 1 : i + 3] == ["at", "@"]):
        # "the vote is at 10am on Friday", "kickoff is 8pm on Saturday": the same schedule
        return "future", f"'{w}' at a clock time on a day: a schedule, still to come"
    if w in _BE_PAST or w in _DO_PAST or w in ("had", "hadn't"):
        return "past", f"'{w}' is past"
    if w in _HAVE:
        return "past", f"'{w}' (perfect) looks back"
    return None


def _aux_before(tokens: list[str], i: int) -> set[str]:
    out: set[str] = set()
    j = i - 1
    while j >= 0 and i - j <= 4:
        t = tokens[j]
        if t in _FUTURE_AUX | _MODALS | _BE_PRESENT | _BE_PAST | _HAVE | _DO_PAST:
            out.add(t)
        elif t not in _SKIP:
            break
        j -= 1
    return out


def _own_conjunct(tokens: list[str], i: int) -> list[str]:
    """The clause from the last "and"/"but"/"or" before ``tokens[i]``: a negation before it
    is the first verb group's ("would not give up and could file" files)."""
    return tokens[max((j + 1 for j in range(i) if tokens[j] in ("and", "but", "or")), default=0) :]


_OPENERS = frozenset("if unless when whether while because as of for with and or".split())


def _prenominal(tokens: list[str], i: int, tags: frozenset[str]) -> bool:
    """A participle between a clause opener or a determiner and a noun that a verb follows
    ("if detained protesters are freed", "the wounded soldiers were"): an adjective."""
    if "VBN" not in tags or i + 2 >= len(tokens):
        return False
    # the clause's first word (the readers cut clauses at "if", "when"...) or after an opener
    opener = i == 0 or tokens[i - 1] in _OPENERS or tokens[i - 1] in _DETERMINERS
    noun, verb = tokens[i + 1], tokens[i + 2]
    finite = verb in _BE_PRESENT | _BE_PAST | _HAVE | _MODALS | _FUTURE_AUX
    return opener and is_noun(noun) and verb_forms(noun) is None and finite


def _infinitive(tokens: list[str], i: int, lemma: str) -> tuple[str, str] | None:
    """'planned to leave on Thursday': an infinitive after a verb of intent looks ahead."""
    head = tokens[i - 2] if i >= 2 else ""
    if head in _BE_PRESENT or head in _BE_PAST:  # "were to meet": future in the past, Quirk 4.49
        return "future", f"'{head} to {tokens[i]}' looks ahead"
    forms = verb_forms(head)
    if forms and forms[0] in _ATTEMPT and "VBD" in forms[1]:
        # "tried to storm the prison on Saturday": the attempt and its act share a time
        return "past", f"'{head} to {tokens[i]}' is a past attempt"
    if head in _AHEAD_HEADS or (forms and forms[0] in _INTENT):
        return "future", f"'{head} to {tokens[i]}' looks ahead"
    if (verb := object_then_infinitive(tokens, i, _EXPECTING)) is not None:
        return "future", f"'{verb} … to {tokens[i]}' looks ahead"
    # any other infinitive ("subpoenaed him to testify on Feb. 10") follows its main verb:
    return "unknown", f"'to {tokens[i]}' follows its main verb"  # whose tense says nothing


# "'s" after these is "is" or "has", no possessive: "it's set to", "he's planning"
_S_CONTRACTED = frozenset("it he she that there what who where here let".split())


def _possessed_noun(before: str, head: str, *, any_noun: bool = False) -> bool:
    """Whether ``head`` is a noun after a determiner ("the ground", "its plan to"), or
    (when it can be a noun, and is no head of "be … to" like "set") after a possessive
    ("Trump's plan to", "the party's pledge to"): a noun's infinitive complement sets no
    tense (Quirk et al. 1985 §17.24), so the clause's finite verb dates the phrase."""
    if before in DETERMINERS:
        # "on a promise to appear in court on May 12": an indefinite noun brings its time in;
        # a known plan's closing date is the act's (end focus, Quirk et al. 1985 §18.3)
        return any_noun or (before not in ("a", "an") and is_noun(head))
    possessive = before.endswith("'s") and before[:-2].lower() not in _S_CONTRACTED
    return possessive and head not in _AHEAD_HEADS and is_noun(head)
