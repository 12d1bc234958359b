"""``ix_events_place_start``: the events of one place in a range of start days, from an index.

The cards of happenings of any number of reports (``happening_queries.happening_cards`` with
``min_reports`` 1) read the newest days of a busy view first, a window of start days at a
time (``_newest``). Without a place that range comes from ``ix_events_date_start``; at a
place no index held both, and SQLite read every event of the place, on every date, per
window (the busiest place of a 1M-event store: 87k events, 0.35 s a window). This index is
led by the place then the start day and holds the columns the other filters test (end day,
negation, type, precision) and the id the happening link joins on, so a window at a place
reads no event row.

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

NAME = "ix_events_place_start"
COLUMNS = ["location_id", "date_start", "date_end", "unreal", "event_code", "geo_precision", "id"]


def upgrade() -> None:
    # a store re-stamped to an older revision (a test's, or a restore) may hold it already
    if NAME not in {ix["name"] for ix in sa.inspect(op.get_bind()).get_indexes("events")}:
        op.create_index(NAME, "events", COLUMNS)


def downgrade() -> None:
    op.drop_index(NAME, "events")
