"""A UTF-8 file with a stray Windows-1252 byte keeps its UTF-8 ("—" stays a dash) and reads
only the stray byte as Windows-1252; a file of Windows-1252 alone is still read whole as
Windows-1252. Texts written for these tests."""

from __future__ import annotations

from dashboard.articles.reader import decode


def test_a_stray_byte_in_utf8_is_read_alone() -> None:
    raw = "KYIV — Officials said the café reopened.".encode() + b" Caf\xe9 owners agreed."
    text, flags = decode(raw, "t.txt")
    assert text == "KYIV — Officials said the café reopened. Café owners agreed."
    assert flags == ("decoded_mixed",)


def test_windows_1252_alone_is_read_whole() -> None:
    raw = "KYIV \u2014 Officials said the caf\u00e9 reopened.".encode("cp1252")
    text, flags = decode(raw, "t.txt")
    assert text == "KYIV — Officials said the café reopened."
    assert flags == ("decoded_cp1252",)


def test_valid_utf8_is_not_flagged() -> None:
    assert decode("KYIV — café".encode(), "t.txt") == ("KYIV — café", ())


def test_a_byte_windows_1252_leaves_undefined_is_replaced() -> None:
    # 0x81 is undefined in Windows-1252: it becomes U+FFFD, the rest of the text is kept
    text, flags = decode("Café — ok".encode() + b" \x81 end", "t.txt")
    assert text == "Café — ok \ufffd end"
    assert flags == ("decoded_mixed",)
