"""Where a verb's object begins after the match of its rule ends: past a sum's sign ("freed
$6 billion"), a particle ("seized on", "struck down", "hit back at critics"), or the
preposition a verb takes its object with ("walked out of the wreckage", "talked to the
nation", "spoke with reporters"). ``senses`` reads that object's head against
``other_senses.csv`` (Quirk et al. 1985 §16.2-16.5: phrasal and prepositional verbs).
"""

from __future__ import annotations

from collections.abc import Sequence, Set
from typing import TYPE_CHECKING

from dashboard.events.count_phrases import past_count
from dashboard.events.lexicon import word_class
from dashboard.events.tokens import Token

if TYPE_CHECKING:
    from dashboard.events.clause_words import Parse

_PARTICLES = frozenset("on upon off back up out down".split())  # "seized on", "struck down"
_CURRENCY = frozenset("$€£")  # a sum's sign before its number ("freed $6 billion")
# a prepositional verb's preposition, by the verb's lemma ("talked to the nation")
_PREPOSITION_OF = {"talk": ("to", "with"), "speak": ("to", "with"), "confer": ("with",)}


def object_start(tokens: list[Token], last: int) -> int:
    """The index where the object of the verb whose match ends at ``last`` begins (it may be
    ``len(tokens)``)."""
    first = last + 1 + (last + 1 < len(tokens) and tokens[last + 1].text in _CURRENCY)
    if first >= len(tokens):
        return first
    word = tokens[first].lower
    if word in _PARTICLES:
        first += 1
        if first < len(tokens) and tokens[first].lower in ("at", "against"):
            first += 1  # "hit back at critics": the phrasal verb's object
        return first
    if word == "of" and tokens[last].lower == "out":
        return first + 1  # "walked out of the wreckage": the place left is the object
    if any(word in _PREPOSITION_OF.get(k, ()) for k in tokens[last].keys):
        return first + 1  # "talked to the nation": a prepositional verb's object
    return past_count(tokens, first)  # "received more than 100 casualties": the noun's words


def toward_party(tokens: list[Token], first: int) -> bool:
    """Does the object beginning at ``first`` run on to "to" and a capitalised name within
    a few words ("suspended ferry services to Russia")? A service or a link to a named party
    is an act between parties (CAMEO 1.1b3 §16), not a service stopped for its users."""
    for k in range(first, min(first + 5, len(tokens) - 1)):
        if tokens[k].boundary:
            return False
        if tokens[k].lower == "to" and tokens[k + 1].text[:1].isupper():
            return True
    return False


def ends_object(p: Parse, k: int, rows: Sequence[Set[str]]) -> bool:
    """Does the token at ``k`` end the object's noun phrase: a boundary, a mark, or a verb?
    A force noun (TROOPS) an ``other_senses.csv`` row names as the object's head (``rows``)
    is no verb: the tagger may read "troops" or "forces" as one ("he forces"), but in
    "hosted French troops" it is the row's noun (Quirk et al. 1985 §17.2: a noun phrase's
    head comes after its modifiers)."""
    t = p.tokens[k]
    if t.boundary or not t.text[:1].isalnum():
        return True
    if k not in p.verbs:
        return False
    # only a force noun (classes.csv TROOPS), which the tagger confuses with its verb
    return not (t.keys & word_class("TROOPS") and any(t.keys & row for row in rows))
