"""A document that frames a sentence: "In the latest poll, Clinton led by five points", "In
its annual report, the regulator counted 212 complaints" when no verb of the sentence reports
it. The document is the source and "In" the cue; the rest of the sentence is the content."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import Draft, indices
from claimx.components.attribution.sources import source_range
from claimx.components.lemmas import lemma_of

if TYPE_CHECKING:
    from claimx.components.attribution.cue_rule import CueRule


def in_a_document(word: Token, rules: Sequence[CueRule] = ()) -> Draft | None:
    """ "In <a document>, <clause>": the phrase opens its sentence and is set off by a comma;
    a clause with a reporting verb of its own ("In a statement, the firm said ...") is that
    verb's report, not the document's."""
    if word.dep_ != "prep" or word.i != word.sent.start or word.head.dep_ != "ROOT":
        return None
    document = next((c for c in word.children if c.dep_ == "pobj"), None)
    if document is None or lemma_of(document).lower() not in lexicon.FRAMING_DOCUMENTS:
        return None
    comma = word.right_edge.i + 1
    if comma >= len(word.doc) or word.doc[comma].text != ",":
        return None
    clause = word.head
    content = set(indices(clause.subtree)) - set(indices(word.subtree)) - {comma}
    if any(_reports(word.doc[i]) for i in content):
        return None
    return Draft((word.i, word.i + 1), "in", source_range(document), content)


def _reports(token: Token) -> bool:
    return token.pos_ == "VERB" and lemma_of(token).lower() in lexicon.CUE_VERBS
