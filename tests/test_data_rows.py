"""Every data file under data/ parses to rows of its header's width.

A source holding an unquoted comma ("(ISO 3166-2 RU-CHU, Chukotskiy ...)") made a row one
field longer than its header: `csv.DictReader` files the rest under the key None and the
readers kept only the cut source, so the row's cited source lost its end without a word.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from dashboard.sourced_rows import read_sourced

DATA = Path(__file__).resolve().parents[1] / "data"
FILES = sorted(DATA.rglob("*.csv"))


def test_data_has_csv_files() -> None:
    assert len(FILES) > 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_every_row_has_the_header_width(path: Path) -> None:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.reader(fh)
        header = next(reader)
        wide = [
            reader.line_num
            for row in reader
            if row and not row[0].startswith("#") and len(row) != len(header)
        ]
    assert wide == [], f"{path.name}: rows at lines {wide} do not have {len(header)} fields"


def test_read_sourced_refuses_a_row_longer_than_its_header(tmp_path: Path) -> None:
    path = tmp_path / "words.csv"
    path.write_text("word,source\nquake,Merriam-Webster quake n. 1, an earthquake\n")
    with pytest.raises(ValueError, match=r"words\.csv.*more fields than the header"):
        read_sourced(path, "word")


def test_read_sourced_keeps_a_quoted_comma(tmp_path: Path) -> None:
    path = tmp_path / "words.csv"
    path.write_text('word,source\nquake,"Merriam-Webster quake n. 1, an earthquake"\n')
    assert read_sourced(path, "word")[0]["source"] == "Merriam-Webster quake n. 1, an earthquake"
