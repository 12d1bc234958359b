"""Who a sentence says took no part in an act: "Kenyan police officers did not take part in
the fighting" tells of the fighting and denies Kenya a side in it. The subject of a negated
verb of participation is no actor of the act that is its complement; the act itself is not
denied (newuser48 n12: the gangs' attack on Mirebalais was given Kenya as its one actor).

Verbs of participation are ``cues.csv`` rows of kind ``partake``; the negators are the
NegEx pre-negation words (Chapman et al. 2001) a finite verb takes. Verbs negative in
meaning ("stayed out of", "took no part in") are rows of kind ``abstain``, read with no
negator."""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.actors import Actor
from dashboard.events.beside_sites import beside_site
from dashboard.events.lexicon import load
from dashboard.events.tokens import verb_forms

_WORD = re.compile(r"[A-Za-z]+n[’']t|[A-Za-z]+|[,;:.!?()\u2014\u2013]")
_NEGATORS = frozenset({"not", "never"})
_REACH = 3  # words from the negator to the verb: "did not", "has never been", "was not even"
_STRETCH = 80  # characters from the subject to the act: one clause, never the next


def denied_party(text: str, actor_end: int, act_start: int) -> bool:
    """Does a negated verb of participation stand between a subject ending at ``actor_end``
    and the act starting at ``act_start`` ("did not take part in", "has never been involved
    in", "did not join")? Offsets are characters of ``text``; a stretch with a clause break
    (comma, semicolon, stop, dash) or over ``_STRETCH`` characters is never read."""
    if not 0 <= actor_end <= act_start or act_start - actor_end > _STRETCH:
        return False
    words = [_negator(w.lower()) for w in _WORD.findall(text[actor_end:act_start])]
    if not all(w.isalpha() for w in words):
        return False
    for i, w in enumerate(words):
        if w in _NEGATORS and any(
            _partakes(words, j) for j in range(i + 1, min(len(words), i + 1 + _REACH))
        ):
            return True
    # "Hezbollah stayed out of the fighting", "took no part in it": negative in meaning
    return any(_partakes(words, j, _abstains()) for j in range(len(words)))


def _negator(word: str) -> str:
    """ "didn't" as "not": the contracted negator is the verb's own (Quirk et al. 1985 §10.54)."""
    return "not" if word[-3:] in ("n't", "n’t") else word


def _partakes(words: list[str], j: int, cues: tuple[tuple[str, ...], ...] = ()) -> bool:
    forms = verb_forms(words[j])
    lemma = forms[0] if forms else words[j]
    return any(
        cue[0] == lemma and tuple(words[j + 1 : j + len(cue)]) == cue[1:] for cue in cues or _cues()
    )


@cache
def _cues() -> tuple[tuple[str, ...], ...]:
    return load().cue("partake")


@cache
def _abstains() -> tuple[tuple[str, ...], ...]:
    return load().cue("abstain")


# "over the objections of", "despite objections from", "against the wishes of": the name
# after it opposed the act, and did neither it nor suffer it (CAMEO 1.1b3: the source acts,
# the target is acted on; an opponent in an adjunct of concession is neither), up to a title
# of at most four capitalised words ("over the objections of California Governor Ana Ruiz")
_OBJECTOR_BEFORE = re.compile(
    r"\b(?:over|despite|against)\s+(?:the\s+)?(?:strong\s+|fierce\s+)?"
    r"(?:objections?|opposition|protests|wishes|will|advice)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*\s+){0,4}$"
)


def non_party(text: str, actor: Actor) -> bool:
    """Is ``actor`` named as one who objected to the act (``objector``) or as the building
    beside which it happened (``beside_sites.beside_site``)?"""
    return objector(text, actor.start) or beside_site(text, actor)


def objector(text: str, actor_start: int) -> bool:
    """Is the actor starting at ``actor_start`` named as the one who objected to the act
    ("sent troops over the objections of Governor Ana Ruiz")?

    >>> objector("sent troops over the objections of Governor Ana Ruiz", 44)
    True
    >>> objector("sent troops at the request of Governor Ana Ruiz", 38)
    False
    """
    return _OBJECTOR_BEFORE.search(text, max(0, actor_start - 80), actor_start) is not None
