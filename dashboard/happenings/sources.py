"""Who reported: outlet identity, and wire copies that count as one source.

- An outlet is the article's ``source``, normalised (case, spacing, a leading "The", a
  trailing "News"/"Online" do not make another outlet), else its URL's host without "www.".
- A wire copy is one text carried by several outlets (an AP story in a paper that buys the
  AP feed). Two articles are one copy when most of the shorter one's word 5-shingles are
  in the other (containment, Broder 1997): carriers add a credit line or cut the last
  paragraph, so containment of the shorter is the measure, not Jaccard.
"""

from __future__ import annotations

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

    >>> wire_groups({"a": "one two three four five six seven", "b": "one two three four "
    ...              "five six seven. Credit line.", "c": "something else entirely here now"})
    [('a', 'b'), ('c',)]
    """
    ids = sorted(texts)
    marks = {i: shingles(texts[i]) for i in ids}
    parent = {i: i for i in ids}
    for n, a in enumerate(ids):
        for b in ids[n + 1 :]:
            if is_wire_copy(marks[a], marks[b]):
                parent[_root(parent, b)] = _root(parent, a)
    groups: dict[str, list[str]] = {}
    for i in ids:
        groups.setdefault(_root(parent, i), []).append(i)
    return [tuple(g) for g in groups.values()]


def count_sources(groups: Sequence[tuple[str, ...]], outlet_of: Mapping[str, str]) -> int:
    """Independent sources: a wire group counts once, and so does one outlet's several
    articles on the happening (an update is not a second witness)."""
    seen: list[set[str]] = []
    for g in groups:
        outlets = {outlet_of[a] for a in g}
        for s in seen:
            if s & outlets:
                s |= outlets
                break
        else:
            seen.append(outlets)
    return len(seen)


def _root(parent: dict[str, str], i: str) -> str:
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i
