"""Near misses for the rules that fixed findings of the sixth QA pass
(``test_qa6_findings.py``): the same words in the sense the reader must keep. Sentences
written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Extract = Callable[[str], list[Event]]
PUB = "2026-06-18"  # a Thursday


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    extractor = EventExtractor(geoparser)
    return lambda body: extractor.extract(parse_article(f"date {PUB}\n{body}", path="t"))


def codes(events: list[Event]) -> list[str]:
    return [e.event_code or e.event_type.code for e in events]


def test_a_strike_held_after_its_vote_is_a_strike(extract: Extract) -> None:
    # the vote is background ("after voting"); the walkout happened (CAMEO 143)
    events = extract(
        "Dock workers in Antwerp went on strike on Monday after voting for strike action last week."
    )
    assert codes(events)[:1] == ["143"]


def test_a_strike_vote_is_a_strike_to_come(extract: Extract) -> None:
    # CAMEO 133: the strike is announced, not held
    assert codes(extract("Teachers in Nairobi voted on Monday to strike over pay.")) == ["133"]


def test_drones_intercepted_are_shot_down(extract: Extract) -> None:
    # CAMEO 190: air defence downing drones is force; meeting bombers (152) is not
    assert codes(extract("Air defences intercepted 40 drones over Kyiv on Monday.")) == ["190"]


def test_a_when_clause_after_since_happened_then(extract: Extract) -> None:
    # TimeML: "when" anchors its clause to the time named before it, the start of "since"
    events = extract("Protests have grown since Sunday, when police shot two students in Dhaka.")
    shootings = [e for e in events if codes([e])[0].startswith("18")]
    assert [(e.when.start, e.when.end) for e in shootings] == [(date(2026, 6, 14),) * 2]


def test_a_ranking_since_a_year_keeps_its_own_week(extract: Extract) -> None:
    # near miss: with no when-clause, "since 2018" is only the span compared with
    events = extract("The blast was the deadliest in Pakistan since 2018.")
    assert [e.when.start.year for e in events] == [2026]


def place(events: list[Event]) -> str | None:
    loc = events[0].location if events else None
    return loc.place.name if loc is not None and loc.place is not None else None


def test_a_patron_is_not_where_its_proxy_fought(extract: Extract) -> None:
    # "Iran-backed" names who backs the rebels, not where they struck (CAMEO 1.1b3 codes a
    # proxy by its own country); the sea named after the verb is the place
    assert (
        place(
            extract("Iran-backed rebels attacked a tanker near the Bab el-Mandeb strait on Monday.")
        )
        == "Bab el-Mandeb"
    )
    # near miss: the country named as the scene stays
    assert place(extract("Rebels attacked a police post in Iran on Monday.")) == "Iran"


def test_what_was_said_after_the_act_is_not_its_place(extract: Extract) -> None:
    # ", saying ...": the places of what was said are not where the shelling was
    assert (
        place(extract("Troops shelled Izium on Monday, saying rebels were hiding in Kherson."))
        == "Izyum"
    )
    assert (
        place(extract("Troops shelled a village on Monday, saying rebels were hiding in Kherson."))
        is None
    )


def test_a_dated_noun_before_the_verb_still_dates_it(extract: Extract) -> None:
    # near miss of "revenge for an attack last month": the attack is the verb's subject
    events = extract("The attack on 2 June had killed four soldiers in Kidal.")
    assert [(e.when.start, e.when.end) for e in events] == [(date(2026, 6, 2),) * 2]


def test_where_a_ship_was_going_is_neither_place_nor_side(extract: Extract) -> None:
    # ACLED: coded where it happened; the cargo's destination is a purpose
    (seizure,) = extract("A tanker bound for India was seized in the Gulf of Oman on Monday.")
    assert place([seizure]) == "Gulf of Oman"
    assert seizure.roles.target_country is None
    # near miss: a convoy attacked in the town named after "in" is placed there
    assert (
        place(extract("A convoy carrying aid was attacked in El Fasher on Monday.")) == "El Fasher"
    )


def test_the_one_told_to_act_is_the_target(extract: Extract) -> None:
    # CAMEO 10: who orders is the source, who is ordered the target
    (order,) = extract("The court ordered Russia on Friday to return the children.")
    assert order.roles.target_country == "RU"
    assert order.roles.source_country != "RU"
    # near miss: a state that agrees to act is the source (CAMEO 03)
    (pledge,) = extract("Russia agreed on Friday to return the children.")
    assert pledge.roles.source_country == "RU"


def test_a_side_alone_still_places_its_own_act(extract: Extract) -> None:
    # near misses of the vessel and two-state rules: one state's police act at home, and a
    # named shoal is the place of an encounter at sea
    assert place(extract("Russian police arrested two Ukrainians on Monday.")) == "Russia"
    assert (
        place(
            extract(
                "Chinese coast guard ships rammed a Philippine vessel near Second Thomas "
                "Shoal on Monday."
            )
        )
        == "Second Thomas Shoal"
    )


def test_a_president_not_listed_takes_the_country_before_the_title(extract: Extract) -> None:
    # near miss of the leaders.csv rule: a president the list does not hold keeps the
    # country named before the title
    (meeting,) = extract("Ghana's President Kofi Mensah met the Pope in Rome on Monday.")
    assert meeting.roles.source_country == "GH"


def test_an_outbreak_of_fighting_is_a_fight(extract: Extract) -> None:
    # near miss of the anaphoric epidemic row: "outbreak of fighting" is armed force
    events = extract("The outbreak of fighting in Goma on Monday killed 30 people.")
    assert codes(events)[:1] == ["190"]


def test_a_month_that_is_the_acts_own_still_dates_it(extract: Extract) -> None:
    # near miss of the attributive month ("the February election"): "in February" dates
    # the march
    (march,) = extract("Protesters marched in Dakar in February against the election delay.")
    assert (march.when.start, march.when.end) == (date(2026, 2, 1), date(2026, 2, 28))


def test_an_act_before_a_day_is_not_on_it(extract: Extract) -> None:
    # TimeML relates the flight BEFORE the timex: the week up to the day before, precision 2
    (flight,) = extract("The former president flew to Florida before the Jan. 1 inauguration.")
    assert (flight.when.start, flight.when.end) == (date(2025, 12, 25), date(2025, 12, 31))
    assert flight.when.precision == 2
    # near miss: "on Jan. 1" is the day itself
    (flight,) = extract("The former president flew to Florida on Jan. 1.")
    assert (flight.when.start, flight.when.end, flight.when.precision) == (
        date(2026, 1, 1),
        date(2026, 1, 1),
        1,
    )


def test_a_government_named_by_its_seat_is_the_side(extract: Extract) -> None:
    # "The government in Lima said": Peru speaks, as "Lima said" would
    (threat,) = extract(
        "The government in Lima said on Tuesday that it would close the border with Chile."
    )
    assert threat.roles.source_country == "PE"
    # near miss: protesters in a capital are no government, and march there
    (march,) = extract("Protesters in Lima marched to Congress on Tuesday.")
    assert place([march]) == "Lima"
    assert march.roles.source_country != "PE"


def test_a_denial_still_covers_its_coordinated_acts(extract: Extract) -> None:
    # near miss of the "and said" scope rule: "attacked and killed" are both denied
    events = extract("The army denied that its troops had attacked and killed civilians on Monday.")
    assert events
    # no act of force is told as done (since stop 27 the denial itself, 016, may lead)
    force = [e for e in events if (e.event_code or "")[:2] in ("18", "19", "20")]
    assert all("negated" in e.flags for e in force)
    assert all(e.event_code == "016" for e in events if e not in force)


def test_a_plan_stated_by_its_actor_is_an_intent(extract: Extract) -> None:
    # near miss of the describing participle ("a convoy, planned for Tuesday, was
    # cancelled"): a government that planned an offensive stated an intent
    assert codes(extract("The government planned a new offensive in Darfur on Monday."))


def test_troops_of_a_nationality_are_its_side(extract: Extract) -> None:
    # near miss of the outlet rule ("told a French broadcaster"): French troops are France's
    (arrest,) = extract("French troops arrested two men in Gao on Monday.")
    assert arrest.roles.source_country == "FR"


def test_aid_sent_to_a_capital_goes_to_the_city(extract: Extract) -> None:
    # near miss of "lodged a protest with Beijing": aid sent to a capital reaches the place
    (aid,) = extract("Japan sent aid to Beijing on Monday.")
    assert place([aid]) == "Beijing"


def test_a_countrys_own_forces_still_report_what_struck_it(extract: Extract) -> None:
    # near miss of "who reports is no party": force reported by a country's own ministry
    # landed there (README: the country whose own forces report the attack)
    (strike,) = extract(
        "Russian drones struck a power plant on Monday, Ukraine's energy ministry said."
    )
    assert place([strike]) == "Ukraine"


def test_leaving_an_international_body_reduces_relations(extract: Extract) -> None:
    # CAMEO 16: a state that quits a court or a council reduces its relations with it
    assert codes(extract("Hungary withdrew from the International Criminal Court on Monday.")) == [
        "160"
    ]
    # leaving an agreement, told as a noun, is a rejection (CAMEO 120), as the verb is
    events = extract("Ecuador announced its withdrawal from the fishing agreement on Monday.")
    assert codes(events) == ["120"]


def test_troops_withdrawn_from_a_town_still_de_escalate(extract: Extract) -> None:
    # near miss: a withdrawal of one's own forces stays CAMEO 087
    assert codes(extract("Israeli troops withdrew from the town on Monday.")) == ["087"]
    assert codes(extract("The army announced a withdrawal from the city on Monday.")) == ["087"]


def test_an_act_a_since_clause_opens_keeps_a_date_of_its_own(extract: Extract) -> None:
    # the "since" clause's own date is the act's (TimeML BEGINS); the saying's is not
    (clash,) = extract(
        "Thousands have fled since the clashes began in Goma on 3 May, the UN said on Monday."
    )
    assert (clash.when.start, clash.when.precision) == (date(2026, 5, 3), 1)
    events = extract("The UN said on Monday that thousands had fled since the clashes began.")
    assert all(e.when.start != date(2026, 6, 15) for e in events)


def test_what_an_act_went_ahead_despite_does_not_place_it(extract: Extract) -> None:
    # CAMEO 174: migrants sent to a third country are expelled; the protests "despite" which
    # it went ahead are elsewhere
    (sent,) = extract("Italy sent 40 migrants to Albania on Monday, despite protests in Rome.")
    assert sent.event_code == "174"
    assert sent.location is not None
    assert sent.location.place.name != "Rome"
    # near miss: a place before the concessive tail is the act's own
    (fired,) = extract(
        "Police fired tear gas at protesters in Nairobi on Monday, despite a court order."
    )
    assert fired.location is not None
    assert fired.location.place.name == "Nairobi"
