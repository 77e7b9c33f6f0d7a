"""Web pages' encoding labels read as browsers read them: the WHATWG Encoding Standard.

A page served or marked ``charset=ISO-8859-1``, ``latin1`` or ``us-ascii`` is decoded as
windows-1252 by every browser (its curly quotes and euro signs are there, in bytes 0x80-0x9F,
which strict Latin-1 reads as control characters); ``x-sjis`` is Shift_JIS, ``utf8`` is UTF-8,
``ks_c_5601-1987`` is windows-949, and so on. ``LABELS`` is the standard's table of labels
(https://encoding.spec.whatwg.org/#names-and-labels), each encoding with the Python codec that
decodes it. Like a browser, a decoder here never fails: a byte sequence the encoding does not
define becomes U+FFFD (counted, for a warning), except windows-1252's five undefined bytes,
which the standard maps to the C1 controls of the same value.
"""

from __future__ import annotations

import codecs
import threading

# WHATWG encoding name: (Python codec, its labels, space-separated).
_ENCODINGS: dict[str, tuple[str, str]] = {
    "UTF-8": ("utf-8", "unicode-1-1-utf-8 unicode11utf8 unicode20utf8 utf-8 utf8 x-unicode20utf8"),
    "IBM866": ("cp866", "866 cp866 csibm866 ibm866"),
    "ISO-8859-2": (
        "iso8859_2",
        "csisolatin2 iso-8859-2 iso-ir-101 iso8859-2 iso88592 iso_8859-2 iso_8859-2:1987 l2 latin2",
    ),
    "ISO-8859-3": (
        "iso8859_3",
        "csisolatin3 iso-8859-3 iso-ir-109 iso8859-3 iso88593 iso_8859-3 iso_8859-3:1988 l3 latin3",
    ),
    "ISO-8859-4": (
        "iso8859_4",
        "csisolatin4 iso-8859-4 iso-ir-110 iso8859-4 iso88594 iso_8859-4 iso_8859-4:1988 l4 latin4",
    ),
    "ISO-8859-5": (
        "iso8859_5",
        "csisolatincyrillic cyrillic iso-8859-5 iso-ir-144 iso8859-5 iso88595 iso_8859-5 "
        "iso_8859-5:1988",
    ),
    "ISO-8859-6": (
        "iso8859_6",
        "arabic asmo-708 csiso88596e csiso88596i csisolatinarabic ecma-114 iso-8859-6 "
        "iso-8859-6-e iso-8859-6-i iso-ir-127 iso8859-6 iso88596 iso_8859-6 iso_8859-6:1987",
    ),
    "ISO-8859-7": (
        "iso8859_7",
        "csisolatingreek ecma-118 elot_928 greek greek8 iso-8859-7 iso-ir-126 iso8859-7 "
        "iso88597 iso_8859-7 iso_8859-7:1987 sun_eu_greek",
    ),
    "ISO-8859-8": (
        "iso8859_8",
        "csiso88598e csisolatinhebrew hebrew iso-8859-8 iso-8859-8-e iso-ir-138 iso8859-8 "
        "iso88598 iso_8859-8 iso_8859-8:1988 visual",
    ),
    "ISO-8859-8-I": ("iso8859_8", "csiso88598i iso-8859-8-i logical"),
    "ISO-8859-10": (
        "iso8859_10",
        "csisolatin6 iso-8859-10 iso-ir-157 iso8859-10 iso885910 l6 latin6",
    ),
    "ISO-8859-13": ("iso8859_13", "iso-8859-13 iso8859-13 iso885913"),
    "ISO-8859-14": ("iso8859_14", "iso-8859-14 iso8859-14 iso885914"),
    "ISO-8859-15": (
        "iso8859_15",
        "csisolatin9 iso-8859-15 iso8859-15 iso885915 iso_8859-15 l9",
    ),
    "ISO-8859-16": ("iso8859_16", "iso-8859-16"),
    "KOI8-R": ("koi8_r", "cskoi8r koi koi8 koi8-r koi8_r"),
    "KOI8-U": ("koi8_u", "koi8-ru koi8-u"),
    "macintosh": ("mac_roman", "csmacintosh mac macintosh x-mac-roman"),
    "windows-874": ("cp874", "dos-874 iso-8859-11 iso8859-11 iso885911 tis-620 windows-874"),
    "windows-1250": ("cp1250", "cp1250 windows-1250 x-cp1250"),
    "windows-1251": ("cp1251", "cp1251 windows-1251 x-cp1251"),
    "windows-1252": (
        "cp1252",
        "ansi_x3.4-1968 ascii cp1252 cp819 csisolatin1 ibm819 iso-8859-1 iso-ir-100 iso8859-1 "
        "iso88591 iso_8859-1 iso_8859-1:1987 l1 latin1 us-ascii windows-1252 x-cp1252",
    ),
    "windows-1253": ("cp1253", "cp1253 windows-1253 x-cp1253"),
    "windows-1254": (
        "cp1254",
        "cp1254 csisolatin5 iso-8859-9 iso-ir-148 iso8859-9 iso88599 iso_8859-9 iso_8859-9:1989 "
        "l5 latin5 windows-1254 x-cp1254",
    ),
    "windows-1255": ("cp1255", "cp1255 windows-1255 x-cp1255"),
    "windows-1256": ("cp1256", "cp1256 windows-1256 x-cp1256"),
    "windows-1257": ("cp1257", "cp1257 windows-1257 x-cp1257"),
    "windows-1258": ("cp1258", "cp1258 windows-1258 x-cp1258"),
    "x-mac-cyrillic": ("mac_cyrillic", "x-mac-cyrillic x-mac-ukrainian"),
    # The standard's GBK decoder is its gb18030 decoder.
    "GBK": (
        "gb18030",
        "chinese csgb2312 csiso58gb231280 gb2312 gb_2312 gb_2312-80 gbk iso-ir-58 x-gbk",
    ),
    "gb18030": ("gb18030", "gb18030"),
    "Big5": ("big5hkscs", "big5 big5-hkscs cn-big5 csbig5 x-x-big5"),
    "EUC-JP": ("euc_jp", "cseucpkdfmtjapanese euc-jp x-euc-jp"),
    "ISO-2022-JP": ("iso2022_jp", "csiso2022jp iso-2022-jp"),
    "Shift_JIS": (
        "cp932",
        "csshiftjis ms932 ms_kanji shift-jis shift_jis sjis windows-31j x-sjis",
    ),
    "EUC-KR": (
        "cp949",
        "cseuckr csksc56011987 euc-kr iso-ir-149 korean ks_c_5601-1987 ks_c_5601-1989 ksc5601 "
        "ksc_5601 windows-949",
    ),
    "UTF-16BE": ("utf-16-be", "unicodefffe utf-16be"),
    "UTF-16LE": (
        "utf-16-le",
        "csunicode iso-10646-ucs-2 ucs-2 unicode unicodefeff utf-16 utf-16le",
    ),
    "x-user-defined": ("x-user-defined", "x-user-defined"),
}
# Labels of encodings a browser refuses to decode (their text would come out as one U+FFFD): a
# page so labelled is read as if it had no label, with a warning.
REPLACEMENT_LABELS = frozenset(
    ["csiso2022kr", "hz-gb-2312", "iso-2022-cn", "iso-2022-cn-ext", "iso-2022-kr", "replacement"]
)

LABELS: dict[str, str] = {
    label: name for name, (_, labels) in _ENCODINGS.items() for label in labels.split()
}
_UTF16 = ("UTF-16BE", "UTF-16LE")
# The standard's whitespace around a label.
_LABEL_SPACE = "\t\n\f\r "


def encoding_of(label: str) -> str | None:
    """The WHATWG encoding a label names ("latin1" → "windows-1252"), or None if none."""
    return LABELS.get(label.strip(_LABEL_SPACE).lower())


def codec_of(encoding: str) -> str:
    """The Python codec of a WHATWG encoding name."""
    return _ENCODINGS[encoding][0]


def for_meta_tag(encoding: str) -> str:
    """What a page's own ``<meta charset>`` may select: a page that could be read as ASCII to
    find its meta tag is not UTF-16 (the standard reads it as UTF-8), and x-user-defined there
    means windows-1252."""
    if encoding in _UTF16:
        return "UTF-8"
    if encoding == "x-user-defined":
        return "windows-1252"
    return encoding


def decode(data: bytes, encoding: str) -> tuple[str, int]:
    """``data`` decoded as a browser decodes it in ``encoding``, and how many byte sequences were
    not valid in it (each replaced with U+FFFD)."""
    codec = codec_of(encoding)
    if codec == "x-user-defined":  # bytes 0x80-0xFF to the private-use U+F780-U+F7FF
        return "".join(chr(b) if b < 0x80 else chr(0xF700 + b) for b in data), 0
    errors = _WINDOWS_1252_ERRORS if codec == "cp1252" else _COUNTING_ERRORS
    _COUNT.replaced = 0
    text = codecs.decode(data, codec, errors)
    return text, int(_COUNT.replaced)


_COUNT = threading.local()  # sequences replaced by the decoding under way in this thread
_COUNTING_ERRORS = "claimx-whatwg-replace"
_WINDOWS_1252_ERRORS = "claimx-whatwg-1252"
# windows-1252 bytes Python's cp1252 leaves undefined, which the standard maps to U+0081...
_C1_1252 = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))


def _replace(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    _COUNT.replaced = getattr(_COUNT, "replaced", 0) + 1
    return "\ufffd", error.end


def _windows_1252(error: UnicodeError) -> tuple[str, int]:
    assert isinstance(error, UnicodeDecodeError)
    byte = error.object[error.start]
    if byte in _C1_1252:
        return chr(byte), error.start + 1
    return _replace(error)


codecs.register_error(_COUNTING_ERRORS, _replace)
codecs.register_error(_WINDOWS_1252_ERRORS, _windows_1252)
