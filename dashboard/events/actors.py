"""Named actors: people after a title, organisations, ships and units, each with a country.

People are found after a title ("Defense Minister Gen Nakatani", "leader Kim Jong Un");
later bare surnames ("Nakatani") and sentence-initial pronouns refer back to them.
A person's country comes from the demonym, country, possessive or national body just
before the title; an organisation's from a country named in it or from the national bodies
of ``data/lexicon/bodies.csv`` ("the Revolutionary Guards" are Iran's).

This module finds the actors (``Actor``, ``ActorFinder``, ``leader_country``); what part
they play in one trigger is ``source_target.roles`` (with ``source_candidates``), and whom a
sentence cites is ``attribution``.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from functools import cache

from dashboard.analysis import DATELINE
from dashboard.events.group_anaphor import GroupMemory
from dashboard.events.leaders import _leader_pattern, _leaders, leader_country
from dashboard.events.lexicon import DATA, load, sourced_rows, word_class
from dashboard.events.office_killing import office_apposed_names
from dashboard.events.person_names import completed, cut_at_initial, namesake, surnames
from dashboard.events.prefilter import Gated, gated
from dashboard.events.pronoun_antecedent import PersonTrail
from dashboard.events.sides import body_country, find_bodies
from dashboard.events.tokens import _lemmas, verb_forms
from dashboard.events.unfound_places import kind_words

# a regnal or dynastic number closes a name ("King Mohammed VI", "Pope Leo XIV")
# a hyphenated part keeps its capitalised second half ("Diaz-Canel", "Francois-Philippe"):
# a name word is a letter run with hyphens only between letters, never cut at one
# Letters of the Latin script with their accents (Unicode's Latin-1 Supplement and Latin
# Extended-A/B, U+00C0-U+024F), split by case, so that "Andrés Manuel López Obrador" and
# "Łukasz" are whole names, not cut at the first accented letter
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.islower())
_NAME_WORD = rf"[{_UPPER}][{_LOWER}'’]+(?:-[{_UPPER}{_LOWER}][{_LOWER}'’]*)*"
_NAME = (
    # initials may run together ("K.P. Sharma Oli", "J.R. Jayewardene")
    rf"(?:{_NAME_WORD}|(?:[A-Z]\.){{1,3}})(?: (?:{_NAME_WORD}|(?:[A-Z]\.){{1,3}}|"
    rf"(?:al|el|bin|ibn|de|van|von|der|den)(?:-[{_UPPER}][{_LOWER}'’]+)?\b)){{0,3}}(?: [IVX]{{1,5}}\b)?"
)
_TITLES = (
    # a role in lower case before the name ("former president Rodrigo Duterte", "prime
    # minister Imran Khan") is the AP style for a past or foreign office (AP Stylebook,
    # titles: capitalise a formal title only directly before a name and not after "former")
    r"(?:[Pp]rime [Mm]inister|Defen[cs]e Minister|Foreign Minister|Defen[cs]e Secretary|Secretary of State|"
    r"Secretary-General|Secretary General|[Pp]resident|Minister|Secretary|Chancellor|King|Queen|"
    r"Crown Prince|Emir|Sheikh|Premier|[Ll]eader|General|Gen\.|Admiral|Adm\.|Ambassador|Chairman|"
    r"[Gg]overnor|[Mm]ayor|Senator|Rep\.|[Ss]pokes(?:man|woman|person)|[Cc]hief|Commander|Pope|"
    # a person named by a political role ("presidential hopeful X", "opposition figure X"):
    # CAMEO 1.1b3's actor codebook codes such people by country and role (OPP, candidates
    # under their party or OPP), never as the bare state, so the name is the actor
    r"[Pp]residential hopeful|[Oo]pposition (?:hopeful|candidate|figure|politician))"
)
# a day or a month after a title is its time, no name ("met the president Monday")
_NOT_A_NAME = (
    r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|"
    r"April|June|July|August|September|October|November|December)\b)"
)
# an honorific between the title and the name is no name ("college president Dr. Pam Anglin")
_HONORIFIC = r"(?:(?:Dr|Mr|Mrs|Ms|Prof|Rev|Sir)\.?\s)?"
_PERSON = gated(rf"\b{_TITLES} {_HONORIFIC}{_NOT_A_NAME}(?P<name>{_NAME})")
_ORG_WORDS = (
    r"(?:Force|Forces|Ministry|Army|Navy|Air Force|Council|Party|Agency|Organi[sz]ation|"
    r"Union|Command|Guard|Guards|Corps|Committee|Commission|Bank|Front|Movement|Brigade|"
    r"Fleet|Parliament|Assembly|Congress|Court|Police|Coast Guard|Agency)"
)

# the head of a named criminal or armed group ("the Gran Grif gang", "the Jalisco New
# Generation Cartel"), lower case in running news or capitalised as part of the name
_GANG_HEADS_WORDS = ("gang", "cartel", "militia", "Gang", "Cartel", "Militia")
_GANG_HEADS = "(?:[Gg]ang|[Cc]artel|[Mm]ilitia)"
# a word of a group's proper name: capitalised or a number ("Barrio 18"), or an Arabic name
# after its article ("Jaish al-Adl"); the Spanish particles "de", "del", "de la" stand
# lower case inside a capitalised name ("Tren de Aragua": Chicago Manual of Style 8.5, 8.22);
# a compound with a lower-case part ("Syrian-backed") describes the group, names none
_GANG_WORD = r"(?:[A-Z0-9][\w’']*(?:-[A-Z0-9][\w’']*)*|al-[A-Z][\w’'-]*)(?![\w-])"
_GANG_NAME = rf"{_GANG_WORD}(?:\s(?:(?:de|del|de\sla)\s)?{_GANG_WORD}){{0,3}}\s"

# the "of" part of a body's name ("the Organization of American States", "the Ministry of
# Defence"): ACE 2005 takes the whole proper name as one ORG name mention
_OF_NAME = rf"(?:\s+of\s+(?:the\s+)?(?!{_TITLES}\b)[A-Z][\w’'-]*(?:\s[A-Z][\w’'-]*){{0,3}}\b)?"


@cache
def _listed_countries() -> dict[str, str]:
    """Lowercase name -> ISO2 of the ``organisations.csv`` rows that belong to one country
    (armed groups: "Houthis" YE, "Hezbollah" LB); IGOs have none."""
    with (DATA / "organisations.csv").open(encoding="utf-8", newline="") as fh:
        return {r["name"].lower(): r["country"] for r in csv.DictReader(fh) if r["country"]}


def home_country(a: Actor) -> str | None:
    """The country ``a`` belongs to: its code, else the one ``organisations.csv`` lists for
    an armed group ("Houthi" YE). Only for telling whether a country named beside the group
    is its own; the group's code stays unset (placing reads a code as the attacker's home)."""
    return a.country_code or _listed_countries().get(a.name.lower())


@cache
def _org_pattern() -> Gated:
    """Named bodies ("the Foreign Ministry"), and the international organisations and armed
    groups of ``data/lexicon/organisations.csv``, longest name first."""
    with (DATA / "organisations.csv").open(encoding="utf-8", newline="") as fh:
        names = sorted((r["name"] for r in csv.DictReader(fh)), key=len, reverse=True)
    listed = "|".join(_article_free(n) for n in names)
    # a listed name after a capitalised word and a hyphen is a piece of a compound name
    # ("PORT-AU-PRINCE" holds no African Union): a hyphenated proper name is one word
    # (Chicago Manual of Style 7.89), so its inner pieces name nothing of their own
    # "the West Bank" is a river bank's land (GeoNames: a region, feature class L), no bank
    return gated(
        rf"\b(?!(?:West|East|Left|Right)\sBank\b)(?:[A-Z][\w’'-]*\s){{1,5}}{_ORG_WORDS}\b"
        rf"{_OF_NAME}|(?<![A-Z]-)\b(?:{listed})\b"
        # a government named by its "of" name ("the Government of National Unity", "the
        # Government of Pakistan"): ACE 2005 takes the whole proper name as one ORG mention
        r"|\bGovernment\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\b"
        # a gang or cartel by its name ("the Gran Grif gang", "the 400 Mawozo gang"): ACLED
        # codes a named gang as its own actor (Codebook 2023, political militias and
        # gangs), its head noun written lower case in running news
        rf"|(?<=\b[Tt]he\s){_GANG_NAME}{_GANG_HEADS}\b"
    )


def _article_free(name: str) -> str:
    """The pattern of a listed name, with an Arabic article written any of the ways English
    news writes it ("al-Shabaab", "Al Shabaab", "al Shabaab", "Al-Shabaab": the article
    is transliterated with or without a hyphen and a capital, Chicago Manual of Style 8.22)."""
    if name[:3].lower() == "al-" and len(name) > 3:
        return r"[Aa]l[-‐\s]" + re.escape(name[3:])
    return re.escape(name)


_SHIP = gated(
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
# a determiner a name's pattern took in from the sentence's opening capital
_DETERMINER = re.compile(r"(?:(?:A|An|The)\s+)?")
RECENT_PEOPLE = 32  # an article names a handful of people; 32 leaves room for long ones
_PRONOUN = re.compile(r"^\s*[\"“]?(?P<p>He|She)\b")
# a sentence opening on "It" and a verb only an agent takes: a modal of what it will do, a
# verb of intent or of saying ("It would send aid", "It pledged", "It said")
_IT_ACTS = re.compile(
    r"^\s*[\"“]?(?P<p>It)\s+(?:also\s+|then\s+|later\s+)?(?:would|will|could|plans?|planned|"
    r"intends?|intended|pledged|promised|vowed|aims?|aimed|said|says|added|announced|warned|"
    r"urged|called|appealed)\b"
)
# what may stand before a sentence's subject: a quotation mark, a determiner
_OPENING = re.compile(r"\s*[\"“]?(?:(?:The|the)\s+)?")


@dataclass(frozen=True, slots=True)
class Actor:
    name: str
    kind: str  # person | organisation | unit | country | group (an unnamed armed group)
    country_code: str | None
    start: int = -1
    end: int = -1


@dataclass
class ActorFinder:
    """Finds actors sentence by sentence, remembering the people an article has introduced."""

    people: dict[str, Actor]
    # the organisation the last sentence opened with as its subject ("The United Nations
    # said…"), which a next sentence's "It would…" takes up
    subject: Actor | None = None
    # a person whose name the last sentence ended on at a middle initial ("George W.")
    cut: Actor | None = None
    groups: GroupMemory = field(default_factory=GroupMemory)
    trail: PersonTrail[Actor] = field(default_factory=PersonTrail)  # for "He", "She"

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
        whole, self.cut = completed(self.cut, sentence, offset), None
        if whole is not None:  # "President George W. | Bush visited": the name goes on
            self.remember(whole.name.split()[-1], whole)
            found.append(whole)
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
            # the country before the title is the person's only inside the sentence: a name
            # that ends the sentence before ("...from Australia's coast. Prime Minister X")
            # modifies no title of the next (a modifier stands in its own noun phrase)
            code = leader_country(name) or _country_before(
                owners, offset + m.start(), min(40, m.start()), sentence, offset
            )
            person = Actor(
                name, "person", code, offset + m.start("name"), offset + m.start("name") + len(name)
            )
            for surname in surnames(name):  # "Yoon Suk Yeol ... Yoon said"
                self.remember(surname, person)
            if cut_at_initial(name, m.start("name") + len(name), sentence):
                self.cut = person
            found.append(person)
        for m in _leader_pattern().finditer(sentence):
            start, end = offset + m.start(), offset + m.end()
            if any(a.start <= start and end <= a.end for a in found):
                continue  # already found after a title
            full, code = _leaders()[m.group()]
            leader = Actor(full, "person", code, start, end)
            self.remember(full.split()[-1], leader)
            found.append(leader)
        for at, name in office_apposed_names(sentence):
            # "Ana Ruiz, the mayor of Tepic, was shot dead": the head of an office apposition
            start = offset + at
            if not any(a.start <= start < a.end for a in found):
                found.append(Actor(name, "person", None, start, start + len(name)))
        for m in _relative_pattern().finditer(sentence):
            # "Kim Yo Jong, the sister of leader Kim Jong Un, warned": the name the kin
            # apposition is set beside is a person, of the country of whose relative she is
            kin = next((a for a in found if a.start >= offset + m.end()), None)
            start = offset + m.start("name")
            if not any(a.start <= start < a.end for a in found):
                code = kin.country_code if kin is not None and kin.kind == "person" else None
                found.append(Actor(m["name"], "person", code, start, start + len(m["name"])))
        for m in _org_pattern().finditer(sentence):
            code = _country_within(countries, offset + m.start(), offset + m.end())
            if code is not None and m.group().endswith(_GANG_HEADS_WORDS):
                continue  # "the Haitian gang", "the Mexican cartel": an unnamed one
            code = code or body_country(m.group())  # "The Revolutionary Guards"
            if not _ALLIES_AFTER.match(sentence, m.end()):  # "Iran's Houthi allies": a patron's
                code = code or _possessor_country(sentence, offset, m.start(), countries)
            # "An Indian Navy ship", "The UN Security Council": a sentence's capital on the
            # article is no part of the name (a determiner opens the noun phrase, not the
            # proper name it holds: Huddleston and Pullum 2002, ch. 5 §8)
            lead = _DETERMINER.match(m.group())
            skip = lead.end() if lead else 0
            found.append(
                Actor(
                    m.group()[skip:].strip(),
                    "organisation",
                    code,
                    offset + m.start() + skip,
                    offset + m.end(),
                )
            )
        for start, end, code, name in bodies:
            if not any(a.start <= start and end <= a.end for a in found):
                found.append(Actor(name, "organisation", code, start, end))
        line = DATELINE.match(sentence)  # "PORT-AU-PRINCE, Haiti (AP) — Gang members…"
        armed = _armed_subject().match(sentence, line.end() if line else 0)
        if armed is not None and line is not None and _says(armed["verb"]):
            # past a dateline only a group that acts ("Gang members set fire"); one that
            # speaks ("Rebels said they had captured …") is left as before (the placing of
            # the acts it tells leans on it)
            armed = None
        if (
            armed is not None
            and not any(
                a.start < offset + (armed.start("led") if armed["led"] else armed.start("verb"))
                for a in found
            )
            and _acts(armed["verb"])
        ):
            # "Armed gangs attacked the town", "Gunmen killed 40 villagers": an unnamed armed
            # group opening the sentence is its subject, CAMEO's source (actor codebook REB,
            # INS, UAF), of no country; a named side in its subject ("Gunmen loyal to X")
            # outranks it, one after the verb does not: "…, the UN said" names the sayer,
            # "attacked a Russian convoy" the target (newuser48 n12 lost the gangs so)
            found.append(
                Actor(
                    armed["noun"].lower(),
                    "group",
                    None,
                    offset + armed.start("noun"),
                    offset + armed.end("noun"),
                )
            )
        found += self._references(sentence, offset, found)
        found = self.groups.refer(sentence, offset, found)  # "Al-Shabaab … The group said"
        speaker = _unlisted_speaker(sentence, offset, found, countries)
        if speaker is not None:
            found.append(speaker)
        found = _dedupe(found)
        self.trail.heard(found)
        self.subject = next(
            (
                a
                for a in found
                if a.kind == "organisation" and _OPENING.fullmatch(sentence, 0, a.start - offset)
            ),
            None,
        )
        return found

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
                if person.name not in names and not namesake(sentence, m.end(), person.name):
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
        it = _IT_ACTS.match(sentence)
        if it and self.subject is not None and not refs and not found:
            # "The UN said the need was dire. It would send food aid": the pronoun takes up the
            # organisation the sentence before opened with as its subject (ACE 2005: a pronoun
            # is a mention of its antecedent; Halliday and Hasan 1976, §2.2: personal
            # reference), when it says what the body will do or says (no hazard or thing does)
            body = self.subject
            refs.append(
                Actor(
                    body.name,
                    body.kind,
                    body.country_code,
                    offset + it.start("p"),
                    offset + it.end("p"),
                )
            )
        pronoun, last = _PRONOUN.match(sentence), self.trail.antecedent(self.people.values())
        if pronoun and last is not None and not refs and not found:
            at = (offset + pronoun.start("p"), offset + pronoun.end("p"))
            refs.append(Actor(last.name, "person", last.country_code, *at))
        return refs


@cache
def armed_nouns() -> tuple[str, ...]:
    """The nouns of ``data/lexicon/armed_subjects.csv`` (an unnamed armed group: "gunmen",
    "gangs"), longest first so that a regex alternation tries "armed gangs" before "gangs"."""
    nouns = [r["noun"] for r in sourced_rows("armed_subjects.csv", "noun")]
    return tuple(sorted(nouns, key=len, reverse=True))


@cache
def military_nouns() -> tuple[str, ...]:
    """The nouns of ``data/lexicon/military_subjects.csv`` (a state's armed force: "troops",
    "the army"; not police), lower case, longest first."""
    nouns = [r["noun"].lower() for r in sourced_rows("military_subjects.csv", "noun")]
    return tuple(sorted(nouns, key=len, reverse=True))


def military_told(text: str, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` (an act's sentence up to its verb) names a military force
    (``military_nouns``: "Israeli troops", "The army said it had ...")."""
    told = text[lo:hi].lower()
    return any(re.search(rf"\b{re.escape(n)}\b", told) for n in military_nouns())


@cache
def _armed_subject() -> re.Pattern[str]:
    """An unnamed armed group (``data/lexicon/armed_subjects.csv``) opening a sentence as its
    subject: "Gunmen", "Armed gangs", "Suspected militants", "The rebels" before a verb; not
    a possessor ("The rebels' leader said") nor a noun's modifier ("Rebel fighters")."""
    listed = "|".join(re.escape(n) for n in armed_nouns())
    # "rebels in Indonesia's Papua region": the kind word after the name (place_kind_words.csv)
    kinds = "|".join(sorted(kind_words("after"), key=len, reverse=True))
    # a wire dateline may open the first sentence ("OUAGADOUGOU — Gunmen attacked"): the
    # place the story was filed from, in capitals before a dash, is no part of the subject
    # (AP Stylebook, datelines); a hyphen dateline was already split off, an em dash was not
    return re.compile(
        r"(?:[A-Z][A-Z .,'’-]+\s*[—–-]+)?"
        r"\s*[\"“]?(?:(?:The|Some|Several|Dozens\s+of|Hundreds\s+of|Heavily|Armed|Suspected|"
        r"Unidentified|Unknown|Masked|Islamist|Jihadist|Separatist|Secessionist)\s+)*"
        rf"(?P<noun>(?i:{listed}))\s+"
        # where the group is ("Gunmen in northern Nigeria killed"): a locative of the noun
        # phrase, lowercase words then a name, and not yet the verb
        r"(?:(?:in|from|near)\s+(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w'’-]+\s+){1,3}"
        # ... and the kind of place it is ("in Indonesia's Papua region", "in the Papua region
        # of Indonesia"): a country's possessive there says where the group is, never whose
        # (CAMEO 1.1b3 actor codebook: rebels, REB, are armed opposition to that state)
        rf"(?:(?:{kinds})\s+(?:of\s+(?:[A-Z][\w'’-]+\s+){{1,3}})?)?)?"
        # who leads them ("Gang members led by Jimmy Cherizier set fire"): a reduced relative
        # on the noun (Quirk et al. 1985 §17.30), its agent a name; the group still acts
        r"(?P<led>(?:led|commanded|headed)\s+by\s+(?:[A-Z][\w'’.-]+\s+){1,3})?"
        r"(?:(?:had|have|has|also|then|later|reportedly)\s+)*"
        r"(?P<prog>(?:were|was|are|is)\s+(?=[a-z]+ing\b))?(?P<verb>[a-z]+)\b"
    )


def armed_opening(clause: str) -> bool:
    """Does ``clause`` open with an unnamed armed group acting as its subject ("Gang members
    roamed…", "Gangs were trying to…": a progressive is active; ``armed_subjects.csv``)?
    CAMEO 1.1b3's actor codebook codes such a group as of no country (UAF, CRM); a country
    named after it in a locative phrase ("in Haiti's Centre department") is where, never who."""
    line = DATELINE.match(clause)  # "PORT-AU-PRINCE — Gang members…": the dateline is no word
    armed = _armed_subject().match(clause, line.end() if line else 0)
    return armed is not None and (bool(armed["prog"]) or _acts(armed["verb"]))


# a bare name opening its clause as the subject of a saying ("Hegseth said …", after a
# dateline's dash or a comma); what follows it is checked by ``_says``
_NAMED_SAYER = re.compile(
    rf"(?:^|[—–]\s)\s*(?P<name>{_NAME_WORD}(?: {_NAME_WORD})?) (?P<verb>[a-z]+)"
    r"(?: on \w+day)?(?: that)? "
)


# the verbs a speaker foretells another's act with ("Hegseth said China will invade")
_FORETELLING = frozenset("said says told tells warned warns predicted predicts added".split())


def _unlisted_speaker(
    sentence: str, offset: int, found: list[Actor], countries: list[tuple[int, int, str, str]]
) -> Actor | None:
    """A person no list knows, named by a bare name opening the sentence (or its clause past
    a dateline's dash) as the subject of a saying whose clause opens on a state ("Hegseth
    said China will invade Taiwan"): the speaker of what a state does (CAMEO 1.1b3 §01 codes
    the one who speaks; ACE 2005 takes a name mention as a PER mention whether or not it is
    known). The surname must be no English word (lemminflect knows none of its forms:
    "Analysts said", "The state said") and no name already read (a country, a body, a
    leader); the person's country stays unknown. Only before a state's clause: a name
    before any other clause ("Morris said the school…") is left as it was."""
    line = DATELINE.match(sentence)
    for m in _NAMED_SAYER.finditer(sentence, line.end() - 2 if line else 0):
        name, start = m["name"], offset + m.start("name")
        end = start + len(name)
        last = name.split()[-1].lower()
        if m["verb"] not in _FORETELLING or _lemmas(last):
            continue  # "Survivors recalled": lemminflect lacks some plurals; few verbs foretell
        if name.split()[0].lower() in word_class("ENGLISH_FUNCTION"):
            continue  # "The state said": a determiner is no name
        if not any(s == offset + m.end() for s, _e, _c, _n in countries):
            continue  # the clause is not about a state ("Robley said public works will")
        if any(a.start < end and start < a.end for a in found):
            continue
        if any(s < end and start < e for s, e, _c, _n in countries):
            continue
        return Actor(name, "person", None, start, end)
    return None


def _says(word: str) -> bool:
    """Is ``word`` a form of a verb of saying (cues.csv ``report``: "said", "told")?"""
    forms = verb_forms(word)
    return forms is not None and forms[0] in load().words("report")


def _acts(word: str) -> bool:
    """A finite verb in the past or present (the subject acts), not a form of "be" ("Gunmen
    were killed": the group is the patient)."""
    forms = verb_forms(word)
    return forms is not None and forms[0] != "be" and bool({"VBD", "VBZ", "VBP"} & forms[1])


@cache
def _relative_pattern() -> Gated:
    """A name set off by a kin apposition ("Kim Yo Jong, the sister of leader Kim Jong Un,";
    classes.csv ``KIN``): the name is the apposition's head, a person."""
    kin = "|".join(sorted(word_class("KIN"), key=len, reverse=True))
    return gated(
        rf"(?<![\w'’-])(?P<name>{_NAME_WORD}(?: {_NAME_WORD}){{1,3}}),\s+(?:the|a)\s+"
        rf"(?:(?:younger|older|elder|eldest|youngest|late|estranged)\s+)?(?:{kin})\s+of\s+"
    )


def kin_apposition(text: str, start: int) -> bool:
    """Whether the actor at ``start`` of ``text`` is named inside a kin apposition ("…, the
    sister of leader Kim Jong Un"; classes.csv ``KIN``): whose relative the head is."""
    return _KIN_BEFORE().search(text, max(0, start - 60), start) is not None


@cache
def _KIN_BEFORE() -> re.Pattern[str]:  # noqa: N802 - a compiled constant, built once
    kin = "|".join(sorted(word_class("KIN"), key=len, reverse=True))
    return re.compile(
        rf",\s+(?:the|a)\s+(?:[a-z]+\s+)?(?:{kin})\s+of\s+(?:the\s+)?(?:[\w.-]+\s+){{0,2}}$"
    )


def _trim_name(name: str) -> str:
    # "Kim Jong Un" stays whole; a trailing sentence word glued on ("Nakatani Said") is rare
    # enough in news copy to ignore. A possessive ending is no part of the name ("leader
    # Tarique Rahman's aides": the person is Tarique Rahman, whose side the aides are).
    # AP style drops "on" before a weekday ("President Mahmoud Abbas Saturday said": AP
    # Stylebook, "days of the week"), so a weekday glued on after the name is the date's
    name = _WEEKDAY_END.sub("", name.strip())
    # "Prime Minister Mark Carney's Liberal Party": the name ends at its possessive
    name = re.sub(r"['’]s\s.*$", "", name)
    return re.sub(r"['’]s?$", "", name)


_WEEKDAY_END = re.compile(
    r"(?<=\w)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$"
)


def _country_before(
    countries: list[tuple[int, int, str, str]],
    pos: int,
    window: int,
    sentence: str = "",
    offset: int = 0,
) -> str | None:
    """The ISO2 of the last country named within ``window`` characters before ``pos``; with
    ``sentence`` (from article offset ``offset``), none when a finite verb stands between:
    "The United States sanctioned RSF leader X" makes the country the verb's subject, not the
    leader's modifier (a noun phrase holds no finite verb: Huddleston and Pullum 2002, ch. 5)."""
    best = None
    for start, end, code, _ in countries:
        if pos - window <= start and end <= pos:
            best = (end, code)
    if best is None:
        return None
    if sentence and any(
        _acts(w) for w in re.findall(r"\b[a-z]+\b", sentence[best[0] - offset : pos - offset])
    ):
        return None
    return best[1]


# "Yemen's Houthi rebels", "Somalia's al-Shabaab": a country's possessive right before a group
# names the country it belongs to, as CAMEO 1.1b3's actor codes put a domestic group under its
# country (ch. 4: "YEMREB"); a patron's hyphened word ("Iran-backed") is no owner
_OWNED_BY = re.compile(r"['’]s?\s+(?:(?:the\s+)?[a-z][\w-]*\s+)?$")
# "Iran's Houthi allies", "Moscow's proxies": the possessor is the group's patron or partner
_ALLIES_AFTER = re.compile(r"\s+(?:allies|ally|proxies|proxy|partners|clients)\b", re.IGNORECASE)


def _possessor_country(
    sentence: str, offset: int, at: int, countries: list[tuple[int, int, str, str]]
) -> str | None:
    """The ISO2 of the country whose possessive stands right before ``at`` (a sentence
    offset), one lowercase modifier apart at most ("Lebanon's powerful Hezbollah"), else None."""
    for s, e, code, _ in countries:
        lo, hi = s - offset, e - offset
        if lo >= 0 and hi <= at and _OWNED_BY.fullmatch(sentence, hi, at):
            return code
    return None


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
