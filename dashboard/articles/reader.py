"""Read article files into ``Article`` values, refusing bad input with a clear reason.

Formats:
- the seed's plain text: ``date YYYY-MM-DD`` first (alone on its line or followed by the
  dateline on the same line), then the dateline and the text; a headline line may come
  before the ``date`` line, and is then the title;
- Markdown or plain text with YAML front matter: ``title``, ``date``, ``source``, ``url``.
"""

from __future__ import annotations

import hashlib
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

from dashboard.analysis import dateline_outlet
from dashboard.articles.controls import FLAG as INVISIBLE
from dashboard.articles.controls import without_invisible
from dashboard.articles.encoding import decode
from dashboard.articles.language import english
from dashboard.articles.markup import unmarked
from dashboard.articles.urls import http_url
from dashboard.errors import ArticleError
from dashboard.events.dates_header import header_day, yearless
from dashboard.events.dates_header_lines import (
    NO_SUCH_DAY,
    NO_YEAR,
    NOT_READ,
    HeaderItem,
    line_items,
    publication,
    value_item,
    year_from,
)
from dashboard.model import Article
from dashboard.places.names import sentences

MAX_BYTES = 5 * 1024 * 1024  # a long feature is ~100 KB; anything far larger is not an article
# One article's text, in characters. A long feature is 30,000-60,000 characters (10,000
# words); a text far longer is a book or a dump, to be split into its articles. Reading time
# grows faster than length on hostile text: news paragraphs read at ~30 ms of CPU per 1,000
# characters, one sentence repeated on one line at ~120 ms (measured at stop 30), and a
# 1.5 MB one-line file held a worker for over ten minutes before this limit
MAX_TEXT_CHARS = 150_000
MAX_FRONT_MATTER = 64 * 1024  # title, date, source, url: a few hundred bytes in practice
MAX_YAML_ALIASES = 16  # front matter needs none; a few are harmless, thousands are a bomb
NUL = "\x00"

_SEED_DATE = re.compile(r"\A\s*date\s+(\S+)[ \t]*\n?")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*\n", re.DOTALL)
_TITLE_LIMIT = 120
# A report is published at most a day after this machine's date: an outlet's local day runs
# up to 14 hours ahead of UTC, so "tomorrow" here is still today somewhere. Anything later is
# a typo (2999 for 2019) that would move every relative date in the text ("yesterday") with it.
FUTURE_DAYS = 1


def read_article(path: Path) -> Article:
    """Read one article file; raise ``ArticleError`` naming the file and the reason."""
    raw = _read_bytes(path)
    text, flags = decode(raw, str(path))
    return parse_article(text, path=str(path), flags=flags, refuse_future=True)


def parse_article(
    text: str,
    *,
    path: str = "",
    flags: tuple[str, ...] = (),
    title: str = "",
    source: str = "",
    url: str = "",
    published: object = None,
    headers: bool = True,
    refuse_future: bool = False,
) -> Article:
    """An ``Article`` from text in one of the supported text formats.

    A structured source (a JSON record, a feed entry, an HTML page's metadata) passes its
    publication date as ``published`` and ``headers=False``: its text is then stored as given,
    never searched for a ``date`` line or front matter, so an unreadable date cannot eat the
    first words of the text (``"date": "not a date"`` once became the title "a date").

    NUL characters are removed from every field (PostgreSQL cannot store them) and the
    article is flagged ``nul_removed``. A URL that is not http(s) with a host (``javascript:``,
    ``data:``, a bare path) is kept as text, never drawn as a link, and the article is flagged
    ``url_not_a_link`` so that the report says so. ``refuse_future``: a publication date more than
    ``FUTURE_DAYS`` after today raises ``ArticleError`` (every file format asks for it; a
    caller building an article of its own, a test of planned events, may date it ahead).
    An article with no ``source`` takes the outlet its dateline credits ("SEOUL (Yonhap) —").
    A text over ``MAX_TEXT_CHARS`` characters raises ``ArticleError``: reading it would hold
    a worker for minutes."""
    if NUL in text + title + source + url:
        text, title, source, url = (v.replace(NUL, "") for v in (text, title, source, url))
        flags = (*flags, "nul_removed")
    (text, title, source, url), hidden = without_invisible(text, title, source, url)
    flags = (*flags, INVISIBLE) if hidden else flags
    text, flags = unmarked(text.replace("\r\n", "\n").replace("\r", "\n"), flags)
    meta: dict[str, object] = {}
    fm = _FRONT_MATTER.match(text) if headers else None
    if not headers:
        meta["date"] = published
    elif fm:
        meta = _front_matter(fm.group(1), path)
        text = text[fm.end() :]
        meta["date"], unread = _front_matter_date(meta, text)
        flags = (*flags, *_unread_flags(unread))
    else:
        meta, text, unread = _header(text)
        flags = (*flags, *_unread_flags(unread))
    headed, body = text.strip(), SUBTITLE_LABEL.sub("", text, count=_HEADER_LINES).strip()
    if not body:
        raise ArticleError(path, "no article text after the header")
    if len(body) > MAX_TEXT_CHARS:
        raise ArticleError(
            path,
            f"text is {len(body):,} characters, over the {MAX_TEXT_CHARS:,}-character limit for"
            " one article (a long feature is under 60,000); split it into its articles",
        )
    if not english(body):
        flags = (*flags, "not_english")  # stored, but not analysed (``pipeline.analyse``)
    day = parse_date(meta.get("date") or meta.get("published"))
    if day is None:
        flags = (*flags, "no_publication_date")
    elif refuse_future:
        check_published(day, path)
    fields = {
        "text": body,
        "title": field_text(meta.get("title"), "title", path) or title or _first_sentence(headed),
        # a story with no outlet of its own is the wire's that its dateline credits
        "source": field_text(meta.get("source"), "source", path) or source or dateline_outlet(body),
        "url": field_text(meta.get("url"), "url", path) or url,
    }
    if fields["url"] and http_url(fields["url"]) is None:
        flags = (*flags, "url_not_a_link")  # kept as text; said in the file's report line
    for name, value in fields.items():
        if _SURROGATE.search(value):
            raise ArticleError(path, f"{name!r} holds a lone surrogate escape, not Unicode text")
    return Article(id=article_id(body, day), published=day, path=path, flags=flags, **fields)


# Half of a UTF-16 pair, which a JSON or YAML escape ("\\ud83d") can produce but no UTF-8
# store or file can hold (RFC 8259 section 8.2): refused here, for every format, before it
# fails a whole batch at the write
_SURROGATE = re.compile("[\ud800-\udfff]")


def field_text(value: object, key: str, path: str) -> str:
    """A title, source or URL as text: a string as given, a number or date (YAML reads
    ``title: 1984`` as one) as written, nothing as ``""``. A list or mapping raises
    ``ArticleError``: its Python text ("['a', 'b']") is no title, and which item was meant
    is the writer's to say.

    >>> field_text(1984, "title", "a.md")
    '1984'
    """
    if value is None:
        return ""
    if isinstance(value, list | tuple | set | dict):
        raise ArticleError(path, f"{key!r} is {value_kind(value)}, not text; give it as one string")
    return str(value)


def value_kind(value: object) -> str:
    """What a field holds where text was expected, as a reader names it ("a list")."""
    if isinstance(value, bool):
        return "true or false"
    if isinstance(value, int | float):
        return "a number"
    return "a mapping" if isinstance(value, dict) else "a list"


def check_published(day: date, path: str, today: date | None = None) -> None:
    """Raise ``ArticleError`` for a publication date more than ``FUTURE_DAYS`` after
    ``today`` (the machine's date by default)."""
    limit = (today or date.today()) + timedelta(days=FUTURE_DAYS)
    if day > limit:
        raise ArticleError(
            path,
            f"publication date {day.isoformat()} is after {limit.isoformat()}, "
            "a day past this machine's date: a report cannot be published in the future",
        )


def article_id(text: str, published: date | None) -> str:
    """Content hash: the same text and date always give the same id."""
    digest = hashlib.sha256(f"{published}\n{text}".encode()).hexdigest()
    return f"a{digest[:16]}"


def _header_date(text: str, seed: re.Match[str]) -> tuple[str, int, str]:
    """The value of a plain-text ``date`` header, where the text after it starts, and why a
    date-like value was left unread (else "").

    ``date 2024-11-07`` (the seed's form) gives its token; a date alone on its line, in words
    or numbers, with a weekday, clock time or zone (``date Tuesday, 6 May 2025``), gives its
    ISO day (``events/dates_header.py``); any other short header line is taken whole (and the
    article is then undated), so no half of it ("June 2026") is left as text."""
    token = seed.group(1)
    if parse_date(token) is not None:
        return token, seed.end(), ""
    line_end = text.find("\n", seed.start())
    line_end = len(text) if line_end < 0 else line_end + 1
    value = text[seed.start(1) : line_end].strip()
    got = header_day(value, text[line_end:])
    if got.day is not None:
        return got.day.isoformat(), line_end, ""
    if line_end - seed.start() <= 48:
        # "date 2026-13-45": date-shaped but no calendar day, named as such on the ingest line
        why = got.why if got.why == NO_SUCH_DAY or got.why not in NOT_READ else ""
        # "date June 19": a header date all the same, left unread for want of its year
        return value, line_end, why or (NO_YEAR if yearless(value) else "")
    return token, seed.end(), ""


def _unread_flags(why: str) -> tuple[str, ...]:
    """The flag that names why a header date was left unread: its year missing, or its
    day/month order or weekday unclear (the ingest line says which)."""
    if not why:
        return ()
    if why == NO_SUCH_DAY:
        return ("header_date_invalid",)
    return ("header_date_no_year",) if why == NO_YEAR else ("header_date_unread",)


# front matter keys that carry a date, and what kind (schema.org's datePublished and
# dateModified; ``date`` is Jekyll's and Hugo's publication date, ``lastmod`` Hugo's change)
_FRONT_MATTER_DATES = (
    ("date", "published"),
    ("published", "published"),
    ("updated", "updated"),
    ("lastmod", "updated"),
    ("modified", "updated"),
)


def _front_matter_date(meta: dict[str, object], body: str) -> tuple[object, str]:
    """The publication date front matter gives, as a value ``parse_date`` reads (None when
    it gives none), and why it was left unread. A date in words (``date: June 19, 2024``,
    ``published: 19 June 2024``) is read as a header line's value is; it was dropped, as only
    an ISO date was read. The keys rank as the header's labels do."""
    items = []
    for key, kind in _FRONT_MATTER_DATES:
        value = meta.get(key)
        day = parse_date(value)
        if day is not None:
            items.append(HeaderItem(kind, day))
        elif isinstance(value, str) and (item := value_item(kind, value, body)) is not None:
            items.append(item)
    chosen = publication(tuple(items))
    if chosen is None:
        return meta.get("date") or meta.get("published"), ""
    day = chosen.day or year_from(chosen, tuple(items))
    return (day, "") if day else (None, chosen.why)


def _header(text: str) -> tuple[dict[str, object], str, str]:
    """The header of a plain text, the text after it, and why a header date was left unread
    (else ""; ``NO_YEAR`` for a day and month alone). The seed's ``date`` line first is
    read as it always was, and labelled date lines right under it are dropped; any other
    header is read by ``_header_block``."""
    seed = _SEED_DATE.match(text)
    if seed is None:
        return _header_block(text)
    value, end, why = _header_date(text, seed)
    if why == NO_YEAR:
        return _header_block(text)  # another header line may give the year
    text = text[end:]
    while (more := _next_line(text, 0)) is not None and _labelled_only(line_items(more["line"])):
        text = text[more.end() :]  # "Updated: …" under the seed's line: not the day
    return {"date": value}, text, why


# "Title: …" or "Headline: …" over a labelled date line, as exports and copy-pastes from
# CMSs write it: the label is the form's, not the headline's (newuser48 n17: the cards read
# "Title: Algeria recalls…"); front matter's ``title`` key is read by YAML instead
# A dash serves as the colon in some exports ("Title - Strike hits Kharkiv", newuser48b).
_TITLE_LABEL = re.compile(
    r"\A(?:(?:title|headline)[ \t]*(?::|[-\u2013\u2014](?=[ \t]))[ \t]*)+", re.IGNORECASE
)
# A subtitle's label over or under the headline ("Subtitle: …", "Standfirst: …"): the line
# is the outlet's summary, read as text without its label, and never the title (newuser48b:
# "Subtitle: …" as the first line was stored as the title, label and all)
SUBTITLE_LABEL = re.compile(
    r"^[ \t]*(?:subtitle|sub-?headline|subhead|standfirst|dek|deck|strapline)[ \t]*:[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)


def _labelled_only(items: tuple[HeaderItem, ...] | None) -> bool:
    return bool(items) and all(i.kind in ("published", "updated") for i in items or ())


def _header_block(text: str) -> tuple[dict[str, object], str, str]:
    """The lines an outlet prints over its story, as many as are header lines: at most one
    headline (the first line), bylines ("By Jane Doe, Reuters") and date lines, labelled or
    not, alone or joined ("19 June 2024 | Updated 20 June 2024 14:02 BST"). The publication
    day is the one the labels say (``dates_header_lines.publication``): "Published" over
    "Updated" whatever their order, and a labelled date over a headline that is itself a date
    (which is then the title). Returns ``({}, text, "")`` when no header line is read, so a
    headline over body text, or body text that opens with a date ("June 19 was a hot day"),
    stays text; header lines that give no day (an age, a reading time, a byline) are dropped
    with the headline over them, which is then the title, and the article stays undated. Read as text, such a header left the article undated, or dated to its
    latest update, and every "on Tuesday" in it went with it (newuser13-15, dates15)."""
    summary = _next_line(text, 0)
    if summary is not None and SUBTITLE_LABEL.match(summary["line"]):
        # a summary line over the header: text, and the header is read under it
        meta, rest, why = _header_block(text[summary.end() :])
        return meta, summary["line"] + "\n\n" + rest, why
    title, pos, first_line = "", 0, ""
    first: tuple[HeaderItem, ...] = ()
    items: list[HeaderItem] = []
    for n in range(_HEADER_LINES):
        line = _next_line(text, pos)
        if line is None:
            break
        got = _line_at(text, line)
        if got is None and n == 0 and len(line["line"].strip()) <= 200:
            title, pos = _TITLE_LABEL.sub("", line["line"].strip()), line.end()
            continue
        if got is None and n > 0 and not items:
            below = _labelled_below(text, line.end(), min(_BELOW, _HEADER_LINES - n - 1))
            if below is not None:  # a sentence line over the page's labelled date line
                items.extend(below[0])
                keep = text[line.start("line") : below[1]]
                return _block_meta(title, items, first, first_line, keep + text[below[2] :])
        if got is None or (_has_bare(got[0]) and _has_bare(tuple(items))):
            break  # text, or a second bare date (a date line of the story, not the page's)
        items.extend(got[0])
        if n == 0:
            first, first_line = got[0], line["line"].strip()
        pos = got[1]
        if pos < line.end():
            break  # the seed's "date 2026-11-18 KABUL — …": the text goes on on that line
    if publication(tuple(items)) is None:
        if items:
            # a headline over lines that give no day ("Posted 3 hours ago", "4 min read", a
            # byline): they are still the page's header, not the story (README, plain text),
            # so the headline is the title and the text starts under them (newuser20: the
            # title glued headline, age line and dateline into one)
            return ({"title": title} if title else {}), text[pos:], ""
        return {}, text, ""
    return _block_meta(title, items, first, first_line, text[pos:])


def _block_meta(
    title: str,
    items: list[HeaderItem],
    first: tuple[HeaderItem, ...],
    first_line: str,
    rest: str,
) -> tuple[dict[str, object], str, str]:
    """``_header_block``'s answer from the header items read: (meta, the text after the
    header, why its date was left unread)."""
    chosen = publication(tuple(items))
    assert chosen is not None
    day = chosen.day or year_from(chosen, tuple(items))
    meta: dict[str, object] = {"date": day.isoformat() if day else None}
    if not title and len(first) == 1 and first[0].kind == "bare" and first[0] is not chosen:
        title = first_line  # a headline that is itself a date, over the labelled day
    if title:
        meta["title"] = title
    return meta, rest, "" if day else chosen.why


def _labelled_below(
    text: str, pos: int, lines: int
) -> tuple[tuple[HeaderItem, ...], int, int] | None:
    """A labelled publication line ("date 2024-06-19", "Published: 19 June 2024") within
    ``lines`` lines from ``pos``, under a line of text: its items, where it starts and where
    the text after it starts; None when there is none. Only a label says that a line below
    a sentence is the page's own date; a bare date there ("June 19, 2024") may be the
    story's, and stays text (newuser18: a sentence over "date 2024-06-19" left the article
    undated, and the date line in its text)."""
    for _ in range(max(0, lines)):
        line = _next_line(text, pos)
        if line is None:
            return None
        got = _line_at(text, line)
        if got is not None and got[1] >= line.end() and any(i.kind == "published" for i in got[0]):
            return got[0], line.start("line"), got[1]
        pos = line.end()
    return None


_HEADER_LINES = 6  # a headline, a byline or two and a few date lines
_BELOW = 2  # lines a labelled date line may stand under a line of text and still be the page's
_LINE = re.compile(r"(?:[ \t]*\n)*(?P<line>[^\n]*\S[^\n]*)(?:\n|\Z)")


def _next_line(text: str, pos: int) -> re.Match[str] | None:
    """The next non-blank line from ``pos``, after any blank lines."""
    return _LINE.match(text, pos)


def _has_bare(items: tuple[HeaderItem, ...]) -> bool:
    return any(i.kind == "bare" for i in items)


def _line_at(text: str, line: re.Match[str]) -> tuple[tuple[HeaderItem, ...], int] | None:
    """The items of a header line and where the text after it starts, or None for text.
    A ``date`` word line is read as the seed's (``_header_date``): "date 2025-02-30" is
    still the header, leaving the article undated; "date night at the cinema" is text."""
    rest = text[line.start("line") :]
    seed = _TITLED_DATE.match(rest)
    if seed is not None:
        value, end, why = _header_date(rest, seed)
        if parse_date(value) is not None or value[:1].isdigit() or why not in ("", NO_YEAR):
            item = HeaderItem("published", parse_date(value), why)
            return (item,), line.start("line") + end
    items = line_items(line["line"], text[line.end() :])
    return None if items is None else (items, line.end())


_TITLED_DATE = re.compile(r"\A[ \t]*(?:date|Date|DATE)[ \t]*:?[ \t]+(\S+)[ \t]*\n?")


def parse_date(value: object) -> date | None:
    if isinstance(value, datetime):
        # YAML reads ``date: 2024-03-11T23:30:00-08:00`` (Hugo, Jekyll) as a datetime, a
        # subclass of date that no date compares with: the day as written, in its own zone
        return value.date()
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        return None
    m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleError(
                str(path), f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit"
            )
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(str(path), f"cannot read: {exc.strerror or exc}") from exc


class _AliasLimitError(yaml.YAMLError):
    pass


class _LimitedLoader(yaml.SafeLoader):
    """``yaml.SafeLoader`` that refuses more than ``MAX_YAML_ALIASES`` aliases: a
    600-byte "billion laughs" otherwise builds lists whose text is gigabytes."""

    aliases = 0

    def compose_node(self, parent: yaml.Node | None, index: object) -> yaml.Node | None:
        if self.check_event(yaml.AliasEvent):
            self.aliases += 1
            if self.aliases > MAX_YAML_ALIASES:
                raise _AliasLimitError(f"more than {MAX_YAML_ALIASES} YAML aliases")
        return super().compose_node(parent, index)


def _front_matter(block: str, path: str) -> dict[str, object]:
    if len(block) > MAX_FRONT_MATTER:
        raise ArticleError(path, f"front matter is over {MAX_FRONT_MATTER:,} characters")
    try:
        meta = yaml.load(block, Loader=_LimitedLoader)  # a SafeLoader: builds plain data only
    except _AliasLimitError as exc:
        raise ArticleError(path, f"front matter refused: {exc}") from exc
    except yaml.YAMLError as exc:
        raise ArticleError(path, f"front matter is not valid YAML ({_yaml_fault(exc)})") from exc
    if not isinstance(meta, dict):
        raise ArticleError(path, "front matter must be a mapping of keys to values")
    return {str(k).lower(): v for k, v in meta.items()}


def _yaml_fault(exc: yaml.YAMLError) -> str:
    """PyYAML's fault in one line, placed in the file: "line 2, column 8: expected ',' or
    ']', but got '<stream end>'". Its own text runs over several lines with a caret drawing
    of the source, which broke the one-line refusal. The block starts on the file's second
    line, after the opening "---"."""
    mark = getattr(exc, "problem_mark", None)
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    if mark is None:
        return " ".join(str(problem).split())
    return f"line {mark.line + 2}, column {mark.column + 1}: {' '.join(str(problem).split())}"


_DATELINE = re.compile(r"^[A-Z][A-Z .,'-]+\s*[—–-]+\s*")


def _headline_line(body: str) -> bool:
    """Is the first line a headline: set apart by a blank line, or unpunctuated over a wire
    dateline or over a clearly longer line? A hard-wrapped paragraph's first line is neither
    (its next line is no longer, and it goes on without a blank line)."""
    first, _, rest = body.partition("\n")
    nxt = rest.lstrip(" \t").partition("\n")[0]
    if not first.strip() or not rest.strip():
        return False
    if not nxt.strip():
        return True
    if first.rstrip().endswith((".", "!", "?", ",", ";", ":")):
        return False
    return bool(_DATELINE.match(nxt)) or len(first.strip()) < 0.75 * len(nxt.strip())


def _first_sentence(body: str) -> str:
    """A title for an article that gives none: its headline line, else its first sentence
    (past a wire dateline), cut to ``_TITLE_LIMIT`` characters. A title never runs past the
    end of its line: "Nurses detained in Lima" over "LIMA, Peru — Police…" is the headline."""
    body = body.strip()
    if SUBTITLE_LABEL.match(body):  # a summary line over the story is no headline
        body = body.partition("\n")[2].strip() or body
    if _headline_line(body):
        body = body.partition("\n")[0].strip()
    body = _DATELINE.sub("", body)  # drop the dateline
    # the splitter's own sentence, so "U.S.", "Sept." and "at 4 a.m. local time" cut no title
    first = next(sentences(body), (0, 0))
    sentence = " ".join(body[first[0] : first[1]].split())  # unwrapped
    return sentence if len(sentence) <= _TITLE_LIMIT else sentence[: _TITLE_LIMIT - 1] + "…"
