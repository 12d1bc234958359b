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
        return [t for k, t in enumerate(self.tokens[start:i], start) if self.clause[k] in keep]


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
_INSERT_SUBJECTS = frozenset("it they he she police officials authorities".split())
_INSERT_VERBS = frozenset(
    "said say says believed believe believes alleged alleges claimed claim claims suspected "
    "thought described accused".split()
)
_GAP_VERBS = frozenset("was were is are had has have".split())


def zero_relative(tokens: list[Token], i: int) -> bool:
    """Does a zero relative clause with a reporting insert open at ``i`` ("people *it said
    were* plotting …")? Needs a noun before ``i`` and no clause mark between."""
    if not 0 < i < len(tokens) - 2 or tokens[i].lower not in _INSERT_SUBJECTS:
        return False
    before = tokens[i - 1]
    if before.boundary or "NOUN" not in before.pos or before.lower in _PRONOUNS:
        return False
    if tokens[i + 1].lower in _INSERT_VERBS and tokens[i + 2].lower in _GAP_VERBS:
        return True
    return _object_gap(tokens, i)


# a pronoun subject of a zero relative whose gap is the object ("troops it has massed",
# "prisoners they held"); verbs whose object is a person told something, so that a clause
# after it is their content ("told reporters it had seized a tanker"), not a relative
_GAP_SUBJECTS = frozenset("it they he she we".split())
_TELLING = frozenset("tell inform assure warn remind notify convince persuade show".split())


def _object_gap(tokens: list[Token], i: int) -> bool:
    """Does a zero relative clause whose relative is the object open at ``i``: a common noun,
    then a pronoun subject and a perfect or past verb ("urged Serbia to withdraw troops *it
    has massed* along the border", "freed the prisoners *they held*")? Quirk et al. 1985
    §17.15: the relative pronoun may be left out when it is the object of its clause. Not
    after a time noun or a proper one ("said Monday it had", "told Reuters it had") nor
    after a verb of telling's object ("told reporters it had seized"): there a content
    clause opens with its "that" left out (Quirk et al. 1985 §15.3)."""
    before = tokens[i - 1]
    if tokens[i].lower not in _GAP_SUBJECTS or not before.text.islower():
        return False
    if "NOUN" not in before.pos or before.lower in _PRONOUNS | _TIME_NOUNS | _FUNCTION:
        return False
    if before.tags & {"VB", "VBP", "VBD", "VBN", "VBG"}:
        return False  # "the authorities say they have gathered": a verb, no antecedent
    if any(t.keys & _TELLING for t in tokens[max(0, i - 4) : i - 1]):
        return False
    nxt = tokens[i + 1]
    if nxt.lower in ("has", "have", "had"):
        return "VBN" in tokens[i + 2].tags
    return "VBD" in nxt.tags and "VBN" not in nxt.tags


# closed-class words the tagger leaves as nouns ("unknown if she was", "what it was asked")
_FUNCTION = frozenset(
    "if whether what whatever when where why how than as because though although while "
    "unless since once until so and or but nor".split()
)
# time nouns ("said last week it had") and the nouns of a statement ("said in a statement it
# had"): the clause after them is the content said, not a relative on them
_TIME_NOUNS = frozenset(
    "day week month year morning afternoon evening night today yesterday weekend time "
    "statement interview letter speech address post video briefing conference report".split()
)


# the same insert as text, for the card line's end ("arrested 16 people| it said were …")
ZERO_RELATIVE_RX = (
    rf"\s(?:{'|'.join(sorted(_INSERT_SUBJECTS))})\s+(?:{'|'.join(sorted(_INSERT_VERBS))})"
    rf"\s+(?:{'|'.join(sorted(_GAP_VERBS))})\b"
)
