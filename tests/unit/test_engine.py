"""Which errors a writer retries, on both backends, and what a message may show."""

from __future__ import annotations

import pytest
from sqlalchemy import exc

from dashboard.errors import StoreError
from dashboard.store.engine import is_transient, masked, retry


class PgError(Exception):
    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"pg error {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("orig", "transient"),
    [
        (PgError("40001"), True),  # serialization failure
        (PgError("40P01"), True),  # deadlock detected
        (PgError("23505"), True),  # unique violation: a racing writer inserted it first
        (PgError("08006"), True),  # connection failure
        (PgError("23503"), False),  # foreign key violation: a bug, not a race
        (PgError("42P01"), False),  # undefined table
        (Exception("database is locked"), True),
        (Exception("UNIQUE constraint failed: places.id"), True),
        (Exception("no such table: articles"), False),
    ],
)
def test_transient_errors_of_both_backends(orig: Exception, transient: bool) -> None:
    assert is_transient(exc.OperationalError("INSERT …", {}, orig)) is transient


def test_retry_retries_a_race_and_gives_up_on_a_bug() -> None:
    calls = []

    def flaky() -> str:
        calls.append(1)
        if len(calls) < 3:
            raise exc.IntegrityError("INSERT …", {}, PgError("40P01"))
        return "stored"

    assert retry(flaky) == "stored"
    assert len(calls) == 3

    def broken() -> None:
        raise exc.IntegrityError("INSERT …", {}, PgError("23503"))

    with pytest.raises(StoreError, match="pg error 23503"):
        retry(broken)


def test_masked_urls_hide_only_the_password() -> None:
    assert (
        masked("postgresql+psycopg://news:pw@db:5432/geo")
        == "postgresql+psycopg://news:***@db:5432/geo"
    )
    assert masked("sqlite:////tmp/x.db") == "sqlite:////tmp/x.db"
