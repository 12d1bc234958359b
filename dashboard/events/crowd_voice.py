"""A denunciation voiced by a protesting crowd is its protest ("Protesters denounced the new
law outside parliament"), so is a demand, appeal or denunciation voiced at a protest
("Relatives of the hostages urged the prime minister to accept a deal at a mass rally"), and
police who clash with a crowd meet a violent protest ("Police clashed with demonstrators").

CAMEO 1.1b3 §14 codes "civilian demonstrations and other collective actions carried out as
protests", with the demand in the fourth digit (§1411-§1414: a rally "for leadership change",
"for policy change" ...): what marchers shout, chant or demand is the content of their rally,
not a statement of its own (§02 appeal, §10 demand and §11 disapprove are what a speaker says
to a target). So a denunciation whose clause subject is a crowd of protesters, or a verbal act
voiced "at a protest" (or rally, march, sit-in, vigil) by a group that names no official,
party or person, is coded §141 demonstrate or rally. A crowd's demand or appeal with no
gathering named keeps its §10 or §02 code (the project's CAMEO sweep: "Protesters demanded
the resignation of the interior minister" is §10), the protesters its source. ACLED codes the same reports as one Protest
event, the chanting and the demands in its notes (ACLED codebook 2023, "Protests").

Not a protest: a statement by a protest's leaders, organisers or spokespeople ("Protest
leaders demanded talks": one voice speaking for it, §10), by a named actor or an office
("The opposition denounced the law in parliament", "The president condemned the rally"), a
crowd-less group's statement with no gathering named ("Students accused the minister"), and
a noun ("the protesters' demands"), which names no act of this sentence.

The words are ``data/lexicon/classes.csv`` rows ``PROTEST_VOICE`` (who protests) and
``PROTEST_GATHERING`` (where a demand is voiced as a protest).
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.domain import _head, _subject
from dashboard.events.lexicon import Match, word_class
from dashboard.events.tokens import Token

# the verbal roots a crowd's voice is read as by the lexicon: appeal (§02), demand (§10),
# disapprove (§11: criticise, denounce, accuse)
_VOICED_ROOTS = frozenset({"02", "10", "11"})
PROTEST = "141"  # CAMEO 1.1b3 §141 demonstrate or rally
RIOT = "145"  # CAMEO 1.1b3 §145 protest violently, riot
# the preposition that sets a statement inside a gathering ("at a rally", "during a protest")
_AT = frozenset({"at", "during"})
_ARTICLES = frozenset({"a", "an", "the"})  # "at a rally", "during the protest"
# a gathering named by these is no protest: a party's or a candidate's campaign rally
# (WordNet 3.0 rally n. 1 "a large gathering of people intended to arouse enthusiasm", as for
# an election) or a religious one
_NOT_PROTEST = frozenset("campaign election electoral party rally-goers prayer".split())
# who speaks for a crowd rather than being it (Quirk et al. 1985 §17.5: the head of the
# noun phrase names the referent, its modifiers do not: "protest leaders" are leaders)
_SPEAKERS = frozenset(
    "leader organiser organizer spokesman spokeswoman spokesperson representative "
    "official head chief lawyer".split()
)
# a crowd subject alone turns only a denunciation (§11) into its rally: what protesters demand
# (§10) or call for (§02) keeps the verb's code, its source the protesters, as CAMEO 1.1b3
# codes a demand by who demands ("Protesters demanded the removal of the governor": §1041)
_DISAPPROVE = "11"
# an accusation by protesters is most often told after their march, of what was done to
# them ("Protesters accused police of beating them during Sunday's march"): a charge (§112)
_ACCUSE = "112"
# "called for X at a vigil on Sunday" may call a vigil to come (a protest scheduled): left
_CALL = frozenset({"call"})
_WINDOW = 16  # tokens after the verb within which "at a protest" is looked for
_CLASH = frozenset({"clash", "scuffle", "skirmish", "brawl"})
_POLICE = frozenset("police policeman policemen officer gendarme gendarmerie riot".split())


def crowd_voiced(p: Parse, m: Match, code: str) -> str:
    """``code`` of the verb match ``m``, as §141 when it is a verbal act (``_VOICED_ROOTS``)
    of a protesting crowd (``_crowd_subject``) or voiced at a protest (``_at_gathering``),
    and as §145 when it is the police clashing with a crowd (``_police_clash``); else
    ``code`` unchanged. Noun matches are left as they are."""
    if m.rule.kind != "V":
        return code
    if code[:2] in _VOICED_ROOTS and (
        (code[:2] == _DISAPPROVE and code[:3] != _ACCUSE and _crowd_subject(p, m))
        or _at_gathering(p, m)
    ):
        return PROTEST
    if code[:2] == "19" and _police_clash(p, m):
        return RIOT
    return code


def _crowd_subject(p: Parse, m: Match) -> bool:
    """Is the head of the clause's subject a crowd of protesters ("Protesters", "Young
    demonstrators", "Crowds in Tbilisi"), not those who speak for one ("protest leaders")?"""
    subject, verb = _subject(p, m)
    if verb != m.first:
        return False  # the match is not the clause's first verb: "protesters said police beat"
    head = _head(subject)
    return head is not None and bool(head.keys & word_class("PROTEST_VOICE"))


def _at_gathering(p: Parse, m: Match) -> bool:
    """Is the verb's act voiced "at" or "during" a protest gathering in its clause ("urged the
    prime minister to accept a deal at a mass rally", "denounced the reform at a rally in
    Paris"), by a subject of common nouns naming no one in office, no party and no person
    ("Relatives of the hostages", "Opponents of the reform"; not "The president", "Trump")?"""
    subject, verb = _subject(p, m)
    if verb != m.first or not _plain_group(subject) or p.tokens[m.first].keys & _CALL:
        return False
    tokens, own = p.tokens, p.clause[m.first]
    gathering = word_class("PROTEST_GATHERING")
    for k in range(m.last + 1, min(m.last + _WINDOW, len(tokens))):
        if p.clause[k] != own or tokens[k].boundary:
            return False
        if (
            tokens[k].lower not in _AT
            or k + 1 >= len(tokens)
            or tokens[k + 1].lower not in _ARTICLES
        ):
            continue  # "during Sunday's march" names a gathering of another day
        for j in range(k + 2, min(k + 5, len(tokens))):
            t = tokens[j]
            if t.keys & _NOT_PROTEST:
                return False
            if t.keys & gathering and "NOUN" in t.pos:
                return True
            if t.lower in _AT or t.boundary:
                break
    return False


def _plain_group(subject: list[Token]) -> bool:
    """A subject whose head is a plural common noun naming no speaker, office or organ: not
    capitalised unless it opens the subject, and its lowercase form an inflection of one of
    its lemmas ("Relatives" -> "relative", "Opponents of the reform"; "Trump" is a name)."""
    head = _head(subject)
    if head is None or head.keys & (_SPEAKERS | word_class("ORGAN") | word_class("OFFICIAL")):
        return False
    if head.text[:1].isupper() and head is not subject[0]:
        return False  # "Hamas supporters" may be a crowd, "the Greens" are a party
    lemmas = head.keys - {head.lower}
    return head.lower.endswith("s") and any(head.lower.startswith(w) for w in lemmas)


def _police_clash(p: Parse, m: Match) -> bool:
    """Is the match "clashed (scuffled) with" between the police and a crowd of protesters, in
    either order ("Police clashed with demonstrators", "Protesters scuffled with riot
    police")? CAMEO 1.1b3 §145 "protest violently, riot" has its row "clash with police";
    §190 is fighting between armed forces."""
    tokens = p.tokens
    if not tokens[m.first].keys & _CLASH:
        return False
    subject, _ = _subject(p, m)
    after = tokens[m.last + 1 : m.last + 6]
    if not after or after[0].lower != "with":
        return False
    crowd = word_class("PROTEST_VOICE")
    subject_keys = {w for t in subject for w in t.keys}
    other_keys = {w for t in after[1:] for w in t.keys}
    return bool(
        (subject_keys & _POLICE and other_keys & crowd)
        or (subject_keys & crowd and other_keys & _POLICE)
    )
