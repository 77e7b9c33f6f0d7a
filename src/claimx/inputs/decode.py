"""From bytes to text: byte-order marks, UTF-8 (whole or slightly damaged), UTF-16/32 without a
mark, and legacy code pages through the encoding detector."""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass

from claimx.errors import InputError

# Share of control characters (other than tab, newline, carriage return, form feed) above which
# decoded text is treated as binary: real articles have none.
MAX_CONTROL_SHARE = 0.01

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# English-language news in a legacy code page is overwhelmingly Western European: when the text
# is nearly all ASCII, or the detector's best guess is any single-byte code page of the Latin
# script (Baltic cp1257 and cp775, Central European cp1250, DOS cp1125 were all seen on short
# Western texts, where the detector's statistics are noise), the text is read as Windows-1252,
# or Latin-1 where 1252 leaves a byte undefined. Other scripts (Cyrillic, Greek, Hebrew...)
# keep the detector's guess.
WESTERN_ENCODINGS = ("cp1252", "latin_1")


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str
    detected: bool  # True when the encoding was guessed rather than declared by a BOM or UTF-8
    replaced: int = 0  # invalid byte sequences replaced with U+FFFD
    note: str | None = None  # how a web page's declared charset was read, when worth saying

    def warnings(self, name: str) -> list[str]:
        """The decoding's warning and note, each naming ``name``."""
        found = [self.warning(name), f"{name}: {self.note}" if self.note else None]
        return [warning for warning in found if warning]

    def warning(self, name: str) -> str | None:
        if self.replaced:
            sequences = "sequence" if self.replaced == 1 else "sequences"
            encoding = "UTF-8" if self.encoding == "utf-8" else self.encoding
            return (
                f"{name}: {encoding} with {self.replaced} invalid byte {sequences}, replaced "
                "with U+FFFD"
            )
        if self.detected:
            return f"{name}: not UTF-8, decoded as {self.encoding} (detected)"
        return None


def has_bom(data: bytes) -> bool:
    """Does ``data`` start with a byte-order mark (which overrides any declared charset)?"""
    return data.startswith(tuple(bom for bom, _ in _BOMS))


def decode_bytes(name: str, data: bytes) -> DecodedText:
    """Decode article bytes: BOMs and UTF-8 as is, anything else through the detector."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_with_bom(name, data, encoding)
    wide = _bomless_wide_encoding(data)
    if wide is not None:
        try:
            return DecodedText(_checked_text(name, data.decode(wide)), wide, True)
        except (UnicodeDecodeError, InputError):
            pass  # NUL bytes in the pattern of UTF-16/32 by chance: binary after all
    if b"\x00" in data:
        raise InputError(name, "binary file (contains NUL bytes)", "give claimx a text file")
    try:
        return DecodedText(_checked_text(name, data.decode("utf-8")), "utf-8", False)
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(name, data)
    if damaged is not None:
        return damaged
    return _detect_encoding(name, data)


def _decode_with_bom(name: str, data: bytes, encoding: str) -> DecodedText:
    try:
        text = data.decode(encoding, "strict")
    except UnicodeDecodeError:
        raise InputError(
            name,
            f"not valid {encoding} text despite its byte-order mark",
            "convert it to UTF-8, or skip it",
        ) from None
    return DecodedText(_checked_text(name, text), encoding, False)


def _bomless_wide_encoding(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, recognised by where its NUL bytes fall: text
    mostly of one alphabet has a NUL in the same position of nearly every code unit."""
    if len(data) < 4:
        return None
    if len(data) % 4 == 0:
        units = len(data) // 4
        if _share_nul(data[2::4], units) > 0.95 and _share_nul(data[3::4], units) > 0.95:
            return "utf-32-le" if _share_nul(data[0::4], units) < 0.05 else None
        if _share_nul(data[0::4], units) > 0.95 and _share_nul(data[1::4], units) > 0.95:
            return "utf-32-be" if _share_nul(data[3::4], units) < 0.05 else None
    if len(data) % 2 == 0:
        units = len(data) // 2
        odd, even = _share_nul(data[1::2], units), _share_nul(data[0::2], units)
        if odd > 0.3 and even < 0.05:
            return "utf-16-le"
        if even > 0.3 and odd < 0.05:
            return "utf-16-be"
    return None


def _share_nul(column: bytes, units: int) -> float:
    return column.count(0) / units


_NON_ASCII_TEXT = re.compile("[^\x00-\x7f\ufffd]")
# At most this many invalid sequences per well-formed non-ASCII character still count as
# "UTF-8 with a few bad bytes" (a Latin-1 byte pasted into a UTF-8 file), not a legacy file.
MAX_DAMAGE_PER_VALID = 1.0


def _damaged_utf8(name: str, data: bytes) -> DecodedText | None:
    """UTF-8 with a few invalid bytes, decoded as UTF-8 with those bytes replaced. A file with
    no well-formed multi-byte sequence at all is a legacy code page instead."""
    text = data.decode("utf-8", "replace")
    replaced = text.count("\ufffd") - data.count("\ufffd".encode())
    valid = len(_NON_ASCII_TEXT.findall(text))
    if valid == 0 or replaced > valid * MAX_DAMAGE_PER_VALID:
        return None
    return DecodedText(_checked_text(name, text), "utf-8", False, replaced=replaced)


def _detect_encoding(name: str, data: bytes) -> DecodedText:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(name, "not text in any known encoding", "convert it to UTF-8, or skip it")
    guessed = str(best)
    if _mostly_ascii(data) or _mostly_latin_script(guessed):
        for western in WESTERN_ENCODINGS:
            try:
                return DecodedText(_checked_text(name, data.decode(western)), western, True)
            except UnicodeDecodeError:
                continue
    return DecodedText(_checked_text(name, guessed), best.encoding, True)


# Below this share of non-ASCII bytes, a text is English with a few accented names ("José",
# "café"), and the detector's guess from so few bytes is noise (a single é gave Urdu cp1006).
MAX_NON_ASCII_SHARE_FOR_WESTERN = 0.05


def _mostly_ascii(data: bytes) -> bool:
    non_ascii = len(data) - len(data.decode("ascii", "ignore"))
    return non_ascii <= len(data) * MAX_NON_ASCII_SHARE_FOR_WESTERN


def _mostly_latin_script(text: str) -> bool:
    letters = [ch for ch in set(text) if ord(ch) > 127 and ch.isalpha()]
    if not letters:
        return True
    latin = sum(1 for ch in letters if unicodedata.name(ch, "").startswith("LATIN"))
    return latin >= len(letters) / 2


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _checked_text(name: str, text: str) -> str:
    if not text:
        return text
    controls = len(_CONTROLS.findall(text))
    if controls / len(text) > MAX_CONTROL_SHARE:
        raise InputError(name, "binary file (control characters)", "give claimx a text file")
    return text
