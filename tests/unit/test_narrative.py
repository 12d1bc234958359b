"""One event per happening, narrative dates and inferred dates, on sentences written here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Article, Event
from dashboard.places.geoparser import Geoparser


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser):  # type: ignore[no-untyped-def]
    extractor = EventExtractor(geoparser)
    return lambda body, pub="2024-03-14": extractor.extract(
        parse_article(f"date {pub}\n{body}", path="t")
    )


def _codes(events: list[Event]) -> list[str]:
    return [e.event_type.code for e in events]


def test_a_later_definite_mention_joins_the_first_event(extract) -> None:  # type: ignore[no-untyped-def]
    (bomb,) = extract(
        "NAIROBI — A car bomb exploded in Mogadishu on Tuesday. "
        "Police said the Tuesday bombing was claimed by al-Shabaab."
    )
    assert len(bomb.evidence) == 2
    assert bomb.when.start == date(2024, 3, 12)


def test_the_attack_refers_back_to_the_raid_told_before(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "Gunmen attacked a police post in Kano on Sunday. Officials said the attack was the "
        "third this month."
    )
    assert len(events) == 1  # whichever violent root the coder gives "attacked"
    assert len(events[0].evidence) == 2


def test_a_mention_with_another_date_is_another_happening(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "Gunmen attacked a police post in Kano on 10 March. The attack on 2 January had "
        "killed four."
    )
    assert len(events) == 2


def test_a_follow_on_sentence_takes_its_narratives_date(extract) -> None:  # type: ignore[no-untyped-def]
    (attack, fighting) = extract(
        "Rebels attacked a village near Goma on Monday. Fighting continued through the night."
    )
    assert fighting.when.start == attack.when.start == date(2024, 3, 11)
    assert "continues the narrative" in fighting.when.reason
    assert "date_inferred" not in fighting.flags


def test_no_date_and_no_narrative_is_the_week_before_publication(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("Soldiers shelled a village in the north of the country.")
    assert (ev.when.start, ev.when.end, ev.when.precision) == (
        date(2024, 3, 8),
        date(2024, 3, 14),
        2,
    )
    assert "date_inferred" in ev.flags
    assert "inferred" in ev.when.reason


def test_background_history_keeps_its_own_year(extract) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract("The 1994 massacre is remembered in Kigali.")
    assert (ev.when.start, ev.when.end) == (date(1994, 1, 1), date(1994, 12, 31))
    assert "date_inferred" not in ev.flags


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters rally outside parliament every Friday.",
        "Attacks on convoys are common on the northern road.",
        "Militants frequently attack army posts in the region.",
    ],
)
def test_habitual_happenings_are_not_events(extract, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert extract(sentence) == []


class _NoCalls:
    """Stands in for the geoparser: any use of it fails the test."""

    def __getattr__(self, name: str) -> object:
        raise AssertionError(f"the extractor called the geoparser ({name})")


def test_the_extractor_reads_the_analysis_and_never_calls_back(geoparser: Geoparser) -> None:
    text = "SEOUL — North Korean leader Kim Jong Un visited a factory in Nampo on Monday."
    analysis = geoparser.analyse(text, date(2024, 3, 14))
    extractor = EventExtractor(_NoCalls())  # type: ignore[arg-type]
    events, _notes = extractor.read(Article("a", "t", text, date(2024, 3, 14)), analysis)
    assert _codes(events) == ["04"]
    assert extractor.extract(Article("a", "t", text, date(2024, 3, 14)), analysis) == events


def test_the_analysis_holds_the_dateline_place_and_the_demonyms(geoparser: Geoparser) -> None:
    analysis = geoparser.analyse("TOKYO — South Korean sailors met Japanese officials.", None)
    assert analysis.dateline is not None
    assert analysis.dateline.text == "TOKYO"
    assert [(c.code, c.demonym) for c in analysis.countries] == [("KR", True), ("JP", True)]
    assert len(analysis.sentences) == 1


@pytest.mark.parametrize(
    ("sentence", "code"),
    [
        ("A strong earthquake struck the north of the island on Monday.", "DIS-QUAKE"),
        ("Floods swept through three villages on Monday, officials said.", "DIS-FLOOD"),
        ("Cyclone Ana made landfall near the port on Sunday.", "DIS-STORM"),
        ("A wildfire burned 2,000 hectares of forest on Monday.", "DIS-FIRE"),
        ("A landslide buried a mountain village on Friday.", "DIS-LANDSLIDE"),
        ("An explosion at a chemical plant killed four workers on Monday.", "DIS-INDUSTRIAL"),
        ("Two cargo ships collided in the Baltic on Sunday.", "DIS-COLLISION"),
    ],
)
def test_hazards_are_their_own_types_outside_cameo(extract, sentence: str, code: str) -> None:  # type: ignore[no-untyped-def]
    (ev,) = extract(sentence)
    assert ev.event_type.code == code
    assert ev.event_code is None
    assert ev.event_type.name


@pytest.mark.parametrize(
    "sentence",
    [
        "The town built new flood defences last year.",
        "Residents prepared for the storm on Monday.",
        "Engineers studied earthquake-proof designs.",
    ],
)
def test_a_hazard_named_without_happening_is_no_event(extract, sentence: str) -> None:  # type: ignore[no-untyped-def]
    assert [e for e in extract(sentence) if e.event_type.code.startswith("DIS-")] == []


def test_the_quake_told_again_is_one_happening(extract) -> None:  # type: ignore[no-untyped-def]
    events = extract(
        "A powerful earthquake killed 40 people in the mountains on Friday. "
        "The magnitude 6.1 quake struck shortly after midnight."
    )
    assert [e.event_type.code for e in events] == ["DIS-QUAKE"]
    assert len(events[0].evidence) == 2


def test_polarity_and_modality_flags_flow_to_the_event(
    geoparser: Geoparser, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dashboard.events import cameo, stories

    def negated(sentence: str) -> list[cameo.Trigger]:
        return [replace(t, flags=("negated",)) for t in cameo.triggers(sentence)]

    monkeypatch.setattr(stories, "triggers", negated)
    text = "Rebels attacked a convoy near Goma on Monday. Officials said the attack was repelled."
    events = EventExtractor().read(
        Article("a", "t", text, date(2024, 3, 14)), geoparser.analyse(text)
    )[0]
    assert events
    assert all("negated" in e.flags for e in events)
    assert all(len(e.evidence) == 1 for e in events)  # "the attack" refers to nothing that happened


def test_days_later_counts_from_the_storys_last_date(extract) -> None:  # type: ignore[no-untyped-def]
    (attack, shelling, arrests) = extract(
        "Rebels attacked a village near Goma on Monday. Two days later, troops shelled the "
        "rebel camp. The next morning police arrested 12 protesters in Goma.",
        pub="2024-03-20",
    )
    assert attack.when.start == date(2024, 3, 18)
    assert (shelling.when.start, shelling.when.precision) == (date(2024, 3, 20), 1)
    assert "counted from the narrative" in shelling.when.reason
    assert arrests.when.start == date(2024, 3, 21)
    assert "next morning" not in arrests.summary


def test_later_that_year_runs_from_the_story_to_the_years_end(extract) -> None:  # type: ignore[no-untyped-def]
    (_first, second) = extract(
        "Troops seized the port on 3 May 2019. Later that year, rebels attacked the port."
    )
    assert (second.when.start, second.when.end) == (date(2019, 5, 3), date(2019, 12, 31))


@pytest.mark.parametrize(
    ("second", "pub", "want"),
    [
        # the resolver's narrative phrases, counted from the story's date (3 March), never
        # from publication (20 March)
        ("That day, troops shelled the rebel camp.", "2024-03-20", ("2024-03-03", "2024-03-03")),
        ("Hours later, troops shelled the rebel camp.", "2024-03-20", ("2024-03-03", "2024-03-04")),
        (
            "A week afterwards, troops shelled the rebel camp.",
            "2024-03-20",
            ("2024-03-04", "2024-03-10"),
        ),
        (
            "Three days after that, troops shelled the rebel camp.",
            "2024-03-20",
            ("2024-03-06", "2024-03-06"),
        ),
        (
            "The previous day, troops shelled the rebel camp.",
            "2024-03-20",
            ("2024-03-02", "2024-03-02"),
        ),
        (
            "A year earlier, troops shelled the rebel camp.",
            "2024-03-20",
            ("2023-01-01", "2023-12-31"),
        ),
    ],
)
def test_narrative_phrases_go_through_the_dates_resolver(extract, second, pub, want) -> None:  # type: ignore[no-untyped-def]
    (attack, shelling) = extract(
        f"Rebels attacked a village near Goma on 3 March. {second}", pub=pub
    )
    assert attack.when.start == date(2024, 3, 3)
    assert (shelling.when.start.isoformat(), shelling.when.end.isoformat()) == want
    assert "counted from the narrative" in shelling.when.reason
    assert "date_inferred" not in shelling.flags


def test_that_day_after_a_month_takes_the_storys_month(extract) -> None:  # type: ignore[no-untyped-def]
    (_attack, shelling) = extract(
        "Rebels attacked a village near Goma in January. That day, troops shelled the rebel camp.",
        pub="2024-03-20",
    )
    # the resolver cannot say which day "that day" is: the story's own range, not a day
    assert (shelling.when.start, shelling.when.end) == (date(2024, 1, 1), date(2024, 1, 31))


def test_a_wire_datelines_filing_date_dates_no_event(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = extract(
        "GOMA, March 12 (Wire) -- Rebels attacked a village near Goma.", pub="2024-03-12"
    )
    # the filing date says no more than publication: the week up to it, flagged
    assert (attack.when.precision, "date_inferred" in attack.flags) == (2, True)


def test_a_wire_dateline_leaves_the_storys_own_date(extract) -> None:  # type: ignore[no-untyped-def]
    (attack,) = extract(
        "GOMA, March 12 (Wire) -- Rebels attacked a village near Goma on Sunday.",
        pub="2024-03-12",
    )
    assert (attack.when.start, attack.when.precision) == (date(2024, 3, 10), 1)


@pytest.mark.parametrize(
    ("body", "planned"),
    [
        # the trigger's own verb group decides, not a future word elsewhere in the sentence
        ("Troops shelled the town on Monday, and officials said they would send aid.", False),
        ("The two presidents agreed on Tuesday that neither side would use force.", False),
        ("Police raided the offices on Monday; the minister said more raids would follow.", False),
        ("Officials said troops would shell the town on Monday.", True),
        ("The ministers will meet in Oslo next week.", True),
    ],
)
def test_planned_follows_the_triggers_own_verb(extract, body: str, planned: bool) -> None:  # type: ignore[no-untyped-def]
    first = extract(body, pub="2024-03-14")[0]
    assert ("planned" in first.flags) is planned, (first.summary, first.when.reason)
