"""Happenings: the reports of one real-world happening, merged across articles.

A report is one event as one article read it (``model.Report``); a happening groups the
reports that match on type, place, date and actors (``rules.match``), blocked by type, place
cell and date window (``cluster.cluster``). ``sources`` counts outlets, a wire text carried by
several outlets counting once; ``summary`` picks the best-supported date and place and lists
where the reports disagree. The store keeps both levels (``dashboard.store.happenings``).
"""

from dashboard.happenings.grouping import Group, cluster
from dashboard.happenings.model import Match, Report, Spot
from dashboard.happenings.rules import match
from dashboard.happenings.sources import outlet_name, wire_groups

__all__ = ["Group", "Match", "Report", "Spot", "cluster", "match", "outlet_name", "wire_groups"]
