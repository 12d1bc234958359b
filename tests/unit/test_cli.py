"""The command-line contracts, run as real subprocesses."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import FIXTURES, ROOT, SEED


def run(
    *args: str, stdin: str = "", env_db: Path | None = None
) -> subprocess.CompletedProcess[str]:
    import os

    env = {**os.environ}
    if env_db is not None:
        env["GEONEWS_DB"] = str(env_db)
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_geoparse_contract_and_bad_lines() -> None:
    lines = '{"id": "a", "text": "Ships left Yokosuka, west of Tokyo."}\nnot json\n{"id": 7, "text": "Nothing here."}\n'
    out = run("geoparse", stdin=lines)
    assert out.returncode == 0
    records = [json.loads(x) for x in out.stdout.splitlines()]
    assert [r["id"] for r in records] == ["a", 7]
    place = records[0]["places"][0]
    assert set(place) == {
        "start",
        "end",
        "text",
        "name",
        "lat",
        "lon",
        "kind",
        "geo_precision",
        "country_code",
        "geonameid",
        "score",
        "reason",
    }
    assert (
        "Ships left Yokosuka, west of Tokyo."[place["start"] : place["end"]]
        == place["text"]
        == "Yokosuka"
    )
    assert "line 2" in out.stderr


def test_events_contract() -> None:
    out = run("events", str(SEED))
    assert out.returncode == 0, out.stderr
    records = [json.loads(x) for x in out.stdout.splitlines()]
    assert len(records) == 7
    assert {r["time_precision"] for r in records} <= {1, 2, 3, 4}


def test_ingest_reports_each_file_and_exits_1_on_rejects(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    out = run("ingest", str(SEED), str(FIXTURES / "empty.txt"), "--db", str(db))
    assert out.returncode == 1
    lines = out.stdout.splitlines()
    assert lines[0].startswith("added")
    assert "000_f6ca0bb061373b92.txt" in lines[0]
    assert lines[1].startswith("rejected")
    assert "empty.txt: empty file" in lines[1]
    # the closing tally counts files, and says so (it read as a count of articles)
    assert "2 file(s): 1 added, 0 replaced, 0 duplicate, 1 rejected" in out.stderr
    again = run("ingest", str(SEED), "--db", str(db))
    assert again.returncode == 0
    assert again.stdout.startswith("duplicate")


def test_usage_errors_exit_2() -> None:
    assert run("ingest").returncode == 2
    assert run("no-such-command").returncode == 2


def test_a_pattern_that_matches_nothing_is_named(tmp_path: Path) -> None:
    # one line naming the pattern, for every command that reads files (a fresh user's find:
    # "events" printed nothing, "ingest" did not say which pattern)
    for args in (
        ("events", "nomatch_*.txt"),
        ("ingest", "--db", str(tmp_path / "s.db"), "nomatch_*.txt"),
    ):
        done = run(*args)
        assert "nomatch_*.txt: no files matched" in done.stderr


def test_export_refuses_a_reversed_range_with_one_line(tmp_path: Path) -> None:
    # it once wrote an empty export and exited 0, as if nothing had happened in the range
    dates = ("--from", "2025-03-31", "--to", "2025-03-01")
    out = run("export", "--format", "csv", *dates, "--db", str(tmp_path / "none.db"))
    assert out.returncode == 2
    assert out.stdout == ""
    assert out.stderr.strip() == "error: --from 2025-03-31 is after --to 2025-03-01"


def test_build_store_if_missing_uses_geonews_db(tmp_path: Path) -> None:
    db = tmp_path / "default.db"
    first = run("build-store", "--if-missing", env_db=db)
    assert first.returncode == 0
    assert db.exists()
    second = run("build-store", "--if-missing", env_db=db)
    assert "leaving it as it is" in second.stderr


def test_geoparse_reads_a_line_whose_date_is_no_iso_date_and_says_so() -> None:
    lines = (
        '{"id": "a", "text": "Ferries left Mombasa.", "date": "last Tuesday"}\n'
        '{"id": "b", "text": "Ferries left Mombasa.", "date": "2024-11-07T23:30:00-07:00"}\n'
    )
    out = run("geoparse", stdin=lines)
    records = [json.loads(x) for x in out.stdout.splitlines()]
    assert [[p["name"] for p in r["places"]] for r in records] == [["Mombasa"], ["Mombasa"]]
    assert "line 1: 'date' not read" in out.stderr
    assert "line 2" not in out.stderr  # a timestamp is a date: its own local day


def test_geoparse_demonyms_adds_country_adjectives_only_when_asked() -> None:
    line = '{"id": "d", "text": "Russian and Turkish envoys met in Geneva."}\n'
    plain = [json.loads(x) for x in run("geoparse", stdin=line).stdout.splitlines()]
    assert [p["text"] for p in plain[0]["places"]] == ["Geneva"]
    assert all("demonym" not in p for p in plain[0]["places"])
    out = run("geoparse", "--demonyms", stdin=line)
    places = json.loads(out.stdout.splitlines()[0])["places"]
    assert [(p["text"], p["name"], p["kind"], p.get("demonym")) for p in places] == [
        ("Russian", "Russia", "country", True),
        ("Turkish", "Turkey", "country", True),
        ("Geneva", "Geneva", "city", None),
    ]
    assert abs(places[0]["lat"] - 60) < 10


def test_ingest_exits_1_when_lines_or_items_inside_a_stored_file_are_refused(
    tmp_path: Path,
) -> None:
    lines = tmp_path / "two.jsonl"
    lines.write_text(
        '{"text": "Farmers marched in Mopti on Monday.", "date": "2024-04-01"}\n{"title": "no text"}\n'
    )
    items = tmp_path / "two.json"
    items.write_text('[{"text": "Herders met in Segou.", "date": "2024-04-02"}, 7]')
    for path, where in ((lines, "line 2"), (items, "item 2")):
        out = run("ingest", str(path), "--db", str(tmp_path / f"{path.suffix[1:]}.db"))
        assert out.returncode == 1, out.stderr
        assert out.stdout.startswith("added")
        assert where in out.stdout


def test_export_to_a_missing_folder_is_one_error_line(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    assert run("ingest", str(SEED), "--db", str(db)).returncode == 0
    out = run(
        "export", "--format", "csv", "--db", str(db), "--out", str(tmp_path / "nowhere" / "x.csv")
    )
    assert out.returncode == 1
    assert out.stderr.strip().splitlines() == [
        f"error: cannot write {tmp_path / 'nowhere' / 'x.csv'}: No such file or directory"
    ]


def test_readers_refuse_a_store_that_does_not_exist(tmp_path: Path) -> None:
    typo = tmp_path / "typo.db"
    for args in (("export", "--format", "jsonl"), ("reanalyse",)):
        out = run(*args, "--db", str(typo))
        assert out.returncode == 1
        (said,) = out.stderr.strip().splitlines()
        assert said.startswith(f"error: no store at {typo}")
        assert not typo.exists()


def test_geoparse_and_dates_help_describe_what_goes_in_and_comes_out() -> None:
    for command, out_field in (("geoparse", '"places"'), ("dates", '"dates"')):
        said = " ".join(run(command, "--help").stdout.split())
        assert '{"id", "text", "date"?' in said
        assert "stdin" in said
        assert out_field in said
