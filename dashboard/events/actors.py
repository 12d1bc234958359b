"""Named actors: people after a title, organisations, ships and units, each with a country.

People are found after a title ("Defense Minister Gen Nakatani", "leader Kim Jong Un");
later bare surnames ("Nakatani") and sentence-initial pronouns refer back to them.
A person's country comes from the demonym, country, possessive or national body just
before the title; an organisation's from a country named in it or from the national bodies
of ``data/lexicon/bodies.csv`` ("the Revolutionary Guards" are Iran's).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from dashboard.events.lexicon import DATA, word_class
from dashboard.events.sides import body_country, find_bodies
from dashboard.events.tokens import verb_forms
from dashboard.events.where import BETWEEN_PARTIES, DESTINATION_BEFORE

_NAME = r"(?:[A-Z][a-z'’-]+|[A-Z]\.)(?: (?:[A-Z][a-z'’-]+|[A-Z]\.|(?:al|el|bin|ibn|de|van|von)(?:-[A-Z][a-z'’]+)?\b)){0,3}"
_TITLES = (
    r"(?:Prime Minister|Defen[cs]e Minister|Foreign Minister|Defen[cs]e Secretary|Secretary of State|"
    r"Secretary-General|Secretary General|President|Minister|Secretary|Chancellor|King|Queen|"
    r"Crown Prince|Emir|Sheikh|Premier|[Ll]eader|General|Gen\.|Admiral|Adm\.|Ambassador|Chairman|"
    r"Governor|Mayor|Senator|Rep\.|[Ss]pokes(?:man|woman|person)|[Cc]hief|Commander|Pope)"
)
_PERSON = re.compile(rf"\b{_TITLES} (?P<name>{_NAME})")
_ORG_WORDS = (
    r"(?:Force|Forces|Ministry|Army|Navy|Air Force|Council|Party|Agency|Organi[sz]ation|"
    r"Union|Command|Guard|Guards|Corps|Committee|Commission|Bank|Front|Movement|Brigade|"
    r"Fleet|Parliament|Assembly|Congress|Court|Police|Coast Guard|Agency)"
)

# the "of" part of a body's name ("the Organization of American States", "the Ministry of
# Defence"): ACE 2005 takes the whole proper name as one ORG name mention
_OF_NAME = rf"(?:\s+of\s+(?:the\s+)?(?!{_TITLES}\b)[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){{0,3}}\b)?"


@cache
def _org_pattern() -> re.Pattern[str]:
    """Named bodies ("the Foreign Ministry"), and the international organisations and armed
    groups of ``data/lexicon/organisations.csv``, longest name first."""
    with (DATA / "organisations.csv").open(encoding="utf-8", newline="") as fh:
        names = sorted((r["name"] for r in csv.DictReader(fh)), key=len, reverse=True)
    listed = "|".join(re.escape(n) for n in names)
    return re.compile(rf"\b(?:[A-Z][\w’'-]*\s){{1,5}}{_ORG_WORDS}\b{_OF_NAME}|\b(?:{listed})\b")


_SHIP = re.compile(
    r"\b(?P<prefix>ROKS|USS|HMS|HMAS|HMCS|JS|INS|RFS|FS|USNS)\s(?P<name>[A-Z][\w-]+(?: [A-Z][\w-]+)?)"
)
SHIP_COUNTRY = {
    "ROKS": "KR",
    "USS": "US",
    "USNS": "US",
    "HMS": "GB",
    "HMAS": "AU",
    "HMCS": "CA",
    "JS": "JP",
    "INS": "IN",
    "RFS": "RU",
    "FS": "FR",
}
RECENT_PEOPLE = 32  # an article names a handful of people; 32 leaves room for long ones
_PRONOUN = re.compile(r"^\s*[\"“]?(?P<p>He|She)\b")


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str  # person | organisation | unit | country
    country_code: str | None
    start: int = -1
    end: int = -1


@dataclass
class ActorFinder:
    """Finds actors sentence by sentence, remembering the people an article has introduced."""

    people: dict[str, Actor]

    @classmethod
    def new(cls) -> ActorFinder:
        return cls({})

    def find(
        self, sentence: str, offset: int, countries: list[tuple[int, int, str, str]]
    ) -> list[Actor]:
        """``countries``: (start, end, ISO code, name) of country names and demonyms, in article offsets."""
        found: list[Actor] = []
        # named national bodies ("the Kremlin", "the IDF"): actors, and the country of a
        # person titled right after one ("Kremlin spokesman Dmitry Peskov")
        bodies = [
            (offset + s, offset + e, code, name) for s, e, code, name in find_bodies(sentence)
        ]
        owners = sorted(countries + bodies)
        for m in _SHIP.finditer(sentence):
            found.append(
                Actor(
                    m.group(),
                    "unit",
                    SHIP_COUNTRY.get(m["prefix"]),
                    offset + m.start(),
                    offset + m.end(),
                )
            )
        for m in _PERSON.finditer(sentence):
            name = _trim_name(m["name"])
            # a head of state or government is coded by the country led (leaders.csv), which
            # outranks a country named just before the title ("on Syria on Friday, a week
            # after President Donald Trump met…")
            code = leader_country(name) or _country_before(owners, offset + m.start(), window=40)
            person = Actor(
                name, "person", code, offset + m.start("name"), offset + m.start("name") + len(name)
            )
            self.remember(name.split()[-1], person)
            found.append(person)
        for m in _leader_pattern().finditer(sentence):
            start, end = offset + m.start(), offset + m.end()
            if any(a.start <= start and end <= a.end for a in found):
                continue  # already found after a title
            full, code = _leaders()[m.group()]
            leader = Actor(full, "person", code, start, end)
            self.remember(full.split()[-1], leader)
            found.append(leader)
        for m in _org_pattern().finditer(sentence):
            code = _country_within(countries, offset + m.start(), offset + m.end())
            code = code or body_country(m.group())  # "The Revolutionary Guards"
            found.append(
                Actor(m.group().strip(), "organisation", code, offset + m.start(), offset + m.end())
            )
        for start, end, code, name in bodies:
            if not any(a.start <= start and end <= a.end for a in found):
                found.append(Actor(name, "organisation", code, start, end))
        found += self._references(sentence, offset, found)
        return _dedupe(found)

    def remember(self, surname: str, person: Actor) -> None:
        """Keep the most recent ``RECENT_PEOPLE`` people: a sentence is searched for each
        remembered surname, so an unbounded memory would make a long text quadratic."""
        self.people.pop(surname, None)
        self.people[surname] = person
        if len(self.people) > RECENT_PEOPLE:
            del self.people[next(iter(self.people))]

    def _references(self, sentence: str, offset: int, found: list[Actor]) -> list[Actor]:
        refs = []
        names = {a.name for a in found}
        for surname, person in self.people.items():
            for m in re.finditer(rf"\b{re.escape(surname)}\b", sentence):
                if person.name not in names:
                    refs.append(
                        Actor(
                            person.name,
                            "person",
                            person.country_code,
                            offset + m.start(),
                            offset + m.end(),
                        )
                    )
                    names.add(person.name)
        pronoun = _PRONOUN.match(sentence)
        if pronoun and self.people and not refs and not found:
            last = list(self.people.values())[-1]
            refs.append(
                Actor(
                    last.name,
                    "person",
                    last.country_code,
                    offset + pronoun.start("p"),
                    offset + pronoun.end("p"),
                )
            )
        return refs


@cache
def _leaders() -> dict[str, tuple[str, str]]:
    """``data/lexicon/leaders.csv``: each written name of a head of state or government ->
    (the person's one name, ISO2). CAMEO's actor dictionaries code such a person by the
    country they lead (Schrodt, CAMEO 1.1b3, ch. 4: actor codes), so "Putin" is Russia's
    side as "the Kremlin" is; a surname others share widely ("Kim", "Johnson") is left out."""
    with (DATA / "leaders.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        if not (r["name"] and r["person"] and len(r["iso2"]) == 2 and r["source"].strip()):
            raise ValueError(f"leaders.csv: bad row {r!r} (name, person, iso2, source set)")
    return {r["name"]: (r["person"], r["iso2"]) for r in rows}


@cache
def _leader_pattern() -> re.Pattern[str]:
    names = "|".join(re.escape(n) for n in sorted(_leaders(), key=len, reverse=True))
    if not names:
        return re.compile(r"(?!)")  # an empty table names no one
    # a possessive may follow ("Putin's"), a name may not go on ("Xi'an", "Trump-era")
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-]|['’](?!s\b)\w)")


def leader_country(name: str) -> str | None:
    """The ISO2 of a head of state or government named ``name`` (whole, or by the last
    word), else ``None``.

    >>> leader_country("Vladimir Putin"), leader_country("Xi"), leader_country("Anne Smith")
    ('RU', 'CN', None)
    """
    known = _leaders()
    found = known.get(name) or known.get(name.split()[-1]) if name else None
    return found[1] if found else None


def _trim_name(name: str) -> str:
    # "Kim Jong Un" stays whole; a trailing sentence word glued on ("Nakatani Said") is rare
    # enough in news copy to ignore.
    return name.strip()


def _country_before(
    countries: list[tuple[int, int, str, str]], pos: int, window: int
) -> str | None:
    best = None
    for start, end, code, _ in countries:
        if pos - window <= start and end <= pos:
            best = code
    return best


def _country_within(countries: list[tuple[int, int, str, str]], start: int, end: int) -> str | None:
    for s, e, code, _ in countries:
        if start <= s and e <= end:
            return code
    return None


def _dedupe(actors: list[Actor]) -> list[Actor]:
    seen: set[str] = set()
    out = []
    for a in sorted(actors, key=lambda a: a.start):
        if a.name not in seen and not any(a.name in b.name and a.name != b.name for b in actors):
            seen.add(a.name)
            out.append(a)
    return out


# Words between a trigger and a name that make the name a place or a path, not the target.
_NOT_TARGET = re.compile(
    r"\b(?:in|at|near|from|across|throughout|inside|outside|into|over|around|off|via|during|"
    r"reach|reaching|toward|towards|to|of|"
    # a time adjunct ("shortly before the U.S. presidential election") names no target
    r"before|after|until|since|amid|ahead\s+of)\s+(?:the\s+)?(?:\w+ern\s+|"
    # "in south Lebanon", "in north-east Syria": a compass word names part of the place
    r"(?:north|south|east|west|central|far)(?:[- ]?(?:east|west))?\s+)?$",
    re.IGNORECASE,
)
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
# a non-restrictive relative clause after the object ("fired tear gas at protesters opposing
# the result, which the commission said X had won"): a clause of its own, so whom it names is
# no target of the coded verb (CAMEO 1.1b3: the target is the coded verb's object)
_RELATIVE_BETWEEN = re.compile(r",\s+(?:which|who|whom|whose)\b", re.IGNORECASE)
# a relative clause telling what the object did to people ("an attack that killed three US
# soldiers"): those people are its victims, not the act's target (CAMEO's target is the
# object of the coded verb)
_VICTIMS_CLAUSE = re.compile(
    r"\b(?:that|which)\s+(?:had\s+|has\s+)?(?:killed|wounded|injured|hit|struck|targeted|"
    r"left|destroyed|damaged)\b",
    re.IGNORECASE,
)
# a diplomat's host state after "to"/"in" is no place of the act but its target (CAMEO 1.1b3
# §161 and §174: recalling or expelling an envoy reduces relations with the host)
_HOST = re.compile(
    r"\b(?:ambassadors?|envoys?|embassy|embassies|diplomats?|consuls?|consulates?|"
    r"charg[eé] d'affaires)\s+(?:to|in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a determiner or a count before an object's demonym: "three", "28", "the two", "some"
_HELD_GAP = re.compile(
    r"\s+(?:the\s+|some\s+|several\s+|dozens\s+of\s+|hundreds\s+of\s+)?"
    r"(?:\d[\d,]*\s+|(?:two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty)\s+)?"
)
# a passive's agent after "by", a title allowed before a person's name ("by President"); a
# nominal act's object may stand between ("the seizure of the tanker by the Iranian navy":
# ACE 2005 guidelines, the "by" phrase of an event noun is its Agent argument)
_AGENT = re.compile(
    r"^\s*(?:\w+\s+){0,3}?by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*\s+){0,3}$", re.IGNORECASE
)
# what stands between a person named by nationality and the act they suffered: "a Nigerian
# police officer died in an attack", "a Thai soldier lost a leg to a landmine". CAMEO 1.1b3
# (actor coding): the source does the act and the one it was done to is its target, so the
# subject of "died in" or "lost ... to" is a victim (ACE 2005 Life:Die, the Victim argument)
_VICTIM_OF = re.compile(
    r"\b(?:died|dies|perished|(?:was|were)\s+(?:killed|wounded|injured|hurt|maimed)|"
    r"lost\s+(?:a|an|his|her|their|both)\s+[a-z]+)\s+(?:in|to|during|from)\s+"
    r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)
# a country joined to a participle of ownership or registry ("the Greek-managed tanker", "a
# Liberia-flagged ship"): who owns, runs or flags what was acted on, never who acted (ACLED
# codebook: a vessel's flag or owner is not an actor of the event)
OWNER_AFTER = re.compile(
    r"[-‐‑](?:flagged|registered|owned|operated|managed|chartered|crewed)\b", re.IGNORECASE
)


# a reporting verb right after an actor after the trigger: the reporter ("…on Tuesday, the
# Kremlin said")
REPORTER_AFTER = re.compile(
    r"\s+(?:said|says|reported|reports|announced|told|added|claimed|confirmed|stated|"
    r"denied|denies|rejected|rejects)\b",
    re.IGNORECASE,
)
# two countries' men joined in one subject: "Malian troops and Russian"
_AND_JOINT = re.compile(r"\s+and\s+(?:the\s+)?")
_JOINT = re.compile(r"(?:\s+[A-Za-z-]+){0,2}(?:\s+and|,)\s+(?:the\s+)?")
# a trigger that holds its own passive ("drones were shot down", "officers came under
# fire"): what stands before it was done to
_PASSIVE_INSIDE = re.compile(
    r"\b(?:(?:was|were|been|being)\s+(?:\w+\s+)?(?:shot|downed|intercepted|hit|struck|"
    r"attacked|targeted|killed)|(?:came|come|comes|coming)\s+under)\b",
    re.IGNORECASE,
)
# what stands between the one told to act and the act: "Israel on Friday to halt"
_TOLD_TO = re.compile(r"\s+(?:(?:late |early )?on \w+\s+)?to\s+")


def _told(text: str, a: Actor, trigger_start: int) -> bool:
    """``a`` stands between a verb and "to" + the trigger ("ordered Israel to halt")."""
    if not _TOLD_TO.fullmatch(text, a.end, trigger_start):
        return False
    verb = _VERB_END.search(text, max(0, a.start - 30), a.start)
    forms = verb_forms(verb["verb"].lower()) if verb else None
    return forms is not None and bool({"VBD", "VBZ", "VBP"} & set(forms[1]))


_VERB_END = re.compile(r"\b(?P<verb>[a-z]+)\s+(?:the\s+)?$")


def roles(
    text: str,
    trigger_start: int,
    trigger_end: int,
    clause: tuple[int, int],
    actors: list[Actor],
    pool: list[Actor],
    spans_object: bool = False,
    recipient_to: bool = False,
    stance: bool = False,
    asked: bool = False,
) -> tuple[Actor | None, Actor | None]:
    """CAMEO's source and target actors of one trigger.

    The source is the actor nearest before the trigger in its clause (the subject side), a
    person, unit or organisation before a country; the target is the first actor after the
    trigger that is not a place or a path ("invaded Ukraine", "sanctions against Russia"),
    or, with ``spans_object`` (a verbal trigger, not force: "launched Iranian drones" names
    a weapon's origin), the one right after the verb of a trigger that spans its object
    ("warned China against", "urged Iran to free"); with ``recipient_to`` (aid given or
    pledged, CAMEO 1.1b3 §07 and §033) the actor after "to" is the recipient; with ``stance``
    (a comment told by a predicative adjective, CAMEO 1.1b3 §012 and §013: "was concerned")
    the subject is the commenter, never read as a passive's patient. With ``asked`` (an
    appeal or demand, CAMEO 1.1b3 §02 and §10) the one told to act ("ordered Azerbaijan to
    allow the return of ethnic Armenians") is the target, before anyone the act names.
    A passive agent swaps them: "protesters were arrested by Police" has Police as source.
    """
    actors = [a for a in actors if not _in_fronted_clause(text, a.start, trigger_start)]
    # "agreed to a ceasefire after talks mediated by Qatar", "signed at a ceremony hosted by
    # the United States": a third party's role, no side of the act (CAMEO 1.1b3 codes the
    # mediation itself as §045 when it is the subject's act)
    actors = [a for a in actors if not _third_party(text, a, trigger_start, trigger_end)]
    pool = [a for a in pool if not _third_party(text, a, trigger_start, trigger_end)]
    in_clause = [a for a in actors if clause[0] <= a.start < trigger_start]
    wider = [a for a in actors if a.start < trigger_start]
    before, sided = _candidates(text, in_clause or wider, clause, trigger_start, trigger_end)
    if not sided and in_clause and len(wider) > len(in_clause):
        # "it was following events in Mali closely and urged": the clause's only name is a
        # place ("in Mali"), so the subject stands before the clause's stretch (CAMEO 1.1b3:
        # the source is the verb's subject, never where the act is)
        wide, sided = _candidates(text, wider, clause, trigger_start, trigger_end)
        before = wide if sided else before
    # "ordered Israel on Friday to halt", "asked Iran to free": the one told to act is the
    # addressee of the governing verb, so CAMEO's target of the act coded through it
    addressee = next((a for a in before if spans_object and _told(text, a, trigger_start)), None)
    before = [a for a in before if a is not addressee]
    named = [a for a in before if a.kind != "country"]
    source = max(named or before, key=lambda a: a.start) if (named or before) else None
    # "Malian troops and Russian mercenaries killed": of a joint subject, the first named is
    # the source (CAMEO's and GDELT's Actor1)
    while source is not None and source.kind == "country":
        first = next(
            (
                a
                for a in before
                if a.kind == "country" and _JOINT.fullmatch(text, a.end, source.start)
            ),
            None,
        )
        if first is None:
            break
        source = first
    # "The United States and the European Union urged": a joint subject of any kinds, the
    # first named is the source too (CAMEO 1.1b3 dyadic coding; GDELT's Actor1); "and" only,
    # since a comma may open an apposition ("the IAEA's head, Rafael Grossi, said")
    while source is not None:
        first = next((a for a in before if _AND_JOINT.fullmatch(text, a.end, source.start)), None)
        if first is None:
            break
        source = first
    target = None
    if source is not None and _VICTIM_OF.search(text, source.end, trigger_start):
        # "a Nigerian police officer died in an attack by gunmen": the victim, not the source
        source, target = None, source
    # "the meeting between the American and Chinese presidents": the act's two parties
    pair = _parties_between(text, trigger_end, clause, pool)
    if pair is not None:
        return pair
    # "three people were killed in an Israeli airstrike": the actor after a passive verb acts
    passive = re.search(
        r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?$",
        text[max(0, trigger_start - 20) : trigger_start],
    )
    # a gapped trigger holds its object: "warned China against", "urged Iran to free"
    words = text[trigger_start:trigger_end].split(maxsplit=1)
    if passive and words:
        # "is considering sanctions", "are planning strikes": a progressive, not a passive
        forms = verb_forms(words[0].lower().strip(".,;:"))
        passive = passive if forms is not None and "VBN" in forms[1] else None
    passive = passive or _PASSIVE_INSIDE.search(text, max(0, trigger_start - 12), trigger_end)
    passive = None if stance else passive
    head_end = trigger_start + len(words[0]) if words else trigger_end
    topical = bool(words) and words[0].lower().startswith(("discuss", "debat"))
    received = _RECEIVED.search(text, max(0, trigger_start - 30), trigger_start) is not None
    if recipient_to and not passive:
        # "extradited a Russian hacker to the United States": the receiver, not the object's
        # nationality, is the target
        target = next(
            (
                a
                for a in pool
                if trigger_end <= a.start < clause[1]
                and _TO_BEFORE.search(text, max(trigger_end, a.start - 8), a.start)
            ),
            None,
        )
        if target is not None:
            return source, target
    for a in pool:
        if a.start >= clause[1] or (source and a.name == source.name):
            continue
        # "recalled its ambassador to France": a diplomat's host state is the one dealt with
        host = _HOST.search(text, max(0, a.start - 40), a.start) is not None
        if a.start < trigger_end:
            if head_end <= a.start and _claimant().match(text[head_end : a.start]):
                target = a  # "rejected an appeal by Russia", one lexicon phrase
                break
            if head_end <= a.start and _AGENT.match(text[head_end : a.start]):
                # "boarded by Iranian forces", one lexicon phrase
                return a, _patient(text, source, target, trigger_start)
            if (
                spans_object
                and head_end <= a.start
                and _OBJECT_GAP.fullmatch(text, head_end, a.start)
            ):
                target = a
                break
            if (
                a.kind == "country"
                and head_end <= a.start
                and (
                    # a demonym ("Israeli"), not the country's name: "discussed Ukraine"
                    # names a topic, "released three Israeli hostages" whose hostages
                    (
                        _HELD_GAP.fullmatch(text, head_end, a.start)
                        and text[a.start : a.end] != a.name
                    )
                    or host
                )
            ):
                # "released three Israeli hostages", "deported 28 Afghan men": the object's
                # nationality, inside the trigger's span, is who it was done to; so is a
                # recalled envoy's host ("recalled its ambassador to France")
                target = a
                break
            continue
        between = text[trigger_end : a.start]
        if REPORTER_AFTER.match(text, a.end):
            break  # "…, the Kremlin said, but …": who reports it is no party, nor what follows
        if _RELATIVE_BETWEEN.search(between):
            break  # "…, which the commission said X had won": that clause's, not the act's
        if topical and _OBJECT_GAP.fullmatch(between):
            continue  # "discussed Syria and trade": a topic; "discussed with Iran" a party
        near_place = _NOT_TARGET.search(text, max(trigger_end, a.start - 30), a.start)
        if received and _FROM_ONLY.fullmatch(between):
            # "drew criticism from the UN": the UN criticised the subject
            return a, _patient(text, source, target, trigger_start)
        if _claimant().match(between) or _claimant().match(text[head_end : a.start]):
            # "dismissed a counterclaim by Azerbaijan": the claimant is what the ruling was
            # done to; the court is the source (classes.csv SUIT)
            target = a
            break
        if (
            _AGENT.match(between)
            or _AGENT.match(text[head_end : a.start])
            or (passive and a.kind == "country" and len(between) < 30 and not near_place)
        ):
            # but "struck by a drone off the coast of Yemen" names a place, not who struck
            return a, _patient(text, source, target, trigger_start)
        if spans_object and _VICTIMS_CLAUSE.search(between):
            break  # "condemned an attack that killed three US soldiers": the victims are no party
        blocked = _NOT_TARGET.search(text, max(trigger_end, a.start - 30), a.start)
        # "pledged $500 million in aid to Ukraine": aid goes "to" its recipient, the target
        given = recipient_to and blocked is not None and blocked.group().lower().startswith("to")
        if host or blocked is None or given:
            target = a
            break
    placed = source is not None and _PLACE_BEFORE.search(
        text, max(0, source.start - 8), source.start
    )
    if addressee is not None and (target is None or asked):
        # "ordered Serbia to compensate Kosovo Albanian victims": the state ordered is the
        # demand's target, not those the ordered act would benefit (CAMEO 1.1b3 §10)
        target = addressee
    if received and target is None and source is not None:
        # "drew criticism on Tuesday": the subject drew the act, no one named made it
        return None, source
    if passive and target is None and source is not None and not placed:
        # "Two Chinese nationals were arrested in Manila": with no agent named, a passive's
        # subject is what was done to, not who did it (CAMEO's target, GDELT's Actor2)
        return None, source
    return source, target


# a perception verb whose object is the trigger ("heard artillery fire", "saw heavy
# shelling", "reported hearing gunfire"): its subject is a witness, which ACE 2005 gives no
# argument role in the event perceived (an Attack's Attacker is who carried it out); not
# "observe", which also means to comply ("both sides observed the truce")
_PERCEIVED = re.compile(
    r"\b(?:hear|hears|heard|hearing|see|sees|saw|seen|witness(?:es|ed|ing)?|"
    r"spott(?:ed|ing)|detect(?:s|ed|ing)?|notic(?:e|es|ed|ing))\s+(?:the\s+)?(?:sounds?\s+of\s+)?"
    r"(?:[a-z-]+\s+){0,2}$",
    re.IGNORECASE,
)


def witnessed_from(text: str, trigger_start: int) -> int:
    """Where the perception verb whose object is the trigger starts ("had heard artillery
    fire"), so that the actors before it are witnesses; -1 when there is none."""
    m = _PERCEIVED.search(text, max(0, trigger_start - 60), trigger_start)
    return m.start() if m else -1


# the agents of a mediating participle, the later of a list too ("brokered by Saudi Arabia
# and the United States")
_THIRD_PARTY = re.compile(
    r"\b(?:mediated|brokered|hosted|sponsored|facilitated|convened|arranged)\s+by\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s*(?:,\s*|\s+and\s+))*"
    r"(?:the\s+)?$"
)


def _third_party(text: str, a: Actor, trigger_start: int, trigger_end: int) -> bool:
    """``a`` is the agent of a mediating or hosting participle that is not the trigger
    itself ("talks mediated by Qatar" beside "agreed")."""
    m = _THIRD_PARTY.search(text, max(0, a.start - 90), a.start)
    return m is not None and not trigger_start <= m.start() < trigger_end


# "the ship, which was sailing from Mombasa to Oman when armed men took it": a voyage's ports
# are where it came from and went, neither side of what befell it (ACLED codebook: a vessel's
# route names no actor)
ROUTE_BEFORE = re.compile(
    r"\b(?:sail(?:s|ed|ing)?|travel(?:s|l?ed|l?ing)|steam(?:ed|ing)|voyage|journey|route|"
    r"en\s+route|on\s+(?:its|their)\s+way)\s+from\s+(?:the\s+)?(?:(?:[\w'-]+\s+){1,3}?to\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)


def _candidates(
    text: str, before: list[Actor], clause: tuple[int, int], trigger_start: int, trigger_end: int
) -> tuple[list[Actor], bool]:
    """The actors of ``before`` that may be the trigger's source, and whether any is a side
    (not only a place or a diplomat's host named before it)."""
    # "a tanker bound for India was seized": where it was going is neither side
    before = [
        a
        for a in before
        if not DESTINATION_BEFORE.search(text, max(0, a.start - 40), a.start)
        and not ROUTE_BEFORE.search(text, max(0, a.start - 60), a.start)
    ]
    # "the Kremlin spokesman said Ukrainian drones attacked": who says it is no side of what
    # is said (ACE 2005: the reporting event is an event of its own)
    told = [a for a in before if not _speaker(text, a, trigger_start)]
    before = told if told else before
    # "its patrols had heard artillery fire": who perceived the act did not do it
    seen = witnessed_from(text, trigger_start)
    before = [a for a in before if not 0 <= a.start < seen]
    # "An Israeli air strike on a house in southern Lebanon killed five": a country named as
    # where ("in …") is no side when another actor stands before the trigger
    # likewise a diplomat's host ("The US ambassador to Japan visited…": the US is the side)
    # the countries "between" which a cable or border runs are never its side ("the cable
    # between Finland and Estonia had been cut": nothing is guessed); those between whom the
    # trigger itself is ("fighting between Sudan's army and the RSF") are its sides
    before = [a for a in before if not _between_other(text, a, trigger_start, trigger_end)]
    owners = [a for a in before if OWNER_AFTER.match(text, a.end)]
    before = [a for a in before if a not in owners]
    # "Venezuela's detention of two American citizens was criticized", "The arrest of Ousmane
    # Sonko ... sparked riots": who a nominal act was done to is no side of the next verb
    done_to = nominal_object(text, clause[0], trigger_start)
    before = [a for a in before if not (done_to <= a.start < trigger_start)]
    # "Gunmen crossed into Togo and attacked": where a mover went is never who acted, even
    # when the subject is no named actor (CAMEO 1.1b3: the source is the verb's subject)
    before = [a for a in before if not _INTO_BEFORE.search(text, max(0, a.start - 30), a.start)]
    sides = [
        a
        for a in before
        if not _PLACE_BEFORE.search(text, max(0, a.start - 30), a.start)
        and not _HOST.search(text, max(0, a.start - 40), a.start)
    ]
    return (sides or before), bool(sides)


# a subject headed by a nominal act done to people or places and its "of" object ("Pakistan's
# expulsion of Afghan refugees", "The arrest of opposition leader X"): ACE 2005 annotates an
# event noun's "of" phrase as its Person/Target argument, so it takes no part in the clause's
# own verb (CAMEO 1.1b3 codes the verb's subject as source)
_NOMINAL_OF = re.compile(
    r"(?:['’]s\s+|\b[Tt]he\s+)(?:[a-z-]+\s+)?(?:arrest|detention|expulsion|deportation|"
    r"extradition|killing|murder|assassination|execution|abduction|kidnapping|seizure|capture|"
    r"jailing|imprisonment|sentencing|torture|shooting|beating|eviction|ouster|annexation|"
    r"invasion|occupation|blockade|bombing|shelling)s?\s+of\s+"
)


# a verbal act the subject draws or meets with ("drew criticism from the UN", "faced
# condemnation from Washington"): CAMEO 1.1b3 codes who criticised as the source, the one
# who drew it as the target, as for the passive "was criticized by"
_RECEIVED = re.compile(
    r"\b(?:dr[ae]ws?|drawn|drawing|faced?|faces|facing|received?|receives|attract(?:ed|s)?|"
    r"(?:met|meets|meeting)\s+with)\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)
_FROM_ONLY = re.compile(r"\s+from\s+(?:the\s+)?")


@cache
def _claimant() -> re.Pattern[str]:
    """What stands between a ruling or a rejection and the party whose suit or proposal it
    answers: "a counterclaim by", "an appeal lodged by the", "a proposal by" (the ``SUIT``
    and ``PROPOSAL`` nouns of ``classes.csv``)."""
    words = word_class("SUIT") | word_class("PROPOSAL")
    nouns = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(
        rf"^\s*(?:\w+\s+){{0,3}}?(?:{nouns})s?\s+(?:(?:filed|lodged|brought|made)\s+)?by\s+"
        r"(?:the\s+)?$",
        re.IGNORECASE,
    )


def nominal_object(text: str, start: int, trigger_start: int) -> int:
    """Where the "of" object of a nominal act opening the clause before the trigger starts,
    or ``trigger_start`` when there is none."""
    m = _NOMINAL_OF.search(text, start, trigger_start)
    return m.end() if m is not None else trigger_start


def _patient(
    text: str, source: Actor | None, victim: Actor | None, trigger_start: int
) -> Actor | None:
    """What an act with a "by" agent was done to: the victim, else the actor before the
    trigger unless it only speaks of the act ("Greek authorities confirmed the seizure of
    the tanker by the Iranian navy": ACE 2005, the reporting event is an event of its own)."""
    if source is None:
        return victim
    return None if _speaker(text, source, trigger_start) else source


_TO_BEFORE = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
_BETWEEN_AFTER = re.compile(r"\s+between\s+(?:the\s+)?")
_AND_NEXT = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+and\s+(?:the\s+)?")


def _parties_between(
    text: str, trigger_end: int, clause: tuple[int, int], pool: list[Actor]
) -> tuple[Actor, Actor] | None:
    """The two parties named right after the trigger as "between X and Y" ("the meeting
    between the American and Chinese presidents", "talks between Armenia and Azerbaijan"):
    CAMEO 1.1b3 codes a dyad, the first named as source and the second as target."""
    m = _BETWEEN_AFTER.match(text, trigger_end)
    if m is None:
        return None
    first = next((a for a in pool if a.start == m.end()), None)
    if first is None:
        return None
    for a in pool:
        if first.end < a.start < clause[1] and _AND_NEXT.fullmatch(text, first.end, a.start):
            return (first, a) if a.name != first.name else None
    return None


# what runs "between" two countries and so names no side: a link or a line on the map
_LINKS = frozenset(
    "cable cables pipeline pipelines border borders frontier boundary bridge line road railway "
    "corridor tunnel route link interconnector strait waters".split()
)


def _between_other(text: str, a: Actor, trigger_start: int, trigger_end: int) -> bool:
    """Is ``a`` named "between" two countries that a link runs between ("the cable between
    Finland and Estonia"), not the parties of an act ("talks between Armenia and
    Azerbaijan", "fighting between the army and the RSF")?"""
    m = BETWEEN_PARTIES.search(text, max(0, a.start - 40), a.start)
    if m is None or trigger_start <= m.start() <= trigger_end + 1:
        return False
    words = text[max(0, m.start() - 30) : m.start()].split()
    return bool(words) and words[-1].lower() in _LINKS


_SPEAKER_AFTER = re.compile(
    r"(?:['’]s)?(?:\s+[\w-]+){0,2}?\s+(?:said|says|told|announced|claimed|reported|added|"
    r"stated|confirmed|alleged|insisted)\b"
)


def _speaker(text: str, a: Actor, trigger_start: int) -> bool:
    """Is ``a`` the subject of a reporting verb that stands between it and the trigger
    ("the Kremlin spokesman said Ukrainian drones attacked"), and not the one the reported
    clause's pronoun subject takes up again ("Russia's foreign ministry said it urged")?"""
    m = _SPEAKER_AFTER.match(text, a.end)
    if m is None or m.end() > trigger_start:
        return False
    resumed = _RESUMED.match(text, m.end())
    if resumed is None or resumed.end() > trigger_start:
        return True
    pronoun = resumed["pro"].lower()
    return (pronoun == "it") == (a.kind == "person")


# the reported clause's subject a pronoun ("said on Thursday that it was following..."): it
# takes up the speaker (ACE 2005 coreference: a pronoun is a mention of the entity it refers
# to), so the speaker is the subject, CAMEO's source, of what that clause says it did
_RESUMED = re.compile(
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+\w+day|\s+(?:today|yesterday))?,?"
    r"(?:\s+that)?\s+(?P<pro>it|he|she)\b",
    re.IGNORECASE,
)


# a subordinate clause that opens the sentence ("Unless Hamas releases the hostages, the army
# will…", "When rebels fired on the convoy, troops…"): its subject is not the main clause's
_FRONTED_CLAUSE = re.compile(
    r"(?:Unless|If|Although|Though|While|Whereas|Once|Until|Because|When|After|Before|Since)"
    r"\b[^,;.]{0,150},"
)


def _in_fronted_clause(text: str, at: int, trigger_start: int) -> bool:
    """Is offset ``at`` inside a subordinate clause that opens its sentence and ends before
    the trigger (Huddleston and Pullum 2002, ch. 8: an adjunct clause has its own subject)?"""
    stop = text.rfind(". ", 0, at)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    m = _FRONTED_CLAUSE.match(text, start)
    return m is not None and at < m.end() <= trigger_start


# "crossed into eastern Chad and attacked": the goal of a motion is a place, no actor (ACE
# 2005 Movement:Transport: Destination is a place argument, distinct from the Agent)
_INTO_BEFORE = re.compile(
    r"\binto\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$", re.IGNORECASE
)
_PLACE_BEFORE = re.compile(
    r"\b(?:in|at|near|from|across|inside)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+)?$",
    re.IGNORECASE,
)


# Who a sentence cites for what it reports (ACE 2005: the reporting event is not the reported
# one, and its speaker is no participant of it): "..., a British maritime agency said.",
# "According to the Turkish ministry, ...", "..., according to Ukraine's air force."
_SAID_AT_END = re.compile(
    r",\s+(?P<who>(?:[\w’'.-]+\s+){1,8}?)(?:said|says|reported|reports|added|announced|"
    r"confirmed|told\s+[\w.-]+(?:\s+[\w.-]+)?)(?:\s+(?:on\s+)?(?:\w+day|today|yesterday|"
    r"late\s+on\s+\w+day))?\s*[.!]?[\"”]?\s*$"
)
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+(?P<who>[^,;.]{1,80})(?=[,;.]|$)")
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")


def attributions(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Spans (article offsets) naming whom a sentence cites: whoever is named there reports
    the event and is neither its source nor its target.

    >>> attributions("Rebels fired at a tanker, a British maritime agency said.", 0)
    [(24, 57)]
    """
    spans = []
    end = _SAID_AT_END.search(sentence)
    if end is not None:
        spans.append((offset + end.start(), offset + end.end()))
    spans += [(offset + m.start(), offset + m.end()) for m in _ACCORDING_TO.finditer(sentence)]
    return spans


# "Kyiv said (on Sunday) (that) ...", "Officials told reporters ...": who opens a sentence
# by saying what follows
_SAID_LEAD = re.compile(
    r"^\s*[\"“]?(?P<who>(?:[\w’'.-]+\s+){0,7}?[\w’'.-]+)\s+(?:said|says|told\s+[\w.-]+)"
    r"(?:\s+(?:on\s+|late\s+on\s+)?(?:\w+day|today|yesterday))?(?:\s+that)?\s+"
)
# a word in what is said that points back to the speaker: "Moscow said its jets struck..."
_BACK = re.compile(r"\b(?:it|its|itself|they|their|them|themselves|we|our)\b")


def leading_speaker(sentence: str, offset: int, triggers: list[int]) -> tuple[int, int] | None:
    """The span (article offsets) naming who speaks when a sentence opens "X said ..." and
    what X says does not point back to X: the speaker reports the event, like a cited
    source at the sentence's end, and is no side of it. ``triggers``: the article offsets
    of the sentence's event triggers (not its reporting verbs).

    >>> leading_speaker("Kyiv said a missile struck Odesa.", 0, [17])
    (0, 4)
    >>> leading_speaker("Moscow said its jets struck Odesa.", 0, [21]) is None
    True
    """
    m = _SAID_LEAD.match(sentence)
    if m is None:
        return None
    if any(offset <= t < offset + m.end() for t in triggers):
        return None  # the speaker's words hold an event of their own ("Rebels who attacked...")
    after = [t - offset for t in triggers if t >= offset + m.end()]
    if not after or _BACK.search(sentence, m.end(), after[0]):
        return None
    return offset + m.start("who"), offset + m.end("who")


def within(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether offset ``start`` falls inside one of ``spans``."""
    return any(s <= start < e for s, e in spans)


def reporting_country(
    text: str, spans: list[tuple[int, int]], countries: list[tuple[int, int, str, str]]
) -> str | None:
    """A country named as the owner of the cited body ("Ukraine's air force said"): its own
    forces report what happened on its soil, so it may place an attack with no place named."""
    for cs, ce, code, _ in countries:
        if within(spans, cs) and _POSSESSIVE_AFTER.match(text, ce):
            return code
    return None
