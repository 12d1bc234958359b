"""An agent noun heading a clause only as the object of another verb: "No ransom would be
paid to the kidnappers", "Police vowed to catch the gunmen".

A noun such as "kidnapper" or "gunman" (classes.csv ``AGENT_NOUN``) names who did an act,
not the act (WordNet 3.0 agent nouns; cameo.csv's kidnapper row). When the clause's
governing verb is another word with no trigger of its own ("be paid", "catch") and that verb
is stated as to come, negated, demanded or possible, its modality is that verb's: a ransom
not to be paid, a hunt vowed. Re-coding the noun's act with it made "no ransom would be
paid" a threat of violence (CAMEO 1.1b3 §138x) and "vowed to catch the kidnappers" a threat
to abduct; §03 and §13 code an actor's own stated future act, and the kidnappers' act is
neither the speaker's nor stated as to come. Such a noun tells no act of the sentence. With
no modality on the verb ("The family paid a ransom to the kidnappers") it is left as told.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.lexicon import Match, word_class

# the governing verb's own modality, which a noun in its object does not take on
_MODAL = frozenset("intent negated hypothetical planned demand posture attempt".split())


def agent_named_only(p: Parse, head: Match) -> bool:
    """Is ``head`` a one-word agent noun (``AGENT_NOUN``) in the object of a governing verb
    that is not its own and carries a modality (``_MODAL``)?"""
    if head.rule.kind != "N" or head.first != head.last or p.gov is None:
        return False
    if head.first <= p.gov <= head.last or not p.tokens[head.first].keys & word_class("AGENT_NOUN"):
        return False
    return head.first > p.gov and bool(p.gov_flags & _MODAL)


def reported_agent(p: Parse, m: Match) -> bool:
    """Is ``m`` a one-word agent noun (``AGENT_NOUN``) standing as the subject of its clause's
    governing verb, in a clause another reports ("Varadkar said the rioters had brought shame
    on Ireland", "The minister said the kidnappers were still at large")? The speaker judges
    or tells of the people; no act of the sentence is the noun's, and a card of it would make
    the speaker its source (CAMEO 1.1b3 §11 disapprove or §010 is the speaker's act). When
    the verb has a trigger of its own ("said rioters set fire to cars") that one carries the
    act. "Rioters clashed with police" (no report) gives False."""
    if m.rule.kind != "N" or m.first != m.last or p.gov is None or p.gov <= m.last:
        return False
    if not p.tokens[m.first].keys & word_class("AGENT_NOUN"):
        return False
    if p.tokens[p.gov].keys & _DEEDS:
        return False  # "said rioters had smashed windows at the Capitol": their riot, told
    return any(t.keys & _REPORTING for t in p.tokens[: m.first])


# verbs of a crowd's or a gang's own deed with no trigger of their own: the agent noun's act
# is told, so its card stays (CAMEO 1.1b3 §145 riot, §18 assault)
_DEEDS = frozenset(
    "smash break loot ransack torch burn vandalise vandalize throw hurl pelt storm damage "
    "destroy wreck overturn kidnap abduct shoot stab beat".split()
)


# reporting verbs (CAMEO 1.1b3 §010 make statement) that put another's clause in speech
_REPORTING = frozenset("say said tell told state stated add added claim claimed".split())


# the heads of a named body of forces ("peacekeeping force", "the UN peacekeeping mission"),
# and its members named as speakers ("UN peacekeepers said"): the speakers, not a deed of
# theirs (a spokesman speaks for them, as for the force)
_BODY_HEADS = frozenset("force mission contingent peacekeeper".split())
# verbs by which a body speaks (CAMEO 1.1b3 §010 make statement): what it says is the act
_SPEAKS = frozenset("say tell state announce add claim report warn confirm".split())


def speaking_force(p: Parse, m: Match) -> bool:
    """Is ``m`` a noun phrase naming a body of forces ("NATO's peacekeeping force", "the UN
    peacekeeping mission") standing right before a verb of saying as its subject ("… said it was ready to increase its presence")? The phrase names the body that
    speaks (CAMEO 1.1b3 actor coding: the head noun is the actor), not an act of §074 provide
    peacekeeping; what it says carries any act. "Peacekeeping forces patrolled the town" and
    "deployed a peacekeeping force" (a verb of the deed, or the phrase as object) give False."""
    if m.rule.kind != "N" or m.last + 1 >= len(p.tokens):
        return False
    # the head itself, or the word after a bare "peacekeeping" ("peacekeeping | force said")
    head = m.last if p.tokens[m.last].keys & _BODY_HEADS else m.last + 1
    if not p.tokens[head].keys & _BODY_HEADS:
        return False
    k = head + 1
    while k < len(p.tokens) and p.tokens[k].lower in ("has", "have", "had", "also", "later"):
        k += 1
    return k < len(p.tokens) and bool(p.tokens[k].keys & _SPEAKS) and "VBG" not in p.tokens[k].tags
