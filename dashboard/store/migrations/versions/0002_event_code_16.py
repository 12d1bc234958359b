"""Widen ``events.event_code`` from 4 to 16 characters: non-CAMEO types such as ``DIS-FLOOD``.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite never enforces a VARCHAR length (the column has TEXT affinity), and rebuilding
    # `events` there would cascade-delete event_places: only servers that check lengths change
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("events", "event_code", type_=sa.String(16), existing_nullable=False)


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.alter_column("events", "event_code", type_=sa.String(4), existing_nullable=False)
