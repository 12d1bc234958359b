"""What the whole document says, read once before any name is resolved.

``Context`` (the candidates of every match, the countries and states named, the dateline's
country, the home country, the anchors), the shapes the resolver passes around (``_Named``,
``_Choice``, ``_Static``) and the fast builders of ``Context`` and ``Mention``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from dashboard.analysis import DATELINE as _DATELINE
from dashboard.model import Mention, Place
from dashboard.places.capitals import capital_names
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.lead_country import lead_country_namesake
from dashboard.places.names import fold
from dashboard.places.proximity import _nearest_anchor, _Point
from dashboard.places.recognise import Demonym, Match
from dashboard.places.wording import _list_gap, _origin

# what Context.countries holds for a country named by a demonym ("Russian")
_DEMONYM_MARK = "(demonym)"
_DEMONYM = frozenset({_DEMONYM_MARK})
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
        """The first anchor within NEAR_KM (300 km) of ``p`` (see ``_nearest_anchor``), memoised."""
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
        them (see ``Chooser._named``), so a common name's hundreds of towns are walked once."""
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


def _dateline_country(
    text: str, matches: list[Match], candidates: list[list[Place]], named: set[str] | None = None
) -> str | None:
    """The country of the dateline's place: its namesake in a country the text names
    ("VALENCIA -- ... eastern Spain"), else its most populous namesake, of those that bear
    the name as their own where any does ("ISLAMABAD --" is Pakistan's capital, not the
    bigger Chattogram, which GeoNames also lists as Islamabad)."""
    line = _DATELINE.match(text)
    if not line:
        return None
    told = _country_after_comma(text, matches, candidates, line)
    if told:
        return told
    for k, (m, places) in enumerate(zip(matches, candidates, strict=True)):
        if m.start >= line.end("line"):
            break
        if places:
            held = _held_by_next(text, matches, candidates, k, line.end("line"))
            if held:
                # "WASHINGTON, Iowa —", "LONDON, Ontario —": the state or country after the
                # place says which namesake filed the story (AP Stylebook, "datelines")
                return max(held, key=lambda p: p.population).country_code
            key = fold(text[m.start : m.end])
            biggest = max(
                [p for p in places if fold(p.name) == key] or places, key=lambda p: p.population
            )
            if _is_capital(biggest) and not re.match(r",\s*[A-Z]", text[m.end : line.end("line")]):
                # "MOSCOW - … American journalist": a national capital stands alone in a
                # dateline (AP Stylebook, "datelines"); a US namesake would carry its state,
                # as "TRIPOLI, Lebanon" names the one that is not Libya's capital
                return biggest.country_code
            lead = lead_country_namesake(text, matches, candidates, k, line.end("line"))
            if lead:
                # "SAN JOSE, May 9 (Wire) - Costa Rica's new president ...": the lead
                # sentence's country beats the country the rest of the text names most
                return lead
            own = [p for p in places if p.country_code in (named or ())] or places
            own = [p for p in own if fold(p.name) == key] or own
            top = max(own, key=lambda p: p.population)
            if top.country_code:
                return top.country_code
    return None


def _country_after_comma(
    text: str, matches: list[Match], candidates: list[list[Place]], line: re.Match[str]
) -> str | None:
    """The country a dateline names after a comma ("STONE TOWN, Tanzania, June 3 -"): the
    AP Stylebook ("datelines") writes a city abroad with its country after it, so that
    country is where the story was filed whatever the city's name resolves to, even a
    namesake the gazetteer lacks or splits. None when the line names no country so."""
    start, end = line.span("line")
    for m, places in zip(matches, candidates, strict=True):
        if m.start >= end:
            break
        if m.start <= start or not re.search(r",\s*$", text[start : m.start]):
            continue
        key = fold(text[m.start : m.end])
        for p in places:
            if p.kind == "country" and p.country_code and fold(p.name) == key:
                return p.country_code
    return None


def _is_capital(p: Place) -> bool:
    """``p`` is its country's national capital (GeoNames' country table)."""
    return p.kind == "city" and fold(capital_names().get(p.country_code or "", "")) == fold(p.name)


def _held_by_next(
    text: str, matches: list[Match], candidates: list[list[Place]], k: int, line_end: int
) -> list[Place]:
    """The places of match ``k`` that lie in the state or country named right after it in
    the dateline ("WASHINGTON, Iowa": the Washingtons in Iowa); empty when no such name
    follows or none of them lies there."""
    if k + 1 >= len(matches) or matches[k + 1].start >= line_end:
        return []
    if not re.fullmatch(r",\s*", text[matches[k].end : matches[k + 1].start]):
        return []
    holders = [q for q in candidates[k + 1] if q.kind in ("admin1", "country")]
    return [
        p
        for p in candidates[k]
        if p.kind != "country"
        and p.country_code
        and any(
            (q.admin1 is not None and p.admin1 == q.admin1)
            if q.kind == "admin1"
            else q.country_code == p.country_code
            for q in holders
        )
    ]
