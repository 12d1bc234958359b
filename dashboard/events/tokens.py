"""Words of a sentence with their lemmas and possible parts of speech (lemminflect).

``tokenize("Police raided the offices")`` gives four tokens; ``raided`` has the keys
``{"raided", "raid"}``, the parts of speech ``{"VERB"}`` and the verb tags ``{"VBD", "VBN"}``.
Lookups are cached per word form, so a sentence costs one regex pass and dictionary hits.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

import lemminflect
from lemminflect.core.LexicalUtils import pennTagAlts

# the personal pronouns' objective case (Quirk et al. 1985 §6.4; "you", "it" also subjects)
OBJECT_PRONOUNS = frozenset("me you him her it us them".split())

# words (with inner hyphens and apostrophes), the clitic n't, dotted initialisms ("U.S.",
# "U.N.": one word, not four tokens that use up a pattern's gap), numbers, single punctuation
# marks. A word's letters are any script's (``[^\W\d_]``, Unicode letters): English news
# keeps the accents of loanwords and names ("chargé d'affaires", "coup d'état", "Félix"),
# and an ASCII class cut "chargé" into "charg" and a mark "é" that no lexicon row could match
# (newuser19: a chargé d'affaires expelled was read as §174, not a diplomat's §166).
# A run of U+FFFD is one mark: a reader that decodes a multi-byte character byte by byte puts
# one replacement character per byte (The Unicode Standard 15.0 §3.9, "U+FFFD substitution of
# maximal subparts"), so a lost curly apostrophe or quote (three UTF-8 bytes) came out as three
# marks, and "Korea\ufffd\ufffd\ufffds" used three more tokens of a pattern's gap than "Korea’s".
# After a letter, the run and an "s" are the clitic "'s" (``_LOST_S``); elsewhere one mark

_L = r"[^\W\d_]"
_LOST = rf"(?<={_L})\ufffd+s\b|\ufffd+"
_LOST_S = re.compile(r"\ufffd+s")
_TOKEN = re.compile(
    rf"n't|'s\b|'ll\b|(?:[A-Za-z]\.){{2,}}|{_L}+(?:-{_L}+)*(?=n't)|{_L}+(?:-{_L}+)*"
    rf"|\d+(?:[.,:]\d+)*|{_LOST}|[^\s\w]|_"
)
# ``_TOKEN`` less its two "n't" branches, for a text without "n't", where neither can match:
# the same tokens, and a word is no longer tried before each "n't" at every shorter length
# (about half the pass; issue 15, reader speed)
_TOKEN_NO_NT = re.compile(
    rf"'s\b|'ll\b|(?:[A-Za-z]\.){{2,}}|{_L}+(?:-{_L}+)*|\d+(?:[.,:]\d+)*|{_LOST}|[^\s\w]|_"
)
_BOUNDARY = frozenset(',;:()[]"“”—–?!')
_FIXED = frozenset({"according"})  # "according to" is a preposition, not "accord"
_VERB_TAGS = ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ")


class Token(NamedTuple):
    """One word or mark. A named tuple, not a dataclass: a sentence makes one per word, and a
    tuple is built several times faster than a frozen dataclass (issue 15: reader speed)."""

    text: str
    start: int  # character offsets in the analysed text
    end: int
    lower: str
    keys: frozenset[str]  # the lowercase form and every lemma
    pos: frozenset[str]  # the parts of speech lemminflect knows for this form
    tags: frozenset[str]  # the Penn verb tags this form can carry ("VBD", "VBN", ...)
    boundary: bool  # punctuation that closes a clause or a list item


@lru_cache(maxsize=65536)
def _lemmas(lower: str) -> dict[str, tuple[str, ...]]:
    """lemminflect's lemmas of one lowercase form, by part of speech (not to be mutated)."""
    return {pos: tuple(forms) for pos, forms in lemminflect.getAllLemmas(lower).items()}


@lru_cache(maxsize=16384)
def _inflections(lemma: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """lemminflect's forms of verb ``lemma`` per Penn tag, asked once per lemma: every form
    of a verb ("raid", "raided", "raids") asks it, and each call deep-copies lemminflect's
    entry (the bulk of a new word's cost).

    What ``lemminflect.getInflection(lemma, tag)`` gives for each tag, from one
    ``getAllInflections`` (one deep copy, where ``getInflection`` made one per tag: five
    sixths of a new verb's cost), in the steps of lemminflect 0.2.3's ``getInflection``: the
    tag's forms, else the first non-empty of its alternates (``pennTagAlts``: VBD for VBN and
    back), else the out-of-vocabulary rules' form for the tag, else none."""
    forms = lemminflect.getAllInflections(lemma)
    oov: dict[str, tuple[str, ...]] | None = None
    out = []
    for tag in _VERB_TAGS:
        form = forms.get(tag)
        if form is None:
            for alt in pennTagAlts(tag):
                form = forms.get(alt)
                if form:
                    break
        if form is None:
            if oov is None:
                oov = lemminflect.getAllInflectionsOOV(lemma, "VERB")
            form = oov.get(tag)
        out.append((tag, tuple(form or ())))
    return tuple(out)


@lru_cache(maxsize=65536)
def _analyse(lower: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(keys, parts of speech, verb tags) of one lowercase word form."""
    if lower in _FIXED:
        return frozenset({lower}), frozenset({"ADP"}), frozenset()
    lemmas = dict(_lemmas(lower))
    if not lemmas and "-" in lower:  # "test-fired": lemmatise the last part, keep the prefix
        head, _, tail = lower.rpartition("-")
        last = _analyse(tail)
        compound = frozenset({lower} | {f"{head}-{k}" for k in last[0]})
        if "VBN" in last[2] and _modifier_head(head):
            # "Iranian-made", "Saudi-led", "US-built": a participle after a name or a noun
            # that is no verb is a compound adjective, never the clause's verb
            return compound, frozenset({"ADJ"}), frozenset()
        return compound, last[1], last[2]
    if not lemmas and lower.isalpha() and lower.endswith("ed") and len(lower) > 4:
        # a past form lemminflect does not know ("torched", "geofenced"): a regular verb, as
        # ``verb_forms`` reads it; its stem with and without the "e"
        stems = (lower[:-2], lower[:-1])
        return frozenset({lower, *stems}), frozenset({"VERB"}), frozenset({"VBD", "VBN"})
    if not lemmas and lower.replace(".", "").isalpha():  # "u.s." is a noun too
        lemmas = {"NOUN": tuple(lemminflect.getAllLemmasOOV(lower, "NOUN")["NOUN"])}
    keys = {lower, *(lemma.lower() for forms in lemmas.values() for lemma in forms)}
    found: set[str] = set()
    for lemma in lemmas.get("VERB", ()) + lemmas.get("AUX", ()):
        for tag, forms in _inflections(lemma):
            if lower in forms:
                found.add(tag)
    return frozenset(keys), frozenset(lemmas), frozenset(found)


# prefixes that make a new verb of a participle ("re-elected", "co-hosted", "pre-positioned")
_VERB_PREFIXES = frozenset("re co pre de un mis non self ex post anti pro semi".split())


def _modifier_head(head: str) -> bool:
    """The part before a participle's hyphen names who or what did it ("iranian" in
    "iranian-made", "government" in "government-run"): no verb of its own and no prefix."""
    return head not in _VERB_PREFIXES and "VERB" not in _lemmas(head.rpartition("-")[2])


@lru_cache(maxsize=4096)
def _plain(lower: str) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(keys, parts of speech, verb tags) of a number or a mark: itself, nothing else."""
    return frozenset({lower}), frozenset(), frozenset()


# A word as written -> the rest of its Token after the offsets (lower, keys, pos, tags,
# boundary): one dictionary hit per word instead of a lowercasing, a cached call and a test
# per token. Cleared when full, so it stays as bounded as ``_analyse``'s cache.
_WORD_INFO: dict[str, tuple[str, frozenset[str], frozenset[str], frozenset[str], bool]] = {}
_WORD_INFO_MAX = 65536
_new_token = tuple.__new__  # Token(...) without NamedTuple's argument handling: equal tuples


def _word_info(word: str) -> tuple[str, frozenset[str], frozenset[str], frozenset[str], bool]:
    lower = word.lower()
    keys, pos, tags = _analyse(lower) if word[0].isalpha() or word == "n't" else _plain(lower)
    if len(_WORD_INFO) >= _WORD_INFO_MAX:
        _WORD_INFO.clear()
    got = _WORD_INFO[word] = (lower, keys, pos, tags, word in _BOUNDARY)
    return got


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """The tokens of ``text``; offsets are shifted by ``offset``."""
    out = []
    info = _WORD_INFO
    plain = text.replace("’", "'")
    for m in (_TOKEN if "n't" in plain else _TOKEN_NO_NT).finditer(plain):
        word = m.group()
        key = "'s" if word[-1] == "s" and _LOST_S.fullmatch(word) else word
        rest = info.get(key) or _word_info(key)
        start, end = m.span()
        out.append(_new_token(Token, (word, start + offset, end + offset, *rest)))
    if "March" in text or "May" in text:  # the only words _months_as_dates may change
        return _months_as_dates(out)
    return out


# capitalised month names that are also verbs or modals ("March", "May")
_MONTH_VERBS = frozenset({"March", "May"})
_BEFORE_VERB = frozenset(
    {"to", "will", "would", "can", "could", "may", "might", "shall", "should", "must"}
)


def _months_as_dates(tokens: list[Token]) -> list[Token]:
    """A capitalised "March" or "May" beside a day of the month ("March 10", "10 May") is
    the month, not the verb: a dateline's "Santiago, March 10 -" once coded a protest march."""
    for i, tok in enumerate(tokens):
        if tok.text not in _MONTH_VERBS:
            continue
        if i and tokens[i - 1].lower in _BEFORE_VERB:
            continue  # "will March 5 miles": a verb after all
        near = [tokens[j] for j in (i - 1, i + 1) if 0 <= j < len(tokens)]
        if any(t.text.isdigit() and 1 <= int(t.text) <= 31 for t in near):
            # a key no lexicon row holds: the noun "march" (a rally) must not match either
            tokens[i] = tok._replace(
                keys=frozenset({"month:" + tok.lower}), pos=frozenset(), tags=frozenset()
            )
    return tokens


@lru_cache(maxsize=16384)
def verb_forms(word: str) -> tuple[str, frozenset[str]] | None:
    """(lemma, Penn verb tags) when lowercase ``word`` is a form of an English verb.

    The tags are the ones ``tokenize`` gives (``_analyse``), so the tense the dates resolver
    reads and the verbs the event coder reads come from one lexicon. A word lemminflect does
    not know that ends in "-ed" is taken as a regular past ("test-fired" minus its prefix is
    known; "geofenced" is not). Example: ``verb_forms("met") == ("meet", {"VBD", "VBN"})``.
    """
    if len(word) < 2 or not word.isalpha():
        return None
    lemmas = _lemmas(word).get("VERB")
    if not lemmas:
        if word.endswith("ed") and len(word) > 4:
            return word[:-2], frozenset({"VBD", "VBN"})
        return None
    tags = _analyse(word)[2]
    return (lemmas[0], tags) if tags else None


def is_noun(word: str) -> bool:
    """Whether lemminflect knows lowercase ``word`` as a noun form ("drills", "talks")."""
    return "NOUN" in _lemmas(word)


def past_verb(word: str) -> bool:
    """Whether ``word`` as written is a lowercase past form of a verb and no noun: "resumed",
    "withdrew", "fought" are; "Bukavu", "hit" (also a noun), "Hit" (a town) are not. A
    clause's own finite verb, as against a gapped object's words (Quirk et al. 1985, 13.92)."""
    if not word.islower():
        return False
    forms = verb_forms(word)
    return forms is not None and "VBD" in forms[1] and not is_noun(word)
