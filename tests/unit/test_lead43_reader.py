"""The reader rules the lead added in stop 43 for faults a fresh user (newuser22) found, each
with sentences written for these tests (none from an evaluation set) and a near miss the rule
must leave alone. Publication is Thursday 2026-06-18."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dashboard.articles.formats import read_file
from dashboard.articles.markup import FLAG, unmarked
from dashboard.articles.reader import parse_article
from dashboard.events.summary import summarise
from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, rooted, where


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


# ---------------------------------------------------------------- HTML pasted into a text file

_PASTED = (
    "<h1>Shelling on the border</h1>\n"
    "date 2026-06-18\n"
    "<p>KHARKIV &mdash; Russian artillery shelled Vovchansk on Tuesday.</p>"
    "<p>Ukrainian drones struck a depot in Belgorod the next day.</p>"
)


def test_html_pasted_into_a_text_file_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    # "</p><p>" ended no sentence: the two ran together and the second act was lost, and the
    # tags stayed in the title and in the summaries
    path = tmp_path / "pasted.txt"
    path.write_text(_PASTED, encoding="utf-8")
    (art,) = read_file(path).articles
    assert art.title == "Shelling on the border"
    assert art.published is not None
    assert art.published.isoformat() == "2026-06-18"
    assert "<" not in art.text
    assert "—" in art.text
    assert FLAG in art.flags
    assert "Vovchansk on Tuesday.\n\nUkrainian drones" in art.text


def test_html_pasted_into_a_text_file_gives_each_paragraph_its_event(
    geoparser: Geoparser, extract: Extract
) -> None:
    from dashboard.events.extract import EventExtractor

    art = parse_article(_PASTED, path="t")
    events = EventExtractor(geoparser).extract(art)
    summaries = [e.summary for e in events]
    assert any("Belgorod" in s for s in summaries), summaries
    assert all("<" not in s for s in summaries), summaries


def test_a_json_record_whose_text_is_html_is_read_as_its_paragraphs(tmp_path: Path) -> None:
    # CMS exports put <p> in the record's text
    path = tmp_path / "cms.json"
    record = {
        "title": "Port strike",
        "date": "2026-06-17",
        "text": "<p>Dock workers walked out in Rotterdam.</p><p>Ferries stayed in port.</p>",
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    (art,) = read_file(path).articles
    assert art.text.split("\n\n") == [
        "Dock workers walked out in Rotterdam.",
        "Ferries stayed in port.",
    ]


def test_scripts_and_styles_in_pasted_html_are_not_text() -> None:
    text, flags = unmarked(
        "<style>p{x:1}</style><p>Talks resumed.</p><script>alert(1)</script>", ()
    )
    assert text.strip() == "Talks resumed."
    assert flags == (FLAG,)


@pytest.mark.parametrize(
    "text",
    [
        "Turnout was < 40% in the north and > 60% in the south.",
        "The minister wrote <b>urgent</b> on the file.",  # an inline tag alone: no markup read
        "Contact: Desk <desk@example.org>, Tuesday.",
    ],
)
def test_near_miss_text_without_block_markup_is_left_as_written(text: str) -> None:
    assert unmarked(text, ("x",)) == (text, ("x",))


# ---------------------------------------------------------------- the event's line keeps what it means


def test_a_year_that_modifies_a_noun_stays_in_the_line(extract: Extract) -> None:
    # "over the 2019 bribery scandal" is a noun phrase; cutting its year as a date left
    # "over bribery scandal" ("over law decree" in the report)
    events = extract(
        "A court in Seoul jailed a former mayor on Monday over the 2019 bribery scandal."
    )
    lines = [e.summary for e in events]
    assert any("over the 2019 bribery scandal" in s for s in lines), lines


def test_the_words_leading_into_a_cut_date_go_with_it(extract: Extract) -> None:
    # "on the night of June 14" cut as a date left "on the night of" in the line
    events = extract(
        "Militants freed two aid workers on the night of June 14 after talks with elders."
    )
    lines = [e.summary for e in events]
    assert lines
    assert all("night of" not in s for s in lines), lines
    assert any("freed two aid workers" in s for s in lines), lines


def test_near_miss_a_date_adverbial_year_is_still_cut(extract: Extract) -> None:
    events = extract("Rebels seized the town of Goma in 2012, officials recalled on Tuesday.")
    lines = [e.summary for e in events]
    assert lines
    assert all("2012" not in s for s in lines), lines


_RUBBLE = (
    "Rescuers said volunteers pulled eleven survivors and four bodies from the rubble of a"
    " collapsed apartment block in the old quarter of Antakya."
)


def test_a_line_cut_a_few_words_short_of_its_place_runs_on_to_it() -> None:
    # a line cut at its word limit and then given its place skipped the words between:
    # "... the treaty covers in the South China Sea"
    start = _RUBBLE.index("pulled")
    place = ("Antakya", _RUBBLE.index("Antakya"), _RUBBLE.index("Antakya") + 7)
    line = summarise(_RUBBLE, (0, len(_RUBBLE)), (start, start + 6), "", [], place)
    assert line.endswith("apartment block in the old quarter of Antakya"), line


def test_near_miss_a_place_far_past_the_cut_is_not_reached_by_running_on() -> None:
    text = _RUBBLE.replace(
        "in the old quarter",
        "that had stood for sixty years beside the main road in the old quarter",
    )
    start = text.index("pulled")
    place = ("Antakya", text.index("Antakya"), text.index("Antakya") + 7)
    line = summarise(text, (0, len(text)), (start, start + 6), "", [], place)
    assert "sixty years" not in line, line
    assert "main road" not in line, line


# ---------------------------------------------------------------- invisible characters


def test_direction_overrides_and_zero_width_spaces_are_removed(geoparser: Geoparser) -> None:
    # a right-to-left override reached the card and reordered what followed it on screen;
    # a zero-width space inside a name matched no place
    body = "Protesters gathered in Ade\u200bn on Monday. \u202eThe port stayed shut.\u202c"
    art = parse_article(f"Port \u2066closed\u2069\ndate 2026-06-18\n{body}", path="t")
    assert art.title == "Port closed"
    assert "\u202e" not in art.text
    assert "Aden on Monday" in art.text
    assert "invisible_removed" in art.flags
    names = [m.place.name for m in geoparser.parse(art.text) if m.place is not None]
    assert "Aden" in names


def test_near_miss_joiners_that_spell_words_are_kept() -> None:
    # Persian writes "mi\u200cravad" with a zero-width non-joiner; emoji join with U+200D
    text = "date 2026-06-18\nThe slogan read \u0645\u06cc\u200c\u0631\u0648\u062f on banners."
    art = parse_article(text, path="t")
    assert "\u200c" in art.text
    assert "invisible_removed" not in art.flags


# ---------------------------------------------------------------- a beach, a market, a camp named with its town


@pytest.mark.parametrize(
    ("body", "landmark", "town_cc"),
    [
        ("Gunmen stormed a hotel on Lido beach in Mogadishu on Friday.", "Lido beach", "SO"),
        ("A car bomb exploded at Bakara market in Mogadishu on Sunday.", "Bakara market", "SO"),
        ("Shells hit Zamzam camp near El Fasher overnight.", "Zamzam camp", "SD"),
    ],
)
def test_a_beach_market_or_camp_named_with_its_town_is_a_landmark_there(
    geoparser: Geoparser, body: str, landmark: str, town_cc: str
) -> None:
    # "Lido" alone is a town near Venice: "on Lido beach in Mogadishu" put an attack in Italy
    found = {
        m.text: (m.place.kind, m.place.country_code)
        for m in geoparser.parse(body)
        if m.place is not None
    }
    assert found.get(landmark) == ("landmark", town_cc), found
    assert all(cc == town_cc for _, cc in found.values()), found


def test_near_miss_a_market_without_a_town_after_it_is_no_landmark(geoparser: Geoparser) -> None:
    found = [m.text for m in geoparser.parse("Traders reopened the central market on Monday.")]
    assert "central market" not in found


# ---------------------------------------------------------------- "could agree": a possibility, no intent


@pytest.mark.parametrize(
    "body",
    [
        "The two sides could agree to a truce covering Aleppo, mediators said.",
        "The rebels might agree to a ceasefire in the east.",
        "Both parties may agree to talks next month, diplomats said.",
    ],
)
def test_an_agreement_that_may_come_is_hypothetical(extract: Extract, body: str) -> None:
    # "could agree to a 10-day truce" drew an unflagged truce card dated to the day: an
    # epistemic modal weighs a possibility, and no one stated an intent (CAMEO §03)
    events = rooted(extract(body), "03")
    assert events
    assert all("hypothetical" in e.flags for e in events), [(code(e), e.flags) for e in events]


@pytest.mark.parametrize(
    "body",
    [
        "The two sides agreed to a truce covering Aleppo.",
        "Iran will agree to talks, its minister said.",
    ],
)
def test_near_miss_an_agreement_made_or_promised_is_no_speculation(
    extract: Extract, body: str
) -> None:
    events = rooted(extract(body), "03")
    assert events
    assert all("hypothetical" not in e.flags for e in events)


# ---------------------------------------------------------------- "did not confirm that": not told as done


@pytest.mark.parametrize(
    "body",
    [
        "Kenya did not confirm that the two engineers had been freed.",
        "Officials would not confirm that troops had crossed into Chad.",
        "Police did not say that anyone was arrested after the march.",
        "Officials did not confirm reports that rebels had freed three nurses in Bunia.",
    ],
)
def test_an_act_its_source_does_not_confirm_is_not_told_as_done(
    extract: Extract, body: str
) -> None:
    # "France did not confirm that the Iranian had been freed" drew an unflagged release
    events = extract(body)
    assert events
    assert all("hypothetical" in e.flags or "negated" in e.flags for e in events), [
        (code(e), e.flags) for e in events
    ]


@pytest.mark.parametrize(
    "body",
    [
        "Kenya confirmed that the two engineers had been freed.",
        "Police did not say where the gunmen ambushed the convoy.",
    ],
)
def test_near_miss_a_confirmed_act_or_an_unsaid_detail_stays_real(
    extract: Extract, body: str
) -> None:
    events = extract(body)
    assert events
    assert all("hypothetical" not in e.flags for e in events)


# ---------------------------------------------------------------- an agreement named by its date


@pytest.mark.parametrize(
    "body",
    [
        "Monitors said the shelling violated the March 2020 ceasefire.",
        "Washington withdrew from the May 2018 accord, officials said.",
        "Rebels broke the June 2023 truce, the army said.",
    ],
)
def test_an_agreement_named_by_its_date_does_not_date_the_breach(
    extract: Extract, body: str
) -> None:
    # "the strike violated the November 2024 ceasefire" drew a violation dated November 2024
    events = extract(body)
    assert all(e.date_start is None or e.date_start.year == 2026 for e in events), [
        (code(e), e.date_start) for e in events
    ]


def test_near_miss_a_year_told_as_when_the_deal_was_signed_dates_it(extract: Extract) -> None:
    events = rooted(extract("The two governments signed the border deal in 2015."), "05")
    assert [e.date_start.year for e in events if e.date_start] == [2015]


# ---------------------------------------------------------------- a third country in the victim's description


def test_force_is_not_placed_in_a_country_named_only_in_the_victims_description(
    extract: Extract,
) -> None:
    # "Iran executed a man convicted of spying for Israel's Mossad" was carded in Israel,
    # "the main actor's country", though Iran did it
    events = rooted(
        extract(
            "Egypt executed a man convicted of spying for Israel's Mossad, the prosecutor said."
        ),
        "18",
    )
    assert events
    assert all(where(e)[1] != "IL" for e in events), [where(e) for e in events]


def test_near_miss_an_attack_on_a_country_is_still_placed_there(extract: Extract) -> None:
    events = rooted(extract("Iran fired drones at Israel overnight, the army said."), "19")
    assert [where(e)[1] for e in events] == ["IL"]


# ---------------------------------------------------------------- "the attack" that takes back a cyber attack


def test_the_attack_that_takes_back_a_ransomware_attack_is_no_force(extract: Extract) -> None:
    # "The attack, which began on Monday, was carried out by the Qilin group" drew a §190
    # card in London after "a ransomware attack on a pathology firm"
    body = (
        "A ransomware attack hit the port's cargo systems on Monday. "
        "The attack was claimed by a criminal group on Tuesday."
    )
    assert rooted(extract(body), "18", "19", "20") == []


def test_near_miss_the_attack_that_takes_back_an_armed_attack_stays(extract: Extract) -> None:
    body = (
        "Gunmen staged an attack on a police post on Monday. "
        "The attack was claimed by a jihadist group on Tuesday."
    )
    assert rooted(extract(body), "18", "19")


# ---------------------------------------------------------------- part of a town taken


@pytest.mark.parametrize(
    "body",
    [
        "Rebels captured most of Bunia on Monday.",
        "Troops seized parts of Kherson on Monday.",
        "Ukrainian troops captured most of Kupiansk on Friday, a commander said.",
    ],
)
def test_part_of_a_named_town_taken_is_territory_occupied(extract: Extract, body: str) -> None:
    # "M23 rebels captured most of Goma" was coded §181, abduction
    assert [code(e) for e in rooted(extract(body), "18", "19")] == ["192"]


def test_near_miss_most_of_the_passengers_taken_stays_an_abduction(extract: Extract) -> None:
    body = "Gunmen captured most of the passengers on Monday."
    assert [code(e) for e in rooted(extract(body), "18", "19")] == ["181"]


# ---------------------------------------------------------------- a date between "said" and its clause


@pytest.mark.parametrize(
    "body",
    [
        "The general said on Wednesday his troops would not negotiate with the rebels.",
        "The general said last week his troops would not negotiate with the rebels.",
    ],
)
def test_a_refusal_told_after_a_dated_said_is_a_refusal(extract: Extract, body: str) -> None:
    # "said on Wednesday his forces would not negotiate with the RSF" was shown as a planned
    # negotiation (046): the date after "said" hid the clause it takes
    events = extract(body)
    assert [code(e)[:2] for e in events] == ["12"], [(code(e), e.flags) for e in events]
    assert "planned" not in events[0].flags


def test_near_miss_a_dated_said_before_a_plan_keeps_the_plan(extract: Extract) -> None:
    events = extract("The general said on Wednesday his troops would meet the rebels next week.")
    assert [code(e) for e in events] == ["036"]  # an intent to meet, not a refusal


# ---------------------------------------------------------------- a condition told after a second verb group


def test_a_condition_after_a_second_verb_group_is_that_groups(extract: Extract) -> None:
    # "would not hand over its weapons and warned that it could respond if the strikes
    # continued": the refusal was flagged hypothetical and hidden by the later "if"
    body = (
        "The militia's leader said on Saturday that the group would not disarm and warned"
        " that it could retaliate if the raids continued."
    )
    refusals = rooted(extract(body), "12")
    assert refusals
    assert all("hypothetical" not in e.flags for e in refusals)


def test_near_miss_a_condition_on_the_act_itself_keeps_it_hypothetical(extract: Extract) -> None:
    body = "The group would not hand over its weapons if the raids continued, its leader said."
    events = rooted(extract(body), "12")
    assert events
    assert all("hypothetical" in e.flags for e in events)


# ---------------------------------------------------------------- a possessive subject of a passive


def test_the_owner_of_a_passive_subject_is_not_replaced_by_the_actor(extract: Extract) -> None:
    # "Morales said his car had been shot at … and accused … Luis Arce" read "Luis Arce's
    # car had been shot at": the victim replaced by the man accused
    body = (
        "The opposition leader said his car had been shot at on Sunday and accused"
        " Interior Minister Ali Hamed of ordering the attack."
    )
    lines = [e.summary for e in extract(body)]
    assert lines
    assert all("Hamed’s car" not in s for s in lines), lines


def test_near_miss_the_actors_own_forces_take_its_name() -> None:
    text = "Its warplanes struck militant positions near Afrin."
    at = text.index("struck")
    assert summarise(text, (0, len(text)), (at, at + 6), "Turkey", [], None).startswith(
        "Turkey’s warplanes struck"
    )


# ---------------------------------------------------------------- aid groups that warn


def test_aid_groups_warning_give_no_aid(extract: Extract) -> None:
    # "Aid groups warned that the death toll could rise sharply" was coded §070, aid given
    body = "Aid groups warned that the death toll could rise sharply."
    assert rooted(extract(body), "07") == []


def test_near_miss_aid_groups_delivering_give_aid(extract: Extract) -> None:
    assert rooted(extract("Aid groups delivered food to the camp on Friday."), "07")


# ---------------------------------------------------------------- a dated warning of a forecast


def test_a_dated_warning_that_names_no_act_is_a_comment(extract: Extract) -> None:
    # "Aid groups warned on Friday that the death toll could rise" was a §130 threat: the
    # day after "warned" hid the "that" which marks a warning's content
    events = extract("Doctors warned on Friday that the number of cholera cases could double.")
    assert [code(e) for e in events] == ["012"], [(code(e), e.flags) for e in events]


def test_near_miss_a_dated_warning_of_a_reprisal_stays_a_threat(extract: Extract) -> None:
    events = extract("Tehran warned on Friday that Israel would pay dearly for the strike.")
    assert [code(e)[:2] for e in events] == ["13"]


def test_a_line_break_tag_ends_a_paragraph() -> None:
    # "…struck Sanaa on Wednesday<br>Houthi forces shelled Taiz…" ran the two acts together
    text, _ = unmarked("Jets struck Sanaa on Wednesday<br>Houthi forces shelled Taiz<br/>", ())
    assert text.split("\n\n")[:2] == [
        "Jets struck Sanaa on Wednesday",
        "Houthi forces shelled Taiz",
    ]


def test_the_attack_told_twice_after_a_ransomware_attack_is_no_force(extract: Extract) -> None:
    body = (
        "A ransomware attack crippled the council's computers on Tuesday. "
        "The attack forced clerks back to paper. Police said the attack was launched abroad."
    )
    assert rooted(extract(body), "18", "19", "20") == []


# ---------------------------------------------------------------- force told only by where it came from and went


def test_force_told_only_by_its_origin_and_aim_is_not_at_the_dateline(extract: Extract) -> None:
    # "fired rockets from Gaza towards Sderot", filed from Jerusalem, was carded in Jerusalem
    # at city precision
    events = rooted(
        extract("JERUSALEM — Militants fired rockets from Gaza towards Ashkelon on Tuesday."), "19"
    )
    assert events
    assert all(where(e)[0] != "Jerusalem" for e in events), [where(e) for e in events]


def test_near_miss_force_with_no_place_told_keeps_the_dateline(extract: Extract) -> None:
    events = rooted(extract("JERUSALEM — Police fired tear gas at protesters on Tuesday."), "17")
    assert [where(e)[0] for e in events] == ["Jerusalem"]
