"""Attributions by punctuation: "― Name" after a quotation, "Name: ..." opening a line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from claimx import lexicon
from claimx.components.attribution.draft import Draft
from claimx.components.doctext import doc_text
from claimx.components.quotes import Quote
from claimx.paragraphs import PARAGRAPH_BREAK

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|del|da|bin|al))*"


_DASH_SOURCE = re.compile(rf"[ \t]*\n?[ \t]*(?P<cue>―|—|--)[ \t]*(?P<source>{_NAME})[ \t]*(?=\n|$)")


_COLON_SOURCE = re.compile(
    rf"^[ \t]*[\"“]?(?P<source>{_NAME}(?:\s+[A-Z][\w.'’-]*){{0,3}})(?P<cue>:)[ \t]+(?=\S)",
    re.MULTILINE,
)


# Labels that open a line with a colon without attributing anything.
_NOT_SOURCES = lexicon.word_set(
    "update updated note editor photo photos video watch read related source sources "
    "correction disclosure advertisement caption listen q a breaking exclusive revealed "
    "leaked bombshell wow so analysis opinion live clarification clarifications corrections"
)
# "Kasich: Now or never", "Sanders: 1,547": a list of names with a few words or a figure each
# is a roster or a tally, not what they said. A quoted line is longer or is a sentence.
_MIN_UNPUNCTUATED_WORDS = 5
_SENTENCE_END = tuple(".!?\"”’'")


_MAX_COLON_SOURCE_WORDS = 4
PUNCTUATION_RULE = "dash or colon"  # a quotation credited by "— Name" or "Name: ..."


def punctuation_drafts(doc: Doc, quotes: list[Quote]) -> Iterator[Draft]:
    yield from _dash_drafts(doc, quotes)
    yield from _colon_drafts(doc)


def _dash_drafts(doc: Doc, quotes: list[Quote]) -> Iterator[Draft]:
    """A quotation followed by "― Name" at the end of its line is Name's."""
    text = doc_text(doc)
    for quote in quotes:
        match = _DASH_SOURCE.match(text, quote.end)
        if match is None:
            continue
        draft = _char_draft(doc, match.span("cue"), match.group("cue"), match.span("source"))
        content = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if draft is not None and content is not None:
            draft.content_tokens = set(range(content.start, content.end))
            yield draft


def _colon_drafts(doc: Doc) -> Iterator[Draft]:
    """Colon attributions, "Sanders: Clinton needs to ..." and transcripts ("WALLACE: ..."): a short
    name opening a line, then a colon, attributes the rest of the paragraph."""
    text = doc_text(doc)
    for match in _COLON_SOURCE.finditer(text):
        source = match.group("source")
        words = source.split()
        if len(words) > _MAX_COLON_SOURCE_WORDS or source.lower() in _NOT_SOURCES:
            continue
        first = re.sub(r"['’]s$", "", words[0].lower().rstrip("."))
        if first in _NOT_SOURCES or words[0] in ("The", "A", "An"):
            continue  # "The Latest:", "A look back:", "Editor's Note:" are labels, not speakers
        end = _paragraph_end(text, match.end())
        if _a_roster_entry(text[match.end() : end]):
            continue
        draft = _char_draft(doc, match.span("cue"), ":", match.span("source"))
        content = doc.char_span(match.end(), end, alignment_mode="expand")
        if draft is not None and content is not None:
            draft.content_tokens = set(range(content.start, content.end))
            yield draft


def _a_roster_entry(content: str) -> bool:
    content = content.strip()
    return len(content.split()) < _MIN_UNPUNCTUATED_WORDS and not content.endswith(_SENTENCE_END)


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph (a blank line) or of the line, if the next line opens with
    another speaker's name and a colon."""
    blank = PARAGRAPH_BREAK.search(text, start)
    end = blank.start() if blank else len(text.rstrip())
    next_speaker = _COLON_SOURCE.search(text, start, end)
    return next_speaker.start() if next_speaker else end


def _char_draft(
    doc: Doc, cue: tuple[int, int], lemma: str, source: tuple[int, int]
) -> Draft | None:
    cue_span = doc.char_span(*cue, alignment_mode="expand")
    source_span = doc.char_span(*source, alignment_mode="expand")
    if cue_span is None or source_span is None:
        return None
    source_range = (source_span.start, source_span.end)
    return Draft((cue_span.start, cue_span.end), lemma, source_range, set(), rule=PUNCTUATION_RULE)
