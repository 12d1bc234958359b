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

The shared word classes and ``Parse`` are in ``clause_words``; what a verb that passes the
event on adds, and the cues before a verb, are in ``verb_flags``.
"""

from __future__ import annotations

from dashboard.events.attributive_cues import attributive_belief
from dashboard.events.clause_words import (
    _ADVERBS,
    _FINITE,
    ARTICLES,
    AUX,
    DETERMINERS,
    GAP_SUBJECTS,
    INSERT_SUBJECTS,
    MODALS,
    PRONOUNS,
    Parse,
    _prev,
    object_gap_relative,
    zero_relative,
)
from dashboard.events.lead_forms import present_verb, unmarked_plural
from dashboard.events.lexicon import Lexicon
from dashboard.events.pronoun_subjects import determined
from dashboard.events.provided import conditional_provided
from dashboard.events.since_phrase import since_preposition
from dashboard.events.tokens import Token
from dashboard.events.verb_flags import _transparent, window_flags

_DASHES = frozenset({"—", "–"})


def _after_dateline(tokens: list[Token], j: int) -> bool:
    """Is the token at ``j`` the dash that closes a wire dateline ("ABUJA —", "PORT-AU-PRINCE,
    Haiti (AP) —": names and marks only before it)? The story's first sentence starts after
    it, so a word right after it stands where a sentence's first word does, and a past form
    there ("ABUJA — Kidnapped students were freed") modifies the noun after it as it does at
    a sentence's start (AP Stylebook, datelines; Quirk et al. 1985 §17.98 attributive
    participles)."""
    return tokens[j].text in _DASHES and all(
        t.boundary or t.text[:1].isupper() or t.text == "." for t in tokens[:j]
    )


_HYPHENS = frozenset("-‐‑")

# words whose "'s" is "is" or "has", not a genitive ("it's armed", "he's resigned")
_CONTRACTED = frozenset("it he she that there what who here where this everyone nobody".split())


def _genitive_modifier(tokens: list[Token], i: int, j: int) -> bool:
    """Does the participle at ``i`` stand between a genitive ``'s`` (at ``j``) and a common
    noun ("the army's armed units", "Peru's elected mayors")? A genitive is a determiner of the
    noun phrase it opens (Huddleston and Pullum 2002, ch. 5 §16.3), so the participle after it
    modifies that noun and is no finite verb; after a pronoun "'s" is "is" or "has"."""
    if j < 1 or tokens[j].text != "'s" or tokens[j - 1].lower in _CONTRACTED:
        return False
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return nxt is not None and "NOUN" in nxt.pos and not nxt.text[:1].isupper()


def _is_verb(tokens: list[Token], i: int, saying: frozenset[str]) -> bool:
    """Is token ``i`` a verb of the clause? ``saying``: the lexicon's verbs of saying."""
    t = tokens[i]
    if "VERB" not in t.pos and "AUX" not in t.pos:
        return False
    if i > 0 and tokens[i - 1].text in _HYPHENS and tokens[i - 1].end == t.start:
        return False  # "a U.S.-brokered deal": a compound adjective (Quirk et al. 1985 §I.47)
    j = _prev(tokens, i)
    before = tokens[j].lower if j >= 0 else ""
    if before in AUX or before == "to":
        return True
    if t.lower in AUX:
        return before not in DETERMINERS  # "are", "has": finite wherever they stand
    if j < 0 or determined(tokens, i, j) or not t.tags & _FINITE or _after_dateline(tokens, j):
        return False  # a finite verb follows its subject: "Ousted President X" has none
    if _genitive_modifier(tokens, i, j):
        return False  # "Chad's elected leaders": a participle modifying the genitive's noun
    if "NOUN" in t.pos and t.lower.endswith("s") and "VBZ" in t.tags:
        # "drills", "talks": a verb only after a subject and not before another finite verb
        if (
            i + 2 < len(tokens)
            and tokens[i + 1].text == ","
            and _appositive_participle(tokens, i + 2)
        ):
            return False  # "Peace talks, mediated by Norway, have stalled": the aside's noun
        for k in range(i + 1, min(i + 7, len(tokens))):
            nxt = tokens[k]
            if nxt.boundary:
                break
            if nxt.lower in AUX or ("VBD" in nxt.tags and "NOUN" not in nxt.pos):
                return False
            if k == i + 1 and nxt.tags & {"VBD", "VBP"} and _object_next(tokens, k + 1):
                return False  # "Prison guards beat two inmates": "beat" is the verb
        return before in PRONOUNS or tokens[j].text[:1].isupper() or present_verb(tokens, i, j)
    if t.tags & _FINITE == {"VBP"}:  # a bare present form: only after a pronoun or plural
        plural = tokens[j].lower.endswith("s") and "NOUN" in tokens[j].pos
        if unmarked_plural(tokens, i, j) or present_verb(tokens, i, j):
            return True
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
        return before in PRONOUNS or plural or joined or _mandative(tokens, j)
    return True


# verbs and nouns of demanding whose "that" clause takes the mandative subjunctive, the bare
# form after a singular subject ("demanded that Iran abandon…"): Quirk et al. 1985 §3.58,
# §16.32; Huddleston and Pullum 2002, ch. 10 §4 (mandative clauses)
_MANDATIVE = frozenset("demand insist require request urge propose recommend stipulate".split())


def _mandative(tokens: list[Token], j: int) -> bool:
    """Does the subject ending at ``j`` follow "that" after a verb or noun of demanding
    ("demanded that Ottawa hand over", "insisted that the council adopt"), or such a verb
    with "that" left out ("demanded Ottawa hand over": Quirk et al. 1985 §16.32 let the
    mandative clause drop it), so that the bare form after it is a subjunctive verb, not a
    noun? A bracketed aside in the subject ("North Korea (DPRK)") is passed over, and a
    subject of up to ``_SUBJECT_REACH`` words is read ("the Republic of South Sudan")."""
    if _possessive(tokens, j):
        return False  # "demanding Elian's return": what follows a possessive is its noun
    k, words = j, 0
    while k > 0 and words <= _SUBJECT_REACH:
        t = tokens[k]
        if t.text == ")":
            k = _bracket_open(tokens, k)
            if k <= 0:
                return False
            k -= 1
            continue
        if k < j and t.lower == "that":
            return bool(tokens[k - 1].keys & _MANDATIVE)
        if k < j and _demanding_verb(tokens, k):
            return True
        if t.boundary or t.lower in AUX:
            return False
        k, words = k - 1, words + 1
    return False


# the words a mandative clause's subject may run to
_SUBJECT_REACH = 9
# the verbs that open a mandative clause without "that" in news copy ("demanded Iran
# abandon", "insisted the council adopt", "urged Kyiv accept"), in a finite form; "proposed"
# and "required" are left out: before a noun they are adjectives ("the proposed plan will…")
_BARE_MANDATIVE = frozenset({"demand", "insist", "urge"})
_FINITE_FORMS = frozenset({"VBD", "VBZ", "VBP"})
_POSSESSIVE_MARKS = frozenset({"'s", "’s", "'", "’"})


def _possessive(tokens: list[Token], j: int) -> bool:
    """Is ``tokens[j]`` a possessive ending ("Elian's", "Iran’s", "the rebels'")?"""
    low = tokens[j].lower
    return low in _POSSESSIVE_MARKS or (low == "s" and j > 0 and tokens[j - 1].lower in ("'", "’"))


def _demanding_verb(tokens: list[Token], k: int) -> bool:
    """Is ``tokens[k]`` a finite verb of demanding with its subject before it and a noun
    phrase after it ("Seoul demanded Pyongyang …", "demanded the government …"), not a
    participle before a noun ("its demanded changes")?"""
    t = tokens[k]
    if not (t.keys & _BARE_MANDATIVE and "VERB" in t.pos and t.tags & _FINITE_FORMS):
        return False
    before = tokens[k - 1].lower if k > 0 else ""
    if before in DETERMINERS or before in _POSSESSIVE_MARKS or before in _POSSESSIVES:
        return False
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    return nxt is not None and (nxt.lower in DETERMINERS or nxt.text[:1].isupper())


def _bracket_open(tokens: list[Token], k: int) -> int:
    """The index of the "(" that opens the bracket closed at ``k``, or -1."""
    for m in range(k - 1, max(k - 8, -1), -1):
        if tokens[m].text == "(":
            return m
    return -1


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
        # the three tests of a word's neighbours are asked only of their own first words
        # ("should", "it", "they"): each returns False on any other; this loop runs per token
        if (word in cond and (word != "provided" or conditional_provided(tokens, i))) or (
            word in _INVERTED and inverted_condition(tokens, i)
        ):
            intro = "cond"
        elif (
            (word in rel and i > 0)
            or (word in INSERT_SUBJECTS and zero_relative(tokens, i))
            or (word in GAP_SUBJECTS and object_gap_relative(tokens, i))
        ):
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
# the operators that open a conditional clause by inversion, "if" left out (Quirk et al. 1985
# §15.36: "Should you need help…", "Had I known…", "Were she to resign…")
_INVERTED = frozenset("should had were".split())
_CLAUSE_OPENERS = frozenset({"that"})


def inverted_condition(tokens: list[Token], i: int) -> bool:
    """Does an inverted conditional clause open at ``i``: "should", "had" or "were" first in
    its clause (the sentence's start, after a clause mark or a "that"), a subject next (no
    verb), and a comma later before the sentence's end, after which the consequence stands
    ("Should the court reject the appeal, the party will strike")? A question ("Should the
    court reject it?") has no comma-closed clause and no consequence, so it is none."""
    if tokens[i].lower not in _INVERTED or i + 1 >= len(tokens):
        return False
    if i > 0 and not tokens[i - 1].boundary and tokens[i - 1].lower not in _CLAUSE_OPENERS:
        return False
    nxt = tokens[i + 1]
    if nxt.boundary or nxt.lower in AUX or ("VERB" in nxt.pos and "NOUN" not in nxt.pos):
        return False  # "had said", "were killed": a verb group, no subject after it
    rest = [t.text for t in tokens[i + 1 :]]
    return "," in rest and "?" not in rest


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
    if before.lower in _JOINS or before.lower in PRONOUNS or before.boundary:
        return False
    return "NOUN" in before.pos or "PROPN" in before.pos or before.text[:1].isupper()


# days named from the speaker's now (TimeML: deictic temporal adverbs), tagged as nouns
_DEICTIC_DAYS = frozenset("yesterday today tonight tomorrow overnight".split())
# a time noun after a deictic determiner ("last week", "this month") is a noun phrase used as
# an adverbial of time (TimeML 1.2.1: a deictic DATE), not a noun that a
# relative "that" could follow
_TIME_NOUNS = frozenset("week month year weekend night morning afternoon evening".split())
_DEICTIC_DETERMINERS = frozenset("last this next".split())


def _after_verb(tokens: list[Token], i: int) -> bool:
    """Is the 'that' at ``i`` a verb's complement ("said on Friday that", "said yesterday
    that")? A deictic time word between is an adverb, not the noun a relative "that" needs."""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    for k in range(i - 1, max(i - 5, -1), -1):
        t = tokens[k]
        if t.lower in _DEICTIC_DAYS or t.lower in _DEICTIC_DETERMINERS:
            continue
        if t.lower == "out" and k > 0 and "rule" in tokens[k - 1].keys:
            # the particle of "rule out" ("did not rule out that troops could be sent"), not
            # the noun a relative "that" follows: Merriam-Webster rule out, 'to make
            # impossible', takes the possibility as a that-clause. Other phrasal verbs are
            # left: "while pointing out that …" read as a complement was taken for the main
            # verb's ("agreed, while pointing out that none … received training": §036)
            if nxt in _TIME_NOUNS or nxt == "day":
                return False
            continue
        if t.lower in _TIME_NOUNS and k > 0 and tokens[k - 1].lower in _DEICTIC_DETERMINERS:
            continue  # "said last week that"
        if t.boundary or ("NOUN" in t.pos and "VERB" not in t.pos and not t.text[:1].isupper()):
            return False
        if "VERB" in t.pos and t.tags & {"VBD", "VBZ", "VBP", "VBN"} and t.lower not in AUX:
            return True
    return False


def _not_clause_word(tokens: list[Token], i: int) -> bool:
    """'as' in 'such as', 'as well as'; 'since' before a phrase of time (``since_phrase``);
    'before' after 'never' or 'ever' ("had never before suffered": §8.77): no clause."""
    word, prev = tokens[i].lower, tokens[i - 1].lower if i > 0 else ""
    nxt = tokens[i + 1].lower if i + 1 < len(tokens) else ""
    if word == "as":
        return prev in ("such", "well", "so") or nxt in ("well", "part", "a", "an")
    if word == "since":
        return since_preposition(tokens, i)
    return word == "before" and prev in ("never", "ever")


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
    if "intent" in flags and _open_condition(tokens, kinds, opens, _own_reach(tokens, gov, verbs)):
        # "would appeal the ruling if the court refused": an act stated as the consequence
        # of an open condition is not asserted (ACE 2005 modality Other, conditional); a
        # promise or a threat so stated stays an event of its own (``governing`` drops the
        # flag for CAMEO 1.1b3 §03 and §13)
        flags.add("hypothetical")
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
        elif (
            _reduced_relative(tokens, i, clause)
            or _appositive_participle(tokens, i)
            or attributive_belief(tokens, i)  # "A week earlier, suspected rebels burned"
        ):
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
        # cues before this clause belong to another verb, and so do those before an "and"
        # that opens this verb's own group ("had no role in the attack and urged calm")
        lo = max(speaker + 1, opened)
        lo = max((k + 1 for k in range(lo, i) if _own_group_after(tokens, lo, k, i)), default=lo)
        return i, flags | window_flags(tokens, lo, i, lex)
    return None, flags


_BE = frozenset("be is are was were been being am".split())


def _own_group_after(tokens: list[Token], lo: int, k: int, i: int) -> bool:
    """Does "and"/"but" at ``k`` open the verb group of the verb at ``i``, outside a negation
    in the group before it? Negation scopes over its own verb group (Quirk et al. 1985
    §10.64 ff.): "had no role in the attack and urged calm" urges, as "did not fire but
    dispersed" disperses; a bare verb after a modal or "do" shares the operator ("did not
    attack and seize"), and so does any verb after "have" or "be" ("had not attacked and
    seized"). ``lo``: where the first group's clause opens."""
    if tokens[k].lower not in ("and", "but"):
        return False
    if any(t.lower not in _ADVERBS or t.lower in ("not", "n't") for t in tokens[k + 1 : i]):
        return False
    neg = [j for j in range(lo, k) if tokens[j].lower in ("not", "n't", "never", "no")]
    if not neg:
        return False
    if tokens[neg[-1]].lower == "no":
        return True  # a determiner ("no role"): it negates its own clause's noun phrase
    op = tokens[neg[-1] - 1].lower if neg[-1] > lo else ""
    if op not in AUX:
        return True
    after = tokens[neg[-1] + 1].lower if neg[-1] + 1 < k else ""
    if op in _BE and after in ARTICLES:
        # "the dam was not a threat and invited Egypt": a copula's noun phrase is no verb
        # group a second verb could share "was" with (as "was not arrested and charged" does)
        return True
    finite = bool(tokens[i].tags & {"VBD", "VBZ"}) and not tokens[i].tags & {"VB", "VBP"}
    return finite and op in MODALS | {"do", "does", "did"}


def _own_reach(tokens: list[Token], gov: int | None, verbs: set[int]) -> int:
    """Where the governing verb's group ends: at an "and" or "but" after it that opens a
    second finite verb ("would not hand over its weapons and warned that it could respond
    if…"); a condition told after that is the second group's (conditions attach to the
    nearest verb group before them, Quirk et al. 1985 §15.34), not the governing verb's."""
    if gov is None:
        return len(tokens)
    for k in range(gov + 1, len(tokens) - 1):
        nxt = tokens[k + 1]
        if tokens[k].lower in ("and", "but") and k + 1 in verbs and nxt.tags & {"VBD", "VBZ"}:
            return k
    return len(tokens)


def _open_condition(
    tokens: list[Token], kinds: list[str], opens: list[int], reach: int | None = None
) -> bool:
    """A clause opened by "if" (not "unless", the price of a threat, nor "whether") before
    ``reach``; "even if" concedes and "as if" compares, so the act beside them is still told
    (Quirk et al. 1985 §15.39, concessive conditionals; §15.51 comparison)."""
    return any(
        kind == "cond"
        and opens[c] < (len(tokens) if reach is None else reach)
        and (tokens[opens[c]].lower == "if" or tokens[opens[c]].lower in _INVERTED)
        and (opens[c] == 0 or tokens[opens[c] - 1].lower not in ("even", "as"))
        for c, kind in enumerate(kinds)
    )


def describes_noun(p: Parse, i: int) -> bool:
    """The past participle at ``i`` modifies the noun before it ("A second convoy, planned
    for Tuesday, was cancelled", "the summit planned for Monday was postponed")."""
    return _appositive_participle(p.tokens, i) or _reduced_relative(p.tokens, i, p.clause)


def _reduced_relative(tokens: list[Token], i: int, clause: list[int]) -> bool:
    """Is the past form at ``i`` a participle modifying the noun before it, whose clause's
    own verb is a later auxiliary ("the summit planned for Monday was postponed", "the men
    arrested on Monday were freed"), or whose "by" agent is followed by the clause's own past
    verb ("Troops backed by drones killed 20 militants")? Only a bare past form with no
    auxiliary before it."""
    if "VBN" not in tokens[i].tags or i == 0 or "NOUN" not in tokens[i - 1].pos:
        return False
    agent = i + 1 < len(tokens) and tokens[i + 1].lower == "by"
    for k in range(i + 1, min(i + 12, len(tokens) - 1)):
        t = tokens[k]
        if clause[k] != clause[i] or t.lower in ("and", "or", "but"):
            return False
        if t.lower in ("was", "were", "is", "are", "has", "have", "had") and (
            "VERB" in tokens[k + 1].pos or tokens[k + 1].lower == "been"
        ):
            return True
        if agent and k > i + 2 and "VBD" in t.tags and "VERB" in t.pos:
            return True  # the agent's noun phrase ended at the clause's own verb
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
            if _list_item(nxt):
                continue  # "mediated by Cuba, Norway and Mexico, have stalled": a list's comma
            return nxt.lower in AUX or ("VBD" in nxt.tags and "VERB" in nxt.pos)
    return False


def _list_item(t: Token) -> bool:
    """A capitalised name that is no verb after a comma: the next item of a list of names."""
    return t.text[:1].isupper() and not t.tags and t.lower not in AUX


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
