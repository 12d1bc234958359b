"""What a first paint of the app (or the floor) receives, by file and by page element.

    python bench/scale_bytes.py --db /tmp/s1m.db [--target app|floor]

``bench/scale_browser.py`` counts the bytes of each step; this says what they are. One
server of ``--target`` on the store (made current first, as the benches do), one cold and
one warm page load in Chromium (the same pages and the same wait as ``scale_browser``'s
first paint), and per load: the seconds, the HTTP bodies per URL (Streamlit's static
files, the app's own, the component's), and the WebSocket messages (Streamlit's
``ForwardMsg``) summed per element type (``component_instance:streamlit_folium...``
is the map and its places layer). Prints JSON: per load ``s``, ``http_bytes``,
``ws_bytes``, ``http`` (the largest files, ``[bytes, path]``) and ``ws`` (``[bytes,
element]``). Streamlit sends a large unchanged element again by reference only, so the
warm load's WebSocket bytes are the first load's.
"""

from __future__ import annotations

import argparse
import base64
import json
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from playwright.sync_api import sync_playwright  # noqa: E402
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg  # noqa: E402

from bench.browser_timings import _launch, _offline_page  # noqa: E402
from bench.scale_browser import Expected, Server, first_paint  # noqa: E402
from dashboard.store.db import Store  # noqa: E402


def element(raw: bytes) -> str:
    """The kind of one WebSocket message: its element type, the component's name too."""
    msg = ForwardMsg()
    try:
        msg.ParseFromString(raw)
    except Exception:  # not a ForwardMsg: counted apart
        return "unparsed"
    kind = msg.WhichOneof("type") or "?"
    if kind != "delta":
        return kind
    delta = msg.delta.WhichOneof("type") or "?"
    if delta != "new_element":
        return delta
    el = msg.delta.new_element.WhichOneof("type") or "?"
    if el == "component_instance":
        el += ":" + msg.delta.new_element.component_instance.component_name
    return el


def loads(db: str, target: str, top: int) -> dict[str, Any]:
    want = Expected.of(Store(db))
    server = Server(target, db, Path(tempfile.mkdtemp(prefix="scale_bytes_")))
    out: dict[str, Any] = {"target": target}
    try:
        with sync_playwright() as p:
            browser = _launch(p)
            for load in ("cold", "warm"):
                ctx, page = _offline_page(browser)
                cdp = page.context.new_cdp_session(page)
                cdp.send("Network.enable")
                urls: dict[str, str] = {}
                http: Counter[str] = Counter()
                ws: Counter[str] = Counter()

                def got(e: dict[str, Any], urls: dict = urls, http: Counter = http) -> None:
                    url = urls.get(e["requestId"], "?").split("://", 1)[-1]
                    http[url.split("/", 1)[-1]] += int(e.get("encodedDataLength", 0))

                def frame(e: dict[str, Any], ws: Counter = ws) -> None:
                    raw = base64.b64decode(e["response"]["payloadData"])
                    ws[element(raw)] += len(raw)

                cdp.on(
                    "Network.responseReceived",
                    lambda e, urls=urls: urls.__setitem__(e["requestId"], e["response"]["url"]),
                )
                cdp.on("Network.loadingFinished", got)
                cdp.on("Network.webSocketFrameReceived", frame)
                t = time.monotonic()
                took = first_paint(page, server.url, want, target)
                page.wait_for_timeout(1000)  # messages of the run the map's view started
                out[load] = {
                    "s": round(took, 3),
                    "wall_s": round(time.monotonic() - t, 3),
                    "http_bytes": sum(http.values()),
                    "ws_bytes": sum(ws.values()),
                    "http": [[n, u] for u, n in http.most_common(top)],
                    "ws": [[n, k] for k, n in ws.most_common(top)],
                }
                ctx.close()
            browser.close()
    finally:
        server.stop()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a store bench/scale.py built (path or URL)")
    ap.add_argument("--target", choices=("app", "floor"), default="app")
    ap.add_argument("--top", type=int, default=15, help="files and elements listed")
    args = ap.parse_args()
    from bench.scale_stores import prepare

    prepare(str(args.db))
    print(json.dumps(loads(str(args.db), args.target, args.top), indent=1))


if __name__ == "__main__":
    main()
