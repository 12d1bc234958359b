"""An armed group named after a town: "a Fano commander", "Fano fighters" name the Amhara
militia, not Fano in Italy; so do a people's groups ("Kuki groups": the Kuki of Manipur, not
Kuki in Japan). A town's name right before a word for a group's members or
leaders is the group's, when the town is small (under 200,000 people, as the events' rule
for "Fano fighters" has it) and the text names nothing else in the town's country, by name
or adjective: "Idlib rebels" in news naming Syria stay at Idlib.

An armed group whose name holds a region ("Islamic State in the Greater Sahara", "al-Qaeda
in the Islamic Maghreb") names no place by it: ``within_group_names`` drops the names inside
the groups of ``data/gazetteer/armed_group_names.csv`` (each row sourced to a designation
list), as ACLED codes the group as an actor and takes the place from elsewhere."""

from __future__ import annotations

import csv
import re
from functools import lru_cache

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places.recognise import Match
from dashboard.places.recognise_words import _LOCATIVE, _LOCATIVE_REACH
from dashboard.sourced_rows import read_sourced

# the members and leaders of an armed group; and the plural nouns that make the word
# before them a people's or a movement's name ("Kuki groups", "Naga organisations", "Shammar
# tribesmen"): an ethnonym modifies a group noun as a town seldom does, so a small town abroad
# read there is the group (the same tests below keep "Idlib groups" in news naming Syria)
_GROUP_AFTER = re.compile(
    r" (?:commanders?|fighters|militias?|militiam[ae]n|militants|insurgents|rebels"
    r"|groups|organi[sz]ations|outfits|tribes|tribesmen|clans)\b"
)
SMALL_TOWN = 200_000  # people; a city larger than this names its own militias' base


def group_names(text: str, mentions: list[Mention], demonym_countries: set[str]) -> list[Mention]:
    """``mentions`` without the towns that only name an armed group (see the module)."""
    drop = []
    for k, m in enumerate(mentions):
        p = m.place
        if p is None or p.kind != "city" or not text.startswith(" ", m.end):
            continue
        if p.population >= SMALL_TOWN or _GROUP_AFTER.match(text, m.end) is None:
            continue
        code = p.country_code
        if code in demonym_countries:
            continue
        if any(
            j != k and (q := o.place) is not None and q.country_code == code and q != p
            for j, o in enumerate(mentions)
        ):
            continue  # the text names the town's country otherwise: "Idlib rebels" in Syria
        drop.append(k)
    if not drop:
        return mentions
    # one sense per text: the group's name again ("Kuki groups ... Kuki leaders") is the
    # group too, unless the text puts it after "in", "near" or "from" ("in Kuki")
    named = {mentions[k].place for k in drop}
    drop += [
        k
        for k, m in enumerate(mentions)
        if k not in drop
        and m.place in named
        and not _LOCATIVE.search(text, max(0, m.start - _LOCATIVE_REACH), m.start)
    ]
    return [m for k, m in enumerate(mentions) if k not in drop]


@lru_cache(maxsize=1)
def _group_names() -> re.Pattern[str]:
    """Every name of ``armed_group_names.csv``, case-blind, a hyphen or space alike
    ("al-Qaeda", "Al Qaeda")."""
    path = data_dir() / "gazetteer" / "armed_group_names.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        names = sorted((row["name"] for row in csv.DictReader(fh)), key=len, reverse=True)
    forms = [r"[\s-]+".join(map(re.escape, re.split(r"[\s-]+", n))) for n in names]
    return re.compile(rf"(?<![\w-])(?:{'|'.join(forms)})(?![\w-])", re.IGNORECASE)


def within_group_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` without those inside an armed group's name (see the module)."""
    low = text.lower()
    if not mentions or ("islamic" not in low and "qa" not in low):
        return mentions  # every listed name holds one of these: most texts name none
    spans = [g.span() for g in _group_names().finditer(text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(s <= m.start and m.end <= e for s, e in spans)]


@lru_cache(maxsize=1)
def _group_words() -> re.Pattern[str]:
    """A group's head words (``armed_group_words.csv``) after a region's name, up to three
    capitalised words between ("Kachin Independence Army", "Tigray People's Liberation
    Front"); not a state's reserve force ("Georgia Army National Guard")."""
    path = data_dir() / "gazetteer" / "armed_group_words.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        words = sorted((row["word"] for row in csv.DictReader(fh)), key=len, reverse=True)
    heads = "|".join(re.escape(w).replace(r"\ ", " ") for w in words)
    return re.compile(
        rf" (?:[A-Z][\w'’-]* ){{0,3}}(?:{heads})\b(?! (?:National Guard|Reserve|Corps))"
    )


def army_names(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` without a division's or region's name that opens an armed group's ("the
    Arakan Army seized the town": the group, not Rakhine; ACLED takes the place from
    elsewhere), or a party's, union's or movement's title (``_outside_movements``), before
    resolution. A name that may be a country stays: "the Pakistan Army"
    is the state's own force, and its country is where it acts as often as not."""
    matches = _outside_movements(text, matches)
    if "Army" not in text and "Liberation" not in text:
        return matches  # the common case
    words = _group_words()
    return [
        m
        for m in matches
        if not words.match(text, m.end) or any(i.startswith("cc:") for i in m.place_ids)
    ]


@lru_cache(maxsize=1)
def _movement_words() -> re.Pattern[str]:
    """A members' possessive ("Workers'", "Farmers'", "People's") then up to two capitalised
    words and a head noun of ``movement_heads.csv`` ("Workers' Party", "People's Liberation
    Front"), after a name and up to two capitalised words: the title of a party, union or
    movement. English names such bodies after whom they gather (Quirk et al. 1985, 17.44:
    a genitive of the members before the head, "the Farmers' Union"), and the place name
    that opens the title says whose body it is, not where it acts."""
    rows = read_sourced(data_dir() / "gazetteer" / "movement_heads.csv", "word")
    heads = "|".join(sorted((re.escape(r["word"]) for r in rows), key=len, reverse=True))
    return re.compile(
        r" (?:[A-Z][\w-]* ){0,2}(?:[A-Z][a-z]+s['’]|People['’]s) "
        rf"(?:[A-Z][\w-]* ){{0,2}}(?:{heads})\b"
    )


def _outside_movements(text: str, matches: list[Match]) -> list[Match]:
    """``matches`` without a name that opens a party's, union's or movement's title ("the
    Kurdistan Workers' Party accused Ankara": the party, no place named; see
    ``_movement_words``). A name that may be a country stays, as in ``army_names``: a
    country's national party or union acts in that country as often as not."""
    if "'" not in text and "’" not in text:
        return matches  # the common case: no possessive, no such title
    words = _movement_words()
    return [
        m
        for m in matches
        if not words.match(text, m.end) or any(i.startswith("cc:") for i in m.place_ids)
    ]
