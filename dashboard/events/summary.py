"""One line a person would write for an event, from the sentence's own words: who (the
grammatical subject), the verb, the object, and the place.

"Last week, North Korean leader Kim Jong Un supervised a test flight of ..." ->
"North Korean leader Kim Jong Un supervised a test flight of the country's newest
intercontinental ballistic missile". Leading adverbials ("Last week,", "On Monday,") and
reporting frames ("Police said the ...") are dropped; date phrases inside the line are cut
out (the card shows the date); the line ends on a content word, never on "the" or "of".
When the clause has no subject of its own, the event's actor stands in ("Police arrested
..."), or a possessive for a noun ("Russia's invasion of Ukraine").
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from dashboard.events.clause_words import ZERO_RELATIVE_RX
from dashboard.events.prefilter import gated
from dashboard.events.time_adjunct import opens_time_adjunct
from dashboard.events.tokens import tokenize, verb_forms

if TYPE_CHECKING:
    from dashboard.events.drafts import _Draft
    from dashboard.model import Mention

Span = tuple[int, int]

MAX_SUBJECT_WORDS = 18  # a longer run before the verb is not a subject but a clause
MAX_WORDS = 14  # after the trigger
_REPORTING = gated(
    r"\b(?:(?:said|says|told|announced|added|stated|confirmed)(?:\s+[\w’']+){1,4}?(?=\s+that\b)|"
    # whom one told may be a name of several words ("told France 24", "told Voice of
    # America"): its capitals and numbers, case-sensitive, belong to the addressee
    r"said|says|told (?:the\s+)?(?:U\.N\.\s+)?(?-i:[A-Z][\w’'.-]*(?:\s+(?:[A-Z][\w’'.-]*|\d+|of)){0,3}(?=\s+[a-z]))|"
    r"told \w+|announced|reported|added|stated|confirmed|claimed)"
    r"(?:\s+(?:on\s+)?(?:today|yesterday|\w+day|last \w+|this \w+))?(?:\s+that)?\s+",
    re.IGNORECASE,
)
_SAYS = frozenset("said says told claimed".split())  # irregular reporting verbs ("-ed" above)
_CLAUSE_BREAK = re.compile(r"[;—–]|[:,](?!\d)")  # not the comma of "2,000", the colon of "3:35"
# Where the event's own phrase ends: a new clause or a side remark.
_STOP = re.compile(
    r"\s*(?:[;—–(]|[:,](?!\d)|\s(?:said|according to|shortly before|shortly after)\b)"
    rf"|{ZERO_RELATIVE_RX}",  # "arrested 16 people| it said were plotting": a zero relative
    re.I,
)
_OPENERS = frozenset(
    "and but then when while as after before just since because although though so also "
    "yet meanwhile later earlier".split()
)
_RELATIVE = frozenset("who which that whom whose where".split())
# a nonrestrictive relative clause between a subject and its verb, set off by two commas
_ASIDE_OPEN = re.compile(r"\s*(?:which|who)\b", re.IGNORECASE)
# the comma of a number ("130,000") neither ends the aside nor closes it
_ASIDE = re.compile(r",\s*(?:which|who)\b(?:[^,;:]|,(?=\d)){1,120}(?:,(?!\d)\s*|$)", re.IGNORECASE)
_PRONOUNS = frozenset("it they he she we its".split())
# A noun trigger after one of these is an adjunct ("fled amid mass protests"): the line is
# the noun phrase itself. After an argument preposition ("announced $30m in aid") the verb
# before it governs, unless there is none.
_ADJUNCT = frozenset("amid after before during since following despite over against".split())
_ARGUMENT = frozenset("in on at with for to into from by about under".split())
_AUX = frozenset("was were had has have is are will would did could can may might".split())
_TRAILING = frozenset(
    "the a an of in on at to into and or but with by for from its their his her that which who "
    "has have had was were is are be been as than over under near after before during while "
    "off onto upon some about around own".split()
)
Place = tuple[str, int, int]
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|off(?: the coast of)?|outside|across|into|throughout)\s+(?:the\s+)?$",
    re.IGNORECASE,
)  # the location's words as written, and their span


def _clean_subject(words: list[str], actor: str) -> list[str]:
    """Drop openers ("And", "When"); a relative pronoun, a bare pronoun or a participle
    opening ("Becoming ...") gives way to the event's actor, a possessive to its possessive."""
    while words and words[0].lower() in _OPENERS:
        words = words[1:]
    if words and words[0].lower() in _RELATIVE:
        words = words[1:]
        # "which Moscow annexed", "whom the National Assembly impeached": a subject of its own
        has_own = bool(words) and (
            words[0][:1].isupper()
            or (len(words) > 1 and words[0].lower() == "the" and words[1][:1].isupper())
        )
        if not (words and words[0].lower() in _POSSESSIVE):
            return [actor, *words] if actor and not has_own else words
        # "confirmed that its leader was killed": a possessive subject of its own, read below
    if len(words) > 1 and words[0].lower() in _POSSESSIVE and actor and not _passive(words):
        # "its warplanes" is the actor's, not "Turkey warplanes"; "his car had been shot at"
        # is the victim's, and the actor (the one accused of it) is not its owner; "his
        # Wagner troops" already names the actor, and "Wagner's Wagner troops" would repeat it
        if words[1] == actor.split()[0]:
            return words[1:]
        return [f"{actor}’s", *words[1:]]
    passive = len(words) > 1 and words[1].lower() in ("was", "were", "is", "are", "been")
    if len(words) > 1 and words[0].lower() in _POSSESSIVE and _passive(words):
        # "said its positions were shelled by X": the owner of a passive's patient is whom it
        # points back to (the sayer), never the passive's agent, so "its" stays as written
        return words
    if words and words[0].lower() in _PRONOUNS and actor and not passive:
        return [actor, *words[1:]]
    if words and _participle(words[0]) and actor:
        return [actor]
    return words


def _passive(words: list[str]) -> bool:
    """The words after a possessive noun phrase's first two hold a passive's "be" ("his car
    had been shot at", "their homes were torched")."""
    return any(w.lower() in ("was", "were", "is", "are", "been") for w in words[2:5])


def _participle(word: str) -> bool:
    """A verb's -ing form ("Becoming"), not a name that ends so ("Beijing", "Wyoming")."""
    forms = verb_forms(word.lower().strip(",")) if word.lower().endswith("ing") else None
    return forms is not None and "VBG" in forms[1]


def _phrase_start(
    text: str, clause_start: int, trigger_start: int, dates: list[Span]
) -> tuple[int, bool]:
    """Where the line starts, and whether it starts at a noun phrase after a preposition."""
    pre = text[clause_start:trigger_start]
    words = list(re.finditer(r"\S+", pre))
    # a trigger opening on a past verb or on a passive's "be" ("were killed in riots")
    opening = text[trigger_start : trigger_start + 20]
    verb = re.match(r"(?:\w+ed|was|were|been)\b", opening) is not None
    first = re.match(r"[A-Za-z]*", opening)
    # "Junior doctors in England began a strike": a finite verb's "in" is its subject's
    finite = first is not None and _irregular_past(first.group())
    for k, w in enumerate(reversed([] if verb else words[-4:])):  # a past verb heads no NP
        word = w.group().lower().strip(",")
        if k > 0 and w.group().endswith(","):
            break  # "Despite U.S. pressure, Israel struck": a fronted adjunct ends at its comma
        if any(d[0] <= clause_start + w.start() < d[1] for d in dates):
            continue  # "on Sunday" is a date, not a preposition governing the trigger
        if word in _ADJUNCT or (
            word in _ARGUMENT and k > 0 and not finite and not _verb_before(words, w)
        ):
            return clause_start + w.end() + 1, True
        if word in _COPULA and 0 < k < 3 and _WHAT.search(pre, 0, w.start()):
            # "in what sources said was an Israeli attack": the free relative's complement
            # names the act (Quirk et al. 1985 §15.8), its "what" no subject of a line
            return clause_start + w.end() + 1, True
        if word.endswith("ed") or word in _RELATIVE or word in _SAYS or _irregular_past(word):
            break  # "in Brussels, said Russian missiles": the preposition is the speaker's
    # the comma of a list of names ("Japan, South Korea and the United States") is no break
    breaks = [b for b in _CLAUSE_BREAK.finditer(pre) if not _in_a_list(pre, b)]
    aside = (0, 0)
    if len(breaks) >= 2 and _ASIDE_OPEN.match(pre, breaks[-2].end()):
        # "Beijing, which claims Taiwan as its territory, had warned": the relative aside is
        # set off by its two commas; the subject stands before it (summarise cuts the aside),
        # and a saying verb inside it ("which Israel said was") reports no act of the line
        aside = (breaks[-2].start(), breaks[-1].end())
        breaks = breaks[:-2]
    if len(breaks) >= 2 and _apposition_before_verb(pre, breaks):
        # "Trump's envoy, Steve Witkoff, met Putin", "Vance, Trump's vice president,
        # criticized": an apposition set off by two commas right before the verb describes the
        # subject before it (Quirk et al. 1985, 17.65), so the line keeps both
        breaks = breaks[:-2]
    elif len(breaks) >= 2 and (at := _adjunct_apposition(pre, breaks)) is not None:
        # "took office after her husband, Ousmane Sarr, was shot": the adjunct clause's own
        # subject and its apposition open the line, not the main clause's subject
        return clause_start + at, False
    start = breaks[-1].end() if breaks else 0
    reports = [r for r in _REPORTING.finditer(pre, start) if not aside[0] <= r.start() < aside[1]]
    if reports:
        start = reports[-1].end()
    return clause_start + start, False


def _closing_commas(pre: str, breaks: list[re.Match[str]]) -> bool:
    """Whether the last two of ``breaks`` (two or more) are commas and ``pre`` holds no word
    after the closing one but a perfect auxiliary ("Vance, Trump's vice president, has"): the
    commas may set off an apposition right before the verb."""
    first, last = breaks[-2], breaks[-1]
    after = pre[last.end() :].split()
    return (
        first.group() == ","
        and last.group() == ","
        and all(w.lower() in _AUX_PERFECT for w in after)
    )


def _apposition_before_verb(pre: str, breaks: list[re.Match[str]]) -> bool:
    """Whether the last two commas of ``pre`` set off a short noun phrase right before the
    verb ("Vance, Trump's vice president, "), after a short subject of its own: no words after
    the closing comma, at most ``_APPOSITION_WORDS`` words inside and before, none of them a
    reporting or past verb (then the commas close a clause, not an apposition)."""
    first, last = breaks[-2], breaks[-1]
    if not _closing_commas(pre, breaks):
        return False
    opening = breaks[-3].end() if len(breaks) >= 3 else 0
    inside, head = pre[first.end() : last.start()].split(), pre[opening : first.start()].split()
    if not inside or not head or len(inside) > _APPOSITION_WORDS or len(head) > _APPOSITION_WORDS:
        return False
    words = [w.lower().strip("’'") for w in inside + head]
    return not any(w in _SAYS or w in _RELATIVE or w.endswith("ed") for w in words)


def _adjunct_apposition(pre: str, breaks: list[re.Match[str]]) -> int | None:
    """Where the subject of an adjunct clause opens in ``pre`` when the last two commas set
    off its apposition right before the verb ("after her husband, Ousmane Sarr, was"): the
    offset after the conjunction, or None. The head is at most ``_ADJUNCT_HEAD`` words after
    the clause's conjunction (Quirk et al. 1985 §15.17: a finite adverbial clause has a
    subject of its own; 17.65: the apposition describes that subject)."""
    first, last = breaks[-2], breaks[-1]
    if not _closing_commas(pre, breaks):
        return None
    opening = breaks[-3].end() if len(breaks) >= 3 else 0
    words = list(re.finditer(r"\S+", pre[opening : first.start()]))
    conj = [k for k, w in enumerate(words) if w.group().lower() in _ADJUNCT]
    head = [w.group() for w in words[conj[-1] + 1 :]] if conj else []
    inside = pre[first.end() : last.start()].split()
    if not head or len(head) > _ADJUNCT_HEAD or not inside or len(inside) > _APPOSITION_WORDS:
        return None
    if any(w.lower() in _SAYS or w.lower() in _RELATIVE or w.endswith("ed") for w in head + inside):
        return None
    return opening + words[conj[-1]].end() + 1


_ADJUNCT_HEAD = 3  # "her husband", "the former minister"
_APPOSITION_WORDS = 7
# "Belgorod, 40 km from the border, has been shelled": a perfect passive's "been" follows the
# closing comma as an auxiliary does
_AUX_PERFECT = _AUX | {"been"}


def _irregular_past(word: str) -> bool:
    """A past tense not spelt with -ed ("began", "took", "sent"): a finite verb, so the
    preposition before it governs its subject's phrase ("Police from Thailand began a
    patrol"), not the trigger's noun."""
    forms = verb_forms(word)
    return forms is not None and "VBD" in forms[1] and forms[0] != "be"


def _verb_before(words: list[re.Match[str]], prep: re.Match[str]) -> bool:
    """A past-tense or auxiliary verb within six words before ``prep``."""
    i = words.index(prep)
    return any(
        w.group().lower().endswith("ed") or w.group().lower() in _AUX
        for w in words[max(0, i - 6) : i]
    )


# the words that lead into a date and go with it: "on", "late on", "on the night of", "in the
# early hours of" ("freed a hostage on the night of May 18" -> "freed a hostage")
_DATE_LEAD = re.compile(
    r"\s+(?:(?:(?:on|in|during|by|from|since)\s+)?(?:the\s+)?(?:(?:early|small|late)\s+)?"
    r"(?:night|nights|morning|afternoon|evening|hours|eve|weekend|day|days|week)\s+of|"
    r"(?:(?:late|early)\s+)?(?:on|in|during|since|by|from|between|last|this|late|early))\s*$",
    re.IGNORECASE,
)
_FOR_END = re.compile(r"\s+for\s*$", re.IGNORECASE)
# "over the 2024 martial law decree": a year that modifies a noun after a determiner is part
# of the noun phrase, not a time adverbial, and the line keeps it (cutting it left "over law
# decree"); the date reader's noun-year rule (``dates_rules_bare``) spans determiner to noun
_ATTRIBUTIVE_YEAR = re.compile(
    r"(?:the|a|an|its|his|her|their|our|this|that|\S+['’]s)\s+\d{4}(?:['’]s)?\s+[A-Za-z]",
    re.IGNORECASE,
)


def _cut_dates(phrase: str, offset: int, dates: list[Span]) -> str:
    """``phrase`` (starting at ``offset`` in the article) without its date phrases."""
    out, pos = [], 0
    for s, e in sorted(dates):
        s, e = s - offset, e - offset
        if s < pos or s >= len(phrase) or _ATTRIBUTIVE_YEAR.match(phrase, max(s, 0), e):
            continue
        head = _DATE_LEAD.sub("", phrase[pos : max(s, 0)])
        owned = phrase[max(s, 0) : e].endswith(("'s", "’s")) or phrase.startswith(("'s", "’s"), e)
        if not owned:  # "planned for Saturday in Balti": "for" goes with its day, but
            head = _FOR_END.sub("", head)  # "called for Monday's rally" keeps it
        out.append(head)
        pos = max(e, 0)
        # "The weekend's clashes": the possessive goes with its date
        if phrase.startswith(("'s", "’s"), pos):
            pos += 2
    out.append(phrase[pos:])
    joined = re.sub(r"\s+([,.;])", r"\1", re.sub(r"\s{2,}", " ", "".join(out)))
    # "in Haiti's Centre department, on Wednesday, forcing": the date set off by two commas
    # leaves one comma, not two
    return re.sub(r",(?:\s*,)+", ",", joined).strip(" ,")


def _end_on_a_content_word(words: list[str]) -> list[str]:
    while words and (words[-1].lower().strip(",.") in _TRAILING or not words[-1].strip(",.-–")):
        words = words[:-1]
    return words


def _holds_subject(phrase: str) -> bool:
    """Does a trigger phrase open with its own subject noun and its finite verb ("gunmen
    attacked", "militants stormed")? Then the clause has its subject and no actor stands in."""
    words = phrase.lower().split()
    if len(words) < 2 or verb_forms(words[0]) is not None:
        return False
    forms = verb_forms(words[1])
    return forms is not None and bool({"VBD", "VBZ"} & forms[1])


def summarise(
    text: str, clause: Span, trigger: Span, actor: str, dates: list[Span], place: Place | None
) -> str:
    """The event's line. ``place`` is its location's words and span, added when not said.

    >>> t = "Last week, police arrested 12 protesters in Lagos, officials said."
    >>> summarise(t, (0, len(t)), (18, 26), "", [(0, 9)], ("Lagos", 44, 49))
    'Police arrested 12 protesters in Lagos'
    """
    start, noun_phrase = _phrase_start(text, clause[0], trigger[0], dates)
    tail = text[trigger[1] : clause[1]]
    stop = _STOP.search(tail)
    end = trigger[1] + (stop.start() if stop else len(tail))
    head = _cut_dates(
        text[start : trigger[0]], start, [d for d in dates if start <= d[0] < trigger[0]]
    )
    rest = _cut_dates(
        text[trigger[0] : end], trigger[0], [d for d in dates if trigger[0] <= d[0] < end]
    )
    if head != text[start : trigger[0]].strip(" ,"):  # a date cut out may leave "In 2021, he"
        head = re.split(r"(?:[;:]|,(?!\d))\s*", head)[-1]
    head = _ASIDE.sub(" ", head).strip()  # "Beijing, which claims Taiwan, had" -> "Beijing had"
    raw = text[start : trigger[0]]
    if raw.rstrip().endswith(",") and "," in head and not head.endswith(","):
        # "Vance, Trump's vice president, criticized": the apposition's closing comma stays
        breaks = [b for b in _CLAUSE_BREAK.finditer(raw) if not _in_a_list(raw, b)]
        if len(breaks) >= 2 and _apposition_before_verb(raw, breaks):
            head += ","
    owner = head.split()[0].lower() if head.split() else ""
    if actor and owner in _POSSESSIVE and re.search(rf"\b{re.escape(actor)}\b", rest[:40]):
        actor = ""  # "its aircraft struck RSF positions": the struck owns no "its"
    subject = head.split() if noun_phrase else _clean_subject(head.split(), actor)
    if not noun_phrase and actor and head.lower() in _POSSESSIVE:
        # "its leader … was killed": the possessive owns the trigger's own noun; the owner of
        # a passive's patient is never its agent (as in ``_clean_subject``), so it stays
        passive_trigger = bool(_BE_WORD.search(text, trigger[0], trigger[1]))
        subject = [head] if passive_trigger else [f"{actor}’s"]
    if noun_phrase and actor and subject and subject[0].lower() in _POSSESSIVE:
        subject = [f"{actor}’s", *subject[1:]]  # "its occupation" -> "Japan’s occupation"
    if len(subject) > MAX_SUBJECT_WORDS:
        subject = [actor] if actor else []
    # "Fighting has raged"; "gunmen attacked" (a trigger holding its own subject noun)
    opens = (
        trigger[0] == clause[0]
        or text[trigger[0]].isupper()
        or _holds_subject(text[trigger[0] : trigger[1]])
    )
    needs_actor = not subject or subject[0].lower() in _AUX
    passive = bool(re.match(r"\s+by\b", text[trigger[1] : trigger[1] + 4]))  # "mediated by X"
    named = actor and re.search(rf"\b{re.escape(actor)}\b", " ".join(rest.split()[:8]))
    if actor and needs_actor and not noun_phrase and not opens and not passive and not named:
        subject = [actor, *subject]  # not when the line names it ("a claim Algiers dismissed")
    # an appositive inside a long trigger phrase ("the volcano, 65 km north of X, erupted"); the
    # comma of a number ("130,000") neither opens nor closes one
    rest = (
        re.sub(r",(?!\d)(?:[^,]|,(?=\d)){1,80},(?!\d)\s*", " ", rest, count=1)
        if "," in text[trigger[0] : trigger[1]]
        else rest
    )
    kept = _whole_names(rest.split(), MAX_WORDS)
    if place and clause[0] <= place[1] < clause[1]:
        kept = _run_on_to_place(kept, rest.split(), place[0])
    words = _end_on_a_content_word(subject + kept)
    before = text[max(0, trigger[0] - 16) : trigger[0]].split()
    if trigger[0] == clause[0] and actor and _POSSESSIVE & {w.lower() for w in before[-2:]}:
        # a noun told with its owner ("its 1910-45 occupation"): "Japan’s occupation of ..."
        words = [f"{actor}’s", words[0].lower(), *words[1:]] if words else words
    if len(words) > 1 and words[0] == words[1]:
        words = words[1:]  # the actor was also the subject: "Venezuela Venezuela rejects"
    if _fragment(words) or not _sentence_like(words):
        # "Strike", "War cabinet", "$30 million in aid": no subject and finite verb of its
        # own, so the clause as written, up to its boundary, instead
        whole = _cut_dates(
            text[clause[0] : end], clause[0], [d for d in dates if clause[0] <= d[0] < end]
        )
        fallback = _end_on_a_content_word(
            _clean_subject(_last_clause(whole, actor).split(), actor)[
                : MAX_SUBJECT_WORDS + MAX_WORDS
            ]
        )
        if _fragment(words) or len(fallback) > len(words):
            words = fallback
    line = " ".join(words).rstrip(",").strip()
    if line.endswith(".") and "." not in line.split()[-1][:-1]:
        line = line[:-1]  # a full stop, not the dot of "U.S."
    if (
        place
        and place[0].lower() not in line.lower()
        and clause[0] <= place[1] < clause[1]
        # "Levels at Bakel rose, and the government appealed": the place is the first
        # clause's, so "appealed … at Bakel" would say what the text does not
        and _CLAUSE_JOIN.search(text, place[2], max(place[2], trigger[0])) is None
    ):
        prep = _LOCATIVE.search(text, max(clause[0], place[1] - 20), place[1])
        if prep:  # the sentence's own words: "... in Lagos", "off the coast of Yemen"
            line += f" {' '.join(prep.group().split())} {place[0]}"
    return line[:1].upper() + line[1:]


# a clause joined by ", and", ", but" or ";" (Quirk et al. 1985 §13.2, clausal coordination)
_CLAUSE_JOIN = re.compile(r",\s*(?:and|but)\b|;")


def _in_a_list(pre: str, brk: re.Match[str]) -> bool:
    """A comma between names of one enumeration: a capitalised word before it, and an "and"
    or "or" joining the rest before the verb."""
    if brk.group() != ",":
        return False
    words = pre[: brk.start()].split()
    rest = pre[brk.end() :]
    joined = re.search(r"\b(?:and|or)\b", rest)
    return (
        bool(words)
        and words[-1][:1].isupper()
        and joined is not None
        # "Thailand, Myanmar, Laos and China": the names between are the list's too
        and (
            _NAMES_LISTED.fullmatch(rest, 0, joined.start()) is not None
            # the serial comma of "Japan, South Korea, and the United States"
            or (
                not rest[: joined.start()].strip()
                and _LISTED_BEFORE.search(pre, 0, brk.start()) is not None
            )
        )
        and not re.search(r"[,;:]", rest[joined.end() :])
    )


_NAME_RUN = r"\s*(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
_NAMES_LISTED = re.compile(rf"(?:{_NAME_RUN}\s*,)*{_NAME_RUN},?\s*")
_LISTED_BEFORE = re.compile(rf"[A-Z][\w'’.-]*\s*,{_NAME_RUN}$")


_POSSESSIVE = frozenset("its their his her".split())
_COPULA = frozenset("was is were are".split())
_WHAT = re.compile(r"\bwhat\b", re.IGNORECASE)
_BE_WORD = re.compile(r"\b(?:was|were|is|are|been)\b")


def _whole_names(words: list[str], limit: int) -> list[str]:
    """The first ``limit`` words, running on to finish a name cut in two ("the Korean
    Peninsula", not "the Korean")."""
    out = words[:limit]
    for w in words[limit : limit + 3]:
        if not (out and out[-1][:1].isupper() and w[:1].isupper()):
            break
        out.append(w)
    return out


_RUN_ON = 8  # words a cut line may run on by to reach its place, besides "in the" before it


def _run_on_to_place(kept: list[str], words: list[str], place: str) -> list[str]:
    """``kept`` (the first words of ``words``) run on to the end of ``place`` when the place
    begins within ``_RUN_ON`` words (and its preposition and article) of the cut: a line cut
    at its verb and then given its place read "... the treaty covers in the South China Sea"."""
    names = place.split()
    reach = _RUN_ON + 2
    tail = words[len(kept) : len(kept) + reach + len(names)]
    for j in range(min(reach, len(tail))):
        if [w.strip(",.;:") for w in tail[j : j + len(names)]] == names:
            return kept + tail[: j + len(names)]
    return kept


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
MIN_LINE_WORDS = 3  # "Venezuela rejects" says who and what, but not what was rejected


def _sentence_like(words: list[str]) -> bool:
    """A subject and a finite verb: a word after the first that can be a past or present
    verb form, and at least ``MIN_LINE_WORDS`` words."""
    if len(words) < MIN_LINE_WORDS:
        return False
    if words[0].endswith(("’s", "'s")) and "of" in words[2:]:
        return True  # "Japan’s occupation of Korea": owner, act and object, nominalised
    tokens = [t for t in tokenize(" ".join(words)) if t.text[:1].isalpha()]
    if not tokens or (tokens[0].tags & _FINITE and "NOUN" not in tokens[0].pos):
        return False  # opens on its verb ("flew to Florida"): no subject
    return any(
        t.tags & _FINITE and not t.text[:1].isupper() and prev.lower != "to"  # "to protect"
        for prev, t in pairwise(tokens)
    )


def _last_clause(whole: str, actor: str) -> str:
    """The shortest tail of ``whole`` that starts at a clause break and reads as a sentence
    ("…, and the United States announced $30 million in aid"); ``whole`` when none does."""
    for brk in reversed(list(_CLAUSE_BREAK.finditer(whole))):
        tail = whole[brk.end() :].strip()
        words = _clean_subject(tail.split(), actor)
        # "…, a day after the stabbing, and was arrested": a time adjunct, no clause of its own
        if not _fragment(words) and _sentence_like(words) and not opens_time_adjunct(tail):
            return tail
    return whole


def _fragment(words: list[str]) -> bool:
    """Too short to say anything, or opening on an infinitive or a bare participle."""
    if len(words) < 2:
        return True
    first = words[0]
    return first.lower() == "to" or (first.islower() and first.endswith("ing"))


def draft_summary(text: str, d: _Draft, location: Mention | None, dateline_end: int = 0) -> str:
    """The card line of draft ``d``: its clause from the dateline's end, its actor, dates and
    the place named when the place was read from the text."""
    said = location is not None and not d.location_reason.startswith("no place")
    place = (location.text, location.start, location.end) if location and said else None
    actor = d.source.name if d.source else d.lead
    if not d.source and actor and actor not in text[d.clause[0] : d.trigger.start]:
        # a lead named only after the act ("said it had taken power, hours after lawmakers
        # voted to impeach President X") is no antecedent of the act's pronoun subject: a
        # pronoun takes up what was told before it (Halliday and Hasan 1976, §2.4 anaphora)
        actor = ""
    if not d.source and actor and _pronoun_first(text[d.clause[0] : d.trigger.start], actor):
        # "said it will resume exports through Turkey once talks conclude": a lead named
        # after the pronoun subject is no antecedent of it either (Halliday and Hasan 1976,
        # §2.4: anaphora points back), so the line keeps the pronoun as written
        actor = ""
    clause = d.clause
    if clause[0] < dateline_end <= d.trigger.start:
        # "MOSCOW, March 3 (Reuters) - ...": where and when it was filed is no part of the line
        clause = (dateline_end, clause[1])
    trigger = (d.trigger.start, d.trigger.end)
    if d.told is not None:  # "The war began …, when gunmen attacked": the line is the act's
        clause, trigger = (d.told[0], clause[1]), (d.told[1], d.told[2])
    return summarise(text, clause, trigger, actor, d.dates, place)


_SUBJECT_PRONOUN = re.compile(r"\b(?:it|they|he|she)\b", re.IGNORECASE)


def _pronoun_first(before: str, actor: str) -> bool:
    """Does a subject pronoun stand in ``before`` (the clause up to the trigger) ahead of the
    first mention of ``actor``?

    >>> _pronoun_first("The firm said it will resume exports through Georgia", "Georgia")
    True
    """
    at = before.find(actor)
    return at > 0 and _SUBJECT_PRONOUN.search(before, 0, at) is not None
