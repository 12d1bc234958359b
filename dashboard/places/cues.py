"""What the text's own words say a name is: "the village of X", "the X district", "south of X".

Two uses, both in the resolver:
- ``said_cue``: a recognised name that is only small towns counts when the words around it
  call it a place ("the village of Flumeri", "fighting south of Krasnohorivka"), as surely as
  when its state is named;
- ``unlisted``: a capitalised name the gazetteer lacks is still a place when those words
  call it one ("the Wedza district", "the village of Cellardyke"). It is reported with no
  point (``place=None``) and a reason, so recognition counts it and nothing is guessed.

The type words are the ones that name a settlement or an area; "the X family" or "the X
school" say nothing of the kind. Function words, compass and creed adjectives and demonyms
("the Kurdish village of ...", "the Sudanese state") are never the name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dashboard.places.names import fold, name_key
from dashboard.places.recognise_words import MONTHS_DAYS, OPENERS
from dashboard.places.runs import spaced_words_c

# "the village of X", "the towns of X and Y", "the small town of X"
_TYPE_BEFORE = (
    r"villages?|towns?|city|cities|hamlets?|townships?|suburbs?|settlements?|municipality"
    r"|municipalities|communes?|districts?|provinces?|counties|county|regions?|islands?"
    r"|neighbou?rhoods?|areas?"
)
# lowercase type words after a name: "the Wedza district", "Dadaab camps", "Kisima area"
_TYPE_AFTER_WORDS = frozenset(
    "village town district province county governorate region area camp slum township "
    "municipality neighbourhood neighborhood oblast prefecture state island valley suburb".split()
)
_TYPE_AFTER = "|".join(sorted(_TYPE_AFTER_WORDS))
# a capitalised word: a capital, then letters, apostrophes or inner hyphens
_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:['’-][A-Za-zÀ-ÿ][^\W\d_]*)*"
_NAME = rf"{_WORD}(?: {_WORD}){{0,2}}"
# the name, and any list before a plural type word ("the Etoumbi and Mbomo districts"),
# ending at the type word
_NAME_BEFORE = re.compile(
    rf"(?<![\w'’-])(?P<name>{_NAME})(?P<more>(?:, {_NAME})*(?:,? and {_NAME})?) $"
)
_NAME_AFTER = re.compile(_NAME)
# list items after a cue: "the villages of X, Y and Z"
_MORE = re.compile(rf"(?:, (?:and )?| and )(?P<name>{_NAME})")
_REACH = 100  # characters before a type word searched for its name (three names of a list)
# a name measured from another place after a preposition: "in Barsalogho, north of Kaya",
# "at X, about 40 km southeast of Y" (the gazetteer's place Y is where X is placed)
_COMPASS_WORDS = frozenset("north south east west northeast northwest southeast southwest".split())
_COMPASS = rf"(?:{'|'.join(sorted(_COMPASS_WORDS))})"
MEASURED_GAP = (
    rf",(?: (?:about|some|around|roughly))?(?: [\d,.]+ ?(?:km|kilometres|kilometers|miles))?"
    rf" {_COMPASS} of(?: the)? "
)
# the name and the words up to the compass word, read back from a compass word's "of"
_MEASURED_BEFORE = re.compile(
    rf"\b(?:in|at|near|outside) (?P<name>{_NAME}),(?: (?:about|some|around|roughly))?"
    r"(?: [\d,.]+ ?(?:km|kilometres|kilometers|miles))? $"
)
_MEASURED_REACH = 120  # characters before the compass word searched for the name
# Capitalised words that make a natural feature's name, after it ("Kanawha River", "Elbow
# Lake") or, the first three, before it ("Lake Lanier", "Mount Hood", "Fort Detrick"). Such
# names are often ordinary words ("Red River", "Otter Creek"), so here they may be.
_FEATURE_WORDS = (
    "Lake Mount Fort River Creek Island Islands Valley Bay Mountain Mountains Springs Falls "
    "Reservoir Canal Peak Forest Wilderness Glacier Lagoon".split()
)
_PREFIX_FEATURES = frozenset({"Lake", "Mount", "Fort"})
# the cue ``unlisted`` gives a natural feature: its feature word, lowercase
FEATURE_CUES = frozenset(w.lower() for w in _FEATURE_WORDS)
_FEATURE_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_WORD}(?: {_WORD})?) $")
_FEATURE_NAME_AFTER = re.compile(rf" (?P<name>{_WORD}(?: {_WORD})?)")
_CAPITAL_AFTER = re.compile(r" [A-Z]")
_BEFORE_WORDS = frozenset(
    "village villages town towns city cities hamlet hamlets township townships suburb suburbs "
    "settlement settlements municipality municipalities commune communes district districts "
    "province provinces county counties region regions island islands area areas neighbourhood "
    "neighbourhoods neighborhood neighborhoods".split()
)


def _trie(words: list[str]) -> str:
    """An alternation as a prefix tree, so that the regex engine tries one branch per letter
    (a plain alternation of these words made the scan twice as slow)."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def source(node: dict) -> str:
        branches = [re.escape(ch) + source(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and "" not in node else f"(?:{'|'.join(branches)})"
        return f"{body}?" if "" in node else body

    return source(tree)


_SCANNED = sorted(
    _BEFORE_WORDS | _TYPE_AFTER_WORDS | {f"{w}s" for w in _TYPE_AFTER_WORDS} | set(_FEATURE_WORDS)
)
# One scan for every type and feature word after a space (the literal space lets the regex
# engine skip ahead): "the village of X" reads the name after the type word, "the Wedza
# district" and "Otter Creek" the name before it, "Lake Lanier" the name after "Lake".
_SCAN = re.compile(rf" (?P<word>{_trie(_SCANNED)})\b")
_SCANNED_WORDS = tuple(_SCANNED)  # the same, for the C twin (runs.spaced_words_c)
# what may stand right before a recognised name and say it is a place
_CUE_BEFORE = re.compile(
    rf"\b(?:(?P<type>{_TYPE_BEFORE}) of"
    r"|(?P<dir>(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?"
    r"|outskirts) of) $"
)
_CUE_AFTER = re.compile(rf" (?P<type>(?:{_TYPE_AFTER})s?)\b")
# "a village called X", "a small town named X": the type word and the verb that names it
_CUE_CALLED = re.compile(rf"\b(?P<type>{_TYPE_BEFORE}) (?:called|named) $")
_CALLED = (" called ", " named ")
# never a name, though capitalised before a type word: "the Shiite district", "Northern state"
_NOT_NAMES = (
    frozenset(
        "the a an this that these those its their his her our and or of in on at to by from "
        "north south east west northern southern eastern western central northeast northwest "
        "southeast southwest upper lower greater inner outer new old "
        "sunni shia shiite kurdish arab christian muslim jewish catholic protestant hindu "
        "buddhist alawite druze tribal federal state national local rural urban "
        "but so yet nor or if then also such".split()
    )
    | OPENERS
    | MONTHS_DAYS
)
_ADJECTIVE_ENDS = ("ish", "ese", "ian", "ean")  # "Kurdish", "Sudanese", "Haitian" (demonyms)
_NOT_SPACE = re.compile(r"\S+")


# "X, a village in Y", "X, a small farming town near Y": a settlement word in an apposition
# to the name, up to two lowercase words between, and where it lies after it
_APPOSITIVE_WORDS = frozenset("village town hamlet settlement".split())
_APPOSITIVE_NEXT = (" in ", " near ", " outside ")
_APPOSITIVE_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME}), an? (?:[a-z-]+ ){{0,2}}$")
# the type words that call a name a settlement, not an area: "the town of X", "X village"
_SETTLEMENT_WORDS = frozenset(
    "village villages town towns city cities hamlet hamlets township townships suburb suburbs "
    "settlement settlements commune communes".split()
)


def measured_cue(cue: str) -> bool:
    """Whether a cue of ``unlisted`` measures the name from another place ("north of", "some
    45 km southwest of"): the name's own point is unknown."""
    words = cue.split(" ")
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _COMPASS_WORDS


def settlement_cue(cue: str) -> bool:
    """Whether a cue of ``unlisted`` ("town of", "village") calls the name a settlement."""
    return cue.split(" ", 1)[0] in _SETTLEMENT_WORDS


def said_cue(text: str, start: int, end: int) -> str | None:
    """The words around ``text[start:end]`` that call it a place, or None: "village of",
    "south of", "district" ("the Gondra district")."""
    lo = max(0, start - 24)
    # the cheap test first: a cue before the name ends in " of ", or " of " and a line break
    # (where ``$`` also matches); most names have none
    if text.endswith((" of ", " of \n"), lo, start):
        before = _CUE_BEFORE.search(text, lo, start)
        if before is not None:
            return before.group(0).strip()
    if text.endswith(" near ", lo, start):
        return "near"
    if text.endswith(_CALLED, lo, start):
        called = _CUE_CALLED.search(text, lo, start)
        if called is not None:
            return called.group(0).strip()
    if text.startswith(" ", end):
        if text[start:end].lower() in _NOT_NAMES:
            return None  # "the first Arab states": a people's adjective, not a town Arab
        after = _CUE_AFTER.match(text, end)
        if after is not None:
            return after.group("type")
    return None


def unlisted(
    text: str,
    taken: list[tuple[int, int]],
    demonyms: dict[str, str],
    known: dict[str, tuple[str, ...]],
) -> list[tuple[int, int, str]]:
    """``(start, end, cue)`` of each capitalised name that a type word calls a place and that
    no span in ``taken`` (the recognised names and demonyms) overlaps, in text order.
    ``demonyms`` and ``known`` are the gazetteer's demonym and name keys: a demonym is never
    the name, and a known name that recognition set aside (a person's, say) stays aside.
    The work is linear in the text: a text naming thousands of villages costs no more per
    village than one naming a few."""
    found: dict[int, tuple[int, int, str]] = {}
    free = _Free(text, taken)

    def add(start: int, end: int, cue: str) -> None:
        span = _trimmed(text, start, end, demonyms)
        if span is None:
            return
        s, e = span
        if not free(s, e) or s in found:
            return
        if name_key(text[s:e]) in known:
            return
        found[s] = (s, e, cue)

    for start, end in _sites(text):
        word = text[start:end]
        if word[0].isupper():
            _feature(text, start, end, word, free, demonyms, known, found)
            continue
        if word in _BEFORE_WORDS and text.startswith((" of ", " called ", " named "), end):
            # "the village of X", "the villages of X, Y and Z", "a village called X"
            verb = text[end + 1 : text.index(" ", end + 1)]
            cue = f"{word} {verb}"
            name = _NAME_AFTER.match(text, end + len(verb) + 2)
            if name is not None:
                add(name.start(), name.end(), cue)
                if word.endswith("s") or word in ("cities", "counties"):
                    pos = name.end()
                    while (more := _MORE.match(text, pos)) is not None:
                        add(more.start("name"), more.end("name"), cue)
                        pos = more.end("name")
        if word in _APPOSITIVE_WORDS and text.startswith(_APPOSITIVE_NEXT, end):
            # "Kafr Zumbolo, a village in Idlib province": the apposition calls X a settlement
            named = _APPOSITIVE_BEFORE.search(text, max(0, start - _REACH), start)
            if named is not None:
                add(*named.span("name"), word)
                continue
        if word not in _TYPE_AFTER_WORDS and word[:-1] not in _TYPE_AFTER_WORDS:
            continue  # else "the Gondra district of X" names Gondra too
        if start < 2 or not text[start - 2].isalpha():
            continue  # the name's last letter stands right before: "Wedza district"
        if not text[text.rfind(" ", 0, start - 1) + 1].isupper():
            continue  # the common case, a lowercase word before: "the state", "the area"
        named = _NAME_BEFORE.search(text, max(0, start - _REACH), start)
        if named is not None:  # "the Etoumbi and Mbomo districts", "X and Y island"
            add(*named.span("name"), word)
            for more in _NAME_AFTER.finditer(text, *named.span("more")):
                add(more.start(), more.end(), word)
    for name_start, name_end, cue in _measured(text):  # "in X, north of Y"
        add(name_start, name_end, cue)
    if found:  # one sense per text: the name is a place wherever it recurs ("X's health centre")
        _again(text, found, free)
    return [found[s] for s in sorted(found)]


def _measured(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, cue)`` of each name told from a place after a preposition ("in X, north
    of Y", "at X, some 45 km southwest of Y"; the cue "north of"). The compass words' "of"
    is found by plain substring search ("th of", "st of"), and only there is the name read
    back: a regex over the whole text cost a twentieth of the geoparser's time."""
    found = []
    for tail in ("th of ", "st of "):  # north, south; east, west and the compounds
        i = text.find(tail)
        while i >= 0:
            w = text.rfind(" ", 0, i) + 1
            if text[w : i + 2] in _COMPASS_WORDS:
                m = _MEASURED_BEFORE.search(text, max(0, w - _MEASURED_REACH), w)
                if m is not None:
                    found.append(
                        (m.start("name"), m.end("name"), text[m.end("name") + 1 : i + 5].strip())
                    )
            i = text.find(tail, i + len(tail))
    return found


class _Free:
    """Whether a span overlaps none of ``taken`` nor any span marked since: one byte per
    character of the text, so that each test costs the span's length, not the number of
    spans (a text of thousands of names made the scan quadratic). The bytes are laid out
    at the first use: most texts need none."""

    def __init__(self, text: str, taken: list[tuple[int, int]]) -> None:
        self.size = len(text)
        self.taken = taken
        self.bytes: bytearray | None = None
        self.odd: list[tuple[int, int]] = []  # empty or reversed spans, tested as written

    def __call__(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` (a non-empty span of the text) overlaps nothing."""
        if self._used().find(1, start, end) >= 0:
            return False
        return not any(a < end and start < b for a, b in self.odd)

    def mark(self, start: int, end: int) -> None:
        """Counts ``[start, end)`` as taken from now on."""
        used = self._used()
        if start >= end:
            self.odd.append((start, end))
            return
        a, b = max(0, start), min(self.size, end)  # outside the text: no test span meets it
        if a < b:
            used[a:b] = b"\x01" * (b - a)

    def _used(self) -> bytearray:
        if self.bytes is None:
            self.bytes = bytearray(self.size)
            for a, b in self.taken:
                self.mark(a, b)
        return self.bytes


def _again(text: str, found: dict[int, tuple[int, int, str]], free: _Free) -> None:
    """Adds to ``found`` every other whole-word occurrence of its names that overlaps no
    taken or found span, with the cue of the name's first finding, name by name in the order
    they were found, each name's occurrences in text order (as ``re.finditer`` of the name
    between non-word characters other than a hyphen would give them)."""
    names: dict[str, str] = {}
    for s, e, cue in found.values():
        names.setdefault(text[s:e], cue)
        free.mark(s, e)
    places = _occurrences(text, names) if len(names) > _FEW else None
    for name, cue in names.items():
        size = len(name)
        for a in places.get(name, ()) if places is not None else _occurrences_of(text, name):
            b = a + size
            if free(a, b):
                free.mark(a, b)
                found[a] = (a, b, cue)


_FEW = 12  # names found in a text, above which their occurrences are read in one pass


def _bounded(text: str, start: int, end: int) -> bool:
    r"""No word character nor hyphen right before ``start`` or at ``end``: ``(?<![\w-])``
    and ``(?![\w-])`` (``\w`` is ``isalnum`` or "_" for ``str``)."""
    if start > 0:
        c = text[start - 1]
        if c.isalnum() or c in "_-":
            return False
    if end < len(text):
        c = text[end]
        if c.isalnum() or c in "_-":
            return False
    return True


def _occurrences_of(text: str, name: str) -> list[int]:
    """Where ``name`` occurs as a whole word, left to right, never overlapping itself."""
    out = []
    at = text.find(name)
    while at >= 0:
        if _bounded(text, at, at + len(name)):
            out.append(at)
            at = text.find(name, at + len(name))
        else:
            at = text.find(name, at + 1)
    return out


def _occurrences(text: str, names: dict[str, str]) -> dict[str, list[int]]:
    """``_occurrences_of`` each of ``names`` in one pass over the text: at each character
    that opens a name after a boundary, the text's slice of each names' length is looked up."""
    sizes = sorted({len(n) for n in names})
    opening = re.compile(r"(?<![\w-])[" + "".join(sorted({re.escape(n[0]) for n in names})) + "]")
    out: dict[str, list[int]] = {}
    ends: dict[str, int] = {}  # where each name's last occurrence ends: none overlaps it
    for m in opening.finditer(text):
        a = m.start()
        for size in sizes:
            name = text[a : a + size]
            if name in names and a >= ends.get(name, 0) and _bounded(text, a, a + size):
                out.setdefault(name, []).append(a)
                ends[name] = a + size
    return out


def _sites(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each type or feature word after a space (``_SCAN``), in C when
    the extension is built."""
    if spaced_words_c is not None:
        return spaced_words_c(text, _SCANNED_WORDS)
    return [m.span("word") for m in _SCAN.finditer(text)]


def _feature(
    text: str,
    start: int,
    end: int,
    word: str,
    free: _Free,
    demonyms: dict[str, str],
    known: dict[str, tuple[str, ...]],
    found: dict[int, tuple[int, int, str]],
) -> None:
    """Adds to ``found`` the natural feature whose capitalised feature ``word`` stands at
    ``start``: "Lake Lanier", "Mount Hood's slopes", "Kanawha River", "Otter Creek"."""
    if word in _PREFIX_FEATURES and (named := _FEATURE_NAME_AFTER.match(text, end)):
        s, e = start, named.end()
    elif (
        start >= 2
        and text[start - 2].isalpha()
        and text[text.rfind(" ", 0, start - 1) + 1].isupper()
    ):
        named = _FEATURE_NAME_BEFORE.search(text, max(0, start - 40), start)
        if named is None:
            return
        s, e = named.start(), end
    else:
        return
    if text.endswith(("'s", "’s"), s, e):
        e -= 2
    if _CAPITAL_AFTER.match(text, e):
        return  # "Red River Bank", "Lake Forest Academy": the name goes on
    if not free(s, e):
        return
    span = _trimmed(text, s, e, demonyms, ordinary=True)
    if span is None or span[1] - span[0] <= len(word) + 1 or span[0] in found:
        return  # nothing of a name is left beside the feature word
    if name_key(text[span[0] : span[1]]) not in known:
        found[span[0]] = (*span, word.lower())


def _trimmed(
    text: str, start: int, end: int, demonyms: dict[str, str], ordinary: bool = False
) -> tuple[int, int] | None:
    """The name inside ``text[start:end]`` without the leading words that are no name part
    ("Sudanese Warab" is Warab), or None when nothing of a name is left. Unless
    ``ordinary``, a name made only of ordinary English words is none either."""
    words = [m.span() for m in _NOT_SPACE.finditer(text[start:end])]
    while words and _no_name(text[start + words[0][0] : start + words[0][1]], demonyms):
        words.pop(0)
    if not words:
        return None
    s, e = start + words[0][0], start + words[-1][1]
    surface = text[s:e]
    if any(_no_name(w, demonyms) for w in surface.split(" ")):
        return None
    if surface.endswith(("'s", "’s")) or (not ordinary and _is_ordinary(surface)):
        return None
    return s, e


def _no_name(word: str, demonyms: dict[str, str]) -> bool:
    key = fold(word)
    return (
        key in _NOT_NAMES
        or key in demonyms
        or (len(word) > 1 and word.isupper())  # "TIF districts", "the FDA states"
        # no letter is a digit: a word of letters alone (most) is spared the walk
        or (not word.isalpha() and any(c.isdigit() for c in word))
        or (("-" in word) and not word.split("-", 1)[1][:1].isupper())  # "LTTE-administered"
        or key.endswith(_ADJECTIVE_ENDS)
    )


@lru_cache(maxsize=4096)
def _is_ordinary(name: str) -> bool:
    """True when every word of ``name`` is an ordinary English word ("While", "Republican"):
    capitalised only by its place in the sentence or as an adjective."""
    from lemminflect import getAllLemmas

    return all(bool(getAllLemmas(fold(w))) for w in re.split(r"[ '’-]+", name) if w)
