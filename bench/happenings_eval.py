"""Score the happening merge on hand-grouped report sets (``bench/happenings/README.md``).

    python bench/happenings_eval.py bench/happenings/set_a.jsonl [MORE.jsonl ...] [--keep DIR]

Everything goes through the command line, as a user would: the sets are ingested into one
temporary store (``python -m dashboard ingest``), the events are read back from
``export --format csv`` (its ``happening_id`` column) and ``export --format jsonl`` (the
evidence offsets), and the happenings from ``export --level happening``. Prints JSON:

- ``pairwise``: precision and recall over report pairs (a pair is predicted together when
  both readings are one happening, gold together when both have one ``happening``);
- ``bcubed``: B-cubed precision, recall and F1 (Bagga and Baldwin 1998, averaged per report);
- ``misses``: reports with no event of their root; ``wrong``: the pairs merged or split wrongly.

A report's reading is the happening of its events whose root is the report's ``root``; over
several happenings, the one holding most of them (ties: the most recent reading, as a report
leads with what is new and an older date is background; then the earliest in the text). A
report without such an event stands alone (a miss: the reader gave it another root), and
``pairwise.recall_readable`` is the recall over the gold pairs whose two reports were both
read with their root: what the merge itself could have found. Before the store had happenings (no ``happening_id``
column) every event is its own happening: that is the baseline.

A wire copy (an article whose very text another outlet's article already holds) is not
stored twice: the store keeps one article and lists the copy's outlet and link with it
(``article_copies``, issue 16: "the same wire text carried by several outlets counts as one
source"), and the happening export gives the copy's link in ``article_urls``. Its report is
read as the article it copies (until the third session, it had no event and stood alone, a
miss, though the store put it in its original's happening).

``lead`` scores a second reading of the same store: a report belongs to the happening of its
lead event, the first event of its root in its text (what a reader skimming the report takes
it to be about), so a background sentence later in a report never pulls it into another
happening. Both readings are printed; the gold is the same.

"Its root" reads as the root's family (``rules.family``) since the rule made CAMEO's three
roots of violence (18, 19, 20) one type: a report about fighting (gold 19) whose reader
coded an assault (18) is read by that event. Every other root is its own family, so the
figures on roots outside 18-20 are as before.

A report none of whose events has its root's family is read by the type the merge gave its
events (``event_happenings.root``, from the eleventh round): a ship taken, coded 181 as a
hijacking by the reader, is merged as a seizure (17, ``rules.merge_root``), so a report of
gold root 17 is found by it. A report with an event of its own root is read as before.

``--why`` adds ``why_missed``: for each gold pair left apart, the first reason the rule gives,
counted over the pairs (no text is printed, so it may run on a blind set). A report's reading
events are those of its root in its predicted happening; of all their cross pairs the one
that passes most steps speaks for the pair. The steps, in the rule's order: ``no event
read`` (the article has no event), ``root differs (read X for Y)``, ``unmergeable date
(month/year)``, ``unreal``, ``no place``, ``place cell differs`` (the blocking key:
country, else the place), ``told apart (cues)``, ``dates disjoint``, ``place too far``,
``actors``, ``score under MIN_SCORE``; a pair the rule accepts was lost in ``grouping``
(complete link or ``MARGIN``), or, when one of the two was taken out of its happening as
placed only at an area holding two acts of its day (``happenings.coarse``), in ``wide place``. Before all of these, ``reading``: the two reports' lead
events are one happening, and the majority reading (a tie taking a report's later event)
chose another: a choice of the scorer's reading, not a refusal of the rule. Details in the rule's terms, never names: for two cells, a
sea's number of shores and whether the land is on them, how many of the two are placed in the
other's actor countries, whether they share a side, and each one's number of actor countries;
for disjoint dates, the gap, the precisions, the magnitudes given and whether the later
report tells an aftermath; for ``actors``, which refusal (two known acting countries, two
meetings of other parties, or disjoint actor countries with both or neither naming who
acted); for ``grouping``, the sizes of the two happenings and how many of
their cross pairs of two articles the rule refuses and how many score under the bar.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any

import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.happenings.rules import family  # noqa: E402

Reading = dict[str, str]  # report id -> predicted happening label
# how ``happenings.coarse`` ends the reason of a report it takes out of a happening
WIDE_REFUSAL = "it could tell either, so it joins neither"


def cli(*args: str) -> str:
    """Run ``python -m dashboard ARGS`` and return its standard output (exit 1 is allowed:
    it means some line was refused, and the scorer counts what went in)."""
    done = subprocess.run(
        [sys.executable, "-m", "dashboard", *args], capture_output=True, text=True, check=False
    )
    if done.returncode not in (0, 1):
        raise SystemExit(f"python -m dashboard {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def load_sets(paths: list[Path]) -> list[dict]:
    reports = [
        json.loads(line)
        for p in paths
        for line in p.read_text("utf-8").splitlines()
        if line.strip()
    ]
    ids = Counter(r["id"] for r in reports)
    urls = Counter(r["url"] for r in reports)
    dupes = [k for k, n in (ids + urls).items() if n > 1]
    if dupes:
        raise SystemExit(f"ids and urls must be unique across the sets: {dupes[:5]}")
    return reports


def readings(reports: list[dict], db: str) -> tuple[Reading, Reading, dict, dict]:
    """Each report's predicted happening (by most events, and by its lead event), and what
    the happening export says, and what ``why_missed`` reads: per report, the ids of the
    events of its reading, or the roots its article was read with when none has its root."""
    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv", "--db", db))))
    starts: dict[str, int] = {}
    for line in cli("export", "--format", "jsonl", "--db", db).splitlines():
        rec = json.loads(line)
        starts[rec["id"]] = rec["evidence"]["start"]
    merged_as = _merged_as(db)
    by_url: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    as_merged: dict[tuple[str, str], list[tuple[int, int, str]]] = defaultdict(list)
    for r in rows:
        label = r.get("happening_id") or f"event:{r['event_id']}"
        newest = -date.fromisoformat(r["date_start"]).toordinal()
        seen = (newest, starts.get(r["event_id"], 0), label)
        by_url[r["article_url"], family(r["cameo_code"])].append(seen)
        as_merged[r["article_url"], _merged_family(r, merged_as)].append(seen)
    copied = _copied(db)
    out: Reading = {}
    lead: Reading = {}
    events_of: dict[str, list[str] | set[str]] = {}
    for rep in reports:
        url = copied.get(rep["url"], rep["url"])
        key = (url, family(rep["root"]))
        own = key in by_url  # read with its root: those events; else as the merge read them
        found = sorted(by_url[key] if own else as_merged.get(key, []))
        if not found:
            out[rep["id"]] = lead[rep["id"]] = f"miss:{rep['id']}"
            events_of[rep["id"]] = {r["cameo_code"] for r in rows if r["article_url"] == url}
            continue
        counts = Counter(label for *_, label in found)
        best = max(counts.values())
        out[rep["id"]] = next(label for *_, label in found if counts[label] == best)
        lead[rep["id"]] = min(found, key=lambda f: f[1])[2]
        events_of[rep["id"]] = [
            r["event_id"]
            for r in rows
            if r["article_url"] == url
            and family(rep["root"])
            == (family(r["cameo_code"]) if own else _merged_family(r, merged_as))
            and (r.get("happening_id") or f"event:{r['event_id']}") == out[rep["id"]]
        ]
    return out, lead, happening_summary(db), events_of


def _merged_family(row: dict, merged_as: dict[str, str]) -> str:
    """The family the merge read an event as (``event_happenings.root``: a vessel taken,
    coded 181 as a hijacking, is merged as a seizure, 17, ``rules.merge_root``). A report
    none of whose events has its root is read by these (from the eleventh round)."""
    return family(merged_as.get(row["event_id"], row["cameo_code"]))


def _merged_as(db: str) -> dict[str, str]:
    """Each event's type as the merge read it (its root, or ``rules.merge_root``'s)."""
    from dashboard.store.db import Store

    with Store(db).engine.connect() as conn:
        q = sa.text("SELECT event_id, root FROM event_happenings")
        return {e: root for e, root in conn.execute(q).all()}


def _copied(db: str) -> dict[str, str]:
    """A wire copy's link -> the link of the stored article whose text it carries."""
    from dashboard.store.db import Store

    with Store(db).engine.connect() as conn:
        return dict(
            conn.execute(
                sa.text(
                    "SELECT c.url, a.url FROM article_copies c JOIN articles a ON a.id = c.article_id"
                )
            ).all()
        )


def happening_summary(db: str) -> dict:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "dashboard",
            "export",
            "--level",
            "happening",
            "--format",
            "jsonl",
            "--db",
            db,
        ],
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        return {"available": False}
    rows = [json.loads(line) for line in done.stdout.splitlines() if line.strip()]
    multi = [r for r in rows if int(r.get("sources", 1)) > 1]
    return {"available": True, "happenings": len(rows), "with_several_sources": len(multi)}


def pairwise(reports: list[dict], pred: Reading) -> dict:
    tp = fp = fn = readable = 0
    wrong = []
    for a, b in combinations(reports, 2):
        gold = a["happening"] == b["happening"]
        got = pred[a["id"]] == pred[b["id"]]
        tp += gold and got
        fp += got and not gold
        fn += gold and not got
        readable += gold and not (_missed(pred[a["id"]]) or _missed(pred[b["id"]]))
        if gold != got:
            wrong.append(f"{a['id']}-{b['id']} {'merged' if got else 'split'}")
    return {
        "precision": _ratio(tp, tp + fp),
        "recall": _ratio(tp, tp + fn),
        "recall_readable": _ratio(tp, readable),
        "true_pairs": tp,
        "false_merges": fp,
        "missed_merges": fn,
        "wrong": wrong,
    }


def bcubed(reports: list[dict], pred: Reading) -> dict:
    gold_of = {r["id"]: r["happening"] for r in reports}
    gold_groups: dict[str, set[str]] = defaultdict(set)
    pred_groups: dict[str, set[str]] = defaultdict(set)
    for r in reports:
        gold_groups[r["happening"]].add(r["id"])
        pred_groups[pred[r["id"]]].add(r["id"])
    p = r_ = 0.0
    for rid, label in pred.items():
        if rid not in gold_of:
            continue
        same = pred_groups[label] & gold_groups[gold_of[rid]]
        p += len(same) / len(pred_groups[label])
        r_ += len(same) / len(gold_groups[gold_of[rid]])
    n = len(reports)
    p, r_ = p / n, r_ / n
    return {"precision": round(p, 4), "recall": round(r_, 4), "f1": _f1(p, r_)}


def score(reports: list[dict], pred: Reading) -> dict:
    return {
        "reports": len(reports),
        "gold_happenings": len({r["happening"] for r in reports}),
        "predicted_groups": len({pred[r["id"]] for r in reports}),
        "misses": sorted(r["id"] for r in reports if pred[r["id"]].startswith("miss:")),
        "pairwise": pairwise(reports, pred),
        "bcubed": bcubed(reports, pred),
    }


def why_missed(
    reports: list[dict], pred: Reading, events_of: dict, db: str, lead: Reading | None = None
) -> dict[str, int]:
    """The first reason each gold pair left apart was not merged, counted (module doc). With
    ``lead``, a pair whose two lead events are one happening is counted as ``reading``: the
    merge joined what each report leads with, and the majority reading took another."""
    from dashboard.store.db import Store
    from dashboard.store.happening_reports import _load

    ids = {e for v in events_of.values() if isinstance(v, list) for e in v}
    with Store(db).engine.connect() as conn:
        members: dict[str, list[str]] = defaultdict(list)
        wide: set[str] = set()  # reports taken out of a happening as too wide (``coarse``)
        for eid, hid, reason in conn.execute(
            sa.text("SELECT event_id, happening_id, reason FROM event_happenings")
        ):
            members[hid].append(eid)
            if reason.endswith(WIDE_REFUSAL):
                wide.add(eid)
        loaded = {
            r.event_id: r for r in _load(conn, ids | {e for m in members.values() for e in m})
        }
    reasons: Counter[str] = Counter()
    for a, b in combinations(reports, 2):
        if a["happening"] != b["happening"] or pred[a["id"]] == pred[b["id"]]:
            continue
        if lead is not None and lead[a["id"]] == lead[b["id"]]:
            reasons["reading (the lead events are one happening)"] += 1
            continue
        why = _pair_reason(a, b, events_of, loaded)
        if why.startswith("grouping") and wide & _read(a, b, events_of):
            why = "wide place holding two acts of its day (coarse)"
        elif why.startswith("grouping"):
            why += _whole(members.get(pred[a["id"]], []), members.get(pred[b["id"]], []), loaded)
        reasons[why] += 1
    return dict(reasons.most_common())


def _read(a: dict, b: dict, events_of: dict) -> set[str]:
    """The events the two reports are read by (none for a report read at another root)."""
    return {e for r in (a, b) if isinstance(events_of[r["id"]], list) for e in events_of[r["id"]]}


def _whole(a: list[str], b: list[str], loaded: dict) -> str:
    """For a pair the rule accepts but the grouping left apart: the sizes of the two
    happenings and how many of their cross pairs of two articles the rule refuses (a part
    refuses: ``rules.fit``) or scores under the bar (``rules.match``; ``grouping._enough``)."""
    from dashboard.happenings.rules import fit, match

    pairs = [(loaded[x], loaded[y]) for x in a for y in b if x in loaded and y in loaded]
    crossed = [(x, y) for x, y in pairs if x.article_id != y.article_id]
    refused = sum(fit(x, y) is None for x, y in crossed)
    weak = sum(match(x, y) is None for x, y in crossed) - refused
    return (
        f" ({len(a)} and {len(b)} reports, {refused}/{len(crossed)} cross pairs refused,"
        f" {weak} under the bar)"
    )


def _pair_reason(a: dict, b: dict, events_of: dict, loaded: dict) -> str:
    for rep in (a, b):
        read = events_of[rep["id"]]
        if isinstance(read, set):
            if not read:
                return "no event read"
            return f"root differs (read {'/'.join(sorted(read))} for {rep['root']})"
    steps = [
        _step(ra, rb)
        for ra in (loaded[e] for e in events_of[a["id"]])
        for rb in (loaded[e] for e in events_of[b["id"]])
    ]
    return min(steps)[1]


def _step(a: Any, b: Any) -> tuple[int, str]:
    """How far the pair of reports gets through the rule: (steps left, the refusing step)."""
    from dashboard.happenings import rules

    checks = [
        ("unmergeable date (month/year)", lambda: a.precision <= 2 and b.precision <= 2),
        ("unreal", lambda: not (a.unreal or b.unreal)),
        ("no place", lambda: a.place is not None and b.place is not None),
        ("place cell differs", lambda: a.cell == b.cell or rules.ashore(a, b)),
        ("told apart (cues)", lambda: not rules.told_apart(a, b)),
        ("at sea, nothing ties it ashore", lambda: _tied(a, b)),
        ("dates disjoint", lambda: rules.date_part(a, b) is not None),
        ("place too far", lambda: rules.place_part(a, b) is not None),
        ("actors", lambda: rules.actor_part(a, b) is not None),
        ("score under MIN_SCORE", lambda: rules.match(a, b) is not None),
    ]
    for n, (name, ok) in enumerate(checks):
        if not ok():
            return len(checks) - n, name + _detail(name, a, b)
    return 0, "grouping (complete link or margin)"


def _tied(a: Any, b: Any) -> bool:
    """A pair across a shore is tied by a shared side, or for a disaster by the coast."""
    from dashboard.happenings import rules

    coast = rules.ashore(a, b)
    return coast is None or rules._linked_at_sea(*coast)


def _detail(step: str, a: Any, b: Any) -> str:
    """What kind of refusal, in words the rule uses (place kinds, day gaps), never text."""
    if step in ("place cell differs", "place too far"):
        kinds = sorted(f"{r.place.kind}/{r.place.precision}" for r in (a, b))
        return f" ({' vs '.join(kinds)}, {a.root.split('-')[0]}{_cells(a, b)})"
    if step == "dates disjoint":
        from dashboard.happenings import told_days

        gap = max((a.start - b.end).days, (b.start - a.end).days)
        low, high = sorted((a.precision, b.precision))
        told = sum(r.magnitude is not None for r in (a, b))
        late = max((a, b), key=lambda r: r.start)
        after = ", the later tells an aftermath" if late.aftermath else ""
        two = told_days.next_day_apart(a, b) if gap == 1 else None
        after += f", two acts told ({_plain(two)})" if two else ""
        return f" ({gap} days, precision {low}/{high}, {a.root}, {told} magnitude(s){after})"
    if step == "score under MIN_SCORE":
        return _parts(a, b)
    if step == "actors":
        return _sides(a, b)
    return ""


def _plain(why: str) -> str:
    """A ``told_days`` refusal without its dates and counts (a blind set's text stays unread):
    which cue spoke, the day's parts or the toll."""
    if "no one in common" in why:
        return "other people named killed the next day"
    if " dead, " in why:
        return "a smaller toll the next day"
    return "a day after another act" if "a day after" in why else "days told with no night between"


def _sides(a: Any, b: Any) -> str:
    """Which actor refusal (``rules.actor_part``), in the rule's terms: two known acting
    countries, two meetings of other parties, or disjoint actor countries with both or
    neither naming who acted (a ship's flag and its manager, read with no role, are the
    last: ``tests/unit/test_hap7_reader_findings.py``)."""
    from dashboard.happenings import actor_sides

    if actor_sides.other_sides(a, b):
        return " (two different known acting countries)"
    if actor_sides.other_parties(a, b):
        return " (two meetings, each naming a party the other does not)"
    if actor_sides.no_speakers(a, b):
        return " (two sayings, neither naming who said it)"
    named = sum(r.source_country is not None for r in (a, b))
    said = "both name" if named == 2 else "neither names"
    sides = "/".join(str(len(r.countries)) for r in (a, b))
    return f" (disjoint actor countries, {said} who acted; {sides} actor countries)"


def _parts(a: Any, b: Any) -> str:
    """The three parts' scores of a pair under ``MIN_SCORE``, with the place kinds and date
    precisions (the rule's terms, never text)."""
    from dashboard.happenings import rules

    parts = [rules.date_part(a, b), rules.place_part(a, b), rules.actor_part(a, b)]
    said = "/".join(f"{p.score:.2f}" for p in parts if p is not None)
    kinds = " vs ".join(
        f"{r.place.kind}/{r.place.precision}{' inferred' if r.place.inferred else ''}"
        for r in (a, b)
    )
    return f" (date/place/actors {said}; {kinds}; precision {a.precision}/{b.precision}, {a.root})"


def _cells(a: Any, b: Any) -> str:
    """How two reports of two cells relate, in the rule's terms only (no names): a sea's
    shores, and whether each report's country is among the other's actor countries."""
    out = []
    for sea, land in ((a, b), (b, a)):
        if sea.place.shores:
            on = land.place.country in sea.place.shores
            out.append(
                f"sea with {len(sea.place.shores)} shores, land {'on' if on else 'off'} them"
            )
    crossed = sum(
        r.place.country is not None and r.place.country in o.countries for r, o in ((a, b), (b, a))
    )
    shared = bool(a.countries & b.countries or a.actors & b.actors)
    sides = "/".join(str(len(r.countries)) for r in (a, b))
    out.append(
        f"{crossed}/2 placed in the other's actor countries, shared side {shared}, "
        f"{sides} actor countries"
    )
    return "; " + "; ".join(out)


def _missed(label: str) -> bool:
    return label.startswith("miss:")


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 4) if b else None


def _f1(p: float, r: float) -> float:
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("sets", nargs="+", type=Path)
    ap.add_argument("--keep", type=Path, default=None, help="keep the store in this folder")
    ap.add_argument("--why", action="store_true", help="count why gold pairs were left apart")
    args = ap.parse_args()
    reports = load_sets(args.sets)
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        db = str(folder / "happenings_eval.db")
        Path(db).unlink(missing_ok=True)
        for path in args.sets:
            cli("ingest", str(path), "--db", db, "--jobs", "1")
        pred, lead, summary, events_of = readings(reports, db)
        why = why_missed(reports, pred, events_of, db, lead) if args.why else None
    out = {"sets": [str(p) for p in args.sets], **score(reports, pred), "store": summary}
    if why is not None:
        out["why_missed"] = why
    by_lead = score(reports, lead)
    out["lead"] = {
        "pairwise": {k: v for k, v in by_lead["pairwise"].items() if k != "wrong"},
        "bcubed": by_lead["bcubed"],
        "wrong": by_lead["pairwise"]["wrong"],
    }
    if len(args.sets) > 1:
        out["per_set"] = {}
        for path in args.sets:
            ids = {json.loads(x)["id"] for x in path.read_text("utf-8").splitlines() if x.strip()}
            out["per_set"][str(path)] = score([r for r in reports if r["id"] in ids], pred)
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
