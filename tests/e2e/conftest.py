"""Real-browser fixtures: `make run` on a free port, Debian's Chromium, no network but localhost."""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
MAP_IFRAME = 'iframe[title="streamlit_folium.st_folium"]'
NOT_LOCAL = re.compile(r"^(?!https?://(?:127\.0\.0\.1|localhost)(?::\d+)?/)(?:https?|wss?)://")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_healthy(url: str, proc: subprocess.Popen, log: Path, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"`make run` exited with {proc.returncode}:\n{log.read_text()[-3000:]}"
            )
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.read() == b"ok":
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"app not healthy after {timeout}s:\n{log.read_text()[-3000:]}")


@pytest.fixture(scope="session")
def app_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`make run` exactly as a user types it, with its own port and store."""
    tmp = tmp_path_factory.mktemp("e2e")
    port = free_port()
    log = tmp / "make-run.log"
    env = {
        **os.environ,
        "STREAMLIT_SERVER_PORT": str(port),
        "GEONEWS_DB": str(tmp / "e2e.db"),
        "STREAMLIT_SERVER_ADDRESS": "127.0.0.1",
    }
    with log.open("w") as out:
        proc = subprocess.Popen(
            ["make", "run"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(url, proc, log)
        yield url
    finally:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)


@pytest.fixture(scope="session")
def pw() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(pw: Playwright) -> Iterator[Browser]:
    b = pw.chromium.launch(
        executable_path=CHROMIUM,
        args=[
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-quic",
        ],
    )
    yield b
    b.close()


class Offline:
    def __init__(self) -> None:
        self.aborted: list[str] = []


@pytest.fixture
def offline() -> Offline:
    return Offline()


@pytest.fixture
def context(browser: Browser, offline: Offline) -> Iterator[BrowserContext]:
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})

    def abort(route) -> None:  # type: ignore[no-untyped-def]
        offline.aborted.append(route.request.url)
        route.abort()

    # only non-local requests are intercepted: routing every request slows Streamlit's chunks
    ctx.route(NOT_LOCAL, abort)
    yield ctx
    ctx.close()


@pytest.fixture
def page(context: BrowserContext) -> Page:
    return context.new_page()


def wait_ready(page: Page) -> None:
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=60_000
    )
    page.wait_for_selector("[data-test-script-state='notRunning']", timeout=60_000)
    page.frame_locator(MAP_IFRAME).locator("canvas").first.wait_for(timeout=30_000)
    # the map's first report reruns its fragment: a click in that rerun can be lost
    wait_settled(page, quiet_s=1.0)


def wait_settled(page: Page, quiet_s: float = 1.5, timeout_s: float = 60) -> None:
    """Wait until no script run (the page's or a fragment's) has been seen for `quiet_s` seconds.

    The map reports its first view back to the app, which reruns its fragment just after
    `wait_ready`; a download button clicked during a rerun asks for a file id that the rerun
    has replaced, and Streamlit drops that click ("A click that still holds the old id fails
    until the browser receives the new delta": streamlit/runtime/media_file_manager.py).

    Raises AssertionError when the app is still running scripts after `timeout_s` seconds.
    """
    state = page.locator("[data-test-script-state]").first
    deadline = time.monotonic() + timeout_s
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        if state.get_attribute("data-test-script-state") != "notRunning":
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= quiet_s:
            return
        page.wait_for_timeout(100)
    raise AssertionError(f"the app was still running scripts after {timeout_s} s")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # a `pytestmark` here would not reach the test modules: mark everything under e2e/
    here = Path(__file__).parent
    for item in items:
        if Path(str(item.fspath)).is_relative_to(here):
            item.add_marker(pytest.mark.e2e)
