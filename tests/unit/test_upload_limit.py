"""The browser's upload limit lets every file the readers take reach them, so that a file
over its own limit is refused with a reason instead of being dropped by Streamlit unseen."""

from __future__ import annotations

import tomllib

from dashboard.articles.formats import MAX_FEED_BYTES
from dashboard.articles.reader import MAX_BYTES
from dashboard.paths import REPO_ROOT


def test_streamlit_takes_uploads_as_large_as_the_largest_file_a_reader_takes() -> None:
    config = tomllib.loads((REPO_ROOT / ".streamlit" / "config.toml").read_text())
    limit = config["server"]["maxUploadSize"] * 1024 * 1024  # Streamlit counts in MB
    assert limit >= MAX_FEED_BYTES > MAX_BYTES
