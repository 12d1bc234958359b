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


def event_hash(key: str) -> str:
    """An event id: "e" and the first 12 hex digits of ``key``'s SHA-256 (``finishing._event_id``
    builds the key from the article, the code and the trigger's offset)."""
    return "e" + hashlib.sha256(key.encode()).hexdigest()[:12]


def unique_ids(events: list[Event]) -> list[Event]:
    """``events`` in order, each later event whose id an earlier one holds given a new id
    (``event_hash``): its first id and its rank among the twins."""
    seen: dict[str, int] = {}
    out: list[Event] = []
    for ev in events:
        n = seen.get(ev.id, 0)
        seen[ev.id] = n + 1
        if n:
            ev = replace(ev, id=event_hash(f"{ev.id}:{n}"))
        out.append(ev)
    return out
