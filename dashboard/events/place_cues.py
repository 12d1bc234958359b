"""The words around a place name that say it is not where an event happened, by ACLED's
rules: a target, origin, path or destination ("toward Japan", "from Moscow", "bound for
Turkey"), a maker, patron, medium or currency, where speakers are ("officials in Seoul
said"), a sea naming a port or a trade; ``_not_here`` picks those that apply to a code.
"""

from __future__ import annotations

import re

from dashboard.events.prefilter import gated
from dashboard.model import Mention

Span = tuple[int, int]
_AIMED_AT = r"reach|reaching|strike|hit|target(?:ing)?|toward|towards|against"
_KIND_OF = r"(?-i:(?:island|province|region|district|county|state|town|village|city) of )"


def _not_place_before(words: str) -> re.Pattern[str]:
    """Text ending right before a name that makes it no event place: one of ``words`` (a
    regex alternation; "from the island of X" as "from X"), or a possessive."""
    return re.compile(rf"(?:\b(?:{words})\s+(?:the\s+{_KIND_OF}?)?|['’]\s?s?\s*$)$", re.I)


NOT_LOCATION = _not_place_before(_AIMED_AT + "|from")
# a show of force "from" a place was there: a missile is coded to its launch site (ACLED)
LAUNCHED_NOT_HERE = _not_place_before(_AIMED_AT)
# A maker, seller or market before a name ("drones made by Turkey", "jets supplied by the US",
# "fuel bought in Europe"): where goods came from, neither a side nor where they were used
MAKER_BEFORE = gated(
    r"\b(?:made|built|supplied|designed|manufactured|produced|sold|bought|purchased)"
    r"\s+(?:in|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# whom a charge says the accused served ("executed eight men accused of collaborating with
# Israel", "hanged a man it said was spying for Israel"): the charge's party, not the place
# of the act (ACLED codes where the event took place)
CHARGE_BEFORE = re.compile(
    r"\b(?:spying|spied|spy|collaborating|collaborated|colluding|colluded|working|worked)\s+"
    r"(?:for|with)\s+(?:the\s+)?$",
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


# who a protest, complaint or contact is made with ("protested to Pyongyang", "lodged a
# protest with Beijing", "was in touch with Tehran over its crew"): the addressee, a party,
# not where anything was done (CAMEO 1.1b3 §114 "complain officially": the target; ch. 04)
_ADDRESSED_TO = re.compile(
    r"\b(?:(?:protest|complain|appeal)(?:ed|s)?\s+to|(?:protest|complaint)s?\s+with|(?:in|keeps?|kept|stay(?:s|ed)?)\s+(?:close\s+|constant\s+|direct\s+)?(?:touch|contact)\s+with)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the one a verbal act is aimed at ("after accusing Moscow of", "urged Kyiv to", "blamed
# Tehran for"): the addressee's government, a party (CAMEO 1.1b3 ch. 02, 10, 11), not where
# anything in the sentence happened; but "criticizes Ohio governor's budget" names a place
# as its official's modifier, the story's own
_ADDRESSEE_BEFORE = re.compile(
    r"\b(?:accus|blam|urg|criticis|criticiz|condemn|thank|press)(?:e|es|ed|ing|s)?\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_MODIFIES_AFTER = re.compile(r"['’]s\b|\s+[a-z]{3,}")


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
ROAD_FROM = gated(
    r"\b(?:road|highway|motorway|route|railway|rail\s+line|supply\s+line)\s+from\s+(?:the\s+)?$",
    re.IGNORECASE,
)
NEAR = gated(
    r"\b(?:near|outside|close to|off(?:\s+the\s+(?:coast|coasts|shore|shores|port|island|"
    r"islands)\s+of)?|off)\s+(?:the\s+)?"
    # a settlement word may come between, with up to three describing words ("near the
    # Afghan town of X", "outside the small northern village of X"): the place is still the
    # one the event was near (ACLED geo precision 2), whatever words say what kind it is
    # (describing words only: "near Kyiv and the city of X" puts X in no "near")
    r"(?:(?:(?:the|a|an)\s+)?(?:(?!(?:and|or|in|at|to|from|of|but|the)\s)[\w'’-]+\s+){0,3}?"
    r"(?:town|village|city|hamlet|settlement)"
    r"\s+of\s+)?$",
    re.IGNORECASE,
)
# how far back NEAR may start: "close to the small northern border town of " and a space
NEAR_REACH = 64
# A country name as a person's or body's nationality ("the most senior U.S. official", "a
# Chinese Navy frigate"): it names who acted, not where (ACLED locates by place, not by actor)
NATIONALITY_AFTER = re.compile(
    # "the U.S. and French embassies", "the U.S., French and British ones": coordinated
    r"(?:,\s+(?-i:[A-Z])[\w.-]*)*\s+(?:(?:and|or)\s+(?-i:[A-Z])[\w.-]*\s+)?(?:[A-Z][\w.-]*\s+){0,2}(?:officials?|diplomats?|envoys?|ambassadors?|ministers?|"
    r"president|speaker|senators?|lawmakers?|delegation|delegates?|troops|soldiers|forces|navy|"
    # not "Cambodian military targets", "Syrian army positions": sites in that country
    r"(?:army|military)(?!\s+(?:targets?|positions?|sites?|bases?|installations?|facilities|"
    r"posts?|outposts?|infrastructure)\b)|"
    r"general|spokes(?:man|woman|person)|leaders?|counterparts?|secretary|"
    r"congress(?:man|woman)?|citizens?|nationals?|(?:fighter\s+)?jets|fighters|warplanes|"
    r"warships?|bombers?|pilots?|aircraft|drones?|missiles?|frigates?|destroyers?|submarines?|"
    r"helicopters?|tanks?|(?:navy\s+)?ships?|vessels?|tankers?|carriers?|embass(?:y|ies)|consulates?|base|"
    # a state's document or offer ("a US proposal", "an Egyptian plan") is no place either
    r"proposals?|plans?|offers?|initiatives?|requests?|resolutions?|drafts?|demands?|aid)\b",
    re.IGNORECASE,
)
# "attacked its troops", "shelled their base": a possessive for the struck state before its
# forces or envoys says whose they are, as a nationality does, not where they stood
OWNED_AFTER = re.compile(r"\s+(?:its|their)" + NATIONALITY_AFTER.pattern, NATIONALITY_AFTER.flags)


def forces_named(text: str, owner_end: int, act_end: int) -> bool:
    """Whether the target state is named only as the owner of forces, envoys or travellers:
    by a nationality after its name ending at ``owner_end`` ("a US warship") or by "its" or
    "their" right after the act ending at ``act_end`` ("attacked its troops")."""
    return (
        NATIONALITY_AFTER.match(text, owner_end) is not None
        or TRAVELLER_AFTER.match(text, owner_end) is not None
        or OWNED_AFTER.match(text, act_end) is not None
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
SENT_TO = gated(
    r"\b(?:deport\w*|extradit\w*|expell?\w*|repatriat\w*|sent\s+back|flown\s+back)\s+"
    r"(?:[\w-]+,?\s+){0,8}?to\s+(?:the\s+)?$",  # "expelled the bishop of X, Y Z, to Rome"
    re.IGNORECASE,
)
# where a convoy, ship or aid was going ("a convoy carrying food for El Fasher was attacked
# in North Darfur", "a tanker bound for India"): ACLED codes an event where it happened, and
# the destination is a purpose, not a place the event reached
DESTINATION_BEFORE = gated(
    r"\b(?:bound|destined|headed|heading|en route|on (?:its|their) way)\s+(?:for|to)\s+(?:the\s+)?$"
    # where people fled to is their refuge, not where what they fled happened
    r"|\b(?:fled|flee|flees|fleeing|escaped|escaping)\s+(?:(?:[\w-]+\s+){0,2}?)(?:to|into)\s+"
    r"(?:the\s+)?(?:neighbouring\s+|neighboring\s+)?$"
    # a departure tried or under way beside the act ("arrested as he tried to leave for
    # Turkey"): where he meant to go, not where he was held; a main-clause "left for" stays
    r"|\b(?:tried|trying|attempt\w*|as|while|before|when)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:leave|leaving|depart|departing)\s+for\s+(?:the\s+)?$"
    r"|\b(?:carrying|taking|delivering|bringing|transporting)\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+"
    r"(?:the\s+)?$"
    # what is sent, told with where it goes ("a Turkish aid flotilla to Gaza")
    r"|\b(?:flotillas?|convoys?|shipments?|aid\s+ships?)\s+(?:for|to|bound\s+for)\s+(?:the\s+)?$"
    # a craft's or traveller's course told by a participle on its noun ("a jet flying to
    # Madrid struck a truck at Lisbon airport", "a bus travelling to Kano"), or a trip it was
    # due to make ("the plane had been due to carry supplies to Niigata"): where it was
    # going, not where what befell it happened (Huddleston and Pullum 2002, ch. 12 §7: a
    # participial modifier belongs to its noun's phrase); "was flying to Madrid", a
    # progressive, tells the act itself and is left out
    r"|(?<!\bis\s)(?<!\bare\s)(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)"
    r"\b(?:flying|travell?ing|sailing|driving|returning)\s+(?:back\s+)?(?:for|to)\s+(?:the\s+)?$"
    r"|\b(?:due|scheduled|set|expected)\s+to\s+(?:fly|sail|travel|carry|take|deliver|bring|"
    r"transport|ferry)\s+(?:[\w-]+\s+){0,3}?(?:for|to)\s+(?:the\s+)?$"
    # a voyage's port of call after its origin ("on a voyage from Dammam to", "heading from
    # Basra to"): where the ship was going, as "bound for" is
    r"|\b(?:voyage|journey|passage|sailing|heading|headed|bound|en route|flight|flying|"
    r"travell?ing|driving|trip)\s+from\s+"
    r"[^,.;]{1,40}?\s+to\s+(?:the\s+)?$"
    # a service named by where it runs ("halting trains to Turku", "cancelled flights to
    # Riga"): its route's end, not where the act stopping it was done
    r"|\b(?:trains|flights|ferries|ferry|buses|services|shipments|deliveries|connections)\s+"
    r"(?:from\s+[^,.;]{1,40}?\s+)?to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# aid's cargo sent "to" a side ("aid deliveries to Niger", "arms shipments to Kyiv"): a
# route's end that, for aid given or cut, is the recipient (CAMEO 1.1b3 §07, §162)
CARGO_TO = re.compile(
    r"\b(?:deliveries|shipments|supplies|consignments|transfers)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a voyage's ends, however long the origin's name ("on a voyage from Dammam in Saudi Arabia to
# Karachi"): the port it left, the country named for that port and the port it sailed for say
# where the ship was going, not where what befell it happened (ACLED codes an event where it
# took place); looked for ROUTE_REACH characters back, past the 30 a cue word is looked for in
ROUTE_REACH = 90
ROUTE_ENDS = gated(
    r"\b(?:voyage|journey|passage|sailing|heading|headed|bound|en\s+route|flight|flying|"
    r"travell?ing|driving|trip)\s+from\s+"
    # "in"/"of" only after the origin's name, never past a verb ("forced to land in", hap125)
    r"(?:[^,.;]{1,50}?\s+to|(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:in|of))\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# the other half of an exchange ("released ten Americans in exchange for an ally held in
# Miami"): a swap is two acts, each done where its own side holds its people, so the places
# told for what was given in return are the other act's, not the coded one's (CAMEO 1.1b3
# §0841 codes each release as its own event; ACLED codes an event where it took place)
EXCHANGED_FOR = re.compile(
    r"\bin\s+(?:exchange|return)\s+for\s+[^,.;]{1,60}?$|\bin\s+a\s+(?:swap|trade)\s+for\s+"
    r"[^,.;]{1,60}?$",
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
# the parties of talks, a deal or a war ("mediating talks between Israel and Hamas", "the war
# between Russia and Ukraine"), and the other party of a deal ("sent troops to its border
# under a deal with Washington", "freed 10 Americans in a prisoner swap with the United
# States"): countries or capitals named as sides, not where it happened
BETWEEN_PARTIES = re.compile(
    r"(?:\bbetween\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}and\s+(?:the\s+)?)?"
    r"|\b(?:deal|agreement|accord|pact|treaty|understanding|arrangement|swap|exchange)s?\s+with\s+(?:the\s+)?)$",
    re.IGNORECASE,
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
# a country naming a sanctions regime ("added firms to its Russia sanctions list"): the
# list's name, whose country is who the regime is aimed at, not where the listing was done
# (ACLED: where the event took place; the lister acts at its own seat)
REGIME_AFTER = re.compile(
    r"\s+(?:sanctions?|export[- ]control)\s+(?:list|lists|regime|regimes|programme|program|"
    r"blacklist|package|packages)\b",
    re.IGNORECASE,
)
MAKER_AFTER = re.compile(r"[-‐‑](?:made|built|supplied|designed|manufactured)\b", re.IGNORECASE)
# a country that backs the group it qualifies, which is then no side of that country's own
# (CAMEO 1.1b3 codes such groups by their own country and sector, not their patron's), nor
# where the group acted ("the Iran-backed Houthis targeted ships near Bab el-Mandeb")
PATRON_AFTER = re.compile(
    r"[-‐‑](?:backed|sponsored|funded|financed|trained|armed|aligned|allied|supported|"
    r"affiliated|linked|leaning|friendly|"
    # a go-between's deal ("under a U.S.-brokered ceasefire"): the mediator is neither a side
    # of the act done under it nor its place (CAMEO 1.1b3 §045 codes mediation on its own)
    r"brokered|mediated|drafted|proposed)\b",
    re.IGNORECASE,
)
# the seat of a group ("a Lagos-based rights group accused the army of torture in Maiduguri"):
# an attribute of the actor (ACLED's actor description), not where the act was
SEAT_AFTER = re.compile(r"[-‐‑](?:based|headquartered)\b", re.IGNORECASE)
# a gang or cartel a nationality qualifies ("a Mexican cartel", "the Haitian gang members"):
# a non-state criminal group, never the state acting (ACLED Codebook 2023 codes one as
# 'Unidentified Gang (Haiti)', a political militia or gang, not State Forces); the country
# may still be where it acted
GANG_AFTER = re.compile(
    r"\s+(?:(?:drug|criminal|armed|street|crime)\s+)?(?:gangs?|cartels?|gangsters?)\b",
    re.IGNORECASE,
)
# who brokered or guaranteed a deal ("a truce brokered by Saudi Arabia"): a third party
# (CAMEO 1.1b3 §045 mediation), not where the deal was made, unless the event is that
# mediation (§045, the broker's own act); a host ("hosted by") is where it was
BROKER_BEFORE = gated(
    r"\b(?:brokered|mediated|guaranteed|facilitated|sponsored)\s+by\s+(?:the\s+)?$"
    # the same third party told by its noun ("freed a hostage after mediation by Qatar",
    # "under the auspices of Egypt"): the go-between, not where the act was done (CAMEO
    # 1.1b3 §045 codes mediation as the mediator's own act; the mediated act is the sides')
    r"|\b(?:mediation|facilitation|sponsorship|auspices)\s+(?:by|of)\s+(?:the\s+)?$",
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
# a shooting-down, an interception: what was downed was launched by someone else
INTERCEPT_WORD = re.compile(r"\b(?:shot|shoots?|shooting|intercept\w*|downed)\b", re.I)
# the people who speak of the event, or watch it, are where they are, not where it happened
SPEAKERS_IN = gated(
    r"\b(?:officials?|diplomats?|sources?|analysts?|experts?|observers?|authorities|"
    r"seismologists?|scientists?|researchers?|monitors?|"
    r"correspondents?|reporters?|journalists?|ministry|government)\s+in\s+$",
    re.IGNORECASE,
)
# said to or about a party, wherever the speaker is: "Hezbollah blamed Israel" was said in
# Lebanon (CAMEO 1.1b3's verbal roots; a visit or a meeting, 04, is where the host is)
SAID_TO = frozenset({"01", "02", "03", "05", "10", "11", "12", "13"})
# a trip the speaker made after the act ("condemned the strike before leaving for talks in
# Moscow", "ahead of a flight to Paris"): where they went next, not where they acted (ACLED:
# an event is coded where it took place)
LATER_TRIP_BEFORE = re.compile(
    r"\b(?:before|ahead\s+of|prior\s+to)\s+(?:(?:leaving|departing|flying|travel+ing|heading|"
    r"setting\s+off)\s+(?:for|to)|(?:a|his|her|their)\s+(?:trip|flight|visit|journey)\s+to)\s+"
    r"(?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:in|at)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# a ruling body named by its seat ("the junta in Bamako said troops had killed…") speaks for
# the whole country from there (ACLED: the location is where the event took place, not where
# it was announced); police and residents are left out: "police in Karachi said" tells of
# their own town. Named after the act ("rallied in Sweida against the government in
# Damascus"), such a seat stands for the rulers the act was aimed at, not where it was
RULERS_IN = re.compile(
    r"\b(?:junta|regime|presidency|administration|cabinet|leadership|rulers|"
    r"government|authorities)\s+in\s+$",
    re.IGNORECASE,
)


def rulers_seat(text: str, before: str, end: int, *, after_act: bool) -> bool:
    """Is the place ending at ``end`` (``before`` its left context) a ruling body's seat
    (``RULERS_IN``) that names no place of the act: a speaker's seat ("the junta in Bamako
    said"), or, named after the act, the rulers the act was aimed at ("rallied against the
    government in Damascus")?"""
    rulers = RULERS_IN.search(before)
    if rulers is None:
        return False
    if SPEAKER_VERB_AFTER.match(text, end) is not None:
        return True
    # only whom the act opposes: "struck a building of the government in Kyiv" is there
    return after_act and _AGAINST_BEFORE.search(before, 0, rulers.start()) is not None


_AGAINST_BEFORE = re.compile(r"\bagainst\s+(?:the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


# where the report was given ("…, a police spokesman said in Abuja", "told reporters in
# Geneva", "told the Security Council in New York"): the speaker's place, not the event's
_TOLD = r"told(?:\s+(?!(?:\w+ed|that)\b)\w+){0,4}?"  # "told" and its addressee, no verb
SAID_IN = gated(
    rf"\b(?:said|says|{_TOLD}|speaking|spoke|announced|added|stated|claimed|confirmed|"
    r"reported|wrote|issued|released|published|posted)\s+(?:(?:on|late|early)\s+\w+\s+)?"
    r"(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# where a speaker spoke, before what they reported ("speaking at a news conference in
# Brussels, said missiles had hit Kharkiv"): a force or aid act told there happened elsewhere
SPOKE_AT = gated(
    rf"\b(?:speaking|spoke|said|{_TOLD})\s+(?:(?:at|to|during|after|before)\s+"
    r"(?:\w+\s+){0,4}?)?(?:in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# a place named as the subject of a reporting verb ("Kinshasa said", "Greece said on Monday
# that"): the government speaking, not where what it reports happened (ACLED: an event is
# coded where it happened, not where it was reported from); so is one that calls something by
# a name ("Ankara called the Greek exercise a provocation": a verb of naming, CGEL ch. 4 §5.2,
# said by a government, not where the exercise was)
SPEAKER_VERB_AFTER = re.compile(
    r"\s+(?:(?:has|had|also|again)\s+)?(?:said|says|told|announced|claimed|reported|alleged|"
    r"confirmed|stated|insisted|warned|accused|charged|called|described|branded|labell?ed|"
    r"dubbed|termed)\b",
    re.IGNORECASE,
)
# acts a speaker only reports (CAMEO 1.1b3 material roots 07, 08, 14, 15, 17-20)
_DONE_ELSEWHERE = ("07", "08", "14", "15", "17", "18", "19", "20")
# what was discussed ("Putin and Xi discussed Ukraine"): the topic, not the venue
DISCUSSED = re.compile(
    r"\b(?:discuss(?:ed|es|ing)?|debated?|debating|talked\s+about|spoke\s+about)\s+"
    r"(?:the\s+(?:situation|war|crisis|conflict|fighting)\s+in\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
# a sea used as a noun's modifier: "the Red Sea port of Hodeidah", "Black Sea shipping"
SEA_MODIFIER = re.compile(
    r"\s+(?:ports?|coast|coastline|shipping|trade|routes?|lanes?|fleet|city|cities|towns?|"
    r"resorts?|islands?|states?|nations?|countries|region|territory|territories|archipelagos?|provinces?|enclaves?)\b",
    re.IGNORECASE,
)
# a launch's path: where the missile flew or fell, not where it was fired from (ACLED codes a
# launch to its launch site, or else to the launching country). Troops that moved "into" a
# country are there (CAMEO 1.1b3 §154 mobilize armed forces): the path rule is a projectile's
MOBILISE = "154"
PATH_BEFORE = re.compile(r"\b(?:over|across|into|toward|towards|past)\s+(?:the\s+)?$", re.I)
# a region or sea naming the kind of a place it then names ("the Caribbean island of St
# Vincent", "the Gulf state of Qatar", "the Baltic nation of Estonia"): the place is the one after
_REGION_OF = re.compile(
    r"\s+(?:island|islands|nation|state|country|port|city|town|kingdom|republic|archipelago|"
    r"emirate)\s+of\b",
    re.IGNORECASE,
)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
# "drills around Taiwan": an area the act surrounds is where it took place, as "in" says; a
# compass word may part them ("in northern Syria"), a part of the place, as with a town
IN_BEFORE = re.compile(
    r"\b(?:in|into|inside|across|throughout|around|surrounding|encircling)\s+(?:the\s+)?"
    r"(?:(?:far\s+)?(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west)(?:ern)?\s+)?$",
    re.I,
)
# CAMEO's verbal roots (statements, appeals, intents, consultations, diplomacy, demands,
# disapproval, rejections, threats, protests of states): they have a topic; force has a target
_VERBAL = frozenset({"01", "02", "03", "04", "05", "10", "11", "12", "13", "16"})


# an act decided or proposed but not done, named by its noun and an infinitive ("blocked the
# government's plan to deploy police to Haiti", "rejected a proposal to send troops to X"):
# the places after it are where that act would be, not where the coded act took place (ACLED
# codes an event where it happened). Not "a bid" or "an attempt", which go with the act
# under way ("an attempt to storm the town"). An agreement to act is such a plan too ("signed
# an agreement to build a plant in the Jizzakh region": signed where the leaders met)
PLANNED_ACT = gated(
    r"\b(?:plans?|proposals?|decisions?|orders?|offers?|requests?|demands?|bills?|policy|pledges?|"
    r"agreements?|deals?|accords?|treaty|treaties|contracts?|memorandums?)\s+"
    # the noun's own modifiers may stand between ("an agreement with Uzbekistan on Monday to
    # build"), then a lowercase verb
    r"(?:(?!to\b)[\w'’-]+\s+){0,8}?to\s+(?!(?:the|a|an)\b)(?-i:[a-z]+)\b",
    re.IGNORECASE,
)
# what a statement is about, after the act ("summoned the ambassador to protest exercises
# near the Falklands", "complained over drills off Taiwan"): the topic's place, not where the
# statement was made (CAMEO 1.1b3 ch. 11: the protest is the act, made where its maker is)
TOPIC_AFTER = re.compile(
    r"\b(?:to\s+(?:protest|condemn|denounce|complain\s+about|object\s+to)|over|about|"
    r"regarding|concerning)\b",
    re.IGNORECASE,
)

# what a blame is laid on ("blamed the violence on the arrest of a cartel leader in Texas"):
# the cause's place, not where the blame was voiced (CAMEO 1.1b3 §112 accuse)
BLAMED_ON = re.compile(r"\bon\s+(?:the|an?|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?of\b", re.I)


# a noun's reduced relative that says what it joins ("roads connecting it to South Korea"):
# the noun's link, not where the act was done; and where people are held ("the release of
# hostages held in Gaza"), which is no place of a deal or statement about them, though force
# against them falls there (Huddleston and Pullum 2002, ch. 12 §7: a participial modifier of a
# noun belongs to that noun's phrase)
LINKING_BEFORE = re.compile(
    r"\b[a-z]+s?\s+(?:connecting|linking|joining)\s+(?:it\s+|them\s+)?(?:to|with)\s+(?:the\s+)?$"
)
HELD_BEFORE = re.compile(
    r"\b[a-z]+s\s+(?:held|kept|detained|imprisoned|jailed)\s+(?:in|at)\s+(?:the\s+)?$"
)
# a place premodifying the noun a verbal act is about ("condemned the Gaza aid flotilla's
# interception"): a noun modifier classifies its head (Quirk et al. 1985 §17.108), the thing
# spoken of, not where the speaker spoke
_THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
# only what is sent somewhere, or a war or truce spoken of from afar, is told by its place
# ("the Gaza aid flotilla", "the Kyiv delegation", "welcomed the Gaza ceasefire"); "the
# Sochi election", "the Lancaster district" or "the Gaza Strip through a coup" name where
# things are
_NOUN_AFTER = re.compile(r"\s+(?:ceasefire|truce|deal|war)\b", re.IGNORECASE)
# what is sent somewhere is told by its destination for any act ("intercepted the Gaza aid
# flotilla off Cyprus": off Cyprus, not in Gaza)
_SENT_AFTER = re.compile(
    r"\s+(?:aid|flotillas?|convoys?|shipments?|package|delegations?)\b", re.IGNORECASE
)


def verbal_object(text: str, m: Mention, trigger_start: int, code: str, before: str) -> bool:
    """Is ``m``, after a verbal act's trigger (``_VERBAL`` roots), no place of it: named with
    the people held there ("prisoners held in Evin"), the one accused, blamed or urged
    ("after accusing Moscow of meddling") or premodifying a noun after "the"?"""
    if m.start <= trigger_start:
        return False
    if _THE_BEFORE.search(before) and _SENT_AFTER.match(text, m.end) is not None:
        return True
    if code[:2] not in _VERBAL:
        return False
    if HELD_BEFORE.search(before):
        return True
    if _ADDRESSEE_BEFORE.search(before) and not _MODIFIES_AFTER.match(text, m.end):
        return True
    return bool(_THE_BEFORE.search(before)) and _NOUN_AFTER.match(text, m.end) is not None


# a side told by the region it comes from ("forces from the northern region of Tigray"):
# where the party is from, not where it acted (ACLED: the event's location, not the actor's)
ORIGIN_OF = gated(
    r"\b(?:forces|troops|fighters|rebels|delegates|delegation|leaders|officials|authorities)"
    r"\s+from\s+(?:the\s+)?(?:[a-z]+\s+){0,2}(?:region|province|state|district|enclave)"
    r"\s+of\s+$",
    re.IGNORECASE,
)


# a distance at sea ("50 nautical miles east of Sohar"): the act was off the coast, not near
# the town (ACLED codes an event at sea to the body of water)
AT_SEA_FROM = re.compile(r"\bnautical\s+miles\b|\boff\s+(?:the\s+)?coast\b", re.IGNORECASE)


# a verb right after a capital makes it a subject ("the timeline Kyiv had sought", "a deal
# Moscow rejected"); a preposition before it makes it a place ("police in Kyiv said")
CAPITAL_ACTS = re.compile(
    r"\s+(?:(?:had|has|have|would|will|did|does|could)\s+(?:not\s+|long\s+)?[a-z]+|"
    r"said|says|sought|seeks|wants|wanted|demanded|insisted|accused|denied|rejected|claimed|"
    r"opposed|backed|proposed|requested|"
    # a judgement told of the act ("in a move Tokyo called a threat"): the capital that judges
    # is a party speaking (CAMEO 1.1b3 ch. 01, 11, 12), not where the act is
    r"called|calls|welcomed|condemned|denounced|criticised|criticized|described|"
    r"slammed|hailed|protested|decried|branded|labelled|labeled)\b"
)
LOCATIVE_END = re.compile(r"\b(?:in|at|near|to|from|of|into|outside|inside|around)\s+(?:the\s+)?$")

# the far end of an extent ("into shelters from Tel Aviv to Jerusalem"): how far an effect
# reached, not where the act was
EXTENT_TO = re.compile(
    r"\bfrom\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)*\s+to\s+$"
)

# a past perfect in a later clause ("…, returning the welcome he had been given in Mumbai"), or
# the act one answered ("followed the arrest in Lyon of"): an earlier act (Reichenbach 1947:
# E before R), and the place it names is that act's
EARLIER_ACT_IN = re.compile(
    r",\s+(?:[\w'’-]+\s+){0,6}?had\s+(?:been\s+)?[a-z]+(?:ed|en|wn|ne|t)\s+(?:[\w'’-]+\s+){0,3}?(?:in|at)\s+(?:the\s+)?$"
    r"|\b(?:follow(?:ed|s|ing)?|answer(?:ed|s|ing)?|(?:in\s+)?(?:response|retaliation|reply)\s+(?:to|for))\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){0,2}?(?:arrests?|detentions?|expulsions?|jailing|killings?|attacks?|seizures?)\s+in\s+(?:the\s+)?$"
)

# whom an act stands with ("marched in London in solidarity with Gaza", "fired at the ship in
# support of the Palestinians of Gaza"): the cause is the act's motive, told as its purpose
# (Quirk et al. 1985, 15.45: purpose and reason adjuncts), not a place it happened at
CAUSE_OF = re.compile(
    r"\bin\s+(?:solidarity|support|sympathy)\s+(?:with|of|for)\s+(?:the\s+)?"
    r"(?:(?:people|Palestinians|civilians|residents|victims)\s+(?:of|in)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)

# what an appeal asks for, where ("called for a just peace in Ukraine", "urged an end to the
# fighting in Gaza"): the state of affairs asked for is the appeal's topic (CAMEO 1.1b3 ch.
# 02: the appeal is the act, made where its maker is), not where the appeal, or a meeting
# told beside it, took place
APPEAL_TOPIC = gated(
    r"\b(?:call(?:s|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|press(?:es|ed|ing)?\s+for|"
    r"plead(?:s|ed|ing)?\s+for|urg(?:es|ed|ing))\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:peace|ceasefire|cease-fire|truce|calm|restraint|de-?escalation|dialogue|settlement|"
    r"solution|end\s+to\s+(?:the\s+)?(?:[\w-]+\s+)?(?:war|fighting|violence|conflict|"
    r"hostilities|bloodshed|siege)|(?:talks|negotiations)\s+(?:on|about|over)\s+(?:the\s+)?"
    r"(?:war|conflict|crisis|fighting|situation))\s+(?:in|for|on|over)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


# "at" right after a verb of firing or striking names what was aimed at, not where (CGEL ch. 7
# §5: "fire at", "hit back at" take "at" for the goal of the aim); "back" is the phrasal verb's
_AIMING = re.compile(r"(?:hit|strik|struck|fir|shoot|shot)\w*\b", re.IGNORECASE)
_AT_AIM = re.compile(r"\s+(?:back\s+)?at\s+(?:the\s+)?")


def aimed_at(text: str, trigger_start: int, between: str) -> bool:
    """Whether ``between`` (the text from a trigger's end to an actor) is the "at" of an aim
    after a verb of firing or striking at ``trigger_start`` ("hit back at Russian
    positions"): the actor is then the target (CAMEO 1.1b3 §19: whom force is used against),
    not a place ("at" elsewhere names where, as ``_NOT_TARGET_WORDS`` reads it)."""
    return bool(_AIMING.match(text, trigger_start)) and _AT_AIM.fullmatch(between) is not None
