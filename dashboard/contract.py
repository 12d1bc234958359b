"""The JSON records of the command-line contracts (geoparse and events). Keep them exact:
other tools parse these lines."""

from __future__ import annotations

from typing import Any

from dashboard.model import Event, Mention


def place_record(m: Mention) -> dict[str, Any]:
    record = _place_fields(m)
    if m.demonym:  # only with geoparse --demonyms; without it the record is unchanged
        record["demonym"] = True
    return record


def _place_fields(m: Mention) -> dict[str, Any]:
    p = m.place
    return {
        "start": m.start,
        "end": m.end,
        "text": m.text,
        "name": p.name if p else m.text,
        "lat": p.lat if p else None,
        "lon": p.lon if p else None,
        "kind": p.kind if p else "region",
        "geo_precision": p.geo_precision if p else 3,
        "country_code": p.country_code if p else None,
        "geonameid": p.geonameid if p else None,
        "score": m.score,
        "reason": m.reason,
    }


def event_record(ev: Event) -> dict[str, Any]:
    main = ev.evidence[0]
    return {
        "id": ev.id,
        "article_id": ev.article_id,
        "summary": ev.summary,
        "date_start": ev.when.start.isoformat(),
        "date_end": ev.when.end.isoformat(),
        "time_precision": ev.when.precision,
        "date_text": ev.when.text,
        "date_reason": ev.when.reason,
        "event_type": {"code": ev.event_type.code, "name": ev.event_type.name},
        "actors": list(ev.actors),
        "location": {**place_record(ev.location), "reason": ev.location_reason}
        if ev.location
        else None,
        "places": [place_record(m) for m in ev.places],
        "evidence": {"text": main.text, "start": main.start, "end": main.end},
        "flags": list(ev.flags),
        "event_code": ev.event_code,
        "roles": {
            "source": ev.roles.source,
            "source_country": ev.roles.source_country,
            "target": ev.roles.target,
            "target_country": ev.roles.target_country,
        },
    }
