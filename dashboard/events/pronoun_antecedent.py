"""Which person a sentence-opening "He" or "She" takes up.

A personal pronoun refers back to a person just told about (Halliday and Hasan 1976, §2.2
personal reference; Grosz, Joshi and Weinstein 1995, centering: an utterance's backward-looking
center is realised in the utterance right before it). The actor finder knows only the people
it can name; when the sentence before the pronoun named none of them, the pronoun takes up
someone that sentence told of in words the finder cannot name ("Lawmakers demanded that the
agency's director resign. She stepped down"), not a person named paragraphs before. So the
pronoun takes up the first person named in the sentence right before it, or no one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar


class _Named(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...


N = TypeVar("N", bound=_Named)


@dataclass
class PersonTrail(Generic[N]):
    """The people each sentence named, kept for the next sentence's pronoun: ``heard`` is
    called once per sentence with its actors, ``antecedent`` before it, for the sentence
    being read."""

    last: N | None = None  # the first person the sentence before named, if any

    def antecedent(self) -> N | None:
        """The person a "He" or "She" opening the current sentence takes up, or None."""
        return self.last

    def heard(self, found: Sequence[N]) -> None:
        """Remember the first person (by offset) of one sentence's actors, or none."""
        people = [a for a in found if a.kind == "person"]
        self.last = min(people, key=lambda a: a.start) if people else None
