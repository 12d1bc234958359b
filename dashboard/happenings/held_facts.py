"""Who an arrest or an expulsion held, and for what: two arrests of one place and day told apart.

Two reports of a §173 arrest or a §174 expulsion (CAMEO 1.1b3) in one city on one day meet
on every part of the rule, as the police of a city make many arrests a day and an outlet
names no actor but "police". What the act's own sentence says of it can tell two apart
(read into ``Report.facts`` by ``verdicts.facts``, compared by ``verdicts.two_acts``):

- **the person held** (``held_names``, ``anonymous``): CAMEO codes an arrest by whom it
  held (its target). A report whose act's sentence names the one held under a title of public
  office ("Police arrested the opposition leader Ana Ruiz": such a person is named by every
  outlet that tells the arrest) and one whose sentence tells someone unnamed, by an indefinite
  person noun ("arrested a 27-year-old man": indefinite reference introduces a person new to
  the text and unidentified, Quirk et al. 1985 §5.26-5.35), are two arrests. Two bare names
  and no name in common are left alone: outlets give the one held in other sentences than
  the act's (a BBC reporter named in the next sentence), so a name kept to the act's sentence
  would part one arrest's reports through the complete link (session 86, fix95). Two names
  each told with the post its bearer holds (``identified``: "Police arrested Ana Ruiz, a
  former minister,", "Tomas Lind, the editor of a weekly, was detained") are two persons
  when neither's last word is in the other (``two_identified``), so two arrests. A report
  naming several, or telling others held beside ("and 12 others", "among"), names no one;
- **the offence** (``offences``): an arrest is made for an offence (Black's Law Dictionary,
  "arrest", "charge"), and two reports whose sentence names the offence ("charged with
  fraud", "over the theft of") in different sections of UNODC's International Classification
  of Crime for Statistical Purposes (ICCS 1.0, 2015: 05 acts against property only, 07 fraud,
  deception or corruption, ...) tell two arrests.

Both are read from the act's sentence only (where "arrested"/"deported" governs the name, or
a charge cue names the offence: ``data/lexicon/held_facts.csv``), so a name or an offence told
elsewhere in an article, of someone else, never speaks; an unknown never refuses.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from dashboard.events.lexicon import role_words, sourced_rows
from dashboard.happenings.named_dead import NAME, name_patterns

HELD = "held:"
OFFENCE = "offence:"
# an arrest or an expulsion of individuals (CAMEO 1.1b3 §173, §174)
HOLDING_CODES = ("173", "174")
# others held beside the one named: the report tells a sweep, not one person's arrest
OTHERS = re.compile(
    r"\b(?:and|with|along\s+with)\s+(?:at\s+least\s+)?(?:\d+|[a-z]+)\s+others?\b|\bamong\b"
    r"|\b(?:\d+|dozens|scores|hundreds)\s+(?:other\s+)?(?:people|protesters|activists|men|women)\b",
    re.IGNORECASE,
)
# words between a charge cue and its offence; not a protest's or a campaign's object ("arrested
# over a protest against corruption" names what the crowd protested, not the charge)
_WINDOW = r"(?:(?!(?:against|protest\w*|rally|rallies|campaign\w*)\b)[\w'’-]+\s+){0,4}?"
ANONYMOUS = HELD + "?"  # the one held told as someone unnamed ("a 27-year-old man")
NAMED = "named:"  # the one held, named with the office or post they hold (``identified``)


@cache
def _offence_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    cues = role_words("held_facts.csv", "charge")
    rows = sourced_rows("held_facts.csv", "word", "role")
    return tuple(
        (
            re.compile(rf"\b(?:{cues})\s+{_WINDOW}{_spaced(r['word'])}\b", re.IGNORECASE),
            r["role"].removeprefix("iccs:"),
        )
        for r in rows
        if r["role"].startswith("iccs:")
    )


def _spaced(word: str) -> str:
    return r"\s+".join(map(re.escape, word.split()))


def offences(sentences: Iterable[str]) -> frozenset[str]:
    """The ICCS sections of the offences an act's sentence names after a charge cue.

    >>> sorted(offences(["Police detained a clerk on Monday over the theft of copper cable."]))
    ['05']
    >>> sorted(offences(["The mayor was arrested and charged with bribery."]))
    ['07']
    >>> offences(["He was held for 17 hours at the airport."])
    frozenset()
    >>> offences(["Police arrested him over a protest against corruption."])
    frozenset()
    """
    return frozenset(
        section for s in sentences for rx, section in _offence_patterns() if rx.search(s)
    )


def held_names(sentences: Iterable[str]) -> frozenset[str]:
    """The one person an arrest's or an expulsion's sentence names as held under a title of
    public office ("Former prime minister X", "opposition senator X"), casefolded; empty when
    it names none, several, no one so titled, or tells others held beside.

    >>> sorted(held_names(["Border police detained the former minister Ines Moreau on Friday."]))
    ['ines moreau']
    >>> sorted(held_names(["Opposition senator Pavel Horak was detained at the station."]))
    ['pavel horak']
    >>> held_names(["Police arrested senator Pavel Horak and 30 others at the rally."])
    frozenset()
    >>> held_names(["Lars Berg was arrested on the island on Friday."])
    frozenset()
    """
    said = list(sentences)
    if any(OTHERS.search(s) for s in said):
        return frozenset()
    found: set[str] = set()
    for rx in name_patterns("held_facts.csv", determiner=True):
        for s in said:
            found.update(bare_name(m.group(1)) for m in rx.finditer(s) if _titled(s, m.start(1)))
    return frozenset(found) if len(found) == 1 else frozenset()


def _titled(text: str, start: int) -> bool:
    """Does a title of public office stand right before the name at ``start``? Such a person is
    named by every outlet that tells the arrest (the name is the news), where a private person
    may be named by one and told as "a 32-year-old man" by another."""
    return bool(_office().search(text, 0, start))


@cache
def _office() -> re.Pattern[str]:
    return re.compile(rf"\b(?:{role_words('held_facts.csv', 'office')})\s+$", re.IGNORECASE)


def bare_name(name: str) -> str:
    """A name casefolded, without a possessive before it ("BBC's Mark Lowen" -> "mark lowen":
    the outlet's, not the person's)."""
    words = name.casefold().split()
    while len(words) > 1 and words[0].endswith(("'s", "’s")):
        words = words[1:]
    return " ".join(words)


@cache
def _anonymous() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An arrest's object, or its passive subject, told by an indefinite person noun ("arrested
    a 27-year-old man", "a woman was detained"): someone new to the text, not named."""
    verbs = role_words("held_facts.csv", "active")
    passive = role_words("held_facts.csv", "passive")
    nouns = role_words("held_facts.csv", "person")
    lead = r"(?:an?|one)\s+(?:[\w-]+\s+){0,3}?"
    return (
        re.compile(rf"\b(?:{verbs})\s+{lead}(?:{nouns})\b", re.IGNORECASE),
        re.compile(rf"(?:^|[.;]\s+|\bwhen\s+){lead}(?:{nouns})\s+(?:{passive})\b", re.IGNORECASE),
    )


def anonymous(sentences: Iterable[str]) -> bool:
    """Does the act's sentence tell the one it held as an unnamed person?

    >>> anonymous(["Police arrested a 41-year-old woman on Sunday over a fire at a warehouse."])
    True
    >>> anonymous(["A man was detained at the border crossing on Monday."])
    True
    >>> anonymous(["Police arrested the ferry's captain, Tomas Lind, on Monday."])
    False
    """
    return any(rx.search(s) for s in sentences for rx in _anonymous())


def held_facts(sentences: Iterable[str], code: str) -> frozenset[str]:
    """The person held and the offences, as ``verdicts.facts`` strings, for an arrest or an
    expulsion (``HOLDING_CODES``); empty for any other act."""
    if not code.startswith(HOLDING_CODES):
        return frozenset()
    said = list(sentences)
    names = held_names(said)
    held = {HELD + n for n in names} or ({ANONYMOUS} if anonymous(said) else set())
    named = {NAMED + n for n in identified(said)}
    return frozenset(held | named | {OFFENCE + o for o in offences(said)})


def two_held(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two reports' facts tell two arrests: one names the one held and the other tells
    someone unnamed, or each names offences and no ICCS section is shared?

    >>> two_held(frozenset({"held:ana ruiz"}), frozenset({"held:?"}))
    True
    >>> two_held(frozenset({"held:ana ruiz"}), frozenset({"held:carlos vidal"}))
    False
    >>> two_held(frozenset({"offence:05"}), frozenset({"offence:07"})), two_held(frozenset({"offence:05"}), frozenset())
    (True, False)
    """
    names_a = frozenset(f.removeprefix(HELD) for f in a if f.startswith(HELD) and f != ANONYMOUS)
    names_b = frozenset(f.removeprefix(HELD) for f in b if f.startswith(HELD) and f != ANONYMOUS)
    if (names_a and ANONYMOUS in b) or (names_b and ANONYMOUS in a):
        return True  # one names the one held, the other tells someone unnamed
    if two_identified(a, b):
        return True  # each names the one held by name and post, and they are two persons
    off_a = {f for f in a if f.startswith(OFFENCE)}
    off_b = {f for f in b if f.startswith(OFFENCE)}
    return bool(off_a and off_b and not off_a & off_b)


@cache
def _apposed() -> re.Pattern[str]:
    """An apposition right after a name that tells the office or post its bearer holds
    ("X, a former justice minister,", "X, the director of a radio station,")."""
    posts = "|".join(w for w in (role_words("held_facts.csv", r) for r in ("office", "post")) if w)
    return re.compile(rf",\s+(?:an?|the)\s+(?:[\w'’-]+\s+){{0,3}}?(?:{posts})\b", re.IGNORECASE)


@cache
def _opening() -> re.Pattern[str]:
    """A passive's subject opening its sentence with an apposition of its own commas before the
    verb ("X, the director of Y, a radio station, was taken into custody"): ``name_patterns``
    allows one comma pair only."""
    passive = role_words("held_facts.csv", "passive")
    return re.compile(rf"(?:^|[.;]\s+){NAME}(?=,[^.;]{{1,160}}?,\s+(?:{passive})\b)")


def identified(sentences: Iterable[str]) -> frozenset[str]:
    """The one person an arrest's or an expulsion's sentence holds, named with the office or
    post they hold, before the name (``held_names``) or in apposition after it ("Police
    arrested Ana Ruiz, a former minister,"), casefolded; empty when it names none, several,
    or tells others held beside. A name and its post identify one person (Quirk et al. 1985
    §17.65-17.93, apposition), so two reports each naming the one held so, and not one
    person, tell two arrests (``two_identified``).

    >>> sorted(identified(["Police arrested Ana Ruiz, a former interior minister, at home."]))
    ['ana ruiz']
    >>> sorted(identified(["Tomas Lind, the editor of a weekly, was detained on Monday."]))
    ['tomas lind']
    >>> identified(["Police arrested Tomas Lind, a 40-year-old mechanic, on Monday."])
    frozenset()
    """
    said = list(sentences)
    if any(OTHERS.search(s) for s in said):
        return frozenset()
    found = set(held_names(said))
    for s in said:
        for rx in (*name_patterns("held_facts.csv", determiner=True), _opening()):
            found.update(
                bare_name(m.group(1)) for m in rx.finditer(s) if _apposed().match(s, m.end(1))
            )
    return frozenset(found) if len(found) == 1 else frozenset()


def two_identified(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two reports each name the one held with their post (``identified``), and are the two
    names two persons? One person's family name stands in each telling of the name, first or
    last by the language's order ("Kwon Do-hyung", "Do Kwon"), while two persons may share a
    given name: the names are two when neither's last word is a word of the other.

    >>> two_identified(frozenset({"named:ana ruiz"}), frozenset({"named:ana vidal"}))
    True
    >>> two_identified(frozenset({"named:kwon do-hyung"}), frozenset({"named:do kwon"}))
    False
    >>> two_identified(frozenset({"named:ana ruiz"}), frozenset())
    False
    """
    one = [f.removeprefix(NAMED).split() for f in a if f.startswith(NAMED)]
    two = [f.removeprefix(NAMED).split() for f in b if f.startswith(NAMED)]
    if len(one) != 1 or len(two) != 1:
        return False
    x, y = one[0], two[0]
    return x[-1] not in y and y[-1] not in x
