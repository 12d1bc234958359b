"""One id per event of an article. ``finishing._event_id`` hashes the article, the code and
the trigger's offset, so two events read from one trigger (a second date told for the same
verb: "warrants issued by a court in 2018 and 2021") came out with the same id, and the store,
whose ``events.id`` is a primary key, refused the whole article for it. The first keeps its
id, so users' corrections keyed by it hold; each later twin gets the hash of that id and its
rank among the twins, the same on every run of the same text.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from dashboard.model import Event


def unique_ids(events: list[Event]) -> list[Event]:
    """``events`` in order, each later event whose id an earlier one holds given a new id
    ("e" and 12 hex digits, as ``_event_id``): its first id and its rank among the twins."""
    seen: dict[str, int] = {}
    out: list[Event] = []
    for ev in events:
        n = seen.get(ev.id, 0)
        seen[ev.id] = n + 1
        if n:
            twin = "e" + hashlib.sha256(f"{ev.id}:{n}".encode()).hexdigest()[:12]
            ev = replace(ev, id=twin)
        out.append(ev)
    return out
