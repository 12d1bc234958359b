"""Subordinate clauses that open a sentence: "Unless Hamas releases the hostages, the army
will…", "When rebels fired on the convoy, troops…". Their subject is not the main clause's
(Huddleston and Pullum 2002, ch. 8: an adjunct clause has its own subject), so a name inside
one is no source of the main clause's act.
"""

from __future__ import annotations

import re

from dashboard.analysis import dateline_end

# a subordinate clause that opens the sentence ("Unless Hamas releases the hostages, the army
# will…", "When rebels fired on the convoy, troops…"): its subject is not the main clause's
# A fronted phrase of time or circumstance ("A year after the Hamas attack on Israel,",
# "Following talks with Iran,", "Amid US sanctions,") is an adjunct too (Quirk et al. 1985
# §8.13 adjuncts): the names in it are not the main clause's subject.
_FRONTED_CLAUSE = re.compile(
    r"(?:Unless|If|Although|Though|While|Whereas|Once|Until|Because|When|After|Before|Since|"
    r"(?:(?:A|An|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Several|Some|\d+)\s+)?"
    r"(?:[Yy]ears?|[Mm]onths?|[Ww]eeks?|[Dd]ays?|[Hh]ours?)\s+(?:after|since|before)|"
    r"Following|Amid|Despite|In\s+the\s+wake\s+of|Ahead\s+of|"
    # a concessive or pressure adjunct ("Despite pressure from the United States,", "Under
    # pressure from Washington,", "In defiance of a UN resolution,"): Quirk et al. 1985 §8.89
    # (concessive adjuncts) and §9.7 (prepositional adjuncts); whoever pressed is no subject
    r"In\s+spite\s+of|Notwithstanding|Regardless\s+of|In\s+defiance\s+of|Defying|"
    r"Under\s+(?:[a-z]+\s+){0,2}pressure\s+from|"
    # the medium of a statement ("In a letter to the Security Council,", "In an interview
    # with the BBC,"): whom it was addressed to hears the act and is no subject (Quirk et al.
    # 1985 §8.79, adjuncts of means and instrument)
    r"In\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+){0,2}(?:letter|statement|speech|address|"
    r"message|interview|report|note|submission|briefing|phone\s+call|call)\s+(?:to|with|before))"
    # an initialism's dots do not end it ("Despite U.S. pressure,")
    r"\b(?:[^,;.]|(?<=[A-Z])\.){0,150},"
)


def fronted_end(text: str, at: int) -> int | None:
    """Where the main clause opens (the offset after the comma) when the sentence holding
    ``at`` opens with a fronted adjunct (``_FRONTED_CLAUSE``) that ends at or before ``at``;
    None otherwise. "Despite pressure from the United States, Israel bombed": what the
    adjunct ends with is neither a list joined to the subject after its comma nor a
    preposition's object that the subject continues (Quirk et al. 1985 §8.13)."""
    m = _FRONTED_CLAUSE.match(text, _sentence_start(text, at))
    if m is None or m.end() > at:
        return None
    end = m.end()
    while end < at and text[end].isspace():
        end += 1
    return end


def in_fronted_clause(text: str, at: int, trigger_start: int) -> bool:
    """Is offset ``at`` inside a subordinate clause that opens its sentence and ends before
    the trigger (Huddleston and Pullum 2002, ch. 8: an adjunct clause has its own subject)?"""
    m = _FRONTED_CLAUSE.match(text, _sentence_start(text, at))
    return m is not None and at < m.end() <= trigger_start


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` opens: after the last ". " before it that ends no
    initialism ("Despite U.S. pressure," goes on past "U.S."), after a line break, or after
    the dateline."""
    stop = text.rfind(". ", 0, at)
    while stop > 0 and text[stop - 1].isupper() and (stop < 2 or text[stop - 2] in ". "):
        stop = text.rfind(". ", 0, stop)
    start = max(stop + 2 if stop >= 0 else 0, text.rfind("\n", 0, at) + 1)
    # the story's first sentence opens after its dateline ("GAZA CITY (AP) — Despite …")
    return max(start, dateline_end(text)) if start == 0 else start


# "hours after members of the presidential guard detained him": a subordinate clause whose
# own subject is a common noun phrase; whom the main clause names did not do its act, nor
# suffered it when its subject is that person's kin ("since his father was killed")
SUBORDINATE_SUBJECT = re.compile(
    r"\b(?:after|before|when|since|while|because|until)\s+((?:the|a|an|some|members|"
    r"soldiers|troops|police|officers|guards|gunmen|(?:his|her|their)\s+(?:father|mother|son|"
    r"daughter|brother|sister|wife|husband|uncle|nephew|cousin|predecessor))"
    # the kin noun's name in an apposition ("after his father, Karim Vale, was killed"): the
    # name only identifies the subject (Quirk et al. 1985, 17.65), the clause stays its own
    r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3},)?\s+"
    # its modifiers may be names ("when an Islamic State suicide bomber attacked", "after a
    # Shabaab gunman opened fire"): who was "among those killed" before it is the victim
    r"(?:[A-Za-z][A-Za-z'’-]*\s+){0,5}|"
    # or a bare name, with a passive's or a perfect's auxiliaries after it ("after Haniyeh was
    # killed"): the adjunct clause's own subject (Huddleston and Pullum 2002, ch. 8), so the
    # main clause's names before "after" are neither its agent nor its patient
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}\s+(?:(?:was|were|had|has|been)\s+){0,2})$"
)
