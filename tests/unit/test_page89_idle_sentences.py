"""A sentence with no trigger that can continue no earlier draft is not read past its actors
(``events/idle_sentences``); one that can still continue a draft is read as before."""

from __future__ import annotations

import pytest

from dashboard.events import extract as extract_module
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, make_extract


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _dated_sentences(extract: Extract, body: str, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The sentences the reader looked for dates in while reading ``body``."""
    seen: list[str] = []
    find = extract_module.find_dates

    def counting(sent: str, *args: object, **kwargs: object) -> object:
        seen.append(sent)
        return find(sent, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(extract_module, "find_dates", counting)
    extract(body)
    return seen


def test_an_idle_opening_sentence_is_not_dated(
    extract: Extract, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = "The library in Leeds opened a new wing on Monday. Police arrested two men on Tuesday."
    seen = _dated_sentences(extract, body, monkeypatch)
    assert not any(s.startswith("The library") for s in seen)
    assert any(s.startswith("Police arrested") for s in seen)


def test_an_idle_sentence_after_an_event_that_names_no_party_is_not_dated(
    extract: Extract, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = "Police arrested two men in Leeds on Monday. The weather in Leeds was mild on Sunday."
    seen = _dated_sentences(extract, body, monkeypatch)
    assert not any(s.startswith("The weather") for s in seen)


def test_an_idle_sentence_naming_the_events_person_is_still_dated(
    extract: Extract, monkeypatch: pytest.MonkeyPatch
) -> None:
    body = "Senator Maria Okafor visited Lagos on Monday. Okafor is a former teacher."
    seen = _dated_sentences(extract, body, monkeypatch)
    assert any(s.startswith("Okafor is") for s in seen)


# the outputs the gate must leave alone (these pass with and without it)


def test_a_person_taken_up_keeps_the_sentence_as_evidence(extract: Extract) -> None:
    (ev,) = extract("Senator Maria Okafor visited Lagos on Monday. Okafor is a former teacher.")
    assert [e.text for e in ev.evidence][1] == "Okafor is a former teacher."


def test_a_pronoun_of_the_parties_keeps_the_sentence_as_evidence(extract: Extract) -> None:
    (ev,) = extract("Putin visited Beijing on Tuesday. They spoke about trade for an hour.")
    assert len(ev.evidence) == 2


def test_a_hazard_told_on_keeps_the_sentence_as_evidence(extract: Extract) -> None:
    (ev,) = extract("A strong earthquake hit southern Peru on Monday. It was felt in Arequipa.")
    assert [e.text for e in ev.evidence][1] == "It was felt in Arequipa."


def test_an_idle_sentence_still_introduces_its_people(extract: Extract) -> None:
    # the finder remembers "Joan Fitch" from the first sentence, which has no act of its own
    (ev,) = extract(
        "Senator Joan Fitch spoke at a school in Leeds on Monday. "
        "Police arrested Fitch in Leeds on Tuesday."
    )
    assert "Joan Fitch" in ev.actors


def test_an_unrelated_idle_sentence_adds_no_evidence(extract: Extract) -> None:
    (ev,) = extract("Police arrested two men in Leeds on Monday. The weather in Leeds was mild.")
    assert len(ev.evidence) == 1
