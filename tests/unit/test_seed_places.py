"""The seed article's places against the hand-written golden file."""

from __future__ import annotations

import json
from pathlib import Path

from dashboard.articles.reader import read_article
from dashboard.places.geoparser import Geoparser
from tests.conftest import SEED

GOLDEN = json.loads(
    (Path(__file__).resolve().parents[1] / "golden" / "seed_places.json").read_text()
)


def _occurrences(mentions: list) -> dict[tuple[str, int], object]:
    seen: dict[str, int] = {}
    out = {}
    for m in mentions:
        seen[m.text] = seen.get(m.text, 0) + 1
        out[(m.text, seen[m.text])] = m
    return out


def test_every_place_in_the_seed_is_found_and_resolved_right(geoparser: Geoparser) -> None:
    article = read_article(SEED)
    got = _occurrences(geoparser.parse(article.text, article.published))
    for want in GOLDEN["places"]:
        m = got.get((want["text"], want["occurrence"]))
        assert m is not None, f"missing {want['text']} #{want['occurrence']}"
        p = m.place
        assert p is not None, want
        assert (p.name, p.kind, p.geo_precision, p.country_code) == (
            want["name"],
            want["kind"],
            want["geo_precision"],
            want["country_code"],
        ), want
        if "geonameid" in want:
            assert p.geonameid == want["geonameid"]


def test_the_seed_has_no_extra_mentions(geoparser: Geoparser) -> None:
    article = read_article(SEED)
    found = geoparser.parse(article.text, article.published)
    assert len(found) == len(GOLDEN["places"]), [m.text for m in found]
    for name in GOLDEN["not_places"]:
        assert all(name not in m.text for m in found)
