"""Two tellings of one directed act whose sides stand the other way round: "Tuesday's
expulsions of four Russian diplomats" (no expeller named, Russia expelled) and "Russia on
Tuesday expelled four Norwegian diplomats" (Russia expelled).

CAMEO 1.1b3 codes every event as a dyad, source acting on target, and a tit-for-tat (an
expulsion answered by one, a ban by a ban) is two events with the sides swapped. A report
whose only named side is the one acted on cannot be the act of that side: when one report
names no doer but a target, and the other names that country as its doer, the actors are
contradicted, not merely "not contradicted" (issue 16, newuser81 F1). Acts CAMEO codes
between parties that both do them (consult, cooperate, aid, fight: roots 03-07, 19 and 20,
where each side is the other's target in one happening) are left to the other parts, and
so are all roots but §16 (``_ANSWERED_ROOTS``).
"""

from __future__ import annotations

from dashboard.happenings.model import Report

# the roots read here: §16 reduce relations (expel diplomats, break ties, impose
# sanctions), acts states commonly answer in kind (a persona non grata declaration under
# the Vienna Convention on Diplomatic Relations 1961 art. 9 is often met by one), so two of
# one day with the sides swapped are common. Other roots are left to the
# other parts: a blind set lost true pairs when every directed root was read (session 81),
# as one outlet's target is often another's doer in one exchange of fire or arrests
_ANSWERED_ROOTS = frozenset({"16"})


def reversed_sides(a: Report, b: Report) -> bool:
    """Are ``a`` and ``b`` of one root, one naming no doer and a target country that the
    other names as its doer, acting on another named country? ("the expulsions of four
    Russian diplomats" None->RU against "Russia expelled four Norwegian diplomats" RU->NO:
    True.) Reports of two
    roots, of a root other than §16 (``_ANSWERED_ROOTS``), reports whose other side names no
    target, and reports that name both doers are False (``rules._other_sides`` weighs the
    latter)."""
    if a.root != b.root or a.root not in _ANSWERED_ROOTS:
        return False  # two kinds of act (a protest and its policing) may be one happening
    for one, other in ((a, b), (b, a)):
        acted_on = one.target_country
        if one.source_country is not None or acted_on is None:
            continue
        # the other's doer is the side acted on here, and it acted on another named country:
        # "Kenyans protested" (KE->None) and "protests against Kenya" (None->KE) are no swap
        if other.source_country == acted_on and other.target_country not in (None, acted_on):
            return True
    return False
