"""reader17's own sentences for a place name that opens a person's full name (stop 35): once
the text names a person in full with a role word before the name ("party leader Kim Tae-su")
or a person's verb after it ("Kim Tae-su said"), a later bare "Kim" is that person, not the
town of Kim. Near misses: the text uses the name as a place ("the town of Kim", "Kim,
Gujarat"), or the full name has no mark of a person, or the name is a country's. Every
sentence here was written for these tests."""

from __future__ import annotations

from dashboard.places.gazetteer import load
from dashboard.places.geoparser import Geoparser
from dashboard.places.recognise import Recogniser
from dashboard.places.runs import plain_c

GAZ = load()
FAST = Recogniser(GAZ)
SLOW = Recogniser(GAZ, plain=None)


def names(text: str) -> list[str]:
    """The names recognised in ``text``; the C test of plain hits and the Python filters
    alone must find the same (``test_recognise_plain``)."""
    found = FAST.find(text)
    if plain_c is not None:
        assert found == SLOW.find(text)
    return [text[m.start : m.end] for m in found[0]]


def test_a_bare_surname_after_a_leader_named_in_full_is_the_leader() -> None:
    text = (
        "Opposition leader Kim Tae-su toured Busan on Friday. Kim urged voters to back new "
        "cranes for the port, and crowds cheered Kim at the harbour."
    )
    assert names(text) == ["Busan"]


def test_a_bare_name_after_a_full_name_with_a_persons_verb_is_the_person() -> None:
    text = "Kim Mi-ra said the talks in Seoul were useful. Envoys met Kim in private."
    assert "Kim" not in names(text)
    assert "Seoul" in names(text)


def test_a_name_the_text_puts_as_a_place_stays_the_place() -> None:
    # near miss: the person is named in full, but the text also writes the town as a town
    # ("Kim, Gujarat"; "the town of Kim"); without that, the same words make it the person
    text = "Party leader Kim Tae-su visited Kim, Gujarat, where floods cut roads to Kim."
    assert names(text).count("Kim") == 2
    text = "Party leader Kim Tae-su visited the town of Kim after the floods."
    assert names(text).count("Kim") == 1
    text = "Party leader Kim Tae-su visited Gujarat after the floods. Kim urged calm."
    assert "Kim" not in names(text)


def test_a_full_name_without_a_mark_of_a_person_leaves_the_bare_name_alone() -> None:
    # near miss: "Kim Il Square" is no person named with a role or a verb; and a country's
    # name is left a place whatever role comes before it
    assert "Kim" in names("Crowds filled Kim Il Square. Trucks then left Kim for Surat.")
    text = "The visiting envoy Georgia Hart arrived. Georgia reopened its border."
    assert "Georgia" in names(text)
    assert "Kim" not in names("The visiting envoy Kim Tae-su arrived. Kim reopened talks.")


def test_the_geoparser_leaves_the_leader_unplaced(geoparser: Geoparser) -> None:
    text = "Party chairman Kim Sung-ho flew to Tokyo. Kim then called for calm."
    found = [p.text for p in geoparser.parse(text)]
    assert "Kim" not in found
    assert "Tokyo" in found
