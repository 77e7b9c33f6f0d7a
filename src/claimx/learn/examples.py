"""Gold articles as spaCy ``Example``s for ``claimx_roles``.

The predicted side is the article as claimx's own pipeline sees it up to the parser (the same
sentence starts, tags and dependencies the tagger reads at run time), computed once per article
and reused by every epoch. The reference side is the same tokens with each gold claim's source,
cue and content fragments as spans in ``doc.spans["claimx_roles"]``. PolNeAR gives a token at
most one role; where two gold spans still overlap (a few percent, nested attributions), the one
met later is left out.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from claimx.components.extensions import ROLES_KEY
from claimx.gold import GoldArticle

# The components whose annotations the tagger may read (those before it in the pipeline); the
# rest do not run while examples are made (claimx's entities, values and rules are not
# features).
FEATURE_COMPONENTS = ("tok2vec", "tagger", "claimx_structure", "parser", "senter", "ner")


@dataclass
class GoldCounts:
    articles: int = 0
    claims: int = 0
    spans: int = 0
    spans_left_out: int = 0  # overlapping another gold span


def make_examples(
    nlp: Language, golds: Iterable[GoldArticle], counts: GoldCounts, batch_size: int = 8
) -> Iterator[Example]:
    """One Example per gold article, in order."""
    from claimx.inputs import make_article
    from claimx.nlp import make_doc

    roles = nlp.pipe_names.index("claimx_roles") if "claimx_roles" in nlp.pipe_names else None
    before_roles = nlp.pipe_names[:roles]
    enabled = [name for name in FEATURE_COMPONENTS if name in before_roles]
    pairs = ((make_doc(nlp, make_article(g.id, g.text, g.published)), g) for g in golds)
    with nlp.select_pipes(enable=enabled):
        for doc, gold in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
            counts.articles += 1
            counts.claims += len(gold.claims)
            yield Example(doc, reference_doc(doc, gold.claims, counts, gold.text))


def reference_doc(
    predicted: Doc, claims: Iterable[dict[str, Any]], counts: GoldCounts, original: str = ""
) -> Doc:
    """The gold roles on ``predicted``'s tokens. ``predicted`` holds the normalised view of
    ``original`` (``claimx.textview``): the gold offsets, into ``original``, are mapped to it."""
    from claimx.textview import text_view

    view = text_view(original)
    reference = Doc(
        predicted.vocab,
        words=[token.text for token in predicted],
        spaces=[bool(token.whitespace_) for token in predicted],
    )
    taken = [False] * len(reference)
    spans = []
    for role, start, end in gold_roles(claims):
        span = token_span(reference, view.to_view(start), view.to_view(end), role)
        if span is None:
            continue
        counts.spans += 1
        if any(taken[span.start : span.end]):
            counts.spans_left_out += 1
            continue
        taken[span.start : span.end] = [True] * len(span)
        spans.append(span)
    reference.spans[ROLES_KEY] = sorted(spans)
    return reference


def gold_roles(claims: Iterable[dict[str, Any]]) -> Iterator[tuple[str, int, int]]:
    """(role, start, end) of each claim's parts, claim by claim: source, cue, content."""
    for claim in claims:
        if claim.get("source_span"):
            yield ("SOURCE", *claim["source_span"])
        if claim.get("cue_span"):
            yield ("CUE", *claim["cue_span"])
        for start, end in claim.get("content_fragments") or [claim["content_span"]]:
            yield "CONTENT", start, end


def token_span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The tokens covering [start, end), without whitespace tokens at either edge."""
    span = doc.char_span(start, end, label=label, alignment_mode="expand")
    if span is None:
        return None
    first, last = span.start, span.end
    while first < last and (doc[first].is_space or not doc[first].text.strip()):
        first += 1
    while last > first and (doc[last - 1].is_space or not doc[last - 1].text.strip()):
        last -= 1
    return Span(doc, first, last, label=label) if last > first else None
