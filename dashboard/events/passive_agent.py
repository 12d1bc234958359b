"""A passive's "by" phrase names its agent, never its object: in "Hundreds of villagers were
moved to safety by the army" the villagers are moved and the army moves them (Quirk et al.
1985 §3.64, the passive: the active's object becomes the subject, its subject the by-agent).
A verb-and-object row ("move * troops", CAMEO 1.1b3 §154 mobilize or increase armed forces)
whose object gap runs on into that phrase reads the mover as the moved: the troops deployed,
where villagers were evacuated. Rows that name "by" themselves ("attack * by * gunman") match
the word as their own slot before any gap is tested, so they are untouched.
"""

from __future__ import annotations

from dashboard.events.tokens import Token

# the auxiliaries a passive participle follows within this many words ("were moved", "have
# been quickly moved")
_AUX_REACH = 3
# the words an agent's noun phrase may hold before its head ("by the country's elite army")
_PHRASE_REACH = 6


def agent_phrase(tokens: list[Token], verb: int, at: int, firsts: frozenset[str]) -> bool:
    """Does the word at ``at`` open the by-agent of a passive verb at ``verb``, whose head
    is a word the object slot may start with (``firsts``)? Shapes: "were moved ... by the
    army" with a slot of forces -> True; "The army moved troops by road" (active), "moved
    by the army" with no auxiliary (a reduced relative or headline, read elsewhere) and "was
    indicted by the war crimes court" (the head, court, no word of the slot: the slot's
    words only modify the agent) -> False; so does a subject of the slot's kind ("a boat
    was rammed by a vessel": the row's object is the subject)."""
    if tokens[at].lower != "by" or "VBN" not in tokens[verb].tags:
        return False
    if not any("be" in t.keys for t in tokens[max(0, verb - _AUX_REACH) : verb]):
        return False
    head = _head(tokens, at + 1)
    if head is None or firsts.isdisjoint(tokens[head].keys):
        return False
    # "one of its boats was rammed by a Chinese vessel": the subject is of the slot's kind
    # too, so the row's object is told, and the act stands (its sides are read elsewhere)
    before = tokens[max(0, verb - _AUX_REACH - _PHRASE_REACH) : verb]
    return all(firsts.isdisjoint(t.keys) for t in before)


# words that close the agent's noun phrase (Quirk et al. 1985 §17.2: its head precedes a
# postmodifying prepositional phrase): "by units of the army" -> units
_CLOSERS = frozenset("of in on at to for from with into near after before during and or".split())


def _head(tokens: list[Token], start: int) -> int | None:
    """The index of the last word of the noun phrase opening at ``start``, or None."""
    head = None
    for k in range(start, len(tokens)):
        t = tokens[k]
        if t.boundary or not t.lower[:1].isalnum() or t.lower in _CLOSERS:
            break  # a mark, a preposition or a conjunction closes the phrase
        if k - start >= _PHRASE_REACH:
            break
        head = k
    return head
