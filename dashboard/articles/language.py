"""Is an article's text English? The reader reads English only (its lexicons, its date
phrases, its gazetteer's names), so a text in another language is flagged ``not_english``
and left unanalysed: zero events from it would otherwise say "nothing happened" when the
truth is "not read" (newuser48 n21: a Ukrainian report was stored with no word of why)."""

from __future__ import annotations

import re
from functools import cache

from dashboard.events.lexicon import word_class

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")
# whole words, accents included: an ASCII-only pattern cut "déclaré" into "d" and "clar",
# three short "words" that diluted a short French text's closed-class share (newuser49b)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_ENOUGH_LETTERS = 20  # fewer say nothing of a script: a name, a number, a headline's stub
_ENOUGH_WORDS = 40  # fewer Latin words may be an English headline or list with no function word
_LATIN_SHARE = 0.5  # an English text quoting a Cyrillic or Arabic name is still mostly Latin
# English prose has about 30% of its running words among the 20 commonest (Brown); Spanish,
# French, German or Indonesian news, about 5% (our own sentences); the lowest English text
# among the seeds, bundled articles and dev sets has 15%
_FUNCTION_SHARE = 0.08


def english(text: str) -> bool:
    """False when ``text`` is plainly not English: most of its letters are outside the Latin
    script (Cyrillic, Arabic, CJK…), or, with at least ``_ENOUGH_WORDS`` Latin words, under
    ``_FUNCTION_SHARE`` of them are English function words (``classes.csv`` row
    ``ENGLISH_FUNCTION``, the Brown Corpus's commonest words). True when in doubt: a short
    text, or English with foreign names, is read as before."""
    sample = text[:_SAMPLE]
    letters = _LETTER.findall(sample)
    if len(letters) < _ENOUGH_LETTERS:
        return True
    latin = sum(1 for ch in letters if _LATIN.match(ch))
    if latin / len(letters) < _LATIN_SHARE:
        return False
    as_written = [w for w in _WORD.findall(sample) if _LATIN.match(w)]
    words = [w.lower() for w in as_written]
    if len(words) < _ENOUGH_SHORT:
        return True
    english_share = sum(1 for w in words if w in _function_words()) / len(words)
    if len(words) < _ENOUGH_WORDS:
        # a short text: foreign only when its own words abound and English function words
        # are nearly absent ("L'armée a tué dix jihadistes dans le centre du pays")
        other = sum(1 for w in as_written if _foreign_word(w)) / len(words)
        return not (other >= _OTHER_SHARE and other > 2 * english_share)
    return english_share >= _FUNCTION_SHARE


def _foreign_word(word: str) -> bool:
    """Another Western language's closed-class word, or a lower-case word with an accented
    letter: English common words have none ("polícia", "estação", "mercoledì"), while the
    accented names English news carries are capitalised ("São Paulo", "Zürich")."""
    return word.lower() in _other_function_words() or (word[0].islower() and not word.isascii())


_ENOUGH_SHORT = 8  # words: below this, a headline or a name list says nothing
# of a short text's words, the share of another Western language's closed-class words and
# lower-case accented words that marks it, at twice the English ones' share (our own French and Spanish sentences: 25-45%
# against 5-13%; English ones with foreign names, "in La Paz", "San Luis de la Paz": no
# more foreign than English)
_OTHER_SHARE = 0.2
_SAMPLE = 5_000  # characters: the lead and a few paragraphs say the language


@cache
def _function_words() -> frozenset[str]:
    return word_class("ENGLISH_FUNCTION")


@cache
def _other_function_words() -> frozenset[str]:
    # "a", "in", "i" and "on" are English too: never counted as foreign
    return word_class("OTHER_FUNCTION") - _function_words()
