"""The full CAMEO 1.1b3 code where the main clause names it and its background does not.

Stop 41 (cameo43). Sentences composed for these tests in the register of 1990s-2000s wire copy:
a main verb of one code with event nouns of another in relative, "after" or "amid" clauses.
Each is read as a one-sentence article through the extractor, as ``python -m dashboard events``
reads it. The rules: an accusation takes the code of the act alleged (§1122-§1124, embed.csv);
the manual's subcodes for inspectors (§0862, §1662), peacekeepers (§1661), aid agencies
(§1663), kinds of aid (§1621-§1623), political freedoms and parties (§0811, §0812, §1721,
§1722, §1322), mediation refused (§126) and opposition rallied (§113); a reduction of relations
announced as decided is the act to come (§16), not a threat; an ultimatum keeps §139 when it
names its penalty.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from dashboard.articles.reader import parse_article
from dashboard.events.extract import EventExtractor
from dashboard.model import Event
from dashboard.places.geoparser import Geoparser

Read = Callable[[str], list[Event]]


@pytest.fixture(scope="module")
def read(geoparser: Geoparser) -> Read:
    """The events of one sentence published on 14 March 2024, negated ones left out."""
    extractor = EventExtractor(geoparser)

    def events(sentence: str) -> list[Event]:
        found = extractor.extract(parse_article(f"date 2024-03-14\n{sentence}", path="t"))
        return [e for e in found if "negated" not in e.flags]

    return events


# (sentence, full CAMEO code of its first event)
CODED = [
    (
        "Beirut accused Israel on Wednesday of launching an unprovoked offensive in the south, "
        "which it said killed 20 civilians.",
        "1123",
    ),
    (
        "Human rights groups accused the Egyptian police on Tuesday of torturing detainees held "
        "after the riots.",
        "1122",
    ),
    (
        "The prosecutor accused the mayor on Monday of taking bribes from a construction firm.",
        "1121",
    ),
    (
        "The general was indicted by a war crimes tribunal in The Hague on Friday for the "
        "shelling of Dubrovnik.",
        "1124",
    ),
    (
        "The Security Council gave Baghdad an ultimatum on Monday to comply with the weapons "
        "inspectors or face serious consequences.",
        "139",
    ),
    (
        "The rebels rejected on Friday an offer by Nigeria to mediate in the conflict, which has "
        "killed thousands.",
        "126",
    ),
    (
        "The Serbian opposition leader called on his supporters on Saturday to unite against the "
        "government after the police beat demonstrators.",
        "113",
    ),
    (
        "The Iraqi newspaper called on Arabs on Thursday to mobilise against Israel, which has "
        "bombed targets in Lebanon.",
        "113",
    ),
    (
        "The European Union announced on Monday it would suspend all aid to the Fijian military "
        "government, which seized power in a coup last month.",
        "162",
    ),
    (
        "The European Union announced on Tuesday it would impose an arms embargo on Burma over "
        "the junta's crackdown on monks.",
        "163",
    ),
    (
        "Pyongyang allowed inspectors from the International Atomic Energy Agency to return to "
        "its nuclear complex at Yongbyon on Monday.",
        "0862",
    ),
    (
        "Iraq allowed U.N. weapons inspectors back into the country on Wednesday after four years "
        "of absence.",
        "0862",
    ),
    (
        "The World Bank suspended loans to Kenya on Friday over concerns about corruption in the "
        "government.",
        "1621",
    ),
    (
        "Congress cut off military aid to El Salvador on Thursday after soldiers killed six "
        "Jesuit priests.",
        "1622",
    ),
    (
        "The United States suspended food aid to North Korea on Monday, citing the regime's "
        "refusal to allow monitors.",
        "1623",
    ),
    (
        "Eritrea expelled the U.N. peacekeepers from the border zone on Tuesday, weeks after its "
        "troops clashed with Ethiopian forces.",
        "1661",
    ),
    (
        "Belgium withdrew its peacekeeping contingent from Rwanda on Thursday after ten of its "
        "soldiers were killed.",
        "1661",
    ),
    (
        "Zimbabwe expelled European election observers on Sunday, accusing them of siding with "
        "the opposition.",
        "1662",
    ),
    (
        "The junta expelled three foreign aid agencies on Monday, accusing them of spreading "
        "false reports of famine.",
        "1663",
    ),
    (
        "The Indonesian government lifted restrictions on the press on Friday, a week after the "
        "president resigned amid riots.",
        "0811",
    ),
    (
        "Kenya's president lifted a ban on opposition parties on Tuesday after months of "
        "pressure from Western donors.",
        "0812",
    ),
    (
        "Algeria legalised three opposition parties on Wednesday, ending a decade of one-party rule.",
        "0812",
    ),
    (
        "Authorities shut down two independent newspapers in Belgrade on Monday, accusing them "
        "of spreading panic during the NATO bombing.",
        "1721",
    ),
    (
        "A court in Ankara banned the pro-Kurdish party on Friday, accusing it of links with the "
        "PKK rebels.",
        "1722",
    ),
    (
        "The election commission barred the former prime minister from running in next month's "
        "election.",
        "1722",
    ),
    (
        "The military threatened on Sunday to ban the Islamist party if it continued to stage "
        "street protests.",
        "1322",
    ),
]

# near misses: (sentence, the full code the first event keeps, or None for no event)
KEPT = [
    # blame holds a side responsible for a happening, whatever it was (§112)
    (
        "Moscow blamed Chechen rebels on Friday for the bombing of an apartment block that "
        "killed 90 people.",
        "112",
    ),
    # an act alleged that the table does not name leaves the accusation plain
    (
        "Turkey accused Greece on Thursday of harbouring Kurdish rebels who stage attacks from "
        "its territory.",
        "112",
    ),
    # a condemnation is no accusation, whatever it condemns
    (
        "The Indian prime minister on Wednesday condemned the bombing of a train in Mumbai that "
        "killed 180 people.",
        "111",
    ),
    # a condition keeps an announced or said sanction a threat
    (
        "The European Union said on Tuesday it would impose sanctions on Burma unless the junta "
        "freed the opposition leader.",
        "1312",
    ),
    (
        "Washington said on Monday it would cut aid to Pakistan, which it accuses of sheltering militants.",
        "1311",
    ),
    # an announced act of cooperation stays an intent (§03)
    (
        "Japan announced on Monday it would send emergency aid to the flood victims in Bangladesh.",
        "033",
    ),
    (
        "The European Union announced on Tuesday that its foreign ministers would meet next week.",
        "036",
    ),
    # a march banned is no party banned (§1722); cameo88: it restricts assembly, §1721
    ("Police banned a march by opposition supporters in the capital on Saturday.", "1721"),
    # a charge of an ordinary crime stays §173; a peace plan rejected stays §127
    ("Prosecutors charged the former minister with fraud on Monday.", "173"),
    ("Serbia rejected the peace plan on Tuesday, saying it would cost it the province.", "127"),
    # an appeal to unite behind someone rallies no opposition
    ("The bishop urged Kenyans on Sunday to unite behind the new government.", "020"),
    # a state of being united is no act; an expulsion denied is none
    ("The two parties have been united against the reform since last year.", None),
    ("The government did not expel the foreign election observers, officials said.", None),
]


@pytest.mark.parametrize(("sentence", "code"), CODED)
def test_the_main_clause_gives_the_full_code(read: Read, sentence: str, code: str) -> None:
    events = read(sentence)
    assert events, sentence
    assert events[0].event_code == code, [(e.event_code, e.flags) for e in events]


@pytest.mark.parametrize(("sentence", "code"), KEPT)
def test_near_misses_keep_their_code(read: Read, sentence: str, code: str | None) -> None:
    events = read(sentence)
    if code is None:
        assert not events, [(e.event_code, e.flags) for e in events]
    else:
        assert events, sentence
        assert events[0].event_code == code, [(e.event_code, e.flags) for e in events]


def test_a_feared_expulsion_is_flagged_hypothetical(read: Read) -> None:
    events = read("Diplomats fear the junta may expel the remaining aid agencies.")
    assert events
    assert "hypothetical" in events[0].flags
