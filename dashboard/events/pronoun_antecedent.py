"""Which person a sentence-opening "He" or "She" takes up.

A personal pronoun refers back to a person just told about (Halliday and Hasan 1976, §2.2
personal reference; Grosz, Joshi and Weinstein 1995, centering: an utterance's backward-looking
center is realised in the utterance right before it). The actor finder knows only the people
it can name; when the sentence before the pronoun named none of them, the pronoun takes up
someone that sentence told of in words the finder cannot name ("Lawmakers demanded that the
agency's director resign. She stepped down"), not a person named paragraphs before. So the
pronoun takes up a person named in the sentence right before it, or no one; of several, the
one the article introduced last, as before this rule ("X invited Y to visit. He will travel").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


class _Named(Protocol):
    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...


N = TypeVar("N", bound=_Named)


@dataclass
class PersonTrail(Generic[N]):
    """The people each sentence named, kept for the next sentence's pronoun: ``heard`` is
    called once per sentence with its actors, after ``antecedent`` is asked for it."""

    told: frozenset[str] = frozenset()  # the names of the people the sentence before named

    def antecedent(self, people: Iterable[N]) -> N | None:
        """Of ``people`` (the article's people, in the order it introduced them), the last
        one the sentence before named; None when it named none."""
        return next((p for p in reversed(list(people)) if p.name in self.told), None)

    def heard(self, found: Sequence[N]) -> None:
        """Remember which people one sentence's actors (``found``) name."""
        self.told = frozenset(a.name for a in found if a.kind == "person")
