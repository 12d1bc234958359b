"""Recognition: the spans of a text that name a gazetteer place, and the demonyms.

News text is mostly lowercase, and every place name starts with a capital, so names are
looked up only inside *runs* of capitalised words (``runs.py``, with its C twin). A name
never crosses a run's edge, so the neighbours that make a match part of a person's, ship's
or firm's name ("Kim Jong Un", "ROKS Marado", "Paris Hilton") are the run's own words. The
filters here then drop what context says is not a place.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import CONNECTORS, fold, name_key
from dashboard.places.runs import (
    Demonym,
    Hit,
    Plain,
    Scan,
    Token,
    locative_c,
    plain_c,
    scan,
    tables_of,
)

# Capitalised words that may stand right before a place without making it part of a longer
# name ("In Tokyo", "Northern Syria"); any other capitalised neighbour ("Kim Jong Un",
# "ROKS Marado") marks the match as part of a person, ship or organisation name.
OPENERS = frozenset(
    "in at from to on the a an for near across into outside inside and but as of over by with via "
    "like unlike both after before since during while if when where around between north "
    "south east west northern southern eastern western central northeast northwest "
    "southeast southwest greater upper lower mainland coastal rural urban downtown "
    "neighbouring neighboring occupied "
    # numbers and quantifiers: "Four Guerrero state police", "Many Syrian families"
    "one two three four five six seven eight nine ten eleven twelve twenty thirty hundred "
    "hundreds thousand thousands several many some most few all each every".split()
)
# Words after a place that still leave it a place ("Tokyo Bay" is near Tokyo; we keep it).
FEATURE_WORDS = frozenset(
    "province state county city region island islands prefecture valley mountains river bay "
    "district governorate oblast territory peninsula coast border airport port harbor "
    "harbour base strait sea gulf".split()
)
# Institutions named after a place still name the place ("Dublin City Council", "Ohio Supreme
# Court", "U.S. House"); any other capitalised word after a match ("Paris Hilton", "Jordan
# Peterson") makes it part of a person's or brand's name.
INSTITUTION_WORDS = frozenset(
    "city county council department dept court supreme senate house police university college "
    "school schools state society commission board service services army national attorney "
    "census community public historical district fire health forest convention veterans "
    "coalition association partners club chamber museum airport hospital center centre "
    "government parliament assembly legislature highway patrol regional international "
    "ministry embassy consulate navy air military guard federal central metropolitan "
    "municipal town village township borough parish region area port harbor "
    "democrats republicans party office agency authority bureau institute foundation "
    "league tribune times herald news post journal daily gazette observer "
    # offices and their holders: "U.S. President Barack Obama", "U.S. Agriculture Secretary"
    "president presidential secretary minister ministers prime premier ambassador envoy consul "
    "senator sen rep representative congressman congresswoman governor gov mayor general gen "
    "admiral commander chief officials official forces troops diplomats delegation "
    "agriculture defense defence foreign interior trade treasury energy homeland security "
    "intelligence centers centres manager director spokesman spokeswoman spokesperson officer "
    "administrator commissioner commissioners councilman councilwoman councillor councilor "
    "superintendent sheriff clerk treasurer auditor coroner assessor trustees supervisors "
    "recreation parks library utilities transit emergency".split()
)
# The title words of newspapers named after their city or country ("the Los Angeles Times",
# "China Daily", "the Atlanta Journal-Constitution"): the paper is cited, not the place.
NEWSPAPER_WORDS = frozenset(
    "times daily post journal tribune herald gazette chronicle observer courier inquirer "
    "examiner dispatch telegraph".split()
)
MONTHS_DAYS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
# A name joined to one of these by a hyphen is a class or brand, not a place ("Dokdo-class").
# A number after the hyphen makes it a model ("Hwasong-18", "Tu-95"), not a place.
# A lowercase feature word after a name: "the Noto peninsula", "the Kuril islands".
_FEATURE_NOUNS = (
    "peninsula",
    "island",
    "islands",
    "valley",
    "mountains",
    "river",
    "bay",
    "coast",
    "strait",
    "gulf",
    "lake",
    "desert",
)
FEATURE_AFTER = re.compile(rf" ({'|'.join(_FEATURE_NOUNS)})\b")
_FEATURE_INITIALS = frozenset(w[0] for w in _FEATURE_NOUNS)  # the cheap test before the regex
# Storm classes that are also towns (Hurricane, Utah): followed by a storm's name or by
# storm vocabulary they name the storm, not the town.
_STORM_CLASSES = frozenset({"hurricane", "typhoon", "cyclone"})
_STORM_AFTER = re.compile(
    r"(?:'s|’s)? (?:[A-Z]|(?:warnings?|watch|watches|season|winds?|force|category|hunters?"
    r"|relief|victims|damage|recovery|preparedness|landfall)\b)"
)
_COMPOUND = re.compile(r"-(?:(?:class|type|style|made|built)\b|\d)")
_LOCATIVE = re.compile(
    r"(?:\b(?:in|near|from|into|across|throughout|outside|inside)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?"
    # "the capital of X", "the town of X": what X is, said outright
    r"|\b(?:capital|city|town|village|port|province|state|county|region|district)\s+of\s+)$",
    re.IGNORECASE,
)
_POSSESSIVE = frozenset({"'s", "’s"})  # "in Obama's stimulus law" names the owner, not a place
# "X's Day" after a saint's name is the feast, not a place named after the saint
_FEAST_DAY = re.compile(r"['’]s Day\b")
_SAINT = re.compile(r"(?:St\.? |Saint )")
_FEAST_CITY = 100_000  # a saint's city this large keeps its name before "'s Day"


# a year, or digits run into letters ("2AA", "4A"): what a word before it numbers or dates
_NUMBER_AFTER = re.compile(r" (?:(?:19|20)\d\d\b|\d+[A-Za-z]+\b)")


# A name that goes on with Arabic's article joined to a capitalised word ("Bab al-Hawa",
# "Ras al-Ain", "Tal el-Sultan"): its first word alone is not the place (a gazetteer name
# that holds the whole run, "Deir ez-Zor", is found whole before this is asked)
_ARTICLE = r"(?:al|el|ad|ar|as|ash|at|az|ed|en|er|es|ez|an|ul|ud)-"
_ARABIC_NAME_GOES_ON = re.compile(rf"\s+{_ARTICLE}[A-Z]")
_ARABIC_NAME_BEFORE = re.compile(rf"\b[A-Z][\w'’]*\s+{_ARTICLE}$")


def _part_of_arabic_name(text: str, m: Match) -> bool:
    """``m`` is one word of a longer name joined by Arabic's article that the gazetteer
    lacks: "Bab" of "Bab al-Hawa", "Ain" of "Ras al-Ain" (the French department)."""
    if " " in text[m.start : m.end] or "-" in text[m.start : m.end]:
        return False  # a name of its own words ("Deir ez-Zor", "Tal Abyad") is whole
    return (
        _ARABIC_NAME_GOES_ON.match(text, m.end) is not None
        or _ARABIC_NAME_BEFORE.search(text, max(0, m.start - 30), m.start) is not None
    )


def _numbered_word(text: str, m: Match) -> bool:
    """Whether ``m`` is one ordinary English word (lemminflect's lexicon) followed by a year
    or a code of digits and letters: the word naming a numbered thing or a season's date
    ("Section 2AA" of a sports league, "Spring 2009"), not the town of that name (Section,
    Alabama; Spring, Texas). A name no English word is keeps it ("Paris 2024"), and a
    plain number after a town is left alone ("Reading 2 Luton 0")."""
    if not _NUMBER_AFTER.match(text, m.end):  # the cheap test first: most names have none
        return False
    surface = text[m.start : m.end]
    return " " not in surface and "." not in surface and _is_word(fold(surface))


@lru_cache(maxsize=4096)
def _is_word(key: str) -> bool:
    from lemminflect import getAllLemmas

    return bool(getAllLemmas(key))


def _bare_possessive(text: str, end: int) -> bool:
    """Whether a name ending in s at ``end`` takes the possessive as an apostrophe alone
    ("Flores' stepfather", "in Flores' honor"), as English writes it for such names (Quirk et
    al. 1985, 5.112); "the Flores' case" is owned as "Flores's" would be."""
    return (
        text[end - 1 : end] in ("s", "S")
        and text[end : end + 1] in ("'", "’")
        and not text[end + 1 : end + 2].isalnum()
    )


_LOCATIVE_REACH = 32  # "throughout the northern " is 24 characters
# What only a state owns, after a possessive: "Jordan's king", "Georgia's capital". Such a
# use makes the name a place though a person of that name appears in the text too.
_STATE_OWNS = re.compile(
    r"['’]s (?:king|queen|monarch|emir|sultan|royal family|crown prince|government|parliament"
    r"|president|prime minister|foreign minister|foreign ministry|interior ministry|army"
    r"|armed forces|military|capital|embassy|ambassador|borders?|territory|regime"
    r"|constitution|economy|central bank)\b"
)
# The words _LOCATIVE can end on before its closing whitespace (any case; "ern" makes every
# compass word's adjective, even "centralern"): a name after none of them is spared the regex.
_LOCATIVE_LAST = tuple(
    "in near from into across throughout outside inside the of north south east west central "
    "northern southern eastern western centralern".split()
)
_DISEASE_AFTER = re.compile(
    r"[ -](?:\w*virus|\w*viruses|fever|flu|disease|strain|encephalitis)\b", re.IGNORECASE
)
_WORDS = re.compile(r"[^\W\d_]+")
# Where a sentence, line or quotation opens: the word after it is capitalised by position.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_ABBREV_END = re.compile(
    r"(?:\b(?:[A-Za-z]\.){2,}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|No|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)[\"”’)]?$"
)


class Match(NamedTuple):
    """A recognised name: its span and every gazetteer place it may be (a tuple: an
    article has dozens, built on the hot path)."""

    start: int
    end: int
    place_ids: tuple[str, ...]


# bytes.translate tables from the C test's answers (see PlainWords) to masks for compress()
_ASKED = bytes([1, 0, 0, 0]) + bytes(252)
_NAMED = bytes([0, 0, 1, 0]) + bytes(252)
_KEPT = bytes([0, 1, 0, 0]) + bytes(252)


class PlainWords(NamedTuple):
    """What the C test of plain hits (``_runs.c``: ``plain``) reads. It says of each hit
    whether it is kept as it is (1), dropped as a person's first name (2) or dropped (3),
    where no other filter below can act, and else leaves it to them (0). It stands for the
    filters as follows; a new filter must add its words here or its test there
    (tests/unit/test_recognise_plain.py holds the two paths equal):

    - ``always``, and one of ``months`` as a one-word name: dropped wherever it stands;
    - a character around it other than a space, a line break, a quotation mark or an
      opening bracket before, or those and ", . ; : ! ? )" after ("A/Texas/50", "$US",
      "Texas-based"), or a capitalised word joined by a hyphen on either side ("Kerry-Ann"):
      left to the filters, which read such marks, so that rules added there on them hold;
    - a capitalised word one space before it, not in ``prev_ok``, drops it
      (``_glued_before``), unless that word is in ``opening`` and opens the run, or the name
      is in capitals (left to the filters); a person's first name unless ``common``
      (``_is_common_noun``);
    - kept as it is only when none of these hold:
      ``special`` keys (months and days, both stoplists, dotted abbreviations, storm
      classes, compass names); no lowercase letter (the all-capitals tests); ". " after an
      initial that ``_INITIAL_BEFORE`` reads as a middle name or that makes a name of
      ``names`` with it, or after one of ``dot_titles``, or one of ``titles`` before it
      (``_candidates``, ``_person_by_context``); a storm class one space before it; "$" or "-" after it, or
      a space and a disease word (``_DISEASE_AFTER``) or one of ``after_words``
      (``FEATURE_AFTER``); "administration" or one of ``verbs`` after it
      (``_person_by_context``);
    - when all those pass but a capitalised word follows one space on (``_glued_after``,
      newspapers, months, institutions): one of ``newspapers``
      drops it; one of ``months`` (the name in no ``prev_ok``), a dot ending the name, a
      ``common`` or all-capitals word or one of ``connectors`` keeps it; else it is dropped
      unless ``_INSTITUTION_AFTER`` (read in C) ends on one of ``institution_ends``, where
      ``_has_major`` decides.
    """

    special: frozenset[str]
    prev_ok: frozenset[str]
    storm: frozenset[str]
    verbs: frozenset[str]
    after_words: tuple[str, ...]
    titles: tuple[str, ...]
    always: frozenset[str]
    opening: frozenset[str]
    common: frozenset[str]
    dot_titles: frozenset[str]
    months: frozenset[str]
    newspapers: frozenset[str]
    connectors: frozenset[str]
    institution_ends: frozenset[str]
    names: dict[str, tuple[str, ...]]  # the gazetteer's index: "W. Va." (_candidates)


class Recogniser:
    """Finds place names and demonyms in a text. One per gazetteer."""

    def __init__(self, gaz: Gazetteer, scanner: Scan = scan, plain: Plain | None = plain_c) -> None:
        """``plain`` is the C test that spares most hits the Python filters (None: every hit
        goes through them, as on a machine without the extension)."""
        self.gaz = gaz
        self.scan = scanner  # the C scanner when built, else its Python twin
        self.tables = tables_of(gaz)
        self.always, self.opening = stoplists()
        self.titles = office_titles()
        self.plain = plain
        self.words = PlainWords(
            MONTHS_DAYS | self.opening | gaz.dotted | _STORM_CLASSES | _COMPASS_NAMES | self.titles,
            OPENERS | MONTHS_DAYS,
            _STORM_CLASSES,
            _PERSON_VERBS,
            _FEATURE_NOUNS,
            tuple(sorted(_BARE_TITLES)),
            # one-word stoplisted names go to the filters (``special`` holds them): "the town
            # of Hope, Arkansas" is the town (``_town_of_state``)
            frozenset(k for k in self.always if " " in k),
            self.opening,
            FEATURE_WORDS | INSTITUTION_WORDS,
            _DOT_TITLES,
            MONTHS_DAYS,
            NEWSPAPER_WORDS,
            CONNECTORS,
            _INSTITUTION_ENDS,
            gaz.index,
        )
        # a dotted key's two readings, sliced once: the resolver memoises candidates by the
        # identity of these tuples, which a fresh slice per match would not keep stable
        self._dotted_split: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}

    def find(self, text: str) -> tuple[list[Match], list[Demonym]]:
        matches, demonyms = self._find(text)
        if "s Day" in text:  # a substring test in C first: few texts name a feast day
            matches = [m for m in matches if not self._feast_day(text, m)]
        matches = [m for m in matches if not _numbered_word(text, m)]
        if "-" in text:  # a substring test in C first: most texts have no "al-" name
            matches = [m for m in matches if not _part_of_arabic_name(text, m)]
        # substring tests in C first: most texts name no ship and no shares
        lowered = text.lower()
        vessels = any(w in lowered for w in _VESSEL_WORDS)
        company = any(w in lowered for w in _COMPANY_WORDS)
        if not (vessels or company):
            return matches, demonyms
        return [m for m in matches if not self._names_a_thing(text, m, vessels, company)], demonyms

    def _feast_day(self, text: str, m: Match) -> bool:
        """Whether ``m`` is a saint's name before "'s Day": "St. Patrick's Day", "Saint
        George's Day" name the feast, not the towns and parishes named after the saint. A
        city of 100,000 or more keeps its name ("St. Louis's Day of Giving" is the city's)."""
        if not (_FEAST_DAY.match(text, m.end) and _SAINT.match(text, m.start)):
            return False
        return not any(
            p.kind == "city" and p.population >= _FEAST_CITY
            for p in self.gaz.places_of(m.place_ids)
        )

    def _names_a_thing(self, text: str, m: Match, vessels: bool, company: bool) -> bool:
        """The name is a ship's ("the tanker Eagle S") or a company's ("shares in Toyota",
        "Mercedes reported record profits"), by the words around it; a metropolis or a
        country keeps its name ("shares in London fell" is London's market). ``vessels``
        and ``company``: whether the text holds any of those cue words at all."""
        if vessels and _VESSEL_BEFORE.search(text, max(0, m.start - 16), m.start):
            return True
        if not company or not (
            _SHARES_BEFORE.search(text, max(0, m.start - 16), m.start)
            or _COMPANY_AFTER.match(text, m.end)
        ):
            return False
        return not any(
            p.kind != "city" or p.population >= METROPOLIS for p in self.gaz.places_of(m.place_ids)
        )

    def _find(self, text: str) -> tuple[list[Match], list[Demonym]]:
        hits, demonyms = self.scan(text, self.tables)
        keep, match = self._keep, self._match
        if self.plain is None:
            people = self._people_names(text, hits)
            return [match(text, h) for h in hits if keep(text, h, people)], demonyms
        # most hits are decided in C (see PlainWords); 1 is kept unless a person's name here.
        # The masks select in C: this runs for every hit of every text.
        flags = self.plain(text, hits, self.words)
        asked = 0 in flags
        if asked or 2 in flags:
            suspects = list(compress(hits, flags.translate(_ASKED))) if asked else []
            # the C test does not read the lexicon: a modifier before the name makes no
            # person of it (see _people_names), though the hit itself stays dropped
            named = {
                h[2]
                for h in compress(hits, flags.translate(_NAMED))
                if h[5] is None or not modifier_only(h[5][2])
            }
            people = self._people_names(text, suspects, named, hits)
        else:
            people = frozenset()
        index = self.gaz.index
        if not asked:
            return [
                Match(h[0], h[1], index[h[2]])
                for h in compress(hits, flags.translate(_KEPT))
                if h[2] not in people
            ], demonyms
        return [
            Match(h[0], h[1], index[h[2]]) if f else match(text, h)
            for h, f in zip(hits, flags, strict=True)
            if (h[2] not in people if f == 1 else not f and keep(text, h, people))
        ], demonyms

    def _featured(self, text: str, m: Match) -> Match:
        """'Noto peninsula' with its type word in lowercase is the feature 'Noto Peninsula'
        when the gazetteer has it: the town of that name may be half a world away."""
        # a character test first: few names are followed by a lowercase feature word
        if text[m.end : m.end + 1] != " " or text[m.end + 1 : m.end + 2] not in _FEATURE_INITIALS:
            return m
        found = FEATURE_AFTER.match(text, m.end)
        if found is None:
            return m
        key = f"{fold(text[m.start : m.end])} {found.group(1)}"
        ids = self.gaz.index.get(key)
        return Match(m.start, found.end(), ids) if ids else m

    def _match(self, text: str, h: Hit) -> Match:
        """The hit as a match, with its candidates (see ``_candidates``) and a lowercase
        feature word after it read in (see ``_featured``)."""
        m = self._candidates(text, h)
        end = m.end
        # the character test of _featured, here: most names have no feature word after them
        if text[end : end + 1] == " " and text[end + 1 : end + 2] in _FEATURE_INITIALS:
            return self._featured(text, m)
        return m

    def _candidates(self, text: str, h: Hit) -> Match:
        start, end, key = h[0], h[1], h[2]
        if (
            start >= 3
            and text[start - 1] == " "
            and text[start - 2] == "."
            and text[start - 3].isupper()
        ):
            # an initial before it: "W. Va." is West Virginia, not Virginia
            longer = f"{text[start - 3].lower()} {key}"
            if longer in self.gaz.index and (start < 4 or not text[start - 4].isalpha()):
                return Match(start - 3, end, self.gaz.index[longer])
        if key in self.gaz.dotted:
            # "Alta." with its dot is the abbreviation (listed first), "Alta" the town
            split = self._dotted_split.get(key)
            if split is None:
                ids = self.gaz.index[key]
                split = self._dotted_split[key] = (ids[:1], ids[1:])
            return Match(start, end, split[0] if text[end : end + 1] == "." else split[1])
        return Match(start, end, self.gaz.index[key])

    # ------------------------------------------------------------ filters

    def _people_names(
        self,
        text: str,
        hits: list[Hit],
        named: set[str] | None = None,
        every: list[Hit] | None = None,
    ) -> frozenset[str]:
        """Single-word names seen inside a person's name ("Barack Obama"), so that a later
        bare "Obama" is not taken for a place either: one sense per text. A name the text
        also puts after "in", "near" or "from" is a place all the same ("Rethinking Egypt"
        as a headline, "in Egypt" later). ``hits``: those that may be a person's; ``named``:
        keys already known to be (``PlainWords``); ``every``: all the text's hits, read for
        the locative use (``hits`` by default)."""
        out: set[str] = set()
        glued, by_context = self._glued_before, self._person_by_context
        for h in hits:
            key = h[2]
            # one word only, and once: "U.S." after "Total" opening a sentence is nobody's name,
            # nor "US" after "Former" ("Former US ambassador"): abbreviations are no surnames
            if not h[4] or key in out or "." in key:
                continue
            if key in self.gaz.aliases and text[h[0] : h[1]].isupper():
                continue
            if self._double_name(text, h):
                out.add(key)
                continue
            prev = h[5]
            if prev is not None:
                if (
                    glued(text, h, prev)
                    and not _is_common_noun(prev[2])
                    and not text[prev[0] : prev[1]].isupper()
                    and not modifier_only(prev[2])
                ):
                    out.add(key)
                    continue
                if prev[2] not in OPENERS:
                    continue
            if by_context(text, h):
                out.add(key)
        if named:
            out |= named
        if out:
            located = set()  # one locative use is enough: a name repeats, the test need not
            for h in hits if every is None else every:
                key = h[2]
                if key not in out or key in located:
                    continue
                if text[h[1] : h[1] + 2] in _POSSESSIVE or _bare_possessive(text, h[1]):
                    # "into Bell's back"; "Jordan's king"; "planted in Flores' honor"
                    if _STATE_OWNS.match(text, h[1]):
                        located.add(key)
                elif _LOCATIVE.search(text, max(0, h[0] - _LOCATIVE_REACH), h[0]):
                    located.add(key)
            out -= located
        return frozenset(out)

    def _double_name(self, text: str, h: Hit) -> bool:
        """A one-word name joined by a hyphen to another capitalised word, the pair no name
        of the gazetteer and neither half a country's or state's name, with a first name
        before the pair or a surname after it: "Kerry-Ann Hamilton", "Joaquin Navarro-Valls".
        A type or institution word after the pair leaves it a place ("Athens-Clarke
        County"), as does a place the second half opens ("Dallas-Fort Worth")."""
        start, end, prev, nxt = h[0], h[1], h[5], h[6]
        if nxt is not None and nxt[3] and text[end : nxt[0]] == "-":
            a, b, other = start, nxt[1], nxt[2]
        elif prev is not None and prev[3] and text[prev[1] : start] == "-":
            a, b, other = prev[0], end, prev[2]
        else:
            return False  # the common case: no hyphen beside the name
        if any(
            pid[:3] in ("cc:", "a1:")
            for pid in (*self.gaz.index.get(other, ()), *self.gaz.index[h[2]])
        ):
            return False  # "Israel-Gaza", "Saxony-Anhalt"
        after = _SURNAME_AFTER.match(text, b)
        if after is not None:
            word = fold(after.group(1))
            return (
                not _is_common_noun(word)
                and word not in NEWSPAPER_WORDS
                and f"{other} {word}" not in self.gaz.index
            )
        before = _FIRST_NAME_BEFORE.search(text, max(0, a - 16), a)
        return before is not None and fold(before.group(1)) not in OPENERS

    @staticmethod
    def _compass_place(text: str, h: Hit) -> bool:
        """A name made only of compass words ("Central", "North West") is a place only as
        "the North West", standing alone: before a capitalised word it opens a body's or a
        street's name ("South Central Ambulance Service", "North Shore hotel")."""
        if h[6] is not None and h[6][3] and text[h[1] : h[6][0]] == " ":
            return False
        return text[max(0, h[0] - 4) : h[0]].lower() == "the "

    def _person_by_context(self, text: str, h: Hit) -> bool:
        """A one-word name that its context makes a person's: a middle initial or a title
        before it ("Matthew D. Flores", "Mrs. Lincoln"), "administration" after it ("the
        Obama administration"), or, for a name that is only towns under 100,000 people or
        names a city only as an alternate, a reporting or sports verb after it ("Barry
        scored", "Levi said"); "Moscow said" stays the city."""
        start, end = h[0], h[1]
        # character tests first: this runs for most hits, and few have such a neighbour
        if text[start - 2 : start] == ". ":  # "Matthew D. Flores", "Mrs. Lincoln"
            before = text[max(0, start - 12) : start]
            if _INITIAL_BEFORE.search(before) or _TITLE_BEFORE.search(before):
                return True
        elif text[max(0, start - 4) : start] in _BARE_TITLES:  # "Mrs Lincoln" (British)
            return True
        after = text[end : end + 16]
        # the next word starts lowercase with one of the verbs' or "administration"'s letters
        first = after[2:3] if after[:2] == ", " else after[1:2] if after[:1] == " " else ""
        if first not in _AFTER_INITIALS and after[:1] not in ("'", "’"):
            return False
        if "administration" in after and _ADMINISTRATION_AFTER.match(after):
            return True
        word = after.lstrip(", ").partition(" ")[0].rstrip(".,;:!?\"'”’)")
        if word not in _PERSON_VERBS or not _PERSON_VERB_AFTER.match(after):
            return False
        return all(
            p.kind == "city" and (p.population < 100_000 or fold(p.name) != h[2])
            for p in self.gaz.places_of(self.gaz.index[h[2]])
        )

    def _keep(self, text: str, h: Hit, people: frozenset[str]) -> bool:
        start, end, key, _, single, prev, nxt = h
        if single:
            if key in MONTHS_DAYS or key in people:
                return False
            surface = text[start:end]
            if (
                key in self.opening
                and (
                    key in self.always
                    or surface.isupper()
                    or (prev is None and _opens(text, start))
                )
                and not (key in self.always and self._town_of_state(text, key, end))
            ):
                return False
            if (
                surface.isupper()
                and not self._is_alias(key)
                and (end - start <= 3 or _spelled_out(text, surface))
            ):
                return False  # "NSA"; "the African Leaders Malaria Alliance (ALMA)"
            if key in self.gaz.dotted and text[end : end + 1] != "." and not self._undotted(key):
                return False  # "La" alone is not Louisiana; "La." after a town is
        elif key in self.always:
            return False
        if key in _STORM_CLASSES and _STORM_AFTER.match(text, end):
            return False  # "Hurricane Milton", "HURRICANE MILTON", "Hurricane warnings"
        if prev is not None and prev[2] in _STORM_CLASSES and text[prev[1] : start] == " ":
            return False  # the storm's own name, even in a capitals headline: "HURRICANE MILTON"
        if key in _COMPASS_NAMES and not self._compass_place(text, h):
            return False
        if key in self.titles and _as_title(text, start, end):
            return False  # "the Secretary of State", "the King": an office, not the town
        after = text[end : end + 1]
        if after == "$" or text[start - 1 : start] == "$":
            return False  # a currency: "US$460", "A$20", "HK$5", "$US 15 billion"
        if after == "/" and text[start - 1 : start] == "/" and text[end + 1 : end + 2].isdigit():
            return False  # a virus strain's name: "A/California/7/2009", "B/Victoria/2/87"
        if after in (" ", "-"):
            if _DISEASE_AFTER.match(text, end):
                return False  # "West Nile virus", "Reston virus", "Marburg fever"
            if after == "-" and _COMPOUND.match(text, end):
                return False
        if prev is not None and self._glued_before(text, h, prev):
            return False
        if nxt is not None and nxt[2] in NEWSPAPER_WORDS and nxt[3] and text[end : nxt[0]] == " ":
            return False  # a newspaper's title: "the New York Times reported", "China Daily"
        if (
            nxt is not None
            and nxt[2] in MONTHS_DAYS
            and key not in self.opening
            and key not in OPENERS
        ):
            return True  # a date, not a surname: "in Moscow October 7", "to London Sunday"
        # an abbreviation is nobody's first name: "U.S. Food and Drug Administration"
        if nxt is None or text[end - 1] == "." or not _glued_after(text, h, nxt):
            return True
        # a place opening an institution's name still names it: "Texas Water Development Board";
        # a village's name there is more likely a person's ("Kennedy Elementary School")
        return _opens_institution(text, end) and self._has_major(key)

    def _town_of_state(self, text: str, key: str, end: int) -> bool:
        """Whether an ordinary word the stoplist rejects everywhere is written as a town of
        the first-level division named after it: "the town of Hope, Arkansas" is Hope,
        Arkansas; "hope in Arkansas" and "Hope, said the governor" are not."""
        if not text.startswith(", ", end) or not text[end + 2 : end + 3].isupper():
            return False
        words = text[end + 2 : end + 40].split(" ")[:3]
        index = self.gaz.index
        towns = {p.admin1 for p in self.gaz.places_of(index[key]) if p.kind == "city"}
        for n in range(1, len(words) + 1):
            ids = index.get(name_key(" ".join(words[:n])))
            if ids and any(pid.startswith("a1:") and pid[3:] in towns for pid in ids):
                return True
        return False

    def _undotted(self, key: str) -> tuple[str, ...]:
        """Without its dot an abbreviation's name is only its other places, and only when one
        of them is a real town ("Alta" in Norway), not a village or a common word ("La")."""
        others = self.gaz.index[key][1:]
        if any(not self.gaz.minor(p) for p in self.gaz.places_of(others)):
            return others
        return ()

    def _has_major(self, key: str) -> bool:
        return any(not self.gaz.minor(p) for p in self.gaz.places_of(self.gaz.index[key]))

    def _is_alias(self, key: str) -> bool:
        # Short all-caps names count only as listed aliases (US, UK, NSW) or country codes.
        return key in self.gaz.aliases or any(pid.startswith("cc:") for pid in self.gaz.index[key])

    def _glued_before(self, text: str, h: Hit, prev: Token) -> bool:
        start, end, key, capitalised, first = prev
        if not capitalised or key in OPENERS or key in MONTHS_DAYS or text[end : h[0]] != " ":
            return False  # "Sunday Alexandria Police": a date, not a first name
        if key in self.opening and first and _opens(text, start):
            return False  # a sentence-opening common word: "Today Tokyo said"
        if h[2] in self.gaz.aliases and text[h[0] : h[1]].isupper():
            return False  # an abbreviation is no surname: "Former US envoy", "Current UK rules"
        # an all-caps dateline or headline word before the match is not a name part
        return not (text[start:end].isupper() and text[h[0] : h[1]].isupper())


def _spelled_out(text: str, acronym: str) -> bool:
    """True when the text gives ``acronym`` as the initials of a name: "... Alliance (ALMA)"."""
    at = text.find(f"({acronym})")
    if at < 0:
        return False
    words = _WORDS.findall(text, max(0, at - 120), at)
    return "".join(w[0] for w in words if w[0].isupper()).endswith(acronym)


@lru_cache(maxsize=8192)
def modifier_only(key: str) -> bool:
    """Whether English uses the folded word only as an adjective or adverb, never as a noun
    (lemminflect's lexicon: "united", "democratic", "historic", "distinctly"), so that it is
    no one's first name: "the Movement for United Georgia" or "Historic Dublin" makes no
    person called Georgia or Dublin of the text's other mentions. First names that are words
    are nouns too ("Mark", "Rose", "Frank") or verbs alone ("Rob", "Sue"), and stay names."""
    from lemminflect import getAllLemmas

    pos = getAllLemmas(key)
    return ("ADJ" in pos or "ADV" in pos) and "NOUN" not in pos


def _is_common_noun(key: str) -> bool:
    """A feature or institution word ("Villages", "Province"), which no first name is."""
    if key in FEATURE_WORDS or key in INSTITUTION_WORDS:
        return True
    stem = key.removesuffix("s")  # no generator: this runs for most one-word hits
    return stem in FEATURE_WORDS or stem in INSTITUTION_WORDS


_COMPASS = (
    "north",
    "south",
    "east",
    "west",
    "central",
    "northeast",
    "northwest",
    "southeast",
    "southwest",
    "middle",
)
_COMPASS_NAMES = frozenset([*_COMPASS, *(f"{a} {b}" for a in _COMPASS for b in _COMPASS)])
# A kind of ship right before a name makes it the ship's (GDELT and ACLED code vessels as
# actors or objects, never as places): "seized the tanker Eagle S", "the frigate Hamburg"
_VESSEL_BEFORE = re.compile(
    r"\b(?:tanker|ship|vessel|freighter|frigate|destroyer|corvette|submarine|yacht|ferry|"
    r"trawler|dhow|barge|tugboat|cruiser|warship|icebreaker|liner|bulker|carrier)\s+$",
    re.IGNORECASE,
)
# What only a company has (worldmonitor#324 in the field guide: read a name as what it is in
# context): shares in it, or profits, earnings and sales of its own
_SHARES_BEFORE = re.compile(r"\b(?:shares|stock|stocks|stake)\s+(?:in|of)\s+$", re.IGNORECASE)
_COMPANY_AFTER = re.compile(
    r"\s+(?:reported|posted|announced|forecast|booked)\s+(?:[\w-]+\s+){0,2}"
    r"(?:profits?|earnings|revenues?|sales|losses|results)\b"
    r"|['’]s\s+(?:shares|stock|profits?|earnings|revenues?|sales|chief executive|CEO)\b",
    re.IGNORECASE,
)
_VESSEL_WORDS = (
    "tanker",
    "ship ",
    "vessel",
    "freighter",
    "frigate",
    "destroyer",
    "corvette",
    "submarine",
    "yacht",
    "ferry",
    "trawler",
    "dhow",
    "barge",
    "tugboat",
    "cruiser",
    "icebreaker",
    "liner",
    "bulker",
    "carrier",
)
_COMPANY_WORDS = (
    "shares",
    "stock",
    "stake",
    "profit",
    "earning",
    "revenue",
    "sales",
    "loss",
    "results",
    " ceo",
    "chief executive",
)


METROPOLIS = 1_000_000  # a city this large names its own market, not a company


# Context that makes a one-word name a person's (see Recogniser._person_by_context).
_INITIAL_BEFORE = re.compile(r"[A-Z][a-z]+ [A-Z]\. $")
_DOT_TITLES = frozenset("Mr Mrs Ms Dr Sen Rep Gov Sgt Lt Capt Col Gen Prof Rev".split())
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_DOT_TITLES))})\.? $")
_ADMINISTRATION_AFTER = re.compile(r"(?:'s?|’s?)? administration\b")
_BARE_TITLES = frozenset({"Mrs ", " Mr ", " Ms ", " Dr "})
# a capitalised word after a hyphenated pair, or before it (see Recogniser._double_name)
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![-'’])")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")
_PERSON_VERBS = frozenset(
    "said says told added asked replied explained noted wrote testified scored won lost "
    "finished pleaded admitted denied".split()
)
# first letters of those verbs and of "administration": a cheap test before the regexes
_AFTER_INITIALS = frozenset({"a", *(w[0] for w in _PERSON_VERBS)})
_PERSON_VERB_AFTER = re.compile(
    r",? (?:said|says|told|added|asked|replied|explained|noted|wrote|testified|scored"
    r"|won|lost|finished|pleaded|admitted|denied)\b"
)
# Up to four more capitalised words (with "of", "and", "for" between), then the word that
# makes the whole an institution's name.
_INSTITUTION_AFTER = re.compile(
    r"(?: (?:[A-Z][\w'’.&-]*|of|and|for|&)){0,4} (?P<last>[A-Z][a-z]+)\b"
)
_INSTITUTION_ENDS = INSTITUTION_WORDS | frozenset(
    "university college academy hospital clinic commission board division court courthouse "
    "church bank company corporation systems institute library museum stadium arena airport "
    "fairgrounds prison jail center centre".split()
)


def _maybe_locative(text: str, start: int) -> bool:
    """False when ``_LOCATIVE`` cannot match before ``start``: it ends with whitespace after
    one of ``_LOCATIVE_LAST``. Beyond ASCII the regex decides, since its case-blind matching
    takes letters that ``lower`` does not map ("ſ" for "s")."""
    window = text[max(0, start - _LOCATIVE_REACH) : start]
    word = window.rstrip()
    if len(word) == len(window):
        return False
    tail = word[-12:]
    return not tail.isascii() or tail.lower().endswith(_LOCATIVE_LAST)


class _Locative:
    """``_LOCATIVE`` as the person pass calls it (the ``_LOCATIVE_REACH`` characters before a
    name), read in C word by word (``_runs.c``: ``locative``), which leaves text beyond
    ASCII to the regex; any other call, or a machine without the extension, gets the regex,
    after ``_maybe_locative``. Truthy as the regex's match is."""

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex

    def search(self, text: str, pos: int, endpos: int) -> re.Match[str] | bool | None:
        if pos != max(0, endpos - _LOCATIVE_REACH):
            return self.regex.search(text, pos, endpos)
        if locative_c is not None:
            found = locative_c(text, endpos)
            if found >= 0:
                return found == 1
        return self.regex.search(text, pos, endpos) if _maybe_locative(text, endpos) else None


# rebound rather than renamed, so that the person pass reads as before: only .search is used
_LOCATIVE = _Locative(_LOCATIVE)  # type: ignore[assignment]


def _opens_institution(text: str, end: int) -> bool:
    m = _INSTITUTION_AFTER.match(text, end)
    return bool(m) and m.group("last").lower() in _INSTITUTION_ENDS  # type: ignore[union-attr]


def _glued_after(text: str, h: Hit, nxt: Token) -> bool:
    start, end, key, capitalised, _ = nxt
    if not capitalised or text[h[1] : start] != " ":
        return False
    if key in FEATURE_WORDS or key in INSTITUTION_WORDS:
        return False
    return not (text[start:end].isupper() or key in CONNECTORS)


def _opens(text: str, start: int) -> bool:
    """True when the run word at ``start`` opens the text, a sentence, a line or a quotation."""
    before = text[max(0, start - 40) : start].rstrip(" \t")
    if not before or before[-1] in '\n“"‘(':
        return True
    if not _SENTENCE_END.search(before) or not text[start - 1].isspace():
        return False
    return not _ABBREV_END.search(before)


def _as_title(text: str, start: int, end: int) -> bool:
    """Whether an office title that is also a town's name ("Secretary", "Bishop") stands as
    the title: after "the" ("the Secretary", "The Bishop") or before "of" and a capitalised
    word ("Secretary of State", "King of Jordan"). "near Bishop, California" stays the town."""
    if text[max(0, start - 4) : start] in ("the ", "The "):
        return True
    return text.startswith(" of ", end) and text[end + 4 : end + 5].isupper()


@lru_cache(maxsize=1)
def office_titles() -> frozenset[str]:
    """The folded office titles of stoplist.txt's ``[title]`` section (see ``_as_title``)."""
    path = data_dir() / "gazetteer" / "stoplist.txt"
    out: set[str] = set()
    inside = False
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            inside = line == "[title]"
        elif inside and line and not line.startswith("#"):
            out.add(line)
    return frozenset(out)


@lru_cache(maxsize=1)
def stoplists() -> tuple[frozenset[str], frozenset[str]]:
    """(always, at the start of a sentence): names rejected as ordinary words."""
    path = data_dir() / "gazetteer" / "stoplist.txt"
    always: set[str] = set()
    opening: set[str] = set()
    target = opening
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        line = line.strip()
        if line == "[always]":
            target = always
        elif line == "[sentence-start]":
            target = opening
        elif line == "[title]":
            target = set()  # office_titles() reads that section
        elif line and not line.startswith("#"):
            target.add(line)
    return frozenset(always), frozenset(opening | always)
