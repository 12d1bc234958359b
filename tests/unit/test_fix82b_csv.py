"""fix82b: the CSV export's ``actor2`` is the event's target (CAMEO's Actor2, ACLED's
other side), never a bystander the record lists among its actors.

Rows are built by hand in the export's input shape; the names are made up for these tests."""

from __future__ import annotations

import json

from dashboard.export_csv import CSV_COLUMNS, csv_cells, csv_row


def _row(actors: list[str], roles: dict[str, str | None] | None) -> dict[str, object]:
    detail: dict[str, object] = {"event_code": "030"}
    if roles is not None:
        detail["roles"] = roles
    return {
        "id": "e1",
        "reference_date": "2024-03-03",
        "time_precision": 1,
        "event_name": "Express intent to cooperate",
        "actors": json.dumps(actors),
        "location_kind": None,
        "location_name": None,
        "location_country": None,
        "summary": "The president pledged to defeat the militia",
        "evidence": "[]",
        "date_start": "2024-03-03",
        "date_end": "2024-03-03",
        "event_code": "030",
        "flags": "[]",
        "detail": json.dumps(detail),
    }


def test_a_listed_spokesman_is_no_actor2_of_an_act_without_a_target() -> None:
    # "…, spokesman Amir Idris Noor said. President Omar Farah Noor pledged to defeat
    # the militia": the pledge has a source and no target in the record
    row = _row(
        ["Omar Farah Noor", "Amir Idris Noor"], {"source": "Omar Farah Noor", "target": None}
    )
    assert (csv_row(row)["actor1"], csv_row(row)["actor2"]) == ("Omar Farah Noor", "")
    at = CSV_COLUMNS.index("actor2")
    assert csv_cells(row)[at] == ""


def test_near_misses_keep_their_actor2() -> None:
    # the target, when the record has one, is actor2
    both = _row(["Chad", "Sudan"], {"source": "Chad", "target": "Sudan"})
    assert (csv_row(both)["actor1"], csv_row(both)["actor2"]) == ("Chad", "Sudan")
    # a record without roles (an older store) keeps the listed order
    old = _row(["Chad", "Sudan"], None)
    assert (csv_row(old)["actor1"], csv_row(old)["actor2"]) == ("Chad", "Sudan")
    # a lone target stays actor2, never actor1
    lone = _row(["Chad"], {"source": None, "target": "Chad"})
    assert (csv_row(lone)["actor1"], csv_row(lone)["actor2"]) == ("", "Chad")
    assert CSV_COLUMNS[4:6] == ["actor1", "actor2"]
