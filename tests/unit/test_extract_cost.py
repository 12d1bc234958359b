"""Cost stays linear: work counters on generated long texts, through the library (no timing)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dashboard.analysis import MAX_SENTENCE_CHARS
from dashboard.events.drafts import RECENT
from dashboard.events.extract import MAX_TRIGGERS, EventExtractor
from dashboard.model import Article
from dashboard.pipeline import Pipeline
from dashboard.places.geoparser import Geoparser
from dashboard.store.db import Store

PIECES = [
    "Rebels attacked the town",
    "police arrested 12 protesters in Lagos",
    "President Ana Ruiz visited Paris on Tuesday",
    "troops shelled and bombed the camp",
    "on 7 May 2024",
    "in 1994",
    "North Korea fired missiles into the Sea of Japan",
    "and",
    "the villagers watched",
    "Minister Gen Nakatani met President Ruiz",
]


@st.composite
def long_texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.sampled_from(PIECES), min_size=50, max_size=400))
    ends = draw(
        st.lists(st.sampled_from([" ", " ", ". ", ", "]), min_size=len(parts), max_size=len(parts))
    )
    return "".join(p + e for p, e in zip(parts, ends, strict=True))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=long_texts())
def test_work_grows_linearly_with_the_text(geoparser: Geoparser, text: str) -> None:
    analysis = geoparser.analyse(text, date(2024, 3, 14))
    extractor = EventExtractor()
    _events, notes = extractor.read(Article("a", "t", text, date(2024, 3, 14)), analysis)
    work = extractor.work
    # each sentence is read once, and no read sentence is over the cap
    assert work["sentence_chars"] <= len(text)
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in analysis.sentences)
    assert work["triggers"] <= MAX_TRIGGERS * work["sentences"] + len(text)
    # merging compares each draft with a bounded number of earlier events
    assert work["merge_checks"] <= RECENT * work["merge_keys"]
    assert work["merge_keys"] <= work["drafts"] * (MAX_TRIGGERS + 8)
    # every sentence left unread is named in a note, never dropped silently
    assert len(notes) >= len(analysis.skipped)


def test_a_run_on_text_is_skipped_with_a_note(geoparser: Geoparser) -> None:
    text = "rebels attacked the town and " * 200  # 5,800 characters, no full stop
    extractor = EventExtractor()
    events, notes = extractor.read(Article("a", "t", text, None), geoparser.analyse(text))
    assert events == []
    assert len(notes) == 1
    assert "over the 2,000-character cap" in notes[0]


def test_a_sentence_of_only_triggers_is_skipped_with_a_note(geoparser: Geoparser) -> None:
    text = "Rebels " + "attacked, shelled and " * 30 + "raided the town."
    extractor = EventExtractor()
    events, notes = extractor.read(Article("a", "t", text, None), geoparser.analyse(text))
    assert events == []
    assert "triggers, over the cap" in notes[0]


def test_a_skipped_sentence_is_named_in_the_ingest_report(
    tmp_path: Path, geoparser: Geoparser
) -> None:
    path = tmp_path / "runon.txt"
    path.write_text("date 2024-03-14\nRebels attacked the town. The convoy " + "moved and " * 300)
    (result,) = Pipeline(Store(str(tmp_path / "t.db")), geoparser).ingest([path])
    assert result.status == "added"
    assert result.events == 1
    assert "not read for events" in result.detail
