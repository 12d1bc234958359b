"""A one-word place name that opens a person's full name: "leader Kim Jong Un", "Kim Jong Un
said", "envoy Sydney Marsh".

The person pass (``person_names``) takes a name glued after a capitalised word for a
surname ("Barack Obama") and the text's later bare "Obama" for that person. A name whose
first word is the gazetteer's (a surname written first, as Korean, Chinese and Vietnamese
names are, or a given name) is dropped where it stands, as part of the longer name, but a
later bare "Kim" stayed the town of Kim in Gujarat. Such a name opens a person's full name
when the run is introduced by a role word that names a person (``data/gazetteer/
person_roles.csv``: "North Korean leader Kim Jong Un") or followed by a verb only a person
takes ("Kim Jong Un said"). The person pass then reads the text's other bare uses of the
word as that person, unless the text uses one as a place (a preposition of place, "the town
of", or the town with its state or country after a comma: "Kim, Gujarat").

A country's or first-level division's name is left a place ("envoy Georgia Hart" makes no
person of a later "Georgia"): such names are the ones a reader most expects as places.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache

from dashboard.paths import data_dir
from dashboard.places.gazetteer import Gazetteer
from dashboard.places.names import CONNECTORS, name_key
from dashboard.places.party_members import party_member_home
from dashboard.places.recognise_filters import _opens_institution
from dashboard.places.recognise_words import (
    _PERSON_VERB_AFTER,
    FEATURE_WORDS,
    INSTITUTION_WORDS,
    MONTHS_DAYS,
    NEWSPAPER_WORDS,
)
from dashboard.places.runs import Hit

# the capitalised words after a name's first, up to the run's end ("Kim| Jong Un")
_RUN_GOES_ON = re.compile(r"(?:[ -][A-Z][\w'’.-]*)+")
_ROLE_REACH = 16  # "spokesperson " is 13 characters
# what a name's run may not go on with: a date, a paper's, a feature's or a body's word
_NOT_A_NAME = MONTHS_DAYS | NEWSPAPER_WORDS | FEATURE_WORDS | INSTITUTION_WORDS | CONNECTORS


@lru_cache(maxsize=1)
def role_words() -> frozenset[str]:
    """The role words of ``person_roles.csv``, lowercase ("leader", "president")."""
    path = data_dir() / "gazetteer" / "person_roles.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["word"] for row in csv.DictReader(fh))


@lru_cache(maxsize=1)
def _role_before() -> re.Pattern[str]:
    """A role word of ``person_roles.csv`` ending right before a name ("leader ")."""
    return re.compile(rf"\b(?:{'|'.join(sorted(role_words()))}) $", re.IGNORECASE)


def given_names(text: str, hits: Iterable[Hit], gaz: Gazetteer) -> set[str]:
    """The keys of one-word names in ``hits`` that open a person's full name (see the
    module): first in their run, a capitalised word glued after them that is no date,
    paper, feature or institution word, and a role word before the run or a person's verb
    after it."""
    out: set[str] = set()
    for h in hits:
        start, end, key, _, single, prev, nxt = h
        if not single or prev is not None or nxt is None or key in out:
            continue
        if not nxt[3] or text[end : nxt[0]] != " " or nxt[2] in _NOT_A_NAME:
            continue
        if text[start:end].isupper() or text[nxt[0] : nxt[1]].isupper() or text[end - 1] == ".":
            continue  # a headline's capitals, an abbreviation
        if _opens_institution(text, end):
            continue  # "Kim Il Sung University"
        if party_member_home(text, start, end):
            continue  # "a Kettering Republican, said": a home, not a given name
        if any(pid[:3] in ("cc:", "a1:") for pid in gaz.index[key]):
            continue  # a country's or state's name stays a place
        if _role_before().search(text, max(0, start - _ROLE_REACH), start) is None:
            run = _RUN_GOES_ON.match(text, end)
            if run is None or _PERSON_VERB_AFTER.match(text, run.end()) is None:
                continue
        out.add(key)
    return out


def paired_with_its_state(text: str, h: Hit, gaz: Gazetteer) -> bool:
    """Whether the name is written with its own state's or country's name after a comma
    ("Kim, Gujarat", "Kim, India"): a town's use, whoever else bears the name."""
    end = h[1]
    if not text.startswith(", ", end) or not text[end + 2 : end + 3].isupper():
        return False
    places = [p for p in gaz.places_of(gaz.index[h[2]]) if p.kind == "city"]
    if not places:
        return False
    words = text[end + 2 : end + 40].split(" ")[:3]
    for n in range(1, len(words) + 1):
        ids = gaz.index.get(name_key(" ".join(words[:n]).rstrip(".,;:")))
        for pid in ids or ():
            if any(pid == f"a1:{p.admin1}" or pid == f"cc:{p.country_code}" for p in places):
                return True
    return False
