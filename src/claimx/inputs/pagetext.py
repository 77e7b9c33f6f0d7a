"""A page's visible text as blocks, read without building a tree, to check what main-text
extraction kept and to stand in for it when it lost the article.

Main-text extraction (trafilatura) may drop boilerplate, never the article. Its parser (libxml2)
gives up on markup nested deeper than it allows and keeps only what came before; a malformed
page can hide paragraphs from it. So every page is also read here the way a browser's
``innerText`` reads it, by a tokenizer that knows no nesting limit: text between block-level
tags is a block, script and style and template content is not text, and navigation, footers,
asides, forms and blocks marked as comments, sharing or related links are left out. The
*prose* blocks (long runs of words ending in sentence punctuation) are what an article is made
of: when the extraction misses much of them, ``fallback_text`` gives the page's blocks from the
first prose block (or the heading just before it) to the last one instead. Standard library
only.
"""

from __future__ import annotations

import html
import re
from collections import defaultdict
from dataclasses import dataclass


def _tags(names: str) -> frozenset[str]:
    return frozenset(names.split())


# Tags that start or end a block of text (a browser lays them out as blocks, or breaks a line).
_BLOCK_TAGS = _tags(
    "address article aside blockquote body caption center dd details dialog dir div dl dt "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li "
    "main menu nav ol p pre section summary table tbody td tfoot th thead tr ul"
)
_HEADINGS = _tags("h1 h2 h3 h4 h5 h6")
# Elements whose content is never article text: raw text, and what only machines or menus hold.
_RAW_TEXT = _tags("script style textarea title xmp plaintext")
_SKIPPED = _tags(
    "head template noscript svg math object iframe select button nav footer aside form dialog menu"
)
# class or id values of the blocks a page puts around its article.
_BOILERPLATE = re.compile(
    r"comment|related|recommend|newsletter|promo|share|sharing|social|cookie|consent|sidebar|"
    r"subscri|signup|sign-up|advert|sponsor|breadcrumb|disqus|outbrain|taboola|paywall",
    re.IGNORECASE,
)
_ATTRIBUTE = re.compile(r"""\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
_TOKEN = re.compile(
    r"<!--.*?(?:-->|\Z)|<!\[CDATA\[.*?(?:\]\]>|\Z)|<[!?][^>]*>?"
    r"|<(/?)([A-Za-z][A-Za-z0-9:-]*)([^>]*)>",
    re.DOTALL,
)
_BREAK = "\x00"  # where a <br> was (the page's own NULs are taken out first)
_BREAKS = re.compile(f"{_BREAK}\\s*{_BREAK}[\\s{_BREAK}]*")
_VOID = _tags("area base br col embed hr img input link meta param source track wbr")

# A prose block: at least this many characters and words, ending as a sentence ends.
PROSE_CHARS = 60
PROSE_WORDS = 10
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")
# The extraction is suspicious when the prose it misses inside the article (between the first
# and last prose blocks it kept) reaches this many characters, or when all it misses reaches
# both this floor and this share of what it kept.
MISSING_INSIDE_CHARS = 150
MISSING_FLOOR_CHARS = 300
MISSING_SHARE = 0.5


@dataclass(frozen=True)
class Block:
    text: str
    heading: bool


def visible_blocks(page: str) -> list[Block]:
    """The page's visible text as blocks, in document order (boilerplate containers out)."""
    page = page.replace(_BREAK, "")
    blocks: list[Block] = []
    pieces: list[str] = []
    heading = False
    skipping: list[str] = []  # the skipped element we are inside, and any of its name inside it
    position = 0

    def flush() -> None:
        # one line break is a space, two in a row end a block (as in the extracted text)
        for part in _BREAKS.split(html.unescape("".join(pieces))):
            text = " ".join(part.replace(_BREAK, " ").split())
            if text:
                blocks.append(Block(text, heading))
        pieces.clear()

    while (match := _TOKEN.search(page, position)) is not None:
        if not skipping:
            pieces.append(page[position : match.start()])
        position = match.end()
        name = (match.group(2) or "").lower()
        if not name:
            continue  # a comment, doctype, CDATA or processing instruction
        closing = match.group(1) == "/"
        if skipping:
            if name == skipping[0]:
                if closing:
                    skipping.pop()
                elif not match.group(3).rstrip().endswith("/"):
                    skipping.append(name)
            continue
        if not closing and name in _RAW_TEXT:
            end = re.compile(f"</{name}\\s*>", re.IGNORECASE).search(page, position)
            position = end.end() if end else len(page)
            continue
        if name == "br":
            pieces.append(_BREAK)
            continue
        if name in _BLOCK_TAGS:
            flush()
            heading = not closing and name in _HEADINGS
        opens = not closing and name not in _VOID and not match.group(3).rstrip().endswith("/")
        if opens and _is_boilerplate(name, match.group(3)):
            skipping.append(name)
    if not skipping:
        pieces.append(page[position:])
    flush()
    return blocks


def _is_boilerplate(name: str, attributes: str) -> bool:
    if name in _SKIPPED:
        return True
    for found in _ATTRIBUTE.finditer(attributes):
        value = next(group for group in found.groups() if group is not None)
        if _BOILERPLATE.search(value):
            return True
    return False


def is_prose(text: str) -> bool:
    return (
        len(text) >= PROSE_CHARS
        and len(text.split()) >= PROSE_WORDS
        and _SENTENCE_END.search(text) is not None
    )


_NOT_ALNUM = re.compile(r"[\W_]+")


def _letters(text: str) -> str:
    return _NOT_ALNUM.sub("", text).casefold()


@dataclass(frozen=True)
class Coverage:
    """How much of the page's prose the extraction kept, and where the article lies."""

    prose_chars: int
    kept_chars: int
    missing_inside: int  # characters of prose missing inside the article
    missing_blocks_inside: int
    suspicious: bool
    region: tuple[int, int]  # the article's blocks (start, end), as far as the page shows


# The article runs on past a block it kept through at most this many blocks that are not prose
# (a short paragraph, a caption) to the next prose block; a heading ends it.
RUN_GAP = 2


def coverage(extracted: str, blocks: list[Block]) -> Coverage:
    """What the extraction kept of the prose blocks. The article is the stretch of blocks from
    the first prose block it kept to the last, extended on either side over prose blocks that
    run on from it (a parser that stopped at a depth limit leaves such a run unread); the prose
    missing inside that stretch is lost article text."""
    letters = _letters(extracted)
    prose = {index for index, block in enumerate(blocks) if is_prose(block.text)}
    kept = sorted(index for index in prose if _letters(blocks[index].text) in letters)
    total = sum(len(blocks[index].text) for index in prose)
    kept_chars = sum(len(blocks[index].text) for index in kept)
    if kept:
        start = _run_end(blocks, prose, kept[0], -1)
        end = _run_end(blocks, prose, kept[-1], 1) + 1
    elif prose:
        start, end = min(prose), max(prose) + 1
    else:
        start, end = 0, 0
    inside = [index for index in range(start, end) if index in prose and index not in kept]
    inside_chars = sum(len(blocks[index].text) for index in inside)
    missing = total - kept_chars
    suspicious = (len(inside) >= 2 and inside_chars >= MISSING_INSIDE_CHARS) or (
        missing >= MISSING_FLOOR_CHARS and missing >= MISSING_SHARE * max(len(extracted), 1)
    )
    return Coverage(total, kept_chars, inside_chars, len(inside), suspicious, (start, end))


def _run_end(blocks: list[Block], prose: set[int], index: int, step: int) -> int:
    """The last prose block of the run that goes on from ``index`` in direction ``step``."""
    last = index
    gap = 0
    position = index + step
    while 0 <= position < len(blocks):
        if position in prose:
            last, gap = position, 0
        elif blocks[position].heading or gap == RUN_GAP:
            break
        else:
            gap += 1
        position += step
    return last


def fallback_blocks(blocks: list[Block], found: Coverage) -> list[Block]:
    """The article's blocks, with the heading just before them (if within two blocks)."""
    first, end = found.region
    if end <= first:
        return []
    heading = next((i for i in range(first - 1, max(first - 4, -1), -1) if blocks[i].heading), None)
    return blocks[heading if heading is not None else first : end]


# Page blocks are looked up by their first characters.
_KEY_CHARS = 40


def resegment(paragraphs: list[tuple[str, bool]], blocks: list[Block]) -> list[tuple[str, bool]]:
    """``paragraphs`` (text, heading), each one that is two or more consecutive ``blocks`` of
    the page joined by spaces cut back into those blocks; the others as they are."""
    starts: dict[str, list[int]] = defaultdict(list)
    for index, block in enumerate(blocks):
        starts[block.text[:_KEY_CHARS]].append(index)
    lengths = sorted({len(key) for key in starts})
    found: list[tuple[str, bool]] = []
    for text, heading in paragraphs:
        pieces = _as_blocks(text, blocks, starts, lengths) if len(text) > _KEY_CHARS else None
        found.extend((piece, heading) for piece in pieces or [text])
    return found


def _as_blocks(
    text: str, blocks: list[Block], starts: dict[str, list[int]], lengths: list[int]
) -> list[str] | None:
    """``text`` as consecutive blocks, if it is two or more of them joined by spaces."""
    firsts = [i for length in lengths for i in starts.get(text[:length], ())]
    for first in sorted(firsts):
        pieces: list[str] = []
        rest = text
        index = first
        while rest and index < len(blocks) and rest.startswith(blocks[index].text):
            pieces.append(blocks[index].text)
            rest = rest[len(blocks[index].text) :]
            if rest and not rest.startswith(" "):
                break  # the block ends inside a word: not this block
            rest = rest[1:]
            index += 1
        if not rest and len(pieces) > 1:
            return pieces
    return None
