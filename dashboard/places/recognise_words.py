"""The words and patterns the recogniser's filters read around a name.

Capitalised words that may open a place's run (``OPENERS``), words after a place that keep it
a place (``FEATURE_WORDS``, ``INSTITUTION_WORDS``) or make it a newspaper's, a vessel's, a
firm's or a person's; the locative before a name (``_LOCATIVE``, read in C where it can);
and the stoplists and office titles of ``data/gazetteer/stoplist.txt``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.abbreviations import abbreviation_end, titles
from dashboard.places.kind_cues import organisation_words
from dashboard.places.runs import locative_c

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
# Capitalised premodifiers of a town's name, read as part of no person's or firm's name: a
# metropolitan area ("Metro Denver", "Metropolitan Boston"; the US Census Bureau's
# metropolitan statistical areas bear their core city's name) and a town's old centre
# ("Historic Annapolis"; historic districts, National Register of Historic Places). Only the
# recogniser reads them (person_names._glued_before and the C test's ``prev_ok``), beside
# ``OPENERS``, which the events side reads too.
PLACE_PREMODIFIERS = frozenset({"metro", "metropolitan", "historic"})
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
    "recreation parks library utilities transit emergency "
    # a government office's unit: "the Florida Division of Forestry" (Merriam-Webster division
    # n. 2b "an administrative or operating unit of a governmental ... organization")
    "division".split()
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
# The article capitalised as a family name's ("Sheikh Mishal Al-Ahmad Al-Jaber Al-Sabah": Gulf
# ruling houses are written "Al-" in their own agencies' English, KUNA and WAM) joins the name
# the same way after a capitalised word that is no possessive (not "Gaza's Al-Shifa"): "Sabah"
# there is the Al-Sabah family, not the Malaysian state (ALA-LC Arabic romanisation, 2012)
_ARABIC_NAME_BEFORE = re.compile(
    rf"\b[A-Z][\w'’]*\s+{_ARTICLE}$|(?<![\w'’-])[A-Z]\w*(?:-[A-Z]\w*)?\s+(?:Al|El)-$"
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
# common nouns that English compounds with "guard" to name a service (Merriam-Webster,
# "coast guard", "home guard"), and that the gazetteer also holds as places (Tanzania's
# Coast region, Home in Kansas): before "guard" they name the service
_GUARD_NOUNS = frozenset({"coast", "home"})
_GUARD_AFTER = re.compile(r" [Gg]uard(?:s|sman|smen|['’]s)?\b")
_WORDS = re.compile(r"[^\W\d_]+")
# Where a sentence, line or quotation opens: the word after it is capitalised by position.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?$")
_ABBREV_END = abbreviation_end()
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
    *organisation_words(),  # the heads of "the mining company X" (kind_cues)
)
METROPOLIS = 1_000_000  # a city this large names its own market, not a company
# Context that makes a one-word name a person's (see Recogniser._person_by_context).
_INITIAL_BEFORE = re.compile(r"[A-Z][a-z]+ [A-Z]\. $")
_DOT_TITLES = titles()  # "Sen.", "Brig.": the titles of ``abbreviations``
_TITLE_BEFORE = re.compile(rf"\b(?:{'|'.join(sorted(_DOT_TITLES))})\.? $")
_ADMINISTRATION_AFTER = re.compile(r"(?:'s?|’s?)? administration\b")
_BARE_TITLES = frozenset({"Mrs ", " Mr ", " Ms ", " Dr "})
# a capitalised word after a hyphenated pair, or before it (see Recogniser._double_name)
_SURNAME_AFTER = re.compile(r" ([A-Z][a-z]+)\b(?![-'’])")
_FIRST_NAME_BEFORE = re.compile(r"(?<![\w'’.-])([A-Z][a-z]+) $")
# (and the verbs of a speech act with an object, CAMEO 1.1b3 §11-12 and §05: "Rubio
# criticized China" is a person; a small town does not criticize, its council does)
_PERSON_VERBS = frozenset(
    "said says told added asked replied explained noted wrote testified scored won lost "
    "finished pleaded admitted denied criticized criticised praised blamed accused "
    "condemned urged welcomed "
    # the speech acts of a pledge or warning (CAMEO 1.1b3 §03 and §13: "Carney pledged to
    # retaliate"); a town's council pledges, the town does not (places59)
    "pledged vowed promised warned insisted argued".split()
)
# first letters of those verbs and of "administration": a cheap test before the regexes
_AFTER_INITIALS = frozenset({"a", *(w[0] for w in _PERSON_VERBS)})
_PERSON_VERB_AFTER = re.compile(rf",? (?:{'|'.join(sorted(_PERSON_VERBS))})\b")
# Up to four more capitalised words (with "of", "and", "for" between), then the word that
# makes the whole an institution's name.
_INSTITUTION_AFTER = re.compile(
    r"(?: (?:[A-Z][\w'’.&-]*|of|and|for|&)){0,4} (?P<last>[A-Z][a-z]+)\b"
)
_INSTITUTION_ENDS = INSTITUTION_WORDS | frozenset(
    "university college academy hospital clinic commission board division court courthouse "
    "church bank company corporation systems institute library museum stadium arena airport "
    "fairgrounds prison jail center centre".split()
    # an event held there, named after it: "the Kentucky Derby", "the Iowa Senior Olympics"
    + "olympics marathon festival fair derby championships".split()
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
