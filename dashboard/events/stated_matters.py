"""Lexicon matches whose words a sentence states as a matter, a state or a judgement, not
as an act done by the sentence's actor (newuser86's confident wrong cards, in sentences of
our own).

- ``raised_matter``: "The minister would raise the shelling with the Security Council": the
  noun is the matter brought up (Merriam-Webster raise v. 'to bring up for consideration or
  debate'), no threat of force (CAMEO 1.1b3 §138 needs a threat against a target).
- ``nothing_to_do``: "says there is no border dispute to negotiate": an infinitival relative
  under "no"/"nothing" (Huddleston and Pullum 2002, ch. 12 §7) is negated with its noun, so
  no talks (§040) are told.
- ``act_supports_act``: "The raids support a ground offensive": an act that helps another is
  no actor's praise or endorsement (CAMEO 1.1b3 §051 codes a statement of support by an actor).
- ``care_flight``: "The injured troops were flown to the capital for treatment": the wounded
  carried to care, no force moved (CAMEO 1.1b3 §154 mobilize or increase armed forces).
- ``waiting_crowd``: "Families gathered outside the hospital, waiting for word": people who
  wait are no demonstration (CAMEO 1.1b3 §141 demonstrate or rally).
- ``wanted_on_charges``: "two suspects wanted on fraud charges": a reduced relative "wanted
  on … charges" names a charge (Merriam-Webster wanted adj. 'sought by the police for a
  crime'), no appeal (§020) and no act done (§112's note on allegations).
- ``judged_as``: "called the inquiry politically driven": the noun is the object of a verb
  of calling with an adjective complement (Quirk et al. 1985 §16.44), the thing judged, no
  new act (as ``called_judged`` reads a noun complement).
- ``role_noun``: "Japan is the country's largest aid donor": the act noun modifies an agent
  noun that names a standing role (WordNet 3.0 donor n. 1 'person who makes a gift'), no
  aid given on the story's day (CAMEO 1.1b3 §07 codes an act of giving).
- ``talks_ended``: "Talks among Chad, Niger and Mali broke down in May": talks whose verb
  says they ended are no consultation (CAMEO 1.1b3 §040). With no comma between, the coder
  already reads the ending as §164; a list's commas hide the verb from it, so no card.
- ``imputed_purpose``: "The minister said the outage was 'planned abroad' to weaken the
  government": the purpose a speaker gives a passive act is the speaker's charge (CAMEO
  1.1b3 §112: allegations 'do not in any way imply that the alleged events have taken
  place'; FactBank 1.0, a reported clause is its source's claim), no act of the one charged.
- ``toll_since_start``: "Over 300 people have been killed in the province since the war
  began": a toll in the present perfect counted from a situation's start is a state that
  holds up to now (TimeML 1.2.1: a state over a span, no occurrence on the story's day).
- ``trend_since``: "The army has intensified shelling of the valley since it lost the pass":
  force stepped up since a past event is a standing trend, no single act on the story's
  day (TimeML 1.2.1 aspect; CAMEO 1.1b3 §19 codes an act of force).
- ``state_since``: "Roads closed since the floods will reopen": a past participle right after
  its noun and before "since" is a reduced relative that names a state of the noun (Quirk et
  al. 1985 §17.29), no act of closing on the story's day (CAMEO 1.1b3 §172).
- ``pressed_claim``: "has pressed its claim to the islands": to press a claim is to insist on
  it (Merriam-Webster press v. 'to insist on or request urgently' with claim as object), a
  standing stance, no appeal to anyone (CAMEO 1.1b3 §020).
- ``civilian_craft``: "a civilian airliner violated the zone": a civilian craft shows no
  military or police power (CAMEO 1.1b3 §15 exhibit force posture).
"""

from __future__ import annotations

from dashboard.events.answered_measures import answered_measure, response_topic
from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match
from dashboard.events.vowed_force import force_nouns

_DETERMINERS = frozenset("the a an this that these those its their his her our latest".split())
_RAISING = frozenset("raise".split())
_TAKEN_UP = frozenset("take bring".split())
_RAISED_WITH = frozenset("with at before".split())
_NONE = frozenset("no nothing".split())
_CARE = frozenset("treatment care surgery".split())
_HURT = frozenset("wounded injured sick".split())
_WAITING = frozenset("waiting awaiting".split())
_GATHER = frozenset("gather assemble wait".split())
_CHARGES = frozenset("charge charges warrant warrants count counts".split())
_CALLING = frozenset("call brand label term dub".split())
_JUDGING_ADJ = frozenset(
    "illegal unlawful illegitimate unjust baseless groundless absurd unacceptable "
    "fabricated rigged biased motivated politicised politicized unconstitutional".split()
)
_ROLE_NOUNS = frozenset("donor donors provider providers giver givers recipient recipients".split())
_ENDED = frozenset("collapse collapsed founder foundered broke broken break fell fall".split())
_TALKS = frozenset("talk talks negotiation negotiations dialogue".split())
_TELLING = frozenset("say claim allege accuse charge insist argue".split())
_PURPOSE_REACH = 10
_PAST_BE = frozenset("was were been".split())
# participles that take a "to"-infinitive of their own (Quirk et al. 1985 §16.52, object
# control in the passive; §16.40, "be prepared to"): the infinitive is no imputed purpose
_CONTROL = frozenset(
    "ordered asked told urged forced allowed permitted invited encouraged instructed directed "
    "called required obliged authorised authorized prepared expected set scheduled due "
    "determined poised slated persuaded pressed pressured compelled made".split()
)
_QUOTES = frozenset("\" “ ” ' ‘ ’".split())
_PERFECT = frozenset("has have 've 's".split())
_STARTED = frozenset("begin start erupt outbreak onset".split())
_RAISED = frozenset("intensify escalate increase step ramp".split())
_CLAIMS = frozenset("claim claims".split())
_CIVILIAN = frozenset("civilian civil commercial passenger private".split())


def _skip_back(p: Parse, k: int, words: frozenset[str], reach: int = 3) -> int:
    """The first index at or before ``k`` whose word is not in ``words`` (within ``reach``)."""
    while k >= 0 and reach > 0 and p.tokens[k].lower in words:
        k, reach = k - 1, reach - 1
    return k


def raised_matter(p: Parse, m: Match) -> bool:
    """Is ``m`` the object of "raise" (or "take up"/"bring up") with "with", "at" or "before"
    a party after it ("raise the attack with the UN")?"""
    tokens = p.tokens
    k = _skip_back(p, m.first - 1, _DETERMINERS)
    if k < 0:
        return False
    raised = bool(tokens[k].keys & _RAISING) or (
        tokens[k].lower == "up" and k > 0 and bool(tokens[k - 1].keys & _TAKEN_UP)
    )
    after = tokens[m.last + 1 : m.last + 4]
    return raised and any(t.lower in _RAISED_WITH for t in after)


def nothing_to_do(p: Parse, m: Match) -> bool:
    """Is ``m`` an infinitive after "to" whose noun is under "no" or "nothing" ("no dispute
    to discuss", "nothing to negotiate"), with no verb between?"""
    tokens = p.tokens
    k = m.first - 1
    # a noun after "to" is a preposition's object ("no intention of going to war"), no infinitive
    if k < 1 or tokens[k].lower != "to" or m.rule.kind == "N":
        return False
    for j in range(k - 1, max(-1, k - 5), -1):
        if tokens[j].lower in _NONE:
            return True
        if tokens[j].boundary or j in p.verbs:
            return False
    return False


def act_supports_act(p: Parse, m: Match) -> bool:
    """Is ``m`` a §051 "support"/"back" verb right after its subject, an act's noun ("The
    strikes support an offensive")?"""
    if m.rule.code != "051" or m.first == 0:
        return False
    subject = p.tokens[m.first - 1]
    return bool(subject.keys & force_nouns()) and subject.lower.endswith("s")


def care_flight(p: Parse, m: Match) -> bool:
    """Is ``m`` a §15 movement whose clause names the moved as hurt or the aim as care
    ("the wounded soldiers were flown to X for treatment")?"""
    if not m.rule.code.startswith("15"):
        return False
    tokens = p.tokens
    start = p.opening(m.first)
    before = tokens[start : m.first]
    after = tokens[m.last + 1 : m.last + 8]
    hurt = any(t.lower in _HURT for t in before)
    care = any(
        t.lower in _CARE and tokens[i - 1].lower in ("for", "medical")
        for i, t in enumerate(after, m.last + 1)
    )
    return hurt or care


def waiting_crowd(p: Parse, m: Match) -> bool:
    """Is ``m`` a §14 gathering whose gatherers wait ("gathered outside, waiting for news")?"""
    tokens = p.tokens
    if not m.rule.code.startswith("14") or not tokens[m.first].keys & _GATHER:
        return False
    return any(t.lower in _WAITING for t in tokens[m.last + 1 : m.last + 14])


def wanted_on_charges(p: Parse, m: Match) -> bool:
    """Is ``m`` the reduced relative "wanted on … charges" after a noun?"""
    tokens = p.tokens
    k = m.first
    if tokens[k].lower != "wanted" or k + 1 >= len(tokens) or tokens[k + 1].lower != "on":
        return False
    return any(t.lower in _CHARGES for t in tokens[k + 2 : k + 7])


def judged_as(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun after "call"/"brand" and a determiner, with an adjective complement
    after it ("called the probe politically motivated", "branded the raid illegal")?"""
    tokens = p.tokens
    if m.rule.kind != "N" or m.last + 1 >= len(tokens) or m.first < 2:
        return False
    if tokens[m.first - 1].lower not in _DETERMINERS or not tokens[m.first - 2].keys & _CALLING:
        return False
    nxt = tokens[m.last + 1]
    if nxt.lower.endswith("ly") and m.last + 2 < len(tokens):
        nxt = tokens[m.last + 2]
    return nxt.lower in _JUDGING_ADJ


def role_noun(p: Parse, m: Match) -> bool:
    """Is ``m`` a §07 noun right before an agent noun of a role ("aid donor")?"""
    tokens = p.tokens
    return (
        m.rule.code.startswith("07")
        and m.rule.kind == "N"
        and m.last + 1 < len(tokens)
        and tokens[m.last + 1].lower in _ROLE_NOUNS
    )


def talks_ended(p: Parse, m: Match) -> bool:
    """Is ``m`` a §04 talks noun whose clause's first verb after it says they ended ("Talks
    among A, B and C broke down")?"""
    tokens = p.tokens
    if not m.rule.code.startswith("04") or not tokens[m.last].keys & _TALKS:
        return False
    comma = False
    for k in range(m.last + 1, min(len(tokens), m.last + 12)):
        comma = comma or tokens[k].lower == ","
        if k in p.verbs:
            return comma and tokens[k].lower in _ENDED
    return False


def imputed_purpose(p: Parse, m: Match) -> bool:
    """Is ``m`` a "to"-infinitive after a passive ("was engineered in X to pressure Y") in
    what a verb of saying or charging reports?"""
    tokens = p.tokens
    k = m.first - 1
    if k < 3 or tokens[k].lower != "to":
        return False
    for j in range(k - 1, max(1, k - _PURPOSE_REACH), -1):
        if tokens[j].boundary and tokens[j].lower not in _QUOTES:
            return False
        b = j - 1 if tokens[j - 1].lower not in _QUOTES else j - 2  # was "engineered
        # a past passive ("was engineered"): "will be introduced to restrict" is a plan
        # "was prepared to release", "were ordered by X to leave": the verb's own complement
        if tokens[j].lower in _CONTROL or j == k - 1:
            continue
        if "VBN" in tokens[j].tags and b >= 0 and tokens[b].lower in _PAST_BE:
            return any(t.keys & _TELLING for t in tokens[:b])
    return False


def _since_after(p: Parse, k: int) -> int | None:
    """The index of "since" after ``k`` in the sentence, or None."""
    return next((j for j in range(k + 1, len(p.tokens)) if p.tokens[j].lower == "since"), None)


def toll_since_start(p: Parse, m: Match) -> bool:
    """Is ``m`` force told by (or after) a present perfect passive ("have been killed") with a
    "since" clause naming a start after it ("since the
    fighting began", "since the outbreak of the war")?"""
    tokens = p.tokens
    if not m.rule.code.startswith(("18", "19", "20")):
        return False
    toll = next((k for k in range(2, m.last + 1) if _perfect_passive(p, k)), None)
    since = _since_after(p, toll) if toll is not None else None
    return since is not None and any(t.keys & _STARTED for t in tokens[since + 1 : since + 9])


def _perfect_passive(p: Parse, k: int) -> bool:
    """Is token ``k`` a participle after "have been" or "has been" ("have been killed")?"""
    tokens = p.tokens
    return (
        "VBN" in tokens[k].tags
        and tokens[k - 1].lower == "been"
        and tokens[k - 2].lower in _PERFECT
    )


def trend_since(p: Parse, m: Match) -> bool:
    """Is ``m`` an act of force stepped up in the present perfect with "since" after it ("has
    stepped up air strikes … since")?"""
    tokens = p.tokens
    if not m.rule.code.startswith(("18", "19", "20")):
        return False
    for k in range(m.first - 1, max(0, m.first - 4), -1):
        if tokens[k].keys & _RAISED:
            perfect = any(t.lower in _PERFECT for t in tokens[max(0, k - 2) : k])
            return perfect and _since_after(p, m.last) is not None
    return False


def state_since(p: Parse, m: Match) -> bool:
    """Is ``m`` a past participle after a noun (no auxiliary) with "since" right after it?"""
    tokens = p.tokens
    k = m.first
    if m.rule.kind != "V" or k == 0 or m.last + 1 >= len(tokens):
        return False
    return "VBN" in tokens[k].tags and tokens[m.last + 1].lower == "since" and _after_noun(p, k)


def _after_noun(p: Parse, k: int) -> bool:
    """Is the token before ``k`` a noun that is no verb form ("crossings closed")?"""
    before = p.tokens[k - 1]
    return (
        "NOUN" in before.pos
        and k - 1 not in p.verbs
        and before.lower not in _PERFECT | _DETERMINERS  # "on the run since": a noun
    )


def since_of_state(p: Parse, m: Match) -> bool:
    """Is ``m`` within the "since" phrase of such a participle ("closed since the 2022
    fighting"): the state's start, told as background?"""
    tokens = p.tokens
    for k in range(m.first - 1, max(1, m.first - 5), -1):
        if k in p.verbs or tokens[k].boundary:
            return False
        if tokens[k].lower == "since":
            j = k - 1
            return j > 0 and "VBN" in tokens[j].tags and _after_noun(p, j)
    return False


def pressed_claim(p: Parse, m: Match) -> bool:
    """Is ``m`` a §02 "press" whose object is a claim ("pressed the claim")?"""
    tokens = p.tokens
    if not m.rule.code.startswith("02") or "press" not in tokens[m.first].keys:
        return False
    k = m.first + 1
    while k < len(tokens) and tokens[k].lower in _DETERMINERS:
        k += 1
    return k < len(tokens) and tokens[k].lower in _CLAIMS


def civilian_craft(p: Parse, m: Match) -> bool:
    """Is ``m`` a §15 act whose clause's subject is named civilian ("a civilian plane")?"""
    if not m.rule.code.startswith("15"):
        return False
    return any(t.lower in _CIVILIAN for t in p.tokens[p.opening(m.first) : m.first])


def stated_not_done(p: Parse, m: Match) -> bool:
    """Any of the readings above."""
    return (
        raised_matter(p, m)
        or nothing_to_do(p, m)
        or act_supports_act(p, m)
        or care_flight(p, m)
        or waiting_crowd(p, m)
        or wanted_on_charges(p, m)
        or judged_as(p, m)
        or role_noun(p, m)
        or civilian_craft(p, m)
        or talks_ended(p, m)
        or imputed_purpose(p, m)
        or toll_since_start(p, m)
        or trend_since(p, m)
        or state_since(p, m)
        or since_of_state(p, m)
        or pressed_claim(p, m)
        or answered_measure(p, m)  # "would respond to the new EU sanctions"
        or response_topic(p, m)
    )
