"""Alembic revisions of the store's schema; ``dashboard.store.migrate`` runs them."""
