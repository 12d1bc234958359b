"""Who took no part in an act is no side of it, and an unnamed armed subject keeps its place
when the one name in its sentence is the sayer's (newuser48 n12: "Kenyan police officers did
not take part in the fighting" made Kenya the one actor of the gangs' attack). Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.events.non_parties import denied_party
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
HEAD = "date 2026-06-17\nBAMAKO — "


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(HEAD + body, path="t"))


@pytest.mark.parametrize(
    "sentence",
    [
        "Militants stormed the town of Gao on Tuesday, the army said. Russian instructors did"
        " not take part in the fighting, a spokesman added.",
        "Militants stormed the town of Gao on Tuesday. Chadian troops have never been involved"
        " in the fighting, officials said.",
    ],
)
def test_who_took_no_part_is_no_actor(extract: Extract, sentence: str) -> None:
    events = extract(sentence)
    assert events
    assert not any({"Russia", "Chad"} & set(e.actors) for e in events)
    assert all("negated" not in e.flags for e in events)  # the fighting itself happened


def test_who_took_part_stays_an_actor(extract: Extract) -> None:
    events = extract("Chadian troops joined the fighting in Gao on Tuesday, officials said.")
    assert any("Chad" in e.actors for e in events)


@pytest.mark.parametrize(
    ("text", "denied"),
    [
        ("Kenyan police did not take part in the clashes", True),
        ("Kenyan police didn't join the clashes", True),
        ("Kenyan police have never been involved in the clashes", True),
        ("Kenyan police took part in the clashes", False),
        # a clause break: the negation is another clause's
        ("Kenyan police did not take part, and gangs began the clashes", False),
    ],
)
def test_denied_party_reads_one_clause(text: str, denied: bool) -> None:
    assert denied_party(text, len("Kenyan police"), text.index("clashes")) is denied


@pytest.mark.parametrize("sayer", ["the UN", "the African Union", "Amnesty International"])
def test_an_unnamed_armed_subject_survives_a_named_sayer(extract: Extract, sayer: str) -> None:
    events = extract(f"Gunmen attacked the village of Ogossagou on Tuesday, {sayer} said.")
    assert [e.actors for e in events] == [("gunmen",)]


@pytest.mark.parametrize(
    ("sentence", "actor"),
    [
        ("Islamic State fighters attacked an army post near Menaka on Tuesday.", "Islamic State"),
        (
            "Militants loyal to the Islamic State raided a village near Menaka on Tuesday.",
            "Islamic State",
        ),
        ("The Arakan Army seized a police post near Sittwe on Tuesday.", "Arakan Army"),
        ("PKK fighters attacked a Turkish patrol near Duhok on Tuesday.", "PKK"),
        (
            "Amnesty International accused the junta of torturing detainees on Tuesday.",
            "Amnesty International",
        ),
    ],
)
def test_a_listed_armed_group_or_ngo_is_a_side(extract: Extract, sentence: str, actor: str) -> None:
    assert any(actor in e.actors for e in extract(sentence))


def test_a_province_of_a_listed_group_is_named_whole(extract: Extract) -> None:
    events = extract("The Islamic State Sahel Province attacked a convoy near Menaka on Tuesday.")
    assert any("Islamic State Sahel Province" in e.actors for e in events)
