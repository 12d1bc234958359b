"""The store's tables as the first release (before migrations) created them: copied from
that release's dashboard/store/db.py, to build an old store that the upgrade must carry
forward. Do not change: it is history."""

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
    sa.Column("event_code", sa.String(4), nullable=False),
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
    sa.Column("kind", sa.String(8), nullable=False),  # "place" or "date"
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
