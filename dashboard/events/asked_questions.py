"""A question is no appeal: "He wrote to the minister, asking why the funds were frozen".

"Ask" with an interrogative clause as its object puts a question (Merriam-Webster ask 1a
'to call on for an answer'; Quirk et al. 1985 §15.5 dependent wh-interrogative clauses); only
with a request ("asked donors for aid", "asked the court to free him") does it appeal (CAMEO
1.1b3 §02: a request of another actor). A lexicon row such as "ask * @AID" reads the aid word
of the question ("why the funds were frozen") as the thing asked for, so a §02 trigger whose
verb of asking is followed, after at most its indirect object, by a wh-word opening the
clause is dropped: a question is no act of any CAMEO root. "If" and "whether" are left: "asked
whether Kyiv could send more shells" is as often a polite request. The verbs and the
wh-words are data (``data/lexicon/asked_questions.csv``).

Shape::

    questions_dropped(sent, trigs) -> list[Trigger]   # trigs less the questions read as appeals
"""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import sourced_rows
from dashboard.events.tokens import OBJECT_PRONOUNS, tokenize
from dashboard.events.trigger import Trigger

_APPEAL = "02"
# the indirect object between the verb and the question ("asked the prime minister why"): a
# few words with no mark, and none of the words that open a request's own object ("for aid",
# "to free him") or another clause
_OBJECT_WORDS = 5
_REQUEST_WORDS = frozenset("for to that and or but".split())


@cache
def _words(role: str) -> frozenset[str]:
    """The ``word`` cells of ``asked_questions.csv`` whose ``role`` is ``role``."""
    rows = sourced_rows("asked_questions.csv", "word", "role")
    if role == "wh":  # every interrogative word, whether or not it may open a relative
        return _words("wh-only") | _words("wh-relative")
    return frozenset(r["word"].lower() for r in rows if r["role"] == role)


def _question(sent: str, t: Trigger) -> bool:
    """Does the §02 trigger ``t`` open on a verb of asking whose object is a wh-clause?"""
    tokens = tokenize(sent[t.start :], t.start)
    if not tokens or not tokens[0].keys & _words("verb"):
        return False
    for k, tok in enumerate(tokens[1 : 2 + _OBJECT_WORDS], 1):
        if tok.lower in _words("wh"):
            # "asking everyone who ate there to see a doctor": "who", "where" and "when"
            # after a noun open a relative clause on it (Quirk et al. 1985 §17.9); only
            # right after the verb or an object pronoun ("ask her who") do they ask
            prev = tokens[k - 1]
            return tok.lower in _words("wh-only") or k == 1 or prev.lower in OBJECT_PRONOUNS
        if tok.boundary or tok.lower in _REQUEST_WORDS or not re.match(r"\w", tok.text):
            return False
    return False


def questions_dropped(sent: str, trigs: list[Trigger]) -> list[Trigger]:
    """``trigs`` (offsets in ``sent``) without the §02 triggers that read a question."""
    return [t for t in trigs if not (t.code == _APPEAL and _question(sent, t))]
