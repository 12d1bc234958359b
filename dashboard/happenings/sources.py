"""Who reported: outlet identity, and wire copies that count as one source.

- An outlet is the article's ``source``, normalised (case, spacing, a leading "The", a
  trailing "News"/"Online" do not make another outlet), else its URL's host without "www.".
- A wire copy is one text carried by several outlets (an AP story in a paper that buys the
  AP feed). Two articles are one copy when most of the shorter one's word 5-shingles are
  in the other (containment, Broder 1997): carriers add a credit line or cut the last
  paragraph, so containment of the shorter is the measure, not Jaccard.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

SHINGLE = 5  # words per shingle: Broder's near-duplicate detection used 4-10
WIRE_CONTAINMENT = 0.8  # share of the shorter text's shingles found in the other
_SUFFIXES = (" news", " online", " com")


def outlet_name(source: str, url: str = "") -> str:
    """The outlet's identity, for counting sources.

    >>> outlet_name("The  Guardian"), outlet_name("", "https://www.bbc.example/news/1")
    ('guardian', 'bbc.example')
    """
    name = " ".join(re.sub(r"[^\w\s&.-]", " ", source.casefold()).split())
    name = name.removeprefix("the ")
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and len(name) > len(suffix) + 2:
            name = name[: -len(suffix)]
    if name:
        return name
    host = urlsplit(url).hostname or ""
    return host.removeprefix("www.")


UNKNOWN_OUTLET = "unknown outlet"  # an article with neither a source nor a URL


def shown_outlet(label: str) -> str:
    """An outlet label as cards and exports show it: an empty one is ``UNKNOWN_OUTLET``."""
    return label or UNKNOWN_OUTLET


def outlet_label(source: str, url: str = "") -> str:
    """The outlet's name as shown (cards, exports): the article's ``source`` as written, with
    its spacing tidied, else its URL's host. ``outlet_name`` of the label is its identity.

    >>> outlet_label("The  Guardian"), outlet_label("", "https://www.bbc.example/news/1")
    ('The Guardian', 'bbc.example')
    """
    name = " ".join(source.split())
    if name:
        return name
    return (urlsplit(url).hostname or "").removeprefix("www.")


def shingles(text: str, size: int = SHINGLE) -> frozenset[int]:
    """Hashes of the text's word ``size``-grams (case and punctuation folded)."""
    words = re.findall(r"\w+", text.casefold())
    if len(words) < size:
        return frozenset({hash(tuple(words))}) if words else frozenset()
    return frozenset(hash(tuple(words[i : i + size])) for i in range(len(words) - size + 1))


def is_wire_copy(a: frozenset[int], b: frozenset[int]) -> bool:
    """Most of the shorter text is in the longer one."""
    small, big = (a, b) if len(a) <= len(b) else (b, a)
    return bool(small) and len(small & big) / len(small) >= WIRE_CONTAINMENT


def wire_groups(texts: Mapping[str, str]) -> list[tuple[str, ...]]:
    """Article ids grouped by wire copy (each group is one source), in first-id order.

    Only pairs that share one of the shorter text's rarest shingles are compared (prefix
    filtering, Bayardo et al. 2007, "Scaling up all pairs similarity search"): if a text of
    ``n`` shingles has ``k`` = ⌈0.8·n⌉ of them in another, that other holds at least one of
    its ``n - k + 1`` rarest, so no copy is missed and distinct texts cost no comparison.
    A shingle whose holders are all one group already is not read again, so a text carried
    by thousands of outlets costs a pass over them, not one per pair.

    >>> wire_groups({"a": "one two three four five six seven", "b": "one two three four "
    ...              "five six seven. Credit line.", "c": "something else entirely here now"})
    [('a', 'b'), ('c',)]
    """
    ids = sorted(texts)
    marks = {i: shingles(texts[i]) for i in ids}
    holders: dict[int, list[str]] = {}
    for i in ids:
        for s in marks[i]:
            holders.setdefault(s, []).append(i)
    parent = {i: i for i in ids}
    spent: set[int] = set()  # shingles whose holders are all one group already
    for a in ids:
        mine = marks[a]
        rarest = sorted(mine, key=lambda s: (len(holders[s]), s))
        tried: set[str] = set()
        for s in rarest[: len(mine) - _needed(len(mine)) + 1]:
            if s not in spent and _meet(a, holders[s], marks, parent, tried):
                spent.add(s)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(_root(parent, i), []).append(i)
    return [tuple(g) for g in groups.values()]


def _meet(
    a: str,
    others: list[str],
    marks: Mapping[str, frozenset[int]],
    parent: dict[str, str],
    tried: set[str],
) -> bool:
    """Join ``a`` with the ``others`` it is a wire copy of; ``True`` when all are then one."""
    mine, together = marks[a], True
    for b in others:
        if _root(parent, b) == _root(parent, a):
            continue
        # a pair is met from its shorter text's side (both sides when of one length)
        if b not in tried and len(marks[b]) >= len(mine) and is_wire_copy(mine, marks[b]):
            parent[_root(parent, b)] = _root(parent, a)
        else:
            tried.add(b)
            together = False
    return together


def _needed(n: int) -> int:
    """The fewest shared shingles of ``n`` that ``is_wire_copy`` accepts (its float test)."""
    k = math.ceil(n * WIRE_CONTAINMENT)
    while k > 0 and (k - 1) / n >= WIRE_CONTAINMENT:
        k -= 1
    while k < n and k / n < WIRE_CONTAINMENT:
        k += 1
    return k


def count_sources(groups: Sequence[tuple[str, ...]], outlet_of: Mapping[str, str]) -> int:
    """Independent sources: a wire group counts once, and so does one outlet's several
    articles on the happening (an update is not a second witness). ``outlet_of`` maps an
    article id to its outlet's identity, "" when it has none: each such article is its own."""
    # a group joins the first source that shares an outlet with it (by the lowest number
    # among its outlets' sources: each outlet keeps the first source it joined)
    first: dict[str, int] = {}
    count = 0
    for g in groups:
        # an article with no source nor URL has an outlet no one can name: it is never taken
        # for another unnamed article's outlet (two unknowns are not one witness)
        outlets = {outlet_of[a] or f"unnamed:{a}" for a in g}
        shared = [first[o] for o in outlets if o in first]
        into = min(shared) if shared else count
        count += not shared
        for o in outlets:
            first[o] = min(first.get(o, into), into)
    return count


def _root(parent: dict[str, str], i: str) -> str:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
