"""Where an event happened: the place its own clause names, by ACLED's rules.

- A name inside a weapon, product, ship or organisation name ("Hwasong-18", "ROKS Marado",
  "Japan Maritime Self-Defense Force") is never the location.
- A flag state ("the Barbados-flagged carrier", "a ship registered in Liberia") is where the
  ship is registered, not where it was attacked.
- A sea, strait or gulf named in the clause is the location: ACLED codes events at sea to the
  water body (geo precision 3). "Off the coast of X", "off X" and "near X" locate to X at geo
  precision 2 (3 for a country).
- Names that are targets, origins or possessors ("toward Japan", "from Moscow", "Japan's") are
  not where the event happened; nor is where the people who speak of it are ("officials in
  Seoul said"), nor a sea naming a port or a trade ("the Red Sea port of Hodeidah", "Black
  Sea shipping"), nor, for a launch, the path of its missile ("over Japan", "into the sea").
- Several countries and nothing finer are the parties ("Japan, South Korea and the United
  States agreed"), except the ones the clause puts the event in ("strikes on camps in
  Libya") and the ones a hazard struck (a hazard has no parties).

``locate`` and the dateline checks live here; the cue words around a name are in
``place_cues``, a name read as part of another name in ``name_parts``, and the event's own
stretch of its clause in ``own_clause``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.events.act_asides import no_place_of_act
from dashboard.events.aid_goal import going_to
from dashboard.events.border_cues import BORDER_WITH
from dashboard.events.called_off import called_off
from dashboard.events.clause_effects import outside_act_clause
from dashboard.events.clause_parties import (
    _LISTED,
    _METONYM_GAP,
    _OPENS_CLAUSE,
    coordinated_before,
    joint_capitals,
    proposed_venue,
    said_apart,
)
from dashboard.events.emblems import emblem_after
from dashboard.events.exercise_area import launch_aside, launch_path
from dashboard.events.extents import within_extent
from dashboard.events.lead_forms import CAPITAL_FORCE
from dashboard.events.name_parts import (
    NAMED_SITE_AFTER,
    _group_named_after,
    _initials_as_adjective,
    _kind_of_what_follows,
    _owns_what_follows,
    _part_of_owner,
    _place_possessor,
    _town_part,
    demonym_in_name,
    is_named_part,
    named_quarter,
)
from dashboard.events.nationality_of import nationality_named
from dashboard.events.own_clause import own_stretch
from dashboard.events.place_asides import PROTEST, outside_asides, protest_topic_country
from dashboard.events.place_cues import (
    _ADDRESSED_TO,
    _ASKED_VERB_BEFORE,
    _ASKS_AN_ACT,
    _DENIED_THAT,
    _DONE_ELSEWHERE,
    _FROM_BEFORE,
    _NAMER_AFTER,
    _REGION_OF,
    _WHAT_BEFORE,
    APPEAL_TOPIC,
    AT_SEA_FROM,
    BETWEEN_PARTIES,
    BLAMED_ON,
    BROKER_BEFORE,
    CAPITAL_ACTS,
    CAUSE_OF,
    CHARGE_BEFORE,
    CURRENCY_AFTER,
    DISCUSSED,
    EARLIER_ACT_IN,
    EXCHANGED_FOR,
    EXTENT_TO,
    IN_BEFORE,
    INTERCEPT_WORD,
    LATER_TRIP_BEFORE,
    LAUNCHER_AFTER,
    LINKING_BEFORE,
    LOCATIVE_END,
    MAKER_AFTER,
    MAKER_BEFORE,
    MOBILISE,
    NEAR,
    NEAR_REACH,
    ORIGIN_OF,
    PATRON_AFTER,
    PLANNED_ACT,
    POST_BEFORE,
    REGIME_AFTER,
    ROAD_FROM,
    ROUTE_ENDS,
    ROUTE_REACH,
    SAID_IN,
    SAID_TO,
    SEA_MODIFIER,
    SEAT_AFTER,
    SENT_TO,
    SPEAKER_VERB_AFTER,
    SPEAKERS_IN,
    SPOKE_AT,
    THREATENED_ACT,
    TOPIC_AFTER,
    Span,
    _not_here,
    rulers_seat,
    verbal_object,
)
from dashboard.events.prefilter import gated
from dashboard.events.relative_places import (
    in_earlier_relative,
    in_relative_before,
    in_subject_aside,
    subject_of_relative,
)
from dashboard.events.route_paths import route_path
from dashboard.events.sea_features import feature_at_sea
from dashboard.events.senses import _FORCE_ROOTS
from dashboard.events.sides import capital_country, organ_in
from dashboard.events.speaker_origin import aid_origin, speakers_own_act
from dashboard.events.statement_venue import statement_venue
from dashboard.model import Mention

_ABOARD = re.compile(
    r"\b(?:aboard|on board|at sea|on a (?:ship|vessel|warship|carrier|yacht))\b", re.I
)
# "as lawmakers in Paris debated", "when lawmakers in Paris debated": a clause of time whose
# subject is placed ("in", "at") before its past verb (Quirk et al. 1985, §15.25, "as"/"when")
_AS_WHO_IN = re.compile(
    r"\b(?:as|when)\s+(?!part\b|well\b|a\b|an\b|such\b)(?:[\w'’-]+\s+){1,4}?(?:in|at)\s+$"
)
# ... and the verb is a deliberation (CAMEO 1.1b3 §04 consult, §01 statements), which happens
# in a chamber far from a scene it coincides with; "as protesters in Nairobi marched" shares
# the police's scene, so a physical verb keeps its place
_PAST_VERB_AFTER = re.compile(
    r"\s+(?:debated|discussed|voted|met|negotiated|deliberated|weighed|considered|convened)\b"
)
# "Malian army drones struck rebels in northern Mali": the attacker's own country named after
# the act with a locative (and perhaps a compass word) is where force was used, as for any
# place; only the country as a side ("Ukraine launched drones at ...") is set aside
_INSIDE_BEFORE = re.compile(
    r"\b(?:in|inside|across|throughout|within)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)
_NEW_CLAUSE = re.compile(r"[;]|,\s+(?:and|but|while|as|sweeping|\w+ing)\b")
# a reference point named to orient the reader ("north of Kyiv", "upstream of Sylhet",
# "downriver from Mosul"): ACLED codes the event where it happened, not at its landmark
_DIRECTION_OF = gated(
    # "in the north of Syria" is inside Syria, so not this ("north of Kyiv", "to the north of")
    r"(?<!\bin the )(?<!\bacross the )(?<!\bthroughout the )"
    r"\b(?:(?:north|south)?-?(?:west|east)|north|south|upstream|downstream|upriver|downriver)"
    r"\s+(?:of|from)\s+$",
    re.IGNORECASE,
)


def precision_of(m: Mention | None) -> int:
    return m.place.geo_precision if m and m.place else 9


def _is_country(m: Mention) -> bool:
    return m.place is not None and m.place.kind == "country"


def _object_of_trigger(text: str, trigger_start: int, m: Mention) -> bool:
    """The people before the place are what the event was done to, not who speaks of it:
    "police detained four journalists in Minsk" (no clause mark between the verb and them),
    unlike "…, officials in Kyiv said"."""
    return trigger_start < m.start and not _CLAUSE_MARK.search(text, trigger_start, m.start)


_BENEFICIARY = gated(
    r"\b(?:aid|assistance|package|funding|funds|loans?|grants?|support)\s+(?:for|to)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_NOUN_OF = re.compile(r"[\w-]+\s+of\s+(?:the\s+)?", re.IGNORECASE)
# a preposition (and a modifier: "in northern Iraq") before a name: a place, not a subject
_PREP_BEFORE = re.compile(
    r"\b(?:in|on|at|near|off|from|to|into|across|over|of|inside|around)\s+(?:the\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_CLAUSE_MARK = re.compile(r"[,;:—–()\"“”]")


# "the country's worst since the Erzincan earthquake of 1939": a place in the happening an
# event is ranked against is that happening's, not the event's (the comparison's anchor)
_COMPARED_SINCE = gated(
    r"\b(?:worst|deadliest|biggest|largest|strongest|most\s+\w+|first)\b[^.;]{0,40}"
    r"\bsince\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def locate(
    text: str,
    trigger_start: int,
    clause: Span,
    mentions: list[Mention],
    blocked: list[Span],
    code: str = "",
    attacker: str | None = None,
) -> tuple[Mention | None, str]:
    """The event's own place within its clause, with the reason; ``(None, "")`` to fall back.
    ``code``: the event's CAMEO code or ``DIS-`` type (a launch's path and a hazard's
    countries are read by it). ``attacker``: ISO2 of who used force (CAMEO's source), whose
    country named as the subject ("Ukraine launched drones at ...") is not where force
    landed; with nothing else named the caller falls back to it."""
    clause = own_stretch(text, trigger_start, clause, code)
    near: Mention | None = None
    options: list[Mention] = []
    prev: Mention | None = None
    set_aside: Mention | None = None  # the last name excluded for the words before it
    seizer: Mention | None = None  # the seizing side's country, if no other place is named
    for m in mentions:
        owner, prev = prev, m
        if not (clause[0] <= m.start < clause[1]) or m.place is None or m.place.lat is None:
            continue  # a place with no coordinates cannot locate an event on the map
        if is_named_part(text, m, blocked):
            continue
        before = text[max(clause[0], m.start - 30) : m.start]
        if set_aside is not None and _LISTED.fullmatch(text, set_aside.end, m.start):
            set_aside = m  # "officials from Moscow and Kyiv": the list shares its "from"
            continue
        if m.reason.startswith("relative phrase"):
            return m, f"the clause names {m.place.name} ({m.reason})"
        if statement_venue(text, m, trigger_start, code):  # "in a statement from Frankfurt"
            return m, f"the statement was issued in {m.place.name}"
        if m.start > trigger_start and _beyond_the_act(text, trigger_start, m, code):
            continue  # "to protest exercises near the Falklands": the topic's place
        if (
            NEAR.search(text, max(clause[0], m.start - NEAR_REACH), m.start)
            or ROAD_FROM.search(before)
        ) and not _owns_what_follows(text, m):
            near = near or m
            continue
        if ORIGIN_OF.search(text, max(clause[0], m.start - 60), m.start):
            continue  # "forces from the northern region of Tigray": whence a side comes
        if (
            _DIRECTION_OF.search(before)
            and m.place.kind not in ("country", "admin1")
            and not AT_SEA_FROM.search(text, max(clause[0], m.start - 60), m.start)
        ):
            # "40 km north of Kaya": the town the place is told from stands for it when nothing
            # finer is named (ACLED geo precision 2, "near" a town), never over a named town
            near = near or m
            continue
        if (
            attacker
            and (code[:2] in ("18", "19", "20") or code[:3] == "171")
            and m.place.country_code == attacker
            and (
                m.place.kind == "country"
                or (m.start < trigger_start and capital_country(m) == attacker)
            )
            and not (m.start > trigger_start and _INSIDE_BEFORE.search(before))
        ):
            # "Tehran fired missiles at Israel": the capital is the side, not the place; so is
            # "Iran" in "Iran detained a tanker off Oman" (§171), unless no other place is named
            if code[:3] == "171" and m.place.kind == "country":  # a capital is a metonym
                seizer = seizer or m
            continue
        if _in_asked_act(text, m, trigger_start, code) or route_path(text, m, code):
            continue  # "agreed to open a road through Armenia's Syunik": the road's path
        if _part_of_owner(text, owner, m):
            options.append(m)  # "Russia's Samara region": the region, in its own country
            continue
        if (
            _not_here(code).search(before)
            or MAKER_BEFORE.search(before)
            or CHARGE_BEFORE.search(before)
            or _destination(text, max(clause[0], m.start - ROUTE_REACH), m, trigger_start, code)
            or ROUTE_ENDS.search(text, max(clause[0], m.start - ROUTE_REACH), m.start)
            or EXCHANGED_FOR.search(text, max(clause[0], m.start - ROUTE_REACH), m.start)
            # "blocked a 50 billion euro aid package for Kyiv": who an aid is for is no place
            # of an act about that aid (the aid itself, CAMEO 07, is placed where it goes)
            or (code[:2] != "07" and _BENEFICIARY.search(before))
            or (m.start > trigger_start and LINKING_BEFORE.search(before))
            or verbal_object(text, m, trigger_start, code, before)
            or BORDER_WITH.search(before)
            # "talks between Kinshasa and the M23": a capital between parties is its government
            or (
                (m.place.kind == "country" or capital_country(m) is not None)
                and BETWEEN_PARTIES.search(before)
            )
            or joint_capitals(text, m, mentions, trigger_start)  # "Tehran and Washington held"
            or proposed_venue(text, m, trigger_start, code)  # "proposed talks in Istanbul"
            or (_WHAT_BEFORE.search(before) and _NAMER_AFTER.match(text, m.end))
            or MAKER_AFTER.match(text, m.end)
            or REGIME_AFTER.match(text, m.end)
            or CURRENCY_AFTER.match(text, m.end)
            or emblem_after(text, m.end)  # "waved Georgian and EU flags": whose emblem
            or aid_origin(text, m, trigger_start, code)  # "sent tents from Reunion": whence
            or PATRON_AFTER.match(text, m.end)
            or SEAT_AFTER.match(text, m.end)
            or (code[:3] != "045" and BROKER_BEFORE.search(before))
            or POST_BEFORE.search(before)
            or (
                m.place.kind == "country"
                and m.start > trigger_start
                and INTERCEPT_WORD.search(text, trigger_start, m.start) is not None
                and LAUNCHER_AFTER.match(text, m.end) is not None
            )
            or (
                SPEAKERS_IN.search(before)
                and not _object_of_trigger(text, trigger_start, m)
                and not speakers_own_act(text, m, trigger_start, code)  # "officials in X condemned"
            )
            # "The junta in Niamey said it would send troops": the seat of the rulers who
            # speak, not where what they said happens (ACLED: where the event took place)
            or rulers_seat(text, before, m.end, after_act=m.start > trigger_start)
            # a statement is where it was made: "condemned the strike, speaking in Doha"
            or (SAID_IN.search(before) and m.start > trigger_start and code[:2] not in SAID_TO)
            or LATER_TRIP_BEFORE.search(text, max(clause[0], m.start - 60), m.start)
            or (m.end < trigger_start and _speaks(text, m, clause))
            or SENT_TO.search(text[max(clause[0], m.start - 90) : m.start])
            # the speaker's phrase may open before the trigger's stretch of the clause
            or (
                code[:2] in _DONE_ELSEWHERE
                and SPOKE_AT.search(text[max(0, m.start - 60) : m.start])
            )
            or DISCUSSED.search(before)
            or _in_asked_act(text, m, trigger_start, code)
            # what a denial denies ("denied that its forces had shelled Kharkiv") happened, or
            # not, at its own place; the denial was made where its speaker was
            or (
                code[:3] == "016"
                and m.start > trigger_start
                and _DENIED_THAT.search(text, trigger_start, m.start) is not None
            )
            or _COMPARED_SINCE.search(before)
            or APPEAL_TOPIC.search(text, max(clause[0], m.start - ROUTE_REACH), m.start)
            # "in solidarity with Gaza": a motive, not a place
            or CAUSE_OF.search(text, max(clause[0], m.start - 60), m.start)
            # "collided outside Milan; one train was travelling to Venice": a clause after a
            # semicolon is a sentence of its own (Quirk et al. 1985, 13.17: a semicolon joins
            # independent clauses), and its places are its own act's
            or (m.start > trigger_start and ";" in text[trigger_start : m.start])
            or in_relative_before(text, clause, m, trigger_start, code)  # "a deal that ..."
            or no_place_of_act(text, clause[0], m, trigger_start, code)  # "turned to Russia"
            or in_subject_aside(text, clause, m, trigger_start, code)  # "X, who flew to Y, said"
            or subject_of_relative(text, m, trigger_start)  # "the region, which Caracas claims"
            or in_earlier_relative(text, m, trigger_start, clause[1])  # "a man who had bombed X"
            or (m.start > trigger_start and EARLIER_ACT_IN.search(text, trigger_start, m.start))
            # "fired missiles at Israel, sending millions into shelters from Tel Aviv to X": how far
            # the effect reached, told after the act's clause, not where force landed
            or (
                code[:2] in _FORCE_ROOTS
                and EXTENT_TO.search(before)
                and "," in text[trigger_start : m.start]
            )
            # "The unrest erupted as lawmakers in Paris debated a bill": a clause of time
            # whose subject deliberates tells another happening, at its own place
            or (
                m.start > trigger_start
                and _AS_WHO_IN.search(before) is not None
                and _PAST_VERB_AFTER.match(text, m.end) is not None
            )
            # "Paris declared a state of emergency in the territory": a capital as the
            # subject is its government (a metonym), not where the act took effect
            or (
                m.end <= trigger_start
                and capital_country(m) is not None
                and _METONYM_GAP.fullmatch(text, m.end, trigger_start) is not None
                and _OPENS_CLAUSE.search(text, max(0, m.start - 12), m.start) is not None
            )
            # "The junta in Niamey said it would send troops": its seat, not where the said act is;
            # "the junta in Niamey arrested three ministers" acts there (test_reader7_round); and
            # after a said act ("accused the regime in Minsk"): its target's seat (fix80b)
            or (code[:2] in SAID_TO and capital_country(m) is not None and organ_in(text, m.start))
            or _ADDRESSED_TO.search(before)
            # "stopping short of the timeline Kyiv had sought": a capital followed by its own
            # verb is its government acting (a metonym), not a place of the act
            or (
                m.start > trigger_start
                and capital_country(m) is not None
                and (CAPITAL_ACTS.match(text, m.end) or CAPITAL_FORCE.match(text, m.end))
                and not LOCATIVE_END.search(before)
            )
            or launch_path(text, trigger_start, m, code)  # "fired a missile over Japan"
            # "crossed into southern Israel from Gaza": forces that moved are where they went
            or (
                code == MOBILISE
                and _FROM_BEFORE.search(before)
                and re.search(r"\binto\b", text[trigger_start : m.start])
            )
            or (m.place.kind == "sea" and SEA_MODIFIER.match(text, m.end))
            or (m.place.kind in ("sea", "region") and _REGION_OF.match(text, m.end))
            or _kind_of_what_follows(text, m)
            or _DIRECTION_OF.search(before)
            or (
                text[m.end : m.end + 2] in ("'s", "’s", "' ")
                and not (_place_possessor(text, m) or _town_part(text, m) or _named_site(text, m))
                and not named_quarter(text, m, mentions)
            )
            or nationality_named(text, m)  # "Chinese officials", "citizens of Albania"
            or _group_named_after(text, m)
            or demonym_in_name(text, m.start, m.end, m.place.name)
            or _initials_as_adjective(text, m)
        ):
            if (
                _not_here(code).search(before)
                or BROKER_BEFORE.search(before)
                # "trains to Turku and Tampere": the list shares its destination
                or _destination(text, max(clause[0], m.start - ROUTE_REACH), m, trigger_start)
            ):
                set_aside = m  # "brokered by Riyadh and Washington": the list shares its cue
            continue
        options.append(m)
    options = outside_asides(text, trigger_start, clause, options)
    own = [m for m in options if not coordinated_before(text, m, trigger_start)]
    if (own or said_apart(text, options, trigger_start, code)) and len(own) < len(options):
        # "foiled a plot to attack a concert in Leeds, and arrested two men in Hull": a place
        # in the clause coordinated before the trigger's is that clause's act's (Quirk et
        # al. 1985 §13.2, clausal coordination), while the trigger's own clause names one
        options = own
    if not options and near is None and seizer is not None:
        options.append(seizer)
    # a sea in the trigger's own stretch of the clause, not one after ", and ..." or ";"
    seas = [
        m
        for m in options
        if m.place
        and m.place.kind == "sea"
        and not _NEW_CLAUSE.search(text, min(m.end, trigger_start), max(m.start, trigger_start))
    ]
    # a meeting is held on land unless the clause puts it aboard ("met aboard a carrier"): a
    # sea it names is the agenda's ("a summit to focus on disputes in the South China Sea")
    if seas and not (code[:2] == "04" and not _ABOARD.search(text, clause[0], clause[1])):
        best = min(seas, key=lambda m: abs(m.start - trigger_start))
        at = feature_at_sea([*options, *([near] if near else [])], best, trigger_start)
        if at is not None:  # "boarded boats near the Paracel Islands in the South China Sea"
            return at, f"a named feature at sea in {best.text}: the finest place the clause gives"
        return (
            best,
            f"the clause names a sea, strait or gulf ({best.text}): events at sea are coded to the water body",
        )
    if (
        options
        and all(m.place.kind == "country" for m in options if m.place)
        and len(options) > 1
        and not code.startswith("DIS-")
    ):
        # "Japan, South Korea and the United States agreed": parties, not a place; but
        # "strikes on camps in Libya" puts the event in Libya
        options = [
            m
            for m in options
            if IN_BEFORE.search(text[max(clause[0], m.start - 30) : m.start])
            # "Russia's invasion of Ukraine": an act's noun names where it fell by "of"
            or (code[:2] in _FORCE_ROOTS and _NOUN_OF.fullmatch(text, trigger_start, m.start))
            # "Australia deployed police to the Solomon Islands": a force posture (CAMEO 15)
            # stands where it was sent, as "moved into" says for §154
            or (
                code[:2] == "15"
                and m.start > trigger_start
                and _TO_BEFORE.search(text, max(clause[0], m.start - 8), m.start)
            )
        ]
    if options != [seizer] and all(
        _is_country(m)
        and m.end <= trigger_start
        and not _PREP_BEFORE.search(text, max(0, m.start - 24), m.start)
        for m in options
    ):
        # "New Zealand and Australia flew surveillance aircraft over the islands": countries
        # named only before the act are its sides (its subject), not where it took place; the
        # caller falls back to the actors' country, refined by the dateline (a seizing side
        # named alone stays, as above: "Iran said its navy had seized the vessel")
        options = []
    if options:
        # at one geo precision a region inside a named country refines it ("in Russia's
        # Samara region"), and so does any area named after the act over a country named
        # before it, its subject ("Israel detained 20 people in the West Bank": the side is
        # no place); and a region astride countries ("a trip to Central America and the
        # United States, where she met him in California") is coarser than a division, but
        # for an act, not for a hazard that swept both
        parts = {m.place.country_code for m in options if m.place and m.place.kind != "country"}
        best = min(
            options,
            key=lambda m: (
                precision_of(m),
                _is_country(m)
                and (m.place.country_code in parts or (bool(parts) and m.end <= trigger_start)),  # type: ignore[union-attr]
                m.place.country_code is None  # type: ignore[union-attr]
                and bool(parts - {None})
                and not code.startswith("DIS-"),  # a hazard spans both
                abs(m.start - trigger_start),
            ),
        )
        if not _near_refines(near, best):
            return best, f"most specific place in the event's clause ({best.place.kind})"  # type: ignore[union-attr]
    if near is not None and near.place is not None:
        # ACLED: an event near a town, or off a coast, is coded to that place at precision 2
        place = replace(near.place, geo_precision=max(2, near.place.geo_precision))
        window = (text, max(clause[0], near.start - NEAR_REACH), near.start)
        phrase = NEAR.search(*window) or ROAD_FROM.search(*window)
        said = (phrase.group() if phrase else "near ") + near.text
        return replace(near, place=place), (
            f"'{said.strip()}': located to {place.name} at geo precision {place.geo_precision}"
        )
    return None, ""


_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$")


def _named_site(text: str, m: Mention) -> bool:
    """A town in the possessive before a named site in it (``name_parts.NAMED_SITE_AFTER``)."""
    return (
        m.place is not None
        and m.place.kind not in ("country", "sea")
        and NAMED_SITE_AFTER.match(text, m.end) is not None
    )


def _destination(text: str, lo: int, m: Mention, trigger_start: int, code: str = "") -> bool:
    """``m`` is where a craft, convoy or traveller was going ("a jet flying to Madrid", "due
    to carry supplies to Bergen"), told by words that are not the act's own trigger: a
    delivery coded on its own verb ("scheduled to deliver aid to Kassala", CAMEO 07), or aid
    sent on ships carrying it (``aid_goal``), is placed where it goes."""
    return going_to(text, lo, m.start, trigger_start, code)


def _beyond_the_act(text: str, trigger_start: int, m: Mention, code: str) -> bool:
    """``m`` stands after an act only planned ("blocked the plan to deploy police to Haiti")
    or called off (``called_off``), or after what a statement is about: no place of the act."""
    head = re.match(r"\w+", text[trigger_start:])
    after = head.end() + trigger_start if head else trigger_start
    if PLANNED_ACT.search(text, after, m.start) or called_off(text, trigger_start, m.start):
        return True
    if code[:2] == "11" and BLAMED_ON.search(text, after, m.start) is not None:
        return True
    # "imposed sanctions … over Russia's war in Ukraine": what a sanction answers (CAMEO 16)
    said = code[:2] in SAID_TO or code[:2] == "16"
    if said and TOPIC_AFTER.search(text, after, m.start) is not None:
        return True
    # ", cutting power to Port Sudan"; "fired toward waters off X", "answering Pyongyang"
    if outside_act_clause(text, m, trigger_start, code) or launch_aside(text, m, code):
        return True
    return code[:2] == PROTEST and protest_topic_country(text, after, m)


def _in_asked_act(text: str, m: Mention, trigger_start: int, code: str) -> bool:
    """Whether ``m`` lies in the act a threat, an appeal, a demand or an intent asks for or
    promises ("warned it would shell X", "agreed to open a road through X"): after the
    trigger and a verb after "to" or a modal (``place_cues._ASKS_AN_ACT``). The trigger may
    be the asked act itself ("ordered Azerbaijan to allow …"); a threat coded on its own
    verb ("will arrest protesters in Lagos") is where that act would be, and stays."""
    if code[:2] not in _ASKS_AN_ACT or m.start <= trigger_start:
        return False
    if THREATENED_ACT.search(text, trigger_start, m.start) is not None:
        return True
    lead = max(0, trigger_start - 12)
    return code[:2] != "13" and _ASKED_VERB_BEFORE.search(text, lead, trigger_start) is not None


def _speaks(text: str, m: Mention, clause: Span) -> bool:
    """``m`` opens its clause as the subject of a reporting verb ("Manila said Chinese
    vessels had blocked…"): a speaker, no place of what it says."""
    return SPEAKER_VERB_AFTER.match(text, m.end) is not None and not re.search(
        r"\b(?:in|at|near|from|to|into|of)\s+(?:the\s+)?$",
        text[max(clause[0], m.start - 12) : m.start],
        re.IGNORECASE,
    )


def _near_refines(near: Mention | None, best: Mention) -> bool:
    """Does the town an event was "near" say more than the clause's best other place, the
    country or region it lies in ("struck near Elbistan in southern Turkey")? ACLED codes an
    event near a town to that town at geo precision 2, finer than a region's or country's 3;
    a place in another country ("near the border, in Syria") is left to the clause. A feature
    of no one country ("along the Euphrates near Deir ez-Zor") is refined by a town within its
    extent (ACLED: the most specific named location; GeoNames gives rivers no country). An area
    below a country whose extent leaves the town out is where it was ("on Snake Island, south
    of Odesa"), never refined by it."""
    if near is None or near.place is None or best.place is None:
        return False
    inside = within_extent(near.place, best.place)
    if inside is False and best.place.kind != "country":
        return False
    own = best.place.country_code
    same_country = near.place.country_code == own or bool(inside and not own)
    return same_country and precision_of(best) > max(2, near.place.geo_precision)


# CAMEO 1.1b3's material roots and hazards: acts done where their people or things are
# (aid, yield, protest, force, coerce, assault, fight, mass violence), unlike statements
# and meetings, which a reporter may attend in the dateline city
