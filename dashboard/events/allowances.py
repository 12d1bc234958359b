"""What a power, a right or an act allows, and what a feeling was caused by, told as if it
were an act: "a law giving police the power to crush dissent", "Citizens have the right to
protest", "The crew issued a mayday call, allowing police to stop traffic", "demonstrators
angered by a ban on social media".

A to-infinitive after a noun of ability or permission (classes.csv ABILITY_NOUNS: power,
authority, right, mandate…) postmodifies that noun (Quirk et al. 1985 §17.36-17.37): it
says what may be done, not what was. CAMEO 1.1b3 codes acts that happened (§1), so the
verb there is no event; the law passed or the power granted is the sentence's act, read by
its own row. A power put to use ("used its right to veto", "exercised his power to
dissolve") is no longer a mere power: the act was done (``_used``).

A participle clause after a comma at a clause's end ("…, allowing residents to return")
tells the result of the clause before it (Quirk et al. 1985 §15.59, supplementive clauses
of result), so its "allowing" is no act of its own: the act is the clause it follows (the
withdrawal, the lifted curfew), coded by that clause's verb; CAMEO 1.1b3 §083 and §086
code a permission an actor grants. So is a non-restrictive relative clause telling what its
antecedent permits ("Article 4, which allows members to request talks").
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.control_taken import control_held
from dashboard.events.lexicon import Match, word_class
from dashboard.events.month_nouns import month_as_noun
from dashboard.events.role_misreads import role_misread
from dashboard.events.tokens import Token
from dashboard.events.unassigned_closures import unassigned_closure


def ability_to(p: Parse, m: Match) -> bool:
    """Is ``m`` inside a to-infinitive after a noun of ability or permission, as its verb or
    a word of its object ("the power to crush dissent", "the right to freely protest", "the
    authority to arrest protesters", "the power to ban platforms that ignore its orders")? Up
    to eight words back from the match, no punctuation between."""
    tokens = p.tokens
    for k in range(m.first - 1, max(m.first - 9, 0), -1):
        t = tokens[k]
        if t.boundary or not t.text[:1].isalnum():
            return False
        if t.lower == "to":
            # the written form, not the lemma: "Canadian authorities to investigate" are people
            return tokens[k - 1].lower in word_class("ABILITY_NOUNS") and not _used(tokens, k - 1)
    return False


# verbs that put a power to use: "used its right to veto", "exercised his power to dissolve"
_USE = frozenset("use exercise invoke wield employ".split())


def _used(tokens: list[Token], noun: int) -> bool:
    """Whether a verb of using stands up to three words before the ability noun at ``noun``
    ("Hungary used its right to veto the package"): the power was used, so the act was done."""
    return any(t.keys & _USE for t in tokens[max(0, noun - 3) : noun])


_LET = frozenset("allow permit let enable".split())


def result_allowing(p: Parse, m: Match) -> bool:
    """Is ``m`` the §083 row whose first word is "allowing", "permitting", "letting" or
    "enabling" right after a comma (a supplementive clause of result, see the module)?"""
    # only the bare permission (§083): "opened the crossing, allowing aid trucks to enter" is
    # the aid let in, §0863, as the act it describes
    if m.rule.code != "083" or m.first == 0:
        return False
    tokens = p.tokens
    head = tokens[m.first]
    if not head.keys & _LET:
        return False
    if head.lower.endswith("ing") and tokens[m.first - 1].text == ",":
        return True
    # "Article 4, which allows members to request consultations": a non-restrictive
    # relative clause describes what its antecedent permits, a standing property, no
    # permission granted then (Quirk et al. 1985 §17.22, non-restrictive relatives)
    return m.first > 1 and tokens[m.first - 1].lower == "which" and tokens[m.first - 2].text == ","


# participles of feeling whose "by" phrase names what caused it
_FELT = frozenset(
    "angered enraged outraged incensed infuriated frustrated alarmed upset shocked "
    "angry furious".split()
)


def felt_cause(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun row inside the "by" phrase of a participle of feeling ("demonstrators
    angered by a ban on social media", "voters outraged by the curfew")? The phrase names
    what caused the feeling, already in place when the sentence's act happened (Quirk et al.
    1985 §16.73, "by" of cause after an emotive participle), no act of the sentence."""
    if m.rule.kind != "N":
        return False
    tokens = p.tokens
    for k in range(m.first - 1, max(m.first - 4, 0), -1):
        if tokens[k].boundary or not tokens[k].text[:1].isalnum():
            return False
        if tokens[k].lower == "by":
            return k > 0 and tokens[k - 1].lower in _FELT
    return False


# what one exercises that is no drill: a right, a power, restraint ("exercised its veto")
_EXERCISED = frozenset("right rights power powers veto option authority restraint caution".split())


def exercised_right(p: Parse, m: Match) -> bool:
    """Is ``m`` a §15 drill row on "exercise" whose object is a right, a power or restraint
    ("The United States exercised its right to veto the resolution")? Merriam-Webster
    exercise v. 1 'to make effective in action' (exercise a right) beside v. 2 'to train
    by drills'; only the drill is CAMEO 1.1b3 §150 (demonstrate military power)."""
    tokens, k = p.tokens, m.first
    if not m.rule.code.startswith("15") or "exercise" not in tokens[k].keys:
        return False
    return any(t.lower in _EXERCISED for t in tokens[k + 1 : k + 4])


def _in_allowing_relative(p: Parse, m: Match) -> bool:
    """Is ``m`` the infinitive's act inside ", which allows X to …" ("Article 4, which allows
    members to request consultations": no request made)?"""
    tokens = p.tokens
    for k in range(m.first - 1, max(1, m.first - 6), -1):
        if tokens[k].boundary:
            return False
        if tokens[k].keys & _LET and tokens[k - 1].lower == "which" and k > 1:
            return tokens[k - 2].text == ","
    return False


def not_an_act(p: Parse, m: Match) -> bool:
    """Any of the readings above (``ability_to``, ``result_allowing``, ``felt_cause``,
    ``exercised_right``), or an act inside a relative clause of what its antecedent allows."""
    return (
        ability_to(p, m)
        or result_allowing(p, m)
        or felt_cause(p, m)
        or exercised_right(p, m)
        or _in_allowing_relative(p, m)
        or role_misread(p, m)  # watched, named, passed or judged: no act of its subject
        or month_as_noun(p, m)  # "stopped in March 2024": the month, no protest march
        or unassigned_closure(p, m)  # "the airport was closed": closed by no one named
        or control_held(p, m)  # "announced they had taken control": power held, no curb
        or self_allowed(p, m)  # "to allow himself to run again": no one else granted it
    )


# the verbs of §083's "allow|permit * to" rows, whose object is the party allowed
_GRANTING = frozenset({"allow", "permit", "let", "authorise", "authorize", "enable"})


def self_allowed(p: Parse, m: Match) -> bool:
    """Is ``m`` a CAMEO 08 match (§083 "allow|permit * to") whose allowed party is a
    reflexive pronoun (classes.csv ``REFLEXIVE``: "allowed himself to run again", "permit
    itself to extend its term")? The subject grants itself the thing, so no other side's
    demand is met (CAMEO 1.1b3 §083: a concession to another); the act is the clause it
    serves (a rule changed), read by its own row if any."""
    if not m.rule.code.startswith("08") or not p.tokens[m.first].keys & _GRANTING:
        return False  # "would dissolve itself": an armed group's own disbanding, no grant
    own = word_class("REFLEXIVE")
    return any(p.tokens[k].lower in own for k in range(m.first + 1, m.last + 1))
