"""A finite clause joined to the one before by ", and", ", but", ", though", ", yet" or ";"
read as a part of its own: its own act, date phrase, place and negation scope.

Quirk et al. (1985, 13.1 and 13.5): coordinated clauses each carry their own subject,
predicate and adjuncts, so "A drone hit a school in Sumy, and police arrested two looters
in Kharkiv on Tuesday" tells two acts, the second in Kharkiv on Tuesday and the first
neither; the semicolon joins independent clauses as a coordinator does (appendix III.11);
TimeML (Pustejovsky et al. 2003) anchors each event by the time expression of its own
clause. A clause whose subject is left out after ", and" ("…, and arrested three men")
shares the first clause's subject (13.46), as a pronoun subject takes it up ("…, and it
seized a tanker"; Halliday and Hasan 1976, §2.2).

What is no joined clause: a noun phrase coordination ("Russia, and Ukraine"), a list, a
casualty verb that gives the first act's toll ("…, and killed five": coordinated.py's
``_TOLL``), and a clause after a date told in the first clause only ("…on Monday, and
rebels fired back": the day may scope over both, so the sentence stays whole as before).
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.events.cameo import WEAK, Trigger, quad_class
from dashboard.events.cameo import triggers as _read_triggers
from dashboard.events.coercion_kinds import distinct_coercion
from dashboard.events.crowd_parts import riot_after_protest
from dashboard.events.dates_common import MONTH_NAMES_RX
from dashboard.events.force_beside_force import other_force
from dashboard.events.second_acts import other_party_act
from dashboard.events.tokens import verb_forms

# the coordinators and the semicolon that join two independent clauses (Quirk et al. 1985,
# 13.5; "though", "yet": 13.18 and 15.20, a clause of concession set beside the first)
# a comma may close the coordinator when an aside follows it ("…, and, on 12 January, agents
# raided": Quirk et al. 1985, 15.54, a parenthetical adjunct set off by commas)
_JOINT = re.compile(r"(?:,\s+(?:and|but|though|although|yet|while|whereas),?|;)\s+")
# "while" and "whereas" set a clause of contrast beside the first (Quirk et al. 1985, 15.50):
# a voiced act there (a demand, a criticism, a rejection, a threat: CAMEO 1.1b3 §10-§13) is
# another party's stance set against the first ("praised the raid, while rights groups
# demanded an inquiry"), read apart even with no capitalised name; a material act after
# "while" may tell what went on at the same time (15.25), which the whole sentence reads
_CONTRAST = re.compile(r",\s+(?:while|whereas)\s+$")
_VOICED = ("10", "11", "12", "13")
# a day told before the joined clause's subject (", and on Tuesday it seized a tanker")
# or a day of the month ("…, and, on 12 January, agents raided"; "on January 12")
_MONTH = f"(?:{MONTH_NAMES_RX})"
_FRONT_DAY = re.compile(
    r"(?:(?:late|early)\s+)?(?:on\s+[A-Z]\w+day|yesterday|later|then|earlier|"
    rf"on\s+\d{{1,2}}\s+{_MONTH}|on\s+{_MONTH}\s+\d{{1,2}})\s*,?\s+"
)
# "overnight" is a time expression of its own (TimeML TIMEX3, the night before the telling)
_OVERNIGHT = re.compile(r"\bovernight\b")
_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
# the auxiliaries of a finite past or perfect verb group ("has seized", "were arrested")
_FINITE_AUX = frozenset({"has", "have", "had", "was", "were", "did"})
# casualty verbs: after an act of force they give its toll, not a second act
_TOLL = frozenset({"killed", "wounded", "injured", "hurt", "died", "left"})
# words that cannot stand in a subject noun phrase before its verb: a subordinator, a
# relative or a preposition opens another structure ("and in Kharkiv", "but if attacked")
_NOT_IN_SUBJECT = frozenset(
    "which who whom whose that if when while as because after before since until unless "
    "in on at to for from with by of into over under about against near not also".split()
)
_MAX_SUBJECT_WORDS = 5
# a subject of two noun phrases joined by "and" ("South Korea and the United States"):
# Quirk et al. (1985, 13.38), each may be as long as a subject of its own, within this
_MAX_JOINT_SUBJECT_WORDS = 8
# adverbs that stand between a subject and its verb in medial position (Quirk et al. 1985,
# 8.20-8.23: "they also hit Sidon", "it then fired", "the army later shelled"); they are no
# part of the subject and do not end it
_MEDIAL = frozenset("also then later again reportedly allegedly subsequently".split())
# the additive and sequence adverbs among them: the verb they mark tells a further act
_FURTHER = frozenset("also then later again subsequently".split())
# a modal or a present form of "be" opens a verb group that is not past ("would meet again",
# "can be extended", "is wanted"): no told act (lemminflect tags "would", "could" as past)
_NOT_PAST = frozenset("will would can could may might must shall should is are be".split())
# the acts a joined clause with no day of its own is read apart for: verbal and material
# conflict (GDELT QuadClass 3 and 4, CAMEO roots 10-20) and a signed accord (coordinated.py's
# _JOINED_CODES); a cooperative or verbal act there is most often the first act's comment
_CONFLICT_ROOTS = tuple(str(r) for r in range(10, 21))
_ACCORD = ("057",)
# military cooperation ("the United States and Japan held joint drills"): an armed act of two
# parties, told apart from a first clause's show of force as any act of force is (CAMEO 1.1b3
# §062 cooperate militarily)
_JOINT_FORCE = ("062",)
# a date phrase of the first clause, broader than segments._OWN_DATE's
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
_ANY_DATE = re.compile(
    rf"\b(?:[Oo]n\s+{_WEEKDAY}|{_WEEKDAY}|[Yy]esterday|[Tt]oday|[Tt]onight|[Oo]vernight|"
    r"[Ll]ast\s+(?:week|month|year|night)|[Tt]his\s+(?:week|month|year|morning|afternoon|"
    r"evening)|[Ee]arlier\s+(?:this|in\s+the)\s+(?:week|month|year)|(?:January|February|March|"
    r"April|June|July|August|September|October|November|December)|May\s+\d|(?:19|20)\d\d)\b"
)
# a closing reporting frame's day (", police said on Tuesday."): the telling's, which may
# date what both clauses tell (segments.told_day), so the sentence stays whole
_FRAME_DAY = re.compile(
    r",\s+[^,;]{1,60}?\b(?:said|says|told\s+[\w.-]+|announced|reported|added|confirmed)\s+"
    r"(?:(?:late|early|earlier|later)\s+)?(?:on\s+)?[A-Z]\w+day\s*[.!\"”]?\s*$"
)
# a negation in the joined clause ("but no major clashes occurred", "but did not attack")
_NEGATION = re.compile(r"\b(?:no|not|never|none|without)\b|n['’]t\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


# the halves of a joined sentence are coded again and again: ``comment`` reads both, then
# ``_tells_act`` the joined clause and, by its branches, the first once more (118 codings
# of halves over 74 bundled articles, 24 of a half just coded: ~0.2 ms an article of ~19,
# speed59). ``cameo.triggers`` is a function of the text alone, and its triggers frozen, so
# a few recent halves are kept, as tuples that no caller can change.
@lru_cache(maxsize=64)
def triggers(text: str) -> tuple[Trigger, ...]:
    """``cameo.triggers(text)``, as a tuple, kept for the last 64 texts."""
    return tuple(_read_triggers(text))


# a wire story's dateline before its lead: the city in capitals, a region or country, the
# agency in brackets, and a dash ("TEL AVIV, Israel (AP) —")
_DATELINE = re.compile(
    r"^\s*[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][\w.'’ -]*)?\s*(?:\([\w .]+\)\s*)?[—–-]+\s*"
)


def joined_clause_parts(
    text: str, s: int, e: int, own_date: re.Pattern[str]
) -> list[tuple[int, int]]:
    """``text[s:e]`` cut before each joined finite clause (``opens_clause``) that tells an act
    (``_tells_act``) and names a date of its own (``own_date``), or follows a clause that
    names none; the sentence whole (``[(s, e)]``) when there is none. A clause with no
    subject of its own ("…, and arrested three men in Bolton on Monday") is cut only when it
    names its own date: undated, it shares the first clause's place and day, as
    ``coordinated.coordinated_act`` reads it. Offsets are the article's."""
    parts: list[tuple[int, int]] = []
    start = listed_end = s
    for m in _JOINT.finditer(text, s, e):
        if m.start() < max(start, listed_end) or _inside_quote_or_bracket(text, s, m.start()):
            continue  # a serial comma's "and" inside a listed subject joins names, not clauses
        left = text[start : m.start()]
        listed_end = m.end() + _listed_reach(text, m.end(), e)
        nxt = _JOINT.search(text, listed_end, e)
        own = text[m.end() : nxt.start() if nxt else e]
        dated = own_date.search(own) is not None or _OVERNIGHT.search(own) is not None
        # a casualty verb on a day of its own after a first act on a day of its own is no
        # toll of that act ("captured the town on Monday, and it killed dozens on Tuesday")
        # "No one was killed in the raid, but eight died in Quito": a toll set against one the
        # first clause denies is no toll of its act (Quirk et al. 1985, 13.25: "but" contrasts)
        denied = "but" in m.group(0) and _NEGATION.search(left) is not None
        subject = opens_clause(
            text, m.end(), e, toll=denied or (dated and bool(_ANY_DATE.search(left)))
        )
        if not _has_finite_verb(left) or subject is None:
            continue
        if _FRAME_DAY.search(text[m.end() : e]) or _NEGATION.search(own):
            continue  # a negated clause tells no act to read apart ("but no clashes occurred")
        contrast = _CONTRAST.match(m.group(0)) is not None
        if contrast and not _voiced(own):
            continue  # "fired tear gas, while protesters threw stones": the whole reads both
        if subject and not dated and other_force(left, own):
            parts.append((start, m.start()))  # "…, and militants ambushed a convoy": two attacks
            start = m.end()
            continue
        if subject and not dated and _turned_violent(left, own):
            parts.append((start, m.start()))  # "…, and some threw stones at police": a riot
            start = m.end()
            continue
        if not dated and (
            not subject or (_ANY_DATE.search(left) and not (contrast or _apart(left, own)))
        ):
            continue
        if _tells_act(left, own, dated=dated, other=contrast or denied or _names_other(left, own)):
            parts.append((start, m.start()))
            start = m.end()
    parts.append((start, e))
    return parts


def _tells_act(left: str, clause: str, *, dated: bool, other: bool = False) -> bool:
    """Whether ``clause`` holds an event trigger stronger than a reporting verb: any act when
    the clause names its own day; else a verb of conflict or a signed accord
    (``_CONFLICT_ROOTS``) of a root other than the first clause's act (one act told twice:
    "was placed under arrest; he was charged"), or of the same root when ``other``: its
    subject names a party the first clause does not ("Pakistan expelled an envoy, and India
    then expelled one": two acts, one answering the other). A clause telling none stays with
    the sentence, whose place and day it may hold ("…, and shops were burned in the
    capital")."""
    clause_first = next((u for u in triggers(clause) if u.weight > WEAK), None)
    for t in triggers(clause):
        code = t.full or t.code
        if t.weight <= WEAK:
            continue
        if dated:
            return True
        if other and code.startswith(_GIVING) and _given_or_pledged(left, clause, t):
            # "France pledged tanks, and Germany said it would give air defence systems":
            # another named party's own pledge or aid is an act of its own (CAMEO 1.1b3 §03,
            # §07 code each giver), not the first act told again
            return True
        if other and _answers_in_kind(left, code):
            # "Hamas released the hostages, and Israel began freeing prisoners": another named
            # party doing the act of the first clause's kind does its own half of an exchange
            # (CAMEO 1.1b3 codes each side's act: §0841 for each release), not the first act
            # told again
            return True
        first_act = next((f for f in triggers(left) if f.weight > WEAK), None)
        # "…, and Mauritania offered to host talks": another party's own act; after a dated
        # first clause only the joined clause's own first act counts, and no bare statement
        # ("…, and its Afghan branch released footage of the raid": §01, and the raid is the
        # first clause's act named again)
        dated_first = _ANY_DATE.search(left) is not None
        if (
            other
            and other_party_act(first_act, t)
            and not (dated_first and (t != clause_first or code.startswith("01")))
        ):
            return True
        if not code.startswith(_CONFLICT_ROOTS + _ACCORD + _JOINT_FORCE) or not _finite(
            t.text.split()
        ):
            continue
        first = next((f for f in triggers(left) if f.weight > WEAK), None)
        # a first act denied ("no reports of fighting, though the army shelled") is no telling
        negated = _NEGATION.search(left) is not None
        same = first is not None and (first.full or first.code)[:2] == code[:2]
        if same and first is not None and distinct_coercion(first.full or first.code, code):
            same = False  # "fired tear gas; two organisers were arrested": two acts of §17
        return first is None or negated or not same or other
    return False


def _turned_violent(left: str, clause: str) -> bool:
    """Whether the joined ``clause`` tells a riot by a finite verb after a first clause
    ``left`` whose act is a protest of another kind (``crowd_parts.riot_after_protest``)."""
    first = next((f for f in triggers(left) if f.weight > WEAK), None)
    told = first.full or first.code if first is not None else ""
    # the riot told by its verb, not by a noun of the crowd ("rioters burned cars"); a
    # crowd row's match opens with its subject ("protesters set fire to")
    return any(
        riot_after_protest(told, t.full or t.code)
        and t.weight > WEAK
        and any(_finite(t.text.split()[k:]) for k in range(len(t.text.split())))
        for t in triggers(clause)
    )


# the roots of giving: intent to cooperate or give aid (§03), provide aid (§07)
_GIVING = ("03", "07")
# a future told for the subject ("said it would give", "will send")
_INTENT_BEFORE = re.compile(r"\b(?:would|will)\s+$")


def _voiced(clause: str) -> bool:
    """Whether the first trigger above a reporting verb in ``clause`` is a voiced act of
    conflict (``_VOICED``: "the ombudsman demanded an inquiry")."""
    t = next((t for t in triggers(clause) if t.weight > WEAK), None)
    return t is not None and t.code in _VOICED


def _given_or_pledged(left: str, clause: str, t: Trigger) -> bool:
    """Whether trigger ``t`` of ``clause`` is a finite verb ("sent", "pledged") or a verb
    after "would"/"will" ("said it would give"), after a first clause ``left`` whose act is
    a giving too, one giver beside another ("France pledged tanks, and Germany said…"), or
    an act of conflict the giving answers ("Russia struck Kyiv, and Germany pledged…"). A
    rescue after a clause telling no giving ("abandoned the vessel off Aden, and a warship
    rescued the crew") stays with that clause, whose place it holds."""
    first = next((f for f in triggers(left) if f.weight > WEAK), None)
    # after an act of conflict another party's aid answers it ("Russia struck Kyiv, and
    # Germany pledged air defence to Ukraine"): the giver's own act, told apart as well
    if first is None or not (first.full or first.code).startswith(_GIVING + _CONFLICT_ROOTS):
        return False
    return _finite(t.text.split()) or _INTENT_BEFORE.search(clause, 0, t.start) is not None


def _answers_in_kind(left: str, code: str) -> bool:
    """Whether the first clause ``left``'s act has the full CAMEO code ``code`` too (a release
    beside a release, §0841 and §0841): the joined clause's act answers it in kind."""
    first = next((f for f in triggers(left) if f.weight > WEAK), None)
    return first is not None and (first.full or first.code) == code


def _names_other(left: str, clause: str) -> bool:
    """Whether the subject of the joined ``clause`` (its words before the first finite verb)
    holds a name (a capitalised word) that ``left``, the first clause, does not hold: another
    party does the second act ("…, and Russia shelled Kherson" after "Ukraine said it shot
    down drones"). A pronoun or a common noun ("…, and police fired") names none."""
    words = _WORD.findall(clause)[: _MAX_JOINT_SUBJECT_WORDS + 1]
    verb = next((k for k in range(len(words)) if _finite(words[k:])), 0)
    # a dateline's place ("TEL AVIV, Israel (AP) —") is where the story was filed, no party
    # the first clause names (AP Stylebook, "datelines")
    told = {w.lower() for w in _WORD.findall(_DATELINE.sub("", left, count=1))}
    names = [w for w in words[:verb] if w[0].isupper() and w.lower() not in _PRONOUNS]
    return any(w.lower() not in told for w in names)


def _apart(left: str, clause: str) -> bool:
    """Whether a joined ``clause`` with no day of its own, after a first clause that names
    one, tells an act apart from the first: a comment on it (``comment``), or, unless the day
    is fronted before the first verb (it scopes over both, Quirk et al. 1985, 8.15), a clause
    whose subject names another party (``_names_other``: "…, and India then expelled …"),
    whose verb an additive or sequence adverb marks as a further act ("…; it also arrested",
    Quirk et al. 1985, 8.89-8.91 and 8.137), or whose object is "it", the act told before
    ("…, and Beijing rejected it"). The sentence stays whole otherwise ("protested on Monday,
    and police fired tear gas"), as its day may hold both acts."""
    if comment(left, clause):
        return True
    if _fronted_day(left):
        return False
    words = _WORD.findall(clause)[: _MAX_JOINT_SUBJECT_WORDS + 3]
    verb = next((k for k in range(len(words)) if _finite(words[k:])), None)
    if verb is None:
        return False
    marked = any(w.lower() in _FURTHER for w in words[:verb])
    taken_up = verb + 1 < len(words) and words[verb + 1].lower() in ("it", "this")
    return marked or taken_up or _names_other(left, clause)


def _fronted_day(left: str) -> bool:
    """Whether a date phrase of ``left`` stands before its first finite verb."""
    verb = next(
        (m.start() for m in _WORD.finditer(left) if _finite(_WORD.findall(left[m.start() :])[:2])),
        0,
    )
    return any(m.start() < verb for m in _ANY_DATE.finditer(left))


def comment(left: str, clause: str) -> bool:
    """Whether ``clause``'s first act is verbal conflict (GDELT QuadClass 3: blame, condemn,
    threaten) said on ``left``'s first act of material conflict (QuadClass 4): "fired a
    missile on Monday, and Seoul condemned it" tells a launch and a comment on it, two acts,
    never one told twice, so the joined clause is read apart though only the first names a
    day (it then takes a span from that day, as a sentence after it would). Not the other
    way round ("protested on Monday, and police fired tear gas": the answer in force is
    most often on the day, which the whole sentence gives it), and not when a day stands
    before the first finite verb ("Also yesterday, crowds rallied …, and some …"): fronted,
    it scopes over both clauses (Quirk et al. 1985, 8.15), and the second would lose it."""
    first = next((t for t in triggers(left) if t.weight > WEAK), None)
    second = next(
        (t for t in triggers(clause) if t.weight > WEAK and _finite(t.text.split())), None
    )
    if first is None or second is None:
        return False
    if _fronted_day(left):
        return False
    return (quad_class(first.full or first.code), quad_class(second.full or second.code)) == (4, 3)


def opens_clause(text: str, at: int, end: int, *, toll: bool = False) -> bool | None:
    """Whether a finite clause opens at ``at``: an optional day, then a pronoun or a noun
    phrase of up to ``_MAX_SUBJECT_WORDS`` words and a finite past or perfect verb that is no
    casualty verb (True: a subject of its own), or such a verb with no subject (False: the
    first clause's subject shared); None when no clause opens there. A comma before the verb
    ends a list or an aside, not a subject ("…, and the Middle East, has killed"). A medial
    adverb (``_MEDIAL``) before the verb is passed over; ``toll``: a casualty verb opens a
    clause too (it is no toll of the first act)."""
    front = _FRONT_DAY.match(text, at)
    span = _listed_subject(text[front.end() if front else at : min(end, at + 120)])
    found = _WORD.findall(span)[:14]
    words = [w for i, w in enumerate(found) if not i or w.lower() not in _MEDIAL][:14]
    for k, word in enumerate(words[: _MAX_JOINT_SUBJECT_WORDS + 1 + span.count(",")]):
        low = word.lower()
        if k > _MAX_SUBJECT_WORDS and "and" not in (w.lower() for w in words[1:k]):
            return None
        if k == 0 and low in _PRONOUNS:
            opens = len(words) > 1 and _finite(words[1:]) and (toll or not _toll(words[1:]))
            return True if opens else None
        if _finite(words[k:]):
            return None if _toll(words[k:]) and not toll else k > 0
        if low == "at" and words[k + 1 : k + 2] in (["least"], ["most"]):
            continue  # "at least eight people": a numeral's limit (Quirk et al. 1985, 7.56)
        if k and words[k - 1].lower() == "at" and low in ("least", "most"):
            continue
        if low in _NOT_IN_SUBJECT or low in _PRONOUNS or low in _NOT_PAST:
            return None
    return None


# a name in a listed subject: "the" and up to four capitalised words ("the United States")
_LISTED_NAME = re.compile(r"(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}")


def _listed_reach(text: str, at: int, end: int) -> int:
    """How far past ``at`` the last comma of a listed subject opening there lies (0 when
    none opens there): "Australia, Japan, and the Philippines held" reaches past "Japan,"."""
    front = _FRONT_DAY.match(text, at)
    begin = front.end() if front else at
    listed = _listed_subject(text[begin : min(end, at + 120)])
    return begin - at + listed.rfind(",") + 1 if "," in listed else 0


def _listed_subject(span: str) -> str:
    """``span`` up to its first comma, or through its commas when they part a list of names
    closed by "and" before a lower-case word, the verb ("the United States, Japan and South
    Korea held joint drills"): a subject of three or more coordinated noun phrases (Quirk et
    al. 1985, 13.38 and 13.62; the comma parts the members of a list, appendix III.15). A
    comma after the last member ends a list or an aside ("…, and the Middle East, has
    killed"), as one before any verb does; so does a member that is no name ("…, and
    police, who fired")."""
    parts = span.split(",")
    for k in range(1, len(parts)):
        if not _LISTED_NAME.fullmatch(parts[k - 1].strip()):
            break
        last = parts[k].strip()
        head, joint, tail = last.partition(" and ")
        if last.startswith("and "):  # the serial comma: "Britain, France, and Germany"
            head, joint, tail = "", "and", last[4:]
        if joint and (not head or _LISTED_NAME.fullmatch(head)) and _CLOSING.match(tail):
            return ",".join(parts[: k + 1])
    return parts[0]


# the last member of a list and the lower-case word after it, the verb
_CLOSING = re.compile(rf"{_LISTED_NAME.pattern}\s+[a-z]")


def _toll(words: list[str]) -> bool:
    """Whether the verb group opening ``words`` is a casualty verb ("killed", "were wounded",
    "have been injured"): the first act's toll."""
    for w in words[:4]:
        low = w.lower()
        if low in _TOLL:
            return True
        if low not in _FINITE_AUX and low not in {"been", "not", "also", "later", "reportedly"}:
            return False
    return False


def takes_up_subject(text: str, at: int, end: int) -> bool:
    """Whether the joined clause at ``at`` has no subject of its own to name a side: a pronoun
    ("…, and it seized a tanker") or none at all ("…, and arrested three men")."""
    front = _FRONT_DAY.match(text, at)
    words = _WORD.findall(text[front.end() if front else at : min(end, at + 40)])[:2]
    if not words:
        return False
    return words[0].lower() in _PRONOUNS or _finite(words)


def pronoun_at(text: str, at: int, end: int) -> str | None:
    """The pronoun (lower case) that opens the joined clause at ``at`` as its subject, after
    an optional day ("…, and on Tuesday it seized"); None when it opens otherwise."""
    front = _FRONT_DAY.match(text, at)
    word = _WORD.match(text, front.end() if front else at, end)
    low = word.group().lower() if word else ""
    return low if low in _PRONOUNS else None


def joint_before(text: str, prev_end: int, at: int) -> bool:
    """Whether ``text[prev_end:at]`` is just a joint (``_JOINT``): the part at ``at`` is a
    clause joined to the part ending at ``prev_end`` in one sentence."""
    m = _JOINT.match(text, prev_end)
    return m is not None and m.end() == at


def _finite(words: list[str]) -> bool:
    """Whether ``words`` open with a finite past verb ("seized") or a past or perfect
    auxiliary before a past form ("has seized", "were arrested", "did not attack")."""
    low = words[0].lower()
    if low in _NOT_PAST:
        return False
    if low in _FINITE_AUX:
        return len(words) > 1
    if not words[0][0].islower():
        return False
    forms = verb_forms(low)
    return forms is not None and "VBD" in forms[1]


def _has_finite_verb(clause: str) -> bool:
    """Whether ``clause`` holds a finite verb (a past form or a past or perfect auxiliary)
    after its first word: a clause, not a noun phrase of a list."""
    words = _WORD.findall(clause)
    return any(_finite(words[k:]) for k in range(1, len(words)))


def _inside_quote_or_bracket(text: str, s: int, at: int) -> bool:
    """Whether ``at`` lies inside a bracket or quotation opened after ``s``."""
    before = text[s:at]
    return (
        before.count("(") > before.count(")")
        or before.count('"') % 2 == 1
        or before.count("“") > before.count("”")
        or before.count("``") > before.count("''")  # the ``TeX'' quotes of older wire copy
    )
