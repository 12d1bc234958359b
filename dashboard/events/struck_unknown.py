"""A place struck that the gazetteer lacks, named bare as the object of an attack verb
("Russia shelled Zyrnivka", "Jets bombed Kafr Batna" with one word only): the act was at a
place of its own, not in the city the story was filed from, so ACLED's next larger unit the
report supports is the dateline's country (geo precision 3), as for "the village of X"
(``unfound_places``). Only a verb of force takes a place as its bare object here (CAMEO
1.1b3 §18, §19, §20: attack, fight, shell, bomb); a capitalised word after any other verb may
be anything.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dashboard.places import gazetteer

if TYPE_CHECKING:  # drafts imports modules that import this one
    from dashboard.events.drafts import _Context, _Draft

_FORCE = ("18", "19", "20")
# one capitalised word of any script right after the verb ("shelled Zyrnivka", "Харків")
_NAME = re.compile(r" (?:the )?([^\W\d_][^\W_]*(?:['’-][^\W_]+)*)")
# what may follow a place as the object: the sentence's end, a date or another adjunct; a
# second capitalised word or a lowercase noun makes it a person or a group ("attacked Ali
# Musa", "shelled Russian positions")
_AFTER = re.compile(
    r"(?:[.,;:!?]|$|\s+(?:on|in|at|overnight|early|late|last|this|yesterday|today|again|"
    r"with|and|for|from|twice|after|before|during|killing|wounding|injuring)\b)"
)
# capitalised words that open no place ("attacked Monday", "struck It")
_NOT_NAMES = frozenset(
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "It"}
)


def struck_unknown(d: _Draft, ctx: _Context) -> str | None:
    """The name a force act (``d``, CAMEO 18-20) takes as its bare object right after its
    verb when it is capitalised, one word, covered by no place, country or actor the text
    reads, and unknown to the gazetteer under that exact name; else None. None too when
    the attacker is of the dateline's country (the place struck may then be across the
    border)."""
    code = d.trigger.full or d.trigger.code
    if not code.startswith(_FORCE):
        return None
    dl = ctx.analysis.dateline
    home = dl.place.country_code if dl is not None and dl.place is not None else None
    if home is None or (d.source is not None and d.source.country_code == home):
        return None
    text = ctx.analysis.text
    m = _NAME.match(text, d.trigger.end)
    if m is None or not m.group(1)[0].isupper() or m.group(1) in _NOT_NAMES:
        return None
    s, e = m.span(1)
    if _AFTER.match(text, e) is None:
        return None
    spans = [(x.start, x.end) for x in ctx.analysis.mentions]
    spans += [(c.start, c.end) for c in ctx.analysis.countries]
    spans += [(a.start, a.end) for a in d.actors]
    if any(a < e and s < b for a, b in spans):
        return None
    name = m.group(1)
    if any(p.name == name for p in gazetteer.load().lookup(name)):
        return None
    return name
