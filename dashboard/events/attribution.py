"""Whom a sentence cites: the spans naming who reports what it tells ("..., a British
maritime agency said", "according to X", an opening "X said"), and the country whose own body
is cited ("Ukraine's air force said"). Who is cited reports the event; they are not its sides.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.events.lexicon import role_words
from dashboard.events.prefilter import gated, may_match, needed

# Who a sentence cites for what it reports (ACE 2005: the reporting event is not the reported
# one, and its speaker is no participant of it): "..., a British maritime agency said.",
# "According to the Turkish ministry, ...", "..., according to Ukraine's air force."; a
# medium or gloss after the verb ("said in a statement", "said, calling it piracy") keeps it
# the reporting clause (CAMEO 1.1b3: who reports an event is neither its source nor target)
_SAID_AT_END = re.compile(
    r",\s+(?P<who>(?:[\w’'.-]+\s+){1,8}?)(?:said|says|reported|reports|added|announced|"
    r"confirmed|told\s+[\w.-]+(?:\s+[\w.-]+)?)(?:\s+(?:on\s+)?(?:\w+day|today|yesterday|"
    r"late\s+on\s+\w+day))?(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|briefing|interview|message|release)(?:\s+on\s+[\w.-]+)?)?"
    # "..., the navy said, calling it piracy": the reporter's own gloss, still the reporter's
    r"(?:,\s+(?:calling|describing|terming|branding|labell?ing)\b[^.!?]*)?\s*[.!]?[\"”]?\s*$"
)
# the inverted order, the verb before its speaker: "…, said army spokesman Capt. Mario Reyes."
# (AP Stylebook, "said": "said the spokesman" when a long title or description follows the
# verb); the speaker stays the reporter, never a target (fix96)
_SAID_INVERTED = re.compile(
    r",\s+(?:said|says|added|told\s+reporters)\s+(?!(?:[\w’'.-]+\s+){0,8}?(?:was|were|is|are|had|has|"
    r"have|would|will|could|should|may|might|did|that|it|he|she|they)\b)"
    r"(?P<who>(?:[\w’'.-]+\s+){0,8}?[\w’'.-]+)"
    r"(?:,\s+(?:an?|the)\s+[^,.!?]{1,60})?\s*[.!]?[\"”]?\s*$"
)
# "..., according to the army chief, Gen. Ramon Cruz.": a name in apposition closing the
# sentence is the same reporter (Quirk et al. 1985 §17.65, non-restrictive apposition)
_ACCORDING_TO = gated(
    r"\b[Aa]ccording to\s+(?P<who>[^,;.]{1,80}"
    r"(?:,\s+(?:[A-Z][\w’'.-]*\s+){0,4}[A-Z][\w’'.-]*(?=\s*[.!]?[\"”]?\s*$))?)(?=[,;.]|$)"
)
_POSSESSIVE_AFTER = re.compile(r"['’]s?\s")


def attributions(sentence: str, offset: int) -> list[tuple[int, int]]:
    """Spans (article offsets) naming whom a sentence cites: whoever is named there reports
    the event and is neither its source nor its target.

    >>> attributions("Rebels fired at a tanker, a British maritime agency said.", 0)
    [(24, 57)]
    """
    spans = []
    end = _SAID_AT_END.search(sentence)
    if end is None:
        end = _SAID_INVERTED.search(sentence)
    if end is not None:
        spans.append((offset + end.start(), offset + end.end()))
    spans += [(offset + m.start(), offset + m.end()) for m in _ACCORDING_TO.finditer(sentence)]
    return spans


# "Kyiv said (on Sunday) (that) ...", "Officials told reporters ...": who opens a sentence
# by saying what follows
# a dateline may open the lede ("JERUSALEM — Israel said…", "GOMA, Congo (AP) — …")
_SAID_LEAD = re.compile(
    r"^\s*(?:(?-i:[A-Z][A-Z.'’ -]+)(?:,\s*[\w. ]+?)?\s*(?:\([^)]*\)\s*)?[—–]\s*)?"
    # the speaker may hold an apposition set off by commas ("Kenya's interior minister,
    # Amina Mohamed, said"; "Amina Mohamed, the interior minister, said": Quirk 17.65)
    r"[\"“]?(?P<who>(?:[\w’'.-]+\s+){0,7}?[\w’'.-]+(?:,\s+(?:[\w’'.-]+\s+){0,6}?[\w’'.-]+,)?)"
    r"\s+(?:said|says|told\s+[\w.-]+|"
    # other reporting verbs (TimeML 1.2.1 class REPORTING) only before "that": "Kyiv reported
    # that shelling resumed", whereas "Kyiv announced a truce" is its own act
    rf"(?:{role_words('clause_cues.csv', 'report_that')})(?=\s+(?:\w+day\s+)?that\b))"
    r"(?:\s+(?:on\s+|late\s+on\s+)?(?:\w+day|today|yesterday))?(?:\s+that)?\s+"
)
# every match holds one of these words as written ("said", "says", "told"): a sentence with
# none is not tried from its start at every length of the speaker (issue 15)
_SAID_WORDS = needed(_SAID_LEAD, folded=False)
# a word in what is said that points back to the speaker: "Moscow said its jets struck..."
# and so does a definite force with no owner named ("Israel's defense minister said the army
# struck"): the army, the group a spokesman speaks for is the speaker's own (Hawkins 1978:
# a definite noun with no antecedent takes its referent from the situation, here the
# speaker's side)
_BACK = re.compile(
    r"\b(?:it|its|itself|they|their|them|themselves|we|our|the\s+(?:army|military|"
    r"air\s+force|navy|armed\s+forces|group|movement|militia))\b"
)


def leading_speaker(sentence: str, offset: int, triggers: list[int]) -> tuple[int, int] | None:
    """The span (article offsets) naming who speaks when a sentence opens "X said ..." and
    what X says does not point back to X: the speaker reports the event, like a cited
    source at the sentence's end, and is no side of it. ``triggers``: the article offsets
    of the sentence's event triggers (not its reporting verbs).

    >>> leading_speaker("Kyiv said a missile struck Odesa.", 0, [17])
    (0, 4)
    >>> leading_speaker("Moscow said its jets struck Odesa.", 0, [21]) is None
    True
    """
    m = _SAID_LEAD.match(sentence) if may_match(_SAID_WORDS, sentence) else None
    if m is None:
        return None
    if any(offset <= t < offset + m.end() for t in triggers):
        return None  # the speaker's words hold an event of their own ("Rebels who attacked...")
    after = [t - offset for t in triggers if t >= offset + m.end()]
    if not after or _BACK.search(sentence, m.end(), after[0]):
        return None
    return offset + m.start("who"), offset + m.end("who")


def opening_speaker(sentence: str) -> tuple[int, int] | None:
    """The span (offsets in ``sentence``) of who opens it by saying what follows, whatever
    the words said hold ("Ukraine said Russia shelled Kherson" gives (0, 7)); None when it
    opens otherwise. The highest subject of the sentence, which a pronoun in a clause joined
    after it takes up first (``joined_sides``)."""
    m = _SAID_LEAD.match(sentence) if may_match(_SAID_WORDS, sentence) else None
    return None if m is None else (m.start("who"), m.end("who"))


def within(spans: Sequence[tuple[int, int]], start: int) -> bool:
    """Whether offset ``start`` falls inside one of ``spans``."""
    return any(s <= start < e for s, e in spans)


def reporting_country(
    text: str, spans: list[tuple[int, int]], countries: list[tuple[int, int, str, str]]
) -> str | None:
    """A country named as the owner of the cited body ("Ukraine's air force said"): its own
    forces report what happened on its soil, so it may place an attack with no place named."""
    for cs, ce, code, _ in countries:
        if within(spans, cs) and _POSSESSIVE_AFTER.match(text, ce):
            return code
    return None


# whom a report is told to: "has told the United Nations that …", "informed Kenya that …"
_TOLD_BEFORE = re.compile(
    r"\b(?:told|informed|notified|briefed|alerted|assured)\s+(?:the\s+)?$", re.IGNORECASE
)
# whom a written report is sent to: "said in a letter to the U.N. Security Council that …",
# "wrote in a note to Kenya that …": the letter's addressee reads the telling, as "told" (ACE
# 2005: the reporting event is not the reported one); "U.N." before a UN organ is its owner
_WRITTEN_TO_BEFORE = re.compile(
    r"\bin\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:letter|message|note|"
    r"submission|complaint|communication|memo|memorandum)\s+(?:sent\s+|addressed\s+)?to\s+"
    r"(?:the\s+)?(?:(?:U\.N\.|UN|United\s+Nations)\s+)?$",
    re.IGNORECASE,
)
# what the addressee hears: "that …", or the told clause itself after the telling's own day
# ("told Britain on Tuesday rebels attacked …": "that" is optional after "tell", Quirk et al.
# 1985, 15.3), never a preposition keeping the name in the telling ("told Britain on Tuesday
# of floods", "told the UN on Tuesday in a letter")
_THAT_AFTER = re.compile(
    r"\s+(?:that\b|(?:(?:late\s+)?on\s+(?:\w+day|(?:\d{1,2}\s+)?[A-Z][a-z]+(?:\s+\d{1,2})?)|"
    r"yesterday|today|(?:last|this|earlier\s+this)\s+(?:week|month|year|\w+day))"
    r"(?:\s+(?:morning|afternoon|evening|night))?,?\s+"
    r"(?:that\b|(?!(?:of|about|on|in|at|for|with|by|to|from|over|during|and|or|but|as|"
    r"after|before|while|when)\b)[\"“]?[A-Za-z]))"
)


def told_to(text: str, start: int, end: int) -> bool:
    """Is the name at ``start``–``end`` of ``text`` whom a report is told to ("the disaster
    centre has told the United Nations that a landslide buried …")? The addressee of a
    reporting verb hears the report and is no side of what it tells (ACE 2005: the reporting
    event is not the reported one).

    >>> told_to("Officials told the World Bank that floods hit.", 19, 29)
    True
    >>> told_to("Officials told the World Bank of floods.", 19, 29)
    False
    >>> told_to("Officials told the World Bank on Monday floods hit.", 19, 29)
    True
    """
    if _THAT_AFTER.match(text, end) is None:
        return False
    window = max(0, start - 60)
    return (
        _TOLD_BEFORE.search(text, max(0, start - 40), start) is not None
        or _WRITTEN_TO_BEFORE.search(text, window, start) is not None
    )
