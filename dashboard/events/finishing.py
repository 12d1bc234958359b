"""Turning a merged draft into an ``Event`` (``DraftFinisher._finish``): its date chosen
and bounded by publication, its place when the clause named none (the story's, the
dateline's), its ranked actors, summary, roles, type and content-hash id.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace

from dashboard.events import hazards
from dashboard.events.act_asides import field_act
from dashboard.events.actors import home_country
from dashboard.events.area_anaphora import area_named_before
from dashboard.events.before_named import past_bound
from dashboard.events.body_offices import speaks_at_dateline
from dashboard.events.border_side import border_side
from dashboard.events.cameo import event_type
from dashboard.events.capital_actors import state_name
from dashboard.events.continued_place import continued_place
from dashboard.events.court_seats import seat
from dashboard.events.date_reckoning import _choose_date, _past_weekday
from dashboard.events.dateline_acts import (
    dateline_not_lent,
    field_country,
    held_place,
    party_capital,
    scene_told_before,
    story_countries,
    town_scene,
)
from dashboard.events.dateline_fallback import (
    dateline_elsewhere,
    dateline_is_speakers_seat,
    dateline_refines,
    joint_subject_abroad,
    seat_named_as_place,
    sides_abroad,
)
from dashboard.events.dateline_institution import (
    dateline_named_institution,
    names_dateline_institution,
)
from dashboard.events.dateline_parts import (
    institution_abroad,
    institution_in_dateline,
    institution_of_country,
    street_in_dateline,
)
from dashboard.events.dates_common import event_span
from dashboard.events.dates_telling import (
    SAYING_ROOTS,
    aimed,
    alleged_act_dated,
    told_by_publication,
    told_in_past,
    year_back_slip,
)
from dashboard.events.domain import intergovernmental
from dashboard.events.drafts import _Context, _Draft
from dashboard.events.event_ids import event_hash
from dashboard.events.forecast_place import forecast_place
from dashboard.events.foreign_talks import talks_abroad, venue_city
from dashboard.events.foreign_teller import TOLD_ABROAD, abroad_teller
from dashboard.events.group_anaphor import doer_at
from dashboard.events.line_side import line_side
from dashboard.events.nationwide import nationwide_place
from dashboard.events.own_deployment import own_deployment
from dashboard.events.parties import _actor_rank, _joint_subjects
from dashboard.events.place_cues import RULERS_IN, SPEAKERS_IN
from dashboard.events.placing import (
    _fallback_location,
    _fight_told_beside,
    _listed_regions,
    _site_named_before,
    _town_named_before,
)
from dashboard.events.route_between import along_route
from dashboard.events.seat_venue import seat_venue
from dashboard.events.sides import capital_country
from dashboard.events.struck_unknown import struck_unknown
from dashboard.events.summary import draft_summary
from dashboard.events.summit_venue import summit_at_dateline, summit_sanctions_target
from dashboard.events.the_town import attackers_told_before, division_named_before
from dashboard.events.threat_condition import condition_target
from dashboard.events.told_acts import act_told_before, armed_group_speaks
from dashboard.events.unfound_places import unfound_place, unknown_site
from dashboard.events.verbal_clash import verbal_clash
from dashboard.events.vessels import AT_SEA
from dashboard.events.where_relative import where_antecedent
from dashboard.events.zone_owner import zone_owner_sides
from dashboard.model import (
    DATELINE_REASON,
    Article,
    Event,
    EventType,
    Evidence,
    Mention,
    Place,
    Roles,
)

# the mark ``dates_tense`` leaves on a date read forward for a verb of intent or schedule
# ("planning attacks on Tuesday"), with that verb: the phrase may date the plan, not the act
_READ_AHEAD = re.compile(r"\(future: '(\w+)")


def _verb(d: _Draft, s0: int) -> tuple[int, int]:
    """The offsets of the trigger's first word in its sentence (which starts at ``s0``)."""
    start = d.trigger.start - s0
    return start, start + len(d.trigger.text.split()[0])


def _roles(d: _Draft, countries: Mapping[str, Place]) -> Roles:
    """CAMEO's source and target with their countries: an armed group's is the one country
    ``organisations.csv`` lists it in (CAMEO 1.1b3 codes a rebel or insurgent group with the
    country it acts in: "ELN" COLREB), given here only, not to the actor (``home_country``:
    placing reads an actor's code as where it stands)."""
    src, tgt = zone_owner_sides(d.trigger, (d.source, d.target))  # rockets in its waters
    if src is None:
        # "Gunmen killed 40 villagers": a CAMEO 180 pattern opens on its doer, so the unnamed
        # armed group the sentence opens with stands at the trigger, not before it; so does a
        # named one taken up by its noun ("The militants burned houses": ``group_anaphor``)
        src = doer_at(d.actors, d.trigger.start)
    # "recalled its ambassador from Paris": the capital named as a side is its state
    source = state_name(src.name, src.kind, src.country_code, countries) if src else None
    target = state_name(tgt.name, tgt.kind, tgt.country_code, countries) if tgt else None
    if target is not None and target == source:
        # "Russia condemned the measures and said Moscow would respond": the capital is the
        # source's own government, no other side (CAMEO 1.1b3 codes a dyad of two actors)
        tgt, target = None, None
    return Roles(
        source,
        home_country(src) if src else None,
        target,
        home_country(tgt) if tgt else None,
    )


def _side_countries(d: _Draft) -> tuple[str | None, str | None]:
    """The ISO2 codes of the act's source and target (CAMEO's sides), where known."""
    return (
        d.source.country_code if d.source else None,
        d.target.country_code if d.target else None,
    )


def _event_id(article_id: str, d: _Draft) -> str:
    """A content hash of the article, the code and the trigger's offset (users' corrections
    are keyed by it, so it must not change). A gapped second act ("seized Goma in January and
    Bukavu last month") shares its verb with the first: its clause, which opens after that
    verb, tells it apart."""
    key = f"{article_id}:{d.trigger.code}:{d.trigger.start}"
    if d.clause[0] > d.trigger.start:
        key += f":{d.clause[0]}"
    return event_hash(key)


def _type_of(code: str) -> EventType:
    return hazards.event_type(code) if hazards.is_hazard(code) else event_type(code)


def _seat_country(ctx: _Context, d: _Draft, seat: Mention) -> tuple[Mention | None, str]:
    """The country of the dateline city ``seat`` that the sentence names as the teller's seat
    ("The junta in Bamako said troops had killed…"): the act is in that country, somewhere
    the report does not say (geo precision 3), not in the city; None when it is unknown."""
    cc = seat.place.country_code if seat.place else None
    place = ctx.analysis.country_places.get(cc) if cc else None
    if place is None:
        return None, "no place named; the dateline city is only where the teller sits"
    why = f"no place named; the dateline city ({seat.text}) is where the teller sits: its country"
    s, e = d.trigger.start, d.trigger.end
    return Mention(s, e, ctx.analysis.text[s:e], place, 1.0, why), why


def _told_country(ctx: _Context, d: _Draft, dateline: Mention) -> tuple[Mention | None, str]:
    """The dateline's country for a statement about an act placed nowhere, or by an armed
    group (``told_acts``): where it was said the report does not give, and the dateline
    city is only where the story was filed (ACLED: the next larger unit, geo precision 3).
    A speaker named by its seat before the trigger ("The Taliban government in Kabul
    accused…", filed from Peshawar) spoke in that seat's country, not the dateline's."""
    seat = _speakers_seat_country(ctx, d)
    cc = seat or (dateline.place.country_code if dateline.place else None)
    place = (ctx.analysis.country_places.get(cc) or ctx.analysis.nations.get(cc)) if cc else None
    why = "no place named; a statement said elsewhere than the dateline city: its country"
    if seat:
        why = "no place named; a statement by rulers named by their seat: its country"
    if place is None:
        return None, why
    s, e = d.trigger.start, d.trigger.end
    return Mention(s, e, ctx.analysis.text[s:e], place, 1.0, why), why


def _speakers_seat_country(ctx: _Context, d: _Draft) -> str | None:
    """The ISO2 whose capital the clause names before the trigger as the speakers' seat
    ("the government in Kabul", ``place_cues.SPEAKERS_IN``, ``RULERS_IN``), or None."""
    text = ctx.analysis.text
    for m in ctx.analysis.mentions:
        if not d.clause[0] <= m.start < d.trigger.start or m.start < ctx.analysis.dateline_end:
            continue
        before = text[max(d.clause[0], m.start - 30) : m.start]
        if SPEAKERS_IN.search(before) or RULERS_IN.search(before):
            code = capital_country(m)
            if code is not None:
                return code
    return None


_FORCE_ROOTS = frozenset({"18", "19", "20"})  # CAMEO 1.1b3: assault, fight, mass violence


def _unfound_country(
    ctx: _Context, d: _Draft, dateline: Mention, name: str
) -> tuple[Mention | None, str]:
    """The dateline's country for an act at a place the sentence names and the gazetteer
    lacks (``name``: "town of Adan Yabaal"): the act was there, not in the city the story
    was filed from, so ACLED's next larger unit the report supports (geo precision 3); None
    when the country is unknown."""
    source, target = _side_countries(d)
    if d.joint and source and target and source != target and d.trigger.code in _FORCE_ROOTS:
        # "NEW DELHI - Indian and Chinese soldiers clashed in the X Valley": a clash of two
        # states' forces told as one joint subject at a site the gazetteer lacks is on either
        # side of their line, and the bureau's country is a guess (no place beats a wrong one)
        return None, f"the place named ('{name}') is not in the gazetteer; a clash of two sides"
    cc = dateline.place.country_code if dateline.place else None
    place = ctx.analysis.country_places.get(cc) if cc else None
    why = f"the place named ('{name}') is not in the gazetteer: the dateline's country"
    if place is None:
        return None, why
    s, e = d.trigger.start, d.trigger.end
    return Mention(s, e, ctx.analysis.text[s:e], place, 1.0, why), why


def _site_unknown_country(
    ctx: _Context, d: _Draft, dateline: Mention
) -> tuple[Mention | None, str]:
    """The dateline's country for a field act told long before publication at a site its
    clause names and the gazetteer lacks (``unknown_site``: "A similar attack in Barsalogho
    in August 2024 killed hundreds", filed from Ouagadougou), when the story names no other
    country: the site is in the story's country, somewhere the report supports no finer
    (ACLED geo precision 3); the dateline city, where the story was filed, is no place of
    background. Else (None, "")."""
    cc = dateline.place.country_code if dateline.place else None
    name = unknown_site(ctx.analysis, d.clause)
    if cc is None or name is None or not story_countries(ctx.analysis) <= {cc}:
        return None, ""
    return _unfound_country(ctx, d, dateline, name)


# statements, appeals, intents, meetings and verbal conflict (CAMEO 1.1b3 roots 01-05,
# 10-13, 16): said or done where the body sits; aid (07) reaches the story's own country
_WORDS_AND_MEETINGS = frozenset("01 02 03 04 05 10 11 12 13 16".split())


# "fired rockets from Gaza towards Sderot": where force came from and where it was aimed
_FROM_OR_TOWARD = re.compile(r"\b(?:from|toward|towards)\s+(?:the\s+)?$", re.IGNORECASE)


def _launched_between(d: _Draft, text: str, ctx: _Context) -> bool:
    """Force whose clause names places only as where it came from or was aimed ("militants
    fired rockets from Gaza towards Sderot", filed from Jerusalem): the act was between those
    places, so the dateline city, where the story was filed, is no fallback for it (ACLED
    codes where an event took place; no place beats a wrong one at city precision)."""
    if (d.trigger.full or d.trigger.code)[:2] not in ("18", "19", "20"):
        return False
    told = [m for m in ctx.mentions.within(*d.clause) if m.place is not None]
    return bool(told) and all(
        _FROM_OR_TOWARD.search(text, max(0, m.start - 16), m.start) for m in told
    )


def _vessel_taken(d: _Draft, text: str) -> bool:
    """The act seizes or hijacks a vessel (CAMEO 1.1b3 §171, §181) named in its trigger
    ("hijacked a cargo ship bound for India"): ships are taken at sea, so a wire's dateline
    ("JERUSALEM - Israel said …") says nothing of where (ACLED codes an event at sea to the
    body of water, which the text would have to name)."""
    code = d.trigger.full or d.trigger.code
    return (
        code[:3] in ("171", "181") and AT_SEA.search(text, d.trigger.start, d.clause[1]) is not None
    )


def _international_body(d: _Draft, text: str, ctx: _Context) -> bool:
    """The act's source is a body of an international organisation ("The UN Security Council
    held an emergency meeting") and the act is words or a meeting: the body sits at its own
    seat or elsewhere, and a wire's dateline (where the story was filed) says nothing of
    where it met (ACLED codes where an event happened). The members' people ("NATO leaders
    agreed", "EU foreign ministers met") are a summit that wire copy files from, so the
    dateline stands for it, unless the clause names the dateline's country as what the
    summit decided about ("KYIV - EU leaders agreed to open talks with Ukraine")."""
    src = d.source
    code = d.trigger.full or d.trigger.code
    if src is None or src.kind != "organisation" or code[:2] not in _WORDS_AND_MEETINGS:
        return False
    # a listed name anywhere in the body's name, one word or several ("UN Security Council",
    # "African Union Commission", "World Food Programme")
    name = f" {' '.join(src.name.replace('(', ' ').replace(')', ' ').split())} "
    if not any(f" {igo} " in name for igo in intergovernmental()):
        return False
    if speaks_at_dateline(src.name, ctx.analysis.dateline):  # "GENEVA - The UN said"
        return False
    return not summit_at_dateline(src.end, d, text, ctx)


# a flag state, owner or manager of what was acted on (as source_candidates reads them)
_FLAGGED = re.compile(
    r"[-‐‑](?:flagged|registered|owned|operated|managed|chartered|crewed)\b", re.IGNORECASE
)


class DraftFinisher:
    """Finishes merged drafts into events; ``EventExtractor`` builds on it."""

    def _finish(self, article: Article, d: _Draft, ctx: _Context) -> Event:
        d = own_deployment(d, article.text, ctx)  # "would deploy troops in the north": §154
        d = verbal_clash(d, article.text)  # "Trump and Zelensky clashed": words, §110
        # "would cut gas … if the EU imposed": the EU
        span = d.evidence[0]
        d = condition_target(
            d, article.text, ctx.countries.within(*span), ctx.mentions.within(*span)
        )
        pub = article.published
        when, alts, flags = _choose_date(d, pub, article.text, ctx.drafts)
        when = event_span(when, pub, d.planned)  # "late last year", "later this month"
        code = d.trigger.full or d.trigger.code
        sentence = article.text[slice(*d.evidence[0])]
        s0 = d.evidence[0][0]
        past = _past_weekday(when, pub, sentence) if pub and code[:2] in SAYING_ROOTS else None
        if past is not None and not d.planned:
            # "Beijing threatened to impose tariffs on wine on Tuesday": in wire copy a bare
            # weekday dates the finite past verb, the week before publication (AP style:
            # weekdays for the past week), not the act threatened
            when, alts = past, ()
        if pub and not d.planned and aimed(code, sentence, _verb(d, s0), when, pub):
            # "threatened to attack on Tuesday", "agreed to send aid this year": the date is the
            # act named (``dates_telling.aimed``); the threat, told in the past, was made by
            # then, on the day told next to its verb ("threatened on Tuesday to strike …")
            why = f"a {code[:2]} told in the past; '{when.text}' dates the act it names"
            when, inferred = told_by_publication(sentence, _verb(d, s0), when, pub, why)
            alts, flags = (), [*flags, "date_inferred"] if inferred else flags
        elif pub and code[:3] == "112" and alleged_act_dated(sentence, _verb(d, s0), when, pub):
            # "Amnesty accused soldiers of killing 30 protesters in 2020": the year dates the
            # killing alleged; the accusation, news now, was made by publication
            why = f"an accusation told in the past; '{when.text}' dates the act alleged"
            when, inferred = told_by_publication(sentence, _verb(d, s0), when, pub, why)
            alts, flags = (), [*flags, "date_inferred"] if inferred else flags
        planned = d.planned
        bound = (
            past_bound(sentence, d.trigger.end - s0, when, pub, done=not planned)
            # "raised its goal … by Thursday": a past verb and a time ahead clash (below)
            if pub and not alts and not (when.start > pub and told_in_past(sentence, d.trigger, s0))
            else None
        )
        if bound is not None:  # "unlikely to invade before 2027": outside 2027, not in it;
            # bounded by a time ahead, the act is still to come
            planned = planned or (pub is not None and when.start > pub)
            when = bound[0]
            flags = [*flags, "date_inferred"] if bound[1] else flags
        if pub and not planned and when.start <= pub < when.end:
            # "earlier this week" is the week (TimeML), but what a report tells as done
            # happened by its publication: the event's range stops there
            when = replace(when, end=pub, reason=f"{when.reason}; up to publication ({pub})")
        flags += d.trigger.flags
        if "no_publication_date" in article.flags:
            flags.append("no_publication_date")
        if (
            pub
            and not planned
            and "planned" not in d.trigger.flags
            and when.start > pub
            and told_in_past(sentence, d.trigger, s0)
        ):
            # "a bomb exploded near Tillaberi two days later": what a report tells in the past
            # tense happened by the telling (Reichenbach 1947: E before S), so a date reckoned
            # past publication conflicts with the verb; it is not a plan
            ahead = _READ_AHEAD.search(when.reason)
            if ahead is not None and ahead.group(1).lower() in d.trigger.text.lower().split():
                # "Unions called a general strike for Friday": the trigger's own verb of
                # schedule set the date ahead, so the act it names is still to come
                flags.append("planned")
            elif ahead is not None:
                # "arrested three men they said were planning attacks on Tuesday": the phrase
                # was read ahead for the plan's verb, so it dates the plan if anything; the
                # arrest told in the past was made by publication (as a threat's telling)
                what = f"'{when.text}'" if when.text else "the narrative's date it continues"
                why = f"told in the past; {what} was read ahead for another verb"
                when, inferred = told_by_publication(sentence, _verb(d, s0), when, pub, why)
                flags += ["date_inferred"] if inferred else []
            else:
                flags.append("date_conflict")
                when = replace(
                    when, reason=f"{when.reason}; after publication, but told in the past"
                )
        elif planned or (pub and when.start > pub):
            flags.append("planned")
        elif pub and not alts and (slip := year_back_slip(when, pub)) is not None:
            # "shelled Kherson on March 14" in a story of March 10: a year back or a slip
            flags.append("date_conflict")
            alts = (slip,)
            when = replace(when, reason=f"{when.reason}; or {slip.reason}, told in the past")
        location, reason = seat(d, ctx) or (d.location, d.location_reason)
        if forecast_place(d, article.text, location):  # "said Russia will attack Kharkiv"
            location, reason = None, ""
        elif (side := line_side(ctx.analysis, d.clause, location)) is not None:
            location, reason = side  # "north of the Military Demarcation Line": North Korea
        named_for = institution_in_dateline(location, ctx.analysis) or institution_of_country(
            location, ctx.analysis
        )
        if named_for is not None:  # "NEW YORK - … at Columbia University": not in Columbia, SC
            location, reason = named_for
        elif names_dateline_institution(location, ctx.analysis):
            location, reason = None, ""  # "KINGSTON - … at Kingston University": not shown
        if (route := along_route(d, ctx, location)) is not None:
            location, reason = route  # "on the road between Kayes and Bamako": along it
        if summit_sanctions_target(d, article.text, ctx):
            location, reason = None, ""  # the summit's, at the dateline below
        listed = _listed_regions(article.text, d, ctx)
        if listed is not None:
            location, reason = listed
        if location is None and d.narrative is not None and d.narrative[0].location is not None:
            # "Police fired tear gas at the protesters": no place of its own, so the place of
            # the story it continues (ACLED codes a follow-on to the location of its event)
            story = d.narrative[0]
            location = story.location
            reason = (
                f"no place named: the place of the story it continues ({story.location_reason})"
            )
        told_act = act_told_before(d, ctx.drafts, article.text)
        if location is None and told_act is not None and told_act.location is not None:
            # "JNIM claimed responsibility for the attack": where the attack was (ACLED)
            location = told_act.location
            reason = (
                f"a statement about the act told before: its place ({told_act.location_reason})"
            )
        if location is None:  # "fled to Moscow, where Russia granted him asylum"
            location, reason = where_antecedent(d, ctx)
        if location is None:  # "released after talks in Doha": where they were held
            location, reason = held_place(d, ctx)
        if location is None:  # "The governor flew to the area": the happening's place
            location, reason = scene_told_before(d, ctx)
        if location is None:
            location, reason = _town_named_before(d, article.text, ctx)
        if location is None:  # "Floods hit the state of X. Lula visited the state"
            location, reason = division_named_before(d, ctx)
        if location is None:
            location, reason = _site_named_before(d, article.text, ctx.drafts)
        if location is None:
            location, reason = attackers_told_before(d, ctx)
        if location is None:
            location, reason = area_named_before(d, article.text, ctx)
        if location is None:
            location, reason = _fight_told_beside(d, when.start, ctx.drafts)
        if location is None:  # "halting trains across Germany": the country, not a city
            location, reason = nationwide_place(d, ctx)
        if location is None:  # "held talks at the White House": in Washington
            location, reason = seat_venue(d, ctx)
        dateline = ctx.analysis.dateline
        if location is None and dateline is not None and (hit := struck_unknown(d, ctx)):
            # "KYIV - Russia shelled Zyrnivka": a place struck that the gazetteer lacks
            location, reason = _unfound_country(ctx, d, dateline, hit)
        fell_back = location is None
        if fell_back:
            location, reason = _fallback_location(d, article, ctx)
        dl_cc = dateline.place.country_code if dateline and dateline.place else None
        recent = dateline is not None and pub is not None and abs((when.end - pub).days) <= 31
        told = abroad_teller(d, ctx) if fell_back and location is None else None
        if told:  # its people abroad (``foreign_teller``): not its state, nor its seat's dateline
            d.places = [m for m in d.places if m.place is None or m.place.country_code != told]
        seats = [(a.start, a.end) for a in d.actors if d.clause[0] <= a.start < d.clause[1]]
        street = street_in_dateline(location, ctx.analysis, d.clause) if fell_back else None
        if recent and street is not None:
            # "TBILISI - Georgian riot police dispersed protesters on Rustaveli Avenue": the
            # street is in the dateline city, finer than the country the police gave
            location, reason = street
        elif fell_back and recent and seat_named_as_place(location, ctx.analysis, seats):
            location, reason = dateline, f"{reason}; a seat in the dateline city ({dateline.text})"  # type: ignore[union-attr]
        elif (
            fell_back
            and recent
            and not field_act(code)  # a capital's dateline does not give the field
            and dateline_refines(location, ctx.analysis, d.clause)
        ):
            # "LIMA (AP) - Peruvian police arrested…": the dateline city is in the country
            # the actors give, and finer (ACLED: the most specific place the report supports)
            location, reason = dateline, f"{reason}; the dateline city ({dateline.text}) is in it"  # type: ignore[union-attr]
        elif fell_back and recent and dateline and venue_city(reason, dateline, planned):
            # "DOHA - Negotiators from Israel and Hamas held talks": the city filed from
            location, reason = (
                dateline,
                f"{reason}; the dateline city ({dateline.text}) is the venue",
            )
        elif fell_back and recent and dateline and town_scene(location, d, ctx, code):
            location, reason = (
                dateline,
                f"{reason}; a town's dateline ({dateline.text}) is the scene",
            )
        location, reason = party_capital(d, ctx, location, reason)  # "Washington said it had"
        if location is None and (recent or dateline is None):
            # "… in the town of Zvecan. NATO peacekeepers patrolled the area.": the act it
            # carries on, not the dateline city the story was filed from, nor no place
            location, reason = continued_place(d, ctx)
        if (
            location is None
            and recent
            and dateline is not None
            and not dateline_elsewhere(ctx.analysis, code)
            and not sides_abroad(ctx.analysis, code, _side_countries(d))
            and not joint_subject_abroad(
                ctx.analysis, code, [a.country_code for a in _joint_subjects(d, article.text)]
            )
            and not _international_body(d, article.text, ctx)
            and institution_abroad(ctx.analysis, d.clause) is None  # "at Harvard University"
            and dateline_named_institution(ctx.analysis, d.clause) is None
            # "LONDON - Russia and Ukraine held talks": a bureau abroad names no venue
            and not talks_abroad(
                d, ctx, [a.country_code for a in d.actors if a.country_code], dl_cc
            )
            and not _vessel_taken(d, article.text)
            and not _launched_between(d, article.text, ctx)
            and not (told and told == dl_cc)
            and not d.judged  # "KYIV - Ukraine praised the expulsion …": filed where judged
        ):
            # the dateline says where the story was filed: the place only when nothing else is,
            # and never for background told from far away in time, nor for an act in a story
            # about another country ("NAIROBI - … fighting near Masisi", in Congo)
            location, reason = (
                dateline,
                f"{DATELINE_REASON} ({dateline.text})",
            )
            if dateline_is_speakers_seat(ctx.analysis, d.evidence[0]):
                location, reason = _seat_country(ctx, d, dateline)
            elif told_act is not None or armed_group_speaks(d):
                # a claim of an attack placed nowhere, or an armed group's statement: said
                # wherever the group is, not in the city the story was filed from
                location, reason = _told_country(ctx, d, dateline)
            elif (
                unfound := unfound_place(
                    ctx.analysis, d.evidence[0], (d.trigger.start, d.trigger.end)
                )
            ) is not None:
                location, reason = _unfound_country(ctx, d, dateline, unfound)
            elif (lent := dateline_not_lent(d, ctx, code)) is not None:
                # "KYIV - Forces shelled positions": the field, not the seat (``dateline_acts``)
                location, reason = lent
        elif (
            location is None
            and recent
            and dateline is not None
            and field_act(code)
            and dateline_elsewhere(ctx.analysis, code)
            and not sides_abroad(ctx.analysis, code, _side_countries(d))
            and not _vessel_taken(d, article.text)
            and not _launched_between(d, article.text, ctx)
            and not d.judged  # "KYIV - Ukraine praised the expulsion …": filed where judged
        ):
            # "SYDNEY - A mob attacked a police station. The violence in Papua New Guinea…":
            # a story filed abroad lends no dateline; the one country it names may stand
            location, reason = field_country(d, ctx, code, None)
        if recent or location is not None:  # "near the Myanmar border": no side of it
            location, reason = border_side(d, ctx, location, reason)
        if location is None and not recent and dateline is not None and field_act(code):
            # "A similar attack in Barsalogho in August 2024": background at a site the
            # gazetteer lacks, in a story of the dateline's country alone: that country
            location, reason = _site_unknown_country(ctx, d, dateline)
        text = article.text
        evidence = tuple(Evidence(text[s:e], s, e) for s, e in sorted(set(d.evidence)))
        codes: dict[str, str | None] = {}
        # CAMEO's source and target lead the list (GDELT's Actor1, Actor2), then the rest
        ranked = [r for r in (d.source, d.target) if r] + sorted(d.actors, key=_actor_rank)
        # "The Panama-flagged tanker was struck": a flag state is the registry of what was
        # acted on, a side only as the target its roles make it (ACLED: no actor of its own)
        ranked = [
            r
            for r in ranked
            if r in (d.source, d.target) or r.end < 0 or not _FLAGGED.match(text, r.end)
        ]
        for a in ranked:
            # every actor carries its ISO2: a country is its own, people, units and bodies
            # theirs; the happenings merge compares two reports' sides by these codes
            codes[a.name] = codes.get(a.name) or a.country_code
        actors = tuple(codes)
        places = tuple({m.place.id: m for m in d.places if m.place}.values())
        return Event(
            id=_event_id(article.id, d),
            article_id=article.id,
            summary=draft_summary(text, d, location, ctx.analysis.dateline_end),
            when=when,
            roles=_roles(d, ctx.analysis.country_places),
            event_type=_type_of(d.trigger.code),
            actors=actors,
            location=location,
            location_reason=f"{TOLD_ABROAD} {told}" if told and location is None else reason,
            places=places,
            evidence=evidence,
            flags=tuple(dict.fromkeys(flags)),
            alt_dates=alts,
            actor_countries=tuple(codes.values()),
            event_code=d.trigger.full,
        )
