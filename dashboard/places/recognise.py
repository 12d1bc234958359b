"""Recognition: the spans of a text that name a gazetteer place, and the demonyms.

News text is mostly lowercase, and every place name starts with a capital, so names are
looked up only inside *runs* of capitalised words (``runs.py``, with its C twin). A name
never crosses a run's edge, so the neighbours that make a match part of a person's, ship's
or firm's name ("Kim Jong Un", "ROKS Marado", "Paris Hilton") are the run's own words. The
filters here then drop what context says is not a place.

Here: ``Recogniser`` and its value ``Match``. The filters' tests are in ``recognise_filters``,
the word lists and patterns they read in ``recognise_words``.
"""

from __future__ import annotations

import re
from itertools import compress
from typing import NamedTuple

from dashboard.places.arabic_article import capitalised_articles
from dashboard.places.arabic_surnames import arabic_surnames, is_bare_surname
from dashboard.places.epithets import epithet_name
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.given_names import given_names
from dashboard.places.honorifics import honorific_titles
from dashboard.places.inner_prefixes import scan_inner
from dashboard.places.joined_names import ampersand_firm, initial_surname_after
from dashboard.places.kind_cues import organisation_before, settlement_before, settlement_kind
from dashboard.places.municipal import organ_run
from dashboard.places.names import CONNECTORS, fold, name_key
from dashboard.places.party_members import member_nouns, party_member_home
from dashboard.places.person_names import PersonNames, nicknamed
from dashboard.places.recognise_filters import (
    PlainWords,
    _as_title,
    _glued_after,
    _month_day,
    _numbered_word,
    _opens_institution,
    _part_of_arabic_name,
    _spelled_out,
    county_office,
    ends_county,
    lone_article,
    modifier_only,
    opens,
    organisation_titles,
)
from dashboard.places.recognise_words import (
    _BARE_TITLES,
    _COMPANY_AFTER,
    _COMPANY_WORDS,
    _COMPASS_NAMES,
    _COMPOUND,
    _DISEASE_AFTER,
    _DOT_TITLES,
    _FEAST_CITY,
    _FEAST_DAY,
    _FEATURE_INITIALS,
    _FEATURE_NOUNS,
    _GUARD_AFTER,
    _GUARD_NOUNS,
    _INSTITUTION_ENDS,
    _PERSON_VERBS,
    _SAINT,
    _SHARES_BEFORE,
    _STORM_AFTER,
    _STORM_CLASSES,
    _VESSEL_BEFORE,
    _VESSEL_WORDS,
    FEATURE_AFTER,
    FEATURE_WORDS,
    INSTITUTION_WORDS,
    METROPOLIS,
    MONTHS_DAYS,
    NEWSPAPER_WORDS,
    OPENERS,
    PLACE_PREMODIFIERS,
    office_titles,
    stoplists,
)
from dashboard.places.romance_landmarks import inside, landmark_spans
from dashboard.places.runs import (
    Demonym,
    Hit,
    Plain,
    Scan,
    any_of,
    plain_c,
    scan,
    spaced_words_c,
    tables_of,
)

# a capitalised word, then a lowercase feature word ("the Crimean peninsula"); the hint is
# the cheap test first, over ``_FEATURE_NOUNS`` as ``FEATURE_AFTER`` reads them
_FEATURES = "|".join(_FEATURE_NOUNS)
_FEATURE_HINT = re.compile(rf"[a-z] (?:{_FEATURES})\b")
_NAMED_FEATURE = re.compile(rf"\b((?-i:[A-Z])[a-z]+) ({_FEATURES})\b")
_THING_WORDS = _VESSEL_WORDS + _COMPANY_WORDS  # a ship's or a company's cue words
# kind_cues.settlement_kind's and settlement_before's words
_SETTLEMENT_HINTS = (" village", " town", " hamlet", " suburb")


def _outside_titles(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` without those inside an organisation's title or its head word ("the
    Alliance of Sahel States": Alliance, Ohio is not named; ``organisation_titles``)."""
    titles = organisation_titles(text, [(m.start, m.end) for m in matches])
    if not titles:
        return matches  # the common case
    return [m for m in matches if not any(a <= m.start and m.end <= b for a, b in titles)]


def _feature_hint(text: str) -> bool:
    """Whether ``_FEATURE_HINT`` matches in ``text``: its feature words after a space and at
    a word's end, found in C (``runs.spaced_words_c``), with an ASCII lowercase letter
    before the space; a third of the regex's cost, which steps through every character."""
    if spaced_words_c is None:
        return _FEATURE_HINT.search(text) is not None
    return any(
        s >= 2 and "a" <= text[s - 2] <= "z" for s, _ in spaced_words_c(text, _FEATURE_NOUNS)
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
_OPEN = bytes([1, 0, 0, 1]) + bytes(252)  # left to the filters or dropped


class Recogniser(PersonNames):
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
            MONTHS_DAYS
            | self.opening
            | gaz.dotted
            | _STORM_CLASSES
            | _COMPASS_NAMES
            | self.titles
            | _GUARD_NOUNS,
            OPENERS | MONTHS_DAYS | PLACE_PREMODIFIERS,
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
            # the C test asks _keep of a name before a party member's noun (party_members)
            _INSTITUTION_ENDS | {w.lower() for w in member_nouns()},
            gaz.index,
        )
        # a dotted key's two readings, sliced once: the resolver memoises candidates by the
        # identity of these tuples, which a fresh slice per match would not keep stable
        self._dotted_split: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        # (candidates, kind) -> the candidates of that kind (see _settlements)
        self._kind_ids: dict[tuple[tuple[str, ...], str], tuple[str, ...]] = {}

    def find(self, text: str) -> tuple[list[Match], list[Demonym]]:
        # "strikes on al-Qaim": the lowercase article is read as the name's head (offsets kept)
        matches, demonyms = self._find(capitalised_articles(text))
        if "-" in text:  # a substring test in C first: most texts have no "al-" name
            matches = self._without_arabic_names(text, matches)
            matches = [m for m in matches if not lone_article(text, m)]  # "al-" alone
        if "s Day" in text:  # a substring test in C first: few texts name a feast day
            matches = [m for m in matches if not self._feast_day(text, m)]
        matches = [m for m in matches if not _numbered_word(text, m) and not _month_day(text, m)]
        if "the " in text.lower():  # "the Balkan country": an epithet's adjective (``epithets``)
            matches = [m for m in matches if not epithet_name(text, m.start, m.end)]
        if " d" in text and (spans := landmark_spans(text)):  # "Gare de Lyon" (romance_landmarks)
            matches = [m for m in matches if not inside(spans, m.start, m.end)]
        if ". " in text:  # "George W. Bush": a middle initial makes the name a person's
            matches = [m for m in matches if not initial_surname_after(text, m.end)]
        if "&" in text:  # "Marks & Spencer": a firm's name (``joined_names``)
            matches = [m for m in matches if not ampersand_firm(text, m.start, m.end, self.gaz)]
        if " of " in text:  # a substring test in C first: an organisation's title needs it
            matches = _outside_titles(text, matches)
        if _feature_hint(text):  # few texts name a feature in lowercase after a word
            matches, demonyms = self._adjective_features(text, matches, demonyms)
        if any_of(text, _SETTLEMENT_HINTS):  # "in X village": only X's populated places
            matches = self._settlements(text, matches)
        # substring tests in C first: most texts name no ship and no shares, so one pass over
        # both lists answers for them (runs.any_of: 2.5 times as fast as Python's 30 ``in``)
        lowered = text.lower()
        if not any_of(lowered, _THING_WORDS):
            return matches, demonyms
        vessels = any_of(lowered, _VESSEL_WORDS)
        company = any_of(lowered, _COMPANY_WORDS)
        return [m for m in matches if not self._names_a_thing(text, m, vessels, company)], demonyms

    def _without_arabic_names(self, text: str, matches: list[Match]) -> list[Match]:
        """``matches`` without the parts of longer Arabic names ("Bab al-Hawa", "Moqtada
        al-Sadr") and without a person's surname repeated bare ("Sadr had urged":
        ``arabic_surnames``)."""
        parts = [m for m in matches if _part_of_arabic_name(text, m)]
        if not parts:
            return matches
        index = self.gaz.index
        surnames = arabic_surnames(text, [(m.start, m.end) for m in parts], index.__contains__)
        return [
            m
            for m in matches
            if m not in parts and not is_bare_surname(text, m.start, m.end, surnames)
        ]

    def _adjective_features(
        self, text: str, matches: list[Match], demonyms: list[Demonym]
    ) -> tuple[list[Match], list[Demonym]]:
        """'the Crimean peninsula', 'the Persian gulf': a capitalised word that is no place
        by itself (an adjective) with a lowercase feature word after it is the gazetteer's
        feature of that name (GeoNames and our regions list 'Crimean Peninsula'), as
        ``_featured`` reads one after a place name; a demonym inside it is the name's part."""
        taken = [(m.start, m.end) for m in matches]
        found = []
        for fm in _NAMED_FEATURE.finditer(text):
            if any(s < fm.end() and fm.start() < e for s, e in taken):
                continue  # a place name there already ("Noto peninsula": _featured)
            ids = self.gaz.index.get(f"{fold(fm.group(1))} {fm.group(2)}")
            if ids:
                found.append(Match(fm.start(), fm.end(), ids))
        if not found:
            return matches, demonyms
        kept = [d for d in demonyms if not any(f.start <= d[0] < f.end for f in found)]
        return sorted([*matches, *found]), kept

    def _settlements(self, text: str, matches: list[Match]) -> list[Match]:
        """Each match a settlement word follows ("in Paro village") with only its candidates
        of that kind (GeoNames class P); one with none is dropped: a district of that name
        elsewhere is no village here (``kind_cues``). One a settlement word and "of" precede
        ("the suburb of X") keeps all its candidates when none is of that kind."""
        out = []
        for m in matches:
            kind = settlement_kind(text, m.start, m.end)
            loose = kind is None and (kind := settlement_before(text, m.start)) is not None
            if kind is None:
                out.append(m)
                continue
            key = (m.place_ids, kind)
            ids = self._kind_ids.get(key)
            if ids is None:
                # kept for good: the resolver memoises by the identity of these tuples
                ids = self._kind_ids[key] = tuple(
                    i
                    for i, p in zip(m.place_ids, self.gaz.places_of(m.place_ids), strict=True)
                    if p.kind == kind
                )
            if ids:
                out.append(Match(m.start, m.end, ids))
            elif loose:
                out.append(m)
        return out

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
            or organisation_before(text, m.start)
        ):
            return False
        return not any(
            p.kind != "city" or p.population >= METROPOLIS for p in self.gaz.places_of(m.place_ids)
        )

    def _find(self, text: str) -> tuple[list[Match], list[Demonym]]:
        # "Port St. Lucie": a dotted prefix inside a name (``inner_prefixes``)
        hits, demonyms = scan_inner(text, self.tables, self.scan)
        keep, match = self._keep, self._match
        if self.plain is None:
            people = self._people_names(text, hits, given_names(text, hits, self.gaz))
            people |= nicknamed(text, hits)
            return [match(text, h) for h in hits if keep(text, h, people)], demonyms
        # most hits are decided in C (see PlainWords); 1 is kept unless a person's name here.
        # The masks select in C: this runs for every hit of every text.
        flags = self.plain(text, hits, self.words)
        asked = 0 in flags
        # a name opening a person's ("leader Kim Jong Un") is one the C test leaves or drops
        given = (
            given_names(text, compress(hits, flags.translate(_OPEN)), self.gaz)
            if 3 in flags or asked
            else ()
        )
        if asked or 2 in flags or given:
            suspects = list(compress(hits, flags.translate(_ASKED))) if asked else []
            # the C test does not read the lexicon: a modifier before the name makes no
            # person of it (see _people_names), though the hit itself stays dropped
            named = {
                h[2]
                for h in compress(hits, flags.translate(_NAMED))
                if h[5] is None or not modifier_only(h[5][2])
            }
            named.update(given)
            people = self._people_names(text, suspects, named, hits)
        else:
            people = frozenset()
        # 'Joaquin "El Chapo" Guzman': a given name before a quoted nickname (AP Stylebook)
        people |= nicknamed(text, hits)
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

    @staticmethod
    def _compass_place(text: str, h: Hit) -> bool:
        """A name made only of compass words ("Central", "North West") is a place only as
        "the North West", standing alone: before a capitalised word it opens a body's or a
        street's name ("South Central Ambulance Service", "North Shore hotel")."""
        if h[6] is not None and h[6][3] and text[h[1] : h[6][0]] == " ":
            return False
        return text[max(0, h[0] - 4) : h[0]].lower() == "the "

    def _keep(self, text: str, h: Hit, people: frozenset[str]) -> bool:
        start, end, key, _, single, prev, nxt = h
        if single:
            if key in MONTHS_DAYS or key in people:
                return False
            surface = text[start:end]
            if (
                key in self.opening
                and (
                    key in self.always or surface.isupper() or (prev is None and opens(text, start))
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
            if surface.isupper() and end - start <= 3 and key in self.gaz.dotted:
                # "the PA said": a state's abbreviation in capitals is its postal code (AP
                # writes "Pa.", the USPS "PA"), a place only after a town ("Erie, PA":
                # postal_codes), and the undotted town (Pa, Burkina Faso) is not written so
                return False
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
            if key in _GUARD_NOUNS and _GUARD_AFTER.match(text, end):
                return False  # "the Coast Guard", "Coast guard crews": a service, not a place
            if after == "-" and _COMPOUND.match(text, end):
                return False
            if after == "-" and text[end + 1 : end + 2].isupper() and not self._owned(key):
                return False  # "Kuki-Zo": a people's compound name; no place owns "Kuki"
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
        if party_member_home(text, start, end):
            return True  # "a Manhattan Democrat": a party member named by home (party_members)
        if key in honorific_titles():
            return False  # "the Aga Khan Foundation": a title opening a name (honorifics)
        if ends_county(text, start, end) and county_office(text, end):
            return True  # "the Tarrant County Medical Examiner": the county's office
        # a place opening an institution's name still names it: "Texas Water Development Board";
        # a village's name there is more likely a person's ("Kennedy Elementary School")
        # ... but a village's police or fire department is the village's own (municipal.py)
        return _opens_institution(text, end) and (self._has_major(key) or organ_run(text, end))

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

    def _owned(self, key: str) -> bool:
        """Whether some candidate of ``key`` bears it as its own name (or a row of
        aliases.csv gives it), not only as one of GeoNames' alternate names: "Kuki" is only
        an alternate of Kukichūō, Japan, so "Kuki-Zo" (a people of Manipur) names no town."""
        if key in self.gaz.aliases:
            return True
        return any(name_key(p.name) == key for p in self.gaz.places_of(self.gaz.index[key]))

    def _has_major(self, key: str) -> bool:
        return any(not self.gaz.minor(p) for p in self.gaz.places_of(self.gaz.index[key]))

    def _is_alias(self, key: str) -> bool:
        # Short all-caps names count only as listed aliases (US, UK, NSW) or country codes.
        return key in self.gaz.aliases or any(pid.startswith("cc:") for pid in self.gaz.index[key])
