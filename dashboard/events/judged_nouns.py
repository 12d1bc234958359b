"""Event nouns that a sentence judges or reckons rather than tells as a happening of its own:
"the blockades had cost the economy $1.7 billion", "called the attack 'very weak'"
(``reckoned_cost``, ``called_noun``; ``non_events._judged_noun`` reads them with the
copula's verdicts)."""

from __future__ import annotations

from dashboard.events.tokens import Token


def reckoned_cost(tokens: list[Token], k: int) -> bool:
    """Does the verb "cost" follow at ``k``, after auxiliaries ("the blockades had cost the
    economy $1.7 billion", "the sanctions have cost Russia billions")? What is told is a
    reckoning of a happening named before, as a judgement is (Oxford Learner's
    Dictionaries, cost v. 1 'to have as a price'), not the happening of the noun's code."""
    while k < len(tokens) and tokens[k].lower in _COST_AUX:
        k += 1
    return k < len(tokens) and tokens[k].lower in ("cost", "costs")


def called_noun(tokens: list[Token], first: int) -> bool:
    """Is the event noun at ``first`` the object of a verb of naming or judging ("called the
    attack 'very weak'", "termed the strikes a provocation", "branded the raid illegal")?
    The verb's subject judges a happening told elsewhere (Quirk et al. 1985 §16.45, object
    complement after "call", "term", "brand"); the judge is no doer of it."""
    j = first - 1
    while j >= 0:
        if tokens[j].lower in ("'s", "’s") and j > 0:
            j -= 2  # "Iran's attack": the possessor and its mark
        elif tokens[j].lower in _CALLED_DETERMINERS or tokens[j].lower.endswith(("'s", "’s")):
            j -= 1
        else:
            break
    return j >= 0 and tokens[j].lower in _CALLING and j < first - 1


_CALLED_DETERMINERS = frozenset("the this that these those its their his her".split())
_CALLING = frozenset(
    "called calls calling call termed terms term branded brands brand dubbed dubs".split()
)


_COST_AUX = frozenset("had have has will would could may might already so far".split())
