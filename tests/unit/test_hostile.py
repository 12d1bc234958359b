"""Hostile files: each is one `rejected` line naming the file and the reason (or goes in,
cleaned and noted), and the files around it still go in, on both backends."""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.articles.formats import json_depth
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

GOOD = "date 2024-03-04\nLIMA — Farmers marched in Lima on Monday against new water fees.\n"
BOMB = (
    "---\n"
    'a: &a ["x","x","x","x","x","x","x","x","x"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
    "title: *g\n"
    "---\nQUITO — Teachers went on strike in Quito on Tuesday.\n"
)
LAUGHS = (
    '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY l "lol">'
    '<!ENTITY l2 "&l;&l;&l;&l;&l;&l;&l;&l;&l;&l;"><!ENTITY l3 "&l2;&l2;&l2;&l2;&l2;&l2;&l2;&l2;">]>'
    "<rss><channel><title>&l3;</title><item><title>t</title>"
    "<description>HANOI — Workers rallied in Hanoi on Friday.</description></item></channel></rss>"
)


def rss(
    link: str, body: str, declaration: bytes = b'<?xml version="1.0" encoding="utf-8"?>'
) -> bytes:
    item = (
        f"<item><title>Feed item</title><link>{link}</link><description>{body}</description></item>"
    )
    return (
        declaration
        + f'<rss version="2.0"><channel><title>Wire</title>{item}</channel></rss>'.encode()
    )


# name -> (bytes, expected status, words the detail must contain)
CASES: dict[str, tuple[bytes, str, str]] = {
    "deep.json": (b'{"text": ' + b"[" * 1000 + b"]" * 1000 + b"}", "rejected", "nested 1001 deep"),
    "encoding.rss": (
        rss(
            "https://example.org/a",
            "OSLO — Nurses marched in Oslo on Monday.",
            b'<?xml version="1.0" encoding="utf-\xe9"?>',
        ),
        "rejected",
        "unknown encoding",
    ),
    "nul.txt": (GOOD.replace("Farmers", "Farmers\x00").encode(), "added", "NUL characters removed"),
    "long-link.rss": (
        rss("https://example.org/" + "a" * 2000, "KYIV — Drones struck Kyiv on Friday."),
        "added",
        "event",
    ),
    "bomb.md": (BOMB.encode(), "rejected", "more than 16 YAML aliases"),
    "laughs.rss": (LAUGHS.encode(), "rejected", "defusedxml"),
    "utf16.txt": (("\ufeff" + GOOD.replace("Lima", "Cusco")).encode("utf-16-le"), "added", "event"),
    "utf32.txt": (("\ufeff" + GOOD.replace("Lima", "Quito")).encode("utf-32-be"), "added", "event"),
}


def test_hostile_files_are_one_line_each_and_the_rest_goes_in(
    tmp_path: Path, store_url: str, geoparser: Geoparser
) -> None:
    pipeline = Pipeline(Store(store_url), geoparser)
    paths = []
    for n, (name, (raw, _, _)) in enumerate(CASES.items()):
        good = tmp_path / f"good{n}.txt"
        good.write_text(GOOD.replace("Monday", f"Monday, day {n}"))
        hostile = tmp_path / name
        hostile.write_bytes(raw)
        paths += [good, hostile]
    results = pipeline.ingest(paths)
    assert [r.status for r in results[::2]] == ["added"] * len(CASES)
    for r, (name, (_, status, words)) in zip(results[1::2], CASES.items(), strict=True):
        assert (r.path.endswith(name), r.status) == (True, status), r
        assert words in r.detail, r
    stored = [pipeline.store.article(row["id"]) for row in pipeline.store.article_rows()]
    texts = [a["text"] for a in stored if a]
    assert not any("\x00" in t for t in texts)
    assert sum("Cusco" in t or "Quito" in t for t in texts) == 2  # UTF-16 and UTF-32 decoded


def test_a_deep_json_line_is_refused_and_its_neighbours_go_in(
    tmp_path: Path, geoparser: Geoparser
) -> None:
    lines = tmp_path / "mixed.jsonl"
    deep = '{"text": ' + "[" * 500 + "]" * 500 + "}"
    good = '{"text": "SEOUL — Doctors protested in Seoul on 2 May 2024."}'
    lines.write_text(f"{good}\n{deep}\n")
    (res,) = Pipeline(Store(str(tmp_path / "j.db")), geoparser).ingest([lines])
    assert res.status == "added"
    assert res.problems == ("line 2: JSON refused (nested 501 deep, over the limit of 32)",)


@pytest.mark.parametrize(
    ("text", "depth"),
    [('{"a": 1}', 1), ('[[{"b": [2]}]]', 4), ('{"t": "[[[[ in a string ]"}', 1), ("3", 0)],
)
def test_json_depth_ignores_brackets_inside_strings(text: str, depth: int) -> None:
    assert json_depth(text) == depth
