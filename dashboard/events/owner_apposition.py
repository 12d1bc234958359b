"""A name owning the noun of an apposition between a subject and its verb is no side of
the verb: "Ekrem Imamoglu, President Erdogan's main rival, was detained" detains Imamoglu.

An apposition set off by commas (Quirk et al. 1985, 17.65; Huddleston and Pullum 2002,
ch. 15 §5: a supplement) describes the noun phrase before it; a possessive name inside it
("Erdogan's rival", "the general's son") is that description's, never the clause's
subject. Nearest-name reading takes the possessor as the subject (and, with a passive, as
the one the act was done to), so the head before the opening comma is read instead when
it is itself an actor. ``actors.kin_apposition`` covers the "the sister of X" form.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor

# the opening: a comma right after the head's capitalised last word, then up to three
# title words or an article before the possessor ("..., President Tayyip Erdogan's")
_OPENING = re.compile(r"[A-Za-z.’'-],\s+(?:(?:[A-Z][\w’'.-]*|the|a|an)\s+){0,3}$")
# capitalised sentence adverbs a comma may follow ("Meanwhile, Trump's envoy, said")
_OPENING_ADVERBS = frozenset(
    "Meanwhile However Earlier Later Separately Yesterday Today Instead Still Also".split()
)
# the possessive and the apposition's noun, its closing comma, and only a verb group's
# words up to the trigger ("'s main political rival, was", "'s son, has been")
_CLOSING = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*\s*,\s+(?:[a-z]+\s+){0,3}$")
# the same apposition with its owner in an "of" phrase ("Uganda, an ally of President X,
# denied"; Quirk et al. 1985 §17.38, the of-genitive): the noun opens it, the owner closes it
_OF_OPENING = re.compile(
    r"[A-Za-z.’'-],\s+(?:the|a|an|a\s+close|a\s+key|a\s+longtime)\s+(?:[a-z][\w-]*\s+){1,3}"
    r"of\s+(?:(?:[A-Z][\w’'.-]*|the)\s+){0,3}$"
)
_OF_CLOSING = re.compile(r"\s*,\s+(?:[a-z]+\s+){0,3}$")


def owner_in_apposition(text: str, a: Actor, actors: list[Actor], trigger_start: int) -> bool:
    """Whether ``a`` owns the noun of a comma-set apposition that closes right before the
    verb group of the trigger at ``trigger_start``, after a head that is one of ``actors``
    (so someone else is left to be the subject).

    >>> from dashboard.events.actors import Actor
    >>> s = "Mayor Ali Kaya, Premier Ozan's main rival, was detained."
    >>> kaya, ozan = Actor("Ali Kaya", "person", None, 6, 14), Actor("Ozan", "person", None, 24, 28)
    >>> owner_in_apposition(s, ozan, [kaya, ozan], s.index("detained"))
    True
    >>> owner_in_apposition(s, kaya, [kaya, ozan], s.index("detained"))
    False
    """
    opening = _OPENING.search(text, max(0, a.start - 60), a.start)
    closing = _CLOSING.match(text, a.end, trigger_start)
    if opening is None or closing is None or closing.end() != trigger_start:
        opening = _OF_OPENING.search(text, max(0, a.start - 60), a.start)
        closing = _OF_CLOSING.match(text, a.end, trigger_start)
    if opening is None or closing is None or closing.end() != trigger_start:
        return False
    comma = opening.start() + 1
    if any(b is not a and b.end == comma for b in actors):
        return True
    # a head that is a bare name no list knows ("Vance, Trump's vice president, criticized"):
    # still the subject the apposition describes, so its possessor is none (source left open)
    head = re.search(r"([A-Z][\w’'.-]*)$", text[max(0, comma - 40) : comma])
    return head is not None and head.group(1) not in _OPENING_ADVERBS
