"""The closed word classes the clause rules share (auxiliaries, modals, articles,
determiners, adverbs skipped between words, finite forms) and ``Parse``, one sentence's
tokens, clauses, verbs and governing verb as ``clauses.parse`` returns them.
"""

from __future__ import annotations

from dataclasses import dataclass

from dashboard.events.tokens import Token

AUX = frozenset(
    "be is are was were been being am have has had having do does did will would shall "
    "should can could may might must 'll wo ca".split()
)
MODALS = frozenset("will would shall should can could may might must 'll wo ca".split())
PRONOUNS = frozenset("i we you he she it they who which that this these those".split())
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
_RELATIVES = frozenset("which who whose".split())


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

    def subject_opening(self, i: int) -> int:
        """Where the subject of the clause holding token ``i`` may start: that clause's
        opening, or, when the clause opens right after a non-restrictive relative clause set
        off by commas ("The summit, which opened on Monday, closed on Tuesday"), the opening
        of the clause before the relative, whose noun phrase is the subject the relative
        interrupts; in such a relative itself ("The hearing, which closed on Thursday"), the
        opening of the clause its antecedent stands in (Quirk et al. 1985 §17.22,
        non-restrictive relative clauses)."""
        start = self.opening(i)
        c = self.clause[i]
        tokens = self.tokens
        if (
            c >= 1
            and start >= 1
            and tokens[start].lower in _RELATIVES
            and tokens[start - 1].lower == ","
        ):
            # "The hearing, which closed on Thursday": the relative's subject is the noun it
            # follows (its antecedent, Quirk et al. 1985 §17.22)
            return self.opens[c - 1]
        if c < 2 or start < 1 or self.tokens[start - 1].lower != ",":
            return start
        relative = self.opens[c - 1]
        if relative < 1 or self.tokens[relative].lower not in _RELATIVES:
            return start
        if self.tokens[relative - 1].lower != "," or self.clause[relative - 1] != c - 2:
            return start
        return self.opens[c - 2]

    def subject_words(self, i: int) -> list[Token]:
        """The words before token ``i`` where its clause's subject may stand: from
        ``subject_opening`` to ``i``, without an interrupting relative clause's words, and
        after any verb that passed the event on ("The ministry said its forces hit back": the
        forces, not the ministry, hit)."""
        start = self.subject_opening(i)
        start = max((k + 1 for k in self.passing if start <= k < i), default=start)
        keep = (self.clause[start], self.clause[i])
        # the tokens and their clause numbers side by side (one per token): no index lookups
        pairs = zip(self.tokens[start:i], self.clause[start:i], strict=True)
        return [t for t, c in pairs if c in keep]


def _prev(tokens: list[Token], i: int) -> int:
    """Index of the previous token that is not an adverb (-1 at the start)."""
    j = i - 1
    # "-ly" marks an adverb, not a name: "Italy sent", "Kelly said" have their subject
    while j >= 0 and (
        tokens[j].lower in _ADVERBS
        or (tokens[j].lower.endswith("ly") and "NOUN" not in tokens[j].pos)
    ):
        j -= 1
    if j >= 1 and tokens[j].lower == "longer" and tokens[j - 1].lower == "no":
        # "will no longer tolerate": the time adverbial "no longer" (Quirk et al. 1985
        # §8.64, 'no longer' beside 'not any longer') stands between the modal and its verb
        return _prev(tokens, j - 1)
    return j


# a relative clause whose relative pronoun is left out and whose subject is that gap, with
# a reporting insert: "16 people it said were plotting attacks" (Quirk et al. 1985 §17.15,
# zero relative; Huddleston & Pullum 2002 ch. 12 §3.3, "a man they said was armed"): a
# reporting verb followed at once by a finite "be" or "have" has no subject of its own
INSERT_SUBJECTS = frozenset("it they he she police officials authorities".split())
_INSERT_VERBS = frozenset(
    "said say says believed believe believes alleged alleges claimed claim claims suspected "
    "thought described accused".split()
)
_GAP_VERBS = frozenset("was were is are had has have".split())


def zero_relative(tokens: list[Token], i: int) -> bool:
    """Does a zero relative clause with a reporting insert open at ``i`` ("people *it said
    were* plotting …")? Needs a noun before ``i`` and no clause mark between."""
    if not 0 < i < len(tokens) - 2 or tokens[i].lower not in INSERT_SUBJECTS:
        return False
    before = tokens[i - 1]
    if before.boundary or "NOUN" not in before.pos or before.lower in PRONOUNS:
        return False
    return tokens[i + 1].lower in _INSERT_VERBS and tokens[i + 2].lower in _GAP_VERBS


# a zero relative whose gap is the object: "released 20 travellers they had kidnapped", "handed
# back the town they captured last year" (Quirk et al. 1985 §17.15: the relative pronoun may be
# left out when it is not the subject; Huddleston & Pullum 2002 ch. 12 §3.3, "the book I
# bought"). Only a pronoun subject is read (a noun subject, "the hostages the gang took", needs
# a parse of the noun phrase), and only after a noun that stands as a verb's object, so that a
# fronted adverbial ("After the attack they fled", "Last month they freed") keeps its main clause.
# the subject pronouns a gapped-object relative opens on ("the hostages they had seized"); the
# clause loop asks ``object_gap_relative`` only of these (issue 15)
GAP_SUBJECTS = frozenset("they it he she we".split())
_PERFECT = frozenset("had has have 'd".split())
# nouns of time, which head an adverbial of time, not an object ("that week they fled")
_TIME_HEADS = frozenset(
    "day days week weeks month months year years weekend night nights morning afternoon "
    "evening time times hour hours decade decades moment".split()
)
# nouns whose clause is their content, not a relative ("found evidence they had used gas":
# Quirk et al. 1985 §17.26, appositive clauses after nouns of fact and report)
_CONTENT_NOUNS = frozenset(
    "evidence proof sign signs claim claims report reports fear fears hope hopes news word "
    "assurance assurances suggestion allegation allegations belief concern concerns warning "
    "warnings indication indications confirmation doubt doubts idea".split()
)
# verbs that take a person and then a clause with "that" left out ("told reporters they had
# arrested two men": Quirk et al. 1985 §16.63, ditransitive complementation)
_TELLING = frozenset(
    "tell inform assure warn remind notify promise convince persuade advise show teach "
    "reassure".split()
)
# function words lemminflect tags as nouns, which head no noun phrase
_NOT_HEADS = frozenset(
    "whether what if that which who whom how why where when than as because though although "
    "while since until unless whatever whoever whichever nothing something anything "
    "everything but and or nor yet so".split()
)
# words an object noun phrase may hold between its verb and its head
_NP_INNER = ARTICLES | frozenset("of more than at least about some all both".split())


def object_gap_relative(tokens: list[Token], i: int) -> bool:
    """Does a zero relative clause with its object gapped open at the pronoun ``i``?

    ``tokens[i-1]`` must be a common noun heading a verb's object (walking back over the noun
    phrase's determiners, numbers, adjectives and nouns reaches a verb, or a verb's particle
    'back'/'up'), and ``tokens[i+1]`` a past verb or "had"/"has"/"have" before a past
    participle: "freed the hostages they had seized" opens one at "they".
    """
    if not 0 < i < len(tokens) - 1 or tokens[i].lower not in GAP_SUBJECTS:
        return False
    head = tokens[i - 1]
    if head.boundary or "NOUN" not in head.pos or "PROPN" in head.pos or head.text[0].isupper():
        return False
    if head.lower in _NOT_HEADS:
        return False  # lemminflect lists "whether" and "what" as nouns
    if head.lower in _TIME_HEADS or head.lower in _CONTENT_NOUNS:
        return False
    nxt = tokens[i + 1]
    if nxt.lower in _PERFECT:
        if i + 2 >= len(tokens) or "VBN" not in tokens[i + 2].tags:
            return False
    elif "VBD" not in nxt.tags or nxt.lower in AUX:
        return False  # "the town they were in" is left: a gapped object needs a lexical verb
    return _object_of_verb(tokens, i - 1)


def _object_of_verb(tokens: list[Token], head: int) -> bool:
    """Is the noun at ``head`` the last word of a noun phrase that follows a verb?"""
    j = head - 1
    while (
        j >= 0
        and not tokens[j].boundary
        and (
            tokens[j].lower in _NP_INNER
            or tokens[j].text.replace(",", "").isdigit()
            or tokens[j].pos & {"ADJ", "NOUN", "NUM"}
        )
    ):
        if "VERB" in tokens[j].pos and tokens[j].tags & {"VBD", "VBZ", "VBP", "VB", "VBN"}:
            break
        j -= 1
    if j < 0 or tokens[j].boundary:
        return False
    t = tokens[j]
    if t.lower in ("back", "up", "over", "out") and j > 0:
        t = tokens[j - 1]
    if t.keys & _TELLING:
        return False
    return "VERB" in t.pos and bool(t.tags & {"VBD", "VBZ", "VBP", "VB", "VBN", "VBG"})


# the same insert as text, for the card line's end ("arrested 16 people| it said were …")
ZERO_RELATIVE_RX = (
    rf"\s(?:{'|'.join(sorted(INSERT_SUBJECTS))})\s+(?:{'|'.join(sorted(_INSERT_VERBS))})"
    rf"\s+(?:{'|'.join(sorted(_GAP_VERBS))})\b"
)
