"""Site-bound accidents: a building fire or a works' blast happens at one site (EM-DAT (CRED)
technological disasters, industrial and miscellaneous accidents, are recorded at their site),
so two such reports at two towns of one country farther apart than a province reaches are two
accidents, not one disaster told from two places as a quake or a storm is (``rules._place``'s
"one country, one disaster"). Session 86, hap98: a game zone's fire in Rajkot and a children's
hospital's in Delhi, 950 km apart on one night; a dateline at the state capital (Lucknow for
a hospital fire in Jhansi, 284 km) stays within reach."""

from __future__ import annotations

from dashboard.happenings.containment import POINT_KINDS, distance_km
from dashboard.happenings.model import Spot

SITE_BOUND = frozenset({"DIS-ACCIDENT", "DIS-INDUSTRIAL"})
SITE_KM = 400.0  # beyond a large Indian state's capital-to-district reach (284 km above)


def sites_apart(pa: Spot, pb: Spot, site: bool) -> bool:
    """With ``site`` (both reports ``SITE_BOUND``), are ``pa`` and ``pb`` two towns farther
    apart than ``SITE_KM``? Then one country does not make them one accident."""
    if not site or pa.kind not in POINT_KINDS or pb.kind not in POINT_KINDS:
        return False
    km = distance_km(pa, pb)
    return km is not None and km > SITE_KM
