"""A counted "after" clause whose main clause only places its subject in time: "The ruling
came hours after demonstrators stormed the parliament building" tells the storming as an act
of its own, though "the ruling came" names no event and no day.

"Come" with a temporal "after" orders two events (Merriam-Webster come v. 4a "to happen,
occur"; Quirk et al. 1985 §15.25, "after" as a temporal subordinator): the clause after
"after" is a finite clause with its own verb, an act told, as a plain "after" clause is read
elsewhere (``embedded_acts.after_act``). ``extract`` read a counted "after" clause ("hours
after", "a day after") only when the main clause had an event or a day to count from, so with
neither the act was lost. Its date is then the clause's own when told, else inferred as any
undated act's is; never counted from a day no clause names. The verbs are data
(``classes.csv`` ``SEQUEL_VERB``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.cameo import Trigger
from dashboard.events.dates import DateMention
from dashboard.events.lexicon import word_class
from dashboard.events.tokens import past_verb, tokenize


def sequel_verb_before(text: str, s: int, rel: re.Match[str]) -> bool:
    """Whether the word right before the counted "after" phrase ``rel`` (a match in the
    sentence starting at offset ``s`` of ``text``) is a ``SEQUEL_VERB`` ("came"), so the
    phrase's clause tells an act of its own. Example: "The vote came a day after rioters
    torched a depot" -> True; "Shops stayed shut a day after rioters torched a depot" ->
    False (that main clause is read by its own rules)."""
    words = [t for t in tokenize(text[s : s + rel.start()]) if t.text.strip()]
    return bool(words) and bool(words[-1].keys & word_class("SEQUEL_VERB"))


# a comma, a colon, a dash or a bracket: the clause the "after" phrase opens has ended
_CLAUSE_BREAK = re.compile(r"[,;:—–()]")


def clause_told(
    text: str,
    s: int,
    after: int,
    own: Sequence[DateMention],
    rel: re.Match[str] | None,
    sub: Sequence[Trigger],
) -> bool:
    """Whether the counted "after" clause (from ``after``, an offset in the sentence starting
    at ``s``) is read without the main clause's event or day: a day of ``own`` (its own
    days, offsets in the sentence) stands in it before any clause break ("a day after rebels
    attacked the town on 3 June"), or its phrase ``rel`` follows a ``SEQUEL_VERB`` ("The vote
    came hours after ...") and its first act ``sub[0]`` is told by a past verb: "came five days
    after the council announced it would launch a venture" tells a plan, not a launch (an
    act under "would" is no past act; Quirk et al. 1985 §4.62)."""
    if any(not _CLAUSE_BREAK.search(text, s + after, s + dm.start) for dm in own):
        return True
    if rel is None or not sub or not sequel_verb_before(text, s, rel):
        return False
    return any(past_verb(w) for w in sub[0].text.split())


def doer_then_act(text: str, acts: list[Trigger]) -> list[Trigger]:
    """``acts`` (an "after" clause's triggers, strongest first, offsets in ``text``) with the
    verb moved first when the first act is a noun that stands right before it as its subject:
    "after demonstrators stormed the parliament" tells the storming (§145), and
    "demonstrators" (§141) only who stormed. A clause's act is its predicate's; its subject
    names the doer (Quirk et al. 1985 §2.16: subject and predicate). Unchanged when the two
    are apart or the second is no past verb. Example: [demonstrators, stormed] -> [stormed,
    demonstrators]."""
    if len(acts) < 2:
        return acts
    first, second = acts[0], acts[1]
    if text[first.end : second.start].strip() or second.start < first.end:
        return acts
    if past_verb(first.text.split()[-1]) or not past_verb(second.text.split()[0]):
        return acts
    return [second, first, *acts[2:]]
