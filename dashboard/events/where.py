"""Where an event happened: the place its own clause names, by ACLED's rules.

- A name inside a weapon, product, ship or organisation name ("Hwasong-18", "ROKS Marado",
  "Japan Maritime Self-Defense Force") is never the location.
- A flag state ("the Barbados-flagged carrier", "a ship registered in Liberia") is where the
  ship is registered, not where it was attacked.
- A sea, strait or gulf named in the clause is the location: ACLED codes events at sea to the
  water body (geo precision 3). "Off the coast of X", "off X" and "near X" locate to X at geo
  precision 2 (3 for a country).
- Names that are targets, origins or possessors ("toward Japan", "from Moscow", "Japan's") are
  not where the event happened; nor is where the people who speak of it are ("officials in
  Seoul said"), nor a sea naming a port or a trade ("the Red Sea port of Hodeidah", "Black
  Sea shipping"), nor, for a launch, the path of its missile ("over Japan", "into the sea").
- Several countries and nothing finer are the parties ("Japan, South Korea and the United
  States agreed"), except the ones the clause puts the event in ("strikes on camps in
  Libya") and the ones a hazard struck (a hazard has no parties).
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.analysis import TextAnalysis
from dashboard.events.lexicon import load
from dashboard.events.narrative import family_of
from dashboard.events.sides import capital_country
from dashboard.events.tokens import verb_forms
from dashboard.model import Mention

Span = tuple[int, int]

# Text right after a name that makes it part of a weapon, class or brand, or a flag state.
IN_NAME_AFTER = re.compile(
    r"[-‐‑](?:\d|[A-Z]{1,3}\d|class|type|style|made|built|flagged|registered|owned|operated)",
    re.IGNORECASE,
)
# Text right before a name that makes it a flag state or registry, or what a ship or body is
# tied to, owned or run by, or bound for ("a container ship linked to Israel", "a tanker
# bound for Turkey"): ACLED codes an event where it happened, and an owner's or a
# destination's country is neither where a ship was taken nor a side of its own
FLAG_BEFORE = re.compile(
    r"\b(?:flagged|registered|flagged in|flag of|sailing under the flag of|linked to|tied to|"
    r"owned by|operated by|managed by|chartered by|bound for|headed for|heading for)\s+"
    r"(?:in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_AIMED_AT = r"reach|reaching|strike|hit|target(?:ing)?|toward|towards|against"


def _not_place_before(words: str) -> re.Pattern[str]:
    """Text ending right before a name that makes it no event place: one of ``words`` (a
    regex alternation), or a possessive."""
    return re.compile(rf"(?:\b(?:{words})\s+(?:the\s+)?|['’]\s?s?\s*$)$", re.IGNORECASE)


NOT_LOCATION = _not_place_before(_AIMED_AT + "|from")
# a show of force "from" a place was there: a missile is coded to its launch site (ACLED)
LAUNCHED_NOT_HERE = _not_place_before(_AIMED_AT)
# Text right before a country that names a weapon's maker or seller ("drones made by Turkey",
# "jets supplied by the United States"): where the weapon came from, neither a side nor where
# it was used
MAKER_BEFORE = re.compile(
    r"\b(?:made|built|supplied|designed|manufactured|produced|sold)\s+(?:in|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A hazard has no target: what it "hit" or "struck" is where it happened ("a quake hit
# Wajima"); only where it came from or headed is elsewhere, and a possessor stays a part's
HAZARD_FROM = re.compile(
    r"(?:\b(?:toward|towards|from)\s+(?:the\s+)?|['’]\s?s?\s*$)$",
    re.IGNORECASE,
)
# Force has a target: what an attack "hit" or "struck" is where it landed ("missiles hit
# Kyiv"), as ACLED codes an attack to where it struck; only where it came from or headed
# toward is elsewhere (and a launch's or a threat's target is no place of its own)
STRUCK_FROM = re.compile(
    r"(?:\b(?:toward|towards|from|reach|reaching)\s+(?:the\s+)?|['’]\s?s?\s*$)$",
    re.IGNORECASE,
)


# the other party of a verbal act ("lodged a protest with Beijing", "talks with Kyiv") is a
# capital standing for its government, not where the act was
COUNTERPART_NOT_HERE = _not_place_before(_AIMED_AT + "|from|with")
# troops withdraw from where they were: ACLED codes a withdrawal to the place left
WITHDRAWN_NOT_HERE = _not_place_before(_AIMED_AT)
# a threat is made where its maker is; what it threatens to hit is its target ("warned it
# would fire rockets at Tel Aviv", "would retaliate against any strike on Crimea")
THREAT_NOT_HERE = _not_place_before(_AIMED_AT + "|from|at|on|over|into")
# what a threat says would be done ("threatened to block the highway to Batumi", "warned that
# they would shell the village of X"): its places are the threatened act's, not where the
# threat was made (CAMEO 1.1b3 ch. 13 codes the threat; ACLED codes where an act took place).
# A lowercase verb after "to" or a modal opens that act; a place before it stays the threat's
# the same holds for an appeal or a demand ("ordered Azerbaijan to allow the return of
# Armenians to Karabakh"): the place is the asked act's (CAMEO 1.1b3 ch. 02, 10)
_ASKS_AN_ACT = frozenset({"02", "10", "13"})
_DENIED_THAT = re.compile(r"\b(?:that|of)\b")
_ASKED_VERB_BEFORE = re.compile(r"\bto\s+$")
THREATENED_ACT = re.compile(
    r"\b(?:to|would|will|could|might)\s+(?!(?:the|a|an|its|their)\b)[a-z]+\b"
)


# who a protest or complaint is made to ("protested to Pyongyang through diplomatic
# channels", "lodged a protest with Beijing"): the addressee, not where it was made (CAMEO
# 1.1b3 §114 "complain officially": the target)
_ADDRESSED_TO = re.compile(
    r"\b(?:(?:protest|complain|appeal)(?:ed|s)?\s+to|(?:protest|complaint)s?\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _not_here(code: str) -> re.Pattern[str]:
    """The words before a name that make it no place of an event of ``code``."""
    if code.startswith("DIS-"):
        return HAZARD_FROM
    if code[:2] == "13":
        return THREAT_NOT_HERE
    if code[:3] == "087":
        return WITHDRAWN_NOT_HERE
    if code[:2] in _VERBAL:
        return COUNTERPART_NOT_HERE
    if code[:2] == "15":
        return LAUNCHED_NOT_HERE
    return STRUCK_FROM if code[:2] in ("18", "19", "20") else NOT_LOCATION


# "blocked the main road from Kosti": a road is told by a town it leaves from, and the act on
# it is near that town (ACLED geo precision 2), not where force came from
ROAD_FROM = re.compile(
    r"\b(?:road|highway|motorway|route|railway|rail\s+line|supply\s+line)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
NEAR = re.compile(
    r"\b(?:near|outside|close to|off(?:\s+the\s+(?:coast|coasts|shore|shores|port|island|"
    r"islands)\s+of)?|off)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# A country name as a person's or body's nationality ("the most senior U.S. official", "a
# Chinese Navy frigate"): it names who acted, not where (ACLED locates by place, not by actor)
NATIONALITY_AFTER = re.compile(
    r"\s+(?:[A-Z][\w.-]*\s+){0,2}(?:officials?|diplomats?|envoys?|ambassadors?|ministers?|"
    r"president|speaker|senators?|lawmakers?|delegation|delegates?|troops|soldiers|forces|navy|"
    r"army|military|general|spokes(?:man|woman|person)|leaders?|counterparts?|secretary|"
    r"congress(?:man|woman)?|citizens?|nationals?|(?:fighter\s+)?jets|fighters|warplanes|"
    r"warships?|bombers?|pilots?|aircraft|drones?|missiles?|frigates?|destroyers?|submarines?|"
    r"helicopters?|tanks?|(?:navy\s+)?ships?|vessels?|tankers?|carriers?|embassy|consulate|base|"
    # a state's document or offer ("a US proposal", "an Egyptian plan") is no place either
    r"proposals?|plans?|offers?|initiatives?|requests?|resolutions?|drafts?|demands?|aid)\b",
    re.IGNORECASE,
)
# people named by nationality whose trade or status takes them abroad ("a Chinese engineer
# was kidnapped", "two French tourists", "an Indian fisherman was shot"): ACLED codes an event
# where it happened, and a victim's nationality says where they come from, not where they
# were (foreign workers and travellers are the usual victims of kidnappings abroad)
TRAVELLER_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:tourists?|engineers?|technicians?|contractors?|expatriates?|"
    r"missionar(?:y|ies)|pilgrims?|travell?ers?|fisherm[ae]n|seafarers?|sailors?|crew(?:men)?|"
    r"aid\s+workers?|businessm[ae]n|businesswom[ae]n|hikers?|climbers?|students?|hostages?)\b",
    re.IGNORECASE,
)
# who a government sends away, and where to ("deported a journalist to London", "extradited
# him to the United States"): CAMEO 1.1b3 §174 (expel or deport) and §063 (judicial
# cooperation) are the sending state's acts on its own soil; the destination is a goal
SENT_TO = re.compile(
    r"\b(?:deport\w*|extradit\w*|expell?\w*|repatriat\w*|sent\s+back|flown\s+back)\s+"
    r"(?:[\w-]+\s+){0,4}?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# where a convoy, ship or aid was going ("a convoy carrying food for El Fasher was attacked
# in North Darfur", "a tanker bound for India"): ACLED codes an event where it happened, and
# the destination is a purpose, not a place the event reached
DESTINATION_BEFORE = re.compile(
    r"\b(?:bound|destined|headed|heading|en route|on (?:its|their) way)\s+(?:for|to)\s+(?:the\s+)?$"
    # where people fled to is their refuge, not where what they fled happened
    r"|\b(?:fled|flee|flees|fleeing|escaped|escaping)\s+(?:(?:[\w-]+\s+){0,2}?)(?:to|into)\s+"
    r"(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$"
    r"|\b(?:carrying|taking|delivering|bringing|transporting)\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+"
    r"(?:the\s+)?$",
    re.IGNORECASE,
)
# an outlet's nationality ("told a French broadcaster", "a Turkish newspaper reported"): who
# reported, neither a side nor where it happened ("Iranian state media", the state's own
# voice, does not match: "state" stands between)
MEDIA_AFTER = re.compile(
    r"\s+(?:private\s+)?(?:broadcaster|newspaper|daily|weekly|radio|"
    r"television|TV|channel|news\s+agency|news\s+outlet|outlet|magazine|website|network|"
    r"media|press|reporters?|journalists?)\b",
    re.IGNORECASE,
)
# who names or labels the act ("in what New Delhi called Operation Sindoor", "what Moscow
# describes as a special operation"): the speaker's seat, not where it happened
# the neighbour across a border ("blocked the border crossing with Ukraine at Medyka",
# "closed its border with Chile"): the other side, not where the act was
_BORDER_WITH = re.compile(
    r"\bborders?(?:\s+(?:crossings?|posts?|checkpoints?))?\s+with\s+(?:the\s+)?$", re.IGNORECASE
)
# the parties of talks, a deal or a war ("mediating talks between Israel and Hamas", "the war
# between Russia and Ukraine"): countries named as sides, not where it happened
BETWEEN_PARTIES = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}and\s+(?:the\s+)?)?$", re.IGNORECASE
)
_WHAT_BEFORE = re.compile(r"\bwhat\s+(?:the\s+)?$", re.IGNORECASE)
_NAMER_AFTER = re.compile(
    r"\s+(?:called|calls|described|describes|termed|terms|dubbed|dubs|labell?ed|branded)\b",
    re.IGNORECASE,
)
# a demonym naming a currency ("400 million Australian dollars", "yen lent"): a unit of
# value (ISO 4217 currency names), neither a side of the act nor where it happened
CURRENCY_AFTER = re.compile(
    r"\s+(?:dollars?|pounds?(?:\s+sterling)?|yen|yuan|renminbi|rupees?|euros?|francs?|pesos?|"
    r"shillings?|dinars?|dirhams?|rubles?|roubles?|hryvnias?|riyals?|rials?|lir[ae]|naira|"
    r"cedis?|rand|krona|kronor|kroner|zlotys?|forints?|bahts?|ringgits?|rupiahs?|taka)\b",
    re.IGNORECASE,
)
MAKER_AFTER = re.compile(r"[-‐‑](?:made|built|supplied|designed|manufactured)\b", re.IGNORECASE)
# a country that backs the group it qualifies, which is then no side of that country's own
# (CAMEO 1.1b3 codes such groups by their own country and sector, not their patron's), nor
# where the group acted ("the Iran-backed Houthis targeted ships near Bab el-Mandeb")
PATRON_AFTER = re.compile(
    r"[-‐‑](?:backed|sponsored|funded|financed|trained|armed|aligned|allied|supported|"
    r"affiliated|linked|leaning|friendly)\b",
    re.IGNORECASE,
)
# the seat of a group ("a Lagos-based rights group accused the army of torture in Maiduguri"):
# an attribute of the actor (ACLED's actor description), not where the act was
SEAT_AFTER = re.compile(r"[-‐‑](?:based|headquartered)\b", re.IGNORECASE)
# who brokered or guaranteed a deal ("a truce brokered by Saudi Arabia"): a third party
# (CAMEO 1.1b3 §045 mediation), not where the deal was made, unless the event is that
# mediation (§045, the broker's own act); a host ("hosted by") is where it was
BROKER_BEFORE = re.compile(
    r"\b(?:brokered|mediated|guaranteed|facilitated|sponsored)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# an envoy's post ("recalled its ambassador to Paris"): where the envoy serves, named as the
# goal of the recall, not where the recalling state acted (CAMEO 1.1b3 §161)
POST_BEFORE = re.compile(
    r"\b(?:ambassadors?|envoys?|consuls?|charg[ée]s? d['’]affaires|emissary)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# who launched what was shot down ("shot down 25 of the drones Russia launched"): the
# launcher's country, named in a relative clause on the weapons, is not where they fell
LAUNCHER_AFTER = re.compile(r"\s+(?:had\s+)?(?:launched|fired|sent)\b", re.IGNORECASE)
# the people who speak of the event, or watch it, are where they are, not where it happened
SPEAKERS_IN = re.compile(
    r"\b(?:officials?|diplomats?|sources?|analysts?|experts?|observers?|authorities|"
    r"correspondents?|reporters?|journalists?|ministry|government)\s+in\s+$",
    re.IGNORECASE,
)
# where the report was given ("…, a police spokesman said in Abuja", "told reporters in
# Geneva"): the speaker's place, not the event's
SAID_IN = re.compile(
    r"\b(?:said|says|told\s+(?:\w+\s+){0,2}?|speaking|spoke|announced|added|stated|claimed|"
    r"confirmed|reported|wrote|issued|released|published|posted)\s+(?:(?:on|late|early)\s+\w+\s+)?"
    r"(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# where a speaker spoke, before what they reported ("speaking at a news conference in
# Brussels, said missiles had hit Kharkiv"): a force or aid act told there happened elsewhere
SPOKE_AT = re.compile(
    r"\b(?:speaking|spoke|said|told\s+(?:\w+\s+){0,2}?)\s+(?:(?:at|to|during|after|before)\s+"
    r"(?:\w+\s+){0,4}?)?(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a place named as the subject of a reporting verb ("Kinshasa said", "Greece said on Monday
# that"): the government speaking, not where what it reports happened (ACLED: an event is
# coded where it happened, not where it was reported from)
SPEAKER_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|had|also|again)\s+)?(?:said|says|told|announced|claimed|reported|alleged|"
    r"confirmed|stated|insisted|warned|accused|charged)\b",
    re.IGNORECASE,
)
# acts done to people or things, which a speaker only reports (CAMEO 1.1b3 material roots:
# aid, yield, protest, force, coerce, assault, fight, mass violence)
_DONE_ELSEWHERE = ("07", "08", "14", "17", "18", "19", "20")
# what was discussed ("Putin and Xi discussed Ukraine"): the topic, not the venue
DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|debated?|debating|talked\s+about|spoke\s+about)\s+"
    r"(?:the\s+(?:situation|war|crisis|conflict|fighting)\s+in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# a sea used as a noun's modifier: "the Red Sea port of Hodeidah", "Black Sea shipping"
SEA_MODIFIER = re.compile(
    r"\s+(?:ports?|coast|coastline|shipping|trade|routes?|lanes?|fleet|city|cities|towns?|"
    r"resorts?|islands?|states?|nations?|countries|region)\b",
    re.IGNORECASE,
)
# a launch's path: where the missile flew or fell, not where it was fired from (ACLED codes a
# launch to its launch site, or else to the launching country)
# troops that moved "into" a country are there (CAMEO 1.1b3 §154 mobilize armed forces):
# the path rule is a projectile's
MOBILISE = "154"
PATH_BEFORE = re.compile(r"\b(?:over|across|into|toward|towards|past)\s+(?:the\s+)?$", re.I)
# a region or sea naming the kind of a place it then names ("the Caribbean island of St
# Vincent", "the Gulf state of Qatar", "the Baltic nation of Estonia"): the place is the one after
_REGION_OF = re.compile(
    r"\s+(?:island|islands|nation|state|country|port|city|town|kingdom|republic|archipelago|"
    r"emirate)\s+of\b",
    re.IGNORECASE,
)
_KIND_WORDS = frozenset(
    "island islands nation state country port city town kingdom republic emirate".split()
)


def _kind_of_what_follows(text: str, m: Mention) -> bool:
    """A name read with its kind word ("Gulf state", "Caribbean island") that goes on "of" a
    place ("the Gulf state of Bahrain"): it says what kind of place the next name is."""
    words = m.text.split()
    return (
        len(words) > 1
        and words[-1].lower() in _KIND_WORDS
        and re.match(r"\s+of\s+[A-Z]", text[m.end : m.end + 8]) is not None
    )


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
IN_BEFORE = re.compile(r"\b(?:in|into|inside|across|throughout)\s+(?:the\s+)?$", re.I)
# a country's or province's part: "Morocco's High Atlas", "Ukraine's southern Kherson region"
PART_AFTER = re.compile(
    r"['’]s?\s+(?:(?-i:[A-Z])[\w-]*\s+){0,2}(?:(?:north|south|east|west)(?:ern)?|north-?\w+|"
    r"south-?\w+|central|coastal|mountainous|remote)?\s*(?:(?-i:[A-Z])[\w-]*\s+){0,2}"
    r"(?:capital|border|mountains?|range|islands?|coast(?!\s+guard)|coastline|region|province|district|"
    r"state(?!\s+(?:media|television|department|council))|county|valley|desert|highlands?|peninsula)\b",
    re.IGNORECASE,
)
# where a clause turns to the happening its event answered or followed: the places after it
# are that happening's ("a response to the strike on its consulate in Damascus")
ANSWERED = re.compile(
    r"\b(?:(?:in|a|as a|in direct) response to|(?:in )?retaliation (?:for|against)|"
    r"(?:in )?revenge for|(?:days?|hours?|weeks?) after|after|following)\s+"
    r"(?=(?:the|a|an|its|their|his|her|last|this|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"January|February|March|April|May|June|July|August|September|October|November|December)"
    r"(?-i:[A-Z])[\w-]*)\b"
    # or a clause with a bare subject and a finite verb ("after police raided its embassy in
    # Quito", "after gunmen attacked"): the cause told, with places of its own
    r"|(?-i:[a-z]+(?:\s+[a-z]+){0,2}\s+(?:[a-z]{3,}ed|was|were|had)\b))",
    re.IGNORECASE,
)


def own_stretch(text: str, trigger_start: int, clause: Span, code: str = "") -> Span:
    """``clause`` up to where it turns to what its event answered or followed ("... in
    response to the strike on its consulate in Damascus"): that happening's places and
    actors are not this one's. With the event's ``code``, also up to a second verb phrase
    of another kind joined by "and" ("declared an emergency in ten provinces and visited
    Adana": Adana is the visit's); one of the same kind ("shelled the town and killed
    twelve in Izium") is the same happening told on."""
    end = clause[1]
    answered = ANSWERED.search(text, trigger_start, end)
    if answered is not None:
        end = answered.start()
    turn = _BUT_AFTER.search(text, trigger_start, end)
    if turn is not None:
        end = turn.start()  # "…, but Ukraine accused Russia of violating it": another act
    said = SAYING_AFTER.search(text, trigger_start, end)
    if said is not None:
        end = said.start()
    charge = CHARGE.search(text, max(clause[0], trigger_start - 40), end)
    if charge is not None and charge.start("cut") > trigger_start:
        end = charge.start("cut")  # "executed a man convicted of spying for Israel"
    if code[:2] in _VERBAL:
        topic = TOPIC.search(text, trigger_start, end)
        if topic is not None:
            end = topic.start()
    if code[:2].isdigit():
        for m in _AND_VERB.finditer(text, trigger_start, end):
            if m.start() - trigger_start > 12 and _another_act(m["verb"], code):
                return clause[0], m.start()
    return clause[0], end


# a participle of saying after the event ("seized the ship, saying they acted for the
# Palestinians in Gaza"): what follows is what was said, so its places are not the event's
# (the reporting clause of ACE 2005's event guidelines; SAID_IN does this for "said in")
_BUT_AFTER = re.compile(r",\s+(?:but|yet|while|whereas)\s")
SAYING_AFTER = re.compile(
    r",\s+(?:saying|adding|claiming|arguing|insisting|stressing|warning|vowing|accusing)\b"
)
# what someone was convicted, sanctioned or arrested for ("convicted of spying for Israel",
# "sanctioned for supplying drone parts to Iran"): the charge's places are not the event's
CHARGE = re.compile(
    r"\b(?:convicted|accused|charged|sentenced|jailed|executed|arrested|detained|sanctioned|"
    r"punished|fined|blacklisted|indicted|targeted)\b[^.;]{0,60}?"
    r"\b(?P<cut>(?:of|for|with|over)\s+(?:\w+\s+)?\w+ing)\b",
    re.IGNORECASE,
)
# what a meeting, a statement or a protest note is about: the places after it are the
# topic's ("met to discuss the fighting in Sudan", "summoned the envoy over the detention of
# a writer in Beijing"), not where the talking was (ACLED codes a meeting where it was held)
TOPIC = re.compile(
    r"\b(?:to\s+(?:discuss|debate|review|address|talk\s+about|consider)|about|regarding|"
    r"in\s+protest\s+(?:at|against|over)|"
    r"concerning|over\s+(?!(?:the\s+)?(?:weekend|past|last|next|coming|course|years?|months?|"
    r"weeks?|days?|summer|winter|spring|autumn|holidays?)\b)(?=(?:the|a|an|its|their|his|her)\s))",
    re.IGNORECASE,
)
# CAMEO's verbal roots (statements, appeals, intents, consultations, diplomacy, demands,
# disapproval, rejections, threats, protests of states): they have a topic; force has a target
_VERBAL = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "16"})
_AND_VERB = re.compile(r"\s(?:and|then)\s+(?:then\s+|later\s+|also\s+)?(?P<verb>[a-z]+)\b")


def _another_act(word: str, code: str) -> bool:
    """``word`` is a past verb that the lexicon codes only under roots other than ``code``'s."""
    forms = verb_forms(word)
    if forms is None or "VBD" not in forms[1]:
        return False
    roots = {r.code[:2] for r in load().index.get(forms[0], ()) if r.kind == "V"}
    # one happening told on in its family's words: an attack as an assault or as fighting
    family = family_of(code)
    same = family is not None and family in {family_of(r) for r in roots}
    return bool(roots) and code[:2] not in roots and not same


_NEW_CLAUSE = re.compile(r"[;]|,\s+(?:and|but|while|as|sweeping|\w+ing)\b")
# a reference point named to orient the reader ("north of Kyiv", "upstream of Sylhet",
# "downriver from Mosul"): ACLED codes the event where it happened, not at the landmark it
# is told relative to
_DIRECTION_OF = re.compile(
    r"\b(?:(?:north|south)?-?(?:west|east)|north|south|upstream|downstream|upriver|downriver)"
    r"\s+(?:of|from)\s+$",
    re.IGNORECASE,
)


def precision_of(m: Mention | None) -> int:
    return m.place.geo_precision if m and m.place else 9


def _is_country(m: Mention) -> bool:
    return m.place is not None and m.place.kind == "country"


def _place_possessor(text: str, m: Mention) -> bool:
    """A country or province in the possessive before one of its parts ("Morocco's High
    Atlas mountains"): where the event was, unlike "Japan's atrocities" or "Russia's army"."""
    if m.place is None or m.place.kind not in ("country", "admin1"):
        return False
    return bool(PART_AFTER.match(text, m.end)) and not NATIONALITY_AFTER.match(text, m.end + 2)


# a town's own part in the possessive: "Donetsk's western outskirts", "Odesa's port"
CITY_PART_AFTER = re.compile(
    r"['’]s?\s+(?:(?:north|south|east|west)(?:ern)?\s+|(?:north|south)-?(?:east|west)(?:ern)?\s+|"
    r"central\s+|old\s+)?(?:outskirts|suburbs?|centre|center|districts?|neighbou?rhoods?|"
    r"quarters?|port|harbou?r|airport|outskirt|downtown|old\s+town|old\s+city|train\s+station|"
    r"railway\s+station|main\s+square)\b",
    re.IGNORECASE,
)


def _town_part(text: str, m: Mention) -> bool:
    """A town in the possessive before one of its own parts: where the event was."""
    return (
        m.place is not None
        and m.place.kind not in ("country", "sea")
        and bool(CITY_PART_AFTER.match(text, m.end))
    )


# an armed group named after a small town ("Fano fighters", an Amhara militia; not the
# Italian town): a town's name before the group's word names the group, not where it fought
GROUP_AFTER = re.compile(r"\s+(?:fighters|militias?|militiamen|militants|insurgents)\b")
SMALL_TOWN = 200_000  # people; a city larger than this names its own militias' base


def _group_named_after(text: str, m: Mention) -> bool:
    """A small town's name right before "fighters" or "militia": a group's name."""
    p = m.place
    return (
        p is not None
        and p.kind == "city"
        and p.population < SMALL_TOWN
        and GROUP_AFTER.match(text, m.end) is not None
    )


# a demonym between "<Name> of" and a capitalised head ("the Organization of American
# States", "the Union of South American Nations"): a word of an organisation's proper name
# (ACE 2005 names: the whole name is one ORG mention), no place the text puts anything at
_NAME_OF_BEFORE = re.compile(r"\b(?-i:[A-Z][a-z]+)\s+of\s+(?:the\s+)?(?:(?-i:[A-Z][a-z]+)\s+)?$")
_NAME_HEAD_AFTER = re.compile(r"\s+(?-i:[A-Z][a-z]+)")


def demonym_in_name(text: str, start: int, end: int, name: str) -> bool:
    """Is ``text[start:end]`` a demonym, not the country's own ``name``, inside an "X of
    <demonym> Y" proper name ("the Organization of American States")?"""
    return (
        text[start:end] != name
        and _NAME_OF_BEFORE.search(text, max(0, start - 40), start) is not None
        and _NAME_HEAD_AFTER.match(text, end) is not None
    )


# a country's initials ("U.S.", "UK", "EU") before a lower-case content word are an adjective
# ("the U.S. atomic bombing", "a UK court"), as a demonym is; before a function word
# ("arrested in the U.S. on Monday") they are the place
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")
_NEXT_WORD = re.compile(r"\s+(?P<w>[a-z][a-z-]*)")
_FUNCTION_WORDS = frozenset(
    "on in at and or to for last this that after before since with by over from as but "
    "said says earlier later until during amid under into than because while where when "
    "which who is was are were has had have will would could".split()
)


def _initials_as_adjective(text: str, m: Mention) -> bool:
    p = m.place
    if p is None or p.kind != "country" or not _INITIALS.fullmatch(text, m.start, m.end):
        return False
    if _IN_BEFORE.search(text, max(0, m.start - 20), m.start):
        return False  # "marched in the US capital": a venue, however it is written
    nxt = _NEXT_WORD.match(text, m.end)
    return nxt is not None and nxt["w"] not in _FUNCTION_WORDS


_IN_BEFORE = re.compile(r"\b(?:in|at|across|inside|near|into|throughout)\s+(?:the\s+)?$")


def _owns_what_follows(text: str, m: Mention) -> bool:
    """ "outside Georgia's parliament": the possessive names what is near, not the country
    (the generic possessive rule of ``locate`` then sets it aside)."""
    return text[m.end : m.end + 2] in ("'s", "’s") and not _place_possessor(text, m)


def _part_of_owner(text: str, owner: Mention | None, m: Mention) -> bool:
    """``m`` is a region or town owned by the country just before it ("Russia's Samara
    region", "Ukraine's Kherson"): a place inside the owner, not a thing it owns. So is a
    part the geoparser placed inside the town before it ("Kabul's Dasht-e-Barchi district",
    at Kabul's point: see ``places.told_within.part_of_possessor``)."""
    if owner is None or owner.place is None or m.place is None:
        return False
    if m.place.id.endswith(f"@{owner.place.id}"):
        return bool(re.fullmatch(r"['’]s?\s+", text[owner.end : m.start]))
    if owner.place.kind != "country":
        return False
    code = owner.place.country_code
    joint = text[owner.end : m.start]
    return (
        code is not None
        and m.place.country_code == code
        and bool(re.fullmatch(r"['’]s?\s+", joint))
    )


# a place naming a document ("the Paris agreement", "the Minsk accords", "the Oslo
# protocol"): the text it was signed in, not where the event is (talks and summits, by
# contrast, are held where they are named: "the Geneva talks")
NAMES_A_TEXT = re.compile(
    r"\s+(?:climate\s+|peace\s+|nuclear\s+|grain\s+)?(?:agreements?|accords?|treaty|treaties|"
    r"protocols?|conventions?|declarations?|communiqu[eé]s?|charter|memorandum|pact|format|"
    r"framework|deal)\b",
    re.IGNORECASE,
)


def is_named_part(text: str, m: Mention, blocked: list[Span]) -> bool:
    """The mention is part of a weapon, ship, organisation, document or flag-state phrase."""
    if any(s <= m.start and m.end <= e for s, e in blocked):
        return True
    return bool(
        IN_NAME_AFTER.match(text, m.end)
        or FLAG_BEFORE.search(text, max(0, m.start - 40), m.start)
        or NAMES_A_TEXT.match(text, m.end)
    )


def _object_of_trigger(text: str, trigger_start: int, m: Mention) -> bool:
    """The people before the place are what the event was done to, not who speaks of it:
    "police detained four journalists in Minsk" (no clause mark between the verb and them),
    unlike "…, officials in Kyiv said"."""
    return trigger_start < m.start and not _CLAUSE_MARK.search(text, trigger_start, m.start)


_LISTED = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?")
_CLAUSE_MARK = re.compile(r"[,;:—–()\"“”]")


_METONYM_GAP = re.compile(
    r"\s+(?:(?:has|have|had|also|then|yesterday|today|on\s+[A-Z]\w+|last\s+week)\s+)*"
)
# a clause opens at a sentence mark, or after a reporting verb or "that" ("Seoul said
# Pyongyang fired…": the content clause's subject is its government too)
_OPENS_CLAUSE = re.compile(
    r"(?:^|[.;:—–-]\s*|\n\s*|\b(?:that|said|says|claimed|claims|alleged|reported|added)\s+)$"
)
# a shooting-down, an interception: what was downed was launched by someone else
_INTERCEPT_WORD = re.compile(r"\b(?:shot|shoots?|shooting|intercept\w*|downed)\b", re.I)


# "the country's worst since the Erzincan earthquake of 1939": a place in the happening an
# event is ranked against is that happening's, not the event's (the comparison's anchor)
_COMPARED_SINCE = re.compile(
    r"\b(?:worst|deadliest|biggest|largest|strongest|most\s+\w+|first)\b[^.;]{0,40}"
    r"\bsince\s+(?:the\s+|a\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.IGNORECASE,
)


def locate(
    text: str,
    trigger_start: int,
    clause: Span,
    mentions: list[Mention],
    blocked: list[Span],
    code: str = "",
    attacker: str | None = None,
) -> tuple[Mention | None, str]:
    """The event's own place within its clause, with the reason; ``(None, "")`` to fall back.
    ``code``: the event's CAMEO code or ``DIS-`` type (a launch's path and a hazard's
    countries are read by it). ``attacker``: ISO2 of who used force (CAMEO's source), whose
    country named as the subject ("Ukraine launched drones at ...") is not where force
    landed; with nothing else named the caller falls back to it."""
    clause = own_stretch(text, trigger_start, clause, code)
    near: Mention | None = None
    options: list[Mention] = []
    prev: Mention | None = None
    set_aside: Mention | None = None  # the last name excluded for the words before it
    for m in mentions:
        owner, prev = prev, m
        if not (clause[0] <= m.start < clause[1]) or m.place is None or m.place.lat is None:
            continue  # a place with no coordinates cannot locate an event on the map
        if is_named_part(text, m, blocked):
            continue
        before = text[max(clause[0], m.start - 30) : m.start]
        if set_aside is not None and _LISTED.fullmatch(text, set_aside.end, m.start):
            set_aside = m  # "officials from Moscow and Kyiv": the list shares its "from"
            continue
        if m.reason.startswith("relative phrase"):
            return m, f"the clause names {m.place.name} ({m.reason})"
        if (NEAR.search(before) or ROAD_FROM.search(before)) and not _owns_what_follows(text, m):
            near = near or m
            continue
        if (
            attacker
            and code[:2] in ("18", "19", "20")
            and m.place.country_code == attacker
            and (
                m.place.kind == "country"
                or (m.start < trigger_start and capital_country(m) == attacker)
            )
        ):
            continue  # "Tehran fired missiles at Israel": the capital is the side, not the place
        if _part_of_owner(text, owner, m):
            options.append(m)  # "Russia's Samara region": the region, in its own country
            continue
        if (
            _not_here(code).search(before)
            or MAKER_BEFORE.search(before)
            or DESTINATION_BEFORE.search(before)
            or _BORDER_WITH.search(before)
            or (m.place.kind == "country" and BETWEEN_PARTIES.search(before))
            or (_WHAT_BEFORE.search(before) and _NAMER_AFTER.match(text, m.end))
            or MAKER_AFTER.match(text, m.end)
            or CURRENCY_AFTER.match(text, m.end)
            or PATRON_AFTER.match(text, m.end)
            or SEAT_AFTER.match(text, m.end)
            or (code[:3] != "045" and BROKER_BEFORE.search(before))
            or POST_BEFORE.search(before)
            or (
                m.place.kind == "country"
                and m.start > trigger_start
                and _INTERCEPT_WORD.search(text, trigger_start, m.start) is not None
                and LAUNCHER_AFTER.match(text, m.end) is not None
            )
            or (SPEAKERS_IN.search(before) and not _object_of_trigger(text, trigger_start, m))
            or (SAID_IN.search(before) and m.start > trigger_start)
            or (m.end < trigger_start and _speaks(text, m, clause))
            or SENT_TO.search(text[max(clause[0], m.start - 60) : m.start])
            # the speaker's phrase may open before the trigger's stretch of the clause
            or (
                code[:2] in _DONE_ELSEWHERE
                and SPOKE_AT.search(text[max(0, m.start - 60) : m.start])
            )
            or DISCUSSED.search(before)
            or (
                code[:2] in _ASKS_AN_ACT
                and m.start > trigger_start
                and (
                    THREATENED_ACT.search(text, trigger_start, m.start) is not None
                    # the trigger is the asked act itself ("ordered Azerbaijan to allow …");
                    # a threat coded on its own verb ("will arrest protesters in Lagos") is
                    # where that act would be, and stays
                    or (
                        code[:2] != "13"
                        and _ASKED_VERB_BEFORE.search(
                            text, max(0, trigger_start - 12), trigger_start
                        )
                        is not None
                    )
                )
            )
            # what a denial denies ("denied that its forces had shelled Kharkiv") happened, or
            # not, at its own place; the denial was made where its speaker was
            or (
                code[:3] == "016"
                and m.start > trigger_start
                and _DENIED_THAT.search(text, trigger_start, m.start) is not None
            )
            or _COMPARED_SINCE.search(before)
            # "Paris declared a state of emergency in the territory": a capital as the
            # subject is its government (a metonym), not where the act took effect
            or (
                m.end <= trigger_start
                and capital_country(m) is not None
                and _METONYM_GAP.fullmatch(text, m.end, trigger_start) is not None
                and _OPENS_CLAUSE.search(text, max(0, m.start - 12), m.start) is not None
            )
            or _ADDRESSED_TO.search(before)
            or (code[:2] == "15" and code != MOBILISE and PATH_BEFORE.search(before))
            # "crossed into southern Israel from Gaza": forces that moved are where they went
            or (
                code == MOBILISE
                and _FROM_BEFORE.search(before)
                and re.search(r"\binto\b", text[trigger_start : m.start])
            )
            or (m.place.kind == "sea" and SEA_MODIFIER.match(text, m.end))
            or (m.place.kind in ("sea", "region") and _REGION_OF.match(text, m.end))
            or _kind_of_what_follows(text, m)
            or _DIRECTION_OF.search(before)
            or (
                text[m.end : m.end + 2] in ("'s", "’s", "' ")
                and not (_place_possessor(text, m) or _town_part(text, m))
            )
            or (m.place.kind == "country" and NATIONALITY_AFTER.match(text, m.end))
            or _group_named_after(text, m)
            or demonym_in_name(text, m.start, m.end, m.place.name)
            or _initials_as_adjective(text, m)
        ):
            if _not_here(code).search(before):
                set_aside = m
            continue
        options.append(m)
    # a sea in the trigger's own stretch of the clause, not one after ", and ..." or ";"
    seas = [
        m
        for m in options
        if m.place
        and m.place.kind == "sea"
        and not _NEW_CLAUSE.search(text, min(m.end, trigger_start), max(m.start, trigger_start))
    ]
    if seas:
        best = min(seas, key=lambda m: abs(m.start - trigger_start))
        return (
            best,
            f"the clause names a sea, strait or gulf ({best.text}): events at sea are coded to the water body",
        )
    if (
        options
        and all(m.place.kind == "country" for m in options if m.place)
        and len(options) > 1
        and not code.startswith("DIS-")
    ):
        # "Japan, South Korea and the United States agreed": parties, not a place; but
        # "strikes on camps in Libya" puts the event in Libya
        options = [
            m for m in options if IN_BEFORE.search(text[max(clause[0], m.start - 12) : m.start])
        ]
    if options:
        # at one geo precision a region inside a named country refines it ("in Russia's
        # Samara region"); else the place nearest the trigger
        parts = {m.place.country_code for m in options if m.place and m.place.kind != "country"}
        best = min(
            options,
            key=lambda m: (
                precision_of(m),
                _is_country(m) and m.place.country_code in parts,  # type: ignore[union-attr]
                abs(m.start - trigger_start),
            ),
        )
        if not _near_refines(near, best):
            return best, f"most specific place in the event's clause ({best.place.kind})"  # type: ignore[union-attr]
    if near is not None and near.place is not None:
        # ACLED: an event near a town, or off a coast, is coded to that place at precision 2
        place = replace(near.place, geo_precision=max(2, near.place.geo_precision))
        window = (text, max(clause[0], near.start - 30), near.start)
        phrase = NEAR.search(*window) or ROAD_FROM.search(*window)
        said = (phrase.group() if phrase else "near ") + near.text
        return replace(near, place=place), (
            f"'{said.strip()}': located to {place.name} at geo precision {place.geo_precision}"
        )
    return None, ""


def _speaks(text: str, m: Mention, clause: Span) -> bool:
    """``m`` opens its clause as the subject of a reporting verb ("Manila said Chinese
    vessels had blocked…"): a speaker, no place of what it says."""
    return SPEAKER_VERB_AFTER.match(text, m.end) is not None and not re.search(
        r"\b(?:in|at|near|from|to|into|of)\s+(?:the\s+)?$",
        text[max(clause[0], m.start - 12) : m.start],
        re.IGNORECASE,
    )


def _near_refines(near: Mention | None, best: Mention) -> bool:
    """Does the town an event was "near" say more than the clause's best other place, the
    country or region it lies in ("struck near Elbistan in southern Turkey")? ACLED codes an
    event near a town to that town at geo precision 2, finer than a region's or country's 3;
    a place in another country ("near the border, in Syria") is left to the clause."""
    if near is None or near.place is None or best.place is None:
        return False
    same_country = near.place.country_code == best.place.country_code
    return same_country and precision_of(best) > max(2, near.place.geo_precision)


# CAMEO 1.1b3's material roots and hazards: acts done where their people or things are
# (aid, yield, protest, force, coerce, assault, fight, mass violence), unlike statements
# and meetings, which a reporter may attend in the dateline city
_MATERIAL = frozenset({"07", "08", "14", "15", "17", "18", "19", "20"})


def dateline_elsewhere(analysis: TextAnalysis, code: str) -> bool:
    """Whether a material act with no place of its own (CAMEO ``code``, or a ``DIS-``
    hazard) must not fall back on the dateline city: the story's body names places of
    other countries and none of the dateline's own ("NAIROBI, Kenya - Congolese troops
    fought in North Kivu ... near Masisi": a regional bureau reporting on a neighbour).
    ACLED codes an event where it took place, and a city ~1,000 km away in a country with
    no part in the story is a confident wrong card; no place is better. Peoples do not
    count: "KYIV - Russian drones struck a power plant" names the attacker's nationality,
    and the story is still about the dateline's country."""
    dl = analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    if home is None or not (code.startswith("DIS-") or code[:2] in _MATERIAL):
        return False
    body = {
        m.place.country_code
        for m in analysis.mentions
        if m.start >= analysis.dateline_end and m.place is not None
    }
    body |= {
        c.code for c in analysis.countries if c.start >= analysis.dateline_end and not c.demonym
    }
    body.discard(None)
    return bool(body) and home not in body


# an act on water ("closed the surrounding waters to shipping") is at sea, not in a city
# (ACLED codes events at sea to the water body)
_AT_SEA_WORDS = re.compile(r"\b(?:waters|seas?|offshore|coast(?:line)?|strait|gulf|bay)\b", re.I)


def dateline_refines(location: Mention | None, analysis: TextAnalysis, clause: Span) -> bool:
    """Whether the dateline city says more than a fallback ``location`` that is only the
    city's own country, given by an actor's demonym in the event's own ``clause`` ("LIMA
    (AP) - Peruvian police arrested a former mayor": Peru from "Peruvian", Lima from the
    dateline). ACLED codes the most specific location the report supports; a town or
    division is finer than its country (geo precision 1-2 vs 3). A country the text names
    as such ("protests spread across Israel"), one read from elsewhere in the story, or an
    act on water ("closed the surrounding waters"), is what the report supports and stays."""
    dateline = analysis.dateline
    if location is None or dateline is None:
        return False
    p, d = location.place, dateline.place
    return (
        p is not None
        and d is not None
        and clause[0] <= location.start < clause[1]
        and any(c.demonym and c.start == location.start for c in analysis.countries)
        and not _AT_SEA_WORDS.search(analysis.text, *clause)
        and p.kind == "country"
        and d.kind != "country"
        and d.country_code == p.country_code
        and d.geo_precision < p.geo_precision
    )
