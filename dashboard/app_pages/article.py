"""Article view: the text with every recognised place highlighted, and its events."""

from __future__ import annotations

import streamlit as st

from dashboard.articles.urls import http_url
from dashboard.store.queries import article_cards
from dashboard.ui import data
from dashboard.ui.cards import CSS, card_row, cards_html, highlight

article_id = st.query_params.get("article")
store = data.current_store()
row = store.article(article_id) if article_id else None
if row is None:
    st.info("Open an article from an event card's *read the article* link, or pick one below.")
    rows = store.article_rows()
    labels = {r["id"]: f"{r['published'] or 'undated'} · {r['title']}" for r in rows}
    choice = st.selectbox("Article", list(labels), format_func=lambda i: labels[i], index=None)
    if choice:
        st.query_params["article"] = choice
        st.rerun()
    st.stop()

st.markdown(f"#### {data.md(row['title'])}")
meta = " · ".join(
    str(x) for x in (row["published"] or "no publication date", row["source"], row["url"]) if x
)
link = http_url(row["url"])
if link:
    # escaped text is auto-linked by the renderer with its backslashes ("example%5C.org"):
    # an explicit link keeps the target as stored; a javascript: URL stays escaped text
    shown = " · ".join(
        str(x) for x in (row["published"] or "no publication date", row["source"]) if x
    )
    target = link.replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    st.caption(f"{data.md(shown)} · [{data.md(link)}](<{target}>)")
else:
    st.caption(data.md(meta))
mentions = store.mention_rows(row["id"])
spans = [(m["start"], m["end"]) for m in mentions if m["place_id"]]
left, right = st.columns([3, 2], gap="medium")
with left:
    paragraphs = highlight(row["text"], spans).split("\n")
    st.html(
        CSS
        + '<div class="gn-article" style="font-size:1rem;line-height:1.6">'
        + "".join(f"<p>{p}</p>" for p in paragraphs if p.strip())
        + "</div>"
    )
    st.caption(f"{len(spans)} place mention(s) highlighted.")
with right:
    mine = article_cards(store, row["id"])
    st.markdown(f"**{len(mine)} event(s) in this article**")
    st.html(cards_html([card_row(c) for c in mine]))
    st.markdown("**Places**")
    st.dataframe(
        [
            {
                "text": m["text"],
                "place": m["name"] or "unresolved",
                "score": m["score"],
                "reason": m["reason"],
            }
            for m in mentions
        ],
        hide_index=True,
        width="stretch",
    )
