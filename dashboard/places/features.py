"""Natural features named after a place: "the Kansas River", "Lake Washington", "River Avon".

The recogniser reads the place's name ("Kansas") and the resolver places it at the state,
town or country of that name, confidently and wrongly: the river is not the state. When the
gazetteer has the whole feature ("Ohio River", a row of ``data/gazetteer/regions.csv``) the
longest-match scan finds it first. Otherwise the feature is reported as itself, with no point
(``place=None``) and a reason, so recognition still counts it and nothing is guessed, unless
it is named after a town of the text's country, which it most likely flows by.

Only the feature words that name a different thing than the place are read: a "Kansas River"
runs far from Kansas's point, while "Tokyo Bay" or "the Swat Valley" lie at or around the
place and stay with it (``recognise_words.FEATURE_WORDS``).
"""

from __future__ import annotations

import re

from dashboard.model import Mention, Place
from dashboard.places.runs import any_of

# Capitalised feature words after the place's name: "Kansas River", "Chicago Creek"
_AFTER_WORDS = (
    "River",
    "Creek",
    "Lake",
    "Reservoir",
    "Canal",
    "Glacier",
    "Falls",
    "Mountain",
    "Mountains",
)
_AFTER = re.compile(rf" (?P<word>{'|'.join(_AFTER_WORDS)})\b(?![\w'’-])")
# ... and the lowercase forms news writes of a river or a range: "the Kunar river", "the
# Zagros mountains" (AP style lowercases the common noun after a name: "the Mississippi
# river" only in some house styles, yet "the X river" is never the town or state X)
_AFTER_LOWER = re.compile(r" (?P<word>river|mountains)\b(?![\w'’-])")
# ... and before it: "Lake Washington", "Mount Lebanon" when the gazetteer lacks it, "River Avon"
_BEFORE_WORDS = ("Lake", "Mount", "Mt.", "River", "Loch")
_BEFORE = re.compile(rf"(?<![\w'’-])(?P<word>{'|'.join(map(re.escape, _BEFORE_WORDS))}) $")
# A text holding none of the words has no feature: one C pass (runs.any_of) spares most
# texts the per-mention tests, which cost 3% of a geoparse
_ANY_WORD = tuple(dict.fromkeys((*_AFTER_WORDS, *_BEFORE_WORDS, "river", "mountains")))
_REACH = 6  # characters before a name that ``_BEFORE`` may need: "Mount " and "Loch "
# kinds a feature can be mistaken for: the places named after nothing but themselves
_NAMESAKE_KINDS = frozenset({"city", "admin1", "admin2", "country"})


def named_features(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with each place name that a feature word joins ("the Kansas River") replaced
    by the whole feature. A capitalised word after the feature word means a longer name goes on
    ("Missouri River Valley Authority") and leaves the mention as it is.

    - Named after a town in a country the text's other places lie in ("the Naugatuck River"
      beside Connecticut's towns): placed near the town, which such a river or lake almost
      always flows by or borders (towns take their river's name), as kind ``region`` at geo
      precision 2, with half the town's score and a reason.
    - Named after a state or country ("the Kansas River"), or after a town of another
      country: no point, with a reason. A state's or a country's point is no point on it.

    >>> from dashboard.model import Place
    >>> kansas = Place("iso:US-KS", "Kansas", "admin1", 38.5, -98.0, "US", 2)
    >>> [(m.text, m.place) for m in named_features("Boats on the Kansas River.",
    ...  [Mention(13, 19, "Kansas", kansas, 1.0, "only candidate")])]
    [('Kansas River', None)]
    """
    out = mentions
    if not mentions or not any_of(text, _ANY_WORD):
        return out
    for k, m in enumerate(mentions):
        if m.place is None or m.place.kind not in _NAMESAKE_KINDS:
            continue
        feature = _feature_span(text, m.start, m.end)
        if feature is None:
            continue
        if out is mentions:
            out = list(mentions)
        out[k] = _feature_mention(text, *feature, m, _countries(mentions, k))
    return out if out is mentions else _bare_feature_names(out, mentions)


def _bare_feature_names(out: list[Mention], before: list[Mention]) -> list[Mention]:
    """``out`` with the bare mentions of a post town (``us_post_towns.csv``) that also names
    a feature in the text read as that feature, with no point: "the Niobrara" beside "the
    Niobrara River". A post office takes its creek's or river's name (GeoNames lists the
    stream, class H, and the village, class P, under one name), so in a text naming the
    river the bare name is the river's, and the village's point is no point on it."""
    towns = {
        was.place.id
        for m, was in zip(out, before, strict=True)
        if m is not was and was.place is not None and _post_town(was.place)
    }
    if not towns:
        return out
    return [
        Mention(m.start, m.end, m.text, None, 0.0, _RIVER_NAME)
        if m.place is not None and m.place.id in towns
        else m
        for m in out
    ]


_RIVER_NAME = "a post town's name the text gives a river or lake: read as that feature, no point"


def _post_town(place: Place) -> bool:
    # the ids ``gazetteer_regions._add_post_towns`` gives: "tn:us-<state>-<name>"
    return place.id.startswith("tn:us-")


def _countries(mentions: list[Mention], skip: int) -> set[str]:
    """The countries of the text's placed mentions other than ``mentions[skip]``."""
    return {
        m.place.country_code
        for j, m in enumerate(mentions)
        if j != skip and m.place is not None and m.place.country_code
    }


def _feature_mention(
    text: str, start: int, end: int, word: str, m: Mention, countries: set[str]
) -> Mention:
    """The feature ``text[start:end]`` named after ``m``'s place (see ``named_features``)."""
    p = m.place
    assert p is not None
    name, what = text[start:end], word.lower().rstrip(".")
    if p.kind == "city" and p.lat is not None and p.country_code in countries and not _post_town(p):
        place = Place(
            id=f"ft:{_slug(name)}@{p.id}",
            name=name,
            kind="region",
            lat=p.lat,
            lon=p.lon,
            country_code=p.country_code,
            geo_precision=2,
            admin1=p.admin1,
        )
        why = (
            f"a {what} named after the town of {p.name}: placed near the town, which it "
            "most likely flows by or borders; the gazetteer has no point for it"
        )
        return Mention(start, end, name, place, round(m.score / 2, 3), why, m.candidates)
    kind = {"admin1": "state", "admin2": "county", "city": "village"}.get(p.kind, p.kind)
    why = f"a {what} named after {p.name}, not the {kind} itself; the gazetteer has no point for it"
    return Mention(start, end, name, None, 0.0, why)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _feature_span(text: str, start: int, end: int) -> tuple[int, int, str] | None:
    """``(start, end, feature word)`` of the feature around ``text[start:end]``, or None."""
    if text[end : end + 1] == " ":
        after = _AFTER.match(text, end) or _AFTER_LOWER.match(text, end)
        if after is not None and not _goes_on(text, after.end()):
            return start, after.end(), after.group("word")
    if start >= 5 and text[start - 1] == " ":
        before = _BEFORE.search(text, max(0, start - _REACH), start)
        if before is not None and not _goes_on(text, end):
            return before.start(), end, before.group("word")
    return None


def _goes_on(text: str, end: int) -> bool:
    """True when a capitalised word follows at once: the feature is part of a longer name
    ("Mount Vernon Road", "Ohio River Museum")."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()
