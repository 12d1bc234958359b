"""What the word before a verb-looking word says of it, for ``dates_tense``: a past form or a
numeral before it makes it a noun ("took effect", "burst two dams"), as does "and" after such
a noun ("banged pots and pans"), and a present "remain",
"stay" or "keep" before a participle makes the participle a state ("remains closed").
"""

from __future__ import annotations

from dashboard.events.tokens import is_noun, verb_forms

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


def conjoined_object(tokens: list[str], i: int) -> bool:
    """Is the present-looking word at ``i`` the second of two nouns a past verb takes as its
    object ("banged pots and pans", "seized guns and rifles")? Coordination joins like with
    like (Quirk et al. 1985 §13.1): after "verb X and", with X a noun form, the word is a noun
    conjoined to X, not a verb of its own with a timetable tense."""
    if i < 3 or tokens[i - 1] != "and" or not is_noun(tokens[i - 2]):
        return False
    # a verb that can be past before the first noun ("banged", "beat pots and pans"); not a
    # present -s verb, whose own conjunct may follow ("visits schools and meets teachers")
    forms = verb_forms(tokens[i - 3]) if tokens[i - 3] != "NAME" else None
    return forms is not None and "VBD" in forms[1]


def object_noun(tokens: list[str], i: int) -> bool:
    """Is the present-looking word at ``i`` a past verb's object noun: right after the verb or
    a numeral ("took effect"), or conjoined to such a noun ("banged pots and pans")?"""
    return i > 0 and (past_verb_or_numeral(tokens[i - 1]) or conjoined_object(tokens, i))


def after_present_state_verb(tokens: list[str], i: int) -> bool:
    """Is the participle at ``i`` the complement of a present "remain", "stay" or "keep"
    ("remains closed", "stay shut")? Then it is a state, not a past act."""
    if i == 0:
        return False
    forms = verb_forms(tokens[i - 1])
    return bool(forms and forms[0] in _STATE_VERBS and forms[1] & {"VBZ", "VBP"})


# the pronouns of the third person singular, whose present verb takes -s (Quirk et al. 1985
# §3.54: "it nears", never "it near"); a closed class of the grammar, not a lexicon
_THIRD_SINGULAR = frozenset({"it", "he", "she"})


def unagreed(pronoun: str, word: str) -> bool:
    """Is ``word`` no present verb of ``pronoun`` because they do not agree ("struck it near
    the port": "it" is an object and "near" a preposition, as "it" would take "nears")?"""
    return pronoun in _THIRD_SINGULAR and not word.endswith("s")
