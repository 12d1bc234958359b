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
    if j >= 1 and tokens[j].lower == "longer" and tokens[j - 1].lower == "no":
        # "will no longer tolerate": the time adverbial "no longer" (Quirk et al. 1985
        # §8.64, 'no longer' beside 'not any longer') stands between the modal and its verb
        return _prev(tokens, j - 1)
    return j
