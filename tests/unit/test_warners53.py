"""A warning told after its clause ("…, X warned."): the speaker of the closing reporting
frame warns (warners53).

Sentences composed for these tests (one-sentence wire stories), with near misses that keep
their reading:
- the one named in the closing frame is never the target of the threat told before it;
- a warning read as a comment (§012) has the frame's speaker as its source, not a country
  named in what is warned of;
- a threat with its own object keeps that object as its target.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.warner_frame import closing_warner
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    extractor = EventExtractor(geoparser)

    def events(sentence: str) -> list[Event]:
        return extractor.extract(parse_article(f"date 2025-06-11\n{sentence}", path="t"))

    return events


def _sides(events: list[Event]) -> list[tuple[str, str | None, str | None]]:
    return [(e.event_code or "", e.roles.source, e.roles.target) for e in events]


@pytest.mark.parametrize(
    ("sentence", "warner"),
    [
        (
            "Egypt will retaliate against any incursion, Foreign Minister Abdelatty warned.",
            "Abdelatty",
        ),
        ("Pakistan will retaliate against any aggression, Prime Minister Sharif warned.", "Sharif"),
        ("Iran will hit back at any attack, Ali Khamenei warned on Tuesday.", "Khamenei"),
    ],
)
def test_warner_is_never_the_target(read: Read, sentence: str, warner: str) -> None:
    events = read(sentence)
    assert events, sentence
    assert all(e.roles.target is None or warner not in e.roles.target for e in events)


def test_comment_by_the_named_country(read: Read) -> None:
    sides = _sides(read("The crisis could spread to Jordan, Germany warned on Monday."))
    assert ("012", "Germany", None) in sides
    assert all(s != "Jordan" for _, s, _ in sides)


def test_comment_by_an_unframed_country_unchanged(read: Read) -> None:
    # near miss: a warning told before its clause keeps its speaker as it did
    sides = _sides(read("Germany warned that the crisis could spread to Jordan."))
    assert all(s != "Jordan" for _, s, _ in sides)


def test_threat_with_its_own_object_keeps_it(read: Read) -> None:
    # near miss: "strike Syria" names the target; the warner is not it
    sides = _sides(read("Israel will strike Syria again, Defence Minister Gallant warned."))
    assert any(s == "Israel" and t == "Syria" for _, s, t in sides)


def test_frame_only_at_sentence_end() -> None:
    text = "Spain warned on Friday that Morocco will respond."
    assert closing_warner(text, (0, len(text))) is None
    text = "Morocco will respond, the Spanish minister cautioned on Friday."
    frame = closing_warner(text, (0, len(text)))
    assert frame is not None
    assert text[frame.start : frame.end].strip() == "the Spanish minister"


@pytest.mark.parametrize(
    "sentence",
    [
        "The truce could collapse, Egypt warned.",
        "The ceasefire may unravel within days, the envoy warned.",
        "The armistice might crumble, Turkey's foreign minister cautioned.",
    ],
)
def test_truce_that_may_end_declares_nothing(read: Read, sentence: str) -> None:
    assert all(not (e.event_code or "").startswith("087") for e in read(sentence))


def test_truce_that_may_be_signed_is_still_one(read: Read) -> None:
    # near miss: a modal before a verb making the truce keeps it (hypothetical)
    codes = [e.event_code for e in read("Both sides could sign a truce, Egypt said.")]
    assert "0871" in codes


def test_met_with_force_is_a_threat_by_the_warner(read: Read) -> None:
    sides = _sides(read("Any incursion would be met with force, India warned Pakistan."))
    assert ("138", "India", "Pakistan") in sides
    assert all(not c.startswith("03") and not c.startswith("04") for c, _, _ in sides)


def test_met_with_firm_response_is_a_threat(read: Read) -> None:
    codes = [c for c, _, _ in _sides(read("Any provocation will be met with a firm response."))]
    assert "130" in codes
    assert not any(c.startswith(("03", "04")) for c in codes)


@pytest.mark.parametrize(
    "sentence",
    ["The delegation was met with applause in Paris.", "Protesters were met with force by police."],
)
def test_met_with_no_modal_is_no_threat(read: Read, sentence: str) -> None:
    # near misses: a past "met with" tells what befell, no warning
    assert all(not (e.event_code or "").startswith("13") for e in read(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "North Korea could build a bomb within a year, Japan warned.",
        "Iran is developing an atomic bomb.",
        "Pyongyang tested a hydrogen bomb design, experts said.",
    ],
)
def test_bomb_made_or_held_is_no_bombing(read: Read, sentence: str) -> None:
    assert all(not (e.event_code or "").startswith("183") for e in read(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "A bomb exploded near a bus station in Quetta on Monday.",
        "Militants planted a bomb at the market in Mogadishu on Sunday.",
        "Militants had planted a bomb at the market in Mogadishu on Sunday.",
    ],
)
def test_bomb_set_off_is_still_a_bombing(read: Read, sentence: str) -> None:
    # near misses: a bomb that went off or was planted stays §183
    assert any((e.event_code or "").startswith("183") for e in read(sentence))


def test_speakers_own_state_may_be_warned_for(read: Read) -> None:
    # near miss: "Mali's prime minister" names the state the rebels would overrun; since
    # roles55 the rebels' act, foretold by another party's speaker, is that speaker's
    # comment (§012, ``onlookers.closing_forecast``), so Mali is named as its source
    sides = _sides(read("Rebels could overrun the capital, Mali's prime minister warned."))
    assert ("012", "Mali", None) in sides
