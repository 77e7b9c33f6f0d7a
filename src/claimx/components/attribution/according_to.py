"""The "according to" cue: "According to X, CONTENT" and "CONTENT, according to X", with the
repairs for where the parser hangs it (on the sentence's root, or taking the clause's subject
for an apposition of X).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from claimx.components.attribution.draft import Draft, after_comma, indices
from claimx.components.attribution.sources import clause_head, source_range

if TYPE_CHECKING:
    from claimx.components.attribution.cue_rule import CueRule


def according_to(according: Token, rules: Sequence[CueRule] = ()) -> Draft:
    """Cue "according to": "According to X, CONTENT" and "CONTENT, according to X"."""
    to = according.nbor()
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"
    ]
    source = source_range(objects[0]) if objects else None
    clause = _whole_coordination(clause_head(according), according)
    subject = _a_subject_read_as_the_sources_apposition(objects, clause)
    if source and subject is not None:
        source = (source[0], subject.left_edge.i - 1)  # up to the comma before the subject
    excluded = set(indices(according.subtree)) | {according.i, to.i}
    if subject is not None:
        excluded -= set(indices(subject.subtree))
    if source:
        excluded |= set(range(*source))
    for part in clause.children:  # "..., according to X, and prices are rising": another claim
        trailing = clause.i < according.i < part.i
        if trailing and part.dep_ in ("conj", "cc", "parataxis"):
            excluded |= set(indices(part.subtree))
    content = set(indices(clause.subtree)) - excluded if clause is not according else set()
    if not content:
        content = set(indices(according.sent)) - excluded
    if not content:
        return _according_to_read_as_the_sentence(according, to)
    return Draft((according.i, to.i + 1), "according to", source, content)


def _a_subject_read_as_the_sources_apposition(objects: list[Token], clause: Token) -> Token | None:
    """ "after, according to the council's own evaluation, fewer than twelve people a week
    used it": the parser made the clause's subject an apposition of the source; an apposition
    right before a clause with no subject of its own is that clause's subject."""
    if not objects or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    doc = clause.doc
    in_the_clause = set(indices(clause.subtree))
    return next(
        (
            apposition
            for apposition in objects[0].children
            if apposition.dep_ == "appos"
            and doc[apposition.left_edge.i - 1].text == ","
            and apposition.right_edge.i + 1 in in_the_clause
        ),
        None,
    )


def _according_to_read_as_the_sentence(according: Token, to: Token) -> Draft:
    """ "According to talk radio host Rush Limbaugh, the move reeks of fear": the parser may
    make "According" the sentence's root and hang the content on the source's name; the comma
    after the source parts them."""
    sent = according.sent
    comma = next((t.i for t in according.doc[to.i + 1 : sent.end] if t.text == ","), None)
    if comma is None or comma == to.i + 1:
        return Draft((according.i, to.i + 1), "according to", None, set())
    words = according.doc[comma + 1 : sent.end]
    if not any(t.pos_ in ("NOUN", "PROPN", "PRON", "VERB", "AUX", "NUM") for t in words):
        return Draft((according.i, to.i + 1), "according to", None, set())  # ", basically."
    content = {t.i for t in words if not t.is_space}
    return Draft((according.i, to.i + 1), "according to", (to.i + 1, comma), content)


def _whole_coordination(clause: Token, according: Token) -> Token:
    """ "Foxes have learned to lift lids, and the skill is spreading, according to a study":
    at the end of a sentence, "according to" credits every clause joined before it."""
    while clause.head.i < clause.i < according.i and (
        clause.dep_ == "conj" or _a_participle_after_a_comma(clause)
    ):
        clause = clause.head  # "..., saving an estimated £310,000 a year, according to ..."
    return clause


def _a_participle_after_a_comma(clause: Token) -> bool:
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and after_comma(clause)
