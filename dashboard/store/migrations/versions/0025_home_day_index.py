"""An index of the happenings' links by type and day, for a home report's day query.

A home report (``happenings.homes``: an act of force placed by the outlet's dateline alone at
the country of who did it) names no place of the act, so its regroup loads the acts of force
of every place cell on its day (``happening_neighbours._home_days``: root in 18-20, start
within the week before the day, end on or after it). ``ix_event_happenings_block`` (root,
cell, date_start) bounds only the root there, so the query read every act of force in the
store (at 100k events about 15,000 index entries a query, at 1M about 150,000).
``ix_event_happenings_day`` (root, date_start, date_end) reads the week's acts and tests
their ends in the index: the same rows, at a cost that follows the acts of that week, not
the store's size.

Revision ID: 0025
Revises: 0024
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None

DAY = ["root", "date_start", "date_end"]


def upgrade() -> None:
    # a store re-stamped to an older revision (a test's, or a restore) may be past this already
    have = {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes("event_happenings")}
    if "ix_event_happenings_day" not in have:
        op.create_index("ix_event_happenings_day", "event_happenings", DAY)


def downgrade() -> None:
    op.drop_index("ix_event_happenings_day", "event_happenings")
