"""Geoparser faults a QA pass found (false hits, lowercase type words, lookalike characters,
gazetteer gaps, "X region of Y"), each on sentences written for it."""

from __future__ import annotations

from dashboard.places.geoparser import Geoparser


def places(gp: Geoparser, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    """(surface, place name, kind, country) of every mention."""
    return [(m.text, m.place.name if m.place else None, m.place.kind if m.place else None,
             m.place.country_code if m.place else None) for m in gp.parse(text)]  # fmt: skip


# ---------------------------------------------------------------- false hits


def test_a_storm_class_before_a_storm_name_is_no_town(geoparser: Geoparser) -> None:
    for text in ("Crews cleared roads after Hurricane Ophelia reached Tampa.",
                 "HURRICANE OPHELIA NEARS TAMPA",
                 "Hurricane warnings went up along the coast near Tampa."):  # fmt: skip
        assert "Hurricane" not in {p[1] for p in places(geoparser, text)}, text
        assert ("Tampa", "US") in {(p[1], p[3]) for p in places(geoparser, text)}, text


def test_republic_of_congo_is_one_country_without_a_us_town(geoparser: Geoparser) -> None:
    got = places(geoparser, "Aid convoys crossed into the Republic of Congo on Monday.")
    assert got == [("Republic of Congo", "Republic of the Congo", "country", "CG")]


def test_a_lowercase_feature_word_reads_the_feature_not_a_foreign_town(
    geoparser: Geoparser,
) -> None:
    got = places(geoparser, "Aftershocks shook the Noto peninsula of Japan again.")
    assert got[0][1:] == ("Noto Peninsula", "region", "JP")
    # a namesake town abroad is not what "the X coast" means in a text about Japan
    got = places(geoparser, "Fishing boats left the Noto coast, Japan officials said.")
    assert ("Noto", "IT") not in {(p[1], p[3]) for p in got}
    # in its own country the town still stands
    got = places(geoparser, "Visitors fill the Noto coast each summer, Italy's tourism board said.")
    assert ("Noto", "IT") in {(p[1], p[3]) for p in got}
