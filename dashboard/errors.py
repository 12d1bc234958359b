"""One exception tree. "Not found" is ``None``, never an exception."""

from __future__ import annotations


class DashboardError(Exception):
    """Root of every error the data layer raises on purpose."""


class ArticleError(DashboardError, ValueError):
    """An article file could not be read; the message names the file and the reason."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class GazetteerError(DashboardError, RuntimeError):
    """The gazetteer data is missing or malformed."""


class StoreError(DashboardError, RuntimeError):
    """The SQL store could not be opened or written."""
