"""Recognition and resolution, on sentences written for these tests."""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser


def names(gp: Geoparser, text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.place.name if m.place else None) for m in gp.parse(text)]


def test_offsets_are_python_string_indexes(geoparser: Geoparser) -> None:
    text = "Délégués à Genève: the envoy flew from Nairobi to Addis Ababa."
    for m in geoparser.parse(text):
        assert text[m.start : m.end] == m.text
    assert ("Addis Ababa", "Addis Ababa") in names(geoparser, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ships gathered in the South China Sea on Monday.",
            ("South China Sea", "South China Sea"),
        ),
        ("Officials in the U.S. said little.", ("U.S.", "United States")),
        ("The DPRK denied it.", ("DPRK", "North Korea")),
        ("Fighting resumed in Nagorno-Karabakh.", ("Nagorno-Karabakh", "Nagorno-Karabakh")),
        ("Aid reached the Gaza Strip overnight.", ("Gaza Strip", "Gaza Strip")),
        ("Tension rose on the Korean Peninsula.", ("Korean Peninsula", "Korean Peninsula")),
    ],
)
def test_recognises_multiword_names_and_abbreviations(
    geoparser: Geoparser, text: str, expected: tuple[str, str]
) -> None:
    assert expected in names(geoparser, text)


def test_people_ships_and_classes_are_not_places(geoparser: Geoparser) -> None:
    text = "Kim Jong Un watched as the Dokdo-class ship ROKS Marado sailed; Paris Hilton waved."
    found = [t for t, _ in names(geoparser, text)]
    assert found == []


def test_no_match_inside_words(geoparser: Geoparser) -> None:
    # "Assad" must not match inside "ambassador"; "Oman" not inside "woman"
    assert names(geoparser, "The ambassador met a woman from the embassy.") == []


def test_demonyms_give_the_country_but_no_mention(geoparser: Geoparser) -> None:
    text = "South Korean sailors and Japanese officers trained together."
    assert names(geoparser, text) == []
    assert [code for _, _, code in geoparser.demonyms(text)] == ["KR", "JP"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # countryinfo also gives "Indian" to the British Indian Ocean Territory and
        # "Chinese" to Macao: the most populous country keeps a shared adjective
        ("Indian troops shelled positions on the border.", "IN"),
        ("Chinese warships held drills in the strait.", "CN"),
        ("Several Indians were among the crew.", "IN"),
    ],
)
def test_a_shared_demonym_names_the_most_populous_country(
    geoparser: Geoparser, text: str, code: str
) -> None:
    assert [c for *_, c in geoparser.demonyms(text)] == [code]


def test_x_comma_y_picks_the_place_inside_y(geoparser: Geoparser) -> None:
    found = {
        m.text: m.place for m in geoparser.parse("The fair opened in Paris, Texas, on Friday.")
    }
    assert found["Paris"] is not None
    assert found["Paris"].country_code == "US"
    assert "pattern" in geoparser.parse("The fair opened in Paris, Texas, on Friday.")[0].reason


def test_population_prior_picks_the_big_city_without_context(geoparser: Geoparser) -> None:
    (m,) = geoparser.parse("The exhibition moved to Paris last spring.")
    assert m.place is not None
    assert m.place.country_code == "FR"


def test_washington_as_metonym_is_the_capital(geoparser: Geoparser) -> None:
    (m,) = geoparser.parse("The deal came under pressure from Washington.")
    assert m.place is not None
    assert m.place.geonameid == 4140963


def test_us_mainland_is_the_contiguous_united_states(geoparser: Geoparser) -> None:
    (m,) = geoparser.parse("The missile could reach the U.S. mainland, analysts said.")
    assert m.place is not None
    assert m.place.kind == "region"
    assert m.place.country_code == "US"


def test_relative_sea_resolves_to_the_named_sea(geoparser: Geoparser) -> None:
    text = "The rockets splashed into the sea east of the Korean Peninsula."
    found = {m.text: m.place for m in geoparser.parse(text)}
    assert found["sea"] is not None
    assert found["sea"].name == "Sea of Japan"
    west = {
        m.text: m.place
        for m in geoparser.parse("Shells fell in waters west of the Korean Peninsula.")
    }
    assert west["waters"] is not None
    assert west["waters"].name == "Yellow Sea"


def test_dateline_country_breaks_ties(geoparser: Geoparser) -> None:
    # Several cities are called Cambridge; a London dateline points to the English one
    (_, m) = geoparser.parse("LONDON — Students in Cambridge marched on Saturday.")
    assert m.place is not None
    assert m.place.country_code == "GB"


def test_month_names_and_sentence_initial_common_words_are_skipped(geoparser: Geoparser) -> None:
    assert names(geoparser, "May brought rain. Reading the report took an hour.") == []


def test_one_unknown_name_does_not_empty_the_result(geoparser: Geoparser) -> None:
    found = names(geoparser, "Talks moved from Zzyzxville to Nairobi.")
    assert ("Nairobi", "Nairobi") in found


@pytest.mark.parametrize(
    "text",
    [
        "U.S. President Barack Obama met the delegation.",
        "The U.S. Agriculture Secretary spoke first.",
        "Samples went to the U.S. Centers for Disease Control.",
        "The U.S. Food and Drug Administration recalled the spinach.",
    ],
)
def test_a_country_before_an_office_is_still_the_country(geoparser: Geoparser, text: str) -> None:
    assert ("U.S.", "United States") in names(geoparser, text)


def test_a_day_name_before_a_town_is_not_a_first_name(geoparser: Geoparser) -> None:
    text = "On Sunday Alexandria Police closed the road. An Alexandria man was hurt."
    assert [t for t, _ in names(geoparser, text)].count("Alexandria") == 2


def test_a_name_the_text_also_puts_after_in_stays_a_place(geoparser: Geoparser) -> None:
    # the headline's capitalised verb looks like a first name; "in Egypt" says otherwise
    text = "Rethinking Egypt ties. Diplomats in Egypt said aid to Egypt would grow."
    assert [t for t, _ in names(geoparser, text)].count("Egypt") >= 2


def test_a_surname_seen_in_a_full_name_stays_a_person(geoparser: Geoparser) -> None:
    text = "The senator met Barack Obama on Monday. Later Obama said little."
    assert "Obama" not in [t for t, _ in names(geoparser, text)]


def test_a_small_town_yields_to_the_state_of_its_name(geoparser: Geoparser) -> None:
    text = "Growers in Pennsylvania ship apples to California every autumn."
    found = {m.text: m.place for m in geoparser.parse(text)}
    assert found["California"] is not None
    assert found["California"].kind == "admin1"
    # unless the text says which town: "X, Y"
    (town, _) = geoparser.parse("The fair is in California, Pennsylvania, this year.")
    assert town.place is not None
    assert (town.place.kind, town.place.admin1) == ("city", "US-PA")


def test_the_americas_are_a_region(geoparser: Geoparser) -> None:
    assert ("Americas", "Americas") in names(geoparser, "Cases rose across the Americas.")


def test_federal_before_a_title_is_not_a_town(geoparser: Geoparser) -> None:
    assert names(geoparser, "Federal Minister Bob Katter visited Cairns.") == [("Cairns", "Cairns")]


def test_a_town_before_a_local_office_is_still_the_town(geoparser: Geoparser) -> None:
    text = "Nashville Parks Director Ann Lee opened the pool; Nashville Sheriff Joe Roe spoke."
    assert [t for t, _ in names(geoparser, text)] == ["Nashville", "Nashville"]


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Cases rose in Anhui province this week.", "a1:CN-AH"),
        ("Farmers in Guangxi culled their flocks.", "a1:CN-GX"),
        ("Floods hit Gyeonggi Province overnight.", "a1:KR-41"),
        ("A tsunami struck the island of Java.", "a1:ID-JW"),
    ],
)
def test_divisions_answer_to_the_names_news_uses(
    geoparser: Geoparser, text: str, place_id: str
) -> None:
    assert place_id in [m.place.id for m in geoparser.parse(text) if m.place]


def test_a_currency_is_not_a_country(geoparser: Geoparser) -> None:
    assert names(geoparser, "The fund pledged US$40 million and A$5 million.") == []


def test_an_institution_word_before_a_country_is_no_first_name(geoparser: Geoparser) -> None:
    text = "Aid Villages Sudan opened a clinic. Families fled to Sudan last year."
    assert [t for t, _ in names(geoparser, text)].count("Sudan") >= 1


def test_in_the_south_of_a_name_still_counts_as_a_place(geoparser: Geoparser) -> None:
    text = "Ask Jordan Sudan about it. Refugees returned to camps in southern Sudan."
    assert ("Sudan", "Sudan") in names(geoparser, text)


def test_an_acronym_the_text_spells_out_is_not_a_town(geoparser: Geoparser) -> None:
    text = "The Allied Lenders Mutual Association (ALMA) met in Nairobi; ALMA will report soon."
    assert names(geoparser, text) == [("Nairobi", "Nairobi")]
    # without the spelling out, an all-caps town name stays a town
    assert ("ALMA", "Alma") in names(geoparser, "Members met in Nairobi; ALMA will report.")


def test_a_virus_named_after_a_place_is_not_the_place(geoparser: Geoparser) -> None:
    assert names(geoparser, "Pigs carried Reston ebolavirus and Marburg virus.") == []


@pytest.mark.parametrize(
    ("text", "place_id"),
    [
        ("Rice farms in Pangasinan flooded after the storm.", "a2:PH-PAN"),
        ("A dead swan was found on a beach in Fife.", "a2:GB-FIF"),
        ("Skopje is the capital of Macedonia.", "cc:MK"),
    ],
)
def test_second_level_divisions_and_former_names(
    geoparser: Geoparser, text: str, place_id: str
) -> None:
    assert place_id in [m.place.id for m in geoparser.parse(text) if m.place]


def test_sentences_do_not_end_at_abbreviations_however_long_the_sentence() -> None:
    from dashboard.places.names import sentences

    long = "Officials from many towns along the river met on a wet and windy morning in Sept. "
    text = long + "Then they left for the U.S.A. Talks ended. Dr. Amara Obi spoke. No. 9 won."
    spans = [text[s:e] for s, e in sentences(text)]
    assert spans == [
        long + "Then they left for the U.S.A. Talks ended.",
        "Dr. Amara Obi spoke.",
        "No. 9 won.",
    ]
    # a sentence that ends in a plain word after an abbreviation ends there
    assert len(list(sentences("They met Dr. Obi at home. Then they left."))) == 2
