"""Which acts told with no place of their own the dateline city may stand for, and what
stands instead. A wire's dateline is where the story was filed (AP Stylebook, datelines);
ACLED codes an event where it took place, at the most specific location the report
supports, and falls back to the next larger unit (geo precision 3, the country) when only
that is known. Statements, meetings and protests happen at the seat the bureau covers, so
the dateline city may stand for them; fighting, strikes, arrests and releases happen in
the field, which a capital's dateline does not give ("KYIV - Forces shelled positions
overnight" was carded at Kyiv, city precision). A confident wrong city is worse than the
country, and the country of a story filed abroad worse than no place.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.analysis import TextAnalysis
from dashboard.events.actors import armed_nouns
from dashboard.events.domain import armed_groups
from dashboard.events.place_cues import BROKER_BEFORE, LOCATIVE_END
from dashboard.events.sides import capital_country
from dashboard.model import Mention

if TYPE_CHECKING:  # drafts imports where, which imports this module's cues
    from dashboard.events.drafts import _Context, _Draft

# CAMEO 1.1b3 acts done in the field: force posture (15), coercion (17: seizures, arrests,
# repression), assault (18), fight (19), mass violence (20), a release of persons or
# property (§084, where they were held) and a riot (§145, a crowd's violence)
_FIELD_ROOTS = frozenset({"15", "17", "18", "19", "20"})
_FIELD_CODES = frozenset({"084", "145"})
# a crowd's or irregulars' acts: riots (§145) and unconventional violence (§180)
_IRREGULAR_CODES = frozenset({"145", "180"})
_RIOT = "145"
# the protest a repression answers: it happens where the protest is (ACLED codes a protest
# met with intervention as one event at the protest's place), as a protest may at the seat
_PROTEST_WORDS = re.compile(
    r"\b(?:protesters?|protestors?|demonstrators?|demonstrations?|rall(?:y|ies)|marchers?|"
    r"protests?|crowds?)\b",
    re.IGNORECASE,
)

# "turned to Russia for help": the country asked is an addressee, a figure of speech for
# seeking its support, never where anything happened (Lakoff and Johnson 1980: a state's
# policy told as a movement)
TURNED_TO = re.compile(
    r"\bturn(?:s|ed|ing)?\s+(?:[a-z]+ly\s+)?(?:instead\s+)?to\s+(?:the\s+)?$", re.IGNORECASE
)
# "released after talks in Doha": the venue of talks that led to an act, not where the act
# (a release, a fight) took place
TALKS_VENUE = re.compile(
    r"\b(?:talks|negotiations)\s+(?:[\w-]+\s+){0,4}?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE
)
# "asking Moscow to send instructors": who an appeal or demand (CAMEO 1.1b3 ch. 02, 10) is
# made to, a party, not where it was made
_ASKED = re.compile(r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on)\s+$", re.I)
_TO_VERB = re.compile(r"\s+to\s+[a-z]+")
VENUE_REACH = 60  # characters back from a name to the talks it is the venue of
# a capital speaking for its government before the act ("Washington said it had seized")
_SPEAKS_AFTER = re.compile(
    r"['’]s\s+(?:forces|troops|army|navy|government)\b|\s+(?:has\s+|had\s+)?"
    r"(?:said|says|claimed|claims|announced|confirmed|denied|accused|stated|insisted)\b"
)


def field_act(code: str) -> bool:
    """Whether CAMEO ``code`` is an act done in the field (``_FIELD_ROOTS``, ``_FIELD_CODES``),
    not at the seat of who does it; a hazard (``DIS-``) is not coded by CAMEO and is left."""
    return code[:2] in _FIELD_ROOTS or code[:3] in _FIELD_CODES


def talks_venue(text: str, lo: int, m: Mention, code: str) -> bool:
    """Whether ``m`` is named as the venue of talks (``TALKS_VENUE``) that a field act
    followed ("freed after talks in Doha"): not where the act was. ``lo``: the clause's
    start."""
    return (
        field_act(code)
        and TALKS_VENUE.search(text, max(lo, m.start - VENUE_REACH), m.start) is not None
    )


def capital_as_party(text: str, lo: int, m: Mention, trigger_start: int) -> bool:
    """Whether ``m``, before the trigger and from ``lo`` (the clause's start), is a capital
    standing for its government ("Washington said it had seized a tanker", "Moscow's forces
    captured"): a metonym, the party, not the place (not "in Moscow, officials said")."""
    return (
        m.end <= trigger_start
        and capital_country(m) is not None
        and _SPEAKS_AFTER.match(text, m.end) is not None
        and LOCATIVE_END.search(text, max(lo, m.start - 12), m.start) is None
    )


def no_place_of_act(text: str, lo: int, m: Mention, trigger_start: int, code: str) -> bool:
    """Whether ``m`` in an act's clause (from ``lo``) is no place of the act (CAMEO ``code``):
    a country turned to (``TURNED_TO``), the venue of talks a field act followed
    (``talks_venue``), or a capital standing for its government (``capital_as_party``)."""
    return (
        TURNED_TO.search(text, max(lo, m.start - 40), m.start) is not None
        or (
            code[:2] in ("02", "10")
            and _ASKED.search(text, max(lo, m.start - 20), m.start) is not None
            and _TO_VERB.match(text, m.end) is not None
        )
        or talks_venue(text, lo, m, code)
        or capital_as_party(text, lo, m, trigger_start)
    )


def _aside(text: str, start: int) -> bool:
    """A name said as a go-between, an addressee turned to, or the venue of talks."""
    return any(
        cue.search(text, max(0, start - VENUE_REACH), start)
        for cue in (BROKER_BEFORE, TURNED_TO, TALKS_VENUE)
    )


def story_countries(analysis: TextAnalysis) -> set[str]:
    """ISO2 codes of the countries the story names after its dateline, by name or by a place
    in them; not by a demonym ("Russian drones" names the attacker, not the ground), nor as a
    go-between, an addressee turned to, or the venue of talks (``_aside``)."""
    text, start = analysis.text, analysis.dateline_end
    codes = {
        m.place.country_code
        for m in analysis.mentions
        if m.start >= start and m.place is not None and not _aside(text, m.start)
    }
    codes |= {
        c.code
        for c in analysis.countries
        if c.start >= start and not c.demonym and not _aside(text, c.start)
    }
    return {c for c in codes if c}


def _home_told(analysis: TextAnalysis, home: str | None) -> bool:
    """Whether the story names the dateline's country after its dateline, by name, demonym
    or place ("KYIV - Russian forces shelled Ukrainian positions")."""
    return home is not None and (
        home in story_countries(analysis)
        or any(c.code == home for c in analysis.countries if c.start >= analysis.dateline_end)
    )


def _against_irregulars(d: _Draft, text: str) -> bool:
    """Whether the act is aimed at irregulars ("shelled rebel positions", "killed 20
    militants": ``armed_subjects.csv`` nouns after the trigger): a state's force fighting
    insurgents does so on its own ground (CAMEO 1.1b3 codes a rebel group with the country
    it acts in), where a strike on a plant or a town may be across a border."""
    nouns = set(armed_nouns())
    words = re.findall(r"[a-z]+", text[d.trigger.end : d.clause[1]].lower())
    return any(w in nouns or f"{w}s" in nouns for w in words)


def _irregular(d: _Draft, code: str) -> bool:
    """The act is by an armed group or a crowd: an unnamed armed group (actor kind
    ``group``), a listed armed group (organisations.csv), or a riot or unconventional
    violence (``_IRREGULAR_CODES``), which CAMEO 1.1b3 codes only for such doers."""
    src = d.source
    return (
        code[:3] in _IRREGULAR_CODES
        # a CAMEO 180 pattern opens on its doer: the unnamed group stands at the trigger
        or any(a.kind == "group" and a.start == d.trigger.start for a in d.actors)
        or (src is not None and (src.kind == "group" or src.name.lower() in armed_groups()))
    )


def _country(ctx: _Context, d: _Draft, cc: str, why: str) -> tuple[Mention | None, str]:
    """The country ``cc`` as the act's place (geo precision 3), at the trigger's span."""
    place = ctx.analysis.country_places.get(cc) or ctx.analysis.nations.get(cc)
    if place is None:
        return None, why
    s, e = d.trigger.start, d.trigger.end
    return Mention(s, e, ctx.analysis.text[s:e], place, 1.0, why), why


def _dateline_named_as_party(d: _Draft, ctx: _Context) -> bool:
    """The dateline city is named in ``d``'s clause before the trigger as the party that acts
    ("MOSCOW - Moscow said its forces had captured two villages")."""
    dl = ctx.analysis.dateline
    if dl is None or dl.place is None:
        return False
    text = ctx.analysis.text
    return any(
        m.place is not None
        and m.place.id == dl.place.id
        and m.start >= ctx.analysis.dateline_end
        and capital_as_party(text, d.clause[0], m, d.trigger.start)
        for m in ctx.mentions.within(*d.clause)
    )


def dateline_not_lent(d: _Draft, ctx: _Context, code: str) -> tuple[Mention | None, str] | None:
    """What stands for the dateline city as the place of ``d`` (CAMEO ``code``), told with
    no place of its own; None when the city may stand (words, meetings and protests, said or
    held at the seat the bureau covers). Else (the country at geo precision 3, or None, and
    the reason):

    - the dateline city named as the party that acts ("MOSCOW - Moscow said ...") is not
      where it acted: its country;
    - a field act (``field_act``) by a state's own force is in that state when it is the
      dateline's, or when it is aimed at irregulars and the story does not name the
      dateline's country ("NAIROBI - Ethiopian troops shelled rebel positions"); a foreign
      force's strike in a story from the dateline ("KYIV - Russian drones struck a plant")
      is in the dateline's country;
    - one by an armed group or a crowd is in the one country the story names
      (``story_countries``), or nowhere: a story filed abroad does not lend its dateline;
    - any other is in the dateline's country when the story names no other.

    The repression of a protest is where the protest is, and stays; so does a riot (§145)
    in a story that names the dateline's country: a protest, as at the seat."""
    dl = ctx.analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    if home is None:
        return None
    if _dateline_named_as_party(d, ctx):
        return _country(ctx, d, home, "no place named; the dateline city is a party: its country")
    text = ctx.analysis.text
    if not field_act(code) or _PROTEST_WORDS.search(text, *d.clause):
        return None
    if code[:3] == _RIOT and home in story_countries(ctx.analysis):
        return None
    return field_country(d, ctx, code, home)


def field_country(
    d: _Draft, ctx: _Context, code: str, home: str | None
) -> tuple[Mention | None, str]:
    """The country of a field act told with no place (``dateline_not_lent``); ``home``: the
    dateline's ISO2, None when the dateline is not where the story is. A story that names a
    sea lends no country to an act by no known side: it may have been at sea (ACLED codes
    events at sea to the water body)."""
    named = story_countries(ctx.analysis)
    src = d.source
    if _irregular(d, code):
        cc = home if home in named else next(iter(named)) if len(named) == 1 else None
        if cc is None:
            why = (
                "no place named; an armed group's or crowd's act in no one country the story names"
            )
            return None, why
        why = "no place named; armed men or a crowd acting in the country the story names"
        return _country(ctx, d, cc, why)
    if (
        src is not None
        and src.country_code
        and (
            src.country_code == home
            or (not _home_told(ctx.analysis, home) and _against_irregulars(d, ctx.analysis.text))
        )
    ):
        why = "no place named; a state's own force acting: its country"
        return _country(ctx, d, src.country_code, why)
    at_sea = any(m.place is not None and m.place.kind == "sea" for m in ctx.analysis.mentions)
    if home is not None and (named <= {home} or _home_told(ctx.analysis, home)) and not at_sea:
        return _country(ctx, d, home, "no place named; a field act in the dateline's country")
    return None, "no place named; a field act the dateline city does not give"


def held_place(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """For a release (CAMEO 1.1b3 §084) with no place of its own, the place of the capture
    or detention (§17, §18) told in its sentence or the one before ("Two aid workers held by
    militants in Mali were released after talks in Doha"): people are freed where they were
    held, not where their release was negotiated; else (None, "")."""
    if (d.trigger.full or d.trigger.code)[:3] != "084":
        return None, ""
    for e in reversed(ctx.drafts):
        code = e.trigger.full or e.trigger.code
        if e is d or not 0 <= d.sentence - e.sentence <= 1 or code[:2] not in ("17", "18"):
            continue
        if e.location is not None and e.location.place is not None:
            return e.location, f"a release is where the captives were held ({e.location.text})"
    text = ctx.analysis.text
    for m in ctx.mentions.within(*d.evidence[0]):
        if m.place is not None and _HELD_IN.search(text, max(0, m.start - 50), m.start):
            return m, f"a release is where the captives were held ({m.text})"
    return None, ""


# "seized by gunmen in Yemen", "held in Syria": where the captives were
_HELD_IN = re.compile(
    r"\b(?:held|kidnapped|abducted|seized|captured|detained|jailed|imprisoned|taken\s+hostage)"
    r"\s+(?:(?:by|since|for)\s+(?:[\w-]+\s+){1,3}?)?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "flew to the area", "visited the scene": a definite place noun with no name refers to the
# place of the happening told before (Halliday and Hasan 1976, reference by a general noun)
_THE_SCENE = re.compile(
    r"\b(?:to|at|visited|visits|toured|tours|reached|inspected)\s+the\s+(?:scene|area|site|"
    r"affected\s+area|disaster\s+(?:zone|area|site)|crash\s+site|blast\s+site)\b(?!\s+of\b)",
    re.IGNORECASE,
)
SCENE_REACH = 2  # sentences back the happening may be told in


def scene_told_before(d: _Draft, ctx: _Context) -> tuple[Mention | None, str]:
    """The place of the latest happening (a field act or a hazard) told within SCENE_REACH
    sentences before ``d``, when ``d``'s clause goes to or visits "the scene" or "the area"
    and names no place ("The governor flew to the area"): not the dateline; else (None,
    "")."""
    text = ctx.analysis.text
    if _THE_SCENE.search(text, *d.clause) is None:
        return None, ""
    for e in reversed(ctx.drafts):
        code = e.trigger.full or e.trigger.code
        if e is d or e.trigger.start >= d.trigger.start or d.sentence - e.sentence > SCENE_REACH:
            continue
        if not (field_act(code) or code.startswith("DIS-")):
            continue
        if e.location is not None and e.location.place is not None:
            return e.location, f"'the scene' of the happening told before ({e.location.text})"
    return None, ""


def party_capital(
    d: _Draft, ctx: _Context, location: Mention | None, reason: str
) -> tuple[Mention | None, str]:
    """``location`` and ``reason``, unless the place is a capital the clause names as the
    party that acts ("Washington said it had seized a tanker", ``capital_as_party``): then
    its country (geo precision 3), the government's, not the city's."""
    if location is None or location.place is None or location.start < 0:
        return location, reason
    if not capital_as_party(ctx.analysis.text, d.clause[0], location, d.trigger.start):
        return location, reason
    cc = location.place.country_code
    if cc is None:
        return location, reason
    return _country(
        ctx, d, cc, f"no place named; the capital {location.text} is a party: its country"
    )
