"""A store at the newest revision opens without Alembic; any other goes through it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import sqlalchemy as sa

from dashboard.store import migrate
from dashboard.store.db import Store

ROOT = Path(__file__).resolve().parents[2]

_OPEN = """
import sys
from dashboard.store.db import Store
Store(sys.argv[1])
print(",".join(sorted(m for m in sys.modules if m.split(".")[0] in ("alembic", "mako"))))
"""


def _loaded_on_open(db: Path) -> str:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [sys.executable, "-c", _OPEN, str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_the_newest_revision_is_read_from_the_script_names() -> None:
    assert migrate.newest() == migrate.head()
    for path in migrate.VERSIONS.glob("[0-9]*_*.py"):
        assert f'revision = "{path.name[:4]}"' in path.read_text(encoding="utf-8")


def test_a_current_store_opens_without_alembic(tmp_path: Path) -> None:
    db = tmp_path / "current.db"
    Store(str(db)).engine.dispose()
    assert _loaded_on_open(db) == ""


def test_a_store_behind_is_still_upgraded(tmp_path: Path) -> None:
    db = tmp_path / "behind.db"
    store = Store(str(db))
    with store.engine.begin() as conn:
        conn.execute(sa.text("UPDATE alembic_version SET version_num = '0022'"))
    store.engine.dispose()
    assert "alembic" in _loaded_on_open(db).split(",")
    with Store(str(db)).engine.connect() as conn:
        version = conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()
    assert version == migrate.head()
