"""Where an event happened when its clause names no place, and when a place read is not
where it happened: regions named as a list, the town or area told before, a coast, the sea,
a country named only as the addressee, attacker or joint speaker, a place seized.
"""

from __future__ import annotations

import re
from datetime import date

from dashboard.events.act_asides import TURNED_TO, field_act
from dashboard.events.actors import home_country
from dashboard.events.agent_base import named_as_base
from dashboard.events.body_seats import body_seat
from dashboard.events.border_cues import BORDER_WITH
from dashboard.events.cameo import Trigger
from dashboard.events.captive_nationals import captive_nationals
from dashboard.events.clause_parties import doer_reason
from dashboard.events.counterparts import counterpart_or_patron
from dashboard.events.cyber_acts import cyber_act, cyber_country
from dashboard.events.dated_venue import venue_after_date
from dashboard.events.dateline_acts import (
    armed_holder,
    coerced_abroad,
    country_mention,
    foreign_force,
)
from dashboard.events.drafts import _Context, _Draft
from dashboard.events.exercise_area import partner_host
from dashboard.events.force_toward import sent_toward
from dashboard.events.foreign_talks import DATELINE_MEETING, talks_abroad
from dashboard.events.foreign_teller import TOLD_ABROAD, abroad_teller, posted_doer
from dashboard.events.fronted_clauses import in_fronted_clause
from dashboard.events.incursions import entered_country as _entered
from dashboard.events.incursions import incursion_before as _incursion_before
from dashboard.events.judged_office import office_country
from dashboard.events.lexicon import load
from dashboard.events.local_police import police_area
from dashboard.events.own_clause import said_stretch
from dashboard.events.parties import _actor_rank, two_parties
from dashboard.events.place_cues import (
    BETWEEN_PARTIES,
    DESTINATION_BEFORE,
    SAID_TO,
    TRAVELLER_AFTER,
)
from dashboard.events.possessed_force import troops_of
from dashboard.events.posted_envoys import posted_country
from dashboard.events.prefilter import gated
from dashboard.events.said_about import warned_clause_end
from dashboard.events.sides import capital_country
from dashboard.events.source_candidates import OWNER_AFTER, nominal_object, witnessed_from
from dashboard.events.source_target import REPORTER_AFTER
from dashboard.events.stormed_seats import stormed_seat_country
from dashboard.events.struck_target import abroad_target, border_closer, custody_killing, struck
from dashboard.events.summit_venue import summit_venue
from dashboard.events.the_army import home_body_only
from dashboard.events.the_town import town_named_before
from dashboard.events.topic_parties import party_of_grievance
from dashboard.events.unnamed_territory import unnamed_territory
from dashboard.events.vessels import FORCE_AT_SEA, off_owner, taken_ship, vessels
from dashboard.model import DATELINE_REASON, Article, Mention, Place

_FORCE = frozenset({"15", "17", "18", "19", "20"})


def _refines(finer: Mention | None, coarser: Mention | None) -> bool:
    """Is ``finer`` a place of finer geo precision inside ``coarser``'s country?"""
    if finer is None or finer.place is None:
        return False
    if coarser is None or coarser.place is None:
        return True
    same = finer.place.country_code == coarser.place.country_code
    return same and finer.place.geo_precision < coarser.place.geo_precision


_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")


def _listed_regions(text: str, d: _Draft, ctx: _Context) -> tuple[Mention, str] | None:
    """The country, when the event's place is one of several regions of it named as a list
    ("nurses in England, Wales and Northern Ireland went on strike"): one happening across
    them is in their country, not in whichever region was named last."""
    loc = d.location
    if loc is None or loc.place is None or loc.place.kind != "admin1":
        return None
    code = loc.place.country_code
    regions = [
        m
        for m in d.places
        if m.place
        and m.place.kind == "admin1"
        and m.place.country_code == code
        and d.clause[0] <= m.start < d.clause[1]
    ]
    i = next((k for k, m in enumerate(regions) if m.start == loc.start), None)
    if i is None or code is None:
        return None
    joined = [
        k
        for k in (i - 1, i)
        if 0 <= k < len(regions) - 1
        and _LIST_JOIN.fullmatch(text, regions[k].end, regions[k + 1].start)
    ]
    country = ctx.analysis.country_places.get(code)
    if not joined or country is None:
        return None
    names = ", ".join(m.text for m in regions)
    why = f"several regions of one country named as a list ({names}): the country"
    return Mention(loc.start, loc.end, loc.text, country, 1.0, why), why


def _addressee_named_as_place(d: _Draft) -> bool:
    """The event is a statement to or about a country named as its target, and that name is
    the only place its clause gave: a party, not where it was said."""
    loc, tgt = d.location, d.target
    # a capital standing for its government is that party too ("Kinshasa accused Kigali")
    return (
        d.trigger.code in SAID_TO
        and loc is not None
        and tgt is not None
        and loc.start == tgt.start
        and loc.place is not None
        and (
            loc.place.kind == "country"
            or (tgt.country_code is not None and capital_country(loc) == tgt.country_code)
        )
    )


# a deal told as the outcome of talks ("agreed … after talks mediated by", "at talks in")
_AFTER_TALKS = re.compile(
    r"\b(?:after|at|during|following)\s+(?:\w+\s+){0,2}?(?:talks|negotiations)\b", re.I
)
# what opens the act a demand, appeal or threat asks for ("demanded that …", "urged X to …")
_ASKED_ACT = re.compile(r"\b(?:that|to)\s+")
_SIGN_AGREEMENT = "057"  # CAMEO 1.1b3 057 "sign formal agreement"
_COAST_BEFORE = re.compile(r"\b(?:off|along|near|from)\s+the\s+$", re.IGNORECASE)
_COAST_AFTER = re.compile(r"\s+(?:coast|coastline|shore|shores|waters)\b", re.IGNORECASE)


def _coast_of(d: _Draft, text: str, ctx: _Context) -> str | None:
    """The ISO2 of a country named by its adjective before its coast in the event's clause
    ("off the Yemeni coast"), or None."""
    for cs, ce, code, _ in ctx.countries.within(d.clause[0], d.clause[1]):
        if _COAST_AFTER.match(text, ce) and _COAST_BEFORE.search(text, max(0, cs - 12), cs):
            return code
    return None


# "struck positions east of the city": a definite city, town or village with no name refers
# to the last one the story named (Halliday and Hasan 1976: reference by a general noun)
_THE_TOWN = gated(r"\bthe\s+(?:city|town|village)\b(?!\s+(?:of|council|hall|centre|center))")
_TOWN_KINDS = frozenset({"city"})
TOWN_REACH = 2  # sentences back the town may have been named in


def _town_named_before(d: _Draft, text: str, ctx: _Context) -> tuple[Mention | None, str]:
    """The place of the latest earlier event, within TOWN_REACH sentences, that is a town,
    when ``d``'s sentence says "the city", "the town" or "the village" and names none; else
    the latest town the text named before that sentence (``the_town.town_named_before``);
    else (None, "")."""
    drafts = ctx.drafts
    towns = [t for s, e in d.evidence if (t := _THE_TOWN.search(text, s, e))]
    if not towns:
        return None, ""
    if d.trigger.code in ("02", "10", "13") and all(
        t.start() > d.trigger.start and _ASKED_ACT.search(text, d.trigger.start, t.start())
        for t in towns
    ):
        # "demanded that the RSF halt its siege of the city": the city is the asked act's,
        # not where the demand was made (CAMEO 1.1b3 ch. 02, 10, 13 code the asking)
        return None, ""
    for e in reversed(drafts):
        if e is d or e.sentence >= d.sentence or d.sentence - e.sentence > TOWN_REACH:
            continue
        place = e.location.place if e.location else None
        if place is not None and place.kind in _TOWN_KINDS:
            return e.location, f"'the city' (or town) of the story: {place.name}, told before"
        if e.location is None:
            # "Al-Shabaab had seized the town … Government forces had bombed bases near the
            # town": an earlier sentence's "the town" that names the same town carries it on
            # (ACE 2005 entity coreference chains nominal mentions of one named GPE)
            chained, why = _town_named_before(e, text, ctx)
            if chained is not None:
                return chained, why
    return town_named_before(d.evidence[0][0], towns[0].start(), ctx)


_THE_SITE = re.compile(r"\bthe\s+([a-z]+)\b(?!\s+of\b)")


def _site_named_before(d: _Draft, text: str, drafts: list[_Draft]) -> tuple[Mention | None, str]:
    """The place of the latest earlier event, within TOWN_REACH sentences, whose sentence
    named the facility ``d``'s sentence calls "the school" (cues.csv ``site``: "Gunmen
    abducted students from a school in Kebbi ... Troops rescued them in a forest near the
    school") and that is placed finer than a country; else (None, "")."""
    sites = load().words("site")  # cues.csv rows, loaded once by the lexicon
    said = {
        m.group(1)
        for s, e in d.evidence
        for m in _THE_SITE.finditer(text, s, e)
        if m.group(1) in sites
    }
    if not said:
        return None, ""
    for e in reversed(drafts):
        if e is d or e.sentence >= d.sentence or d.sentence - e.sentence > TOWN_REACH:
            continue
        place = e.location.place if e.location else None
        if place is None or place.kind == "country":
            continue
        s, t = e.evidence[0]
        told = {w.lower() for w in re.findall(r"[A-Za-z]+", text[s:t])}
        if said & told:
            site = sorted(said & told)[0]
            return e.location, f"'the {site}' of the story: {place.name}, told before"
    return None, ""


# CAMEO 1.1b3's uses of force (ch. 18 assault, 19 fight, 20 mass violence)
_FORCE = frozenset({"18", "19", "20"})
FIGHT_REACH = 31  # days, as the dateline's own reach (``finishing``: a recent event)


def _fight_told_beside(d: _Draft, start: date, drafts: list[_Draft]) -> tuple[Mention | None, str]:
    """The place of the use of force that ``d``'s sentence tells before it, by the same
    side, when ``d`` is force too and names no place ("captured the town in northern Shan
    state, two weeks after launching an offensive"): the campaign a later gain is told
    against was fought where that gain was (ACLED codes an event to the most specific
    place the report supports; the dateline, where the story was filed, is not one).
    ``start``: ``d``'s first day; the other act must be read within FIGHT_REACH days of it
    (a campaign launched years before may have been fought elsewhere). Else (None, "")."""
    if d.trigger.code[:2] not in _FORCE:
        return None, ""
    side = d.source.name if d.source else None
    for e in drafts:
        if (
            e is d
            or e.sentence != d.sentence
            or e.clause[0] >= d.clause[0]
            or e.trigger.code[:2] not in _FORCE
            or (e.source.name if e.source else None) != side
            or not e.readings
            or abs((e.readings[0][0].start - start).days) > FIGHT_REACH
        ):
            continue
        place = e.location.place if e.location else None
        if place is not None and place.kind != "country":
            return (
                e.location,
                f"no place named: the place of the fight told before it ({place.name})",
            )
    return None, ""


# verbal acts said to an addressee (CAMEO 1.1b3 §02 appeal, §10 demand, §11 disapprove,
# §12 reject, §13 threaten)
_ADDRESSED = frozenset({"02", "10", "11", "12", "13"})
# a later clause or a measured "after" ("…, hours after a visit by the French minister")
_LATER_CLAUSE = re.compile(
    r",\s+(?:(?:\w+\s+)?(?:minutes|hours|days|weeks|months|moments|shortly|soon|just|only)\s+)?"
    r"(?:after|before|while|when|as|because)\s"
)


def _third_party(d: _Draft, code: str) -> bool:
    """``code`` is neither side's country in an act of force ("Iran executed a man convicted
    of spying for Israel's Mossad" was not in Israel; ACLED: where it took place)."""
    sides = {a.country_code for a in (d.source, d.target) if a is not None and a.country_code}
    return d.trigger.code in ("18", "19", "20") and bool(sides) and code not in sides


def _fallback_location(d: _Draft, article: Article, ctx: _Context) -> tuple[Mention | None, str]:
    seat, why = body_seat(d, article.text)
    if seat is not None:  # "will meet at the UN Security Council": its seat, not the dateline
        return seat, why
    venue, why = summit_venue(d, article.text, ctx.drafts)
    if venue is not None:  # "Leaders gathered for a summit in Kazan ... X met Y on Wednesday"
        return venue, why
    venue, why = venue_after_date(d, article.text)
    if venue is not None:  # "will host the next summit in 2025 in Rio de Janeiro"
        return venue, why
    area, why = police_area(d, ctx)
    if area is not None:  # "…killed 12 people, police in Zamfara state said"
        return area, why
    # who reports it ("…, the Kremlin said") says nothing of where it happened, nor a ship's
    # flag or owner ("the Greek-managed tanker"), nor a traveller's ("a Chinese engineer")
    actors = sorted(
        (
            a
            for a in d.actors
            if a.end < 0
            or not (
                REPORTER_AFTER.match(article.text, a.end)
                or OWNER_AFTER.match(article.text, a.end)
                or TRAVELLER_AFTER.match(article.text, a.end)
                # "Two years after Russia invaded Ukraine, Kyiv held a memorial": that clause's
                or in_fronted_clause(article.text, a.start, d.trigger.start)
            )
        ),
        key=_actor_rank,
    )
    # nor whom a nominal act before it was done to ("Pakistan's expulsion of Afghan refugees
    # drew criticism": the refugees' country is neither side nor place of the criticism)
    done_to = nominal_object(article.text, d.clause[0], d.trigger.start)
    actors = [a for a in actors if not done_to <= a.start < d.trigger.start]
    # nor who only heard or saw it ("its patrols had heard artillery fire": ACE 2005 gives
    # a witness no role, and ACLED codes where it happened, not the witness's home)
    seen = witnessed_from(article.text, d.trigger.start)
    actors = [a for a in actors if not 0 <= a.start < seen]
    # nor where someone fled or was headed ("Hasina fled to India", "fled toward the border
    # with Niger"), nor a country turned to ("turned to Russia for help"): no side nor place
    away = (DESTINATION_BEFORE, BORDER_WITH, TURNED_TO)
    actors = [
        a
        for a in actors
        if a.start < 0
        or not any(c.search(article.text, max(0, a.start - 40), a.start) for c in away)
    ]
    # nor who acts in a clause told after it ("agreed to open talks, after Hungarian Prime
    # Minister Viktor Orban left the room": a bystander of the act, not where it happened)
    actors = [
        a
        for a in actors
        if a.start < d.trigger.end or not _LATER_CLAUSE.search(article.text, d.trigger.end, a.start)
    ]
    # nor the other party of a relation ("ending its defense agreement with France"), nor a
    # group's patron ("The council, which is backed by the UAE, took over …"): ``counterparts``
    actors = [a for a in actors if a.start < 0 or not counterpart_or_patron(article.text, a.start)]
    # nor a party of the grievance ("rallied over a call with Peru's president": ``topic_parties``)
    actors = [a for a in actors if not party_of_grievance(article.text, d.trigger.end, a.start)]
    captives = captive_nationals(d, ctx)  # "Two Italian nuns were released": not Italy
    actors = [a for a in actors if a.start not in captives]
    # "Fighters based in Afghanistan attacked": where the doers are based (``agent_base``)
    actors = [a for a in actors if not named_as_base(article.text, d.trigger, a.start)]
    warned = warned_clause_end(article.text, d.trigger, d.evidence[0])
    if warned is not None:  # "The war could spread to Lebanon, France warned": no side of it
        actors = [a for a in actors if not d.evidence[0][0] <= a.start < warned]
    # "targeted ships since November, saying they act for Palestinians in Gaza": what was said
    said = said_stretch(article.text, d.trigger.start, d.clause)
    actors = [a for a in actors if not said[0] <= a.start < said[1]]
    dl = ctx.analysis.dateline
    dateline = dl.place.country_code if dl and dl.place else None
    if d.trigger.code in SAID_TO and d.target is not None and not d.joint:
        # (the other half of a joint subject is no addressee: "the two countries agreed"; one
        # warned, urged, blamed or refused keeps their country when the story is filed from it:
        # "PANAMA CITY - Rubio warned Panama's president" was said there, while "KYIV - EU
        # leaders agreed to open talks with Ukraine" was decided about Ukraine, not in it)
        addressee = d.target.country_code
        here = d.trigger.code[:2] in _ADDRESSED and addressee == dateline
        actors = [a for a in actors if a.country_code != addressee or here]
    codes = [a.country_code for a in actors if a.country_code]
    if not codes and d.source is not None and d.source.country_code:
        codes = [d.source.country_code]  # a side named by its body only: "the Kremlin said"
    if _meeting_ahead(d) and len(set(codes)) > 1:
        # "Japan, South Korea and the United States will meet next month": a meeting ahead, no
        # venue told, is in none of its parties' countries nor the dateline's (ACLED)
        return None, "no place named; a meeting still ahead has no venue told"
    host = d.target.country_code if d.target and not d.joint else None
    if (abroad := abroad_teller(d, ctx)) is not None:  # its people abroad: not its country
        codes, host = [c for c in codes if c != abroad], (None if host == abroad else host)
        dateline = None if dateline == abroad else dateline
    told, posted = d.reporter, posted_doer(d, article.text)  # "the French high commissioner"
    if taken_ship(d, article.text):  # at sea or in the taker's waters, not the owner's country
        codes, host, dateline, told = off_owner(codes, host, dateline)
    met = host or dateline
    code: str
    coast = _coast_of(d, article.text, ctx)
    if coast is not None:
        # "off the Yemeni coast": the sea off that country, which ACLED codes to the country
        code, why = coast, "no place named; off the coast of the country its adjective names"
    elif (seated := stormed_seat_country(d, article.text, ctx.countries)) is not None:
        code, why = seated, "no place named; a national seat stormed is in its country"
    elif d.trigger.code in FORCE_AT_SEA and vessels(d, article.text) > 1:
        # "A Chinese vessel fired a water cannon at a Philippine ship": ships meet at sea, which
        # ACLED codes to the body of water, never to a flag state (a ship seized keeps the
        # seizer's country: it is taken to its waters)
        return None, "no place named; an encounter between vessels is at sea, not in a flag state"
    elif (
        d.trigger.code in ("03", "05", "08")
        and not field_act(d.trigger.full or "")  # a release is where the captives were held
        and dateline is not None
        and dateline not in codes
        and (
            d.trigger.full == _SIGN_AGREEMENT
            or _AFTER_TALKS.search(article.text, d.trigger.end, d.clause[1])
        )
    ):
        # "…agreed to a truce after talks mediated by the African Union", filed from Pretoria,
        # or a deal signed (057) in a story filed from Jeddah: a deal is made where its parties
        # sat, the dateline's country when theirs is not it (ACLED: where it took place)
        code, why = dateline, "no place named; a deal is made where the parties sat (the dateline)"
    elif d.trigger.full == "043" and d.source is not None and d.source.country_code:
        # CAMEO 1.1b3 043 "host a visit": the source actor is the host, so a visit told as
        # hosted or received ("Putin received the Hungarian prime minister") is in the
        # source's country, not in the guest's (042, "make a visit", names the host as target)
        code, why = d.source.country_code, "no place named; a hosted visit is in the host's country"
    elif host is None and talks_abroad(d, ctx, codes, dateline):
        # "GENEVA - Russia and Ukraine held talks": in neither's country; the dateline city,
        # when it is the venue, is read by ``finishing`` (``foreign_talks``)
        return None, "no place named; talks between parties of other countries than the dateline's"
    elif (
        d.trigger.code == "04"
        and codes
        and met is not None
        and met != codes[0]
        and not (
            host
            and d.target is not None
            and d.target.start >= 0
            and BETWEEN_PARTIES.search(article.text, max(0, d.target.start - 50), d.target.start)
        )
    ):
        # (talks mediated "between Israel and Hamas" are hosted by neither party)
        # a visit or meeting happens where the host is, not in the visitor's country
        code = met
        why = "no place named; a meeting is in the host's country" if host else DATELINE_MEETING
    elif _intercepts(d.trigger) and (entered := _incursion_before(ctx, d)) is not None:
        # "Russian jets violated Estonian airspace. Italian F-35s … intercepted the jets":
        # the interception is in the airspace entered, not in the allied defender's country
        code, why = entered, "no place named; an interception of the incursion told before"
    elif _intercepts(d.trigger) and d.source is not None and d.source.country_code:
        # air defence acts over its own ground: the interceptor's country, not the launcher's
        code, why = (
            d.source.country_code,
            "no place named; an interception is where the defender is",
        )
    elif (judged := office_country(d, article.text, dateline)) is not None:
        code, why = (
            judged,
            "no place named; a court's act on a state's office-holder is in that state",
        )
    elif (closer := border_closer(d, article.text, dateline)) is not None:
        side = "a border closed with a neighbour is on the closer's side"
        if d.source is None and dl is not None:  # the dateline's, said as ``_home_reason`` does
            why = f"{DATELINE_REASON} ({dl.text}), as its country: {side}"
        else:
            why = f"no place named; {side}"
        code = closer
    elif (
        # a demolition (§1712 destroy property) stands where the property does, as force
        (d.trigger.code in ("18", "19", "20") or d.trigger.full == "1712")
        and host is not None
        and struck(d, article.text)
        and not abroad_target(d, article.text)
    ):
        # force lands where its target is: "Iran fired drones at Israel" happened in Israel,
        # as ACLED codes an attack to where it struck, not where it came from
        code, why = host, "no place named; an attack is where its target is (the target's country)"
    elif d.trigger.code in ("18", "19", "20") and told not in (None, abroad):
        # "..., Ukraine's air force said": a country's own forces report what struck its soil
        code, why = told, "no place named; the country whose own forces report the attack"
    elif d.trigger.code == "15" and (entered := _entered(ctx, d)) is not None:
        # "Russian jets violated Estonian airspace": the incursion is in the country whose
        # airspace or waters were entered, not in the intruder's
        code, why = entered, "no place named; an incursion is in the entered country"
    elif d.trigger.code == "17" and foreign_force(d, ctx):
        # "RAMALLAH - Israeli troops arrested 20 Palestinians": an army abroad, never at home
        if (held := coerced_abroad(d, ctx, host)) is None:
            return None, "no place named; a foreign army's coercion is not in its own country"
        code, why = held, "no place named; a foreign army's coercion in the dateline's country"
    elif cyber_act(d.trigger):  # "Russian hackers attacked Estonian websites": not in Russia
        hit, why = cyber_country(host, dateline, d.source.country_code if d.source else None)
        if hit is None:
            return None, why
        code = hit
    elif (toward := sent_toward(d, ctx)) is not None:
        return toward  # "sent ships toward Taiwan": off Taiwan, not in the sender's country
    elif d.trigger.code == "17" and (held_on := unnamed_territory(d, ctx)) is not None:
        return held_on  # "declared a state of emergency on the Pacific territory"
    elif (partner := partner_host(d, article.text, dateline)) is not None:
        code, why = partner, "no place named; an exercise with the dateline country's forces"
    elif posted and (posted_at := posted_country(d, ctx, dateline)) is not None:
        code, why = posted_at  # "the French high commissioner imposed a curfew": not in France
    elif d.trigger.code in ("15", "17") and d.source and d.source.country_code and not posted:
        # who used force (CAMEO's source actor), not who reported it ("Japan's coast guard
        # said a North Korean missile fell…" is North Korea's launch); a sea aimed at is told
        code, why = d.source.country_code, doer_reason(d)
    elif (
        d.trigger.code == "07"
        and d.source is not None
        and codes
        and codes[0] == d.source.country_code != dateline
    ):
        # CAMEO 1.1b3 ch. 07, provide aid: the source gives, and the aid is where it is
        # received (ACLED codes where an event took place). "The United States announced $30
        # million in aid", "an Indian Navy destroyer rescued the survivors": the giver's
        # country is where the aid came from, so the story's own place (the dateline) is taken
        return None, "no place named; aid is not placed in the giver's country"
    elif d.trigger.code not in _FORCE and dateline is not None and dateline in codes:
        if home_body_only(article.text, d.actors, dateline):  # "NIAMEY - The government said"
            return None, "no place named; the home government speaks from the dateline"
        code, why = dateline, "no place named; the dateline country among the actors"
    elif two_parties(d, article.text):
        # "Russia and Ukraine exchanged prisoners", "Thailand and Cambodia agreed": an act of
        # two states together names neither as its venue
        return None, "no place named; a joint act of two countries is in neither by default"
    elif (d.trigger.full or "")[:3] == "084" and (group := armed_holder(d)) is not None:
        # "An Italian priest held by JNIM was released": freed where the group held him, in
        # the country it acts in (CAMEO 1.1b3 codes a rebel group so), not the captive's
        if not (held := home_country(group)):
            return None, "no place named; a release by an armed group is where it held them"
        return country_mention(
            ctx, d, held, "no place named; a release by an armed group, in the country it acts in"
        )
    elif (
        d.trigger.code == "17"
        and d.source is None
        and dateline is not None
        and d.target is not None
        and codes
        and d.target.country_code == codes[0] != dateline
    ):
        # "KINSHASA - 50 attackers, including three Americans, were arrested": the passports of
        # those held, no place; the field act is in the dateline's country (ACLED: where it
        # took place; a detainee's nationality is an attribute, CAMEO codes it as the target)
        code, why = dateline, "no place named; those held are foreigners in the dateline's country"
    elif (
        codes
        and not _third_party(d, codes[0])
        and not (
            d.trigger.code in ("18", "19", "20")
            and d.source is not None
            and codes[0] == d.source.country_code
            and not custody_killing(d, article.text)
        )
        and not (d.target is not None and troops_of(article.text, d.target))
        and not posted  # "China's embassy urged": posted abroad
    ):
        # (force by a side, no place nor target named: not in the attacker's own country,
        # unless it put a captive to death, where it holds them)
        code, why = codes[0], "no place named; the main actor's country"
    else:
        return None, f"{TOLD_ABROAD} {abroad}" if abroad else "no place named and no actor country"
    place: Place | None = ctx.analysis.country_places.get(code)
    body = None
    if place is None and d.source is not None and d.source.country_code == code:
        # the country is named only by its body ("the Kremlin"): the body's span stands for it
        place = ctx.analysis.nations.get(code)
        body = (d.source.start, d.source.end) if d.source.start >= 0 else None
    if place is None:
        return None, why
    near = ctx.countries.within(d.clause[0], d.clause[1])
    span = next(((s, e) for s, e, c, _ in near if c == code), None)
    span = span or ctx.first_country.get(code) or body or (d.trigger.start, d.trigger.end)
    return Mention(span[0], span[1], article.text[span[0] : span[1]], place, 1.0, why), why


def _meeting_ahead(d: _Draft) -> bool:
    """A meeting announced (CAMEO 1.1b3 §036, intent to meet or negotiate) or planned (ch.
    04, consult, flagged planned)."""
    code = d.trigger.full or d.trigger.code
    return code.startswith("036") or (code.startswith("04") and d.planned)


_INTERCEPT = re.compile(r"\b(?:shot|shoot(?:s|ing)?|intercept\w*|down(?:ed|s)?)\b", re.I)


def _intercepts(t: Trigger) -> bool:
    """An air-defence trigger ("shot down", "intercepted"), CAMEO 190."""
    return t.full == "190" and _INTERCEPT.search(t.text) is not None
