"""Text from whatever bytes a saved article arrives as.

Saved articles come from browsers, Word and Windows tools as well as editors: UTF-8 with or
without a byte-order mark, UTF-16 (usually marked; unmarked when an export tool or a copy
dropped the mark), Windows-1252. Unmarked bytes that are
not UTF-8 are read as Windows-1252, then Latin-1, which decodes anything, so a stray byte
never costs the article. A binary file (a PDF, an image, a Word document) would decode to
noise, so it is refused with a message rather than sent to extraction.
"""

from __future__ import annotations

import codecs
import re

from summarise.loading.drafts import BadInput

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_BINARY_SAMPLE = 65536
_BINARY_REASON = "looks like a binary file, not text; give article text, Markdown, HTML or JSON"


def decode(data: bytes) -> str:
    """Text from bytes: BOM-marked UTF-8/UTF-16, else UTF-8, else Windows-1252 or Latin-1."""
    if not data:
        raise BadInput("the file is empty; add the article text or leave it out")
    text: str | None = None
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                raise BadInput(
                    f"starts with a {codec.removesuffix('-sig').upper()} byte-order mark but is "
                    "not valid in that encoding; re-save it as UTF-8"
                ) from None
            break
    if text is None and b"\x00" in data:
        text = _unmarked_utf16(data)
        if text is None:
            raise BadInput(_BINARY_REASON)
    if text is None:
        text = _decode_unmarked(data)
    return checked_text(text)


def looks_utf16(data: bytes) -> bool:
    marked = data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    return marked or _utf16_codec(data) is not None


def decode_line(data: bytes) -> str:
    """One line of a file read line by line: what ``decode`` does for an unmarked file,
    line by line, so one odd byte costs nothing and a whole file never sits in memory."""
    return normalise_newlines(_decode_unmarked(data.removeprefix(codecs.BOM_UTF8)))


def checked_text(text: str) -> str:
    """Decoded text as the readers expect it: not binary, no BOM, ``\\n`` line ends.

    Standard input arrives already decoded, so it starts here rather than at ``decode``.
    """
    if _looks_binary(text):
        raise BadInput(_BINARY_REASON)
    return normalise_newlines(text.removeprefix("\ufeff"))


def normalise_newlines(text: str) -> str:
    """Windows and old Mac line ends as ``\\n``, so line-based rules see one kind."""
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode_unmarked(data: bytes) -> str:
    for codec in ("utf-8", "cp1252"):
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _unmarked_utf16(data: bytes) -> str | None:
    """UTF-16 without its byte-order mark, else None: read as binary, the file was refused
    as "a binary file" though any editor opens it."""
    codec = _utf16_codec(data)
    if codec is None:
        return None
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _utf16_codec(data: bytes) -> str | None:
    """The byte order of unmarked UTF-16, from where its zero bytes fall: text in the Latin
    script has one in every other place (the high byte of each character; four in five even
    with dashes and curly quotes), on one side only, which no binary format keeps up across
    a file; zeros on both sides are binary."""
    sample = data[:_BINARY_SAMPLE]
    if len(sample) < 2 or len(data) % 2:
        return None
    even, odd = sample[::2], sample[1::2]
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        if high.count(0) * 5 >= len(high) * 4 and low.count(0) * 10 < len(low):
            return codec
    return None


def _looks_binary(text: str) -> bool:
    sample = text[:_BINARY_SAMPLE]
    return "\x00" in sample or len(_CONTROL_CHARS.findall(sample)) * 100 > len(sample)
