"""A name joined to Arabic's article ("al-Mahdiya") is one toponym, not a far namesake.

Romanised Arabic hyphens the definite article to its noun (ALA-LC Romanization Tables,
Arabic, 2012), so "the villages of al-Mahdiya and al-Jura near Rafah" names two villages
whose names are "al-Mahdiya" and "al-Jura". The gazetteer may hold only another place under
the bare noun (Mahdia in Tunisia, the Swiss canton of Jura): a namesake in a country that
is neither one the story names nor a neighbour of one is unlikely the place meant (spatial
minimality, Leidner 2007, "Toponym Resolution in Text", 4.3), and a wrong point is worse
than none. Such a mention keeps its whole span, article included, and no place; a reading
in the story's countries or their neighbours stands ("Iraq's al-Qaim").
"""

from __future__ import annotations

import re
from dataclasses import replace

from dashboard.model import Mention
from dashboard.places.borders import neighbours
from dashboard.places.recognise_words import _ARTICLE

# the article with its hyphen right before the name, alone as a word ("al-", "El-")
_ARTICLE_BEFORE = re.compile(rf"(?<![\w'’-]){_ARTICLE}$", re.IGNORECASE)
FAR_REASON = (
    "a name joined to Arabic's article, unknown to the gazetteer; its namesake ({}) is far"
    " from the story's countries"
)


def _article_start(text: str, m: Mention) -> int | None:
    """Where the hyphened article before ``m`` starts, or None when none stands there."""
    if text[m.start - 1 : m.start] != "-":
        return None
    art = _ARTICLE_BEFORE.search(text, max(0, m.start - 5), m.start)
    return art.start() if art is not None else None


def far_article_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each name read without its hyphened article ("al-Mahdiya" as
    "Mahdiya") and resolved outside the story's countries and their land neighbours made
    whole and unresolved; unchanged when the story names no other country."""
    joined = {
        id(m): s
        for m in mentions
        if m.place is not None and (s := _article_start(text, m)) is not None
    }
    if not joined:
        return mentions
    home = {
        m.place.country_code
        for m in mentions
        if m.place is not None and m.place.country_code and id(m) not in joined
    }
    near = home | {n for code in home for n in neighbours().get(code, ())}
    if not home:
        return mentions
    out = []
    for m in mentions:
        s = joined.get(id(m))
        if s is not None and m.place is not None and m.place.country_code not in near:
            why = FAR_REASON.format(f"{m.place.name}, {m.place.country_code}")
            m = replace(m, start=s, text=text[s : m.end], place=None, score=0.0, reason=why)
        out.append(m)
    return out
