"""Arabic's article written in lowercase at the head of a place name ("al-Qaim").

Romanised Arabic joins the definite article to its noun with a hyphen and writes it in
lowercase inside running text (ALA-LC Romanization Tables, Arabic, 2012: "al-" is lowercased
and hyphened to the word it defines; AP and Reuters style follow it: "strikes on al-Qaim",
"fighting in el-Fasher"). The gazetteer lists such towns under their capitalised form ("Al
Qā’im", "El Fasher"), and the recogniser reads names only inside runs of capitalised words,
so a lowercase article hid the whole name; a town whose bare noun is no alternate name
("Qaim") was not found at all.

``capitalised_articles`` gives the text the recogniser scans: each such article capitalised,
with every offset kept. After a capitalised word the article is left as written: there it
joins a longer name ("Bab al-Hawa", "Ras al-Ain") or a person's ("Bashar al-Assad"), which
``recognise_filters._part_of_arabic_name`` reads. A possessive before it ("Iraq's al-Qaim")
does not join it to a name.
"""

from __future__ import annotations

import re

from dashboard.places.recognise_words import _ARTICLE

# the article, lowercase, at a word's start, with a capitalised word joined after its hyphen
_LOWER_ARTICLE = re.compile(rf"(?<![\w'’-]){_ARTICLE}(?=[A-Z])")
# What before the article joins it to a longer name: a capitalised word not in the possessive
# ("Bab al-Hawa", "Bashar al-Assad"; not "Iraq's al-Qaim"), such a word and "of" or "&" ("the
# Army of al-Islam"; not "the town of al-Bab"), or "of" a name "and" ("the Islamic State of
# Iraq and al-Sham"; not "al-Qaim and al-Bab", two towns listed)
_JOINS_NAME = re.compile(
    r"(?:(?<![\w-])[A-Z][\w’'.]*(?<!['’]s)(?:\s+(?:of|&))?"
    r"|\bof\s+[A-Z][\w’'.]*\s+and)\s+$"
)


def capitalised_articles(text: str) -> str:
    """``text`` with each lowercase Arabic article that opens a name capitalised
    ("hit al-Qaim" -> "hit Al-Qaim"); the same length, so every offset holds. A text with
    none is returned as it is (the same object)."""
    if "-" not in text:
        return text
    chars: list[str] | None = None
    for m in _LOWER_ARTICLE.finditer(text):
        if _JOINS_NAME.search(text, max(0, m.start() - 60), m.start()) is not None:
            continue
        if chars is None:
            chars = list(text)
        chars[m.start()] = chars[m.start()].upper()
    return text if chars is None else "".join(chars)
