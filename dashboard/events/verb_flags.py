"""What the verbs on the way to the governing verb add (``hypothetical``, ``negated``,
``planned``): a verb that passes the event on (``_transparent``: saying, speculating, denying,
ordering, scheduling, aspect) and the modality and polarity cues before a verb
(``window_flags``: modals, "would have", "not the first time").
"""

from __future__ import annotations

from dashboard.events.attributive_cues import attributive_participle
from dashboard.events.clause_words import _ADVERBS, MODALS, PRONOUNS, _prev
from dashboard.events.lexicon import Lexicon, word_class
from dashboard.events.tokens import Token


def _followed_by_clause(tokens: list[Token], i: int, verbs: set[int]) -> bool:
    """Does the verb at ``i`` take a clause or an infinitive ("said that", "began to")? A
    date told right after the verb ("said on Wednesday his forces would…") is stepped over."""
    reach = 5 + (2 if i + 1 < len(tokens) and tokens[i + 1].lower in _DATE_OPENERS else 0)
    for j in range(i + 1, min(i + reach, len(tokens))):
        w = tokens[j].lower
        if w in ("that", "to", "from") or j in verbs or "VBG" in tokens[j].tags:
            return True
        if tokens[j].boundary:
            return False
    return _long_subject_clause(tokens, i, i + reach)


# "also said a Russian military helicopter may have …": a zero-"that" clause whose subject is
# a long noun phrase opened by an article (Quirk et al. 1985 §15.3, the omitted "that"); only
# a modal of possibility there opens it, the hedge to keep (TimeML MODAL; "stressed the
# obligation of the community to act" takes no clause, and "noted the work should start" is
# left as it was: a deontic "should" would read as a demand)
_NP_OPENERS = frozenset("a an the".split())
_HEDGES = frozenset("may might could".split())
_LONG_REACH = 3


def _long_subject_clause(tokens: list[Token], i: int, start: int) -> bool:
    """Is there a modal of possibility within ``_LONG_REACH`` tokens from ``start``, after an
    article right after the verb at ``i``, with no boundary, "of" or "to" on the way?"""
    if i + 1 >= len(tokens) or tokens[i + 1].lower not in _NP_OPENERS:
        return False
    for j in range(i + 1, min(start + _LONG_REACH, len(tokens))):
        if tokens[j].boundary or tokens[j].lower in ("of", "to"):
            return False
        if tokens[j].lower in _HEDGES:
            return True
    return False


def _that_ahead(tokens: list[Token], i: int) -> bool:
    """ "that" after the verb at ``i``, or after a noun of report ("did not confirm reports
    that", "claims that") right after it."""
    words = [t.lower for t in tokens[i + 1 : i + 3]]
    return words[:1] == ["that"] or (
        len(words) == 2 and words[0] in _REPORTS and words[1] == "that"
    )


_REPORTS = frozenset("reports report claims claim allegations accounts rumours rumors".split())


def _not_before(tokens: list[Token], i: int) -> bool:
    """A "not", "n't" or "never" within the two words before the verb at ``i`` ("did not
    confirm", "would never say")."""
    return any(t.lower in ("not", "n't", "never") for t in tokens[max(0, i - 2) : i])


_DATE_OPENERS = frozenset("on last late earlier this".split())  # "said on Wednesday", "last week"


# adverbs that say a report is false ("falsely reported that"): FactBank's CT- source
FALSELY = frozenset("falsely wrongly erroneously mistakenly baselessly".split())


def _after_modal(tokens: list[Token], i: int) -> bool:
    """Does a modal stand right before ``tokens[i]`` ("would need to")?"""
    return i > 0 and tokens[i - 1].lower in MODALS


def _transparent(tokens: list[Token], i: int, verbs: set[int], lex: Lexicon) -> set[str] | None:
    """What a verb that passes the event on adds (an empty set for "said", "began to"), or
    None when the verb at ``i`` governs itself."""
    keys = tokens[i].keys
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    takes_clause = _followed_by_clause(tokens, i, verbs)
    ends = not nxt or tokens[i + 1].boundary  # "…, the minister said."
    if "tell" in keys and not _passive(tokens, i) and _told_to(tokens, i, verbs):
        # "told the police (not) to disperse the crowd": "tell" with an object and a "to"
        # infinitive is a directive, not a report (Quirk et al. 1985 §16.63); what it
        # directs is not told as done, and a "not" before "to" is its content
        return {"planned", "aspect"}
    if keys & lex.words("report") and takes_clause and i > 0 and tokens[i - 1].lower in FALSELY:
        # "falsely reported that NATO troops had attacked": FactBank reads a proposition its
        # source calls false as counterfactual (Saurí and Pustejovsky 2009, CT-)
        return {"negated"}
    if keys & lex.words("report") and _that_ahead(tokens, i) and _not_before(tokens, i):
        # "did not confirm that the hostage had been freed": a source that does not say or
        # confirm P leaves P uncommitted (FactBank 1.0, Sauri and Pustejovsky 2009: Uu),
        # neither told as done nor denied
        return {"hypothetical"}
    if (keys & lex.words("report") and (takes_clause or ends)) or (
        "accord" in keys and nxt == "to"
    ):
        return set()  # but "recalled its ambassador", "acknowledged responsibility" govern
    if (
        "insist" in keys
        and (nxt == "that" or _dated_that(tokens, i + 1) or takes_clause)
        and _told_as_fact(tokens, i)
    ):
        # "insisted (that) no civilians were killed", "insisted it had not attacked": a claim,
        # not a demand (§10); the clause's own negation stays its act's
        return set()
    if keys & _SCHEDULED and _passive(tokens, i):
        return {"planned", "aspect"}
    if keys & lex.words("speculate") and takes_clause:
        if keys & _OPINION and _raised_perfect(tokens, i):
            return {"believed"}  # "is believed to have shelled": a past act told with a hedge
        if nxt == "to" or (nxt in _ADVERBS and i + 2 < len(tokens) and tokens[i + 2].lower == "to"):
            return {"hypothetical"}  # "hopes to visit": the subject's own aim
        # "feared that the militia would massacre": a belief about another's act, not a
        # stated intent (FactBank 1.0, Sauri and Pustejovsky 2009: the believer is the source
        # and the act is at most probable, PR+/PS+); CAMEO 1.1b3 §13 needs the source to
        # threaten, so the complement's "would" makes no threat
        return {"hypothetical", "believed"}
    if "risk" in keys and _risked_harm(tokens, i, lex):
        return {"hypothetical"}  # "Armenia risks a new war if it refuses": a possible outcome
    if "warn" in keys and nxt == "that" and _modal_ahead(tokens, i, lex):
        return {"hypothetical"}  # "analysts warned that the conflict could spread"
    # these take their verb right after them: "began to", "refrained from", "kept firing"
    j = i + 1
    while j < len(tokens) and (tokens[j].lower in _ADVERBS or tokens[j].lower == "up"):
        j += 1
    right = j < len(tokens) and (
        tokens[j].lower in ("to", "from", "that") or "VBG" in tokens[j].tags
    )
    if keys & word_class("NEG_IMPLICATIVE") and right and _not_before(tokens, i):
        # "did not fail to arrest them", "never hesitated to strike": a negative implicative
        # negated entails its complement done (Karttunen 1971; classes.csv NEG_IMPLICATIVE),
        # the two negations cancel: no cue, as "did not hesitate to" is none (``weighing``
        # reads the "not" with ``infinitive_scope``)
        return None
    if keys & lex.words("negate_verb") and (
        right or _dated_that(tokens, j) or _denied_claim(tokens, j)
    ):
        # "denied that", "denied on Thursday that", "denied plans to invade"
        return {"negated", "aspect"}
    if (
        keys & lex.words("deliberate")
        and j < len(tokens)
        and ("VBG" in tokens[j].tags or tokens[j].lower == "whether")
    ):
        return {"hypothetical"}  # "is considering closing", "weighs whether to"
    if "rule" in keys and _court_subject(tokens, i) and _ruled_must(tokens, i, lex):
        return set()  # "the court ruled that Serbia must release them": the court's demand
    if "order" in keys and _court_subject(tokens, i) and _to_ahead(tokens, i):
        return {"demand", "aspect"}  # "the court ordered the army to release…": §10, not done
    if keys & _COMMAND and not _passive(tokens, i) and _object_to_verb(tokens, i):
        # "The president ordered the army to retake the town": an order leaves its
        # complement uncommitted (FactBank 1.0, Uu), so the retaking is not told as done
        return {"planned", "aspect"}
    if keys & _VOTING and _against_ahead(tokens, i):
        # "voted on Tuesday against imposing sanctions": the act voted down is not done
        # (FactBank 1.0: a rejected proposition is counterfactual, CT-), as a denial's is
        return {"negated", "aspect"}
    if keys & _VOTING and _to_verb_ahead(tokens, i):
        # "parliament voted to close the strait": a body's decision, the act still to come
        # (CAMEO 1.1b3 has no voting code; ACE 2005 guidelines: the voted act is not asserted
        # as done), as an order's is; "voted to approve", "to demand" are done by the vote
        return set() if tokens[_to_verb_ahead(tokens, i)].keys & _DONE_BY_VOTE else {"planned"}
    if "need" in tokens[i].keys and nxt == "to" and not _after_modal(tokens, i):
        # "more troops were needed to defeat the rebels", "Israel needs to release them"
        # (cameo89: the present too): a requirement, not the act done
        # (FactBank 1.0, Sauri and Pustejovsky 2009: an event under a necessity predicate is
        # not asserted). Reported of a party ("Zelensky said Russia needed to withdraw"), it
        # is the speaker's demand on that party (CAMEO 1.1b3 §10), as "must" is. ("NATO
        # would need to remain strong" is left as before: a comment, §010)
        # (a named party right before it: "Russian troops needed to leave" leaves the demand
        # reader with no named party to address, so that stays a requirement)
        # a pronoun opening the sentence is capitalised but names no party ("We need to …",
        # a speaker's own side: no demand on another, cameo89)
        named = i > 0 and tokens[i - 1].text[:1].isupper() and tokens[i - 1].lower not in PRONOUNS
        if named and not _passive(tokens, i) and any(t.keys & lex.words("report") for t in tokens):
            return {"demand", "aspect"}
        return {"hypothetical"}
    if keys & {"try", "attempt"} and (right or _shared_infinitive(tokens, j)):
        return {"attempt", "aspect"}
    if keys & lex.words("aspect") and right:
        return {"aspect"}
    if keys & lex.words("posture") and right:
        return {"posture", "aspect"}
    if nxt == "to" and "ADJ" in tokens[i].pos and _passive(tokens, i):
        return {"aspect"}  # "is ready to", "are willing to": the cue is read with the verb
    return None


_VOTING = frozenset({"vote", "ballot"})
# what a vote itself does when the motion carries (Merriam-Webster ratify 'to approve and
# sanction formally'; a resolution that demands, condemns or calls for says so when adopted:
# CAMEO 1.1b3 §02, §10, §11, §12 are verbal acts); undoing a legal measure is done by the vote
# too (Merriam-Webster repeal 'to rescind or annul by authoritative act, especially by the
# legislative body'): "lawmakers voted to lift martial law" lifted it, a §0814 done, and
# "voted to impeach" impeached (§172)
_DONE_BY_VOTE = frozenset(
    "approve ratify endorse adopt accept reject pass back support oppose demand call urge "
    "condemn censure ask appoint elect confirm recognise recognize "
    "lift repeal revoke rescind overturn annul abolish impeach "
    # a verdict or a removal from office is what the vote itself decides (Merriam-Webster
    # convict 'to find or prove to be guilty'; oust 'to remove from office'): "the panel
    # voted to convict him" is done; "voted to expel the Russian ambassador" asks the
    # government to act, still to come (test_cameo48_faults)
    "convict acquit oust dismiss remove "
    # a ban or a legalisation a legislature votes is the law it passes (Merriam-Webster ban
    # 'to prohibit especially by legal means'; outlaw 'to make illegal'): "parliament voted
    # to ban the march" banned it (§172 done)
    "ban outlaw prohibit criminalise criminalize legalise legalize".split()
)


def _against_ahead(tokens: list[Token], i: int) -> bool:
    """ "against" and a gerund within five words of ``i`` in its clause ("voted on Tuesday
    against imposing"), before any "to" ("voted to impose sanctions against X" carries the
    motion). "voted against the permit" is the vote's own rejection (§120), kept."""
    for k in range(i + 1, min(i + 6, len(tokens) - 1)):
        if tokens[k].boundary or tokens[k].lower == "to":
            return False
        if tokens[k].lower == "against":
            return "VBG" in tokens[k + 1].tags
    return False


def _to_verb_ahead(tokens: list[Token], i: int) -> int:
    """The index of the bare verb after the first "to" within six words of ``i`` in its
    clause ("voted on Monday to close"), or 0 when "to" opens no infinitive ("voted for an
    end to the ban") or none comes."""
    for k in range(i + 1, min(i + 7, len(tokens) - 1)):
        if tokens[k].boundary:
            return 0
        if tokens[k].lower == "to":
            nxt = tokens[k + 1]
            return k + 1 if "VB" in nxt.tags and nxt.lower not in ("the", "a", "an") else 0
    return 0


def _shared_infinitive(tokens: list[Token], j: int) -> bool:
    """ "but" or "and" at ``j`` joins a second verb group that takes the shared infinitive
    ("tried but failed to arrest", "tried and were unable to reach"): the attempt passes the
    event on to that group (coordinated verbs share their complement, Huddleston and Pullum
    2002, ch. 15 §4.2)."""
    if j >= len(tokens) or tokens[j].lower not in ("but", "and"):
        return False
    for t in tokens[j + 1 : j + 5]:
        if t.boundary:
            return False
        if t.lower == "to":
            return True
    return False


# what a denial denies, told as a noun before its act: "denied plans to invade", "denied
# reports that troops had crossed"
_DENIED = frozenset(
    "plan plans claim claims report reports allegation allegations accusation "
    "accusations suggestion suggestions intention intentions".split()
)


def _denied_claim(tokens: list[Token], j: int) -> bool:
    """``tokens[j]`` opens "plans to", "reports that", "any intention of" after a denial."""
    if j < len(tokens) and tokens[j].lower in ("any", "the"):
        j += 1
    return (
        j + 1 < len(tokens)
        and tokens[j].lower in _DENIED
        and tokens[j + 1].lower in ("to", "that", "of")
    )


def _told_as_fact(tokens: list[Token], i: int) -> bool:
    """The "that" clause after ``i`` tells a past fact ("were killed", "had fired"), not
    what must be done ("should withdraw", "release the prisoners")."""
    for t in tokens[i + 1 : i + 14]:
        if t.lower in ("should", "must", "be"):
            return False
        if t.lower in ("was", "were", "had", "did") or (
            "VBD" in t.tags and "VERB" in t.pos and "VBN" not in t.tags
        ):
            return True
    return False


_WHEN_WORDS = frozenset("on late early last this yesterday today".split())


_COURTS = frozenset("court judge tribunal magistrate justice icj icc bench".split())


def _court_subject(tokens: list[Token], i: int) -> bool:
    """A court or judge before the verb at ``i`` (its subject)."""
    return any(t.keys & _COURTS for t in tokens[max(0, i - 6) : i])


def _ruled_must(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """A "that" clause with a demand cue (cues.csv ``demand``: must, should, has to) after
    the verb at ``i``, with at most a time phrase before the "that" ("ruled earlier this month
    that Venezuela must not take any action"). A court that rules what a party must do
    demands it of that party (CAMEO 1.1b3 §10 demand, as a court's order is read), so the
    ruling passes the act on to its "must"; "ruled that Serbia had violated" has no cue."""
    that = next((k for k in range(i + 1, min(i + 6, len(tokens))) if tokens[k].lower == "that"), 0)
    if not that or any(t.boundary for t in tokens[i + 1 : that]):
        return False
    demand = lex.cue("demand")
    return any(
        cue_at(tokens, k, len(tokens), cue)
        for k in range(that + 1, min(that + 10, len(tokens)))
        for cue in demand
    )


# verbs of ordering that take an object and an infinitive (Levin 1993 §37.4 order verbs)
_COMMAND = frozenset("order instruct direct command tell".split())


def _object_to_verb(tokens: list[Token], i: int) -> bool:
    """An object, then "to" and a bare verb, follow the verb at ``i`` ("ordered the army to
    retake"; not "ordered troops to the border")."""
    for k in range(i + 2, min(i + 8, len(tokens) - 1)):
        if tokens[k].boundary:
            return False
        if tokens[k].lower == "to":
            nxt = tokens[k + 1]
            return "VB" in nxt.tags and not {"the", "a", "an"} & {nxt.lower}
    return False


def _told_to(tokens: list[Token], i: int, verbs: set[int]) -> bool:
    """An object, an optional "not", then "to" and a bare verb follow the verb at ``i``
    ("told the police not to fire"); no "that" clause or verb of its own comes first."""
    if i + 1 >= len(tokens) or tokens[i + 1].lower in ("that", "to", "of", "about"):
        return False
    for k in range(i + 2, min(i + 8, len(tokens) - 1)):
        t = tokens[k]
        if t.boundary or t.lower in ("that", "if", "whether") or k in verbs:
            return False
        if t.lower == "to":
            nxt = tokens[k + 1]
            return "VB" in nxt.tags and nxt.lower not in ("the", "a", "an")
    return False


def _to_ahead(tokens: list[Token], i: int) -> bool:
    """An infinitive follows the verb's object ("ordered the army to release")."""
    for t in tokens[i + 1 : i + 8]:
        if t.boundary:
            return False
        if t.lower == "to":
            return True
    return False


def _dated_that(tokens: list[Token], j: int) -> bool:
    """A short time phrase and then "that" from ``j`` ("on Thursday that", "late on Friday
    that"): the verb still takes the clause."""
    if j >= len(tokens) or tokens[j].lower not in _WHEN_WORDS:
        return False
    return any(t.lower == "that" for t in tokens[j + 1 : j + 4])


def _modal_ahead(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    hypothetical = lex.words("hypothetical")
    return any(t.lower in hypothetical for t in tokens[i + 1 : i + 10])


def _risked_harm(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Does the verb "risk" at ``i`` take the harm risked as its object ("risks a new war",
    "risked fresh clashes", cues.csv ``hypothetical`` rows "risk a|risk new|…")? WordNet 3.0
    risk v. 2 'expose to a chance of loss or damage': the object is a possible outcome, not an
    act done (FactBank 1.0: PS/U). "risked their lives to attack" names no harm so: no cue."""
    return any(
        cue[0] == "risk" and len(cue) > 1 and cue_at(tokens, i, len(tokens), cue)
        for cue in lex.cue("hypothetical")
    )


# verbs of opinion whose passive takes a perfect infinitive of a past act (Quirk et al. 1985
# §16.52, "He is believed to have left"); not "expect", "hope", "predict": their perfect is
# still to come ("is expected to have finished by June")
_OPINION = frozenset("believe think fear suspect assume presume estimate reckon".split())


def _raised_perfect(tokens: list[Token], i: int) -> bool:
    """A passive verb of opinion at ``i`` before "to have" or "of having": "is believed to
    have shelled", "are feared to have drowned", "is suspected of having seized". The act is
    past and told as probable by unnamed others (FactBank 1.0, Sauri and Pustejovsky 2009:
    PR+), as "is said to have" and "reportedly" tell it: not a hope or a hypothesis of the
    subject's own ("hopes to visit") and not counterfactual."""
    after = [t.lower for t in tokens[i + 1 : i + 3]]
    return _passive(tokens, i) and after in (["to", "have"], ["of", "having"])


_SCHEDULED = frozenset({"expect", "schedule", "due", "set", "slate", "poise", "plan"})


def _passive(tokens: list[Token], i: int) -> bool:
    j = _prev(tokens, i)
    return j >= 0 and "be" in tokens[j].keys


_FLAG_OF = {
    "negate": "negated",
    "intent": "intent",
    "demand": "demand",
    "hypothetical": "hypothetical",
    "plan": "planned",
    "near_miss": "hypothetical",
}


def window_flags(tokens: list[Token], lo: int, hi: int, lex: Lexicon) -> set[str]:
    """Modality and polarity cues in tokens ``lo``..``hi - 1`` (the words before a verb).

    Cues are looked up by their first word, so the cost is the window's length."""
    found: set[str] = set()
    for k in range(max(lo, 0), hi):
        if _month_may(tokens, k):
            continue  # "the May 1998 riots": the month, not the modal
        for key in tokens[k].keys:
            for kind, cue in lex.cue_starts.get(key, ()):
                flag = _FLAG_OF.get(kind)
                if kind == "intent" and modal_perfect(tokens, k, hi):
                    flag = "hypothetical"  # "would have stormed": what did not happen
                if kind == "negate" and _not_the_first(tokens, k):
                    continue  # "It was not the first time Iran has seized a tanker": it did
                if kind == "negate" and name_word(tokens, k):
                    continue  # "Reporters Without Borders condemned": a name, no negation
                if kind == "negate" and parallel_participle(tokens, k, hi):
                    continue  # "leaving homes without power and forcing schools to close"
                if flag == "hypothetical" and _closed_of_phrase(tokens, k, hi):
                    continue  # "a general suspected of plotting a coup was arrested"
                if flag == "hypothetical" and attributive_participle(tokens, k, hi):
                    continue  # "suspected rebels burned a crane": who did it is hedged
                if flag and flag not in found and cue_at(tokens, k, hi, cue):
                    found.add(flag)
    if "planned" in found:
        found.discard("hypothetical")
    return found


def parallel_participle(tokens: list[Token], k: int, hi: int) -> bool:
    """Is the verb at ``hi`` an "-ing" participle joined by "and" to the participle clause
    the "without" at ``k`` sits in ("..., leaving homes without power and forcing schools to
    close")? The second participle shares the first one's subject and parallels it, not the
    object of "without" (Quirk et al. 1985 §13.46 coordinated predicates, §15.58 -ing
    clauses): the negation scopes over its prepositional phrase only (NegEx, Chapman et al.
    2001: a conjunction that opens a new predication ends the scope)."""
    if tokens[k].lower != "without" or hi >= len(tokens) or hi - k < 2:
        return False
    if tokens[hi - 1].lower != "and" or not tokens[hi].lower.endswith("ing"):
        return False
    opener = range(max(1, k - 6), k)
    return any(tokens[j].lower.endswith("ing") and tokens[j - 1].text == "," for j in opener)


def name_word(tokens: list[Token], k: int) -> bool:
    """Is the word at ``k`` a capitalised word inside a proper name, between two capitalised
    words of a sentence that is not set in title case ("Reporters Without Borders condemned",
    "Doctors Without Borders staff")? A name's words are not cues: in running text a
    function word is capitalised only inside a name (Chicago Manual of Style, 17th ed.,
    8.67: names of organisations capitalise their words), while a headline in title case
    ("Russia Not Ready To Talk") capitalises every word, so there it stays a cue."""
    if not 0 < k < len(tokens) - 1 or not tokens[k].text[:1].isupper():
        return False
    if not (tokens[k - 1].text[:1].isupper() and tokens[k + 1].text[:1].isupper()):
        return False
    # running text has lowercase content words; a title-case headline has none
    return any(len(t.text) > 3 and t.text.isalpha() and t.text.islower() for t in tokens)


def _closed_of_phrase(tokens: list[Token], k: int, hi: int) -> bool:
    """Is the cue at ``k`` a gerund after "of" in a phrase that closes before the verb at
    ``hi`` ("a general suspected of plotting a coup was arrested", "an officer accused of
    conspiring against the state fled")? Such an "of" phrase complements the participle or
    noun before it, and a cue inside it scopes over that phrase alone, not over the clause's
    own verb (Quirk et al. 1985 §17.27: reduced relative clauses are noun-phrase
    postmodifiers; FactBank 1.0, Sauri and Pustejovsky 2009: a source's modality reaches only
    the events its predicate embeds). The phrase closes at a finite verb of the main clause:
    a form of "be" or "have" between, or a past or present verb at ``hi`` not after "to"
    ("suspected of plotting to attack": the attack stays inside it, and stays hypothetical)."""
    if k < 1 or tokens[k - 1].lower != "of" or not tokens[k].lower.endswith("ing"):
        return False
    if any(t.lower in _FINITE_BE_HAVE for t in tokens[k + 1 : hi]):
        return True
    return (
        hi < len(tokens) and bool(tokens[hi].tags & {"VBD", "VBZ"}) and tokens[hi - 1].lower != "to"
    )


_FINITE_BE_HAVE = frozenset("was were is are has have had".split())


def _month_may(tokens: list[Token], k: int) -> bool:
    """Is the "May" at ``k`` the month: capitalised, and before a number ("May 1998", "May
    13") or after a word that opens a time phrase ("in May", "the May riots", "since May")?"""
    if tokens[k].text != "May":
        return False
    nxt = tokens[k + 1].text if k + 1 < len(tokens) else ""
    prev = tokens[k - 1].lower if k > 0 else ""
    return nxt[:1].isdigit() or prev in _BEFORE_MONTH


_BEFORE_MONTH = frozenset(
    "the in on of since until till by early late mid last next this from through during".split()
)


def modal_perfect(tokens: list[Token], k: int, hi: int) -> bool:
    """ "would have" + a past participle from ``k`` ("troops would have stormed", "would not
    have fired"): the remote modal with the perfect tells a past that did not come about,
    not a stated future act (Huddleston and Pullum 2002, ch. 3 §9.8 and ch. 11 §4.1:
    counterfactual conditionals; FactBank reads its proposition as not asserted), so it is
    no intent or threat (CAMEO 1.1b3 §03, §13)."""
    if tokens[k].lower not in ("would", "'d"):
        return False
    rest = [t.lower for t in tokens[k + 1 : hi] if t.lower not in ("not", "n't", "never")]
    return bool(rest) and rest[0] == "have" and len(rest) <= 3


def _not_the_first(tokens: list[Token], k: int) -> bool:
    """ "not the first time", "not the only", "not the last", "not hesitate to": the negation denies that the
    happening is the first (or only) one, and so asserts it (Horn 1989, *A Natural History
    of Negation*, ch. 6: metalinguistic negation of an ordinal presupposes the event)."""
    nxt = [t.lower for t in tokens[k + 1 : k + 3]]
    if len(nxt) == 2 and nxt[0] == "hesitate" and nxt[1] == "to":
        # "would not hesitate to strike": litotes, the negated reluctance asserts the act
        # (Quirk et al. 1985 §10.66, negation of the contrary; Horn 1989 ch. 5)
        return True
    return len(nxt) == 2 and nxt[0] == "the" and nxt[1] in _ORDINALS


_ORDINALS = frozenset("first only last second third".split())


def cue_at(tokens: list[Token], k: int, hi: int, cue: tuple[str, ...]) -> bool:
    """The cue's words (lemmas; modals as written) stand at ``tokens[k:]``, before ``hi``."""
    if k + len(cue) > hi:
        return False
    for m, word in enumerate(cue):
        t = tokens[k + m]
        # modals match as written: "would" is not "will", "could" not "can"
        if word != t.lower and (word in MODALS or word not in t.keys):
            return False
    return True
