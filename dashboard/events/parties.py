"""Who took part in an event: the countries on a trigger's subject side, a joint subject
("Russia and Ukraine"), the other side of a reciprocal verb, the guest a greeting receives,
and who led it, for the summary.
"""

from __future__ import annotations

import re
from itertools import pairwise

from dashboard.events.actors import Actor, ActorFinder, home_country
from dashboard.events.cameo import Trigger
from dashboard.events.drafts import _Draft
from dashboard.events.fronted_clauses import fronted_end
from dashboard.events.lexicon import word_class
from dashboard.events.listed_sides import AND_JOINT
from dashboard.events.office_joint import office_joined
from dashboard.events.place_cues import GANG_AFTER, NOT_LOCATION, SAID_TO
from dashboard.events.possessed_force import TIME_GENITIVE
from dashboard.events.sides import capital_country
from dashboard.events.source_candidates import (
    ROUTE_BEFORE,
    force_from,
    in_subordinate_clause,
    noun_in_phrase,
    where_named,
)
from dashboard.events.tokens import verb_forms
from dashboard.places.gazetteer import load


def _country_actors(
    countries: list[tuple[int, int, str, str]], s: int, e: int, trig: Trigger | None, text: str
) -> list[Actor]:
    """Countries on the subject side of the trigger, or joined to it by 'with'."""
    out = []
    placed: list[int] = []  # the ends of countries read as places ("from Greece")
    for c in countries:
        cs, ce = c[0], c[1]
        if not s <= cs < e:
            continue
        # "Despite pressure from the United States, Israel bombed": the main clause opens
        # after the fronted adjunct's comma, so neither its "from" nor its last name reaches
        # the subject (``fronted_end``)
        lo = max(s, fronted_end(text, cs) or s)
        if any(_LISTED.fullmatch(text, end, cs) for end in placed if end >= lo):
            # "teams from Greece and Israel": a name joined to a place is a place too
            # (Huddleston and Pullum 2002, ch. 15: conjuncts share their function)
            placed.append(ce)
            continue
        if GANG_AFTER.match(text, ce):
            continue  # "A Mexican cartel killed": a criminal group, not the state acting
        before_trigger = trig is None or cs < trig.start
        partner = re.search(r"\bwith\s+(?:the\s+|their\s+|its\s+)?$", text[max(s, cs - 20) : cs])
        possessor = re.match(r"['’]\s?s\b", text[ce : ce + 3])  # "Japan's atrocities"
        target = NOT_LOCATION.search(text[max(lo, cs - 30) : cs])
        if target and TIME_GENITIVE.search(text, max(s, cs - 30), cs):
            target = None  # "in Tuesday's Iranian attack": a date's genitive, not an owner
        if target and force_from(text, cs):
            target = None  # "Police from Thailand began a patrol": the force's own state
        route = ROUTE_BEFORE.search(text, max(0, cs - 60), cs)  # "sailing from Mombasa to Oman"
        if (
            trig is not None
            and before_trigger
            and where_named(text, cs, ce)
            and noun_in_phrase(text, trig.start)
        ):
            continue  # "struck sites in Pakistan in response to last month's attack": where
        if trig is not None and before_trigger and _subjects_own(text, s, trig.start, c, countries):
            continue  # "An Indian Navy ship", "Houthi fighters in Yemen": the subject's own
        if partner and trig is not None and not before_trigger:
            # "…since the government suspended talks with Russia": that clause's partner
            partner = None if in_subordinate_clause(text, trig.end, _at(c)) else partner
        if (before_trigger or partner) and (possessor or not target) and not route:
            out.append(_at(c))
        elif (target and not possessor) or route:
            placed.append(ce)
    return out


_LISTED = re.compile(r"(?:\s*,)?\s+(?:and|or)\s+(?:the\s+)?|\s*,\s*(?:the\s+)?")


def _at(country: tuple[int, int, str, str]) -> Actor:
    cs, ce, code, name = country
    return Actor(name, "country", code, cs, ce)


def _subjects_own(
    text: str,
    s: int,
    trigger_start: int,
    country: tuple[int, int, str, str],
    countries: list[tuple[int, int, str, str]],
) -> bool:
    """Is the country named at ``cs``..``ce`` the subject's own, told inside its noun phrase:
    a demonym inside a body's name ("An Indian Navy warship", whose body carries the code),
    or a place phrase after a named actor of that country ("Houthi fighters in Yemen")? A
    noun's modifiers and post-modifiers belong to its phrase (Huddleston and Pullum 2002,
    ch. 5), so the country is where the subject is or whose it is, never a second side, and
    CAMEO 1.1b3 codes a domestic actor under its country (ch. 4, "YEMREB"), one side."""
    cs, ce, code, _ = country
    named = ActorFinder.new().find(text[s:trigger_start], s, countries)
    for a in named:
        if a.start <= cs and ce <= a.end and (a.start, a.end) != (cs, ce):
            return True
    if not where_named(text, cs, ce):
        return False
    return any(a.end <= cs and home_country(a) == code for a in named)


def _welcomed_guest(
    trig: Trigger, actors: list[Actor], text: str
) -> tuple[Actor, Actor | None] | None:
    """The person a praise verb of greeting (051 "welcomed", "greeted") receives at a place:
    "Putin welcomed Orban in Moscow", "Orban was welcomed by Putin in Moscow". CAMEO 1.1b3
    codes a guest received as §043 "host a visit"; §051 "praise or endorse" is for what is
    welcomed (a decision, a deal), which is no person. Returns (guest, host), the host when a
    passive names it after "by"; None when the object is not a named person or neither a
    place nor a state welcome's protocol ("with a military ceremony") follows ("welcomed the
    deal in Brussels" stays praise)."""
    if trig.full != "051" or not _GREET.fullmatch(trig.text):
        return None
    for a in actors:
        if a.kind != "person" or a.start < 0:
            continue
        host = None
        if a.start > trig.end and text[trig.end : a.start].strip() == "":
            rest = a.end  # "welcomed Orban in Moscow"
        elif a.end < trig.start and _PASSIVE_GAP.fullmatch(text, a.end, trig.start):
            by = _BY_AGENT.match(text, trig.end)  # "Orban was welcomed by Putin in Moscow"
            rest = by.end() if by else trig.end
            if by is not None:
                host = next((h for h in actors if by.start() < h.start < by.end()), None)
        else:
            continue
        if _AT_PLACE.match(text, rest) or _CEREMONY.match(text, rest):
            return a, host
    return None


_GREET = re.compile(r"(?:welcom|greet)(?:e|es|ed|ing)?", re.IGNORECASE)
_PASSIVE_GAP = re.compile(r"\s+(?:was|were|had been|has been|is|are|will be)\s+")
_BY_AGENT = re.compile(r"\s+by(?:\s+[A-Z][\w'’.-]*){1,4}?(?=\s+(?:in|to|at)\b)")
_AT_PLACE = re.compile(r"\s+(?:in|to|at)\s+(?:the\s+)?[A-Z]")
# a state welcome's protocol ("welcomed Macron with a military ceremony", "with full honours"):
# a guest received, wherever it was (CAMEO 1.1b3 §043 host a visit)
_CEREMONY = re.compile(
    r"\s+with\s+(?:a\s+|an\s+|full\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:ceremony|honou?rs|guard\s+of\s+honou?r|red\s+carpet|parade|gun\s+salute)\b",
    re.IGNORECASE,
)


def _reciprocal_partner(
    text: str, trig: Trigger, source: Actor, actors: list[Actor]
) -> Actor | None:
    """The other side of a reciprocal act's joint subject ("Thailand and Cambodia clashed",
    "Indian and Pakistani troops exchanged fire", "Egypt and Ethiopia held talks"): the actor
    joined to ``source`` by "and" before the trigger, when the act is reciprocal
    (``_reciprocal``); else None."""
    if not _reciprocal(text, trig) or _HOSTING.search(text, max(0, trig.start - 20), trig.end):
        return None
    joined = [
        a
        for a in actors
        if source.end <= a.start < trig.start
        and a.name != source.name
        and (
            AND_JOINT.fullmatch(text, source.end, a.start)
            # "X and the commander of the ELN, Y, signed": the body its head leads
            or office_joined(text, source.end, a.start, a.end)
        )
    ]
    return joined[0] if joined else None


def joint_partner(
    text: str, trig: Trigger, sides: tuple[Actor | None, Actor | None], actors: list[Actor]
) -> Actor | None:
    """The partner of a reciprocal act's joint subject (``_reciprocal_partner``) when no target
    was read, or when the target read is a third party named after the act ("Kenya and Uganda
    signed a border treaty in Nairobi, in a ceremony attended by the AU chairman"; "... after
    meeting the Chinese premier"). CAMEO 1.1b3 codes an agreement or talks between the parties
    that make it (§057, §040); a host or a witness is no party. A third party after "with"
    ("signed a deal with Qatar") is one, and stays the target."""
    source, target = sides
    if source is None:
        return None
    if target is not None and (
        target.start < trig.end or _WITH_PARTY.search(text, max(0, target.start - 40), target.start)
    ):
        return None
    return _reciprocal_partner(text, trig, source, actors)


# "with" and up to four words of a name before a party: "a deal with President Ruto"
_WITH_PARTY = re.compile(r"\bwith\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}$")


# a joint subject that hosts or convenes the act ("Japan and Australia co-hosted talks on…",
# "Norway and Qatar convened a meeting"): co-hosts share the host's part, so they are joint
# sources (CAMEO 1.1b3 §043: the host is the source, a guest the target), and the talks they
# host are between others; never one co-host the other's partner ("co-": jointly, together)
_HOSTING = re.compile(
    r"\b(?:co-?)?(?:host|chair|sponsor|convene|organi[sz]e)(?:s|d|ed|ing)?\b", re.IGNORECASE
)


def _reciprocal(text: str, trig: Trigger) -> bool:
    """Whether the act is one two parties do with each other: the trigger's head verb is in
    the RECIPROCAL class ("clashed"), the trigger is the object of an inflected RECIPROCAL
    verb right before it ("exchanged | artillery fire"), or the trigger's last word is in the
    RECIPROCAL_NOUN class ("held talks", "signed a trade deal"); classes.csv gives sources."""
    words = trig.text.lower().split()
    forms = verb_forms(words[0])
    if forms is not None and forms[0] in word_class("RECIPROCAL"):
        return True
    if _EACH_OTHER.match(text, trig.end):
        # "Armenia and Azerbaijan accused each other": a reciprocal pronoun as the object
        # makes any verb reciprocal (Quirk et al. 1985 §6.30; newuser49 had no target)
        return True
    if words[-1] in word_class("RECIPROCAL_NOUN") or _jointly_done(text, trig):
        return True
    prior = _PRIOR_WORD.search(text, max(0, trig.start - 30), trig.start)
    forms = verb_forms(prior.group(1).lower()) if prior else None
    inflected = forms is not None and bool(forms[1] & {"VBD", "VBN", "VBZ", "VBG"})
    return inflected and forms is not None and forms[0] in word_class("RECIPROCAL")


_PRIOR_WORD = re.compile(r"\b([A-Za-z]+)\s+$")


def _jointly_done(text: str, trig: Trigger) -> bool:
    """Whether the act noun ending ``trig`` is modified by a word of the ``classes.csv`` row
    ``JOINT`` among the three words before it ("held joint naval exercises", "bilateral
    drills"): the act is done together, so the second of a joint subject is the partner, as
    with ``RECIPROCAL_NOUN``."""
    if trig.code[:2] >= "10":
        # "flew joint patrols near Japan": a show of force the partners make together is
        # aimed at neither of them
        return False
    head = trig.end - len(trig.text.split()[-1])
    before = text[max(0, head - 40) : head].lower().split()[-3:]
    return any(w in word_class("JOINT") for w in before)


# the addressee right after the verb ("protested to Cambodia"), and a topic named after it
_TO_ADDRESSEE = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
# "about Cambodia", "over Turkish drilling", "that Japan had violated": whom it is about
_ABOUT = re.compile(r"\b(?:about|against|of|over|that)\s+(?:the\s+)?[A-Z]")


def addressed_to(text: str, trig: Trigger, clause_end: int) -> bool:
    """Whether ``trig`` is a verb of the ``classes.csv`` row ``ADDRESSED_TO`` followed by
    "to" and a name ("Thailand protested to Cambodia"): the "to" phrase is the message's
    recipient, the act's target, unless the clause (ending at ``clause_end``) also names
    whom it is about ("complained to the UN about Cambodia": the UN is the forum)."""
    forms = verb_forms(trig.text.lower().split()[0])
    if forms is None or forms[0] not in word_class("ADDRESSED_TO"):
        return False
    if not _TO_ADDRESSEE.match(text, trig.end):
        return False
    return _ABOUT.search(text, trig.end, clause_end) is None


_EACH_OTHER = re.compile(r"\s+(?:each\s+other|one\s+another)\b", re.IGNORECASE)


def _visited_host(d: _Draft) -> Actor | None:
    """The host of a visit (042) told only by where the visitor went ("Iraq's prime minister
    travelled to Tehran"): the country whose capital, or which itself, is the place named
    after the trigger, when it is not the visitor's own. CAMEO 1.1b3 §042 (make a visit): the
    target is the one visited; a capital stands for its government (``capital_country``).
    None for a town that is no capital ("visited Geneva": a venue, no host) or when the
    visit already has a target, or when the visitor's country is not told (a trip at home
    visits no one) unless the visitor is an international organisation."""
    code = d.trigger.full or d.trigger.code
    loc = d.location
    if code != "042" or d.target is not None or loc is None or loc.place is None:
        return None
    if loc.start < d.trigger.end:
        return None
    host = loc.place.country_code if loc.place.kind == "country" else capital_country(loc)
    visitor = d.source
    if host is None or visitor is None or visitor.country_code == host:
        return None
    if visitor.country_code is None and visitor.kind != "organisation":
        # "The minister travelled to Kyiv": whose minister is not told, and a trip within
        # one's own country visits no host
        return None
    country = load().country(host)
    return Actor(country.name if country else host, "country", host)


def _denier_own_side(d: _Draft) -> bool:
    """The target of a denial (016) is of the denier's own country ("The Kremlin denied that
    Russian troops had attacked"): the denied clause names the denier's side, the one the
    responsibility is denied for. CAMEO 1.1b3 §016 (deny responsibility): the target is the
    one who alleged it, never the denier itself; so no target is better than its own."""
    code = d.trigger.full or d.trigger.code
    src, tgt = d.source, d.target
    return (
        code.startswith("016")
        and src is not None
        and tgt is not None
        and src.country_code is not None
        and src.country_code == tgt.country_code
    )


def _meeting_at_home(d: _Draft, text: str) -> str | None:
    """The code of a meeting (044) told at a named place in one side's country: "042" when
    it is the target's ("Ruto met Xi in Beijing": Ruto made a visit), "043" when it is the
    source's ("Putin met Erdogan in Sochi": Putin hosted one). CAMEO 1.1b3 §044 is "meet at
    a third location", §042 "make a visit", §043 "host a visit". A joint subject ("Putin and
    Xi met in Beijing") has no order of its own: the side away from home made the visit, so
    it becomes the source and the code "042". "040" (consult, the parent) when no place is
    named after "in" or "at" following the trigger, or when both sides are of one country:
    the manual's third location ("different from the home turf of the participants") is then
    not told, and a sub-code the text does not support is worse than the root's parent. None
    (044 kept) for a third country's place or sides whose countries are not known; "040"
    too for a place in the one known side's country ("Macron met union leaders in Lyon"). Swaps
    ``d.source`` and ``d.target`` of a joint subject whose source is the host."""
    code = d.trigger.full or d.trigger.code
    if code == "040":
        return _talks_abroad(d, text)
    loc, src, tgt = d.location, d.source, d.target
    if code != "044":
        return None
    if loc is None or loc.place is None or loc.start < d.trigger.end:
        return "040"  # no place told after the verb: a third location is a guess
    if not _AT_NAMED.search(text, 0, loc.start):
        return "040"
    here = loc.place.country_code
    sides = (src.country_code if src else None, tgt.country_code if tgt else None)
    if sides[0] is not None and sides[0] == sides[1]:
        return "040"  # "the premier met the governors in Lyon": one country's own sides
    if here is None:
        return None
    if None in sides and here != sides[1]:
        # "Macron met union leaders in Lyon": at the known source's home, no third place (a
        # place in the known target's country is the source's visit, 042 below)
        return "040" if here == sides[0] else None
    if src is None or tgt is None:
        return None  # for mypy: both sides have countries here
    if here == tgt.country_code:
        d.joint = False  # the target is now the host, not a co-party
        return "042"
    if here != src.country_code:
        return None
    if d.joint:
        d.source, d.target, d.joint = tgt, src, False
        return "042"
    return "043"


def _talks_abroad(d: _Draft, text: str) -> str | None:
    """ "044" for talks (§040) between sides of two countries told at a named place in
    neither ("Israeli and Palestinian negotiators resumed talks in Cairo"): CAMEO 1.1b3 §044
    "meet at a 'third' location", outside the territories of both parties. None when the
    place is in one side's country (talks say nothing of who visited whom), a side has no
    country, or the place is not named after "in" or "at" following the trigger."""
    loc, src, tgt = d.location, d.source, d.target
    if loc is None or loc.place is None or src is None or tgt is None:
        return None
    if loc.start < d.trigger.end or not _AT_NAMED.search(text, 0, loc.start):
        return None
    here, sides = loc.place.country_code, {src.country_code, tgt.country_code}
    if here is None or None in sides or len(sides) < 2 or here in sides:
        return None
    return "044"


_AT_NAMED = re.compile(r"\b(?:in|at)\s+(?:the\s+)?\Z")

# two countries joined as one subject: "Russia and Ukraine exchanged"


def _joint_subjects(d: _Draft, text: str) -> list[Actor]:
    """The actors of a subject joined by "and" before the trigger, of different countries;
    countries only, except for a statement (``SAID_TO``), where any actor counts: ACLED
    codes an event where it happened, and a joint appeal of two parties says nowhere."""
    said = d.trigger.code in SAID_TO
    before = sorted(
        (
            a
            for a in d.actors
            if (said or (a.kind == "country" and a.country_code))
            and d.clause[0] <= a.start < d.trigger.start
        ),
        key=lambda a: a.start,
    )
    return [
        x
        for a, b in pairwise(before)
        if a.country_code != b.country_code and AND_JOINT.fullmatch(text, a.end, b.start)
        for x in (a, b)
    ]


def _lead_actor(actors: list[Actor], trig: Trigger) -> str:
    """Who did it, for the summary: the named person, unit or organisation nearest before the
    trigger; else a country right before it ("Russia's invasion"); else the first actor that
    is not a country after the trigger."""
    before = [a for a in actors if 0 <= a.start < trig.start]
    named = [a for a in before if a.kind != "country"]
    if named:
        return max(named, key=lambda a: a.start).name
    close = [a for a in before if trig.start - a.end <= 25]
    if close:
        return max(close, key=lambda a: a.start).name
    # a country after the trigger is what was done to or where ("close the border with
    # Chile"), never who did it
    ranked = sorted(
        (a for a in actors if a.kind != "country" or a.start < trig.start), key=_actor_rank
    )
    return ranked[0].name if ranked else ""


def _actor_rank(a: Actor) -> tuple[int, int]:
    return ({"person": 0, "unit": 1, "organisation": 2, "group": 2, "country": 3}[a.kind], a.start)


# "Turkey and the United Nations", "the UN and Turkey": two names joined by "and" alone
_AND = re.compile(r"\s+and\s+(?:the\s+)?")


def coordinated_countries(
    text: str, actors: list[Actor], countries: list[tuple[int, int, str, str]]
) -> list[Actor]:
    """Countries joined by "and" to an actor the clause already has ("brokered by Turkey
    and the United Nations"): two conjuncts of one noun phrase share its role (Quirk et al.
    1985, 13.2), so one co-broker is not a side while the other is dropped."""
    names = {a.name for a in actors}
    out = []
    for c in countries:
        a = _at(c)
        if a.name in names:
            continue
        joined = any(
            _AND.fullmatch(text, a.end, b.start) or _AND.fullmatch(text, b.end, a.start)
            for b in actors
            if b.kind != "country"
        )
        if joined:
            out.append(a)
            names.add(a.name)
    return out


# "a ceasefire between Israel and Hezbollah": the act's two parties named after its noun
_BETWEEN_PAIR = re.compile(r"\s+between\s+(?:the\s+)?[A-Z][^,;.]{0,60}?\s+and\s+(?:the\s+)?[A-Z]")


def _joined_after(d: _Draft, text: str, src: Actor) -> bool:
    """Whether a name is joined to ``src`` (a state or a body) by "and" right after it ("by
    the United States and Saudi Arabia"): a list of agents, each a party of the act."""
    joined = AND_JOINT.match(text, src.end)
    if joined is None or src.kind == "person":
        return False
    # the second name may be no actor of the draft (a pronoun's sentence keeps only its own)
    return text[joined.end() : joined.end() + 1].isupper() or any(
        a.kind == "country" and a.country_code != src.country_code and a.start == joined.end()
        for a in d.actors
    )


def two_parties(d: _Draft, text: str) -> bool:
    """The trigger's subject is two countries joined by "and" ("Russia and Ukraine
    exchanged 84 prisoners"), or, for a statement, a country and another party ("The
    United States and the European Union urged"), or two countries it refers back to ("the
    two governments agreed", ``pair_anaphor``), or the act names its two sides "between"
    them ("A ceasefire between Israel and Hezbollah took effect"), or the source is a list of
    agents ("was endorsed by the EU and Nigeria", ``_joined_after``): a joint act of two
    parties names neither's country as its venue (ACLED: where the event happened)."""
    referred = [a for a in (d.source, d.target) if a and a.kind == "country" and a.start < 0]
    if _joint_subjects(d, text) or (d.joint and len(referred) == 2):
        return True
    src, tgt = d.source, d.target
    if src is not None and d.trigger.code < "14" and _joined_after(d, text, src):
        return True  # "was backed by the United States and Saudi Arabia": two agents
    if src is None or tgt is None or _BETWEEN_PAIR.match(text, d.trigger.end) is None:
        return False
    # a truce between a state and rebels of its own ("between Congo and the M23 rebels") is
    # in that state; only sides of two countries leave the venue open
    homes = {home_country(src) or src.country_code, home_country(tgt) or tgt.country_code}
    return None not in homes and len(homes) == 2
