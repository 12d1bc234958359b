"""What a report says that tells two happenings of one type apart, read from its sentences.

- **Magnitude.** Two earthquake reports whose magnitudes differ by ``MAGNITUDE_SPREAD`` or
  more are two quakes (a foreshock and its main shock a day apart). One quake's magnitudes
  as agencies publish them differ by scale and network: single-station surface-wave
  magnitudes scatter with a standard deviation of about 0.28 (BSSA 74(6):2357, comparing
  two MS scales), and China's and the USGS's body-wave magnitudes agree within 0.2 (Liu et
  al. 2005, Acta Seismologica Sinica 18(6)), so two reports of one quake fall within about
  0.8 of each other (twice the spread of a difference). Foreshocks and aftershocks are
  smaller by more: Båth's law puts the largest aftershock 1.2 units below its main shock.
  Great quakes are the exception: early estimates saturate (the IRIS FAQ on changing
  magnitudes: Tohoku 2011 was first 7.9, then 8.9, then 9.0), so from ``GREAT`` up nothing
  is refused. The first version refused at more than 0.5 apart; see the README's figures.
- **Exercise or launch.** A drill is not a missile launch (CAMEO codes both as shows of force,
  150): a report told only in words of an exercise and one told only in words of a launch are
  two happenings. A sentence with words of both ("a drill firing missiles") says nothing.

- **Aftermath.** A disaster's toll and rescue are told for days after it struck ("the
  earthquake has killed more than 2,000 people, officials said on Sunday"), and the reader
  may date such a sentence by the day it was said. A sentence tells the aftermath when it
  names the toll, the rescue, the survivors or EM-DAT's other human impacts (``_AFTERMATH``),
  or tells what it says as following the disaster ("after the earthquake", not "two days
  after the earthquake": ``_after_hazard``), and no new shock
  ("another magnitude 6.3 earthquake", "a strong aftershock struck": ``_NEW_SHOCK``).
  ``rules.date_part`` lets such a report meet the disaster a few days before it.

- **Sequel.** A shock told as following another and no larger ("a second strong
  earthquake", "another quake", "an aftershock of magnitude 5.5 struck"; not "a stronger
  quake", nor a sentence naming a main shock): an aftershock is by definition smaller than
  the main shock it follows (Båth's law, above), so outlets name it as one. ``grouping``
  reads "this week's earthquake" in a week holding a main shock and such a sequel as the main
  shock.

- **Repeat.** An act told as done again ("shelled the camp again", "fired more missiles on
  Thursday", "a second day of strikes") is a new occurrence of the act before it, not that
  act told a day late: ``rules.date_part`` then takes its day as told, without the rule's
  one-day slack (``repeat``).

- **Ships.** An attack or seizure at sea befalls a ship, and outlets name it ("the tanker
  X", "a bulk carrier, the Y,", "sank the Z"): two reports naming ships with none in common
  tell of two ships (``ship_names``, ``two_ships``), however alike their sea, day and sides.

A report whose sentences give no magnitude, or two that disagree, or words of both kinds,
gives ``None``: an unknown never refuses a merge.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAGNITUDE_SPREAD = 1.0  # this far apart or more: two quakes
GREAT = 8.0  # from this magnitude up, early estimates are too unsettled to refuse on
_MAGNITUDE = re.compile(
    r"\bmagnitude(?:[- ]|\s+of\s+)(?P<a>\d(?:\.\d)?)\b|\b(?P<b>\d\.\d)[- ]magnitude\b|"
    r"\b(?-i:M[wL]?)\s?(?P<c>\d\.\d)\b",
    re.IGNORECASE,
)
# the magnitude of another shock the sentence names: "a day after a magnitude 5.8 foreshock"
_OTHER_SHOCK = re.compile(r"(?:[\s-]+[\w-]+){0,2}?[\s-]+(?:foreshocks?|aftershocks?)\b", re.I)
_EXERCISE = re.compile(
    r"\b(?:drills?|exercises?|war games|manoeuvres|maneuvers|wargames)\b", re.IGNORECASE
)
# "fired 200 artillery rounds off its coast" is gunfire into the sea, the stuff of a live-fire
# drill (CAMEO 1.1b3 §150 names both), not a launch: "fired" counts only when no shell, round
# or artillery is its object
_LAUNCH = re.compile(
    r"\b(?:missiles?|rockets?|ICBMs?|launch(?:es|ed)?|test-fired|ballistic|"
    r"fired(?!\s+(?:[\w-]+\s+){0,4}?(?:artillery|shells?|rounds?)\b))\b",
    re.IGNORECASE,
)


# what is told after a disaster: its toll, its rescue, its survivors, its ruins
_AFTERMATH = re.compile(
    r"\b(?:death[- ]toll|toll\s+(?:rose|rises|climbed|passed|reached|stood|has)|"
    r"rescuers?|rescue\s+(?:teams?|workers?|efforts?|operations?)|search\s+teams?|"
    r"survivors?|rubble|aftermath|(?:has|have)\s+(?:now\s+)?(?:killed|left)|"
    r"(?:has|have)\s+died|bodies|"
    # EM-DAT's human impact, told as a count or a state after the shock (its variables: total
    # deaths, missing, injured, homeless, affected; CRED, EM-DAT documentation, "Human
    # impact"): "the number of the dead", "families made homeless", "dozens remain missing"
    r"(?:number|count|tally)\s+of\s+(?:the\s+)?(?:dead|deaths|people\s+killed|victims|"
    r"injured|missing|homeless|displaced)|"
    r"(?:made|left|were|are|remain|remained|still)\s+(?:\w+\s+)?(?:homeless|displaced|missing)|"
    r"homeless|displaced\s+(?:people|families|residents|villagers)|"
    # and what follows for the living: burials, shelter and relief
    r"funerals?|burials?|buried\s+(?:their|the)\s+dead|mourn(?:ed|ing|ers)|tents|"
    r"relief\s+(?:supplies|goods|efforts?|workers|convoys?)|"
    r"aid\s+(?:agencies|groups|workers|convoys?|deliveries))\b",
    re.IGNORECASE,
)
# a shock that is itself news: "another magnitude 6.3 earthquake", "an aftershock struck",
# "a stronger quake", or a sentence that names a foreshock or a main shock (a sequence of
# shocks: Kumamoto 2016, USGS: M6.2 on 14 April, then M7.0 about 28 hours later)
_NEW_SHOCK = re.compile(
    r"\b(?:another|a\s+second|a\s+third|a\s+new|a\s+fresh|fresh|a\s+stronger|"
    r"an?\s+(?:even\s+)?(?:more\s+powerful|bigger|larger))\s+"
    r"(?:(?:strong|powerful|deadly|shallow|magnitude[- ]?\d(?:\.\d)?)\s+)*"
    r"(?:earthquakes?|quakes?|tremors?|shocks?|aftershocks?)\b|"
    # its size may stand between the noun and the verb: "an aftershock of magnitude 5.5 struck",
    # "an aftershock measuring 5.1 jolted" (a shock that struck is news, whatever it is called)
    r"\baftershocks?\s+(?:(?:of\s+(?:magnitude\s+)?|measuring\s+|with\s+a\s+magnitude\s+of\s+)"
    r"\d(?:\.\d)?\s+)?(?:struck|hit|shook|rattled|jolted|rocked)\b|"
    r"\b(?:foreshocks?|main[- ]?shocks?)\b",
    re.IGNORECASE,
)

# what followed the disaster, told as following it: "slept outdoors on Tuesday after the
# earthquake destroyed their homes", "in the wake of the storm"; not a span counted from it
# ("a new shock two days after the great quake" tells another event: ``_COUNTED_BEFORE``)
_AFTER_HAZARD = re.compile(
    r"\b(?:after|since|following|in\s+the\s+wake\s+of)\s+(?:the|this|last|[A-Z]\w+'s)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:earthquakes?|quakes?|tremors?|storms?|typhoons?|cyclones?|"
    r"hurricanes?|floods?|flooding|landslides?|mudslides?|tsunamis?|eruptions?)\b",
    re.IGNORECASE,
)
_COUNTED_BEFORE = re.compile(
    r"\b(?:(?:\d+|an?|one|two|three|four|five|six|seven|several|few)\s+)?"
    r"(?:(?:full|more)\s+)?(?:hours?|days?|weeks?|months?)\s+$",
    re.IGNORECASE,
)


def _after_hazard(text: str) -> bool:
    """Does the text tell something as following a disaster ("after the quake"), not as a
    span counted from one ("two days after the quake")?"""
    return any(
        not _COUNTED_BEFORE.search(text, max(0, m.start() - 30), m.start())
        for m in _AFTER_HAZARD.finditer(text)
    )


def magnitude(sentences: Iterable[str]) -> float | None:
    """The one magnitude the sentences give, or ``None`` (none, or two that disagree).

    >>> magnitude(["A magnitude 6.1 quake shook the coast.", "The 6.1-magnitude quake ..."])
    6.1
    >>> magnitude(["The quake struck a day after a magnitude 5.2 foreshock."]) is None
    True
    """
    found = {
        float(next(g for g in m.groups() if g))
        for s in sentences
        for m in _MAGNITUDE.finditer(s)
        if not _OTHER_SHOCK.match(s, m.end())
    }
    return found.pop() if len(found) == 1 else None


# a shock told as one of a sequence's lesser shocks, in the event's own phrase
_LESSER = re.compile(r"\b(?:aftershocks?|foreshocks?)\b", re.IGNORECASE)
# Båth's law (Båth 1965; Shcherbakov and Turcotte 2004, BSSA 94(5)): a main shock's largest
# aftershock is on average 1.2 units smaller; half a unit leaves room for agencies' estimates of
# one moderate shock, which differ by tenths
LESSER_GAP = 0.5


def lesser_shock(summary: str) -> bool:
    """Does an event's own phrase (its summary) tell its quake as an aftershock or foreshock?

    >>> lesser_shock("Magnitude 5.4 aftershock near the dam"), lesser_shock("A strong quake")
    (True, False)
    """
    return _LESSER.search(summary) is not None


def own_magnitude(summary: str, sentences: Iterable[str]) -> float | None:
    """The magnitude of the quake an event tells: the one its own phrase (its summary) binds
    to an aftershock or foreshock ("last week's magnitude 5.4 aftershock"), since that shock
    is then the event's, not another the sentences name; else ``magnitude(sentences)``, which
    reads such a magnitude as another shock's.

    >>> own_magnitude("Magnitude 5.4 aftershock came after the magnitude 6.2 quake", [])
    5.4
    >>> own_magnitude("A magnitude 6.2 quake struck", ["A magnitude 6.2 quake struck."])
    6.2
    """
    if lesser_shock(summary):
        found = {
            float(next(g for g in m.groups() if g))
            for m in _MAGNITUDE.finditer(summary)
            if _OTHER_SHOCK.match(summary, m.end())
        }
        if len(found) == 1:
            return found.pop()
    return magnitude(sentences)


def lesser_and_main(a: float | None, a_lesser: bool, b: float | None, b_lesser: bool) -> bool:
    """Two quakes' magnitudes and whether each is told as an aftershock or foreshock: one told
    so and a larger one not told so cannot be one quake, since a sequence's lesser shock is by
    definition smaller than its main shock (USGS Earthquake Glossary), by ``LESSER_GAP`` or
    more to count (Båth's law). Either order."""
    if a is None or b is None or a_lesser == b_lesser:
        return False
    lesser, other = (a, b) if a_lesser else (b, a)
    return other - lesser >= LESSER_GAP - 1e-9


def two_quakes(a: float | None, b: float | None) -> bool:
    """Two magnitudes that cannot be one quake's."""
    if a is None or b is None or max(a, b) >= GREAT:
        return False
    return abs(a - b) >= MAGNITUDE_SPREAD - 1e-9


def show_kind(text: str) -> str | None:
    """ "exercise" or "launch" when the text tells of one only, else ``None``.

    >>> show_kind("The navies held a joint drill"), show_kind("It fired a missile")
    ('exercise', 'launch')
    """
    drill, launch = bool(_EXERCISE.search(text)), bool(_LAUNCH.search(text))
    return "exercise" if drill and not launch else "launch" if launch and not drill else None


# a shock told as larger than one before it, or a sequence's main shock named: no sequel
_LARGER = re.compile(
    r"\b(?:stronger|more\s+powerful|bigger|larger|main[- ]?shocks?)\b", re.IGNORECASE
)


# any later shock named, however told: "this week's aftershock", "the second quake"
_LATER_SHOCK = re.compile(
    r"\b(?:aftershocks?|(?:second|third|another|new|fresh|latest|later)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:earthquakes?|quakes?|tremors?|shocks?))\b",
    re.IGNORECASE,
)


def names_later_shock(sentences: Iterable[str]) -> bool:
    """Do the sentences name a later shock in any words ("homeless after this week's
    aftershock")? Such a report may tell the later shock, so it is never read as the main
    shock's (``grouping._main_shock``).

    >>> names_later_shock(["Families made homeless by this week's aftershock slept outdoors."])
    True
    >>> names_later_shock(["Families made homeless by this week's earthquake slept outdoors."])
    False
    """
    return any(_LATER_SHOCK.search(t) for t in sentences)


def sequel(sentences: Iterable[str]) -> bool:
    """Do the sentences tell a shock that followed another and was no larger?

    >>> sequel(["A second strong earthquake shook the province on Tuesday."])
    True
    >>> sequel(["A second, stronger quake struck two days later."])
    False
    >>> sequel(["A strong earthquake struck the coast on Friday."])
    False
    """
    texts = list(sentences)
    return any(_NEW_SHOCK.search(t) for t in texts) and not any(_LARGER.search(t) for t in texts)


def aftermath(sentences: Iterable[str]) -> bool:
    """Do the sentences tell a disaster's aftermath (toll, rescue, survivors) and no new shock?

    >>> aftermath(["The quake has killed more than 2,000 people, officials said on Sunday."])
    True
    >>> aftermath(["Another magnitude 6.3 earthquake hit the province, burying survivors."])
    False
    >>> aftermath(["A strong earthquake struck the coast on Friday."])
    False
    """
    texts = list(sentences)
    if any(_NEW_SHOCK.search(t) for t in texts):
        return False
    return any(_AFTERMATH.search(t) or _after_hazard(t) for t in texts)


# a place told as the coast an act at sea happened off: "off Aden", "off the coast of
# Hodeidah", "about 20 nautical miles off Khor Fakkan", "off the Yemeni port of Hodeidah",
# "off the island of Socotra" (ACLED codes an event off a coast to that place at geo
# precision 2; the reader does the same, ``events.where``)
_OFFSHORE = re.compile(
    r"\boff\s+(?:the\s+)?(?:\w+\s+)?(?:coast|coastline|shores?)\s+of\b|"
    r"\boff\s+the\s+(?:\w+\s+)?(?:port|harbou?r|town|city|island)\s+of\s+(?-i:[A-Z])|"
    r"\boff\s+(?-i:[A-Z])|\bnautical\s+miles\b",
    re.IGNORECASE,
)
# a compass bearing from a named place ("north of Muscat", "some 30 km east of Fujairah"):
# read as offshore only for a vessel taken (``taken_offshore``), as a ship is taken at sea
# (a ship held in a port is told "in" or "at" it); an attack "north of Aden" may be ashore
_BEARING = re.compile(
    r"\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)


def offshore(text: str) -> bool:
    """Does the event's clause tell its place as a coast it happened off?

    >>> offshore("Gunmen boarded the ship off Aden"), offshore("A drone hit a depot in Aden")
    (True, False)
    """
    return _OFFSHORE.search(text) is not None


def taken_offshore(text: str) -> bool:
    """Does the clause of a vessel taken (``rules.taken_vessel``) tell its place as a coast it
    was taken off, by the coast (``offshore``) or by a bearing from a place ("took a tanker
    north of Muscat")? A ship is seized at sea: ACLED codes an event off a coast to the
    nearest named place at geo precision 2 ("if activity occurs near a town or a city, the
    same Geo-precision code 2 is employed"), so the town names the coast, not the act's site.

    >>> taken_offshore("The navy took a tanker north of Muscat")
    True
    >>> taken_offshore("Guards seized the tanker in the port of Bandar Abbas")
    False
    """
    return offshore(text) or _BEARING.search(text) is not None


# a ship the act befell, told by the words a ship is named by (Merriam-Webster ship n. 1)
_STRUCK_VESSEL = re.compile(
    r"\b(?:ship|tanker|vessel|freighter|carrier|bulker|boat|ferry|trawler)s?\b", re.IGNORECASE
)


def vessel_bearing(text: str) -> bool:
    """Does the clause of an attack on a ship tell its place by a bearing from a town ("the
    ship was struck south-east of Aden")? A ship under way is at sea, so the town names the
    coast, as "off" does (ACLED codes an event at a distance from a town to that town at geo
    precision 2); an attack on a depot "north of Aden" names no ship and may be ashore.

    >>> vessel_bearing("The freighter was hit by a missile south-east of Aden")
    True
    >>> vessel_bearing("A drone hit a depot north of Aden")
    False
    """
    return _STRUCK_VESSEL.search(text) is not None and _BEARING.search(text) is not None


def sea_port(text: str, sea: str) -> bool:
    """Does the clause name ``sea`` only as the sea a port or coast lies on ("air raids on the
    Red Sea port", "a Black Sea port city")? A noun modifying a noun names a kind of the head
    (Quirk et al. 1985 §17.108, premodification by nouns): the place is on land, on that coast.

    >>> sea_port("Israeli raids on the Red Sea port killed six", "Red Sea")
    True
    >>> sea_port("Houthis hit a ship in the Red Sea", "Red Sea")
    False
    """
    head = r"\s+(?:port|ports|harbou?r|coast|coastline|port\s+city|coastal\s+city|city|town)\b"
    return re.search(re.escape(sea) + head, text, re.IGNORECASE) is not None


# an act told as done again: "again", "once more", "anew", "a second time", "for a second
# day", "more missiles", "fresh strikes", "another round of": the words of a new occurrence
_REPEAT = re.compile(
    r"\b(?:again|once\s+more|anew|(?:for\s+)?a\s+(?:second|third)\s+(?:time|day|night)|"
    r"another\s+(?:round|wave|barrage|salvo)|"
    r"(?:more|fresh|new)\s+(?:missiles?|rockets?|strikes?|air\s+strikes?|airstrikes?|"
    r"drones?|shelling|attacks?|launch(?:es)?|barrages?|salvos?|protests?|clashes))\b",
    re.IGNORECASE,
)


def repeat(text: str) -> bool:
    """Does the event's clause tell its act as done again (a new occurrence of an earlier one)?

    >>> repeat("Israeli forces shelled the camp again"), repeat("North Korea fired more missiles")
    (True, True)
    >>> repeat("The strike killed more than 40 people"), repeat("Troops fired missiles")
    (False, False)
    """
    return _REPEAT.search(text) is not None


# A named ship. Outlets name the vessel an act at sea befell ("the tanker Talara", "a bulk
# carrier, the Eternity C,", "sank the Eternity C"), and a ship is one happening's: two ships
# attacked in one sea on one day are two attacks (ACLED codes each), however alike their
# place, day and sides. A name is read only where the text marks it as a ship's: right after a
# vessel noun, as its apposition, or as the object of a verb only ships take (sink, scuttle,
# torpedo, hijack, board); and it must end the noun phrase (a comma, a stop or a function word
# follows), so "the tanker in the Gulf" and "the Bahamas-flagged" name nothing.
_SHIP = (
    r"(?:ship|tanker|vessel|freighter|carrier|bulker|ferry|trawler|yacht|dhow|"
    r"containership|boat)s?"
)
_NAME = r"((?-i:[A-Z][A-Za-z0-9']*|[0-9]+)(?:\s+(?-i:[A-Z0-9][A-Za-z0-9']*)){0,3})"
_ENDS = (
    r"(?=\s*[,.;:)]|\s*$|\s+(?:and|in|off|on|near|with|to|from|at|after|which|that|was|were|"
    r"had|has|is|as|while|when|before|—|-)\b)"
)
_FLAG = r"(?:(?:(?-i:[A-Z])\w+\s+)?[\w]+-(?:flagged|owned|operated|managed|registered|based)\s+)*"
_SHIP_NAME = re.compile(
    rf"\b{_SHIP}\s+(?:named\s+|called\s+)?(?:the\s+)?{_NAME}{_ENDS}|"
    rf"\b{_SHIP},\s+the\s+{_NAME}{_ENDS}|"
    rf"\b(?:sank|sunk|sink|sinks|sinking|scuttled|torpedoed|hijack(?:ed|ing|s)?|"
    rf"board(?:ed|ing|s))\s+the\s+{_FLAG}{_NAME}{_ENDS}",
    re.IGNORECASE,
)
# the words without which a text names no ship: a cheap test before a sentence is read
_SHIP_WORD = re.compile(
    rf"\b(?:{_SHIP}|sank|sunk|sink\w*|scuttled|torpedoed|hijack\w*|board\w*)\b", re.I
)
# a nationality adjective after a vessel noun ("calling the vessel Israeli") is not a name:
# demonyms end so (as ``places.cues``: "Kurdish", "Sudanese", "Haitian"), or in -i ("Yemeni")
_DEMONYM = re.compile(r"^[A-Z][a-z]+(?:ish|ese|ian|ean|an|i)$")


def _ship_names(text: str) -> set[str]:
    found = set()
    for m in _SHIP_NAME.finditer(text):
        name = next(g for g in m.groups() if g)
        if _DEMONYM.match(name):
            continue
        found.add(" ".join(name.casefold().split()))
    return found


def ship_names(summary: str | None, sentences: Iterable[str] = ()) -> frozenset[str]:
    """The names of the ships an event's clause tells of, casefolded: those its clause marks as
    a ship's, and those its sentences mark that the clause names (a sentence may name a second
    ship, "a day after the Magic Seas was hit": only the clause's count).

    >>> sorted(ship_names("The Eternity C, was attacked", ["A bulk carrier, the Eternity C, was attacked."]))
    ['eternity c']
    >>> sorted(ship_names("Rebels sank the Eternity C and took its crew"))
    ['eternity c']
    >>> ship_names("Its forces seized a ship, calling the vessel Israeli"), ship_names("The ship was hit")
    (frozenset(), frozenset())
    """
    if not summary:
        return frozenset()
    own = _ship_names(summary) if _SHIP_WORD.search(summary) else set()
    folded = " ".join(summary.casefold().split())
    for text in sentences:
        if not _SHIP_WORD.search(text):
            continue
        own |= {n for n in _ship_names(text) if re.search(rf"\b{re.escape(n)}\b", folded)}
    return frozenset(own)


def two_ships(a: frozenset[str], b: frozenset[str]) -> bool:
    """Do two reports name ships and no ship in common (a name inside the other's counts as
    common: "the MSC Aries" and "the Aries")? Then they tell of two ships.

    >>> two_ships(frozenset({"magic seas"}), frozenset({"eternity c"}))
    True
    >>> two_ships(frozenset({"msc aries"}), frozenset({"aries"})), two_ships(frozenset(), frozenset({"x"}))
    (False, False)
    """
    if not a or not b:
        return False
    for x in a:
        for y in b:
            short, long = sorted((x.split(), y.split()), key=len)
            if any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1)):
                return False
    return True
