"""A noun trigger standing before the head noun of a verb's object names no kind of the act.

In "repealed the amnesty law" the object's head is "law" and "amnesty" is a noun in the
premodifier slot of its noun phrase (Quirk et al. 1985 §17.104-17.108, nouns as premodifiers:
"a steel bridge", "the amnesty law" is a law). What the verb does is done to the law; the
modifier says what the law is about, and tells no release of persons (CAMEO 1.1b3 §0841). A
noun that is the phrase's own head ("began a hunger strike") still names the kind of the act.
"""

from __future__ import annotations

from dashboard.events.clause_words import Parse
from dashboard.events.trigger import Trigger


def premodifier(p: Parse, gov: Trigger, noun: Trigger) -> bool:
    """Is ``noun`` (inside ``gov``'s span) a premodifier of the noun that ends ``gov``: the
    next word after it is the span's last word, a noun ("repealed the amnesty law")? Raises
    nothing.

    >>> from dashboard.events.clauses import parse
    >>> from dashboard.events.lexicon import load
    >>> from dashboard.events.tokens import tokenize
    >>> s = "They repealed the amnesty law."
    >>> p = parse(tokenize(s), load())
    >>> premodifier(p, Trigger("08", 8, 5, 29, s[5:29]), Trigger("08", 4, 18, 25, "amnesty"))
    True
    """
    if not gov.start < noun.start or noun.end >= gov.end:
        return False
    after = [t for t in p.tokens if noun.end <= t.start < gov.end]
    return len(after) == 1 and after[0].end == gov.end and "NOUN" in after[0].pos
