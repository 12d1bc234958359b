"""Add articles: upload files or paste a text; see what went in, what was a duplicate and
what was refused, and why."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard.articles.formats import SUFFIXES, FileRead, read_bytes, upload_name
from dashboard.articles.reader import parse_article
from dashboard.errors import ArticleError, DashboardError
from dashboard.pipeline import FileResult
from dashboard.ui import data, state

st.markdown("#### Add articles")
st.caption(
    "Plain text (first line `date YYYY-MM-DD`), Markdown with front matter, JSON, JSON Lines, "
    "saved HTML pages, RSS and Atom feeds. 5 MB per article; a feed or JSON Lines file up to "
    "64 MB here (`ingest` takes larger JSON Lines); a file over its limit is refused with the "
    "reason. Duplicates are recognised by content."
)


def show(results: list[FileResult]) -> None:
    table = pd.DataFrame(
        [
            {"file": r.path, "status": r.status, "events": r.events, "detail": r.detail}
            for r in results
        ]
    )
    st.dataframe(table, hide_index=True, width="stretch")
    added, replaced = (sum(r.status == s for r in results) for s in ("added", "replaced"))
    if added or replaced:
        events = sum(r.events for r in results if r.status in ("added", "replaced"))
        st.success(
            f"{added} added as new, {replaced} replaced; the map shows their {events} event(s) now."
        )
    empty = sum(r.status in ("added", "replaced") and not r.events for r in results)
    if empty:
        # newuser6: a pasted text without a date gave 0 events and no word of why
        st.info(
            f"{empty} of them gave no events: no dated act was read. Without a publication "
            "date only explicit dates count ('3 May 2025', not 'on Thursday'); set the date "
            "on the Articles page and the article is read again."
        )
    duplicates = sum(r.status == "duplicate" for r in results)
    if duplicates and not (added or replaced):
        # newuser7: a file already stored said nothing under its table
        st.info(f"{duplicates} already in the store with the same content: nothing added.")
    rejected = sum(r.status == "rejected" for r in results)
    if rejected:
        st.warning(f"{rejected} not added: the table says why for each.")


with st.form("upload", clear_on_submit=True):
    files = st.file_uploader(
        "Files", accept_multiple_files=True, type=sorted(s.lstrip(".") for s in SUFFIXES)
    )
    go = st.form_submit_button("Ingest files")
PENDING = "add_pending_uploads"  # session key: uploads whose names are already stored
REPLACE, AS_NEW = "Replace the stored article", "Add as a new article"


def ingest(uploads: list[tuple[str, bytes, str | None]]) -> list[FileResult]:
    """(file name, bytes, key of the article to replace or None) -> one result per file."""
    pipeline = data.current_pipeline()
    bar = st.progress(0.0, text="Reading…")
    results = []
    for n, (name, raw, replace_key) in enumerate(uploads, start=1):
        try:
            results.append(pipeline.add_file(read_bytes(raw, name), replace_key))
        except ArticleError as exc:
            results.append(FileResult(exc.path, "rejected", exc.reason))
        except DashboardError as exc:
            results.append(FileResult(name, "rejected", str(exc)))
        bar.progress(n / len(uploads), text=f"{n} of {len(uploads)}")
    return results


if go and not files:
    st.info("Choose one or more files first, then press Ingest files.")
if go and files:
    store = data.current_store()
    known = [(f.name, f.getvalue()) for f in files if store.uploaded_as(upload_name(f.name))]
    st.session_state[PENDING] = known
    fresh: list[tuple[str, bytes, str | None]] = [
        (f.name, f.getvalue(), None) for f in files if f.name not in dict(known)
    ]
    if fresh:
        show(ingest(fresh))
if st.session_state.get(PENDING):
    with st.form("same_name"):
        st.markdown("**An article was already uploaded under these names.**")
        choice = {
            name: st.radio(name, [AS_NEW, REPLACE], horizontal=True, key=f"same:{name}")
            for name, _ in st.session_state[PENDING]
        }
        decided = st.form_submit_button("Ingest these files")
    if decided:
        store = data.current_store()
        pending = st.session_state.pop(PENDING)
        show(
            ingest(
                [
                    (
                        name,
                        raw,
                        store.uploaded_as(upload_name(name))[-1]["key"]
                        if choice[name] == REPLACE
                        else None,
                    )
                    for name, raw in pending
                ]
            )
        )

with st.form("paste"):
    st.markdown("**Paste an article**")
    title = st.text_input("Title")
    when = st.date_input(
        "Publication date",
        value=None,
        format="YYYY-MM-DD",
        min_value=date(*state.ANY_MIN),
        max_value=date(*state.ANY_MAX),
        help="Leave empty if unknown: only explicit dates in the text are used.",
    )
    source = st.text_input("Source (outlet)")
    text = st.text_area("Text", height=200, placeholder="CITY — What happened, when and where.")
    pasted = st.form_submit_button("Add article")
if pasted and not text.strip():
    # a paste has no header, so the readers' "no article text after the header" misleads
    st.warning("The text is empty: paste the article's text to add it.")
elif pasted:
    try:
        # the date as a value, never a text header (the text is stored as pasted)
        article = parse_article(
            text,
            path=f"paste:{title or 'untitled'}",
            title=title,
            source=source,
            published=when if isinstance(when, date) else None,
            headers=False,
            refuse_future=True,
        )  # as every file format: a typo'd year is refused
        show([data.current_pipeline().add_file(FileRead(title or "pasted text", [article]))])
    except ArticleError as exc:
        st.error(f"Not added: {data.md(exc.reason)}")
