"""Happenings: reports of one happening grouped across articles (issue 16).

- ``happenings``: one row per happening, with its best-supported date and place, its
  ``sources`` (outlets, a wire copy once), ``reports`` (events) and a JSON ``detail``
  (outlets, disagreements).
- ``event_happenings``: every event's happening, with the score and reason of its join and
  the blocking key the merge looks neighbours up by (root, place cell, dates).

Existing events are grouped here, by the merge rule of this release
(``dashboard.store.happenings.rebuild``), so an upgraded store exports ``happening_id`` at once.

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "happenings",
        sa.Column("id", sa.String(16), primary_key=True),
        sa.Column("root", sa.String(16), nullable=False),
        sa.Column("date_start", sa.Date, nullable=False),
        sa.Column("date_end", sa.Date, nullable=False),
        sa.Column("time_precision", sa.Integer, nullable=False),
        sa.Column("location_id", sa.String(64)),
        sa.Column("geo_precision", sa.Integer),
        sa.Column("reports", sa.Integer, nullable=False),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
    )
    op.create_index("ix_happenings_dates", "happenings", ["date_start", "date_end"])
    op.create_table(
        "event_happenings",
        sa.Column(
            "event_id",
            sa.String(32),
            sa.ForeignKey("events.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("happening_id", sa.String(16), nullable=False, index=True),
        sa.Column("root", sa.String(16), nullable=False),
        sa.Column("cell", sa.String(64), nullable=False),
        sa.Column("date_start", sa.Date, nullable=False),
        sa.Column("date_end", sa.Date, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_index("ix_event_happenings_block", "event_happenings", ["root", "cell", "date_start"])
    from dashboard.store.happenings import rebuild

    rebuild(op.get_bind())


def downgrade() -> None:
    op.drop_index("ix_event_happenings_block", "event_happenings")
    op.drop_table("event_happenings")
    op.drop_index("ix_happenings_dates", "happenings")
    op.drop_table("happenings")
