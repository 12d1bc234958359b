"""Rules for one name that overrule or refine its first choice.

A division named with its type word ("Kharkiv Oblast"), a town the text calls a town or
names in North American words, "the X" as a sea or region, a state in a list of states, and
a name's own country's place when the text names that country.
"""

from __future__ import annotations

import math
from dataclasses import replace

from dashboard.model import Mention, Place
from dashboard.places.choice import Chooser
from dashboard.places.context import _DEMONYM, Context, _Choice
from dashboard.places.division_words import foreign_word, of_word
from dashboard.places.gazetteer import distance_km
from dashboard.places.names import fold, name_key
from dashboard.places.quarters import quarter_names
from dashboard.places.recognise import Match
from dashboard.places.regencies import province_seat
from dashboard.places.scoring import _contains, _in_county, score
from dashboard.places.told_within import placed_at
from dashboard.places.wording import (
    _DIVISION_OF_TOWN,
    _list_gap,
    _north_american_cue,
    _tally_gap,
)

BIG_TOWN = 100_000  # people: a city that a list of its names means rather than its division
_WIDE = frozenset({"sea", "region"})  # what "the X" names rather than a division X
_NORTH_AMERICA = frozenset({"US", "CA"})  # where north_american_use's words are spoken
# "the city of X", "the village of X": the populated place, not a division X
_TOWN_WORDS = frozenset({"city", "town", "village"})
# type words of a second-level division named after its chief town ("Beni territory"), which
# the gazetteer holds only for the United States (counties)
_SECOND_LEVEL_OF_TOWN = frozenset({"territory", "district"})
# where a "district" after a town's name is no division of the country: the United States'
# and Canada's second-level divisions are counties and regional municipalities (GeoNames
# ADM2), and "the Madison district" there is a school, park or congressional district
_NO_DISTRICTS = frozenset({"US", "CA"})
# lowercase type words that only a legal division bears (never a city's area, as "the
# Charlotte region" is): GeoNames feature codes ADM1/ADM2 in the countries that use them
_LEGAL_WORDS = frozenset({"province", "provinces", "prefecture", "governorate", "oblast"})


class NameRules(Chooser):
    """Rules for one name that overrule or refine its first choice (see the module)."""

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

    def _division_town(
        self, division: Place, surface: str, place_ids: tuple[str, ...], cue: str
    ) -> _Choice | None:
        """The town of the very name that lies in the first-level ``division`` (its namesake,
        mostly its capital: Mali's Kidal in the Kidal region), for a name the text measures a
        point from ("fighting near Kidal", ``wording.point_cue``): a region has no "near" of
        its own that news would give. None when the division holds no town of its name."""
        towns = [
            p
            for p in self._own_towns(surface, place_ids)
            if p.admin1 == division.admin1 and p.country_code == division.country_code
        ]
        if not towns:
            return None
        best = max(towns, key=lambda p: p.population)
        why = (
            f"'{cue} {surface}' takes a point from a town: the town in the "
            f"{division.name} division, not the division"
        )
        return best, 1.0, why, ((best.id, 1.0), (division.id, 0.0))

    def _town_not_division(
        self,
        surface: str,
        places: list[Place],
        ctx: Context,
        word: str,
        container: list[Place] | None,
    ) -> _Choice | None:
        """'the city of Nara': the best-scoring town of the name (not a small one) where a
        division or another kind shares the name; None, so the usual choice runs, where all
        the name's candidates are towns or none is a big one."""
        towns = [p for p in places if p.kind == "city" and not self.gaz.minor(p)]
        if not towns or len(towns) == len(places):
            return None
        key = fold(surface)
        best = max(towns, key=lambda p: score(p, ctx, container or [], key, True, True))
        why = f"'the {word} of {surface}': the town, not a division of its name"
        return best, 1.0, why, tuple((p.id, 1.0 if p is best else 0.0) for p in towns)

    def _division(
        self,
        surface: str,
        place_ids: tuple[str, ...],
        ctx: Context,
        word: str,
        container: list[Place] | None = None,
        lowercase: bool = False,
        owner: str | None = None,
    ) -> _Choice | None:
        """'X Oblast', 'Aichi Prefecture', 'Province of X': the division named X, else the
        first-level division of the town X ('Kharkiv Oblast' is the oblast around Kharkiv).
        ``-shi`` and ``City`` ask for the town itself. None when the gazetteer has neither.
        ``owner``: the ISO2 of a country's adjective in the type phrase ("the Spanish
        province of Valencia"), which names the division's country."""
        word = word.lower()
        places = self._fetch(place_ids)[0]
        key = fold(surface)
        if word == "shi":
            towns = [p for p in places if p.kind == "city"]
            if towns:
                best = max(towns, key=lambda p: p.population)
                return best, 1.0, f"'{surface} {word}' names the city", ((best.id, 1.0),)
            return None
        if word in _TOWN_WORDS:
            return self._town_not_division(surface, places, ctx, word, container)
        # a district is second-level wherever the gazetteer has it (Uganda's, Sri Lanka's):
        # "the Kandahar district" is not Kandahar province
        kinds = (
            ("admin2",)
            if word == "county" or (lowercase and word == "district")
            else ("admin1", "admin2")
        )
        # "Plateau State" is Nigeria's: only a country whose divisions are states has one
        named = of_word(word, [p for p in places if p.kind in kinds])
        if lowercase and foreign_word(word, named):
            return None  # "the Gulf state" (Qatar) is no province of Papua New Guinea
        if lowercase and word == "district":  # "the Anderson County district" is a school's
            named = [p for p in named if p.country_code not in _NO_DISTRICTS]
        # an aliases.csv row makes the name the division's own ("Red Sea" for Egypt's
        # governorate, as for Sudan's state): the text's countries then choose between them
        alias = name_key(surface)
        own = [
            p
            for p in named
            if (self._folded.get(p.id) or self._fold_name(p)) == key
            or (alias, p.id) in self.gaz.alias_of
        ]
        pool = own or named
        if lowercase and pool:
            # a lowercase type word is vaguer ("the Charlotte region" is the city's area): the
            # division must lie where the name alone or the countries the text names by name
            # point. A demonym names a side, who acted, not where: "Russian forces ... in the
            # Donetsk region" is Ukraine's oblast, not a region round Russia's town Donetsk
            by_name = ctx.by_name()
            first = self._choose(surface, place_ids, by_name, container or [])
            where = {*by_name.countries, first[0].country_code if first else None, owner}
            # and the country of the name's biggest town, which a division named after it
            # surrounds: "Russia annexed the Donetsk region" is still Ukraine's oblast
            towns = [p for p in places if p.kind == "city"]
            if towns:
                where.add(max(towns, key=lambda p: p.population).country_code)
            kept = [p for p in pool if p.country_code in where]
            # a word only a legal division bears ("province", "prefecture"): a division of
            # the very name in one country is what it names, though a bigger town elsewhere
            # shares the name ("the province of Valencia" is Spain's, not Venezuela's city)
            sole = len({p.country_code for p in own}) == 1 and word in _LEGAL_WORDS
            # a country's name before "state" names a state of another country, since English
            # calls a country "the state of Niger", never "Niger state" ("in Niger state" is
            # Nigeria's; Merriam-Webster state 'one of the constituent units of a nation')
            sole = sole or (
                word == "state"
                and len({p.country_code for p in own}) == 1
                and any(p.kind == "country" for p in places)
            )
            pool = kept or (own if sole else [])
        if pool:
            best = max(pool, key=lambda p: score(p, ctx, [], key, True, p in own))
            why = f"'{word}' with the name: the division, not a town"
            return best, 1.0, why, tuple((p.id, 1.0 if p is best else 0.0) for p in pool)
        if word in _SECOND_LEVEL_OF_TOWN:
            return self._second_level(surface, places, ctx, word, container, lowercase)
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
            division = self._seat_of(town) or self.gaz.get(f"a1:{town.admin1}")
            if division is not None and lowercase and not _named_after(division, town):
                return None  # "the Houston region" is the city's area, not all of Texas
            if division is not None:
                why = f"'{word}' with a town's name: the first-level division of {town.name}"
                return division, 1.0, why, ((division.id, 1.0), (town.id, 0.0))
        return None

    def _seat_of(self, town: Place) -> Place | None:
        """The first-level division of ``town``'s country that bears the town's own name (a
        province named after its seat: Yemen's Al Hudaydah, Syria's Tartus), or None. It
        outranks the division the town's GeoNames admin1 code was paired with, a pairing
        made by nearest points (``gazetteer_towns._iso_admin1_map``) that misses where a
        small division lies nearer the seat (Al Hudaydah's towns vote for Raymah)."""
        key = self._folded.get(town.id) or self._fold_name(town)
        return next(
            (
                p
                for pid in self.gaz.index.get(key, ())
                if (p := self.gaz.get(pid)) is not None
                and p.kind == "admin1"
                and p.country_code == town.country_code
            ),
            None,
        )

    def _second_level(
        self,
        surface: str,
        places: list[Place],
        ctx: Context,
        word: str,
        container: list[Place] | None,
        lowercase: bool = False,
    ) -> _Choice | None:
        """'Beni territory': a second-level division named after its chief town, which the
        gazetteer lacks (GeoNames ADM2, feature class A; the DR Congo's territories are
        named after their towns). It is reported as that division, kind ``admin2``, at the
        town's point with geo precision 2 (ACLED: "a part of a region", at a town there),
        so a village the text puts in it is not taken for the town itself. None where a
        country owns the name ("Ukraine territory" is the country's land) or no town that
        is not a small one bears it, except a lowercase "district" after the own name of
        small towns only ("Spin Boldak district": Afghanistan's districts bear their seats'
        names, towns under the cut-off), which the text itself calls a district, not a
        proper name's word ("the Lake District")."""
        key = fold(surface)
        if any(p.kind == "country" for p in places) or key in quarter_names():
            # "the Chinatown district": a city quarter's common name (quarter_names.csv),
            # no division named after a town; ``quarters`` gives it the text's city
            return None
        towns = [p for p in places if p.kind == "city" and not self.gaz.minor(p)]
        if not towns and lowercase and word == "district":
            towns = [
                p
                for p in places
                if p.kind == "city" and (self._folded.get(p.id) or self._fold_name(p)) == key
            ]
        if word == "district":
            towns = [p for p in towns if p.country_code not in _NO_DISTRICTS]
        # a town by its own name first; else by a spelling GeoNames lists ("Kupiansk" for
        # Kupyansk), as the plain choice would take it
        own = [p for p in towns if (self._folded.get(p.id) or self._fold_name(p)) == key]
        towns = own or towns
        if not towns:
            return None
        # under a dateline, the namesake in its country ("KINSHASA - ... the Gombe district"),
        # unless the text names another namesake's country (AP Stylebook, "datelines")
        dated = [p for p in towns if p.country_code == ctx.dateline_country]
        if dated and all(p.country_code not in ctx.countries for p in towns if p not in dated):
            towns = dated
        # a town that is its own province's seat ("Kandahar district" of Kandahar province,
        # Afghanistan) names the district, whatever namesake the text's countries back
        towns = [p for p in towns if province_seat(p, places)] or towns
        town = max(towns, key=lambda p: score(p, ctx, container or [], key, True, True))
        division = placed_at(f"{surface} {word}", town, "admin2")
        why = (
            f"'{surface} {word}': the second-level division named after {town.name}, which "
            f"the gazetteer lacks; placed at the town's point (geo precision 2)"
        )
        return division, 1.0, why, ((division.id, 1.0), (town.id, 0.0))

    def _own_towns(self, surface: str, place_ids: tuple[str, ...]) -> list[Place]:
        """The towns among ``place_ids`` whose own name (not an alternate) is ``surface``."""
        key = fold(surface)
        return [
            p
            for p in self._fetch(place_ids)[0]
            if p.kind == "city" and (self._folded.get(p.id) or self._fold_name(p)) == key
        ]

    def _own_in_named_country(
        self, surface: str, place_ids: tuple[str, ...], ctx: Context
    ) -> _Choice | None:
        """The biggest small town that owns the name ``surface`` in a country the text names
        by name, for a name whose one major place bears it only as an alternate
        ("Twickenham", a London district's own name and an old name of Huntsville, Alabama,
        in a text naming the United Kingdom); None when there is none. A named country backs
        its towns as a named state does (``_backed``)."""
        named = {code for code, names in ctx.countries.items() if names != _DEMONYM}
        towns = [p for p in self._own_towns(surface, place_ids) if p.country_code in named]
        if not towns:
            return None
        best = max(towns, key=lambda p: p.population)
        why = (
            f"a town of that very name in {best.country_code}, named in the text; "
            f"the bigger place bears the name only as an alternate"
        )
        return best, 1.0, why, ((best.id, 1.0),)

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
        tally = False
        if not (before or after):
            # "15 in British Columbia, 14 in Nova Scotia ... and one in Quebec": a tally
            # lists its states as a list does, joined by a count
            before = k > 0 and _tally_gap(text, matches[k - 1].end, start)
            after = k + 1 < len(matches) and _tally_gap(text, end, matches[k + 1].start)
            tally = True
        if not (before or after):
            return None
        states = self._own_states(text, matches[k])
        if not states:
            return None
        if after and not self._own_states(text, matches[k + 1]):
            return None  # "Texas and Washington, D.C.": D.C. contains Washington
        if after and not before and not tally and text[end : matches[k + 1].start] == ", ":
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
                if self._big_town(text, matches[k], same[0]) and self._big_town(
                    text, matches[j], same[0]
                ):
                    return None  # "Mombasa and Kisumu": two cities, their counties named after
                return same[0]
        return None

    def _big_town(self, text: str, m: Match, state: Place) -> bool:
        """Whether match ``m`` is also the name of a city of ``state``'s country with at least
        BIG_TOWN people (GeoNames population): Kenya's Mombasa and Kisumu counties bear their
        cities' names, and news naming two such cities means the cities; "California",
        Pennsylvania (6,000 people) is no such city."""
        key = fold(text[m.start : m.end])
        return any(
            p.kind == "city"
            and p.country_code == state.country_code
            and p.population >= BIG_TOWN
            and (self._folded.get(p.id) or self._fold_name(p)) == key
            # read from the gazetteer, not the identity-keyed memo: a rare case, and one
            # bundled run read Mombasa's county alone from it
            for p in self.gaz.places_of(m.place_ids)
        )

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


def _named_after(division: Place, town: Place) -> bool:
    """True when a division bears its chief town's name ("Khersonska oblast", Kherson)."""
    return fold(division.name).startswith(fold(town.name))
