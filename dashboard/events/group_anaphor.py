"""A named armed group taken up again by a definite noun ("Al-Shabaab claimed the attack. The
group said it killed 20 soldiers"): a definite description refers to the one entity the
story has made salient (Halliday and Hasan 1976, §2.4 demonstrative reference with "the";
ACE 2005 takes "the group" as a NOM mention of its antecedent's entity). Only when the
article so far names exactly one such group: with two, the noun is ambiguous and left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING

from dashboard.events.lexicon import sourced_rows
from dashboard.events.prefilter import gated

if TYPE_CHECKING:
    from dashboard.events.actors import Actor

# "the group", "the militants", "the armed group", "the rebels": a definite noun for a
# non-state armed group (ACLED Codebook 2023: rebel groups, political militias); not "the
# group of protesters", whose "of" phrase says what the group is made of
_DEFINITE = re.compile(
    r"\b[Tt]he\s+(?:(?:armed|militant|jihadist|Islamist|rebel|insurgent)\s+)?"
    r"(?P<noun>group|militants|rebels|insurgents|jihadists)\b(?!\s+of\b|-)"
)
# an unnamed group brought in by an indefinite noun ("a local militia", "some gunmen"): a
# later definite noun may take it up instead (Halliday and Hasan 1976 §2.4: "the" points
# back to the nearest fitting mention), so the named group is no longer the one candidate
_INDEFINITE = gated(  # by its nouns: asked of every sentence
    r"\b(?:[Aa]n?|[Ss]ome|[Ss]everal|[Uu]nidentified|[Uu]nknown|[Ss]uspected)\s+"
    r"(?:[a-z-]+\s+){0,2}(?:group|militia|militants|rebels|insurgents|jihadists|gunmen)\b"
    r"(?!\s+of\b)"
)
# the gang heads of a named criminal group ("the Gran Grif gang"): armed too (ACLED)
_GANG_HEAD = re.compile(r"\b(?:gang|cartel|militia)$", re.IGNORECASE)


@cache
def _names_of(kind: str) -> frozenset[str]:
    """The folded names of ``organisations.csv``'s rows of ``kind`` ("group": non-state
    armed groups; "NGO": humanitarian and rights groups)."""
    rows = sourced_rows("organisations.csv", "name", "kind")
    return frozenset(_fold(r["name"]) for r in rows if r["kind"] == kind)


def _fold(name: str) -> str:
    """One key for the ways a group's name is written: case, an Arabic article ("Al
    Shabaab", "al-Shabaab") and a plural ("Houthis") aside."""
    key = re.sub(r"^al[-‐\s]", "", name.lower())
    return key[:-1] if key.endswith("s") and len(key) > 4 else key


def is_armed_group(a: Actor) -> bool:
    """Is ``a`` a named non-state armed group (``organisations.csv`` kind ``group``, or a
    named gang, cartel or militia)?"""
    return a.kind == "organisation" and (
        _fold(a.name) in _names_of("group") or _GANG_HEAD.search(a.name) is not None
    )


@dataclass
class GroupMemory:
    """The named armed groups one article has named so far, by folded name (latest last)."""

    named: dict[str, Actor] = field(default_factory=dict)
    # whether the group-like body named last is a non-governmental one ("Human Rights Watch
    # said … The group said"): then "the group" is that body, not the armed group
    rights_last: bool = False
    # whether an unnamed group was brought in since ("a local militia"): see ``_INDEFINITE``
    unnamed_since: bool = False

    def refer(self, sentence: str, offset: int, found: list[Actor]) -> list[Actor]:
        """``found`` (a sentence's actors, article offsets from ``offset``) with each
        definite armed-group noun of ``sentence`` read as the one group named before, when
        the article has named exactly one and the sentence names none; an unnamed "group"
        actor read at that noun ("The rebels attacked") gives way to it. Remembers the
        groups ``found`` names."""
        here = [a for a in found if is_armed_group(a)]
        rights = [
            a for a in found if a.kind == "organisation" and _fold(a.name) in _names_of("NGO")
        ]
        self.rights_last = bool(rights) or (self.rights_last and not here)
        out = list(found)
        if not here and len(self.named) == 1 and not self.unnamed_since:
            (group,) = self.named.values()
            for m in _DEFINITE.finditer(sentence):
                if m["noun"] == "group" and self.rights_last:
                    continue  # "Amnesty said … The group said": the rights group's
                start, end = offset + m.start("noun"), offset + m.end("noun")
                out = [
                    a for a in out if not (a.kind == "group" and a.start < end and start < a.end)
                ]
                out.append(type(group)(group.name, group.kind, group.country_code, start, end))
        # a named group told now is the candidate again; an indefinite one blocks it
        self.unnamed_since = not here and (
            self.unnamed_since or _INDEFINITE.search(sentence) is not None
        )
        for a in here:
            self.named.pop(_fold(a.name), None)
            self.named[_fold(a.name)] = a
        return out


def doer_at(actors: list[Actor], at: int) -> Actor | None:
    """The armed group standing at ``at``, a trigger's start: an unnamed one ("Gunmen killed")
    or a named one taken up by its noun ("The militants burned houses"); a CAMEO 180
    pattern opens on its doer, so the group is the act's source."""
    return next(
        (a for a in actors if (a.kind == "group" or is_armed_group(a)) and a.start == at), None
    )
