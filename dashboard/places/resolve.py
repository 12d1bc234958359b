"""Resolution: which of a name's gazetteer places the text means, and why.

Every candidate gets a prior (feature kind, population) plus what the document itself says:
its dateline, the countries and states it names, "X, Y" patterns and the unambiguous places
near a candidate. Scores are plain numbers; the sentence that says why is written for the
winner alone (writing one per candidate was a third of the geoparser's time).

``Resolver.resolve`` runs the rules in order; the rules live in ``choice`` (a name's first
choice), ``name_rules``, ``text_passes``, ``neighbours`` and ``placing``, the scores in
``scoring``, the document's context in ``context``.
"""

from __future__ import annotations

import re

from dashboard.model import Mention, Place
from dashboard.places.area_names import area_mentions
from dashboard.places.armed_groups import group_names, within_group_names
from dashboard.places.choice import _ALTERNATE_ONLY
from dashboard.places.context import Context, _Choice, _mention
from dashboard.places.counties import counties_together
from dashboard.places.dateline_names import dateline_pending, with_dateline_towns
from dashboard.places.dependencies import names_a_dependency
from dashboard.places.gazetteer import distance_km
from dashboard.places.greater import greater_areas
from dashboard.places.group_provinces import within_branch_names
from dashboard.places.kind_cues import settlement_kind
from dashboard.places.landmarks import landmarks
from dashboard.places.list_kinds import cities_listed, countries_listed
from dashboard.places.locative_towns import locative_pending, with_locative_towns
from dashboard.places.municipal import municipal_cue, organ_pending, with_organ_towns
from dashboard.places.name_rules import _NORTH_AMERICA, _WIDE, NameRules
from dashboard.places.named_within import (
    holder_named,
    repeats_within,
    unplaced_within,
    with_mentions,
)
from dashboard.places.names import fold
from dashboard.places.neighbours import NeighbourPass
from dashboard.places.one_country_names import one_country_namesakes
from dashboard.places.placing import _compass_of_country, _outside_division, _small_town_elsewhere
from dashboard.places.quarters import quarters
from dashboard.places.recognise import Demonym, Match
from dashboard.places.recognise_words import FEATURE_AFTER
from dashboard.places.scoring import _containing, _contains
from dashboard.places.sole_country_towns import sole_country_settlements
from dashboard.places.text_passes import TextPasses
from dashboard.places.told_within import by_demonym_kind, part_of_possessor
from dashboard.places.town_use import north_american_text
from dashboard.places.us_context import us_namesakes
from dashboard.places.wording import (
    _container_gap,
    _definite,
    _list_gap,
    _said_cue,
    _town_cue,
    _typed,
    named_lead,
    point_cue,
    type_owner,
)

# what gives way to a sea or region of its name after "the": a division ("the Gulf") or a
# town ("storms over the Atlantic" are the ocean's, not a Virginia village's)
_DEFINITE_YIELDS = frozenset({"admin1", "city"})
# what a North American namesake may replace in a text using those words: a town or a
# first-level division abroad ("Berea" is Kentucky's town, not Lesotho's district), never a
# country ("Mexico" stays the country; town_use decides that)
_NA_YIELDS = frozenset({"city", "admin1"})
_SETTLEMENT_CUES = frozenset({"village", "town", "hamlet"})  # said_cue's words of kind_cues
_PENDING = "only small towns of that name; pending the neighbour pass"
_IN_DATELINE_COUNTRY = "only small towns of that name, one in the dateline's country"
_SOLE_TOWN = "the one small town of that name, named with a municipal organ"

# what a state owns or runs, after "state" used attributively ("Niger state media", "Iran
# state television"): the country's government, not a first-level division named "state"
_STATE_OWNED = re.compile(
    r"\s+(?:media|broadcaster|television|tv|radio|news|agency|company|companies|firm|"
    r"enterprise|oil|energy|visit|funeral|secretary|prosecutor|security|budget|banks?|"
    r"owned|run|controlled|department|newspaper|outlets?)\b",
    re.IGNORECASE,
)


def _locative(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows the preposition "in" ("attacked a bus in X")."""
    return text.endswith(" in ", max(0, start - 4), start)


class Resolver(NameRules, TextPasses, NeighbourPass):
    """Chooses a place for each recognised name. One per gazetteer; keeps no per-text state."""

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
        elsewhere: list[Mention] = []  # small towns put in a state holding none (named_within)
        wide: set[int] = set()  # ids of the mentions "the X" made a sea or region
        # folded name -> the words that call it a place somewhere in the text, or None
        said: dict[str, str | None] = {}
        folds: list[str] = []  # the matches' folded names, once a name needs ``said``
        # folded name -> the words that use it as a town's name somewhere in the text, or None
        used_as_town: dict[str, str | None] = {}
        north_american: dict[str, str | None] = {}  # as used_as_town, for north_american_use
        organs: dict[str, str | None] = {}  # as used_as_town, for municipal_cue
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
                and (
                    not self._names_a_country(surface, place_ids)
                    # "Georgia, USA": a country's name followed by another country that holds
                    # a division of that name is that division; a list of countries
                    # ("Georgia, Armenia and Azerbaijan") holds none
                    or (
                        _division_held(ctx.candidates[k], ctx.candidates[k + 1])
                        # "Guinea-Bissau, Niger, Nigeria and Togo": a country listed after
                        # another country is an item of the list, not a division of the next
                        and not (
                            k > 0
                            and _list_gap(text, matches[k - 1].end, start)
                            and self._names_a_country(
                                text[matches[k - 1].start : matches[k - 1].end],
                                matches[k - 1].place_ids,
                            )
                        )
                    )
                )
            ):
                container, memo = ctx.candidates[k + 1], (surface, matches[k + 1].place_ids)
            else:
                container, memo = [], (surface, ())
            typed = _typed(text, start, end)
            if typed is not None and named_lead(typed, self.gaz.demonyms):
                typed = None  # "the Adhamiyah district of Baghdad": Baghdad holds Adhamiyah
            if (
                typed is not None
                and _STATE_OWNED.match(text, typed.end())
                and self._names_a_country(surface, place_ids)
            ):
                typed = None  # "Niger state media said": the country's state, no division
            if typed is not None and names_a_dependency(self._fetch(place_ids)[0]):
                typed = None  # "the State of New Caledonia": the territory, not France's FR-NC
            if typed is not None:
                word = next(w for w in typed.groups() if w)  # the one type word it read
                division = self._division(
                    surface,
                    place_ids,
                    ctx,
                    word,
                    container,
                    lowercase=word.islower() and word != "ken",
                    owner=type_owner(typed, self.gaz.demonyms),
                )
                if division is not None:
                    if typed.start() >= end and word == "district":
                        # "the Kupiansk district": the name alone, as the gold sets mark it
                        # and the "X district" rules after this read it (regencies.districts)
                        s, e = start, end
                    elif typed.start() >= end:  # "Kharkiv Oblast": the type word is part of it
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
                if cue is None:
                    # "the Paonia Police Department": the name's one small town (municipal.py);
                    # several namesakes stay pending, and unplaced if no neighbour backs one
                    if key not in organs:
                        organs[key] = municipal_cue(text, matches, folds, key)
                    organ = organs[key]
                    if organ is not None and len(place_ids) == 1:
                        choice = self._said_town(
                            surface, place_ids, ctx, container, organ, _SOLE_TOWN
                        )
            if choice is None and cue is None and ctx.dateline_country and _locative(text, start):
                # "NEW DELHI — Gunmen attacked a bus in Reasi": a small town of the dateline's
                # country, named where something happened, is that town
                only = frozenset({ctx.dateline_country})
                choice = self._said_town(
                    surface, place_ids, ctx, container, "in", _IN_DATELINE_COUNTRY, only
                )
            if choice is None and (
                cue == "near" or (cue in _SETTLEMENT_CUES and settlement_kind(text, start, end))
            ):
                # "fighting near Vorukh on the Tajik-Kyrgyz border": "near" calls a name a
                # place more loosely than "the village of", so only a town of a country the
                # text names (a demonym too) or files from counts; else the neighbour pass.
                # So too "in X village" (kind_cues): a village is too small to be named abroad
                # without its country, so one in a country the story never names is no match
                named = frozenset(ctx.countries) | {ctx.dateline_country or ""}
                choice = self._said_town(surface, place_ids, ctx, container, cue, only=named)
                cue = None
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
            if choice is not None and _island_abroad(text, start, end, choice[0], ctx):
                why = "the text calls it an island; no town of that name in a country it names"
                unplaced.append(Mention(start, end, surface, None, 0.0, why))
                continue
            if (
                choice is not None
                and choice[0].kind == "admin1"
                and (point := point_cue(text, start)) is not None
            ):
                choice = self._division_town(choice[0], surface, place_ids, point) or choice
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
                pending = _mention(start, end, surface, None, 0.0, _PENDING)
                holder = (
                    holder_named(text, start, end, *matches[k + 1][:2], container)
                    if container
                    else None
                )
                if holder is None:
                    out.append(pending)
                else:  # "born in Grantville, Pennsylvania": none of its namesakes (named_within)
                    elsewhere.append(unplaced_within(pending, holder))
        if wide:
            out = self._nearest_wide(out, ctx, wide)
        out = self._by_home(out, ctx)
        out, repeats = repeats_within(out, elsewhere, _PENDING)  # "... in Grantville" again
        elsewhere += repeats
        held = organ_pending(out, organs, _PENDING)
        filed = dateline_pending(text, out, _PENDING)  # "CROMWELL — ...": the dateline's town
        located = locative_pending(text, out, _PENDING, self.gaz.demonyms)  # "a fire in X."
        out = self._by_neighbours(out, ctx, text, matches)
        out = self._by_country_places(text, out)
        out = self._capital_speaking(text, out)
        out = self._state_of_named_places(out)
        out = us_namesakes(text, out, {code for _, _, code in demonyms}, self.gaz)
        out = counties_together(out, self.gaz)
        out = _outside_division(text, out, self.gaz)
        out = _small_town_elsewhere(text, out, self.gaz)
        # "the village of Moura" in a text naming only Mali: not the Portuguese town
        out = sole_country_settlements(text, out, {code for _, _, code in demonyms}, self.gaz)
        # "Mérida" beside Seville and Córdoba: Spain's, not Mexico's bigger city
        out = one_country_namesakes(out, {code for _, _, code in demonyms}, self.gaz)
        out = cities_listed(text, out, self.gaz)
        out = countries_listed(text, out, self.gaz)  # "Niger, Nigeria and Benin"
        out = group_names(text, out, {code for _, _, code in demonyms})
        out = within_group_names(text, out)  # "Islamic State in the Greater Sahara"
        out = within_branch_names(text, out)  # "IS Sahel Province": a group, not Burkina Faso
        out = by_demonym_kind(text, out, demonyms, self.gaz)
        out = _compass_of_country(out, text)
        out = self._with_unlisted(text, out, demonyms, unplaced)
        # "the Hopkinton Police Department" with several small Hopkintons and none backed: a
        # town, named, with no point (not placeable: a wrong namesake's state is no answer)
        out = with_mentions(with_organ_towns(out, held), elsewhere)
        out = with_dateline_towns(out, filed)  # likewise a dateline's town, named in capitals
        out = with_locative_towns(out, located)  # and a name of small towns after "in"
        # again for the names placed only now: a small town abroad ("the Syrian town of X"
        # whose one namesake is Palestinian) or one the gazetteer lacks (no place at all)
        out = by_demonym_kind(text, out, demonyms, self.gaz)
        out = part_of_possessor(text, out)
        out = area_mentions(text, out, self.gaz)  # "in Gaza": the Strip
        out = greater_areas(text, out, {code for _, _, code in demonyms})
        out = quarters(out, {code for _, _, code in demonyms})  # "Chinatown" in a London story
        return landmarks(text, out)


def _foreign_feature(text: str, end: int, p: Place, ctx: Context) -> bool:
    """True when a town is named before a lowercase feature word ("the X peninsula") and lies
    in none of the countries the text names: the feature is by a namesake of the town in
    the text's own country, which the gazetteer lacks."""
    if p.kind != "city" or text[end : end + 1] != " " or not FEATURE_AFTER.match(text, end):
        return False
    # the countries named, not the home vote: the town itself would cast that
    return bool(ctx.countries) and p.country_code not in ctx.countries


def _division_held(named: list[Place], holders: list[Place]) -> bool:
    """One of ``named`` is a first-level division of a country among ``holders``, far from
    the country of that name: two places ("Georgia, USA"), not one place under two statuses
    ("Hong Kong, China": a territory GeoNames also lists as a division)."""
    countries = {h.country_code for h in holders if h.kind == "country"}
    own = [p for p in named if p.kind == "country" and p.lat is not None and p.lon is not None]
    return any(
        p.kind == "admin1"
        and p.country_code in countries
        and p.lat is not None
        and p.lon is not None
        and all(distance_km(p.lat, p.lon, c.lat, c.lon) > _SAME_PLACE_KM for c in own)  # type: ignore[arg-type]
        for p in named
    )


_SAME_PLACE_KM = 500.0  # a country's point and a division's of its name this close: one place


# "the island of Koro", "Koro island": the name told as an island
_ISLAND_BEFORE = re.compile(r"\b(?:island|isle|islet|atoll)\s+of\s+$", re.IGNORECASE)
_ISLAND_AFTER = re.compile(r"\s+(?:island|isle|islet|atoll)\b", re.IGNORECASE)


def _island_abroad(text: str, start: int, end: int, place: Place, ctx: Context) -> bool:
    """Is the name at ``start:end``, which the text calls an island, resolved to a town of a
    country the text neither names nor files from, a large one ("SUVA - A cyclone hit the
    island of Koro" was Koro, Mali) or a small one the island cue itself chose ("ATHENS - …
    the island of Rhodes" was a Sydney suburb)? An island is no town, and a town abroad is
    no reading of it; a town of the text's own country may be the island's main town and
    stays (newuser50, newuser50b)."""
    if place.kind != "city":
        return False
    told = _ISLAND_BEFORE.search(text, max(0, start - 20), start) or _ISLAND_AFTER.match(text, end)
    named = set(ctx.countries) | {ctx.dateline_country}
    return told is not None and place.country_code not in named
