"""The coder's output record: one ``Trigger`` (CAMEO root and full code, weight, span,
text, polarity and modality flags) and the weights every stage compares (``WEAK`` reporting
verbs; ``GOV_BONUS`` for the governing verb of the main clause).
"""

from __future__ import annotations

from dataclasses import dataclass

WEAK = 1  # reporting verbs: only an event when nothing stronger is in the sentence
GOV_BONUS = 4  # the governing verb of the main clause outranks any background noun


@dataclass(frozen=True, slots=True)
class Trigger:
    code: str  # the two-digit CAMEO root, or a ``DIS-…`` type
    weight: int
    start: int
    end: int
    text: str
    full: str | None = None  # the full CAMEO code ("173"); None where only the root is known
    flags: tuple[str, ...] = ()  # polarity and modality: "negated", "hypothetical", "planned"
