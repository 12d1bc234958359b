"""Find and geocode the places a news text names, offline and in-process.

``Geoparser(gazetteer).parse(text, date=None) -> list[Mention]`` serves ingestion, the app
and ``python -m dashboard geoparse`` alike. Recognition (``recognise.py``) is a longest-match
scan over runs of capitalised words with context filters; resolution (``resolve.py``) scores
every candidate with a prior (feature kind, population) plus the document's own context
(dateline, countries named, "X, Y" patterns, places already resolved nearby) and says in
``reason`` why the winner won.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from datetime import date

from dashboard.analysis import CountryMention, TextAnalysis, dateline_span, split_capped
from dashboard.model import Mention, Place
from dashboard.places.adjacent_namesakes import adjacent_namesakes
from dashboard.places.armed_groups import army_names
from dashboard.places.article_names import far_article_names
from dashboard.places.astride import told_in_country
from dashboard.places.bare_landmarks import bare_landmarks
from dashboard.places.borders import country_by_neighbours
from dashboard.places.capital_cues import capitals_by_cues
from dashboard.places.carriers import without_carriers
from dashboard.places.compass_divisions import compass_divisions
from dashboard.places.compass_provinces import compass_provinces
from dashboard.places.country_alone import country_alone
from dashboard.places.dateline_town import dateline_cities, dateline_repeats
from dashboard.places.demonyms import by_named_places
from dashboard.places.division_heads import division_heads
from dashboard.places.division_lists import division_lists
from dashboard.places.features import named_features
from dashboard.places.finer_holders import finer_holders
from dashboard.places.focus import focus_state
from dashboard.places.focus_towns import focus_towns
from dashboard.places.gazetteer import Countries, Gazetteer, load
from dashboard.places.group_nouns import without_group_names
from dashboard.places.headline_states import headline_states
from dashboard.places.held_post_towns import held_post_towns
from dashboard.places.institutions import without_institutions
from dashboard.places.joint_country import joint_country
from dashboard.places.joint_pair import joint_pair
from dashboard.places.joint_state import joint_state
from dashboard.places.lists import typed_lists
from dashboard.places.lost_anchors import lost_anchors
from dashboard.places.member_homes import member_states
from dashboard.places.metropolis import named_country_metropolis
from dashboard.places.name_parts import without_name_parts
from dashboard.places.names import for_matching, sentences
from dashboard.places.opening_nouns import without_opening_nouns
from dashboard.places.outlets import without_outlets
from dashboard.places.pairs import (
    HeldMemo,
    bare_counties,
    city_suffixed,
    county_towns,
    domestic_namesakes,
    home_state,
)
from dashboard.places.party_labels import party_label_homes
from dashboard.places.political import without_political_bodies
from dashboard.places.postal_codes import with_postal_codes
from dashboard.places.recognise import Demonym, Match, Recogniser
from dashboard.places.regencies import regencies
from dashboard.places.resolve import Resolver
from dashboard.places.rivers import rivers_by_use
from dashboard.places.runs import sentences_c
from dashboard.places.set_aside_towns import set_aside_towns
from dashboard.places.sovereign_use import sovereign_use
from dashboard.places.state_country import by_state_country
from dashboard.places.state_unnamed import unnamed_states
from dashboard.places.story_country import story_country
from dashboard.places.titled_cities import titled_cities
from dashboard.places.told_within import (
    capital_at_dateline,
    capitals_by_demonym,
    capitals_by_possessive,
)
from dashboard.places.townships import townships
from dashboard.places.unlisted_towns import unlisted_towns
from dashboard.places.vehicles import without_vehicles
from dashboard.places.world_cities import world_cities

_DIRECTIONS = {
    "north": (1, 0),
    "south": (-1, 0),
    "east": (0, 1),
    "west": (0, -1),
    "northeast": (0.7, 0.7),
    "northwest": (0.7, -0.7),
    "southeast": (-0.7, 0.7),
    "southwest": (-0.7, -0.7),
}
_RELATIVE_SEA = re.compile(
    r"\b(?P<noun>sea|seas|waters|ocean)\s+(?:(?:just|directly|far|immediately|off|some|about"
    r"|\d[\d,.]*\s*(?:km|kilometres|kilometers|miles|nautical miles))\s+)*"
    r"(?P<dir>north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?\s+"
    r"(?:of|off)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_SEA_NOUNS = ("sea", "waters", "ocean")
_COMPASS = ("north", "south", "east", "west")  # every direction _RELATIVE_SEA reads holds one


def _may_be_relative(window: str) -> bool:
    """False when ``_RELATIVE_SEA`` cannot match in ``window``: it holds no sea noun or no
    compass word, in any case. Substring tests on the window lowercased, a tenth of the
    case-blind regex's cost; under IGNORECASE the letters of those words match only their
    two cases, but for "s", which the long s "ſ" matches too (then the regex decides)."""
    low = window.lower()
    if "ſ" in window:
        return True
    return any(w in low for w in _SEA_NOUNS) and any(w in low for w in _COMPASS)


class Geoparser:
    """Recognise and resolve place names. Reuse one instance: the gazetteer loads once."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        overrides: dict[str, Place] | None = None,
        *,
        demonyms: bool = False,
    ) -> None:
        """``demonyms=True`` also reports country adjectives ("Russian") as mentions of their
        country, flagged ``demonym`` (``geoparse --demonyms``); by default they are context only."""
        self.gaz = gazetteer or load()
        self.demonym_mentions = demonyms
        self.recogniser = Recogniser(self.gaz)
        self.resolver = Resolver(self.gaz)
        self.nations = Countries(self.gaz)
        self._held: HeldMemo = {}  # what counties hold of each town name (pairs.county_towns)
        # a user's corrections, by folded name: they win over any candidate
        self.overrides: dict[str, Place] = dict(overrides or {})

    # ------------------------------------------------------------ public API

    def parse(self, text: str, date: date | None = None) -> list[Mention]:
        """Every place named in ``text``, in order, each resolved or with ``place=None``.

        >>> [m.place.name for m in Geoparser().parse("Talks in Yokosuka, west of Tokyo.")]
        ['Yokosuka', 'Tokyo']
        """
        read = for_matching(text)
        if read is None:
            matches, demonyms = self.recogniser.find(text)
            return self._resolve(text, matches, demonyms)
        norm, origin = read
        matches, demonyms = self.recogniser.find(norm)
        return _back(text, origin, self._resolve(norm, matches, demonyms))

    def analyse(self, text: str, published: date | None = None) -> TextAnalysis:
        """One record of everything read from ``text`` (see ``dashboard/analysis.py``):
        one recognition pass, one resolution, the sentences and the dateline place."""
        read = for_matching(text)
        if read is None:
            matches, demonyms = self.recogniser.find(text)
            mentions = self._resolve(text, matches, demonyms)
        else:  # lookalike characters: match on the normalised text, report original offsets
            norm, origin = read
            matches, found = self.recogniser.find(norm)
            mentions = _back(text, origin, self._resolve(norm, matches, found))
            demonyms = [(origin[s], origin[e - 1] + 1, code) for s, e, code in found]
        demonyms = by_named_places(text, demonyms, mentions)  # "Congolese ... Brazzaville"
        # "the Kenyan capital" is Nairobi for the reader of events; ``parse`` keeps to the
        # names as written (toponym corpora tag "Kenyan" as Kenya, not as its capital)
        capitals = capitals_by_demonym(text, demonyms, mentions, self.gaz)
        capitals += capitals_by_possessive(text, mentions, self.gaz)  # "Haiti's capital"
        capitals += titled_cities(text, demonyms, mentions, self.gaz)  # "Myanmar's second city"
        if capitals:
            mentions = sorted([*mentions, *capitals], key=lambda m: (m.start, m.end))
        countries = [
            CountryMention(m.start, m.end, m.place.country_code or "", m.place.name)
            for m in mentions
            if m.place and m.place.kind == "country"
        ]
        for s, e, code in demonyms:
            country = self.gaz.country(code)
            countries.append(CountryMention(s, e, code, country.name if country else code, True))
        start, end = dateline_span(text)
        filed = [m for m in mentions if start <= m.start < end and m.place]
        # "TAIPEI/MANILA -": a story filed from two countries' cities tells of both, so
        # neither is where an act with no place of its own happened (its deaths in Manila
        # were put in Taipei); two cities of one country still give the first
        dateline = (
            filed[0]
            if filed and len({m.place.country_code for m in filed if m.place}) == 1
            else None
        )
        at_capital = capital_at_dateline(text, mentions, dateline, self.gaz)
        if at_capital:
            mentions = sorted([*mentions, *at_capital], key=lambda m: (m.start, m.end))
        landmarks = bare_landmarks(text, mentions, self.gaz)  # "broke into the Capitol"
        if landmarks:
            mentions = sorted([*mentions, *landmarks], key=lambda m: (m.start, m.end))
        codes = {c.code for c in countries}
        if dateline and dateline.place and dateline.place.country_code:
            codes.add(dateline.place.country_code)
        # the countries of the regions named too: the reader may place an event across
        # several regions of one country in that country
        codes |= {
            m.place.country_code
            for m in mentions
            if m.place and m.place.kind == "admin1" and m.place.country_code
        }
        places = {c: p for c in sorted(codes) if (p := self.gaz.country(c)) is not None}
        kept, over, notes = split_capped(
            sentences_c(text) if sentences_c else list(sentences(text))
        )
        ordered = tuple(sorted(countries, key=lambda c: (c.start, c.end)))
        return TextAnalysis(
            text=text,
            published=published,
            mentions=tuple(mentions),
            countries=ordered,
            sentences=kept,
            dateline_end=end,
            dateline_start=start,
            dateline=dateline,
            country_places=places,
            skipped=over,
            notes=notes,
            nations=self.nations,
            story_country=story_country(dateline, mentions, ordered),
        )

    def demonyms(self, text: str) -> list[Demonym]:
        """Demonyms ("South Korean") with the ISO code of their country."""
        return self.recogniser.find(text)[1]

    # ------------------------------------------------------------ resolution

    def _resolve(self, text: str, matches: list[Match], demonyms: list[Demonym]) -> list[Mention]:
        matches = without_vehicles(text, matches)  # "a 1991 Honda" is no town in Colombia
        # "Rail services were cut": a common noun opening a sentence, no town in India
        matches = without_opening_nouns(text, matches, self.gaz)
        matches = without_outlets(text, matches)  # "told France 24": a broadcaster, no place
        matches = without_name_parts(text, matches)  # "Nawaf Al-Sabah": a family, not Sabah
        matches = without_carriers(text, matches)  # "a Jeju Air jet": an airline, no place
        matches = without_political_bodies(text, matches)  # "the Liberal government"
        matches = army_names(text, matches)  # "the Arakan Army" is a group, not Rakhine
        matches = without_institutions(text, matches, self.gaz)  # "Columbia University" is no town
        matches = with_postal_codes(text, matches, self.gaz)  # "Erie, PA" is Pennsylvania
        matches = headline_states(text, matches, self.gaz)  # "Elderly Ill. woman rescued"
        mentions = self.resolver.resolve(text, matches, demonyms, self.overrides)
        mentions = named_features(text, mentions)  # "the Kansas River" is not Kansas
        mentions = typed_lists(text, mentions, self.gaz)  # "Douglas and Sarpy counties"
        mentions = division_lists(text, mentions, self.gaz)  # "Latakia and Tartus provinces"
        # "Henry County ... Paris": Tennessee's
        mentions = county_towns(mentions, self.gaz, self._held)
        mentions = domestic_namesakes(mentions, self.gaz)  # "Hanover" beside Vermont's towns
        mentions = bare_counties(mentions)  # "Walton" after "Walton County"
        mentions = city_suffixed(mentions)  # "Akron City" beside "Akron, Colorado"
        mentions = home_state(mentions, self.gaz)  # "Mansfield" beside Shreveport
        mentions = focus_state(mentions, self.gaz)  # the state named most shapes the rest
        mentions = joint_state(mentions, self.gaz)  # the one state most names share
        mentions = joint_pair(mentions, self.gaz)  # two names whose namesakes are neighbours
        mentions = joint_country(mentions, self.gaz)  # "Valencia and Barcelona": Spain's
        mentions = focus_towns(mentions, self.gaz)  # "Rockford" beside Ohio's towns
        mentions = country_by_neighbours(mentions, self.gaz)  # "Palestine" beside Israel
        # "in Rome" beside Italy; "Santiago" beside the Dominican Republic and no Chilean
        codes = frozenset(code for _, _, code in demonyms)
        mentions = named_country_metropolis(mentions, self.gaz, codes)
        mentions = world_cities(text, mentions, self.gaz)  # "WASHINGTON — ... in Geneva": Swiss
        mentions = unnamed_states(mentions, self.gaz)  # "officials in Washington ... Geneva"
        mentions = regencies(text, mentions, self.gaz, demonyms)  # "the Karo regency" in Indonesia
        mentions = country_alone(text, mentions, self.gaz, demonyms)  # "US ... met in Geneva"
        mentions = compass_divisions(mentions, demonyms)  # "the North" in Seoul's news
        mentions = capitals_by_cues(text, mentions, demonyms, self.gaz)  # "French officials"
        mentions = by_state_country(text, mentions, demonyms, self.gaz)  # "Spanish government"
        mentions = sovereign_use(text, mentions, self.gaz)  # "ABUJA — Niger's junta"
        mentions = division_heads(text, mentions, self.gaz)  # "Quebec's premier"
        mentions = compass_provinces(text, mentions, self.gaz, codes)  # Zambia's, not Sri Lanka's
        # "the town of Kyaukphyu" (GeoNames' Kyaukpyu)
        mentions = unlisted_towns(text, mentions, self.gaz, {code for _, _, code in demonyms})
        mentions = finer_holders(text, mentions, self.gaz)  # "Calamba, Misamis Occidental"
        mentions = without_group_names(text, mentions)  # "Gulf states": no PNG province
        mentions = rivers_by_use(text, mentions, self.gaz)  # "across the Dnipro"
        mentions = told_in_country(text, mentions)  # "the Niger River in central Mali"
        mentions = dateline_repeats(text, mentions)  # "WASHINGTON, Iowa — … Washington"
        mentions = dateline_cities(text, mentions, self.gaz)  # "NEW YORK —" is the city
        mentions = lost_anchors(mentions, self.gaz)  # "Avondale" once Decatur moved away
        mentions = held_post_towns(mentions)  # "Brandon" beside Douglas County: Minnesota's
        mentions = party_label_homes(text, mentions, self.gaz)  # "Boggs, D-Braxton": W.Va.'s
        mentions = far_article_names(text, mentions)  # "al-Jura near Rafah": not Switzerland
        mentions = member_states(text, mentions, self.gaz)  # "a New York Democrat": the state
        mentions = townships(text, mentions, self.gaz)  # "Hamilton Township": Ohio's, no city
        mentions = set_aside_towns(
            mentions, codes, self.gaz
        )  # "SYDNEY — ... Penrith": not England's
        mentions = adjacent_namesakes(mentions, codes, self.gaz)  # "Gombe ... of Kinshasa"
        extra = self._relative_seas(text, mentions)
        if self.demonym_mentions:
            for s, e, code in by_named_places(text, demonyms, mentions):
                country = self.gaz.country(code)
                if country is not None:
                    extra.append(
                        Mention(
                            s,
                            e,
                            text[s:e],
                            country,
                            1.0,
                            f"demonym of {country.name}",
                            ((country.id, 1.0),),
                            demonym=True,
                        )
                    )
        if not extra:
            return mentions  # already in text order, as the matches were
        return sorted(mentions + extra, key=lambda m: (m.start, m.end))

    def _relative_seas(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """'the sea just east of the Korean Peninsula' -> the named sea in that direction."""
        found = []
        for anchor in mentions:
            if anchor.place is None or anchor.place.lat is None:
                continue
            # the cheap test first: a relative phrase ends in "of (the)". Ten characters
            # lowercased per placed name, not the whole text once: lowercasing a text with
            # a curly quote walks Unicode's tables for every character (3% of a geoparse)
            lo = max(0, anchor.start - 10)
            if "of" not in text[lo : anchor.start].lower():
                continue
            lo = max(0, anchor.start - 80)
            if not _may_be_relative(text[lo : anchor.start]):
                continue
            rel = _RELATIVE_SEA.search(text, lo, anchor.start)
            if not rel or any(m.start <= rel.start("noun") < m.end for m in mentions):
                continue  # "the Aegean Sea, 20 miles east of Chios": the sea is named already
            sea = self._sea_towards(anchor.place, rel.group("dir").lower())
            if sea is not None:
                found.append(
                    Mention(
                        start=rel.start("noun"),
                        end=rel.end("noun"),
                        text=rel.group("noun"),
                        place=sea,
                        score=0.8,
                        reason=f"relative phrase: nearest named sea {rel.group('dir')} of {anchor.place.name}",
                    )
                )
        return found

    def _sea_towards(self, anchor: Place, direction: str) -> Place | None:
        dy, dx = _DIRECTIONS[direction]
        best, best_score = None, 0.0
        for place in self.gaz.seas:
            if place.kind != "sea" or place.lat is None or place.lon is None or not place.bbox:
                continue
            if _bbox_area(place.bbox) > 1500 or not _near_bbox(anchor, place.bbox, 4.0):
                continue  # oceans and far-away seas
            vy, vx = place.lat - anchor.lat, place.lon - anchor.lon  # type: ignore[operator]
            cos = (vy * dy + vx * dx) / (math.hypot(vy, vx) or 1.0)
            # a sea in that direction, preferring one that touches the anchor over a farther one
            score = cos - _bbox_gap(anchor, place.bbox) / 5
            if cos > 0.5 and score > best_score:
                best, best_score = place, score
        return best


def _back(text: str, origin: list[int], mentions: list[Mention]) -> list[Mention]:
    """Mentions found in the normalised text, with spans into the original ``text``."""
    out = []
    for m in mentions:
        s, e = origin[m.start], origin[m.end - 1] + 1
        out.append(replace(m, start=s, end=e, text=text[s:e]))
    return out


def _bbox_area(bbox: tuple[float, float, float, float]) -> float:
    return abs(bbox[2] - bbox[0]) * abs(bbox[3] - bbox[1])


def _extent_of(p: Place) -> tuple[float, float, float, float]:
    if p.bbox:
        return p.bbox
    assert p.lat is not None
    assert p.lon is not None
    return (p.lon, p.lat, p.lon, p.lat)


def _near_bbox(p: Place, bbox: tuple[float, float, float, float], margin: float) -> bool:
    w, s, e, n = bbox
    ab = _extent_of(p)
    return not (
        ab[2] < w - margin or ab[0] > e + margin or ab[3] < s - margin or ab[1] > n + margin
    )


def _bbox_gap(p: Place, bbox: tuple[float, float, float, float]) -> float:
    """Degrees between the anchor's extent and a bbox (0 when they touch or overlap)."""
    w, s, e, n = bbox
    ab = _extent_of(p)
    return math.hypot(max(0.0, w - ab[2], ab[0] - e), max(0.0, s - ab[3], ab[1] - n))
