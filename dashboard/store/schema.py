"""The store's tables as the newest migration leaves them (``migrations/versions``).

Changing a table here needs a migration beside it: ``Store`` refuses to open a store whose
schema revision it does not know, and upgrades older ones in place.
"""

from __future__ import annotations

import sqlalchemy as sa

meta = sa.MetaData()

articles = sa.Table(
    "articles",
    meta,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column(
        "key", sa.String(1024), nullable=False, index=True
    ),  # file path or URL: what "edited" means
    sa.Column("title", sa.Text, nullable=False),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("published", sa.Date, nullable=True),
    sa.Column("source", sa.Text, nullable=False, default=""),
    sa.Column("url", sa.Text, nullable=False, default=""),
    sa.Column("flags", sa.Text, nullable=False, default="[]"),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
    sa.Column("analysis", sa.String(32)),  # fingerprint of the reader that made its events (0003)
)
places = sa.Table(
    "places",
    meta,
    sa.Column("id", sa.String(64), primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("country_code", sa.String(8)),
    sa.Column("geo_precision", sa.Integer, nullable=False),
    sa.Column("geonameid", sa.Integer),
    sa.Column("geometry", sa.Text),  # GeoJSON geometry for areas, NULL for points
)
mentions = sa.Table(
    "mentions",
    meta,
    sa.Column(
        "article_id",
        sa.String(32),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("start", sa.Integer, primary_key=True),
    sa.Column("end", sa.Integer, primary_key=True),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("place_id", sa.String(64), sa.ForeignKey("places.id")),
    sa.Column("score", sa.Float, nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("candidates", sa.Text, nullable=False, default="[]"),
)
events = sa.Table(
    "events",
    meta,
    sa.Column("id", sa.String(32), primary_key=True),
    sa.Column(
        "article_id",
        sa.String(32),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    sa.Column("summary", sa.Text, nullable=False),
    sa.Column("date_start", sa.Date, nullable=False, index=True),
    sa.Column("date_end", sa.Date, nullable=False, index=True),
    sa.Column("time_precision", sa.Integer, nullable=False),
    sa.Column("date_text", sa.Text),
    sa.Column("date_reason", sa.Text, nullable=False),
    sa.Column("event_code", sa.String(16), nullable=False),  # widened in 0002 for DIS-… codes
    sa.Column("event_name", sa.Text, nullable=False),
    sa.Column("actors", sa.Text, nullable=False),
    sa.Column("actor_countries", sa.Text, nullable=False, default="[]"),
    sa.Column("reference_date", sa.Date, nullable=False),  # ACLED's single date for the range
    sa.Column("location_id", sa.String(64), sa.ForeignKey("places.id")),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("location_reason", sa.Text, nullable=False),
    sa.Column("location_text", sa.Text),
    sa.Column("evidence", sa.Text, nullable=False),
    sa.Column("flags", sa.Text, nullable=False),
    sa.Column("alt_dates", sa.Text, nullable=False),
    sa.Column("detail", sa.Text, nullable=False),  # the full JSON record of the events contract
    sa.Column("search_text", sa.Text),  # summary + evidence, what the text filter searches (0004)
    sa.Column(
        "unreal", sa.Boolean, nullable=False, server_default=sa.false()
    ),  # negated or hypothetical (0006)
)
event_places = sa.Table(
    "event_places",
    meta,
    sa.Column(
        "event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("place_id", sa.String(64), sa.ForeignKey("places.id"), primary_key=True, index=True),
    sa.Column("role", sa.String(12), nullable=False),  # "location" or "mentioned"
)


corrections = sa.Table(
    "corrections",
    meta,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("kind", sa.String(8), nullable=False),  # "place", "date"; "split", "join" (0005)
    sa.Column("key", sa.Text, nullable=False, index=True),  # folded place name, or an event id
    sa.Column("place_id", sa.String(64)),  # a gazetteer place, or a user point below
    sa.Column("name", sa.Text),
    sa.Column("lat", sa.Float),
    sa.Column("lon", sa.Float),
    sa.Column("date_start", sa.Date),
    sa.Column("date_end", sa.Date),
    sa.Column("time_precision", sa.Integer),
    sa.Column("created_at", sa.DateTime, nullable=False),
)
article_copies = sa.Table(
    "article_copies",
    meta,  # other outlets carrying an article's very text (0007)
    sa.Column(
        "article_id",
        sa.String(32),
        sa.ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    sa.Column("key", sa.String(1024), primary_key=True),  # the copy's own file or URL
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("ingested_at", sa.DateTime, nullable=False),
    sa.Index("ix_article_copies_key", "key"),
)
happenings = sa.Table(
    "happenings",
    meta,
    sa.Column("id", sa.String(16), primary_key=True),
    sa.Column("root", sa.String(16), nullable=False),  # CAMEO root or DIS- code
    sa.Column("date_start", sa.Date, nullable=False),  # the best-supported date (0005)
    sa.Column("date_end", sa.Date, nullable=False),
    sa.Column("time_precision", sa.Integer, nullable=False),
    sa.Column("location_id", sa.String(64)),  # the best-supported place
    sa.Column("geo_precision", sa.Integer),
    sa.Column("reports", sa.Integer, nullable=False),  # events
    sa.Column("articles", sa.Integer, nullable=False),
    sa.Column("sources", sa.Integer, nullable=False),  # outlets, a wire copy counted once
    sa.Column("detail", sa.Text, nullable=False),  # JSON: outlets, event ids, disagreements
    sa.Index("ix_happenings_dates", "date_start", "date_end"),
)
event_happenings = sa.Table(
    "event_happenings",
    meta,
    sa.Column(
        "event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("happening_id", sa.String(16), nullable=False, index=True),
    sa.Column("root", sa.String(16), nullable=False),  # the merge's blocking key: root, cell, dates
    sa.Column("cell", sa.String(64), nullable=False),
    sa.Column("date_start", sa.Date, nullable=False),
    sa.Column("date_end", sa.Date, nullable=False),
    sa.Column("score", sa.Float, nullable=False),  # how the event joined its happening
    sa.Column("reason", sa.Text, nullable=False),
    sa.Index("ix_event_happenings_block", "root", "cell", "date_start"),
    # a home report's day across every cell (``happening_neighbours._home_days``, 0025)
    sa.Index("ix_event_happenings_day", "root", "date_start", "date_end"),
)
merged_reports = sa.Table(
    "merged_reports",
    meta,  # the reports of happenings of two or more, as the map filters them (0009)
    sa.Column(
        "event_id", sa.String(32), sa.ForeignKey("events.id", ondelete="CASCADE"), primary_key=True
    ),
    sa.Column("happening_id", sa.String(16), nullable=False),
    sa.Column("location_id", sa.String(64)),  # events.location_id, and the columns below as there
    sa.Column("date_start", sa.Date, nullable=False),
    sa.Column("date_end", sa.Date, nullable=False),
    sa.Column("event_code", sa.String(16), nullable=False),
    sa.Column("geo_precision", sa.Integer),
    sa.Column("unreal", sa.Boolean, nullable=False),
    # covering: the counts group by (place, happening) or by happening without a row read;
    # a regrouping deletes by happening through the second
    sa.Index(
        "ix_merged_reports_place",
        "location_id",
        "happening_id",
        "unreal",
        "date_end",
        "date_start",
        "event_code",
        "geo_precision",
    ),
    sa.Index(
        "ix_merged_reports_happening",
        "happening_id",
        "unreal",
        "date_end",
        "date_start",
        "event_code",
        "geo_precision",
        "location_id",
    ),
)
