"""When the dateline city is, or is not, the place of an act told with no place of its own:
a regional bureau's story about a neighbour, the seat of who reports, a city finer than the
country an actor's demonym gives, a government seat named where people gathered. ACLED codes
an event where it took place, at the most specific location the report supports.
"""

from __future__ import annotations

import re

from dashboard.analysis import TextAnalysis
from dashboard.events.act_asides import TURNED_TO
from dashboard.events.nationality_of import nationals_after
from dashboard.events.place_cues import (
    BROKER_BEFORE,
    RULERS_IN,
    SPEAKER_VERB_AFTER,
    SPEAKERS_IN,
    Span,
)
from dashboard.events.sides import bodies
from dashboard.model import Mention

_MATERIAL = frozenset({"07", "08", "14", "15", "17", "18", "19", "20"})
# a court's finding or sentence (CAMEO 1.1b3 §116, find guilty or liable) is made in a court
# of the state that tries, never in the city a foreign bureau files from ("DUBAI - Iran
# sentenced two men"): a legal act, placed as a material one is
_JUDICIAL = frozenset({"116"})
MEETING_AHEAD = "036"


def dateline_elsewhere(analysis: TextAnalysis, code: str) -> bool:
    """Whether a material act with no place of its own (CAMEO ``code``, or a ``DIS-``
    hazard) must not fall back on the dateline city: the story's body names places of
    other countries and none of the dateline's own ("NAIROBI, Kenya - Congolese troops
    fought in North Kivu ... near Masisi": a regional bureau reporting on a neighbour).
    ACLED codes an event where it took place, and a city ~1,000 km away in a country with
    no part in the story is a confident wrong card; no place is better. Peoples do not
    count: "KYIV - Russian drones struck a power plant" names the attacker's nationality, as
    "a United States citizen" names one by the country's name (``nationals_after``),
    and the story is still about the dateline's country. An intent to meet (§036) never
    falls back on it: the meeting it announces has no venue until one is named."""
    dl = analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    if code.startswith(MEETING_AHEAD):
        # CAMEO 1.1b3 §036 (express intent to meet or negotiate): the meeting it announces
        # has no venue until the text names one, and the dateline is where the story was
        # filed ("LIMA - Chile and Argentina will meet next week"): no place beats a wrong one
        return True
    if home is None or not (
        code.startswith("DIS-") or code[:2] in _MATERIAL or code[:3] in _JUDICIAL
    ):
        return False
    body = {
        m.place.country_code
        for m in analysis.mentions
        if m.start >= analysis.dateline_end
        and m.place is not None
        and not nationals_after(analysis.text, m.end)
        and not _aside(analysis.text, m.start)
    }
    # nor does a go-between ("after mediation by Qatar"), nor a country turned to ("turned
    # to Russia for help"): a third party, not where the story's acts took place
    body |= {
        c.code
        for c in analysis.countries
        if c.start >= analysis.dateline_end
        and not c.demonym
        and not nationals_after(analysis.text, c.end)  # "a United States citizen": a people
        and not _aside(analysis.text, c.start)
    }
    body.discard(None)
    return bool(body) and home not in body


def _aside(text: str, start: int) -> bool:
    """A name told as a go-between (``place_cues.BROKER_BEFORE``) or as the country turned
    to (``dateline_acts.TURNED_TO``)."""
    window = (text, max(0, start - 40), start)
    return BROKER_BEFORE.search(*window) is not None or TURNED_TO.search(*window) is not None


_FORCE = frozenset({"18", "19", "20"})


def sides_abroad(analysis: TextAnalysis, code: str, sides: tuple[str | None, str | None]) -> bool:
    """Whether a use of force (CAMEO 1.1b3 ch. 18-20) with no place of its own is fought
    between two sides of other countries than the dateline's (``sides``: the source's and
    the target's ISO2 codes): "KATHMANDU - Indian and Chinese troops clashed on the border"
    was drawn at Kathmandu at town precision. The dateline is where the bureau sits; ACLED
    codes the event where it took place, which the report does not give, so no place."""
    dl = analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    source, target = sides
    return (
        code[:2] in _FORCE
        and home is not None
        and source is not None
        and target is not None
        and source != target
        and home not in (source, target)
    )


def dateline_is_speakers_seat(analysis: TextAnalysis, sentence: Span) -> bool:
    """Whether ``sentence`` (character offsets) names the dateline city as the seat of who
    reports, before its reporting verb ("BAMAKO - ... The junta in Bamako said troops had
    killed 30 militants"; not "the junta in Bamako arrested three ministers"): the
    dateline then says where the teller sits, not where the act was, so it is no fallback
    for an act told with no place (ACLED: the location is where the event took place, not
    where it was announced)."""
    dl = analysis.dateline
    if dl is None or dl.place is None:
        return False
    return any(
        m.place is not None
        and m.place.id == dl.place.id
        and any(
            cue.search(analysis.text, max(sentence[0], m.start - 30), m.start)
            for cue in (SPEAKERS_IN, RULERS_IN)
        )
        and SPEAKER_VERB_AFTER.match(analysis.text, m.end) is not None
        for m in analysis.mentions
        if sentence[0] <= m.start < sentence[1] and m.start >= analysis.dateline_end
    )


# an act on water ("closed the surrounding waters to shipping") is at sea, not in a city
# (ACLED codes events at sea to the water body)
# (ACLED codes events at sea to the water body); nor is one in a country's airspace ("violated
# Estonian airspace"): the airspace is the whole country's, and no town is told
_AT_SEA_WORDS = re.compile(
    r"\b(?:waters|seas?|offshore|coast(?:line)?|strait|gulf|bay|airspace)\b", re.I
)


def dateline_refines(location: Mention | None, analysis: TextAnalysis, clause: Span) -> bool:
    """Whether the dateline city says more than a fallback ``location`` that is only the
    city's own country, given by an actor's demonym in the event's own ``clause`` ("LIMA
    (AP) - Peruvian police arrested a former mayor": Peru from "Peruvian", Lima from the
    dateline). ACLED codes the most specific location the report supports; a town or
    division is finer than its country (geo precision 1-2 vs 3). A country the text names
    as such ("protests spread across Israel"), one read from elsewhere in the story, or an
    act on water ("closed the surrounding waters"), is what the report supports and stays."""
    dateline = analysis.dateline
    if location is None or dateline is None:
        return False
    p, d = location.place, dateline.place
    return (
        p is not None
        and d is not None
        and clause[0] <= location.start < clause[1]
        and any(c.demonym and c.start == location.start for c in analysis.countries)
        and not _AT_SEA_WORDS.search(analysis.text, *clause)
        and p.kind == "country"
        and d.kind != "country"
        and d.country_code == p.country_code
        and d.geo_precision < p.geo_precision
    )


def seat_named_as_place(
    location: Mention | None, analysis: TextAnalysis, seats: list[Span]
) -> bool:
    """Whether a fallback ``location`` that is only the dateline city's country came from a
    government seat the clause names as a place ("WASHINGTON - Thousands rallied outside the
    White House"): the seat stands in the dateline city, finer than its country (ACLED: the
    most specific place the report supports). ``seats``: the spans of the actors named by a
    body (bodies.csv) in the event's clause."""
    dateline = analysis.dateline
    if location is None or location.place is None or dateline is None or dateline.place is None:
        return False
    if (
        location.place.kind != "country"
        or dateline.place.country_code != location.place.country_code
    ):
        return False
    home = dateline.place.country_code
    # the seat is a national body of the dateline's country (bodies.csv): "at the UN Security
    # Council" names an international body, whose seat is not in the dateline city
    return any(
        _SEAT_AS_PLACE.search(analysis.text, max(0, s - 24), s)
        and any(b.iso2 == home and b.name in analysis.text[s:e] for b in bodies())
        for s, e in seats
    )


# a government seat named where people gathered ("outside the White House", "at the Kremlin")
_SEAT_AS_PLACE = re.compile(
    r"\b(?:outside|at|near|in\s+front\s+of|inside|around|before)\s+(?:the\s+)?$", re.I
)


# CAMEO 1.1b3 roots each party voices for itself: a statement (01), an appeal (02), a demand
# (10), disapproval (11), a rejection (12), a threat (13); and §051, praise or endorse
_VOICED = frozenset({"01", "02", "10", "11", "12", "13"})
_PRAISE = "051"
# CAMEO 1.1b3 ch. 16 (reduce relations: sanctions, embargoes, cut ties, expulsions): a measure
# each government enacts at home, by its own decree, never in the city a bureau files from
# ("DUBAI - Canada and Australia announced sanctions on Iraqi bankers")
_ENACTED = "16"


def joint_subject_abroad(analysis: TextAnalysis, code: str, codes: list[str | None]) -> bool:
    """Whether an act told of a joint subject (``codes``: the ISO2 of each party joined by
    "and" before the trigger, ``parties._joint_subjects``) is by parties of which none is
    the dateline's country ("DOHA - Saudi Arabia and the United Arab Emirates welcomed the
    release"): each said it at home or wherever it was, and the dateline is where the
    bureau sits, so a city there is a confident wrong card (ACLED: the location is where
    the event took place; no place beats a wrong one). One party alone keeps its country
    (``placing``: the main actor's country); a party of the dateline's country keeps it.
    ``code``: the act's CAMEO code; only what each party voices on its own counts
    (``_VOICED``, and §051 praise), or enacts at home (``_ENACTED``, ch. 16): a material act ("New Zealand and Australia flew
    surveillance aircraft over the islands", filed from Tonga) is done somewhere, most often
    in the story's country, and an agreement or meeting (ch. 03-06) is made where the
    parties sat, which a wire files from (the Essequibo pledge at Kingstown, test_qa18)."""
    dl = analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    return (
        home is not None
        and (code[:2] in _VOICED or code[:2] == _ENACTED or code.startswith(_PRAISE))
        and len(codes) >= 2
        and None not in codes
        and home not in codes
    )
