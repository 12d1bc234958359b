"""Add articles: upload files or paste a text; see what went in, what was a duplicate and
what was refused, and why."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard.articles.formats import SUFFIXES, FileRead, read_bytes
from dashboard.articles.reader import parse_article
from dashboard.errors import ArticleError, DashboardError
from dashboard.pipeline import FileResult
from dashboard.ui import data, state

st.markdown("#### Add articles")
st.caption(
    "Plain text (first line `date YYYY-MM-DD`), Markdown with front matter, JSON, JSON Lines, "
    "saved HTML pages, RSS and Atom feeds. 5 MB per file. Duplicates are recognised by content."
)


def show(results: list[FileResult]) -> None:
    table = pd.DataFrame(
        [
            {"file": r.path, "status": r.status, "events": r.events, "detail": r.detail}
            for r in results
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")
    added = sum(r.status in ("added", "replaced") for r in results)
    if added:
        st.success(f"{added} file(s) added; the map shows their events now.")


with st.form("upload", clear_on_submit=True):
    files = st.file_uploader(
        "Files", accept_multiple_files=True, type=sorted(s.lstrip(".") for s in SUFFIXES)
    )
    go = st.form_submit_button("Ingest files")
if go and files:
    pipeline = data.current_pipeline()
    bar = st.progress(0.0, text="Reading…")
    results = []
    for n, upload in enumerate(files, start=1):
        try:
            results.append(pipeline.add_file(read_bytes(upload.getvalue(), upload.name)))
        except ArticleError as exc:
            results.append(FileResult(exc.path, "rejected", exc.reason))
        except DashboardError as exc:
            results.append(FileResult(upload.name, "rejected", str(exc)))
        bar.progress(n / len(files), text=f"{n} of {len(files)}")
    show(results)

with st.form("paste"):
    st.markdown("**Paste an article**")
    title = st.text_input("Title")
    when = st.date_input("Publication date", value=None, format="YYYY-MM-DD",
                         min_value=date(*state.ANY_MIN), max_value=date(*state.ANY_MAX),
                         help="Leave empty if unknown: only explicit dates in the text are used.")  # fmt: skip
    source = st.text_input("Source (outlet)")
    text = st.text_area("Text", height=200, placeholder="CITY — What happened, when and where.")
    pasted = st.form_submit_button("Add article")
if pasted:
    try:
        header = f"date {when.isoformat()}\n" if isinstance(when, date) else ""
        article = parse_article(
            header + text, path=f"paste:{title or 'untitled'}", title=title, source=source
        )
        show([data.current_pipeline().add_file(FileRead(title or "pasted text", [article]))])
    except ArticleError as exc:
        st.error(f"Not added: {data.md(exc.reason)}")
