"""Find quotations in text, tolerating the marks real news gets wrong.

Pairs curly (“ ”, ‘ ’), straight (" "), low-high („ “) and guillemets (« », » «). A quotation left
open at a paragraph end continues if the next paragraph opens with a quote mark (the news
convention for multi-paragraph quotes), and otherwise closes there. Each paragraph's part of a
quotation is a quotation of its own (``continues`` says that the next part follows), so that
each part goes to the speaker tag of its own paragraph. A stray closing mark is ignored.
Straight single quotes are too often apostrophes to pair and are left alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimx.paragraphs import PARAGRAPH_BREAK

_OPENERS = {"“": "”", "„": "“", "«": "»", '"': '"', "‘": "’"}
# Every character the pairing looks at: the marks and line breaks. The scan jumps from one to
# the next instead of stepping through every character of the article.
_MARKS_AND_BREAKS = re.compile("[" + re.escape("".join({*_OPENERS, *_OPENERS.values()})) + "\n]")


@dataclass(frozen=True)
class Quote:
    """A quotation: ``start``/``end`` include the marks; ``inner_*`` are the words inside."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool  # False when the closing mark was missing and the quote was closed by position
    continues: bool = False  # the quotation goes on in the next paragraph (this part is open)


def find_quotes(text: str) -> list[Quote]:
    # Two apostrophes (or backticks) written for a double quotation mark, as some wires do,
    # pair like a straight double quote. Replacing one character of each keeps offsets intact.
    original = text
    text = text.replace("''", '\x00"').replace("``", '\x00"')
    quotes: list[Quote] = []
    opener: str | None = None
    open_at = 0
    index = 0
    while (found := _MARKS_AND_BREAKS.search(text, index)) is not None:
        index = found.start()
        char = text[index]
        if opener is None:
            if char in _OPENERS and _can_open(text, index):
                opener, open_at = char, index
            elif char == "”" and _starts_a_line(text, index):
                opener, open_at = "“", index  # a closing mark typed at a line's start opens
        elif char == _OPENERS[opener] and _can_close(text, index, opener):
            quotes.append(_quote(text, open_at, index + 1, closed=True))
            opener = None
        elif char == "\n":
            paragraph_end = PARAGRAPH_BREAK.match(text, index)
            if paragraph_end:
                next_start = paragraph_end.end() + _leading_space(text[paragraph_end.end() :])
                if next_start < len(text) and text[next_start] == opener:
                    # the quote goes on in the next paragraph: this paragraph's part ends here
                    quotes.append(_quote(text, open_at, index, closed=False, continues=True))
                    open_at = index = next_start
                else:
                    quotes.append(_quote(text, open_at, index, closed=False))
                    opener = None
        index += 1
    if opener is not None:
        quotes.append(_quote(text, open_at, len(text.rstrip()), closed=False))
    return [_doubled_marks(q, original) for q in quotes if q.inner_end > q.inner_start]


def _doubled_marks(quote: Quote, original: str) -> Quote:
    """A quotation marked with two apostrophes covers both of each pair."""
    start, inner_end = quote.start, quote.inner_end
    if start > 0 and original[start - 1 : start + 1] == "''":
        start -= 1
    if quote.closed and original[quote.end - 2 : quote.end] == "''":
        inner_end = min(inner_end, quote.end - 2)
    return Quote(start, quote.end, quote.inner_start, inner_end, quote.closed, quote.continues)


def _can_open(text: str, index: int) -> bool:
    """An opening mark precedes a word and follows a space, a bracket or the start of text."""
    after = text[index + 1 : index + 2]
    before = text[index - 1 : index].replace("\x00", " ") if index else " "
    if index and text[index - 1] == "\x00":
        before = text[index - 2 : index - 1] or " "
    if not after or (after.isspace() and text[index] != "«"):  # French: « Nous partons »
        return False
    if text[index] in '‘"':
        return before.isspace() or before in "([{—–-:“«" or index == 0
    return True


def _starts_a_line(text: str, index: int) -> bool:
    line_start = index
    while line_start > 0 and text[line_start - 1] in " \t":
        line_start -= 1
    after = text[index + 1 : index + 2]
    return (line_start == 0 or text[line_start - 1] == "\n") and after.isalnum()


def _can_close(text: str, index: int, opener: str) -> bool:
    """A closing mark follows a word or punctuation; ’ between letters is an apostrophe."""
    if opener == "‘":
        after = text[index + 1 : index + 2]
        return not (after.isalpha())
    return True


def _leading_space(text: str) -> int:
    return len(text) - len(text.lstrip())


def _quote(text: str, start: int, end: int, closed: bool, continues: bool = False) -> Quote:
    inner_start = start + 1
    inner_end = end - 1 if closed else end
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    return Quote(start, end, inner_start, inner_end, closed, continues)


def whole_quotations(quotes: list[Quote]) -> list[Quote]:
    """The quotations with the parts of each multi-paragraph one joined again (from its first
    opening mark to its last closing one), as ``find_quotes`` gave them before it split them."""
    joined: list[Quote] = []
    opened: Quote | None = None
    for quote in quotes:
        if opened is not None:
            quote = Quote(
                opened.start,
                quote.end,
                opened.inner_start,
                quote.inner_end,
                quote.closed,
                quote.continues,
            )
        if quote.continues:
            opened = quote
            continue
        opened = None
        joined.append(quote)
    if opened is not None:
        joined.append(opened)
    return joined
