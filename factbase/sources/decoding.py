"""Bytes to text: byte-order marks, UTF-8, declared and detected legacy encodings, and
mojibake repaired. Pure: no database, no network."""

from __future__ import annotations

import codecs
from typing import Any

from factbase.errors import InputError

SUPPORTED = "plain text, Markdown, HTML and PDF"


# Legacy single-byte encodings are told apart by charset-normalizer's "chaos" score; among those
# that decode the bytes about as cleanly as the best one, windows-1252 wins. It is what unlabelled
# legacy text in English and Western European languages almost always is (the WHATWG encoding
# standard makes it the default for unlabelled pages for the same reason), and on short texts the
# score cannot separate it from its Baltic and Central European siblings, which decode the same
# ASCII letters and differ only in a few accented ones.
_PREFERRED_LEGACY = ("cp1252", "iso8859-1", "iso8859-15")
_CHAOS_MARGIN = 0.1

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def codec_name(label: str) -> str | None:
    """Python's name for a text encoding label (``"windows-1252"`` -> ``"cp1252"``), or None.

    Python's other codecs (``rot13``, ``base64``, ``zlib``: transforms, not encodings) are None.
    """
    try:
        info = codecs.lookup(label)
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None
    return info.name


# Below this share of NUL bytes at odd (or even) positions, text is not UTF-16 without a mark:
# ASCII text in UTF-16 has a NUL in every other byte, binary formats have them anywhere.
_UTF16_NUL_SHARE = 0.4
_UTF16_PROBE = 4096


def refuse_binary(data: bytes, *, name: str) -> None:
    """InputError when ``data`` (without a byte-order mark) holds a NUL byte anywhere: UTF-16
    without a mark is named as such, anything else is a binary file."""
    if b"\x00" not in data:
        return
    probe = data[:_UTF16_PROBE]
    evens, odds = probe[0::2], probe[1::2]
    for zeros, other, order in ((odds, evens, "little"), (evens, odds, "big")):
        if zeros and zeros.count(0) >= _UTF16_NUL_SHARE * len(zeros) and other.count(0) == 0:
            raise InputError(
                f"{name} looks like UTF-16 ({order}-endian) text without a byte-order mark; "
                "save it as UTF-8 (or as UTF-16 with a byte-order mark)"
            )
    raise InputError(f"binary file, not text: {name} (factbase reads {SUPPORTED})")


def decode(data: bytes, *, name: str, declared: str | None = None) -> tuple[str, str]:
    """The text of ``data`` and the encoding it was in.

    Order: a byte-order mark; UTF-8; the declared encoding (HTTP header or HTML meta); then
    detection with charset-normalizer. NUL bytes without a UTF-16/32 mark mean a binary file.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), codec_name(encoding) or encoding
            except UnicodeDecodeError as exc:
                raise InputError(f"{name}: broken {encoding} text (byte {exc.start})") from exc
    refuse_binary(data, name=name)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    codec = codec_name(declared) if declared else None
    # A declared encoding that would turn ASCII into something else (UTF-16 without its mark,
    # EBCDIC) is wrong about bytes that hold no NUL; detection settles them.
    if codec is not None and _ascii_compatible(codec):
        try:
            return data.decode(codec), codec
        except UnicodeError:
            pass
    return _detect(data, name=name)


def _detect(data: bytes, *, name: str) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    # Text without a byte-order mark and without NUL bytes is in an ASCII-compatible encoding:
    # a UTF-16 or EBCDIC reading of it turns its ASCII letters into something else.
    matches = [m for m in from_bytes(data) if _ascii_compatible(m.encoding)]
    if not matches:
        raise InputError(
            f"cannot tell the encoding of {name}: it is not UTF-8 and no legacy encoding fits; "
            "convert it to UTF-8 first"
        )
    best = min(m.chaos for m in matches)
    plausible = [m for m in matches if m.chaos <= best + _CHAOS_MARGIN]
    for preferred in _PREFERRED_LEGACY:
        for m in plausible:
            candidates = {codec_name(c) for c in [m.encoding, *m.could_be_from_charset]}
            if preferred in candidates:
                try:
                    return data.decode(preferred), preferred
                except UnicodeDecodeError:
                    continue
    chosen = min(plausible, key=lambda m: m.chaos)
    encoding = codec_name(chosen.encoding) or chosen.encoding
    return str(chosen), encoding


_ASCII_PROBE = b"Az 09 .,;\n"


def _ascii_compatible(encoding: str) -> bool:
    try:
        return _ASCII_PROBE.decode(encoding) == _ASCII_PROBE.decode("ascii")
    except (UnicodeDecodeError, LookupError):
        return False


def _mojibake_config() -> Any:
    from ftfy import TextFixerConfig

    # Only the repairs of text decoded with the wrong encoding: quotes, widths, ligatures,
    # line breaks and Unicode normalisation are left as the source has them.
    return TextFixerConfig(
        unescape_html=False,
        remove_terminal_escapes=False,
        fix_encoding=True,
        restore_byte_a0=True,
        replace_lossy_sequences=True,
        decode_inconsistent_utf8=True,
        fix_c1_controls=True,
        fix_latin_ligatures=False,
        fix_character_width=False,
        uncurl_quotes=False,
        fix_line_breaks=False,
        fix_surrogates=True,
        remove_control_chars=False,
        normalization=None,
        explain=False,
    )


def fix_mojibake(text: str) -> tuple[str, bool]:
    """``text`` with mojibake ("Rotherhamâ€™s") repaired by ftfy, and whether anything changed.

    ftfy fixes a text line by line, and a line of ASCII alone has no mojibake to repair with
    these settings: only the other lines are handed to it (most of a news story is ASCII).
    """
    if text.isascii():
        return text, False
    from ftfy import fix_text

    config = _mojibake_config()
    parts = []
    start = 0
    while start < len(text):
        end = text.find("\n", start) + 1 or len(text)
        line = text[start:end]
        parts.append(line if line.isascii() else fix_text(line, config))
        start = end
    fixed = "".join(parts)
    return fixed, fixed != text


def newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decoded_repairs(encoding: str, mojibake: bool) -> list[str]:
    repairs = []
    if encoding not in ("utf-8", "utf-8-sig", "ascii"):
        repairs.append(f"converted from {encoding}")
    if mojibake:
        repairs.append("repaired mojibake")
    return repairs
