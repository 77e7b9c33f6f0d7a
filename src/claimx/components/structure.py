"""claimx_structure: paragraph breaks, headings and the date marker always end a sentence,
and a word or a comma never does.

Runs before the parser, which keeps sentence starts that are already set, both ways. In a
pipeline without a parser or senter (the rule-only fallback) it also segments sentences on
final punctuation.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from typing import cast

import numpy
from spacy.attrs import IS_ALPHA, IS_DIGIT, LOWER, ORTH, SENT_START
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Token
from thinc.types import Ints2d

from claimx.components.doctext import doc_text
from claimx.components.extensions import HEADER_END, HEADINGS_KEY, KNOWN_HEADINGS
from claimx.datelines import find_dateline
from claimx.lexicon import TITLES_BEFORE_NAMES, word_set
from claimx.paragraphs import PARAGRAPH_BREAK

# A heading is a short line with no final punctuation ("Why the negotiations matter").
MAX_HEADING_WORDS = 14
_FINAL_PUNCTUATION = tuple('.!?:;,"”’)…')
# A line ending in one of these words was wrapped mid-sentence, not a heading.
_CONTINUATION_WORDS = word_set(
    "a an the and or but of to in on at by for with from as that which who than its their his her"
)
_CLOSERS = frozenset({'"', "'", "”", "’", ")", "]", "»"})
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@Language.factory(
    "claimx_structure",
    assigns=["token.is_sent_start", "doc.spans"],
    default_config={"segment": False},
)
def make_structure(nlp: Language, name: str, segment: bool) -> ArticleStructure:
    return ArticleStructure(segment=segment)


class ArticleStructure:
    """Marks sentence starts at block boundaries and records heading lines as spans."""

    def __init__(self, segment: bool = False) -> None:
        self.segment = segment

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            doc.spans[HEADINGS_KEY] = []
            return doc
        if self.segment:
            _segment_on_punctuation(doc)
        else:
            _no_sentence_starts_mid_line(doc)
        text = doc_text(doc)
        starts = set(block_starts(text, doc._.get(HEADER_END)))
        headings = []
        known = [tuple(heading) for heading in doc._.get(KNOWN_HEADINGS) or []]
        for start, end in sorted(set(heading_lines(text)) | set(known)):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is not None:
                headings.append(span)
                starts.add(end)
        for index in _after_abbreviations_that_end_a_sentence(doc):
            doc[index].is_sent_start = True
        for index in _tokens_at(doc, starts):
            # A boundary may fall on whitespace: the next word starts the sentence.
            while index < len(doc) - 1 and doc[index].is_space:
                index += 1
            if index > 0 and not doc[index].is_space:
                doc[index].is_sent_start = True
        doc.spans[HEADINGS_KEY] = headings
        return doc


def block_starts(text: str, header_end: int) -> Iterator[int]:
    """Offsets where a new block begins: after a blank line, at an item of a list, after the
    date marker, and after a dateline ("LAGOS (Reuters) -": the parser must not take it for
    the subject)."""
    for match in re.finditer(PARAGRAPH_BREAK.pattern + r"\s*", text):
        yield match.end()
    for match in _LIST_ITEM.finditer(text):
        yield match.start()  # "- The union says ...": each item of a list is a sentence
    if header_end:
        offset = header_end + len(text[header_end:]) - len(text[header_end:].lstrip())
        yield offset
    dateline = find_dateline(text, header_end)
    if dateline is not None:
        yield dateline.start
        yield dateline.end


# A line that opens with a bullet ("- ", "* ", "• ") or a number ("1. ", "2) ").
_LIST_ITEM = re.compile(r"(?m)^[ \t]*(?:[-*•▪‣]|\d{1,2}[.)])[ \t]+(?=\S)")


def heading_lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line that reads as a heading and is followed by more text."""
    lines = list(_lines(text))
    for index, (start, end) in enumerate(lines[:-1]):
        line = text[start:end].strip()
        following = text[lines[index + 1][0] : lines[index + 1][1]].strip()
        if line and following and is_heading(line):
            stripped_start = start + len(text[start:end]) - len(text[start:end].lstrip())
            yield stripped_start, stripped_start + len(line)


def is_heading(line: str) -> bool:
    words = line.split()
    if not 0 < len(words) <= MAX_HEADING_WORDS:
        return False
    starts_like_title = line[0].isupper() or line[0].isdigit()
    wrapped = words[-1].lower() in _CONTINUATION_WORDS
    return starts_like_title and not wrapped and not line.endswith(_FINAL_PUNCTUATION)


def _lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each non-blank line, without its newline."""
    offset = 0
    for raw in text.splitlines(keepends=True):
        content = raw.rstrip("\r\n")
        if content.strip():
            yield offset, offset + len(content)
        offset += len(raw)


def _tokens_at(doc: Doc, offsets: set[int]) -> Iterator[int]:
    """Indices of the tokens starting exactly at ``offsets``, found without iterating over
    every token in Python."""
    token_starts = doc.to_array("IDX").tolist()
    for offset in sorted(offsets):
        index = bisect.bisect_left(token_starts, offset)
        if index < len(token_starts) and token_starts[index] == offset:
            yield index


def _segment_on_punctuation(doc: Doc) -> None:
    """Rule-only sentence splitting: a new sentence after final punctuation (and quotes)."""
    previous_end = True
    for token in doc:
        if token.is_space:
            token.is_sent_start = token.i == 0
            continue
        if previous_end and token.text in _CLOSERS and token.i > 0:
            token.is_sent_start = False  # the quote or bracket closing the sentence just ended
            continue
        token.is_sent_start = previous_end
        previous_end = bool(_SENTENCE_END.search(token.text)) and not _is_abbreviation(token)


_COMMA = StringStore().add(",")
# Titles before a name ("dr.", "ir.", "cllr."), as the doc's lower-case forms.
_TITLES = numpy.array(
    [StringStore().add(f"{title}.") for title in TITLES_BEFORE_NAMES], dtype=numpy.uint64
)


def _no_sentence_starts_mid_line(doc: Doc) -> None:
    """ "Orlesia and Kastamir have agreed to ..., the foreign minister said": the parser may
    start a sentence after a word or a comma ("and Kastamir ..."), which loses the tag its
    subject and the report its first words; so may it after a title ("said Datuk Ir. |
    Hamzah"). A sentence starts after final punctuation, a closing quotation mark or bracket,
    or a line break; the parser may choose among those."""
    if len(doc) < 2:
        return
    words = doc.to_array([IS_ALPHA, IS_DIGIT, ORTH, LOWER])
    after_word = (words[:-1, 0] == 1) | (words[:-1, 1] == 1) | (words[:-1, 2] == _COMMA)
    after_word |= numpy.isin(words[:-1, 3], _TITLES)  # "said Datuk Ir. Hamzah", "Dr. Ruiz"
    starts = doc.to_array(SENT_START).astype(numpy.int64)  # to_array's uint64 wraps -1
    starts[1:][after_word & (starts[1:] == 0)] = -1
    doc.from_array([SENT_START], cast(Ints2d, starts.astype(numpy.uint64).reshape(-1, 1)))


def _is_abbreviation(token: Token) -> bool:
    """Abbreviations such as "Mr.", "Jan." and "U.S." end in a full stop, not a sentence."""
    text = token.text
    return len(text) <= 4 and text.endswith(".") and text[:-1].isalpha() and text[0].isupper()


# Abbreviations a sentence may end on ("The vote is at 3 p.m. His office said ..."), and the
# words that open the next sentence: a name could follow "Inc." inside one ("Acme Inc. Chief
# Executive ..."), a pronoun or an article could not. As string ids: the tokens are picked from
# the doc's arrays, not visited one by one.
_SENTENCE_FINAL_ABBREVIATIONS = frozenset(
    StringStore().add(word)
    for word in word_set("a.m. p.m. etc. inc. ltd. co. corp. u.s. u.k. jr. sr.")
)
_SENTENCE_OPENERS = word_set(
    """his her its their he she it they we i you the a an this that these those there but
    and in on at for after before when while meanwhile however asked speaking according"""
)


def _after_abbreviations_that_end_a_sentence(doc: Doc) -> Iterator[int]:
    lowers = doc.to_array(LOWER).tolist()
    for i in range(1, len(lowers)):
        if lowers[i - 1] not in _SENTENCE_FINAL_ABBREVIATIONS:
            continue
        token = doc[i]
        if (
            doc[i - 1].whitespace_
            and token.text[:1].isupper()
            and token.lower_ in _SENTENCE_OPENERS
        ):
            yield i
