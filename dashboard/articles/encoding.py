"""Bytes into text: byte-order marks, UTF-8, UTF-16 without a mark, and the legacy code
pages of pages saved before UTF-8 (Windows-1252 for Western text; Windows-1251, KOI8-R,
Windows-1256 and the like, told apart by ``charset_normalizer``)."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from dashboard.errors import ArticleError

# Byte-order marks, longest first: UTF-32-LE's BOM begins with UTF-16-LE's
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


def decode(raw: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Text by its byte-order mark (UTF-8, UTF-16, UTF-32), bytes invalid in that encoding
    replaced with U+FFFD and flagged ``bytes_replaced``; else UTF-8; else, when the bytes hold
    well-formed multi-byte UTF-8, UTF-8 with the stray bytes read as Windows-1252, flagged
    ``decoded_mixed``; otherwise a legacy single-byte code page (``legacy``).  UTF-16 saved without a byte-order mark is
    read by where its NULs fall, flagged ``decoded_utf16_no_bom``. Other NUL-heavy bytes mean a
    binary file (``ArticleError``); a stray few NULs are removed (``parse_article``)."""
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
        utf16 = _bomless_utf16(sample)
        if utf16 is None:
            raise ArticleError(name, "binary file (contains NUL bytes), not text")
        try:
            return raw.decode(utf16), ("decoded_utf16_no_bom",)
        except UnicodeDecodeError:
            raise ArticleError(name, "binary file (contains NUL bytes), not text") from None
    try:
        return raw.decode("utf-8"), ()
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(raw):
        # UTF-8 with a few stray bytes (a Windows-1252 "é" pasted into a UTF-8 page): the
        # valid sequences say the file is UTF-8, so only the stray bytes are read as
        # Windows-1252; reading it all so would turn every "—" into "â€”"
        return raw.decode("utf-8", errors=_CP1252_BYTES), ("decoded_mixed",)
    return legacy(raw)


def _bomless_utf16(sample: bytes) -> str | None:
    """``"utf-16-le"`` or ``"utf-16-be"`` when ``sample`` looks like UTF-16 saved without a
    byte-order mark, else None. Text in Latin script written as UTF-16 has a NUL as the high
    byte of nearly every code unit, so the NULs sit on one parity of offsets only (the
    heuristic of Unicode's own detectors, e.g. ICU's ``CharsetRecog_UTF_16``); a binary file
    has them on both. Thresholds: at least 40% of one parity NUL, at most 1% of the other."""
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    share_even, share_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if share_odd >= 0.4 and share_even <= 0.01:
        return "utf-16-le"
    if share_even >= 0.4 and share_odd <= 0.01:
        return "utf-16-be"
    return None


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


def _mostly_utf8(raw: bytes) -> bool:
    """Do well-formed UTF-8 sequences hold at least half the bytes over 0x7F? A legacy code
    page makes one now and then by chance (Windows-1251's "ВІ" is the bytes of UTF-8's "²"),
    never most of them."""
    covered = sum(len(m) for m in _READ_AS_UTF8.findall(raw))
    return covered > 0 and 2 * covered >= sum(1 for b in raw if b > 0x7F)


def legacy(raw: bytes) -> tuple[str, tuple[str, ...]]:
    """Text that is not UTF-8, read from a single-byte code page: Windows-1252, flagged
    ``decoded_cp1252``, since that is what mis-saved Western news pages almost always are;
    but when most of its letters are bytes over 0x7F, which Western text never has (a few
    accented letters among ASCII ones), the script is not Latin, and the code page is the one
    ``charset_normalizer`` finds by its letters' frequencies (Windows-1251 or KOI8-R for
    Cyrillic, Windows-1256 for Arabic, …), flagged ``decoded_legacy``. Read as Windows-1252,
    a Russian page became "ÊÈÅÂ - Ðîññèéñêèå" in the store (newuser48 n20)."""
    western = raw.decode("cp1252", errors="replace")
    if _high_letter_share(raw) < _NOT_LATIN:
        cyrillic = _cyrillic_page(raw)
        if cyrillic is not None:
            return _decode_page(raw, cyrillic), ("decoded_legacy",)
        return western, ("decoded_cp1252",)
    best = from_bytes(raw[:_SAMPLE]).best()
    if best is None or codecs.lookup(best.encoding).name in _LATIN_PAGES:
        return western, ("decoded_cp1252",)
    return _decode_page(raw, best.encoding), ("decoded_legacy",)


def _decode_page(raw: bytes, codec: str) -> str:
    """``raw`` in the non-Latin code page ``codec``, but UTF-8's dashes, quotes and ellipsis
    (U+2010-U+203F, bytes E2 80 xx) read as UTF-8: a page pasted together from a UTF-8 one
    keeps them (an em dash read as Windows-1251 was "вЂ”", newuser49b), and no Cyrillic or
    Arabic word holds those three bytes ("в" and "Ђ" never meet; KOI8-R's 0x80 is a box
    drawing)."""
    parts = _UTF8_PUNCTUATION.split(raw)
    return "".join(
        part.decode("utf-8") if i % 2 else part.decode(codec, errors="replace")
        for i, part in enumerate(parts)
    )


_UTF8_PUNCTUATION = re.compile(rb"(\xe2\x80[\x90-\xbf])")


def _cyrillic_page(raw: bytes) -> str | None:
    """``"cp1251"`` or ``"koi8_r"`` when ``raw``, mostly ASCII, holds a word of at least
    ``_CYRILLIC_RUN`` bytes over 0x7F, at least three of them in 0xC0-0xFF: a Cyrillic name
    in an English page saved as Windows-1251 or KOI8-R, where every such byte is a Cyrillic
    letter. As Windows-1252 they would be accented Latin letters, and no Western language
    writes three in a row (read so, "Новоселовка" became "Íîâîñåëîâêà"; newuser49b). A word's letters are mostly
    lower case (all but a name's first), which Windows-1251 puts at 0xE0-0xFF and KOI8-R
    (RFC 1489) at 0xC0-0xDF, so the half that holds most of them names the page. None when
    there is no such word. A Greek or Arabic word in a Windows-1253 or -1256 page also forms
    such runs and is read as Cyrillic: garbled either way, as it was as Windows-1252."""
    runs = [
        run
        for run in _HIGH_RUN.findall(raw[:_SAMPLE])
        if len(run) >= _CYRILLIC_RUN and sum(1 for b in run if b >= 0xC0) >= _CYRILLIC_RUN - 1
    ]
    if not runs:
        return None
    upper_half = sum(1 for run in runs for b in run if b >= 0xE0)
    lower_half = sum(1 for run in runs for b in run if 0xC0 <= b < 0xE0)
    return "cp1251" if upper_half >= lower_half else "koi8_r"


_CYRILLIC_RUN = 4
# a word of bytes over 0x7F: Windows-1251 keeps a few letters below 0xC0 (Ukrainian "ї" is
# 0xBF, "і" 0xB3, "ё" 0xB8), so one byte of a run may fall below 0xC0 ("Київ")
_HIGH_RUN = re.compile(rb"[\x80-\xff]+")


def _high_letter_share(raw: bytes) -> float:
    """Of the bytes that may be letters (ASCII letters and every byte over 0x7F), the share
    over 0x7F: about .03 in French or German saved as Windows-1252, over .9 in Russian saved
    as Windows-1251."""
    sample = raw[:_SAMPLE]
    high = sum(1 for b in sample if b > 0x7F)
    ascii_letters = len(_ASCII_LETTER.findall(sample))
    return high / (high + ascii_letters) if high else 0.0


_SAMPLE = 16_384  # bytes enough to tell a script apart; detection time grows with the sample
_NOT_LATIN = 0.5  # half the letters outside ASCII: no Western language writes so
_ASCII_LETTER = re.compile(rb"[A-Za-z]")
# the code pages of Latin script, whose guess between them is no better than Windows-1252's
# (charset_normalizer calls Spanish in Windows-1252 "cp1250"): Python's codec names
_LATIN_PAGES = frozenset(
    codecs.lookup(c).name
    for c in (
        "cp1250",
        "cp1252",
        "cp1254",
        "cp1257",
        "latin_1",
        "iso8859_2",
        "iso8859_3",
        "iso8859_4",
        "iso8859_9",
        "iso8859_10",
        "iso8859_13",
        "iso8859_14",
        "iso8859_15",
        "iso8859_16",
        "mac_roman",
        "mac_latin2",
        "cp437",
        "cp850",
        "cp852",
        "ascii",
        "utf_8",
    )
)
