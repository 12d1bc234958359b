"""Every supported file format, read into articles plus per-line problems.

- text (.txt .md .markdown .text): the seed format or front matter, one article;
- JSON (.json): one article object or a list of them;
- JSON Lines (.jsonl .ndjson): one article per line; a bad line is reported with its number
  and the other lines still go in;
- saved HTML pages (.html .htm): main text, title, date and site by trafilatura;
- RSS and Atom feeds (.xml .rss .atom): feedparser; an entry becomes an article when it
  carries text.

JSON fields: ``title``, ``text`` or ``body``, ``date`` or ``published``, ``url``, ``source``.

Limits (hostile input becomes one refusal naming the file, never a crash): 5 MB per file,
except a JSON Lines file over 5 MB, read a line at a time with 5 MB per line (up to 1 GiB),
and a feed (64 MB, parsed whole);
JSON nested at most ``MAX_JSON_DEPTH`` deep; feeds are checked by defusedxml first (no
entity declarations, no external references) and must name a known encoding.
"""

from __future__ import annotations

import codecs
import email.utils
import io
import json
import re
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

from dashboard.articles.reader import (
    MAX_BYTES,
    decode,
    field_text,
    parse_article,
    parse_date,
    value_kind,
)
from dashboard.errors import ArticleError
from dashboard.model import Article

TEXT = frozenset({".txt", ".md", ".markdown", ".text"})
JSON = frozenset({".json"})
JSONL = frozenset({".jsonl", ".ndjson"})
HTML = frozenset({".html", ".htm"})
FEED = frozenset({".xml", ".rss", ".atom"})
SUFFIXES = TEXT | JSON | JSONL | HTML | FEED

MAX_STREAM_BYTES = 1024 * 1024 * 1024  # a JSON Lines file read a line at a time: 1 GiB
MAX_FEED_BYTES = 64 * 1024 * 1024  # a feed is parsed whole: ~20,000 entries of 3 KB
_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
MAX_JSON_DEPTH = 32  # an article record is 2 deep; Python's parser itself dies near 1,000
_JSON_STRING = re.compile(r'"(?:\\.|[^"\\])*"')
_XML_ENCODING = re.compile(
    rb"""\A(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']"""
)


# what a library's parser raises on hostile input, besides its own errors: a YAML value of an
# unexpected type reaching our code is a TypeError or AttributeError, not a crash of the run
READ_ERRORS = (
    ValueError,
    TypeError,
    AttributeError,
    LookupError,
    RecursionError,
    MemoryError,
    OSError,
)


@dataclass
class FileRead:
    """What one file gave: its articles, what in it was refused (with line numbers), and
    what was read otherwise than written (``notes``: a record kept without a bad field)."""

    path: str
    articles: list[Article] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def where_in_line(exc: json.JSONDecodeError) -> str:
    """The decoder's reason with the column it stopped at: "Unterminated string starting at
    column 26", "Expecting value at column 1". Its ``msg`` alone ended on "starting at" with
    the place cut off, so a user could not find the fault in a long feed line."""
    at = "" if exc.msg.endswith(" at") else " at"
    return f"{exc.msg}{at} column {exc.colno}"


def read_file(path: Path, display: str | None = None) -> FileRead:
    """Read any supported file. Raises ``ArticleError`` when nothing in it can be used."""
    name = display or str(path)
    try:
        return _read(path, name)
    except ArticleError:
        raise
    except READ_ERRORS as exc:
        # a library's parser choking on hostile input: one refusal, and the run goes on
        raise ArticleError(name, f"unreadable ({type(exc).__name__}: {exc})") from exc


def _read(path: Path, name: str) -> FileRead:
    suffix = path.suffix.lower()
    if path.exists() and not path.is_file():
        _size(path, name)  # a pipe or a device is refused as such, whatever its name says
    if suffix not in SUFFIXES:
        raise ArticleError(
            name,
            f"unsupported file type {suffix or '(none)'}; supported: {', '.join(sorted(SUFFIXES))}",
        )
    if suffix in TEXT:
        text, flags = decode(_bytes(path, name), name)
        as_json = _json_in_text(text, name, flags, suffix)
        if as_json is not None:
            return as_json
        try:
            art = parse_article(text, path=str(path), flags=flags, refuse_future=True)
        except (
            ArticleError
        ) as exc:  # named as the caller knows it: an upload's temp path means nothing
            raise ArticleError(name, exc.reason) from exc
        return FileRead(name, [art])
    if suffix in JSONL and _size(path, name) > MAX_BYTES:
        return _stream_jsonl(path, name)
    if suffix in FEED:
        return _from_feed(_bytes(path, name, MAX_FEED_BYTES), name)
    raw = _bytes(path, name)
    text, flags = decode(raw, name)
    if suffix in JSON:
        return _from_json(text, name, flags)
    if suffix in JSONL:
        return _from_jsonl(text, name, flags)
    # feeds and plain text were read above; HTML is what is left of SUFFIXES
    return FileRead(name, [_from_html(text, name, flags)])


def _json_in_text(text: str, name: str, flags: tuple[str, ...], suffix: str) -> FileRead | None:
    """A text file's ``text`` that holds a JSON article record (an API response saved as
    ``.txt``), read as the JSON it is, with a note saying so; None when it is text. Stored as
    text, the record's braces and keys would become the article and its ``date`` be lost."""
    if text.lstrip()[:1] not in ("{", "["):
        return None
    try:
        read = _from_json(text, name, flags)
    except ArticleError:
        return None  # prose that opens with a brace, or JSON without an article in it
    read.notes.append(f"a {suffix} file holding JSON: read as JSON")
    return read


def upload_name(filename: str) -> str:
    """The base name an upload is known by (``../../x.txt`` -> ``x.txt``)."""
    return Path(filename.replace("\\", "/")).name or "upload.txt"


def read_bytes(raw: bytes, filename: str) -> FileRead:
    """Read an upload: only the base name is used, so a name with path parts cannot write
    or read anywhere (nothing is written to disk at all)."""
    import tempfile

    safe = upload_name(filename)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / safe
        path.write_bytes(raw)
        result = read_file(path, display=safe)
    # the temporary path means nothing once read: uploads are known by their name
    result.articles = [
        replace(
            a,
            path=f"upload:{safe}"
            if a.path == str(path)
            else a.path.replace(str(path), f"upload:{safe}"),
        )
        for a in result.articles
    ]
    return result


# ---------------------------------------------------------------- formats


def json_depth(text: str) -> int:
    """The deepest nesting of ``[`` and ``{`` in a JSON text, strings aside (one pass, no
    recursion, so it is safe on any input)."""
    depth = deepest = 0
    for m in re.finditer(r"[\[\]{}]", _JSON_STRING.sub("", text)):
        depth += 1 if m.group() in "[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _parse_json(text: str) -> Any:
    depth = json_depth(text)
    if depth > MAX_JSON_DEPTH:
        raise ValueError(f"nested {depth} deep, over the limit of {MAX_JSON_DEPTH}")
    return json.loads(text)


def _from_json(text: str, name: str, flags: tuple[str, ...]) -> FileRead:
    try:
        data = _parse_json(text)
    except json.JSONDecodeError as exc:
        raise ArticleError(
            name, f"invalid JSON at line {exc.lineno}: {where_in_line(exc)}"
        ) from exc
    except ValueError as exc:
        raise ArticleError(name, f"JSON refused: {exc}") from exc
    items = data if isinstance(data, list) else [data]
    out = FileRead(name)
    for n, item in enumerate(items, start=1):
        _add_record(out, item, name, f"item {n}", f"{name}#{n}" if len(items) > 1 else name, flags)
    if not out.articles:
        raise ArticleError(name, summarise(out.problems) or "no articles in the file")
    return out


def _from_jsonl(text: str, name: str, flags: tuple[str, ...]) -> FileRead:
    out = FileRead(name)
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = _parse_json(line)
        except json.JSONDecodeError as exc:
            out.problems.append(f"line {n}: invalid JSON ({where_in_line(exc)})")
            continue
        except ValueError as exc:
            out.problems.append(f"line {n}: JSON refused ({exc})")
            continue
        _add_record(out, item, name, f"line {n}", f"{name}#{n}", flags)
    if not out.articles:
        raise ArticleError(name, summarise(out.problems) or "no articles in the file")
    return out


def _body(item: dict[str, Any]) -> tuple[str | None, str]:
    """The record's text, or None and why: a number or a list where the text should be
    is named as such, not as a missing text."""
    for key in ("text", "body"):
        value = item.get(key)
        if isinstance(value, str) and value.strip():
            return value, ""
    for key in ("text", "body"):
        value = item.get(key)
        if value is not None and not isinstance(value, str):
            return None, f"'{key}' is {value_kind(value)}, not text"
        if isinstance(value, str):
            return None, f"'{key}' is empty"
    return None, "no 'text' or 'body'"


def _add_record(
    out: FileRead, item: Any, name: str, where: str, key: str, flags: tuple[str, ...]
) -> None:
    if not isinstance(item, dict):
        out.problems.append(f"{where}: expected an object with 'text' or 'body'")
        return
    body, problem = _body(item)
    if body is None:
        out.problems.append(f"{where}: {problem}")
        return
    date = _record_date(item.get("date") or item.get("published"), where, out)
    try:
        title, source, url = (field_text(item.get(k), k, key) for k in ("title", "source", "url"))
        # the date as a value, never a text header: the text is stored as given
        art = parse_article(
            body,
            path=key,
            flags=flags,
            title=title,
            source=source,
            url=url,
            published=date,
            headers=False,
            refuse_future=True,
        )
    except ArticleError as exc:
        out.problems.append(f"{where}: {exc.reason}")
        return
    out.articles.append(art)


def _record_date(value: object, where: str, out: FileRead) -> str | None:
    """A JSON record's ``date`` as the publication day the reader takes (``YYYY-MM-DD`` or
    the value as given), with a note in ``out`` for what it cannot take whole: a number (no
    calendar of its own), words ("yesterday") and impossible days, which leave the record
    undated, and a timestamp whose clock is impossible ("2026-11-28T25:99:00Z"), read as its
    day. Each was counted only as "with no publication date", or taken without a word."""
    if value is None:
        return None
    if not isinstance(value, str):
        # 20260105 or an epoch count: a number has no calendar of its own to read it by
        out.notes.append(f"{where}: 'date' is {value_kind(value)}, not a date; read as undated")
        return None
    day = local_day(value)
    if day is not None:
        return day
    day_first = parse_date(value)  # the reader's own reading: a valid YYYY-MM-DD at the start
    if day_first is None:
        out.notes.append(f"{where}: 'date' {value.strip()[:40]!r} is not a date; read as undated")
        return None
    whole = day_first.isoformat()
    out.notes.append(
        f"{where}: 'date' {value.strip()[:40]!r} has an impossible time; read as {whole}"
    )
    return whole


def _from_html(text: str, name: str, flags: tuple[str, ...]) -> Article:
    import trafilatura

    extracted = trafilatura.extract(
        text, output_format="json", with_metadata=True, include_comments=False
    )
    if not extracted:
        raise ArticleError(name, "no article text found in the HTML page")
    meta = json.loads(extracted)
    body = (meta.get("text") or "").strip()
    if not body:
        raise ArticleError(name, "no article text found in the HTML page")
    return parse_article(
        body,
        path=name,
        flags=flags,
        title=meta.get("title") or "",
        source=meta.get("sitename") or meta.get("hostname") or "",
        url=meta.get("url") or "",
        published=meta.get("date"),
        headers=False,
        refuse_future=True,
    )


def _check_xml(raw: bytes, name: str) -> None:
    """Refuse what a feed never needs and an attacker loves: a declared encoding no codec
    knows, entity declarations (billion laughs), external entities and DTD fetches."""
    import defusedxml.ElementTree
    from defusedxml import DefusedXmlException

    declared = _XML_ENCODING.match(raw)
    if declared:
        label = declared.group(1).decode("ascii", errors="backslashreplace")
        try:
            codecs.lookup(declared.group(1).decode("ascii"))
        except (UnicodeDecodeError, LookupError) as exc:
            raise ArticleError(name, f"the feed declares an unknown encoding {label!r}") from exc
    try:
        # element by element, cleared as it ends: a 64 MB feed never becomes one tree here
        for _event, element in defusedxml.ElementTree.iterparse(io.BytesIO(raw)):
            element.clear()
    except DefusedXmlException as exc:
        raise ArticleError(name, f"feed refused by defusedxml: {exc}") from exc
    except (defusedxml.ElementTree.ParseError, ValueError):
        pass  # not well-formed XML: feedparser's lenient reading may still find entries


def _from_feed(raw: bytes, name: str) -> FileRead:
    import feedparser

    _check_xml(raw, name)
    feed = feedparser.parse(raw)
    if not feed.entries:
        reason = (
            f"not a readable RSS or Atom feed ({feed.bozo_exception})"
            if feed.bozo
            else "the feed has no entries"
        )
        raise ArticleError(name, reason)
    out = FileRead(name)
    source = (feed.feed.get("title") or "").strip()
    for n, entry in enumerate(feed.entries, start=1):
        body = _entry_text(entry)
        if not body:
            out.problems.append(f"entry {n}: no text")
            continue
        # the raw stamp, not feedparser's *_parsed (converted to UTC: 23:30 -07:00 would be
        # the next day, and every relative date in the item a day late)
        when = local_day(entry.get("published") or entry.get("updated"))
        if when is None and (
            parsed := entry.get("published_parsed") or entry.get("updated_parsed")
        ):
            when = f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"
        key = entry.get("link") or entry.get("id") or f"{name}#{n}"
        try:
            art = parse_article(
                body,
                path="",
                title=entry.get("title") or "",
                source=source,
                url=key,
                published=when,
                headers=False,
                refuse_future=True,
            )
        except ArticleError as exc:
            out.problems.append(f"entry {n}: {exc.reason}")
            continue
        out.articles.append(art)
    if not out.articles:
        raise ArticleError(name, summarise(out.problems) or "no articles in the feed")
    return out


def _entry_text(entry: Any) -> str:
    html = ""
    if entry.get("content"):
        html = entry["content"][0].get("value", "")
    html = html or entry.get("summary", "")
    if not html.strip():
        return ""
    import lxml.html

    try:
        return " ".join(lxml.html.fromstring(html).text_content().split())
    except (ValueError, lxml.etree.ParserError):
        return ""


def _size(path: Path, name: str) -> int:
    """The size of the regular file at ``path`` (a link followed). Raises ``ArticleError``
    for anything else: a named pipe waits for a writer for ever and a device such as
    /dev/zero never ends, so reading either hung the run or filled the memory."""
    try:
        st = path.stat()
    except OSError as exc:
        raise ArticleError(name, f"cannot read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(st.st_mode):
        raise ArticleError(name, f"not a regular file ({file_kind(st.st_mode)})")
    return st.st_size


def file_kind(mode: int) -> str:
    """What a path that is not a regular file is, in a user's words (``os.stat`` mode)."""
    kinds = (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    )
    return next((word for test, word in kinds if test(mode)), "not a file")


def _bytes(path: Path, name: str, limit: int = MAX_BYTES) -> bytes:
    size = _size(path, name)
    if size > limit:
        raise ArticleError(name, f"file is {size:,} bytes, over the {limit:,}-byte limit")
    try:
        with path.open("rb") as fh:
            # the limit holds while reading too: a file that grows after its stat is cut
            # off at limit + 1 bytes rather than read whole
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise ArticleError(name, f"cannot read: {exc.strerror or exc}") from exc
    if len(raw) > limit:
        raise ArticleError(name, f"file grew past the {limit:,}-byte limit while being read")
    return raw


def local_day(stamp: object) -> str | None:
    """The calendar day a timestamp names in its own offset, as ``YYYY-MM-DD``.

    The outlet's local day is the publication day: "Thu, 07 Nov 2024 23:30:00 -0700" and
    "2024-11-07T23:30:00-07:00" are 7 November, never the UTC 8 November. Accepts RFC 822
    (RSS) and ISO 8601 (Atom, JSON) stamps; returns a plain date string unchanged in form,
    and None for anything that is not one.
    """
    if not isinstance(stamp, str) or not stamp.strip():
        return None
    text = stamp.strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        pass
    try:
        return email.utils.parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _stream_jsonl(path: Path, name: str) -> FileRead:
    """A JSON Lines file over ``MAX_BYTES``, read a line at a time: the limit applies to each
    line (one article), the file may hold up to ``MAX_STREAM_BYTES``. Each line is decoded
    on its own (UTF-8, else Windows-1252, flagged); a UTF-16 or UTF-32 file, whose lines
    cannot be split as bytes, keeps the whole-file limit."""
    out, articles = open_jsonl(path, name)
    read = list(articles)
    if not read:
        raise no_articles(out)
    out.articles = read
    return out


def open_jsonl(path: Path, name: str) -> tuple[FileRead, Iterator[Article]]:
    """A big JSON Lines file as its articles, one at a time, as ``read_file`` reads them:
    ``(read, articles)``, where ``read.problems`` gains each refused line as the iterator
    passes it, and ``read.articles`` stays empty (the caller keeps what it needs). Raises
    ``ArticleError`` at once for a file over ``MAX_STREAM_BYTES`` or in UTF-16/32; a file
    with no article in it is the caller's to refuse, with ``no_articles(read)``."""
    size = _size(path, name)
    if size > MAX_STREAM_BYTES:
        raise ArticleError(
            name, f"file is {size:,} bytes, over the {MAX_STREAM_BYTES:,}-byte limit"
        )
    with path.open("rb") as fh:  # an OSError is read_file's (or the caller's) to name
        wide = fh.read(4).startswith(_WIDE_BOMS)
    if wide:
        raise ArticleError(name, f"file is {size:,} bytes, over the {MAX_BYTES:,}-byte limit")
    out = FileRead(name)
    return out, _jsonl_articles(path, out)


def no_articles(read: FileRead) -> ArticleError:
    """Why a file none of whose records became an article is refused."""
    return ArticleError(read.path, summarise(read.problems) or "no articles in the file")


_NUMBERED = re.compile(r"(line|item|entry) (\d+): (.*)", re.DOTALL)
_SHOWN_RUNS = 5  # runs of numbers written out per reason; the rest are counted


def summarise(problems: Sequence[str]) -> str:
    """The refused lines or items of one file as one short text: one entry per reason, in
    the order each reason first appears, with its numbers as runs.

    ``["line 1: no 'text' or 'body'", "line 2: no 'text' or 'body'", "line 5: invalid JSON"]``
    gives ``"lines 1-2: no 'text' or 'body'; line 5: invalid JSON"``. A report line stays
    one readable line when an export of a million events is given to ``ingest`` by
    mistake; the full list stays in ``FileRead.problems``. Problems without a number are
    kept as they are."""
    groups: dict[tuple[str, str], list[int]] = {}
    for problem in problems:
        m = _NUMBERED.fullmatch(problem)
        if m:
            groups.setdefault((m.group(1), m.group(3)), []).append(int(m.group(2)))
        else:
            groups.setdefault(("", problem), [])
    return "; ".join(
        _numbered(kind, numbers, reason) if kind else reason
        for (kind, reason), numbers in groups.items()
    )


def _numbered(kind: str, numbers: list[int], reason: str) -> str:
    runs: list[list[int]] = []
    for n in numbers:
        if runs and n == runs[-1][1] + 1:
            runs[-1][1] = n
        else:
            runs.append([n, n])
    shown = ", ".join(f"{a:,}" if a == b else f"{a:,}-{b:,}" for a, b in runs[:_SHOWN_RUNS])
    if len(runs) > _SHOWN_RUNS:
        shown += f" and {len(numbers) - sum(b - a + 1 for a, b in runs[:_SHOWN_RUNS]):,} more"
    plural = "s" if len(numbers) > 1 else ""
    return f"{kind}{plural} {shown}: {reason}"


def _jsonl_articles(path: Path, out: FileRead) -> Iterator[Article]:
    line = FileRead(out.path, problems=out.problems, notes=out.notes)  # problems go to out
    with path.open("rb") as fh:
        for n, raw in enumerate(_lines(fh), start=1):
            _stream_line(line, raw, n, out.path)
            if line.articles:  # one at most: a line is one record
                yield line.articles.pop()


def _lines(fh: BinaryIO) -> Iterator[bytes | None]:
    """Each line's bytes, or ``None`` for a line over ``MAX_BYTES`` (skipped unread)."""
    while line := fh.readline(MAX_BYTES + 1):
        if len(line) > MAX_BYTES and not line.endswith(b"\n"):
            while (rest := fh.readline(MAX_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _stream_line(out: FileRead, raw: bytes | None, n: int, name: str) -> None:
    if raw is None:
        out.problems.append(f"line {n}: over the {MAX_BYTES:,}-byte limit")
        return
    if not raw.strip():
        return
    try:
        text, flags = decode(raw.removeprefix(codecs.BOM_UTF8) if n == 1 else raw, name)
        item = _parse_json(text)
    except ArticleError as exc:
        out.problems.append(f"line {n}: {exc.reason}")
        return
    except json.JSONDecodeError as exc:
        out.problems.append(f"line {n}: invalid JSON ({where_in_line(exc)})")
        return
    except ValueError as exc:
        out.problems.append(f"line {n}: JSON refused ({exc})")
        return
    _add_record(out, item, name, f"line {n}", f"{name}#{n}", flags)
