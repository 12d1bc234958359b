"""Read article files into ``Article`` values, refusing bad input with a clear reason.

Formats:
- the seed's plain text: ``date YYYY-MM-DD`` first (alone on its line or followed by the
  dateline on the same line), then the dateline and the text; a headline line may come
  before the ``date`` line, and is then the title;
- Markdown or plain text with YAML front matter: ``title``, ``date``, ``source``, ``url``.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from datetime import date, datetime, timedelta
from pathlib import Path

import yaml

from dashboard.analysis import dateline_outlet
from dashboard.articles.urls import http_url
from dashboard.errors import ArticleError
from dashboard.events.dates_header import header_day
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

# Byte-order marks, longest first: UTF-32-LE's BOM begins with UTF-16-LE's
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

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


def decode(raw: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Text by its byte-order mark (UTF-8, UTF-16, UTF-32), bytes invalid in that encoding
    replaced with U+FFFD and flagged ``bytes_replaced``; else UTF-8; else, when the bytes hold
    well-formed multi-byte UTF-8, UTF-8 with the stray bytes read as Windows-1252, flagged
    ``decoded_mixed``; otherwise Windows-1252, flagged ``decoded_cp1252``, since that is what
    mis-saved Western news pages almost always are. Many NUL bytes mean a binary file; a stray few are removed (``parse_article``)."""
    if not raw.strip():
        raise ArticleError(name, "empty file")
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            try:
                return raw[len(bom) :].decode(codec), ()
            except UnicodeDecodeError:
                # a stray bad byte in a marked file: the rest of the text is still good, so
                # it is kept with U+FFFD in place of what cannot be read, and said so
                return raw[len(bom) :].decode(codec, errors="replace"), ("bytes_replaced",)
    sample = raw[:8192]
    # one NUL per KB is a stray byte in a text; more is a binary file or BOM-less UTF-16
    if sample.count(0) > max(1, len(sample) // 1024):
        raise ArticleError(name, "binary file (contains NUL bytes), not text")
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    if _READ_AS_UTF8.search(raw):
        # UTF-8 with a few stray bytes (a Windows-1252 "é" pasted into a UTF-8 page): the
        # valid sequences say the file is UTF-8, so only the stray bytes are read as
        # Windows-1252; reading it all so would turn every "—" into "â€”"
        return raw.decode("utf-8", errors=_CP1252_BYTES), ("decoded_mixed",)
    return raw.decode("cp1252", errors="replace"), ("decoded_cp1252",)


def _cp1252_bytes(err: UnicodeError) -> tuple[str, int]:
    """A ``codecs`` error handler: the bytes UTF-8 cannot read, read as Windows-1252."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("cp1252", errors="replace"), err.end


_CP1252_BYTES = "geonews-cp1252-bytes"
codecs.register_error(_CP1252_BYTES, _cp1252_bytes)
# a well-formed multi-byte UTF-8 sequence (RFC 3629 §4), which Windows-1252 text almost never
# holds: a lead byte and its continuation bytes
_READ_AS_UTF8 = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


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
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict[str, object] = {}
    fm = _FRONT_MATTER.match(text) if headers else None
    if not headers:
        meta["date"] = published
    elif fm:
        meta = _front_matter(fm.group(1), path)
        text = text[fm.end() :]
    else:
        meta, text, unread = _header(text)
        if unread:
            flags = (*flags, "header_date_unread")
    body = text.strip()
    if not body:
        raise ArticleError(path, "no article text after the header")
    if len(body) > MAX_TEXT_CHARS:
        raise ArticleError(
            path,
            f"text is {len(body):,} characters, over the {MAX_TEXT_CHARS:,}-character limit for"
            " one article (a long feature is under 60,000); split it into its articles",
        )
    day = parse_date(meta.get("date") or meta.get("published"))
    if day is None:
        flags = (*flags, "no_publication_date")
    elif refuse_future:
        check_published(day, path)
    fields = {
        "text": body,
        "title": field_text(meta.get("title"), "title", path) or title or _first_sentence(body),
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
        return value, line_end, "" if got.why in _NOT_READ else got.why
    return token, seed.end(), ""


# why a value is no date at all, as ``header_day`` says it (any other reason is a date left
# unread, which the article's flags name)
_NOT_READ = frozenset({"not a date", "no such day"})


def _labelled(text: str) -> tuple[str, int, str] | None:
    """A header line that only a date can follow (``Published: 2025-05-06T14:05:00Z``,
    ``Updated May 6, 2025 2:05 p.m. ET``, ``Date: 6 May 2025, 14:05``) at the start of
    ``text``: its ISO day (or its value, left unread), where the text after it starts, and why
    it was left unread. None when the line's value is not wholly a date: "Updated figures
    show…" is text."""
    m = _LABEL_LINE.match(text)
    if m is None:
        return None
    got = header_day(m["value"], text[m.end() :])
    if got.why in _NOT_READ:
        return None
    return (
        (got.day.isoformat() if got.day else m["value"].strip()),
        m.end(),
        got.why * (not got.day),
    )


def _header(text: str) -> tuple[dict[str, object], str, str]:
    """The header of a plain text (a ``date`` line, a labelled date line, or a headline over
    either), the text after it, and why a header date was left unread (else ""). Further
    labelled date lines right after ("Updated: …" under "Published: …") are dropped: the
    first is the publication day."""
    seed = _SEED_DATE.match(text)
    labelled = None if seed else _labelled(text)
    if seed:
        value, end, why = _header_date(text, seed)
        meta: dict[str, object] = {"date": value}
    elif labelled:
        value, end, why = labelled
        meta = {"date": value}
    else:
        meta, text, why = _titled_header(text)
        end = 0
        if not meta:
            meta, text = _bare_header(text)
    text = text[end:]
    while meta and (more := _labelled(text)) is not None:
        text = text[more[1] :]
    return meta, text, why


def _titled_header(text: str) -> tuple[dict[str, object], str, str]:
    """A headline line over the seed's ``date`` line (a line "Quake kills 120", then "date
    2026-11-18", then "KABUL — …"), or over a labelled date line ("Published: 6 May 2025"):
    the title and the date, the text after them, and why the date was left unread. Read as
    text, the date was lost and its line became a date in the body, so every "on Tuesday" was
    reckoned from it and the headline was read as a sentence of events. Only a ``date`` line
    whose value reads as a date, or starts with a digit (an impossible "2025-02-30": the
    article is then undated), counts; otherwise nothing is taken and the text is returned
    whole."""
    titled = _TITLED.match(text)
    if titled is None or not titled["title"].strip():
        return {}, text, ""
    rest = text[titled.end() :]
    seed = _TITLED_DATE.match(rest)
    if seed is None:
        labelled = _labelled(rest)
        if labelled is None:
            return {}, text, ""
        return (
            {"title": titled["title"].strip(), "date": labelled[0]},
            rest[labelled[1] :],
            labelled[2],
        )
    value, end, why = _header_date(rest, seed)
    if parse_date(value) is None and not value[:1].isdigit() and not why:
        return {}, text, ""  # "date night at the cinema": text
    # an impossible date ("date 2025-02-30") is still the header: the article is undated
    return {"title": titled["title"].strip(), "date": value}, rest[end:], why


def _bare_header(text: str) -> tuple[dict[str, object], str]:
    """A line that is wholly a date with no label, first or under a headline line, as
    outlets' pages print it ("June 19, 2024", "Wed 19 Jun 2024 10.42 BST",
    "2024-06-19T08:00:00Z"): the title (if any) and the ISO day, and the text after them;
    ``({}, text)`` otherwise. Only a value ``header_day`` reads whole counts, so an
    ambiguous "07/05/2025" or a sentence stays text. Read as text, the line left the
    article undated and its events with no date of their own were held back (newuser15)."""
    first = _BARE_LINE.match(text)
    if first is None:
        return {}, text
    got = header_day(first["line"])
    if got.day is not None:
        return {"date": got.day.isoformat()}, text[first.end() :]
    second = _BARE_LINE.match(text, first.end())
    if second is None or not first["line"].strip():
        return {}, text
    got = header_day(second["line"], text[second.end() :])
    if got.day is None:
        return {}, text
    return {"title": first["line"].strip(), "date": got.day.isoformat()}, text[second.end() :]


# one non-blank line of at most a long headline's length, after any blank lines
_BARE_LINE = re.compile(r"(?:[ \t]*\n)*(?P<line>[^\n]{1,200})(?:\n|\Z)")


# a headline alone on its line (no longer than a long headline), after any blank lines and
# before any, over a ``date`` line ("date 2025-05-07", "Date: 2025-05-07", "DATE …") or a
# labelled date line ("Published: …", "Updated …", "Posted on …")
_DATE_WORD = r"[ \t]*(?:date|Date|DATE)[ \t]*:?[ \t]+"
_LABEL = (
    r"[ \t]*(?i:date|published(?:[ \t]+on)?|(?:last[ \t]+)?updated(?:[ \t]+on)?"
    r"|posted(?:[ \t]+on)?|first[ \t]+published(?:[ \t]+on)?)[ \t]*:?[ \t]+"
)
_LABEL_LINE = re.compile(rf"\A(?:[ \t]*\n)*{_LABEL}(?P<value>[^\n]+)(?:\n|\Z)")
_TITLED = re.compile(rf"\A\s*(?P<title>[^\n]{{1,200}})\n(?:[ \t]*\n)*(?={_LABEL}\S)")
_TITLED_DATE = re.compile(rf"\A{_DATE_WORD}(\S+)[ \t]*\n?")


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
    if _headline_line(body):
        body = body.partition("\n")[0].strip()
    body = _DATELINE.sub("", body)  # drop the dateline
    # the splitter's own sentence, so "U.S.", "Sept." and "at 4 a.m. local time" cut no title
    first = next(sentences(body), (0, 0))
    sentence = " ".join(body[first[0] : first[1]].split())  # unwrapped
    return sentence if len(sentence) <= _TITLE_LIMIT else sentence[: _TITLE_LIMIT - 1] + "…"
