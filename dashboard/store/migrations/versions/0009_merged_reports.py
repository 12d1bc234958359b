"""``merged_reports``: the reports of happenings of two or more, for the map's counts.

The map's happening counts per place and its headline counted distinct happenings over
every matching event (``happening_queries``): 2-4.6 s at 1M events on SQLite even with
0008's covering indexes. A happening of one report counts as its event, which the counts
per place already have, so only the reports of merged happenings are read to take off the
repeats (``store/merged.py`` gives the rule and keeps the table on write).

Columns: ``event_id`` (primary key), ``happening_id``, and the event's ``location_id``,
``date_start``, ``date_end``, ``event_code``, ``geo_precision`` and ``unreal`` as in
``events``; two covering indexes, led by (place, happening) and by happening, so the
counts read no row (and a regrouping deletes by happening). Filled here from
``event_happenings``.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


_COPIED = ["unreal", "date_end", "date_start", "event_code", "geo_precision"]
_INDEXES = {  # covering: the counts read no row (a regrouping deletes by happening)
    "ix_merged_reports_place": ["location_id", "happening_id", *_COPIED],
    "ix_merged_reports_happening": ["happening_id", *_COPIED, "location_id"],
}


def upgrade() -> None:
    op.create_table(
        "merged_reports",
        sa.Column(
            "event_id",
            sa.String(32),
            sa.ForeignKey("events.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("happening_id", sa.String(16), nullable=False),
        sa.Column("location_id", sa.String(64)),
        sa.Column("date_start", sa.Date, nullable=False),
        sa.Column("date_end", sa.Date, nullable=False),
        sa.Column("event_code", sa.String(16), nullable=False),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("unreal", sa.Boolean, nullable=False),
    )
    for name, cols in _INDEXES.items():
        op.create_index(name, "merged_reports", cols)
    _fill()


def _fill() -> None:
    # frozen here as this release lays the rows out (``store.merged.source``)
    link = sa.table("event_happenings", sa.column("event_id"), sa.column("happening_id"))
    ev = sa.table(
        "events",
        *(
            sa.column(c)
            for c in (
                "id",
                "location_id",
                "date_start",
                "date_end",
                "event_code",
                "geo_precision",
                "unreal",
            )
        ),
    )
    out = sa.table(
        "merged_reports",
        *(
            sa.column(c)
            for c in (
                "event_id",
                "happening_id",
                "location_id",
                "date_start",
                "date_end",
                "event_code",
                "geo_precision",
                "unreal",
            )
        ),
    )
    merged = (
        sa.select(link.c.happening_id).group_by(link.c.happening_id).having(sa.func.count() > 1)
    )
    rows = (
        sa.select(
            ev.c.id,
            link.c.happening_id,
            ev.c.location_id,
            ev.c.date_start,
            ev.c.date_end,
            ev.c.event_code,
            ev.c.geo_precision,
            ev.c.unreal,
        )
        .join(link, link.c.event_id == ev.c.id)
        .where(link.c.happening_id.in_(merged))
    )
    op.get_bind().execute(out.insert().from_select([c.name for c in out.c], rows))


def downgrade() -> None:
    for name in _INDEXES:
        op.drop_index(name, "merged_reports")
    op.drop_table("merged_reports")
