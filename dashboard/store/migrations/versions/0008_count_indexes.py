"""Covering indexes for the counts per place (``queries.place_counts``, the map's markers).

The counts per place are events grouped by (location, type). At 1M events reading them
took 6-21 s, most of it fetching a wide event row and then its location link per event;
these indexes hold every column the counts read, so no event row is fetched:

- ``ix_events_place_cover`` (location_id, event_code, unreal): the whole store's counts
  in one pass already in group order (no sort of every event).
- ``ix_events_end_cover`` (date_end, date_start, unreal, event_code, location_id, id)
  replaces ``ix_events_end_unreal`` (its first three columns, so ``event_counts`` still
  reads only an index): a date range's locations and types, and the ids the happenings
  join on, from the index.
- ``ix_event_happenings_event`` (event_id, happening_id): the happenings of the matching
  events (``happening_queries.place_counts``) without reading the rows.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_END_UNREAL = ["date_end", "date_start", "unreal"]
_NEW = {
    "ix_events_place_cover": ("events", ["location_id", "event_code", "unreal"]),
    "ix_events_end_cover": ("events", [*_END_UNREAL, "event_code", "location_id", "id"]),
    "ix_event_happenings_event": ("event_happenings", ["event_id", "happening_id"]),
}


def upgrade() -> None:
    for name, (table, cols) in _NEW.items():
        op.create_index(name, table, cols)
    op.drop_index("ix_events_end_unreal", "events")


def downgrade() -> None:
    op.create_index("ix_events_end_unreal", "events", _END_UNREAL)
    for name, (table, _cols) in _NEW.items():
        op.drop_index(name, table)
