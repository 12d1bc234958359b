"""Light clause rules over the lemmatised tokens: which verb governs the sentence.

No statistical parser: news sentences are regular enough for a few rules.

- Clauses break at commas, semicolons, brackets and dashes, and before a clause word from
  ``data/lexicon/cues.csv`` (subordinate "after", "while"...; relative "which", "who";
  conditional "if"; the complement "that"). A clause is ``main``, ``comp`` (a "that" clause
  after a verb), ``sub``, ``rel``, ``cond`` or ``part`` (", killing 12 people").
- A finite verb is a past or present form not used as an adjective or noun ("the occupied
  West Bank", "the drills"), or the last verb of an auxiliary chain ("has been arrested").
- The governing verb is the first finite verb of a main or complement clause that is not
  transparent. Reporting verbs ("said"), speculation ("analysts fear"), negating verbs
  ("failed to", "denied that"), scheduling ("were expected to") and aspect ("began to")
  pass the role on to the verb they govern, and say what they add (``hypothetical``,
  ``negated``, ``planned``).

``parse(tokenize("After rebels attacked the town, soldiers arrested 40 people"))`` governs
on "arrested": the attack is background.
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.events.lexicon import Lexicon
from dashboard.events.tokens import Token

AUX = frozenset(
    "be is are was were been being am have has had having do does did will would shall "
    "should can could may might must 'll wo ca".split()
)
MODALS = frozenset("will would shall should can could may might must 'll wo ca".split())
_PRONOUNS = frozenset("i we you he she it they who which that this these those".split())
ARTICLES = frozenset(
    "the a an its their his her our my your this these those such every each no any some".split()
)
DETERMINERS = ARTICLES | frozenset("of in on at by for with from to into".split())
_ADVERBS = frozenset(
    "not n't never also further already reportedly recently still just again jointly formally "
    "officially finally allegedly repeatedly later then now previously subsequently quickly "
    "swiftly immediately apparently successfully openly publicly strongly sharply firmly even "
    "only ever yet since once reluctantly unilaterally briefly twice today yesterday tonight "
    "hard".split()
)
_FINITE = frozenset({"VBD", "VBZ", "VBP"})


@dataclass(frozen=True, slots=True)
class Parse:
    """The clause reading of one sentence.

    ``clause[i]`` is the clause number of token ``i`` and ``kinds[c]`` that clause's kind;
    ``gov`` is the governing verb's token index (None when the sentence has no finite verb
    outside background clauses); ``gov_flags`` what the transparent verbs and the words before
    the governing verb add ("negated", "hypothetical", "planned", "intent").
    """

    tokens: list[Token]
    clause: list[int]
    kinds: list[str]
    gov: int | None
    gov_flags: frozenset[str]
    verbs: frozenset[int]  # every token read as a verb (finite, in a chain, or after "to")
    opens: tuple[int, ...]  # the first token of each clause
    passing: frozenset[int]  # verbs that passed the event on ("said", "warned that… could")

    def kind(self, i: int) -> str:
        return self.kinds[self.clause[i]]

    def opening(self, i: int) -> int:
        """The first token of the clause that holds token ``i``."""
        return self.opens[self.clause[i]]


def _prev(tokens: list[Token], i: int) -> int:
    """Index of the previous token that is not an adverb (-1 at the start)."""
    j = i - 1
    # "-ly" marks an adverb, not a name: "Italy sent", "Kelly said" have their subject
    while j >= 0 and (
        tokens[j].lower in _ADVERBS
        or (tokens[j].lower.endswith("ly") and "NOUN" not in tokens[j].pos)
    ):
        j -= 1
    return j


def _is_verb(tokens: list[Token], i: int, saying: frozenset[str]) -> bool:
    """Is token ``i`` a verb of the clause? ``saying``: the lexicon's verbs of saying."""
    t = tokens[i]
    if "VERB" not in t.pos and "AUX" not in t.pos:
        return False
    j = _prev(tokens, i)
    before = tokens[j].lower if j >= 0 else ""
    if before in AUX or before == "to":
        return True
    if t.lower in AUX:
        return before not in DETERMINERS  # "are", "has": finite wherever they stand
    if j < 0 or before in DETERMINERS or not t.tags & _FINITE:
        return False  # a finite verb follows its subject: "Ousted President X" has none
    if "NOUN" in t.pos and t.lower.endswith("s") and "VBZ" in t.tags:
        # "drills", "talks": a verb only after a subject and not before another finite verb
        for k in range(i + 1, min(i + 7, len(tokens))):
            nxt = tokens[k]
            if nxt.boundary:
                break
            if nxt.lower in AUX or ("VBD" in nxt.tags and "NOUN" not in nxt.pos):
                return False
            if k == i + 1 and nxt.tags & {"VBD", "VBP"} and _object_next(tokens, k + 1):
                return False  # "Prison guards beat two inmates": "beat" is the verb
        return before in _PRONOUNS or bool(tokens[j].text[:1].isupper())
    if t.tags & _FINITE == {"VBP"}:  # a bare present form: only after a pronoun or plural
        plural = tokens[j].lower.endswith("s") and "NOUN" in tokens[j].pos
        # "Kenya and Ethiopia hope": two names joined are a plural subject
        joined = j >= 2 and tokens[j - 1].lower == "and" and tokens[j].text[:1].isupper()
        if plural and _compound_noun(tokens, i, j, saying):
            return False
        if plural and j >= 1 and tokens[j - 1].lower in _SINGULAR_DETERMINERS:
            # "An appeals court in Paris overturned": a singular determiner before a plural
            # makes the plural a compound's modifier, so the bare form after it is the head
            # noun (determiner-noun agreement, Huddleston and Pullum 2002, ch. 5 §7)
            return False
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        past = after is not None and "VBD" in after.tags and "NOUN" not in after.pos
        if plural and past and _object_next(tokens, i + 2):
            # "The appeals court quashed the sentence": a past verb with its object right
            # after ends the subject, so the bare form before it is the compound's head noun
            # (one finite verb per clause without a conjunction, Huddleston and Pullum 2002,
            # ch. 2 §1); "reject proposed changes" has a participle, no object after it
            return False
        return before in _PRONOUNS or plural or joined
    return True


_POSSESSIVES = frozenset("its their his her our my your".split())
_CLAUSE_LINKS = frozenset("and but or that which who whom because while as if".split())
_PREPOSITIONS = frozenset(
    "in on at of by for with from to into after before during over under amid across through "
    "near against since until".split()
)


def saying_words(lex: Lexicon) -> frozenset[str]:
    """The lexicon's verbs of saying and speculating (cues.csv ``report`` and ``speculate``):
    a clause may open after one without "that"."""
    return lex.words("report") | lex.words("speculate")


_SINGULAR_DETERMINERS = frozenset("a an this that each every another".split())


def _compound_noun(tokens: list[Token], i: int, j: int, saying: frozenset[str]) -> bool:
    """Token ``i``, a bare present form after the plural ``j``, ends a possessive's compound
    noun when a verb already stands before the possessive in the same clause and no object
    follows ("The company hit its sales target in May": the verb is "hit", and "its sales
    target" its object; English allows one finite verb per clause without a conjunction,
    Huddleston and Pullum, *The Cambridge Grammar of the English Language* (2002), ch. 2 §1).
    "Their forces target civilians" has no verb before, so "target" stays a verb; after a
    reporting verb ("said its forces target…") a clause may open without "that", so a verb of
    saying does not count."""
    if j < 1 or tokens[j - 1].lower not in _POSSESSIVES:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if nxt is not None and not (nxt.boundary or nxt.lower in _PREPOSITIONS):
        return False
    for k in range(j - 2, -1, -1):
        t = tokens[k]
        if t.boundary or t.lower in _CLAUSE_LINKS:
            return False
        if t.tags & {"VBD", "VBZ"} and "VERB" in t.pos:
            return not t.keys & saying
    return False


_OBJECT_START = frozenset(
    "the a an his her their its two three four five six several dozens hundreds thousands".split()
)


def _object_next(tokens: list[Token], k: int) -> bool:
    """Does an object noun phrase start at ``k`` (a determiner or a number)?"""
    return k < len(tokens) and (tokens[k].lower in _OBJECT_START or tokens[k].text.isdigit())


def _clauses(
    tokens: list[Token], lex: Lexicon, verbs: frozenset[int] | set[int] = frozenset()
) -> tuple[list[int], list[str]]:
    sub, rel, cond = lex.words("subordinate"), lex.words("relative"), lex.words("condition")
    saying = saying_words(lex)
    clause: list[int] = []
    kinds = ["main"]
    told = -1  # the finite verb of the open restrictive relative clause, -1 before it
    for i, t in enumerate(tokens):
        word = t.lower
        intro = None
        if kinds[-1] == "rel" and i in verbs and _ends_relative(tokens, i, told, saying):
            # "Militants who opposed the budget killed three soldiers": a relative clause
            # holds one finite verb; a second, after its object, is the main clause's
            kinds.append("main")
            clause.append(len(kinds) - 1)
            told = -1
            continue
        if kinds[-1] == "rel" and i in verbs and told < 0:
            told = i
        if word in cond:
            intro = "cond"
        elif word in rel and i > 0:
            intro = "rel"
        elif word in sub and not _not_clause_word(tokens, i):
            intro = "sub"
        elif word == "that" and i > 0:
            intro = "comp" if _after_verb(tokens, i) else "rel"
        if intro is not None:
            kinds.append(intro)
            told = -1
        elif i > 0 and tokens[i - 1].boundary and not t.boundary:
            kinds.append("part" if "VBG" in t.tags else "main")
            told = -1
        clause.append(len(kinds) - 1)
    return clause, kinds


_JOINS = frozenset("and or but nor".split())


def _ends_relative(tokens: list[Token], i: int, told: int, saying: frozenset[str]) -> bool:
    """Whether the verb at ``i`` is a second finite verb after a restrictive relative
    clause's own (``told``): not in its verb chain ("who had opposed"), not joined to it
    ("who fled and hid"), not after a pronoun ("who said they saw") nor after a reporting
    verb's clause ("who said the army attacked")."""
    if told < 0 or i <= told + 1 or tokens[told].keys & saying:
        return False
    t, before = tokens[i], tokens[i - 1]
    if not t.tags & {"VBD", "VBZ", "VBP"} or before.lower in AUX or before.lower == "to":
        return False
    if before.lower in _JOINS or before.lower in _PRONOUNS or before.boundary:
        return False
    return "NOUN" in before.pos or "PROPN" in before.pos or before.text[:1].isupper()


def _after_verb(tokens: list[Token], i: int) -> bool:
    """Is the 'that' at ``i`` a verb's complement ("said on Friday that")?"""
    for k in range(i - 1, max(i - 5, -1), -1):
        t = tokens[k]
        if t.boundary or ("NOUN" in t.pos and "VERB" not in t.pos and not t.text[:1].isupper()):
            return False
        if "VERB" in t.pos and t.tags & {"VBD", "VBZ", "VBP", "VBN"} and t.lower not in AUX:
            return True
    return False


def _not_clause_word(tokens: list[Token], i: int) -> bool:
    """'as' in 'such as', 'as well as'; 'since' before a date is a preposition of time."""
    word = tokens[i].lower
    prev = tokens[i - 1].lower if i > 0 else ""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if word == "as":
        return prev in ("such", "well", "so") or nxt in ("well", "part", "a", "an")
    return False


def _followed_by_clause(tokens: list[Token], i: int, verbs: set[int]) -> bool:
    """Does the verb at ``i`` take a clause or an infinitive ("said that", "began to")?"""
    for j in range(i + 1, min(i + 5, len(tokens))):
        w = tokens[j].lower
        if w in ("that", "to", "from") or j in verbs or "VBG" in tokens[j].tags:
            return True
        if tokens[j].boundary:
            return False
    return False


def parse(tokens: list[Token], lex: Lexicon, phrases: frozenset[int] = frozenset()) -> Parse:
    """Clauses, verbs and the governing verb of one sentence (see the module docstring).

    ``phrases``: indices of verbs that open a lexicon phrase with their object ("recalled its
    ambassador", "told the inspectors to leave"): such a verb governs, even when a reporting
    verb's word ("recall", "tell") is followed by "from" or "to" further on."""
    saying = saying_words(lex)
    verbs = {i for i in range(len(tokens)) if _is_verb(tokens, i, saying)}
    clause, kinds = _clauses(tokens, lex, verbs)
    passing: set[int] = set()
    gov, flags = _governing(tokens, clause, kinds, verbs, lex, passing, phrases)
    opens = [0] * len(kinds)
    for i in range(len(clause) - 1, -1, -1):
        opens[clause[i]] = i
    return Parse(
        tokens,
        clause,
        kinds,
        gov,
        frozenset(flags),
        frozenset(verbs),
        tuple(opens),
        frozenset(passing),
    )


def _governing(
    tokens: list[Token],
    clause: list[int],
    kinds: list[str],
    verbs: set[int],
    lex: Lexicon,
    passing: set[int],
    phrases: frozenset[int] = frozenset(),
) -> tuple[int | None, set[str]]:
    """The governing verb's index and the flags gathered on the way to it; the verbs that
    passed the event on are added to ``passing``."""
    flags: set[str] = set()
    speaker = -1  # the last reporting verb: the cues before it are the reporter's
    last = -1  # the last transparent verb
    opened = -1  # the first token of the current clause
    for i in range(len(tokens)):
        if i == 0 or clause[i] != clause[i - 1]:
            opened = i
        # after "refrained from", "continued", "wrote to X urging", a participle carries it
        gerund = 0 <= last < i <= last + 6 and "VBG" in tokens[i].tags and clause[i] == clause[last]
        if (i not in verbs and not gerund) or kinds[clause[i]] not in ("main", "comp"):
            continue
        if tokens[i].lower in AUX:
            pred = _predicate(tokens, i, verbs)
            if pred is None:
                continue
            i = pred  # "he was skeptical", "are guilty of": the predicate carries the event
            if clause[i] != clause[i - 1]:
                opened = i
        elif _reduced_relative(tokens, i, clause) or _appositive_participle(tokens, i):
            continue  # "the summit planned for Monday was postponed": "was postponed" governs
        else:
            effect = None if i in phrases else _transparent(tokens, i, verbs, lex)
            if effect is not None:
                flags |= effect
                passing.add(i)
                last = i
                if effect <= {"hypothetical"}:
                    speaker = i
                continue
        # cues before this clause belong to another verb
        return i, flags | window_flags(tokens, max(speaker + 1, opened), i, lex)
    return None, flags


def describes_noun(p: Parse, i: int) -> bool:
    """The past participle at ``i`` modifies the noun before it ("A second convoy, planned
    for Tuesday, was cancelled", "the summit planned for Monday was postponed")."""
    return _appositive_participle(p.tokens, i) or _reduced_relative(p.tokens, i, p.clause)


def _reduced_relative(tokens: list[Token], i: int, clause: list[int]) -> bool:
    """Is the past form at ``i`` a participle modifying the noun before it, whose clause's
    own verb is a later auxiliary ("the summit planned for Monday was postponed", "the men
    arrested on Monday were freed")? Only a bare past form with no auxiliary before it."""
    if "VBN" not in tokens[i].tags or i == 0 or "NOUN" not in tokens[i - 1].pos:
        return False
    for k in range(i + 1, min(i + 12, len(tokens) - 1)):
        t = tokens[k]
        if clause[k] != clause[i] or t.lower in ("and", "or", "but"):
            return False
        if t.lower in ("was", "were", "is", "are", "has", "have", "had") and (
            "VERB" in tokens[k + 1].pos or tokens[k + 1].lower == "been"
        ):
            return True
    return False


def _appositive_participle(tokens: list[Token], i: int) -> bool:
    """A past participle set off by commas after its noun ("The summit, originally scheduled
    for June 14, has been postponed"): the verb group after the closing comma governs."""
    if "VBN" not in tokens[i].tags:
        return False
    j = _prev(tokens, i)
    if j < 1 or tokens[j].text != "," or "NOUN" not in tokens[j - 1].pos:
        return False
    for k in range(i + 1, min(i + 16, len(tokens) - 1)):
        if tokens[k].text == ",":
            nxt = tokens[k + 1]
            return nxt.lower in AUX or ("VBD" in nxt.tags and "VERB" in nxt.pos)
    return False


# adverbs that say a report is false ("falsely reported that"): FactBank's CT- source
FALSELY = frozenset("falsely wrongly erroneously mistakenly baselessly".split())


def _transparent(tokens: list[Token], i: int, verbs: set[int], lex: Lexicon) -> set[str] | None:
    """What a verb that passes the event on adds (an empty set for "said", "began to"), or
    None when the verb at ``i`` governs itself."""
    keys = tokens[i].keys
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    takes_clause = _followed_by_clause(tokens, i, verbs)
    ends = not nxt or tokens[i + 1].boundary  # "…, the minister said."
    if keys & lex.words("report") and takes_clause and i > 0 and tokens[i - 1].lower in FALSELY:
        # "falsely reported that NATO troops had attacked": FactBank reads a proposition its
        # source calls false as counterfactual (Saurí and Pustejovsky 2009, CT-)
        return {"negated"}
    if (keys & lex.words("report") and (takes_clause or ends)) or (
        "accord" in keys and nxt == "to"
    ):
        return set()  # but "recalled its ambassador", "acknowledged responsibility" govern
    if (
        "insist" in keys
        and (nxt == "that" or _dated_that(tokens, i + 1))
        and _told_as_fact(tokens, i)
    ):
        return set()  # "insisted that no civilians were killed": a claim, not a demand (§10)
    if keys & _SCHEDULED and _passive(tokens, i):
        return {"planned", "aspect"}
    if keys & lex.words("speculate") and takes_clause:
        if nxt == "to" or (nxt in _ADVERBS and i + 2 < len(tokens) and tokens[i + 2].lower == "to"):
            return {"hypothetical"}  # "hopes to visit": the subject's own aim
        # "feared that the militia would massacre": a belief about another's act, not a
        # stated intent (FactBank 1.0, Sauri and Pustejovsky 2009: the believer is the source
        # and the act is at most probable, PR+/PS+); CAMEO 1.1b3 §13 needs the source to
        # threaten, so the complement's "would" makes no threat
        return {"hypothetical", "believed"}
    if "warn" in keys and nxt == "that" and _modal_ahead(tokens, i, lex):
        return {"hypothetical"}  # "analysts warned that the conflict could spread"
    # these take their verb right after them: "began to", "refrained from", "kept firing"
    j = i + 1
    while j < len(tokens) and (tokens[j].lower in _ADVERBS or tokens[j].lower == "up"):
        j += 1
    right = j < len(tokens) and (
        tokens[j].lower in ("to", "from", "that") or "VBG" in tokens[j].tags
    )
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
    if "order" in keys and _court_subject(tokens, i) and _to_ahead(tokens, i):
        return {"demand", "aspect"}  # "the court ordered the army to release…": §10, not done
    if keys & _COMMAND and not _passive(tokens, i) and _object_to_verb(tokens, i):
        # "The president ordered the army to retake the town": an order leaves its
        # complement uncommitted (FactBank 1.0, Uu), so the retaking is not told as done
        return {"planned", "aspect"}
    if keys & {"try", "attempt"} and (right or _shared_infinitive(tokens, j)):
        return {"attempt", "aspect"}
    if keys & lex.words("aspect") and right:
        return {"aspect"}
    if keys & lex.words("posture") and right:
        return {"posture", "aspect"}
    if nxt == "to" and "ADJ" in tokens[i].pos and _passive(tokens, i):
        return {"aspect"}  # "is ready to", "are willing to": the cue is read with the verb
    return None


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


_SCHEDULED = frozenset({"expect", "schedule", "due", "set", "slate", "poise", "plan"})


def _predicate(tokens: list[Token], i: int, verbs: set[int]) -> int | None:
    """The adjective or noun after a copula ("was skeptical"), or None when a verb follows."""
    if "be" not in tokens[i].keys:
        return None
    k = i + 1
    while k < len(tokens) and (tokens[k].lower in _ADVERBS or tokens[k].lower in DETERMINERS):
        k += 1
    if k >= len(tokens) or k in verbs or tokens[k].lower in AUX or tokens[k].boundary:
        return None
    if k + 1 < len(tokens) and tokens[k + 1].lower == "to":
        return None  # "is due to", "is ready to": the verb after "to" governs
    return k


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
        for key in tokens[k].keys:
            for kind, cue in lex.cue_starts.get(key, ()):
                flag = _FLAG_OF.get(kind)
                if kind == "intent" and modal_perfect(tokens, k, hi):
                    flag = "hypothetical"  # "would have stormed": what did not happen
                if kind == "negate" and _not_the_first(tokens, k):
                    continue  # "It was not the first time Iran has seized a tanker": it did
                if flag and flag not in found and cue_at(tokens, k, hi, cue):
                    found.add(flag)
    if "planned" in found:
        found.discard("hypothetical")
    return found


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
    """ "not the first time", "not the only", "not the last": the negation denies that the
    happening is the first (or only) one, and so asserts it (Horn 1989, *A Natural History
    of Negation*, ch. 6: metalinguistic negation of an ordinal presupposes the event)."""
    nxt = [t.lower for t in tokens[k + 1 : k + 3]]
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
