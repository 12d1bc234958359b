"""States named only inside a non-restrictive relative clause that holds no act of the
sentence: "Students, who have occupied Serbia's faculties, marched to Belgrade" (the students
march, not Serbia); "The drone, which Israel said was Iranian-made, hit a building" (Israel
only says what the drone was).

Quirk et al. (1985, 17.22): a non-restrictive relative clause, set off by commas, adds
information about its antecedent outside the main clause's assertion, so a party it names is
no party to the main clause's act (CAMEO's source and target are the parties of the act the
sentence reports). A named group or person stays ("Gunmen, who the army said belonged to
Boko Haram, killed ten": the group the clause names is who the gunmen are); only a state,
which stands for the government acting, and a speaker of a saying verb inside the clause are
left out. An act inside the clause ("who attacked Goma on Monday") keeps its parties.
"""

from __future__ import annotations

import re

from dashboard.events.actors import Actor
from dashboard.events.lexicon import word_class
from dashboard.events.tokens import verb_forms
from dashboard.events.trigger import Trigger

# ", who …," / ", which …," / ", whose …,": the aside between its two commas; a comma inside
# a number ("1,200") does not close it
_ASIDE = re.compile(r",\s*(?:who|which|whose)\b(?:[^,;:]|,(?=\d)){1,160},")
_NEXT_WORD = re.compile(r"\s*([a-z]+)\b")

Span = tuple[int, int]


def aside_party(text: str, sentence: Span, actor: Actor, act: Trigger | None) -> bool:
    """Whether ``actor`` (offsets absolute in ``text``) is a state, or the speaker of a saying
    verb, named inside a ", who/which/whose …," aside of ``sentence`` (absolute start and
    end) that does not hold ``act``, the act the actor would be a party to."""
    if act is None:
        return False
    s, e = sentence
    for m in _ASIDE.finditer(text, s, e):
        if m.start() <= actor.start < m.end() and not m.start() <= act.start < m.end():
            return actor.kind == "country" or _speaker(text, actor.end)
    return False


def _speaker(text: str, end: int) -> bool:
    """ "which Israel said was": the word after the name is a verb of ``ASIDE_SPEECH``."""
    word = _NEXT_WORD.match(text, end)
    forms = verb_forms(word[1]) if word else None
    return forms is not None and forms[0] in word_class("ASIDE_SPEECH")
