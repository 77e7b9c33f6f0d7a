"""The text claimx analyses: the article's text with invisible characters taken out, typographic
spaces made plain spaces and every kind of line end made a newline, with a map from each of its
offsets back to the article's own text.

A soft hyphen or a zero-width space inside "said" hides the verb from the tokenizer; a no-break
space between two names splits the name; a carriage return alone, NEL, U+2028 and U+2029 end no
line a regular expression knows. The pipeline reads the normalised view (``nlp.make_doc``), and
the claim reader (``claims.read_doc``) maps every offset it finds back through ``TextView``, so
that every output span still satisfies ``text[start_char:end_char] == span["text"]`` on the
article's text as it was read. A span keeps the invisible characters inside it: the soft hyphen
in "sa\\u00adid" is part of the cue's text.

Text without any of these characters (nearly all text) is its own view: no map is built.
Standard library only.
"""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Sequence
from dataclasses import dataclass

# Format characters that print as nothing: removed from the view. Soft hyphen, combining
# grapheme joiner, Arabic letter mark, Mongolian vowel separator, zero-width space, non-joiner
# and joiner, left-to-right and right-to-left marks, bidirectional embeddings and isolates, word
# joiner and invisible operators, the deprecated format characters, variation selectors, and
# U+FEFF (a byte-order mark left inside the text, or the old zero-width no-break space).
INVISIBLE = (
    "\u00ad\u034f\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f"
    "\ufe00-\ufe0f\ufeff"
)
# Spaces other than U+0020 that separate words: each becomes one plain space. No-break space,
# Ogham space mark, the typographic spaces U+2000-U+200A (en, em, thin, hair...), narrow no-break
# space, medium mathematical space, ideographic space.
SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000"
# Line ends other than LF (and CRLF, which every stage already reads as a line end): each becomes
# one newline. A carriage return alone (old Mac text), NEL, line separator, vertical tab and form
# feed. The paragraph separator U+2029 becomes a blank line (two newlines): a paragraph break.
LINE_ENDS = "\x0b\x0c\x85\u2028"
PARAGRAPH_SEPARATOR = "\u2029"

_SPECIAL = re.compile(f"[{INVISIBLE}{SPACES}{LINE_ENDS}{PARAGRAPH_SEPARATOR}]+|\r(?!\n)")
_INVISIBLE = re.compile(f"[{INVISIBLE}]")
_SPACE = re.compile(f"[{SPACES}]")


@dataclass(frozen=True)
class TextView:
    """``text`` is what the pipeline reads; ``original`` is the article's text. ``starts[i]`` is
    the offset in ``original`` of the view's character ``i`` (None when the two are the same)."""

    original: str
    text: str
    starts: Sequence[int] | None = None

    @property
    def identical(self) -> bool:
        return self.starts is None

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """The original offsets of the view's ``[start, end)``: a span keeps any invisible
        characters inside it, never those just outside it."""
        if self.starts is None:
            return start, end
        begin = self.starts[start] if start < len(self.text) else len(self.original)
        if end <= start:
            return begin, begin
        return begin, self.starts[end - 1] + 1

    def to_view(self, offset: int) -> int:
        """The view offset of an original offset (the first view character at or after it)."""
        if self.starts is None:
            return offset
        return bisect.bisect_left(self.starts, offset)


def text_view(text: str) -> TextView:
    """The normalised view of ``text`` (cached: the pipeline and the claim reader both ask)."""
    if _SPECIAL.search(text) is None:
        return TextView(text, text)
    return _build(text)


@functools.lru_cache(maxsize=16)
def _build(text: str) -> TextView:
    pieces: list[str] = []
    starts = array("q")
    done = 0
    for match in _SPECIAL.finditer(text):
        pieces.append(text[done : match.start()])
        starts.extend(range(done, match.start()))
        for offset in range(match.start(), match.end()):
            replacement = _replacement(text[offset])
            pieces.append(replacement)
            starts.extend([offset] * len(replacement))
        done = match.end()
    pieces.append(text[done:])
    starts.extend(range(done, len(text)))
    return TextView(text, "".join(pieces), starts)


def _replacement(char: str) -> str:
    if _INVISIBLE.match(char):
        return ""
    if _SPACE.match(char):
        return " "
    if char == PARAGRAPH_SEPARATOR:
        return "\n\n"
    return "\n"  # a line end: a lone CR, NEL, U+2028, VT, FF
