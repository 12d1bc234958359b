"""The CAMEO trigger lexicon and the cue lists, read from data files and compiled once.

Files (``data/lexicon/``, each row with a ``source`` column naming the definition it encodes):

- ``cameo.csv``: ``code,kind,pattern,weight,embeds,source``. ``code`` is the full CAMEO code
  ("173", "0841"); ``kind`` V (a verb phrase) or N (a noun phrase); ``weight`` 1 for the weak
  reporting verbs, 2 a single word, 3 a phrase, 4 a specific phrase; ``embeds`` names the
  governor class ("02", "03", "03v", "10", "12", "13") whose complement re-codes the event.
- ``classes.csv``: ``name,lemmas,source``: word classes used as ``@NAME`` in patterns.
- ``cues.csv``: ``kind,cue,source``: reporting, negation, modality and clause cues.
- ``embed.csv``: ``governor,complement,result,source``: "urged X to release prisoners" is
  02 + 0841 = 0253.
- ``other_senses.csv``: ``heads,modifiers,as_subject,near,sense,source``: event words a
  modifier gives another sense ("heart attack", "price war", "shark attack"); with
  ``as_subject`` the modifier as the verb's subject does the same ("hackers attacked", "a
  bear killed"); with ``near`` the verb's neighbours ("inflation hit a record", "killed the
  bill", "shot down rumours").
- ``sport_context.csv``: ``phrase,source``: words that only a game's report uses ("straight
  sets", "innings", "world cup"): there, force verbs tell a result, not violence.
- ``bodies.csv``: ``name,iso2,source``: named national bodies ("Kremlin", "IDF") and their
  country, read by ``sides``; the ``ORGAN`` class of ``classes.csv`` lists the state organs a
  capital's possessive names ("Kyiv's forces").

Pattern syntax: slots separated by `` * `` (a gap of up to ``GAP`` tokens inside the clause;
`` ** `` allows ``LONG_GAP``);
a slot is ``|``-separated alternatives; an alternative is a run of lemmas or ``@CLASS``
names. ``lift|ease * @SANCTION`` matches "lifted the economic sanctions".

Lemmas come from lemminflect (pinned in pyproject.toml): "drills", "fought", "mobilised"
match "drill", "fight", "mobilise".
"""

from __future__ import annotations

import calendar
import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache

from dashboard.events.asides import aside_close, gap_positions
from dashboard.events.passive_agent import agent_phrase
from dashboard.events.split_phrasal import split_end
from dashboard.events.tokens import Token
from dashboard.paths import REPO_ROOT
from dashboard.sourced_rows import read_sourced

# shipped with the code, like the gazetteer supplements: not the user's GEONEWS_DATA folder
DATA = REPO_ROOT / "data" / "lexicon"
GAP = 4  # tokens a `` * `` may skip: "fired a barrage of short-range missiles" needs four
# tokens a `` ** `` may skip: a row whose object is a long noun phrase named in full ("called
# the recent North Korean missile test a threat"); still never past a comma or a verb
LONG_GAP = 8
_STARTING_MAX = 65536  # sets of keys whose rules ``Lexicon.rules_at`` keeps

Word = frozenset[str]  # the lemmas one pattern word accepts
Alternative = tuple[Word, ...]


@dataclass(frozen=True, slots=True)
class Rule:
    """One lexicon row, compiled: ``slots`` of alternatives, each a run of word sets."""

    code: str
    kind: str  # "V" or "N"
    weight: int
    embeds: str
    slots: tuple[tuple[Alternative, ...], ...]
    source: str
    # per slot, every lemma its alternatives may start with: a token holding none of them
    # cannot start the slot, which one set test says (most tokens of a gap are such)
    firsts: tuple[frozenset[str], ...] = ()
    order: int = 0  # the row's place in cameo.csv: ties between rules go by the file
    # every alternative of the first slot is one word: where ``Lexicon.rules_at`` offers the
    # rule, its first slot matches that token alone (``Lexicon.match``'s shortcut)
    one_word_first: bool = False
    # per slot after the first, the tokens its gap may skip (``GAP``, or ``LONG_GAP`` after
    # `` ** ``); empty for a row of plain gaps
    gaps: tuple[int, ...] = ()
    # ``firsts`` of the slots after the first: a sentence none of whose words one of them
    # holds cannot match the rule (``Lexicon.match``'s test before trying it)
    later: tuple[frozenset[str], ...] = ()


@dataclass(frozen=True, slots=True)
class Match:
    """A rule matched over tokens ``first``..``last`` (inclusive)."""

    rule: Rule
    first: int
    last: int


@dataclass(frozen=True, slots=True)
class Lexicon:
    rules: tuple[Rule, ...]
    index: dict[str, tuple[Rule, ...]]  # first-word lemma -> the rules that can start there
    cues: dict[str, tuple[tuple[str, ...], ...]]  # kind -> cue phrases as lemma tuples
    embed: dict[tuple[str, str], str]  # (governor, complement code prefix) -> result code
    cue_starts: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]  # first word -> (kind, cue)
    singles: dict[str, frozenset[str]]  # kind -> its one-word cues (``words``), built once
    # a token's keys -> the rules it may start (``rules_at``), filled as words come
    starting: dict[frozenset[str], tuple[Rule, ...]] = field(default_factory=dict)

    def match(self, tokens: list[Token]) -> list[Match]:
        """Every rule match in ``tokens``, the longest per (rule, start)."""
        found: list[Match] = []
        # every key of the sentence's tokens: each later slot of a rule is found through
        # ``_match_slot``, which fails on a token holding none of the slot's first words, so
        # a rule with a slot whose first words the sentence lacks cannot match and is not
        # tried (seven in ten of the rules a word offers; issue 15, reader speed)
        present = frozenset().union(*[tok.keys for tok in tokens])
        for i, tok in enumerate(tokens):
            if _proper(tokens, i):
                continue  # "Amnesty International", "United States": names, not triggers
            for rule in self.rules_at(tok.keys):
                if rule.later and any(map(present.isdisjoint, rule.later)):
                    continue
                # ``rules_at`` offers only rules one of whose first words ``tok`` holds, so a
                # first slot of one-word alternatives ends at ``i``: no ``_match_slot`` call
                # (one per token and rule offered, most of the coder's matching; issue 15)
                end = _match_rule(rule, tokens, i, rule.one_word_first)
                if end is not None and not _preposition_as_particle(tokens, i, end):
                    found.append(Match(rule, i, end))
        return found

    def rules_at(self, keys: frozenset[str]) -> tuple[Rule, ...]:
        """The rules whose first word is one of ``keys``, each once, in the file's order (a
        set of keys iterates in an order that changes with the hash seed; the file's order
        resolves ties the same in every run). Worked out once per set of keys: ``tokenize``
        gives every token of a word form the same set."""
        got = self.starting.get(keys)
        if got is None:
            rules = {rule.order: rule for key in keys for rule in self.index.get(key, ())}
            got = tuple(rules[n] for n in sorted(rules))
            if len(self.starting) >= _STARTING_MAX:
                self.starting.clear()  # bounded as ``tokens``' per-word cache is
            self.starting[keys] = got
        return got

    def cue(self, kind: str) -> tuple[tuple[str, ...], ...]:
        return self.cues.get(kind, ())

    def words(self, kind: str) -> frozenset[str]:
        """The one-word cues of ``kind``."""
        return self.singles.get(kind, frozenset())


def _preposition_as_particle(tokens: list[Token], i: int, end: int) -> bool:
    """A passive match from ``i`` to ``end`` that closes on "in" before a name ("the welcome
    he had been given in Mumbai"): an intransitive phrasal verb ("give in", "cave in") has
    no passive (Quirk et al. 1985 §16.3), so the "in" is a preposition heading a place.
    "arrived in Riyadh", active, keeps its "in"."""
    if end == i or end + 1 >= len(tokens) or tokens[end].lower != "in" or i == 0:
        return False
    if tokens[i - 1].lower not in _BE or "VBN" not in tokens[i].tags:
        return False
    after = tokens[end + 1]
    return after.text[:1].isupper() and not after.boundary and after.lower not in _CALENDAR


_BE = frozenset("be been being is are was were".split())
# "gave in Tuesday": a day or month after the particle is the act's date, not its place
_CALENDAR = frozenset(
    w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if w
)


def _proper(tokens: list[Token], i: int) -> bool:
    """A capitalised word inside the sentence (not after a boundary), or one that opens a
    run of capitalised words, is part of a name ("Amnesty International")."""
    text = tokens[i].text
    if not text[:1].isupper() or text.isupper():
        return False
    if i == 0 or tokens[i - 1].boundary:
        return i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper()
    return True


_QUOTES = frozenset('"“”')
_ARTICLES = frozenset("the a an its their his her our my your this these those".split())
# prepositions of place only (Quirk et al. 1985 §9.17-9.26): after the verb's object they open
# an adjunct telling where, never the object itself
_LOCATIVES = frozenset("off near outside beside beyond".split())


def _finite(t: Token) -> bool:
    """A past or third-person form that cannot be a noun: a verb of its own."""
    return not t.tags.isdisjoint(_FINITE_TAGS) and "NOUN" not in t.pos and "AUX" not in t.pos


_FINITE_TAGS = frozenset({"VBD", "VBZ"})
_NEGATORS = frozenset({"not", "n't", "never"})


def _negated_verb(tokens: list[Token], j: int) -> bool:
    """A base verb right after a negation ("did not rule out", "would never accept"): the
    lexical verb of a negated verb group (Quirk et al. 1985, 3.37: do-support and modals
    carry the tense, the base verb heads the group), so a verb of its own, whose object the
    words after it are ("Unions did not rule out strikes": no strike by the unions)."""
    return (
        j > 0
        and tokens[j - 1].lower in _NEGATORS
        and "VB" in tokens[j].tags
        and "VERB" in tokens[j].pos
    )


def _inside_name(tokens: list[Token], j: int) -> bool:
    """A capitalised word right after another inside a sentence ("President Mohamed
    Bazoum"): a word of a proper name (Chicago Manual of Style 8.1), not a verb of its own,
    though a lemmatiser reads "Mohamed" as a past tense."""
    return j > 1 and tokens[j].text[:1].isupper() and tokens[j - 1].text[:1].isupper()


def _reduced_relative(tokens: list[Token], j: int) -> bool:
    """A participle that describes the noun before it ("missiles made by Iran", "rockets
    built in Iran"): part of the noun phrase, not a verb of its own."""
    if "VBN" not in tokens[j].tags or j + 2 >= len(tokens):
        return False
    nxt, after = tokens[j + 1].lower, tokens[j + 2].text
    return nxt == "by" or (nxt == "in" and after[:1].isupper())


def _first_conjunct(tokens: list[Token], j: int) -> bool:
    """A past verb joined by "and" or "or" to the past verb right after it ("crews rammed
    and boarded a boat"): the two verbs share their subject (coordinated predicates, Quirk
    et al. 1985, ch. 13), so a gap from the subject crosses the first to reach the second."""
    return (
        j + 2 < len(tokens)
        and tokens[j + 1].lower in ("and", "or")
        and "VBD" in tokens[j].tags
        and "VBD" in tokens[j + 2].tags
    )


def _match_words(alt: Alternative, tokens: list[Token], i: int) -> int | None:
    """Index of the last token when ``alt`` matches contiguously from ``i`` (the plain form
    of ``_match_slot``'s inlined test, which the tests compare it with)."""
    if i + len(alt) > len(tokens):
        return None
    for k, word in enumerate(alt):
        if word.isdisjoint(tokens[i + k].keys):
            return None
    return i + len(alt) - 1


def _match_slot(
    slot: tuple[Alternative, ...], firsts: frozenset[str], tokens: list[Token], i: int
) -> int | None:
    """The last token of the longest alternative of ``slot`` matching from ``i``, or None
    (``_match_words`` of each alternative, inlined: this runs for every rule a word can
    start, and most alternatives are one word that fails on the first set test)."""
    keys = tokens[i].keys
    if firsts.isdisjoint(keys):
        return None  # no alternative can start here
    n = len(tokens)
    best = None
    for alt in slot:
        size = len(alt)
        if i + size > n or alt[0].isdisjoint(keys):
            continue
        last = i + size - 1
        if size > 1 and any(alt[k].isdisjoint(tokens[i + k].keys) for k in range(1, size)):
            split = split_end(alt, tokens, i)  # "broke them up": a pronoun inside the phrase
            if split is None:
                continue
            last = split
        if best is None or last > best:
            best = last
    return best


def _match_rule(rule: Rule, tokens: list[Token], i: int, starts: bool = False) -> int | None:
    """The last token of ``rule`` matched from ``i``, or None. ``starts``: the caller knows
    that the first slot holds one-word alternatives only and that ``tokens[i]`` holds one of
    their words (``Rule.one_word_first`` and ``Lexicon.rules_at``), so it matches ``i`` alone:
    ``_match_slot`` would return ``i``."""
    end = i if starts else _match_slot(rule.slots[0], rule.firsts[0], tokens, i)
    for n, (slot, firsts) in enumerate(zip(rule.slots[1:], rule.firsts[1:], strict=True)):
        if end is None:
            return None
        if n > 0:
            prev = rule.slots[n], rule.firsts[n]
            end = _list_runs_on(prev[0], prev[1], tokens, end)
        nxt = None
        gap = rule.gaps[n] if rule.gaps else GAP
        # a hyphenated compound ("a U.S.-brokered peace deal") is one word of the gap
        gap += sum(
            _hyphen_joined(tokens, k) for k in range(end + 1, min(end + 2 + gap, len(tokens)))
        )
        for j in gap_positions(tokens, end + 1, min(end + 2 + gap, len(tokens))):
            # most words of a gap start no alternative: one set test, not a call
            nxt = (
                None if firsts.isdisjoint(tokens[j].keys) else _match_slot(slot, firsts, tokens, j)
            )
            if nxt is not None:
                # a noun compound runs on: "send food aid", not "send food"
                while (
                    nxt + 1 < len(tokens) and _match_slot(slot, firsts, tokens, nxt + 1) is not None
                ):
                    nxt += 1
                break
            if j > end + 1 and tokens[j].lower in _LOCATIVES:
                break  # "seized two trawlers off the island": the object came before
            if n == 0 and agent_phrase(tokens, end, j, firsts):
                break  # "were moved to safety by the army": the mover, not the moved
            if tokens[j].text in _QUOTES:
                continue  # a label in quotes ('called them "foreign agents"') is still the object
            if (
                tokens[j].boundary
                or _negated_verb(tokens, j)
                or (
                    _finite(tokens[j])
                    and tokens[j - 1].lower not in _ARTICLES
                    and not _hyphen_joined(tokens, j - 1)
                    and not _inside_name(tokens, j)
                    and not _reduced_relative(tokens, j)
                    and not _first_conjunct(tokens, j)
                )
            ):
                break  # a gap never crosses a comma or another verb ("militia threatened to attack")
        if nxt is None and n == 0:
            nxt = _passive_past_relative(slot, firsts, tokens, end)
        if nxt is None and n == 0:
            nxt = _past_equipping(slot, firsts, tokens, end)
        end = nxt
    return end


def _hyphen_joined(tokens: list[Token], k: int) -> bool:
    """Is token ``k`` a hyphen written between two words with no space ("U.S.-brokered")?"""
    return (
        tokens[k].text in "-‐‑"
        and 0 < k < len(tokens) - 1
        and tokens[k - 1].end == tokens[k].start
        and tokens[k].end == tokens[k + 1].start
    )


# what follows the participle of a relative telling the noun's own past act: its agent
# ("imposed by"), its target ("imposed on", "against"), where or when it was done
_RELATIVE_OPENERS = frozenset("by on against in at since during last earlier".split())
RELATIVE_GAP = 10  # tokens a reduced relative may hold: "imposed by the African Union on Niger"


def _passive_past_relative(
    slot: tuple[Alternative, ...], firsts: Word, tokens: list[Token], end: int
) -> int | None:
    """The passive verb a subject noun reaches past its reduced relative ("Sanctions imposed
    by ECOWAS on Niger were lifted"): a participle right after the noun opens a modifier of
    it (Quirk et al. 1985 §17.30), and the noun phrase it closes is the subject of the next
    "be" + participle, so the gap may run past it to that passive (no comma, at most
    ``RELATIVE_GAP`` tokens). The participle must be followed by its agent, target, place or
    time (``_RELATIVE_OPENERS``), as a past act's is. Only a participle after a "be" form is taken: the clause's own
    passive verb, never a word inside the relative."""
    at = end + 1
    if at < len(tokens) and "NOUN" in tokens[at].pos and "VBN" not in tokens[at].tags:
        at += 1  # the compound's head after the slot's word: "gang members led by"
    if at + 1 >= len(tokens) or "VBN" not in tokens[at].tags:
        return None
    if tokens[at + 1].lower not in _RELATIVE_OPENERS:
        return None  # "bombers destined for Kenya": a purpose, not the noun's own past act
    for j in range(at + 1, min(at + 1 + RELATIVE_GAP, len(tokens))):
        if tokens[j].boundary:
            return None
        if tokens[j - 1].lower in _BE and "VBN" in tokens[j].tags:
            return _match_slot(slot, firsts, tokens, j)
        if _after_named_agent(tokens, at, j):
            # "Gang members led by Jimmy Cherizier set fire to": the relative's agent is a
            # name, and the past verb after it is the clause's own, active
            return _match_slot(slot, firsts, tokens, j)
    return None


# participles that tell what a subject carries, with "with" and the gear after them
_EQUIPPING = frozenset("armed equipped".split())


def _past_equipping(
    slot: tuple[Alternative, ...], firsts: Word, tokens: list[Token], end: int
) -> int | None:
    """The past verb a subject noun reaches past "armed with …" ("coast guard personnel armed
    with knives and axes boarded the boats", "troops, armed with rifles, seized a boat"): the
    participle phrase postmodifies the noun (Quirk et al. 1985 §17.30, reduced relatives;
    §17.32, "with" phrases), so the subject's own past verb comes after the gear it names,
    which may be a list joined by "and". Only the first past verb after the gear is taken, at
    most ``RELATIVE_GAP`` tokens on, with no boundary but the phrase's own commas."""
    at = end + 1
    if at < len(tokens) and "NOUN" in tokens[at].pos and "VBN" not in tokens[at].tags:
        at += 1  # the compound's head after the slot's word: "coast guard personnel"
    if at < len(tokens) and tokens[at].text == ",":
        at += 1
    if at + 2 >= len(tokens) or tokens[at].lower not in _EQUIPPING:
        return None
    if tokens[at + 1].lower != "with":
        return None
    for j in range(at + 3, min(at + 2 + RELATIVE_GAP, len(tokens))):
        if tokens[j].text == "," and j + 1 < len(tokens) and "VBD" in tokens[j + 1].tags:
            return _match_slot(slot, firsts, tokens, j + 1)
        if tokens[j].boundary:
            return None
        if "VBD" in tokens[j].tags and tokens[j - 1].lower not in _ARTICLES:
            return _match_slot(slot, firsts, tokens, j)
    return None


def _after_named_agent(tokens: list[Token], at: int, j: int) -> bool:
    """Does the past verb at ``j`` follow the relative opened at ``at`` ("led by Jimmy
    Cherizier") right after its agent, a name of capitalised words after "by"?"""
    if tokens[at + 1].lower != "by" or j < at + 3 or "VBD" not in tokens[j].tags:
        return False
    return all(t.text[:1].isupper() for t in tokens[at + 2 : j])


def _list_runs_on(
    slot: tuple[Alternative, ...], firsts: Word, tokens: list[Token], end: int
) -> int:
    """The last token of a list of ``slot``'s own words that opens at the match ending at
    ``end`` ("fired about 170 drones, 30 cruise missiles and 120 ballistic missiles at"): the
    coordinated members are one object (Huddleston and Pullum 2002, ch. 15: coordination
    joins like constituents), so the next slot is sought past the last of them. Each member
    lies a comma, "and" or "or" and at most ``GAP`` words (no verb, no other boundary) past
    the one before; anything else ends the list at ``end``."""
    n = len(tokens)
    while aside_close(tokens, end + 1) is None:  # ", including X," particularizes, no member
        k = end + 1
        if k < n and tokens[k].text == ",":
            k += 1
        if k < n and tokens[k].lower in ("and", "or"):
            k += 1
        if k == end + 1:
            return end
        member = None
        for j in range(k, min(k + 1 + GAP, n)):
            if not firsts.isdisjoint(tokens[j].keys):
                member = _match_slot(slot, firsts, tokens, j)
                if member is not None:
                    break
            if tokens[j].boundary or _finite(tokens[j]) or tokens[j].lower in ("and", "or"):
                break
        if member is None:
            return end
        end = member
    return end


# ---------------------------------------------------------------- loading


def _rows(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def sourced_rows(name: str, *required: str) -> list[dict[str, str]]:
    """The rows of ``data/lexicon/<name>``, each checked to have a ``source`` and every
    column of ``required`` set (lexicons are data with a source per row).

    Raises ``ValueError`` naming the file and the row for one that lacks them, and
    ``OSError`` when the shipped file is missing."""
    return read_sourced(DATA / name, *required)


@cache
def role_words(name: str, role: str) -> str:
    """The ``word`` column of the ``data/lexicon/<name>`` rows whose ``role`` is ``role``, as
    a regex alternation, longest first, each space matching any run of white space (cue
    files of the ``word,role,source`` shape). Raises ``ValueError`` for a row without its
    word, role or source."""
    rows = sourced_rows(name, "word", "role")
    words = sorted((r["word"] for r in rows if r["role"] == role), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


def _word(text: str, classes: dict[str, frozenset[str]]) -> Word:
    if text.startswith("@"):
        if text[1:] not in classes:
            raise ValueError(f"unknown word class {text!r} in data/lexicon/cameo.csv")
        return classes[text[1:]]
    return frozenset({text})


def _firsts(slots: tuple[tuple[Alternative, ...], ...]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset().union(*(alt[0] for alt in slot)) for slot in slots)


def _compile(
    pattern: str, classes: dict[str, frozenset[str]]
) -> tuple[tuple[Alternative, ...], ...]:
    return tuple(
        tuple(tuple(_word(w, classes) for w in alt.split()) for alt in slot.split("|"))
        for slot in re.split(r" \*\*? ", pattern.lower())
    )


def _gaps(pattern: str) -> tuple[int, ...]:
    """The gap of each slot after the first (`` * ``: ``GAP``, `` ** ``: ``LONG_GAP``); empty
    when the row has no long gap, so the matcher reads ``GAP`` as before."""
    marks = re.findall(r" (\*\*?) ", pattern)
    return tuple(LONG_GAP if m == "**" else GAP for m in marks) if "**" in marks else ()


@dataclass(frozen=True, slots=True)
class OtherSense:
    """A row of ``other_senses.csv``: the lemmas that, before one of the row's heads (or,
    with ``as_subject``, as its verb's subject), make it no political act."""

    modifiers: frozenset[str]
    as_subject: bool
    sense: str
    near: bool = False  # the word before the verb or one of the three after it


@cache
def other_senses() -> dict[str, tuple[OtherSense, ...]]:
    """Head lemma ("attack", "war") -> the ``OtherSense`` rows that name it.

    Raises ``ValueError`` for an ``as_subject`` or ``near`` cell other than yes or no."""
    out: dict[str, list[OtherSense]] = defaultdict(list)
    for r in _rows("other_senses.csv"):
        for column in ("as_subject", "near"):
            if r[column] not in ("yes", "no"):
                raise ValueError(
                    f"data/lexicon/other_senses.csv: {column} must be yes or no, got {r[column]!r}"
                )
        sense = OtherSense(
            frozenset(r["modifiers"].split("|")),
            r["as_subject"] == "yes",
            r["sense"],
            r["near"] == "yes",
        )
        for head in r["heads"].split("|"):
            out[head].append(sense)
    return {k: tuple(v) for k, v in out.items()}


@cache
def sport_phrases() -> tuple[tuple[str, ...], ...]:
    """The phrases of ``sport_context.csv`` as lower-case word tuples ("straight sets",
    "world cup"): a sentence holding one tells a game (see ``senses._sporting``)."""
    return tuple(tuple(r["phrase"].lower().split()) for r in _rows("sport_context.csv"))


@cache
def word_class(name: str) -> frozenset[str]:
    """The lemmas of the ``classes.csv`` row ``name`` ("ORGAN", "OFFICIAL"), for readers
    that use a class outside a pattern. Raises ``KeyError`` for a class the file lacks."""
    classes = {r["name"]: r["lemmas"] for r in _rows("classes.csv")}
    return frozenset(classes[name].split("|"))


@cache
def load() -> Lexicon:
    """The lexicon from ``data/lexicon/``, compiled once per process."""
    classes = {r["name"].lower(): frozenset(r["lemmas"].split("|")) for r in _rows("classes.csv")}
    compiled = [(r, _compile(r["pattern"], classes)) for r in _rows("cameo.csv")]
    rules = tuple(
        Rule(
            r["code"],
            r["kind"],
            int(r["weight"]),
            r["embeds"],
            slots,
            r["source"],
            _firsts(slots),
            n,
            all(len(alt) == 1 for alt in slots[0]),
            _gaps(r["pattern"]),
            _firsts(slots)[1:],
        )
        for n, (r, slots) in enumerate(compiled)
    )
    index: dict[str, list[Rule]] = defaultdict(list)
    for rule in rules:
        firsts = {w for alt in rule.slots[0] for w in alt[0]}
        for w in firsts:
            index[w].append(rule)
    cues: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for r in _rows("cues.csv"):
        cues[r["kind"]] += [tuple(c.split()) for c in r["cue"].split("|")]
    embed = {(r["governor"], r["complement"]): r["result"] for r in _rows("embed.csv")}
    starts: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
    for kind, phrases in cues.items():
        for cue in phrases:
            starts[cue[0]].append((kind, cue))
    singles = {k: frozenset(c[0] for c in v if len(c) == 1) for k, v in cues.items()}
    return Lexicon(
        rules,
        {k: tuple(v) for k, v in index.items()},
        {k: tuple(v) for k, v in cues.items()},
        embed,
        {k: tuple(v) for k, v in starts.items()},
        singles,
    )
