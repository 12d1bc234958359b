"""A throwaway PostgreSQL server for the tests: Debian's binaries, a temporary folder, a
free loopback port, trust authentication, no fsync; stopped and deleted at the end.

``initdb`` and ``postgres`` refuse to run as root, so as root they run as the ``postgres``
user (created by Debian's package) through ``runuser``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

INSTALL_HINT = "PostgreSQL tests need Debian's postgresql package (apt-get install postgresql)"


def bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/<version>/bin`` that has ``initdb``, if any."""
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return found[-1].parent if found else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Server:
    """``Server.start()`` → ``.new_database()`` URLs → ``.stop()``."""

    def __init__(self, bindir: Path) -> None:
        self.bindir = bindir
        self.root = Path(tempfile.mkdtemp(prefix="geonews-pg-"))
        self.port = _free_port()
        self.proc: subprocess.Popen[bytes] | None = None
        self._as_user = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def _run(self, *cmd: str) -> None:
        subprocess.run([*self._as_user, *cmd], check=True, capture_output=True, timeout=120)

    def start(self) -> Server:
        if self._as_user:
            shutil.chown(self.root, "postgres")
        data = self.root / "data"
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
            "--locale=C",
        )
        self.proc = subprocess.Popen(
            [
                *self._as_user,
                str(self.bindir / "postgres"),
                "-D",
                str(data),
                "-p",
                str(self.port),
                "-k",
                str(self.root),
                "-c",
                "listen_addresses=127.0.0.1",
                "-c",
                "fsync=off",
                "-c",
                "synchronous_commit=off",
                "-c",
                "full_page_writes=off",
                "-c",
                "max_connections=60",
                "-c",
                "shared_buffers=16MB",
            ],
            stdout=subprocess.DEVNULL,
            stderr=(self.root / "log").open("wb"),
        )
        self._wait()
        return self

    def _wait(self) -> None:
        import psycopg

        deadline = time.monotonic() + 60
        while True:
            try:
                psycopg.connect(self.admin_dsn(), connect_timeout=2).close()
                return
            except psycopg.OperationalError:
                if time.monotonic() > deadline or (self.proc and self.proc.poll() is not None):
                    log = (self.root / "log").read_text(errors="replace")[-2000:]
                    raise RuntimeError(f"PostgreSQL did not start:\n{log}") from None
                time.sleep(0.2)

    def admin_dsn(self) -> str:
        return f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres"

    def new_database(self) -> str:
        """A fresh, empty database; its SQLAlchemy URL."""
        import psycopg

        name = f"t_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(self.admin_dsn(), autocommit=True) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            try:  # "fast" shutdown: ends open sessions, no waiting for clients
                self._run(
                    str(self.bindir / "pg_ctl"), "-D", str(self.root / "data"), "stop", "-m", "fast"
                )
                self.proc.wait(timeout=30)
            except (subprocess.SubprocessError, OSError):
                self.proc.send_signal(signal.SIGKILL)
        shutil.rmtree(self.root, ignore_errors=True)
