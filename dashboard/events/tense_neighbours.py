"""What the word before a verb-looking word says of it, for ``dates_tense``: a past form or a
numeral before it makes it a noun ("took effect", "burst two dams"), and a present "remain",
"stay" or "keep" before a participle makes the participle a state ("remains closed").
"""

from __future__ import annotations

from dashboard.events.tokens import verb_forms

_STATE_VERBS = frozenset({"remain", "stay", "keep"})
# a numeral determines a noun (Quirk et al. 1985 §5.13): "burst two dams on Saturday"
_NUMERALS = frozenset("two three four five six seven eight nine ten dozens hundreds".split())


def past_verb_or_numeral(word: str) -> bool:
    """Is ``word`` only a past form ("took", "gave"), or a number ("burst two dams"), so that
    a present-looking word after it ("effect", "place", "dams") is a noun rather than a verb
    of its own?"""
    if word.isdigit() or word.lower() in _NUMERALS:
        return True
    forms = verb_forms(word) if word != "NAME" else None
    return bool(forms and "VBD" in forms[1] and not forms[1] & {"VBZ", "VBP", "VB"})


def after_present_state_verb(tokens: list[str], i: int) -> bool:
    """Is the participle at ``i`` the complement of a present "remain", "stay" or "keep"
    ("remains closed", "stay shut")? Then it is a state, not a past act."""
    if i == 0:
        return False
    forms = verb_forms(tokens[i - 1])
    return bool(forms and forms[0] in _STATE_VERBS and forms[1] & {"VBZ", "VBP"})
