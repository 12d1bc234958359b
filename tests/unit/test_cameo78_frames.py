"""cameo78: CAMEO roots and codes across sentence frames (bench/cameo_frames).

A done act in a non-restrictive relative or a participle clause leads a negated main act
("Police, who detained the mayor, gave no details": §173); the passive of a code's verb row
keeps the code ("two envoys were expelled": §166, not §174); a verb inside a row's gap is no
verb of the row ("positions were shelled by the army" is no §154 deployment); a passive's
subject or a "crowded" place is no crowd that riots (§145); aid an appeal asks for is not
given (§023, not §07); a signing, a grant of asylum or a massing of troops told as a noun is
the act. Sentences written for these tests; near misses keep their reading.
"""

from __future__ import annotations

import pytest

from dashboard.places.geoparser import Geoparser
from tests.unit.reading import Extract, code, make_extract, real, unreal


@pytest.fixture(scope="module")
def extract(geoparser: Geoparser) -> Extract:
    return make_extract(geoparser)


def _real_codes(extract: Extract, text: str) -> list[str]:
    return [code(e) for e in extract(text) if not unreal(e)]


# --- 1. a done act beside a negated main act (the rule was taken out at stop 78: it dropped
# the negated main card; its near misses still hold) ----------------------------------------


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Soldiers, who did not detain anyone in Gao, gave no further details.", "17"),
        ("Iran, which would expel the diplomats if provoked, gave no further details.", "16"),
        ("Soldiers, who detained the mayor of Gao on Friday, said he was well.", "99"),
    ],
)
def test_an_unreal_aside_stays_unreal(extract: Extract, text: str, root: str) -> None:
    assert not real(extract(text), root)


def test_a_done_aside_keeps_its_reading_beside_a_done_main_act(extract: Extract) -> None:
    # both done: the main clause's act leads as before
    got = _real_codes(extract, "Spain, having recognised Palestine on Tuesday, opened an embassy.")
    assert got
    assert got[0] != "054"


# --- 2. a code's verb row in the passive ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want", "not_want"),
    [
        ("Budget support to Mali was suspended by the bank on Friday.", "1621", "172"),
        ("Sanctions on Iran's shipping industry were eased on Friday.", "085", "163"),
        ("Intelligence was passed to Spanish police on Friday.", "064", None),
        ("Political asylum was granted to the dissident on Friday.", "075", None),
        ("Condolences were sent to the families of the miners on Friday.", "018", None),
        ("Nerve agents were used against the rebels near Idlib on Friday.", "2041", None),
        ("Artillery systems were sent to Moldova on Friday.", "072", "194"),
        ("A wreath was laid at the tomb of the unknown soldier on Friday.", "017", None),
        ("A bus station was attacked by a suicide bomber in Quetta on Friday.", "1831", "145"),
    ],
)
def test_a_verb_row_keeps_its_code_in_the_passive(
    extract: Extract, text: str, want: str, not_want: str | None
) -> None:
    got = _real_codes(extract, text)
    assert want in got
    assert not_want not in got


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("Four Lithuanian envoys could be expelled if talks fail.", "16"),
        ("Sanctions on Iran's shipping industry will be eased next month.", "08"),
        ("Asylum was not granted to the dissident.", "07"),
        ("Nerve agents were never used in the war, the inspectors said.", "20"),
    ],
)
def test_a_passive_not_done_stays_unreal(extract: Extract, text: str, root: str) -> None:
    assert not real(extract(text), root)


# --- 3. a verb inside a row's gap is another predicate's ------------------------------------


def test_a_noun_is_no_verb_of_a_deployment_row(extract: Extract) -> None:
    got = _real_codes(extract, "Militia positions were shelled by the army near Beni on Friday.")
    assert "194" in got
    assert "154" not in got


def test_a_deployment_row_still_reads_its_verb(extract: Extract) -> None:
    assert "154" in _real_codes(extract, "Troops were deployed to the border near Beni on Friday.")
    assert "154" in _real_codes(extract, "The army moved troops to the border near Beni on Friday.")


# --- 4. no crowd in a passive's subject or a "crowded" place ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A crowded market was attacked by gunmen in Maiduguri on Friday.",
        "A crowded bus terminal was stormed by militants on Friday.",
    ],
)
def test_a_crowded_place_attacked_is_no_riot(extract: Extract, text: str) -> None:
    got = _real_codes(extract, text)
    assert got
    assert "145" not in got


def test_a_crowd_that_storms_still_riots(extract: Extract) -> None:
    assert "145" in _real_codes(extract, "Crowds stormed the parliament building on Friday.")


# --- 5. aid an appeal asks for is not given -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "An urgent appeal was made for humanitarian aid for the refugees on Friday.",
        "A plea for emergency food aid was issued by the agency on Friday.",
    ],
)
def test_aid_asked_for_is_an_appeal(extract: Extract, text: str) -> None:
    got = _real_codes(extract, text)
    assert any(c.startswith("02") for c in got)
    assert not any(c.startswith("07") for c in got)


def test_aid_delivered_stays_aid(extract: Extract) -> None:
    assert "073" in _real_codes(
        extract, "The agency delivered food aid for the refugees on Friday."
    )


# --- 6. the act told as a noun ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "State media reported the signing of a trade accord by Laos and Vietnam on Friday.",
            "057",
        ),
        ("Local radio reported the granting of asylum to the activist by Brazil on Friday.", "075"),
        ("Satellite images showed the massing of troops near the border on Friday.", "154"),
    ],
)
def test_an_act_told_as_a_noun(extract: Extract, text: str, want: str) -> None:
    assert want in _real_codes(extract, text)


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The signing of the trade accord is expected next week.", "05"),
        ("The two sides postponed the signing of the trade accord.", "05"),
    ],
)
def test_a_signing_to_come_is_no_signing(extract: Extract, text: str, root: str) -> None:
    assert not real(extract(text), root)


# --- 7. a rule's provision is no act ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "root"),
    [
        ("The charter provides that the curfew can only be lifted by parliament.", "08"),
        ("The new law stipulates that martial law can only be lifted by the senate.", "08"),
    ],
)
def test_a_provision_is_no_act(extract: Extract, text: str, root: str) -> None:
    assert not real(extract(text), root)


def test_an_act_the_law_provides_for_is_still_done(extract: Extract) -> None:
    got = _real_codes(extract, "Chile granted asylum to the dissident, as the law provides.")
    assert "075" in got
