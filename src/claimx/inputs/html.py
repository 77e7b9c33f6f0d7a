"""HTML pages: the article's main text and what the page says about itself, by trafilatura.

The text claimx reads is the extracted one (headline, subheadings and paragraphs, each a
paragraph of its own, joined by blank lines), so offsets point into it and the record carries
it as ``text``. trafilatura (and htmldate, which it uses for dates) is imported only when an
HTML page arrives: ``claimx --help`` never pays for it.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass, replace
from typing import Any

from claimx.inputs import whatwg
from claimx.inputs.article import Article, PageInfo, make_article
from claimx.inputs.decode import DecodedText, decode_bytes, has_bom
from claimx.inputs.pagetext import Block, coverage, fallback_blocks, resegment, visible_blocks

HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
# Suffixes that say "plain text": such a file is text whatever it starts with.
TEXT_SUFFIXES = (".txt", ".text", ".md")
_HTML_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])",
                         re.IGNORECASE | re.DOTALL)  # fmt: skip
_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE
)
_WIDE_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_XML_DECLARATION = re.compile(
    rb"""\A\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9_.:-]+)["']""", re.IGNORECASE
)
_COMMENT = re.compile(rb"<!--.*?(?:-->|\Z)", re.DOTALL)
_CANONICAL = re.compile(
    r"""<link\b(?=[^>]*\brel\s*=\s*["']?canonical\b)[^>]*\bhref\s*=\s*["']([^"']+)["']""",
    re.IGNORECASE,
)
_TITLE = re.compile(r"<title[^>]*>([^<]{1,500})</title>", re.IGNORECASE)
_HTML_LANG = re.compile(r"""<html\b[^>]*\blang\s*=\s*["']?([A-Za-z]{2,3}(?:-[A-Za-z0-9]+)*)""",
                        re.IGNORECASE)  # fmt: skip


def looks_like_html(data: bytes) -> bool:
    """Do the bytes start as a web page does (``<!doctype html``, ``<html``)? A page in
    UTF-16 or UTF-32 (with its byte-order mark) is HTML as much as one in UTF-8."""
    return _HTML_START.match(_sniffable(data[:4096])) is not None


def _sniffable(head: bytes) -> bytes:
    """The start of the input as UTF-8 bytes to sniff."""
    for bom, codec in _WIDE_BOMS:
        if head.startswith(bom):
            return head.decode(codec, "ignore").encode("utf-8")
    return head


def read_html_article(
    name: str,
    data: bytes,
    published: dt.date | None = None,
    metadata: dict[str, object] | None = None,
    charset: str | None = None,
) -> Article:
    """An ``Article`` of a page's main text. A page with no article text (a login wall, an index
    page) is an empty article with a warning; malformed HTML is read as far as it goes.
    ``charset`` is what the page was served as (an HTTP header), if known."""
    decoded = decode_html(name, data, charset)
    warnings = decoded.warnings(name)
    blocks = visible_blocks(decoded.text)
    extracted = _extract(decoded.text, blocks)
    extracted, lost = _checked(blocks, extracted)
    if lost is not None:
        warnings.append(f"{name}: {lost}")
    if extracted is None or not extracted.text.strip():
        warnings.append(f"{name}: no article text found in the page (a login wall, an index?)")
    page = _page_info(decoded.text, extracted)
    own_date = _iso_date(extracted.date) if extracted else None
    article = make_article(
        name,
        extracted.text if extracted else "",
        published or own_date,
        warnings,
        metadata,
        published_source="option" if published else "html",
        check_language=bool(extracted),
    )
    return replace(
        article,
        encoding=decoded.encoding,
        page=page,
        derived=True,
        headings=extracted.headings if extracted else (),
        header_end=0,  # an HTML page has no date marker: its dates come from its metadata
    )


def decode_html(name: str, data: bytes, charset: str | None = None) -> DecodedText:
    """A page decoded as a browser decodes it (the WHATWG Encoding Standard): a byte-order mark
    first; else the charset it was served as (``charset``, from an HTTP header), else the one it
    declares (``<meta charset>``, or its http-equiv form), each label read by the standard's
    table (``ISO-8859-1``, ``latin1`` and ``ascii`` are windows-1252); else claimx's own
    decoding (UTF-8, detection). One exception to the browsers: a page labelled with a legacy
    encoding whose bytes are valid UTF-8, with non-ASCII characters, is read as UTF-8 (the
    label was wrong), with a note; and one labelled UTF-8 whose bytes are not is read as an
    undeclared page (a few bad bytes replaced, a legacy page detected) rather than losing its
    quotation marks to U+FFFD."""
    if has_bom(data):
        return decode_bytes(name, data)
    meta = _META_CHARSET.search(_COMMENT.sub(b"", data[:8192]))  # not a tag in a comment
    xml = _XML_DECLARATION.match(data)
    declared = [
        (charset, "served as"),
        (meta.group(1).decode("ascii", "replace") if meta else None, "declared"),
        (xml.group(1).decode("ascii", "replace") if xml else None, "declared"),
    ]
    unknown: list[str] = []
    for label, how in declared:
        if not label:
            continue
        encoding = whatwg.encoding_of(label)
        if encoding is None:
            unknown.append(_unknown_label(label, how))
            continue
        if how == "declared":
            encoding = whatwg.for_meta_tag(encoding)
        decoded = _decode_declared(name, data, encoding, label, how)
        break
    else:
        decoded = decode_bytes(name, data)
    notes = [*unknown, decoded.note] if decoded.note else unknown
    return replace(decoded, note="; ".join(notes)) if notes else decoded


def _unknown_label(label: str, how: str) -> str:
    if label.strip().lower() in whatwg.REPLACEMENT_LABELS:
        return f"{how} {label!r}, an encoding browsers refuse to read; ignored"
    return f"{how} {label!r}, not a known encoding label; ignored"


def _decode_declared(name: str, data: bytes, encoding: str, label: str, how: str) -> DecodedText:
    if encoding == "UTF-8":
        try:
            return DecodedText(data.decode("utf-8"), "utf-8", False)
        except UnicodeDecodeError:
            decoded = decode_bytes(name, data)
            return replace(decoded, note=f"{how} {label!r}, but its bytes are not all UTF-8")
    codec = whatwg.codec_of(encoding)
    if codec not in ("utf-8", "utf-16-le", "utf-16-be") and not data.isascii():
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            note = f"{how} {label!r}, but its bytes are UTF-8; read as UTF-8"
            return DecodedText(text, "utf-8", False, note=note)
    text, replaced = whatwg.decode(data, encoding)
    return DecodedText(text, codec, False, replaced=replaced)


@dataclass(frozen=True)
class _Extracted:
    text: str
    headings: tuple[tuple[int, int], ...]
    title: str | None
    url: str | None
    author: str | None
    site_name: str | None
    language: str | None
    date: str | None


# trafilatura's options, and why:
# - comments, images and links off: readers' comments are not the article's claims, and
#   captions are labels, not sentences a source said;
# - tables on: a table inside the article body holds its text as often as its data (a layout
#   table, an interview in two columns), and dropping it lost paragraphs of the article;
# - favor_precision: a "related stories" teaser or a newsletter box kept as text would become
#   claims of the article; a lost paragraph is the smaller harm;
# - with_metadata: the title, URL, byline, site name and publication date the page declares;
# - dates: htmldate's original (publication) date from the page's metadata and markup only
#   (extensive_search off): a date guessed from free text is worse than none;
# - fallbacks (readability, jusText) left on (fast=False): odd layouts still yield the text.
_OPTIONS: dict[str, Any] = {
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "include_formatting": False,
    "favor_precision": True,
    "with_metadata": True,
    "deduplicate": False,
    "date_extraction_params": {"original_date": True, "extensive_search": False},
}


def _extract(html: str, page_blocks: list[Block]) -> _Extracted | None:
    import trafilatura

    try:
        tree = _parse(html)
        document: Any = trafilatura.bare_extraction(
            tree if tree is not None else html, output_format="python", **_OPTIONS
        )
    except Exception:  # malformed markup trafilatura cannot parse: no article, not a crash
        return None
    if document is None or document.body is None:
        return None
    text, headings = _compose(document.body, page_blocks)
    return _Extracted(
        text=text,
        headings=headings,
        title=document.title or None,
        url=document.url or None,
        author=document.author or None,
        site_name=document.sitename or None,
        language=document.language or None,
        date=document.date or None,
    )


def _parse(html: str) -> Any:
    """The page's tree, as trafilatura parses it but without libxml2's nesting limit (256
    levels: 300 unclosed ``<font>`` tags hid every paragraph after the 255th), or None if lxml
    cannot parse the page as a string (then trafilatura tries its own ways)."""
    from lxml.html import HTMLParser, fromstring  # type: ignore[import-untyped]

    parser = HTMLParser(
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
        remove_comments=True,
        remove_pis=True,
        huge_tree=True,
    )
    try:
        # (lxml refuses a decoded string that still declares an encoding: the page is decoded)
        tree = fromstring(_XML_DECLARATION_TEXT.sub("", html, count=1), parser=parser)
    except Exception:  # "Unicode strings with encoding declaration", an empty document...
        return None
    return tree if tree is not None and len(tree) > 0 else None


_XML_DECLARATION_TEXT = re.compile(r"\A\s*<\?xml\b[^>]*\?>")


def _checked(
    blocks: list[Block], extracted: _Extracted | None
) -> tuple[_Extracted | None, str | None]:
    """The extraction, or, when it kept much less of the page's prose (``blocks``) than the page
    shows (a parser limit, markup it misread), the page's own text blocks around its prose
    instead, with why. Boilerplate may be dropped; the article may not."""
    found = coverage(extracted.text if extracted else "", blocks)
    if not found.suspicious:
        return extracted, None
    kept = fallback_blocks(blocks, found)
    text, headings = _join([(block.text, block.heading) for block in kept])
    if extracted is None:
        extracted = _Extracted(text, headings, None, None, None, None, None, None)
    else:
        extracted = replace(extracted, text=text, headings=headings)
    why = (
        f"main-text extraction kept {found.kept_chars:,} of the {found.prose_chars:,} characters "
        "of the page's paragraphs; the page's text from its first paragraph to its last was "
        "read instead (it may include some boilerplate)"
    )
    return extracted, why


# trafilatura's block elements in its output tree: each is a paragraph of the text, or holds
# such paragraphs.
_BLOCKS = frozenset(("p", "head", "list", "item", "table", "row", "cell", "quote", "div", "code"))


def _compose(body: Any, page_blocks: list[Block]) -> tuple[str, tuple[tuple[int, int], ...]]:
    """The main text as paragraphs separated by blank lines (so that claimx reads each block as
    a paragraph), and the character ranges of its headings. A paragraph that is several blocks
    of the page in a row (paragraphs a misnested page put inside one another) is cut back into
    them."""
    blocks: list[tuple[str, bool]] = []
    if body.tag == "body":  # trafilatura's own output: text between its blocks is text too
        _blocks_of(body, blocks)
    else:  # an element a fallback extractor returned as is (a <nav> of a page with no article)
        for element in body:
            _blocks_of(element, blocks)
    return _join(resegment(blocks, page_blocks))


def _blocks_of(element: Any, blocks: list[tuple[str, bool]]) -> None:
    """An element's paragraphs: the element itself, or, when it holds blocks (a table's cells,
    a list's items, a cell's paragraphs, a nested list), its own text and each block inside.
    Two line breaks in a row (``<br><br>``, a paragraph break in pages without ``<p>``) end a
    paragraph too."""
    heading = element.tag == "head"
    if not any(child.tag in _BLOCKS for child in element):
        blocks.extend((words, heading) for words in _paragraphs(_inline_text(element)))
        return
    pieces: list[str] = [element.text or ""]
    for child in element:
        if child.tag in _BLOCKS:
            blocks.extend((words, False) for words in _paragraphs("".join(pieces)))
            pieces = []
            _blocks_of(child, blocks)
        else:
            pieces.append(_inline_text(child))
        pieces.append(child.tail or "")
    blocks.extend((words, False) for words in _paragraphs("".join(pieces)))


# Where trafilatura had a line break (``<lb/>``): a character no parsed page holds (libxml2
# keeps no NUL in a tree).
_LINE_BREAK = "\x00"
_PARAGRAPH_BREAK = re.compile(f"{_LINE_BREAK}\\s*{_LINE_BREAK}[\\s{_LINE_BREAK}]*")


def _paragraphs(text: str) -> list[str]:
    """Inline text as paragraphs: cut at two line breaks in a row; one line break is a space
    ("today.<br>The mayor" is two words apart, not "today.The")."""
    return [
        " ".join(part.replace(_LINE_BREAK, " ").split()) for part in _PARAGRAPH_BREAK.split(text)
    ]


def _join(blocks: list[tuple[str, bool]]) -> tuple[str, tuple[tuple[int, int], ...]]:
    parts: list[str] = []
    headings: list[tuple[int, int]] = []
    length = 0
    for words, heading in blocks:
        if not words:
            continue
        if parts:
            length += 2  # the blank line before it
        if heading:
            headings.append((length, length + len(words)))
        parts.append(words)
        length += len(words)
    return "\n\n".join(parts), tuple(headings)


def _inline_text(element: Any) -> str:
    """An element's text, with ``_LINE_BREAK`` where it had a line break."""
    pieces = [element.text or ""]
    for child in element:
        pieces.append(_LINE_BREAK if child.tag == "lb" else _inline_text(child))
        pieces.append(child.tail or "")
    return "".join(pieces)


def _page_info(html: str, extracted: _Extracted | None) -> PageInfo:
    head = html[:200_000]
    canonical = _CANONICAL.search(head)
    lang = _HTML_LANG.search(head)
    title = _TITLE.search(head)
    return PageInfo(
        title=extracted.title
        if extracted
        else (" ".join(title.group(1).split()) if title else None),
        url=canonical.group(1).strip() if canonical else (extracted.url if extracted else None),
        author=extracted.author if extracted else None,
        site_name=extracted.site_name if extracted else None,
        language=lang.group(1) if lang else (extracted.language if extracted else None),
    )


def _iso_date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None
