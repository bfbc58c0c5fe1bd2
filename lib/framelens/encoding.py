"""Decode raw article bytes into text, detecting the encoding and recording what had to be guessed."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

# Bytes 0x80-0x9F that Windows-1252 leaves undefined; their presence rules cp1252 out.
_CP1252_UNDEFINED = frozenset(b"\x81\x8d\x8f\x90\x9d")
_C1_RANGE = frozenset(range(0x80, 0xA0))
# Control bytes that never occur in text files (tab, newlines and form feed excluded).
_CONTROL = bytes(sorted(set(range(0x00, 0x20)) - {0x09, 0x0A, 0x0C, 0x0D})) + b"\x7f"


@dataclass
class Decoded:
    """The outcome of decoding one file: the text (None when the file is unusable) and its notes.

    ``problems`` holds ``(severity, code, message, byte_offset)`` tuples for the caller to turn
    into rows of the problems table.
    """

    text: str | None
    encoding: str | None
    problems: list[tuple[str, str, str, int | None]] = field(default_factory=list)


def _utf16_guess(data: bytes) -> str | None:
    """Return 'utf-16-le' or 'utf-16-be' when the NUL-byte pattern of BOM-less UTF-16 is clear."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / max(len(odd), 1)
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def _looks_binary(data: bytes) -> bool:
    """True when the bytes hold NULs or more than 5% control characters."""
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    n_control = len(sample) - len(sample.translate(None, _CONTROL))
    return n_control > 0.05 * len(sample)


def decode_bytes(data: bytes) -> Decoded:
    """Decode the raw bytes of one article; a text that is empty once decoded is refused.

    See :func:`_decode` for the order of evidence.
    Returns: a :class:`Decoded` with ``text=None`` for empty or binary files.
    """
    decoded = _decode(data)
    if decoded.text is not None and not decoded.text.strip():
        what = "nothing but a byte-order mark" if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE,
                                                                    codecs.BOM_UTF16_BE)) else "only white space"
        return Decoded(None, decoded.encoding,
                       [("error", "empty_file", f"the file holds {what} once decoded as {decoded.encoding}; "
                         "there is no article text", None)])
    return decoded


def _decode(data: bytes) -> Decoded:
    """Decode the raw bytes of one article.

    Order of evidence: a byte-order mark (UTF-8, UTF-16, UTF-32); the NUL pattern of BOM-less
    UTF-16; binary content (refused); strict UTF-8; UTF-8 with a few stray bytes (decoded with
    U+FFFD and reported); otherwise a single-byte Western encoding, reported as a guess:
    ``cp1252`` when bytes 0x80-0x9F occur and are defined there, else ``latin-1``.

    Parameters: ``data`` -- the file's bytes, never modified.
    Returns: a :class:`Decoded` with ``text=None`` for empty or binary files.
    """
    if not data.strip():
        what = "is empty" if not data else "holds only white space"
        return Decoded(None, None, [("error", "empty_file", f"the file {what}; there is no article text", None)])

    for bom, name in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            text = data.decode(name, errors="replace")
            problems = []
            if "\ufffd" in text:
                problems.append(
                    ("warning", "undecodable_bytes",
                     f"the file starts with a {name} byte-order mark but holds bytes that are not valid {name}; "
                     "they were replaced with U+FFFD", None)
                )
            return Decoded(text, name, problems)

    guess16 = _utf16_guess(data)
    if guess16:
        text = data.decode(guess16, errors="replace")
        return Decoded(
            text, guess16,
            [("info", "encoding_guessed", f"no byte-order mark, but the NUL-byte pattern shows {guess16}", None)],
        )

    if _looks_binary(data):
        return Decoded(None, None, [("error", "binary_file", "the file is binary (NUL or control bytes), not text", None)])

    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as err:
        first_bad = err.start

    lenient = data.decode("utf-8", errors="replace")
    n_bad = lenient.count("\ufffd")
    n_multibyte = sum(1 for ch in lenient if ord(ch) > 0x7F and ch != "\ufffd")
    if n_multibyte >= n_bad:  # Latin-1 text almost never forms valid multi-byte UTF-8 sequences
        return Decoded(
            lenient, "utf-8",
            [("warning", "undecodable_bytes",
              f"{n_bad} byte sequence(s) are not valid UTF-8 (first at byte {first_bad}); "
              "they were replaced with U+FFFD", first_bad)],
        )

    high = set(data) & _C1_RANGE
    if high and not high & _CP1252_UNDEFINED:
        name, why = "cp1252", "bytes 0x80-0x9F occur and are Windows-1252 punctuation"
    else:
        name, why = "latin-1", "no byte in 0x80-0x9F, where Latin-1 and Windows-1252 differ" if not high else \
            "bytes undefined in Windows-1252 occur"
    return Decoded(
        data.decode(name), name,
        [("warning", "encoding_guessed",
          f"not valid UTF-8 (first bad byte at {first_bad}); decoded as {name} because {why}", first_bad)],
    )
