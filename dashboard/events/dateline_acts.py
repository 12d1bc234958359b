"""Which acts told with no place of their own the dateline city may stand for, and what
stands instead. A wire's dateline is where the story was filed (AP Stylebook, datelines);
ACLED codes an event where it took place, at the most specific location the report
supports, and falls back to the next larger unit (geo precision 3, the country) when only
that is known. Statements, meetings and protests happen at the seat the bureau covers, so
the dateline city may stand for them; fighting, strikes, arrests and releases happen in
the field, which a capital's dateline does not give ("KYIV - Forces shelled positions
overnight" was carded at Kyiv, city precision). A confident wrong city is worse than the
country, and the country of a story filed abroad worse than no place.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.analysis import TextAnalysis
from dashboard.events.act_asides import aside, capital_as_party, field_act
from dashboard.events.actors import Actor, armed_nouns, home_country, military_told
from dashboard.events.attribution import attributions, within
from dashboard.events.body_offices import seat_city
from dashboard.events.domain import armed_groups
from dashboard.events.drafts import _Context, _Draft
from dashboard.events.lexicon import word_class
from dashboard.events.nationality_of import nationals_after
from dashboard.events.place_cues import EXCHANGED_FOR, ROUTE_REACH
from dashboard.events.sides import capital_country
from dashboard.events.unplaced_scene import unplaced_scene
from dashboard.events.vessels import AT_SEA
from dashboard.model import DATELINE_REASON, Mention

# a crowd's or irregulars' acts: riots (§145) and unconventional violence (§180)
_IRREGULAR_CODES = frozenset({"145", "180"})
_RIOT = "145"
# the protest a repression answers: it happens where the protest is (ACLED codes a protest
# met with intervention as one event at the protest's place), as a protest may at the seat
_PROTEST_WORDS = re.compile(
    r"\b(?:protesters?|protestors?|demonstrators?|demonstrations?|rall(?:y|ies)|marchers?|"
    r"protests?|crowds?)\b",
    re.IGNORECASE,
)


# a seat of government named where the act was ("outside Zambia's parliament"): in the capital
_AT_SEAT = re.compile(
    r"\b(?:outside|at|near|inside|in\s+front\s+of|around)\s+(?:the\s+|[A-Z][\w'’]*\s+)?"
    r"(?:parliament|national\s+assembly|presidential\s+palace|state\s+house|city\s+hall)\b",
    re.IGNORECASE,
)


def story_countries(
    analysis: TextAnalysis,
    act: tuple[int, int] = (0, 0),
    cited: Sequence[tuple[int, int]] = (),
) -> set[str]:
    """ISO2 codes of the countries the story names after its dateline, by name or by a place
    in them; not by a demonym ("Russian drones" names the attacker, not the ground), nor as a
    go-between, an addressee turned to, or the venue of talks (``act_asides.aside``), nor in
    a clause of time after the act ``act`` (its trigger's end and its sentence's end: "Riots
    broke out as ministers in Brussels discussed visa rules" tells another happening), nor
    inside the ``cited`` spans (``attribution.attributions``: "…, a US official said" names
    who reports the act, never where it was: ACE 2005, the reporting event is not the
    reported one), unless told as where the tellers are ("officials in Papua New Guinea
    said": the story's country, as a locative names a place, not a nationality)."""
    text, start = analysis.text, analysis.dateline_end

    def told(at: int) -> bool:
        other = act[0] <= at < act[1] and _WHILE.search(text, act[0], at) is not None
        teller = within(cited, at) and not _TELLERS_IN.search(text, max(0, at - 12), at)
        fled = _FLIGHT_TO.search(text, max(0, at - 24), at) is not None
        return at >= start and not other and not aside(text, at) and not teller and not fled

    # "a United States citizen was freed" names a people by the country's name, as a demonym
    # does (``nationality_of.nationals_after``): not the ground either
    codes = {
        m.place.country_code
        for m in analysis.mentions
        if m.place is not None and told(m.start) and not nationals_after(text, m.end)
    }
    codes |= {
        c.code
        for c in analysis.countries
        if not c.demonym and told(c.start) and not nationals_after(text, c.end)
    }
    return {c for c in codes if c}


# where someone fled or meant to flee to ("said the gunmen had tried to flee to Ukraine"): the
# goal of a flight (ACE 2005 Movement:Transport, its Destination) is where the doers went or
# meant to go after the act, never where the act was
_FLIGHT_TO = re.compile(
    r"\b(?:flee|flees|fled|fleeing|escape|escapes|escaped|escaping)\s+"
    r"(?:to|into|towards?)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# where the tellers a citation names are ("officials in Papua New Guinea said")
_TELLERS_IN = re.compile(r"\bin\s+(?:the\s+)?$")
# a clause of time whose subject does something else ("as ministers in Brussels discussed")
_WHILE = re.compile(r"\b(?:as|while|when|whereas)\s+(?:the\s+)?[a-z]+\s+(?:in|at)\s", re.I)


def _home_told(analysis: TextAnalysis, home: str | None) -> bool:
    """Whether the story names the dateline's country after its dateline, by name, demonym
    or place ("KYIV - Russian forces shelled Ukrainian positions")."""
    return home is not None and (
        home in story_countries(analysis)
        or any(c.code == home for c in analysis.countries if c.start >= analysis.dateline_end)
    )


OBJECT_WORDS = 4  # words after the verb its object is read in ("shelled rebel positions")


def _against_irregulars(d: _Draft, text: str) -> bool:
    """Whether the act is aimed at irregulars ("shelled rebel positions", "killed 20
    militants": ``armed_subjects.csv`` nouns after the trigger): a state's force fighting
    insurgents does so on its own ground (CAMEO 1.1b3 codes a rebel group with the country
    it acts in), where a strike on a plant or a town may be across a border."""
    nouns = set(armed_nouns())
    # the object right after the verb, not a later clause's words ("struck his truck …
    # said that none of them had links to militants")
    after = re.split(
        r"[,;:]|\b(?:that|said|says|when|after|while)\b", text[d.trigger.end : d.clause[1]]
    )[0]
    words = re.findall(r"[a-z]+", after.lower())[:OBJECT_WORDS]
    return any(w in nouns or f"{w}s" in nouns for w in words)


def _aimed_at_home_group(d: _Draft, home: str | None) -> bool:
    """Whether the act is aimed at an armed group of the dateline's country ("SANAA - U.S.
    forces struck a Houthi radar site"): CAMEO 1.1b3 codes a rebel group with the country
    it acts in, so a strike on it is there, whatever allies the story also names ("Canada
    and the Netherlands provided support"). Only groups: a state's people may be struck
    abroad ("11 Americans were killed in Kenya")."""
    tgt = d.target
    if home is None or tgt is None or home_country(tgt) != home:
        return False
    name, groups = tgt.name.lower(), armed_groups()
    return tgt.kind == "group" or name in groups or f"{name}s" in groups


def _irregular(d: _Draft, code: str) -> bool:
    """The act is by an armed group or a crowd: an unnamed armed group (actor kind
    ``group``), a listed armed group (organisations.csv), or a riot or unconventional
    violence (``_IRREGULAR_CODES``), which CAMEO 1.1b3 codes only for such doers."""
    src = d.source
    return (
        code[:3] in _IRREGULAR_CODES
        # a CAMEO 180 pattern opens on its doer: the unnamed group stands at the trigger
        or any(a.kind == "group" and a.start == d.trigger.start for a in d.actors)
        or (src is not None and (src.kind == "group" or src.name.lower() in armed_groups()))
    )


def country_mention(ctx: _Context, d: _Draft, cc: str, why: str) -> tuple[Mention | None, str]:
    """The country ``cc`` as the act's place (geo precision 3), at the trigger's span."""
    place = ctx.analysis.country_places.get(cc) or ctx.analysis.nations.get(cc)
    if place is None:
        return None, why
    s, e = d.trigger.start, d.trigger.end
    return Mention(s, e, ctx.analysis.text[s:e], place, 1.0, why), why


def _dateline_named_as_party(d: _Draft, ctx: _Context) -> bool:
    """The dateline city is named in ``d``'s clause before the trigger as the party that acts
    ("MOSCOW - Moscow said its forces had captured two villages")."""
    dl = ctx.analysis.dateline
    if dl is None or dl.place is None:
        return False
    text = ctx.analysis.text
    return any(
        m.place is not None
        and m.place.id == dl.place.id
        and m.start >= ctx.analysis.dateline_end
        and capital_as_party(text, d.clause[0], m, d.trigger.start)
        for m in ctx.mentions.within(*d.clause)
    )


def dateline_not_lent(d: _Draft, ctx: _Context, code: str) -> tuple[Mention | None, str] | None:
    """What stands for the dateline city as the place of ``d`` (CAMEO ``code``), told with
    no place of its own; None when the city may stand (words, meetings and protests, said or
    held at the seat the bureau covers). Else (the country at geo precision 3, or None, and
    the reason):

    - the dateline city named as the party that acts ("MOSCOW - Moscow said ...") is not
      where it acted: its country;
    - a field act (``field_act``) by a state's own force is in that state when it is the
      dateline's, or when it is aimed at irregulars and the story does not name the
      dateline's country ("NAIROBI - Ethiopian troops shelled rebel positions"); a foreign
      force's strike in a story from the dateline ("KYIV - Russian drones struck a plant")
      is in the dateline's country;
    - one by an armed group or a crowd is in the one country the story names
      (``story_countries``), or nowhere: a story filed abroad does not lend its dateline;
    - any other is in the dateline's country when the story names no other.

    The repression of a protest is where the protest is, and stays; so does a riot (§145)
    in a story that names the dateline's country: a protest, as at the seat. A town's
    dateline that is not a capital stands for a field act in its own country's story."""
    dl = ctx.analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    if home is None:
        return None
    if _dateline_named_as_party(d, ctx):
        return country_mention(
            ctx, d, home, "no place named; the dateline city is a party: its country"
        )
    text = ctx.analysis.text
    if (
        not field_act(code)
        or _PROTEST_WORDS.search(text, *d.clause)
        or _AT_SEAT.search(text, *d.clause)
    ):
        return None
    if code[:3] == _RIOT and home in story_countries(ctx.analysis):
        return None
    place, why = field_country(d, ctx, code, home)
    at_home = place is not None and place.place is not None and place.place.country_code == home
    if at_home and dl is not None and capital_country(dl) is None:
        # a town's dateline (AP Stylebook: where the reporter gathered the story) in a story
        # of its own country: the reporter was at the scene of a police act, a crime or a
        # strike on the town, so the town stands; not at a front (``fought_afield``), which
        # is in the country as under a capital's dateline, where the bureau sits
        if not fought_afield(d, text, code, home) and not _RURAL.search(text, *d.clause):
            return None
        return place, f"{why}; a town's dateline does not give where the sides fought"
    return place, why


# a rural object or scene ("burned down a village school", "raided farms"): not the town the
# story was filed from, which is a town (GeoNames P.PPL vs the countryside around it)
_RURAL = re.compile(r"\b(?:village|villages|hamlets?|farms?|farmland|countryside|rural)\b", re.I)


def _crowd(text: str, d: _Draft) -> bool:
    """Whether ``d``'s doer, before its trigger in its clause, is a crowd (``classes.csv``
    row CROWD: "A mob set fire", "Rioters burned")."""
    words = re.findall(r"[a-z]+", text[d.clause[0] : d.trigger.end].lower())
    return bool(set(words) & word_class("CROWD"))


# words that take an act out of the town a story was filed from: over a border, abroad
_ELSEWHERE = re.compile(
    r"\b(?:border|frontier|across|abroad|overseas|neighbou?ring|"
    # a part of the country named by its compass point ("in the northwest", "the north of
    # the country", "northern"): a region, not the town the story was filed from
    r"(?:north|south)(?:[ -]?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|"
    r"region|province|countryside)\b",
    re.I,
)


def town_scene(location: Mention | None, d: _Draft, ctx: _Context, code: str) -> bool:
    """Whether a town's dateline (not a capital) stands for a field act (CAMEO ``code``)
    that fell back on only its own country (``location``: "BUTLER, Pa. - A gunman opened
    fire at a rally", the US from the victim's office): the reporter gathered the story
    in the town (AP Stylebook, datelines) and ACLED codes the most specific place the report
    supports. Not fighting between sides (``fought_afield``), a foreign force's act, a rural
    scene, an act over a border, nor a story that names another country."""
    dl = ctx.analysis.dateline
    if location is None or location.place is None or dl is None or dl.place is None:
        return False
    home = dl.place.country_code
    text, (s, e) = ctx.analysis.text, d.evidence[0]
    # a foreign force's raids ("RAMALLAH - Israeli troops arrested 20 in overnight raids")
    # range over the territory, not the town (``placing.coerced_abroad`` gives the country)
    foreign = d.source is not None and d.source.country_code not in (None, home)
    return (
        not foreign
        and field_act(code)
        and location.place.kind == "country"
        and location.place.country_code == home
        and dl.place.kind != "country"
        and capital_country(dl) is None
        and not seat_city(dl)
        and story_countries(ctx.analysis) <= {home}
        and not fought_afield(d, text, code, home)
        and not _RURAL.search(text, s, e)
        and not _ELSEWHERE.search(text, s, e)
    )


def fought_afield(d: _Draft, text: str, code: str, home: str | None) -> bool:
    """Whether ``d`` (CAMEO ``code``), told under a town's dateline in a story of its own
    country ``home``, is fighting between that country's sides, not an act at the town:
    done by a military force (``military_subjects.csv``: "Troops shelled", "The army said
    it had carried out raids") or a listed armed group ("The RSF shelled a camp"), or aimed
    at irregulars ("shelled rebel positions", ``_against_irregulars``). ACLED codes such an
    event with no named place at the larger unit (geo precision 3), not at the town a report
    was filed from. Not a riot (§145), a crowd's act at the town; not a foreign state's
    strike ("DNIPRO - a high-rise that Russian forces struck"), which hits the town the
    report is filed from; not a police act or a crime ("Police arrested two men", "was
    shot"), the town's own news."""
    src = d.source
    if code[:3] == _RIOT or (src is not None and src.country_code not in (None, home)):
        return False
    if src is not None and src.name.lower() in armed_groups():
        return True
    return _against_irregulars(d, text) or military_told(
        text, max(d.evidence[0][0], 0), d.trigger.start
    )


def field_country(
    d: _Draft, ctx: _Context, code: str, home: str | None
) -> tuple[Mention | None, str]:
    """The country of a field act told with no place (``dateline_not_lent``); ``home``: the
    dateline's ISO2, None when the dateline is not where the story is. An act whose sentence
    tells of ships or the sea is given no country: it may have been at sea (ACLED codes
    events at sea to the water body)."""
    text = ctx.analysis.text
    s, e = d.evidence[0]
    cited = attributions(text[s:e], s)  # "…, the US military said": the teller's, no ground
    named = story_countries(ctx.analysis, (d.trigger.end, e), cited)
    if AT_SEA.search(text, *d.evidence[0]) or _SEA_WORDS.search(text, *d.evidence[0]):
        return None, "no place named; an act told with ships or the sea may be at sea"
    src = d.source
    if src is not None and src.start >= 0 and aside(text, src.start):
        src = None  # "turned to Russia for help in fighting rebels": Russia is no doer
    sides = {a.start for a in (*d.actors, d.source, d.target) if a is not None}
    last = _last_country(ctx.analysis, d.clause[1], sides)
    if _irregular(d, code):
        # a crowd in a story that names no country after its dateline is the dateline's own
        # ("DHAKA - A mob set fire to a temple"): a crowd is local to where it acts; armed
        # men may come from anywhere a regional bureau covers, so they get none
        local = not named and _crowd(text, d)
        cc = home if home in named or local else next(iter(named)) if len(named) == 1 else None
        if cc is None:
            why = (
                "no place named; an armed group's or crowd's act in no one country the story names"
            )
            return None, why
        return country_mention(ctx, d, cc, _home_reason(ctx, cc, "armed men or a crowd in it"))
    struck = _struck_abroad(d, text, src)
    if struck is not None:
        return country_mention(ctx, d, struck, _home_reason(ctx, struck, _STRUCK_ABROAD))
    if (
        src is not None
        and src.country_code
        and (
            src.country_code == home
            or (not _home_told(ctx.analysis, home) and _against_irregulars(d, text))
        )
    ):
        return country_mention(
            ctx, d, src.country_code, _home_reason(ctx, src.country_code, _OWN_FORCE)
        )
    if home is not None and _aimed_at_home_group(d, home) and _home_told(ctx.analysis, home):
        why = "a field act aimed at an armed group of its country"
        return country_mention(ctx, d, home, _home_reason(ctx, home, why))
    if home is not None and (named <= {home} or last == home):
        return country_mention(ctx, d, home, _home_reason(ctx, home, "a field act in its country"))
    return None, "no place named; a field act the dateline city does not give"


_OWN_FORCE = "a state's own force acting in its country"
_STRUCK_ABROAD = "strikes on another country's side land in that country"
# a trigger of offensive strikes from afar (CAMEO 1.1b3 §195 aerial weapons, §194 artillery):
# "carried out strikes on Houthi targets", "shelled Ukrainian positions", "bombed"
_STRIKE_WORDS = re.compile(r"\b(?:strikes?|struck|bomb\w*|shell\w*|air\s*raids?)\b", re.I)


def _struck_abroad(d: _Draft, text: str, src: Actor | None) -> str | None:
    """The target's country for a state's strike on a side of another country told with no
    place ("WASHINGTON - The United States carried out strikes on Houthi targets"): ACLED
    codes an air or artillery strike where it lands, and the target's side is where it is,
    not the striker's home a capital's dateline would give. Fights and interceptions at
    home ("shot down Ukrainian drones") are not strikes and keep the rule below."""
    side = home_country(d.target) if d.target is not None else None
    if src is None or not src.country_code or side in (None, src.country_code):
        return None
    if (d.trigger.full or d.trigger.code)[:2] != "19":
        return None
    return side if _STRIKE_WORDS.search(text, d.trigger.start, d.trigger.end) else None


# the sea or a coast in the act's sentence (as ``dateline_fallback`` reads an act on water)
_SEA_WORDS = re.compile(r"\b(?:waters|seas?|offshore|coast(?:line)?|strait|gulf|crew)\b", re.I)


def _home_reason(ctx: _Context, cc: str, why: str) -> str:
    """The reason for a country given in place of the dateline city: when it is the
    dateline's own country, the place still comes from the dateline, and says so
    (``DATELINE_REASON``: the happenings merge and the aftermath fold read it so)."""
    dl = ctx.analysis.dateline
    if dl is not None and dl.place is not None and dl.place.country_code == cc:
        return f"{DATELINE_REASON} ({dl.text}), as its country: {why}"
    return f"no place named; {why}"


def _last_country(analysis: TextAnalysis, end: int, sides: set[int]) -> str | None:
    """The ISO2 of the last place or country the story names after its dateline and before
    ``end`` (not by a demonym, nor aside: ``story_countries``; nor as one of the act's own
    actors, starting at an offset in ``sides``: "U.S. forces struck" names the striker):
    the country the story was last in."""
    text, lo = analysis.text, analysis.dateline_end
    told = [
        (m.start, m.place.country_code)
        for m in analysis.mentions
        if lo <= m.start < end
        and m.start not in sides
        and m.place is not None
        and not aside(text, m.start)
    ]
    told += [
        (c.start, c.code)
        for c in analysis.countries
        if lo <= c.start < end
        and c.start not in sides
        and not c.demonym
        and not aside(text, c.start)
    ]
    return max(told)[1] if told else None


def held_place(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """For a release (CAMEO 1.1b3 §084) with no place of its own, the place of the capture
    or detention (§17, §18) told in its sentence or the one before ("Two aid workers held by
    militants in Mali were released after talks in Doha"): people are freed where they were
    held, not where their release was negotiated; else (None, "")."""
    if (d.trigger.full or d.trigger.code)[:3] != "084":
        return None, ""
    for e in reversed(ctx.drafts):
        code = e.trigger.full or e.trigger.code
        if e is d or not 0 <= d.sentence - e.sentence <= 1 or code[:2] not in ("17", "18"):
            continue
        if e.location is not None and e.location.place is not None:
            return e.location, f"a release is where the captives were held ({e.location.text})"
    text = ctx.analysis.text
    for m in ctx.mentions.within(*d.evidence[0]):
        if (
            m.place is not None
            and _HELD_IN.search(text, max(0, m.start - 50), m.start)
            # "released 10 Americans in exchange for an ally held in Miami": the other half
            and not EXCHANGED_FOR.search(text, max(0, m.start - ROUTE_REACH), m.start)
        ):
            return m, f"a release is where the captives were held ({m.text})"
    return None, ""


# "seized by gunmen in Yemen", "held in Syria": where the captives were
_HELD_IN = re.compile(
    r"\b(?:held|kidnapped|abducted|seized|captured|detained|jailed|imprisoned|taken\s+hostage)"
    r"\s+(?:(?:by|since|for)\s+(?:[\w-]+\s+){1,3}?)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "flew to the area", "visited the scene": a definite place noun with no name refers to the
# place of the happening told before (Halliday and Hasan 1976, reference by a general noun)
_THE_SCENE = re.compile(
    r"\b(?:to|at|visited|visits|toured|tours|reached|inspected)\s+the\s+(?:scene|area|site|"
    r"affected\s+area|disaster\s+(?:zone|area|site)|crash\s+site|blast\s+site)\b(?!\s+of\b)",
    re.IGNORECASE,
)
# sentences back the happening may be told in: its toll, aid and reactions come between
SCENE_REACH = 4


def scene_told_before(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """The place of the happening (a field act or a hazard) told in ``d``'s sentence or
    within SCENE_REACH sentences before it, when ``d``'s clause goes to or visits "the
    scene" or "the area" and names no place ("The governor flew to the area", "flew to the
    area, a day after a landslide buried a village in Davao de Oro"): not the dateline; else
    (None, ""). A scene is where harm was done: the latest hazard or violence (CAMEO 18, 19,
    20, §145) is taken over a later arrest or deployment (17, 15), which draws no visit."""
    text = ctx.analysis.text
    if _THE_SCENE.search(text, *d.clause) is None:
        return None, ""
    found: list[_Draft] = []
    for e in ctx.drafts:
        code = e.trigger.full or e.trigger.code
        if e is d or not 0 <= d.sentence - e.sentence <= SCENE_REACH:
            continue
        if e.sentence == d.sentence and e.trigger.start < d.trigger.start:
            continue  # an act before the visit in its own sentence is not a scene it goes to
        if not (field_act(code) or code.startswith("DIS-")):
            continue
        if e.location is not None and e.location.place is not None:
            found.append(e)
    if not found:  # "attacked a base on the island of X", X unknown: the country
        return unplaced_scene(d, ctx, SCENE_REACH)
    harm = [e for e in found if _HARM.match(e.trigger.full or e.trigger.code)]
    e = max(harm or found, key=lambda x: (x.sentence, x.trigger.start))  # the latest told
    if e.location is None:
        return None, ""
    told = "told with it" if e.sentence == d.sentence else "told before"
    return e.location, f"'the scene' of the happening {told} ({e.location.text})"


# harm a leader visits the scene of: a hazard, an assault, a fight, mass violence, a riot
_HARM = re.compile(r"DIS-|1[89]|20|145")


def party_capital(
    d: _Draft, ctx: _Context, location: Mention | None, reason: str
) -> tuple[Mention | None, str]:
    """``location`` and ``reason``, unless the place is a capital the clause names as the
    party that acts ("Washington said it had seized a tanker", ``capital_as_party``): then
    its country (geo precision 3), the government's, not the city's."""
    if location is None or location.place is None or location.start < 0:
        return location, reason
    if not capital_as_party(ctx.analysis.text, d.clause[0], location, d.trigger.start):
        return location, reason
    cc = location.place.country_code
    if cc is None:
        return location, reason
    return country_mention(
        ctx, d, cc, f"no place named; the capital {location.text} is a party: its country"
    )


def coerced_abroad(d: _Draft, ctx: _Context, target: str | None) -> str | None:
    """The dateline's ISO2 when ``d``, a coercion (CAMEO 1.1b3 ch. 17: arrests, raids) with
    no place, is done by a military force (``military_told``) of another state on the
    dateline country's people: its target's country ``target`` is the dateline's, or it has
    none and the story names the dateline's country ("RAMALLAH - Israeli troops arrested 20
    Palestinians", "KYIV - Russian troops detained Ukrainian civilians"). An army coerces
    people where they are, not at home (police do that); ACLED codes where the event took
    place. The same when the captives are no state's people ("BAGHDAD - US troops arrested
    three suspected Islamic State fighters": ``target`` None) and the story names no
    country but the dateline's and the doer's: a force acting abroad, told from the
    dateline, acts there. Else None (the caller decides; ``foreign_force``)."""
    dl = ctx.analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    src = d.source.country_code if d.source is not None else None
    if home is None or src is None or src == home or not foreign_force(d, ctx):
        return None
    if target == home or (target is None and _home_told(ctx.analysis, home)):
        return home
    if target is None and story_countries(ctx.analysis) <= {home, src}:
        return home
    return None


def foreign_force(d: _Draft, ctx: _Context) -> bool:
    """Whether ``d`` is done by a military force (``military_told``: "US troops arrested")
    of a state other than the dateline's: it acts abroad, so its own country is never
    where its act was (ACLED codes where the event took place)."""
    dl = ctx.analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    src = d.source.country_code if d.source is not None else None
    if home is None or src is None or src == home:
        return False
    return military_told(ctx.analysis.text, max(d.evidence[0][0], 0), d.trigger.start)


def armed_holder(d: _Draft) -> Actor | None:
    """The armed group that releases in ``d`` (its source: "held by JNIM", "Militants freed
    four hostages"), an unnamed armed group (actor kind ``group``) or a listed one
    (``organisations.csv``); else None."""
    src = d.source
    if src is None or not (src.kind == "group" or src.name.lower() in armed_groups()):
        return None
    return src
