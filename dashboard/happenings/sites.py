"""Site-bound accidents: a building fire or a works' blast happens at one site (EM-DAT (CRED)
technological disasters, industrial and miscellaneous accidents, are recorded at their site),
so two such reports at two towns of one country farther apart than a province reaches are two
accidents, not one disaster told from two places as a quake or a storm is (``rules._place``'s
"one country, one disaster"). Session 86, hap98: a game zone's fire in Rajkot and a children's
hospital's in Delhi, 950 km apart on one night; a dateline at the state capital (Lucknow for
a hospital fire in Jhansi, 284 km) stays within reach.

A wildfire is bound to its land too: it burns one land mass and is named and counted by its
ignition (NWCG Glossary; EM-DAT (CRED) climatological: wildfire), so two wildfires at two
places of one country that far apart, neither holding the other, are two fires, an island read
as a region among them (session 94, hap123: Rhodes and Corfu, 800 km apart a day apart, were
joined as "one country, one disaster")."""

from __future__ import annotations

from dashboard.happenings.containment import POINT_KINDS, distance_km
from dashboard.happenings.model import Spot

SITE_BOUND = frozenset({"DIS-ACCIDENT", "DIS-INDUSTRIAL"})
SITE_KM = 400.0  # beyond a large Indian state's capital-to-district reach (284 km above)
LAND_BOUND = frozenset({"DIS-FIRE"})
# an island is a ``regions.csv`` row (kind region), a wildfire's land as a town is
_LAND_KINDS = POINT_KINDS | {"region"}


def bound_kinds(a_root: str, b_root: str) -> frozenset[str]:
    """The place kinds at which two reports of roots ``a_root`` and ``b_root`` are bound to
    their site (``sites_apart``): towns for two accidents (``SITE_BOUND``), towns and regions
    (an island) for two wildfires (``LAND_BOUND``), none otherwise (a quake or a storm).

    >>> sorted(bound_kinds("DIS-FIRE", "DIS-FIRE"))
    ['admin2', 'city', 'landmark', 'region']
    >>> bound_kinds("DIS-QUAKE", "DIS-QUAKE")
    frozenset()
    """
    if a_root in SITE_BOUND and b_root in SITE_BOUND:
        return POINT_KINDS
    if a_root in LAND_BOUND and b_root in LAND_BOUND:
        return _LAND_KINDS
    return frozenset()


def sites_apart(pa: Spot, pb: Spot, site: bool | frozenset[str]) -> bool:
    """Are ``pa`` and ``pb``, both of the bound kinds ``site`` (``bound_kinds``; True for an
    accident's, ``POINT_KINDS``), two places farther apart than ``SITE_KM``? Then one country
    does not make them one accident or one fire."""
    kinds = POINT_KINDS if site is True else site or frozenset()
    if pa.kind not in kinds or pb.kind not in kinds:
        return False
    km = distance_km(pa, pb)
    return km is not None and km > SITE_KM
