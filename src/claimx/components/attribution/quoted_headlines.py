"""Quoted headlines: a line that opens with a quotation and a colon, then who said it.

'"No more blank cheques for the railways": Transport Secretary vows to cap spending',
'"Bees don't read calendars": beekeeper Ottilie Braun on a strange spring', '"We will not back
down": union chief on strike talks'. The colon is the cue, the quotation the content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Doc

from claimx import inflection, lexicon
from claimx.components.attribution.draft import Draft, char_draft
from claimx.components.attribution.punctuation import PUNCTUATION_RULE
from claimx.components.doctext import doc_text
from claimx.components.quotes import Quote

_AFTER_QUOTE_COLON = re.compile(r"[ \t]*(?P<cue>:)[ \t]+")
_SPEAKER_WORD = re.compile(r"[A-Za-z][\w.'’-]*")
_MAX_SPEAKER_WORDS = 8
_MAX_ROLE_WORDS = 3  # "beekeeper", "union chief", "former chief constable"
# Words that open a headline's explanation, not a speaker's role: '"...": how the mill closed'.
_NOT_ROLE_WORDS = lexicon.word_set("how why what when where who which whether if as inside")
# The word after a speaker named by role alone: "union chief on strike talks".
_ABOUT = lexicon.word_set("on about")


def quoted_headline_drafts(doc: Doc, quotes: list[Quote]) -> Iterator[Draft]:
    """A quotation opening a line, a colon, then who said it (``_speaker_after``)."""
    text = doc_text(doc)
    for quote in [*quotes, *_single_quoted(text, quotes)]:
        if not quote.closed or text[text.rfind("\n", 0, quote.start) + 1 : quote.start].strip():
            continue
        colon = _AFTER_QUOTE_COLON.match(text, quote.end)
        if colon is None:
            continue
        source = _speaker_after(text, colon.end())
        if source is None:
            continue
        draft = char_draft(doc, colon.span("cue"), ":", source, PUNCTUATION_RULE)
        content = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if draft is not None and content is not None:
            draft.content_tokens = set(range(content.start, content.end))
            yield draft


# "'We will not back down': union chief on ...": straight single quotes, which find_quotes
# leaves alone (they are too often apostrophes), are a quotation when they open a line and
# close right before a colon.
_SINGLE_QUOTED = re.compile(r"^[ \t]*'(?P<inner>[^\n]{3,200}?)'(?=[ \t]*:[ \t])", re.MULTILINE)


def _single_quoted(text: str, quotes: list[Quote]) -> Iterator[Quote]:
    for match in _SINGLE_QUOTED.finditer(text):
        start, end = match.start("inner") - 1, match.end()
        if not any(q.start < end and start < q.end for q in quotes):
            yield Quote(start, end, match.start("inner"), match.end("inner"), closed=True)


def _speaker_after(text: str, start: int) -> tuple[int, int] | None:
    """The speaker a headline names after its quotation's colon: capitalised words up to a
    verb or a word in lower case ("Transport Secretary vows ..."); or a role in lower case,
    then a name or nothing, where what follows is a verb, "on" or "about", or the end
    ("beekeeper Ottilie Braun on ...", "union chief on strike talks"; in '"...": residents
    fear Tory plan' the words in lower case are not a role)."""
    words = _words_on_line(text, start)
    role = 0
    while role < min(_MAX_ROLE_WORDS, len(words)) and _a_role_word(words[role]):
        role += 1
    names = role
    while names < min(role + _MAX_SPEAKER_WORDS, len(words)) and _a_name_word(words[names]):
        names += 1
    if role and not _ends_a_speaker(words[names:]):
        return None  # lower-case words that are no role: '"...": residents fear Tory plan'
    return (words[0].start, words[names - 1].end) if names else None


def _ends_a_speaker(rest: list[_Word]) -> bool:
    """Is what follows a speaker's name (a verb, "on" or "about", or the end of the words)?"""
    return not rest or rest[0].lower() in _ABOUT or rest[0].lower() in _VERB_FORMS


@dataclass(frozen=True)
class _Word:
    text: str
    start: int
    end: int

    def lower(self) -> str:
        return self.text.lower()


def _words_on_line(text: str, start: int) -> list[_Word]:
    """The words from ``start`` to the first mark that is not a space, on the same line."""
    words: list[_Word] = []
    for match in _SPEAKER_WORD.finditer(text, start):
        gap = text[words[-1].end if words else start : match.start()]
        if gap.strip(" \t"):
            break
        words.append(_Word(match.group(), match.start(), match.end()))
    return words


def _a_role_word(word: _Word) -> bool:
    lower = word.lower()
    return (
        word.text.islower() and lower not in _NOT_ROLE_WORDS | _ABOUT and lower not in _VERB_FORMS
    )


def _a_name_word(word: _Word) -> bool:
    return word.text[0].isupper() and word.lower() not in _VERB_FORMS


_VERB_FORMS = frozenset(
    form
    for lemma in lexicon.HEADLINE_VERBS | lexicon.CLAUSE_VERBS
    for form in inflection.verb_forms(lemma)
)
