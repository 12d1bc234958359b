"""Who voices a forecast: onlookers ("analysts said", "according to experts") and the
officials of an international body that is no party to the act ("a U.N. official warned")
foretell another's act; they state no intent or threat of its actor (CAMEO 1.1b3 §03 and
§13 need the source to voice it; ACE 2005 modality Other). newuser49: "If the truce
collapses, M23 will attack Uvira, a U.N. official warned" was an M23 threat (§1384)."""

from __future__ import annotations

import csv
import re
from functools import cache

from dashboard.events.actors import _listed_countries, armed_nouns, leader_country
from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import DATA, Lexicon
from dashboard.events.sides import _capitals, body_country
from dashboard.events.tokens import Token, _lemmas
from dashboard.places.gazetteer import load

# a saying's verb for this purpose: the report cues, and the verbs a forecast is told with
_FORETELLING = frozenset({"warn", "predict", "forecast", "caution"})
# the people who speak for a body ("a U.N. official", "EU envoys", "an OSCE monitor")
_SPOKESPEOPLE = frozenset(
    "official spokesman spokeswoman spokesperson envoy diplomat monitor observer "
    "representative mediator".split()
)


def onlookers_say(p: Parse, lex: Lexicon) -> bool:
    """Is every saying in the sentence voiced by onlookers (cues.csv ``onlooker``: "analysts
    said", "said experts", "according to observers") or by an international body's officials
    whose body names no side in the sentence? Their future is a forecast."""
    saying = lex.words("report") | _FORETELLING | {"according"}
    tokens = p.tokens
    says = [i for i, t in enumerate(tokens) if t.keys & saying and not _name_part(tokens, i)]
    return bool(says) and all(_onlooker_voice(tokens, i, lex) for i in says)


def _name_part(tokens: list[Token], i: int) -> bool:
    """Is the word at ``i`` capitalised inside running text ("the United States", "the Islamic
    State"), so a word of a name, not the reporting verb its lemma is ("state")? In running
    text a verb is capitalised only at the sentence's start, while a name's words are
    capitalised wherever they stand (Chicago Manual of Style, 17th ed., 8.1 and 8.67); so
    the word must follow a word, not a dateline's dash or a quote mark ("BEIRUT — According
    to experts"). A headline in title case ("Analysts Say Iran Will Strike") has no
    lowercase content word, and there a capital says nothing."""
    if i == 0 or not tokens[i].text[:1].isupper() or not tokens[i - 1].text[:1].isalnum():
        return False
    return any(len(t.text) > 3 and t.text.isalpha() and t.text.islower() for t in tokens)


def _onlooker_voice(tokens: list[Token], i: int, lex: Lexicon) -> bool:
    """Is the saying at ``i`` voiced by onlookers: its subject before it ("analysts said"),
    after it when inverted after a comma (", said analysts"), or after "according to"? The
    object of a telling ("told analysts") is a hearer, not the voice."""
    onlooker = lex.words("onlooker")

    def at(j: int) -> bool:
        if not 0 <= j < len(tokens):
            return False
        return bool(tokens[j].keys & onlooker) or _body_official(tokens, j)

    if tokens[i].lower == "according":
        return i + 1 < len(tokens) and tokens[i + 1].lower == "to" and (at(i + 2) or at(i + 3))
    inverted = i > 0 and tokens[i - 1].lower == ","
    return at(i - 1) or (inverted and (at(i + 1) or at(i + 2)))


def _body_official(tokens: list[Token], j: int) -> bool:
    """Is the token at ``j`` a spokesperson of an international body ("a U.N. official")
    whose name stands nowhere else in the sentence, so that the body is no side of the act
    foretold ("The UN will send troops, a UN official said" is the UN's own plan)?"""
    if j < 1 or not tokens[j].keys & _SPOKESPEOPLE:
        return False
    body = tokens[j - 1].lower
    if body not in _bodies():
        return False
    return sum(1 for t in tokens if t.lower == body) == 1


@cache
def _bodies() -> frozenset[str]:
    """The lower-case names of the international bodies (kind IGO) of ``organisations.csv``,
    with the dotted forms news writes ("U.N.", "U.N", "E.U.")."""
    with (DATA / "organisations.csv").open(encoding="utf-8", newline="") as fh:
        names = {r["name"].lower() for r in csv.DictReader(fh) if r["kind"] == "IGO"}
    dotted = {".".join(n) + "." for n in names if n.isalpha() and len(n) <= 4}
    return frozenset(names | dotted)


# the words that open the verb group of a forecast clause: what another will do, and the
# epistemic forms of what another may do ("could attack", "is likely to attack": Huddleston
# and Pullum 2002, ch. 3 §9.2; a hedged forecast is as much a comment, §012, as a sure one)
_FUTURE = frozenset({"will", "would", "shall", "could", "might", "may", "likely"})
_PRONOUNS = frozenset({"it", "they", "we", "he", "she", "i", "you"})
_SUBJECT_WORDS = 6  # a subject of a few words ("Russian forces", "the M23 rebels")
# a time phrase between the saying and its clause ("said on Monday that", "said last week")
_DATED = frozenset({"on", "last", "this", "earlier"})
# between the modal and the foretold act: "will soon attack", "would not hesitate to",
_MODAL_GAP = 5  # "will launch a new offensive": the act noun after its light verb


def others_forecast(p: Parse, at: int) -> bool:
    """Is the warning at token ``at`` ("warned (that) X will attack …") a forecast of another
    party's act: the clause's subject names a party (a country, its people, a listed group or
    body, a leader's country) other than the warner's, who is itself named? Then the warner
    threatens nothing (CAMEO 1.1b3 §13 needs the source to threaten its own act): its words
    are a pessimistic comment (§012). newuser49b: "U.S. intelligence officials warned that
    Russia will attack a NATO country" was a U.S. threat of attack on Russia (§1384)."""
    return _forecast_modal(p, at) is not None


def _forecast_modal(p: Parse, at: int) -> int | None:
    """The index of the modal ("will", "would") of the clause after the saying at ``at``
    when that clause foretells another party's act (``others_forecast``); None otherwise."""
    tokens = p.tokens
    j = at + 1
    if j + 1 < len(tokens) and tokens[j].lower in _DATED and tokens[j + 1].text[:1].isupper():
        j += 2  # "said on Monday that …": the day is the saying's
    if j < len(tokens) and tokens[j].lower == "that":
        j += 1
    start = j
    # "May" with its capital is the month or a name ("said in May Iran will"), no modal
    while j < len(tokens) and (tokens[j].lower not in _FUTURE or tokens[j].text == "May"):
        if tokens[j].boundary or j - start >= _SUBJECT_WORDS:
            return None
        j += 1
    # "warned Iran last month that it would face …": the words before the complementizer
    # are the saying's addressee and time, so the clause's subject opens after "that"
    start = max((k + 1 for k in range(start, j) if tokens[k].lower == "that"), default=start)
    subject = tokens[start:j]
    if j >= len(tokens) or not subject or subject[0].lower in _PRONOUNS:
        return None
    opening = max((i + 1 for i in range(at) if tokens[i].boundary), default=0)
    doer = _party(subject) or _unnamed_armed(subject)
    voice = _party(tokens[opening:at])
    if voice is None and doer is not None and doer != _dateline_party(tokens, opening):
        voice = _named_speaker(tokens[opening:at])
    return j if doer is not None and voice is not None and doer != voice else None


# words that make an unnamed subject an armed group ("the paramilitary group", "the militia")
_ARMED_WORDS = frozenset("paramilitary paramilitaries militia militias rebel rebels".split())


def _unnamed_armed(words: list[Token]) -> str | None:
    """An armed group the subject names without a name ("the paramilitary group", "the
    rebels", "gunmen"; ``armed_subjects.csv`` and ``_ARMED_WORDS``): a party of its own,
    never the speaker's, so a body warning that it "would attack" foretells it (§012); None
    when the subject names no such group."""
    text = " ".join(w.lower for w in words)
    hit = next((n for n in armed_nouns() if re.search(rf"\b{re.escape(n)}\b", text)), None)
    if hit is None:
        hit = next((w.lower for w in words if w.lower in _ARMED_WORDS), None)
    return "group:" + hit if hit is not None else None


# a person's name is a run of capitalised words ("Hegseth", "Pete Hegseth") of at most three
_NAME_WORDS = 3


def _named_speaker(words: list[Token]) -> str | None:
    """A person named by the whole subject of a saying ("Hegseth said …", "Pete Hegseth
    said …"), whom no list knows: a run of capitalised words, none a place, a people, a body
    or a listed group (``_party`` found none), and the last of them no English word
    (lemminflect knows none of its forms: "Officials said", "The Pentagon said" are no name). The speaker of a forecast is a party of
    its own whether or not we know the person (CAMEO 1.1b3 §012 codes the one who comments);
    a dateline country that is the doer's (``_dateline_party``) keeps the doer's own voice."""
    if not 1 <= len(words) <= _NAME_WORDS:
        return None
    if not all(w.text[:1].isupper() and w.text.isalpha() and not w.text.isupper() for w in words):
        return None
    if _lemmas(words[-1].lower):
        return None  # a word the dictionary knows ("Officials", "Analysts", "Pentagon")
    return "person:" + " ".join(w.text for w in words)


def _dateline_party(tokens: list[Token], opening: int) -> str | None:
    """The country of the dateline the sentence opens with ("MOSCOW —", "MANILA,
    Philippines (AP) —"), read from the words before the clause's opening: a speaker we do
    not know, writing from the doer's own country, may be the doer's own voice ("MOSCOW —
    Peskov said Russia would respond")."""
    head = [t for t in tokens[:opening] if t.text.isalpha()]
    if not head or not head[0].text.isupper():
        return None
    return _party([t._replace(text=t.text.title()) if t.text.isupper() else t for t in head])


def foretold_by(p: Parse, at: int, lex: Lexicon) -> int | None:
    """The index of the saying ("said", "warned", "predicted") whose clause foretells, with a
    modal, the act whose verb is at token ``at`` as another party's ("Trump said on Monday
    that Iran will attack Israel"); None when no saying before it does. The speaker voices
    no threat of that party's (CAMEO 1.1b3 §13 needs the source to threaten its own act)
    and makes none against it: the words are the speaker's pessimistic comment (§012), as a
    warning's are (``others_forecast``); told by the doer's own side ("Khamenei said Iran
    will retaliate") it stays that side's threat."""
    saying = lex.words("report") | _FORETELLING
    tokens = p.tokens
    for i in range(at - 1, -1, -1):
        if not tokens[i].keys & saying:
            continue
        modal = _forecast_modal(p, i)
        if modal is not None and modal < at <= modal + _MODAL_GAP:
            return i
    return None


def _party(words: list[Token]) -> str | None:
    """The first party the words name: an international body's or a listed armed group's own
    name (a group is a party of its own, not of the country it fights in: "Congo's army" and
    "M23" are two sides), a country's ISO2 by its name or people's adjective, or a head of
    state's country (leaders.csv: "Trump" is the United States); None when they name none."""
    gaz = load()
    for n in (3, 2, 1):  # longest names first ("United Arab Emirates", "South Korean")
        for k in range(len(words) - n + 1):
            # as written: "M23" is two tokens ("M", "23") with no space between them
            name = "".join(
                (" " if i and t.start > words[k + i - 1].start + len(words[k + i - 1].text) else "")
                + t.text
                for i, t in enumerate(words[k : k + n])
            )
            low = name.lower()
            if low in _bodies():
                return low
            if low in _listed_countries():
                # one group under its singular and plural names ("Houthi", "Houthis")
                return "group:" + low.removesuffix("s")
            if low in gaz.demonyms:
                return gaz.demonyms[low]
            country = next((c for c in gaz.lookup(name) if c.kind == "country"), None)
            if country is not None and country.country_code:
                return country.country_code
            led = leader_country(name) or body_country(name) or _capital_country(name)
            if led is not None and name[:1].isupper():
                return led
    return None


@cache
def _capital_country(name: str) -> str | None:
    """The ISO2 of the country whose capital is ``name`` ("Moscow" -> RU): a capital that
    speaks or acts stands for its government (a metonym, as ``sides`` reads it)."""
    return {capital: iso for iso, capital in _capitals().items()}.get(name)


def closing_forecast(p: Parse, at: int, frame: tuple[int, int, int] | None) -> int | None:
    """The index of the verb of a closing warning frame (``warner_frame.closing_warner``:
    "Russia will launch a new offensive in the spring, Zelensky warned.") when the clause
    before it foretells, with a modal, the act at token ``at`` as a party's other than the
    frame's named speaker: the speaker's pessimistic comment (CAMEO 1.1b3 §012), as
    ``others_forecast`` reads "Zelensky warned that Russia will …"; None when there is no
    frame, no modal, no doer or speaker a list places (``_party``), or both are one side
    ("Israel will retaliate, Netanyahu warned" stays Israel's threat). ``frame``: its
    (start, end, verb) offsets."""
    if frame is None:
        return None
    start, end, verb = frame
    tokens = p.tokens
    words = [t for t in tokens if start <= t.start < end]
    said = next((i for i, t in enumerate(tokens) if t.start == verb), None)
    if said is None or not words or at >= said:
        return None
    opening = max((i + 1 for i in range(at) if tokens[i].boundary), default=0)
    modal = next(
        # the act's trigger may open on its modal ("will retaliate")
        (
            j
            for j in range(opening, at + 1)
            if tokens[j].lower in _FUTURE and tokens[j].text != "May"
        ),
        None,
    )
    if modal is None or modal == opening or at - modal > _MODAL_GAP:
        return None
    subject = tokens[opening:modal]
    if len(subject) > _SUBJECT_WORDS or subject[0].lower in _PRONOUNS:
        return None
    doer = _party(subject) or _unnamed_armed(subject)
    # a speaker no list places ("Foreign Minister Araghchi") may be the doer's own: only a
    # known party's voice ("Zelensky", "the Israeli army") is another's (no card is guessed)
    voice = _party(words)
    # "Yemen's Houthi leader": any party the frame names that is the doer makes it the
    # doer's own voice, whatever state is named first
    own = any(_party(words[k:]) == doer for k in range(1, len(words)))
    return said if doer is not None and voice is not None and doer != voice and not own else None
