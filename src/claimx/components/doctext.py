"""The text of a Doc, built once per Doc.

spaCy rebuilds ``Doc.text`` from its tokens on every access (a Python loop over every token),
and several claimx components and the claim reader need it: reading it each time cost about
as much as all of claimx's own rules. The text of a Doc never changes (retokenising keeps it),
so it is kept here, by Doc, for as long as the Doc lives, and never serialised with it.
"""

from __future__ import annotations

import weakref

from spacy.tokens import Doc

_TEXTS: weakref.WeakKeyDictionary[Doc, str] = weakref.WeakKeyDictionary()


def doc_text(doc: Doc) -> str:
    """``doc.text``, built on the first call for this Doc only."""
    text = _TEXTS.get(doc)
    if text is None:
        text = doc.text
        _TEXTS[doc] = text
    return text


def remember_text(doc: Doc, text: str) -> None:
    """Record the text ``doc`` was tokenised from (the tokenizer keeps every character), so
    that no component has to rebuild it."""
    _TEXTS[doc] = text
