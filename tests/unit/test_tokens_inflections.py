"""A verb's forms are read from one lemminflect entry, not one deep copy per tag
(``tokens._inflections``), and are what ``lemminflect.getInflection`` gives for every tag."""

from __future__ import annotations

import lemminflect
import pytest

from dashboard.events import tokens

# a regular verb, irregular ones, one whose past lemminflect lists only as VBN, and words
# lemminflect does not hold (its rules inflect them)
LEMMAS = ["raid", "be", "go", "lie", "shoot", "set", "sink", "geofence", "torch", "bomb"]


def test_one_entry_is_copied_per_verb(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[str] = []
    real = lemminflect.getAllInflections

    def counted(lemma: str, upos: str | None = None) -> dict:
        calls.append(lemma)
        return real(lemma, upos)

    monkeypatch.setattr(lemminflect, "getAllInflections", counted)
    tokens._inflections.cache_clear()
    tokens._inflections("patrol")
    assert calls == ["patrol"]


@pytest.mark.parametrize("lemma", LEMMAS)
def test_the_forms_are_lemminflects_own(lemma: str) -> None:
    tokens._inflections.cache_clear()
    expected = tuple(
        (tag, tuple(lemminflect.getInflection(lemma, tag=tag))) for tag in tokens._VERB_TAGS
    )
    assert tokens._inflections(lemma) == expected
