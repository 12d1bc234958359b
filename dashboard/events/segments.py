"""Which stretches of an article the event reader reads as sentences: each sentence once,
a headline line cut from the story, and a joined main clause with its own subject or date
read as a part of its own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.analysis import TextAnalysis
from dashboard.events.cameo import Trigger
from dashboard.events.joined_clauses import joined_clause_parts
from dashboard.events.joined_titled import titled_subject_at
from dashboard.events.lexicon import word_class
from dashboard.events.second_acts import charge_answer_at
from dashboard.events.tokens import verb_forms

if TYPE_CHECKING:
    from dashboard.events.dates import DateMention


def _sentences_read(analysis: TextAnalysis) -> list[tuple[int, int]]:
    """The sentences, each told once, with a headline line that ends in no full stop cut from
    the dateline and lead after it ("Drones hit fuel depot" / "KYIV — Ukrainian drones hit…"): two
    sentences, so the lead's event keeps its own trigger, date, place and sides."""
    cut = analysis.dateline_start
    out: list[tuple[int, int]] = []
    seen: set[str] = set()
    for s, e in analysis.sentences:
        # a sentence told again word for word (a scraped page's caption or teaser repeating
        # its lead) is one telling: one arrest, not two on the map
        told = " ".join(analysis.text[s:e].split()).casefold()
        if len(told) > 40 and told in seen:
            continue
        seen.add(told)
        if _CORRECTION.match(analysis.text, s, e):
            continue  # an editor's correction notice repeats the wrong fact: no report
        if cut and s < cut < e:
            out += [(s, cut), (cut, e)]
        elif (
            s == cut == 0
            and s < analysis.dateline_end < e
            and _HYPHENED.search(analysis.text, 0, analysis.dateline_end)
        ):
            # "DAKAR, Senegal (Reuters) - Riots broke out": a hyphen, unlike a dash, closes no
            # clause, so "Riots" would be a capitalised word inside the sentence (a name); the
            # lead is read from after its dateline, whose place and agency are no part of it
            out += _coordinate_parts(analysis.text, analysis.dateline_end, e)
        else:
            out += _coordinate_parts(analysis.text, s, e)
    return out


_HYPHENED = re.compile(r"\s-\s*$")


# An editor's notice of a correction ("An earlier version of this story said the attack was
# in Baidoa", "This article has been corrected", Reuters' "Corrects ..."): it tells what the
# paper got wrong, not a happening (AP Stylebook, "corrections")
_CORRECTION = re.compile(
    r"\s*(?:(?:An?|The)\s+(?:earlier|previous)\s+version\s+of\s+this\s+(?:story|article|report)|"
    r"This\s+(?:story|article|report)\s+(?:has\s+been|was)\s+(?:corrected|updated)|"
    r"(?:Correction|Clarification|Corrects|Editor['’]s\s+note)\b)",
    re.IGNORECASE,
)


# ", and the European Parliament last week called for new elections": a main clause joined
# on with its own subject (an article or a name) and its own date tells a happening of its
# own, as two sentences would (TimeML: each event has its own anchor)
# ", and on Monday it also fired rockets": the joined clause opens with its own date, then its
# subject (Quirk et al. 1985, 8.13: a fronted adjunct of time before the subject)
_COORDINATE = re.compile(
    r",\s+(?:and|but|while|whereas)\s+(?=(?:the\s+)?(?-i:[A-Z]))|,\s+(?:and|but)\s+(?=the\s)|"
    r",\s+(?:and|but)\s+(?=(?:on|last|earlier|yesterday)\b[^,.;]{0,30}?\s(?:it|he|she|they|the)\s)|"
    # ", and organisers said they would march": a plural subject of its own and a reporting verb
    r",\s+(?:and|but)\s+(?=(?-i:[a-z]+s)\s+(?:said|told|announced|vowed|pledged|warned)\b)"
)
_OWN_DATE = re.compile(
    r"\b(?:[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|"
    r"last\s+(?:week|month|year|night|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"earlier\s+(?:this|in\s+the)\s+(?:week|month|year)|(?:in|on|since)\s+(?:mid-)?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December)|in\s+(?:19|20)\d\d|"
    # "two days later": a date counted from the part before (TimeML: an anchored duration)
    r"(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?)\s+later|"
    # "hours later", "a few hours later": a time counted from the part before, as above
    r"(?:(?:a\s+few|several|some|an|a|one|two|three|four|five|six|\d+)\s+)?hours?\s+later|"
    # "and the day before it had suspended", "two days earlier": a day counted back from the
    # part before, anchored as "two days later" is (TimeML 1.2.1: an anchored duration)
    r"(?:a|one|two|three|four|five|six|seven|\d+)\s+(?:days?|weeks?|months?)\s+earlier|"
    r"the\s+(?:day|night|week)\s+before(?=\s*,?\s+(?:it|he|she|they|the|a|an|[A-Z])\b)|"
    r"the\s+(?:previous|next|following)\s+(?:day|night|week))\b"
)


# ", and a Spanish frigate chased them": a main clause joined on with a subject of its own
# (a noun phrase of one to three words, no pronoun or adverb) and a past verb
# "while"/"whereas" needs no comma: "clashed in Karachi while soldiers clashed in Swat" joins
# two clauses, each with its own subject (Quirk et al. 1985, 15.20: a clause of contrast or
# of simultaneous time); "a while" is a noun. Written to open on the class of its first
# characters (a comma or a space, told apart by look-behinds after it) so that ``re`` skips
# to them in C; the look-behind "not after 'a'" moved past the space it stood before matches
# the same places (issue 15)
_JOINED_SUBJECT = re.compile(
    r"[,\s](?:(?<=,)\s+(?:and|but|while|whereas|after\s+which)|(?<=\s)(?<!\ba\s)\s*(?:while|whereas))"
    r"\s+(?:(?:the|a|an)\s+)?"
)
_NOT_SUBJECT = frozenset("the a an then later also he she it they we which who".split())
_VERB_ADVERBS = frozenset("then later also".split())


def _joined_subject_start(text: str, lead: Trigger | None, end: int) -> int:
    """Where a main clause joined after the lead trigger with its own subject and a past verb
    opens (", and a Spanish frigate chased them"); ``end`` when none does. Quirk et al. (1985,
    13.1): coordinated clauses each carry their own subject and arguments."""
    if lead is None:
        return end
    return joined_subject_at(text, lead.end, end)


def joined_subject_at(text: str, start: int, end: int) -> int:
    """Where, within ``text[start:end]``, a clause joined by ", and" with its own subject and
    a past verb opens (", and Washington sent two carriers"); ``end`` when none does."""
    for m in _JOINED_SUBJECT.finditer(text, start, end):
        # six words: a joined subject may be two names ("and the United States and Japan held")
        words = re.findall(r"[A-Za-z][\w'-]*", text[m.end() : min(end, m.end() + 60)])[:6]
        for k in range(1, len(words)):
            if k > 3 and "and" not in (w.lower() for w in words[:k]):
                break  # past four words only a two-name subject ("…, and Nairobi, Kenya, on")
            # "and Moscow later recognised": an adverb after the subject, not its first word
            adverb = k > 1 and words[k - 1].lower() in _VERB_ADVERBS
            if words[k - 1].lower() in _NOT_SUBJECT and not adverb:
                break
            forms = verb_forms(words[k])
            if (forms is not None and "VBD" in forms[1]) or _says(words[k]):
                return m.start()
            if verb_forms(words[k - 1].lower()) is not None and words[k - 1][0].islower():
                break  # a verb before the subject's end: "and wounded three"
    # a longer subject, a title and a name: ", and U.S. Secretary of State Marco Rubio said"
    return titled_subject_at(text, start, end)


def _says(word: str) -> bool:
    """A saying verb in the present ("…, and witnesses say nine were killed"): the joined
    clause has its own subject and finite verb as a past one has (Quirk et al. 1985, 13.1;
    news reports tell attribution in the present); the verbs are ``classes.csv`` SAYING_VERB,
    written in lower case ("…, and the United States" is a name, no verb)."""
    verbs = word_class("SAYING_VERB")
    return word.islower() and (word in verbs or (word.endswith("s") and word[:-1] in verbs))


def _coordinate_parts(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """The sentence ``s``..``e``, cut before a joined main clause with its own date when the
    part before it has a date of its own too; else cut before each joined finite clause
    (``joined_clauses``: "…, and police arrested two men on Tuesday"); else whole."""
    answer = charge_answer_at(text, s, e)
    if answer is not None:  # "…, an accusation the alliance rejected": the answer apart
        return [*_coordinate_parts(text, s, answer[0]), (answer[1], e)]
    for m in _COORDINATE.finditer(text, s, e):
        left, right = text[s : m.start()], text[m.end() : e]
        if len(right.split()) >= 5 and _OWN_DATE.search(right) and _OWN_DATE.search(left):
            return [(s, m.start()), (m.end(), e)]
    return joined_clause_parts(text, s, e, _OWN_DATE)


# A closing reporting frame (", the foreign ministry said earlier on Tuesday."): the cited
# speaker's verb, at most an "earlier"/"later" before the day, and the sentence's end after it
# (a medium, "in a statement", may come between). ACE 2005: the reporting event is not the
# reported one, and its day is the telling's, whatever condition the told clause ends with.
_FRAME_BEFORE = re.compile(
    r",\s+(?!(?:and|but|while|whereas|which|who|if|unless)\b)(?:[\w’'.-]+\s+){1,8}?"
    r"(?:said|says|added|announced|reported|confirmed|stated|warned|told\s+[\w.-]+)"
    r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|briefing|"
    r"interview|message|release))?\s+(?:(?:earlier|later|late|early)\s+)?$"
)
_FRAME_AFTER = re.compile(
    r"(?:\s+in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|post|briefing|"
    r"interview|message|release))?\s*[.!]?[\"”]?\s*(?:$|\n)"
)


def told_day(text: str, s: int, dm: DateMention) -> bool:
    """Whether the date phrase ``dm`` (offsets in the sentence starting at ``s``) is the day of a closing reporting frame
    ("…if Norway expanded exercises, the ministry said on Tuesday."): the telling's day, so a
    threat or a statement told in the clause before is dated by it. A day inside the told
    clause ("…if Norway held exercises on Tuesday") is not."""
    start = s + dm.start
    return bool(
        _FRAME_BEFORE.search(text, max(0, start - 90), start)
        and _FRAME_AFTER.match(text, s + dm.end)
    )
