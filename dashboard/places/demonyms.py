"""Demonyms two sovereign states share ("Congolese": both Congos; "Dominican"): the country
is the one whose places the text names. Rows: ``data/gazetteer/shared_demonyms.csv``."""

from __future__ import annotations

import csv
from functools import lru_cache

from dashboard.model import Mention
from dashboard.paths import data_dir
from dashboard.places.names import fold
from dashboard.places.recognise import Demonym


@lru_cache(maxsize=1)
def shared_demonyms() -> dict[str, frozenset[str]]:
    """Folded demonym -> the ISO2 codes of the countries that share it (two or more)."""
    out: dict[str, set[str]] = {}
    path = data_dir() / "gazetteer" / "shared_demonyms.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(fold(row["demonym"]), set()).add(row["iso2"])
    return {k: frozenset(v) for k, v in out.items() if len(v) > 1}


def by_named_places(text: str, demonyms: list[Demonym], mentions: list[Mention]) -> list[Demonym]:
    """``demonyms`` (start, end, ISO2) with each shared one moved to the country of the
    text's places when they lie in exactly one of its countries: "Congolese police ... in
    Brazzaville" are the Republic of the Congo's, "Congolese troops ... in Goma" the DR
    Congo's. With places in both, or in neither, the gazetteer's choice stays."""
    if not demonyms:
        return demonyms
    shared = shared_demonyms()
    out = demonyms
    for k, (s, e, code) in enumerate(demonyms):
        word = fold(text[s:e])
        codes = shared.get(word) or shared.get(word.removesuffix("s"))
        if not codes or code not in codes:
            continue
        held = {c for m in mentions if (p := m.place) is not None and (c := p.country_code)}
        held &= codes
        if len(held) != 1 or code in held:
            continue
        if out is demonyms:
            out = list(demonyms)
        out[k] = (s, e, next(iter(held)))
    return out
