"""claimx_attribution: who claimed what, through which cue.

The passes, each a module: cues are found on the parse (``parse``: candidates picked and read
by the table of cue rules in ``rules``, with the ``builders`` and the verb classes' content
readers in ``verbs``; sources in ``sources``), or by surface patterns without a parse
(``lexical``), by punctuation (``punctuation``) and in Title Case headlines (``headlines``);
quotations are attached and continued (``quotations``); each draft is then finished into a
claim (``assembly``, with ``content`` for its fragments and kind). Everything is kept as
character offsets in ``doc._.claimx_claims`` (plain data), mirrored as span groups for display.

A claim dict:
``{"cue": [start, end], "cue_lemma": str, "source": [start, end] | None, "source_type": str,
"content": [[start, end], ...], "kind": "direct" | "indirect" | "mixed"}``
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimx.components.attribution.assembly import (
    WordCount,
    claim_start,
    finish,
    without_nested_duplicates,
    without_reports_inside_reports,
    write_span_groups,
)
from claimx.components.attribution.credits import without_credit_lines
from claimx.components.attribution.headlines import headline_drafts
from claimx.components.attribution.learned import learned_drafts, with_learned_sources
from claimx.components.attribution.lexical import lexical_drafts
from claimx.components.attribution.parse import (
    MAX_CANDIDATES_IN_SENTENCE,
    parse_drafts,
    separate_coordinated,
)
from claimx.components.attribution.punctuation import punctuation_drafts
from claimx.components.attribution.quotations import (
    attach_quotes,
    continue_quotes,
    without_quoted_cues,
)
from claimx.components.attribution.sources import KnownNames
from claimx.components.doctext import doc_text
from claimx.components.extensions import CLAIMS, ClaimData
from claimx.components.quotes import Quote, find_quotes

__all__ = ["MAX_CANDIDATES_IN_SENTENCE", "AttributionFinder", "make_attribution"]


@Language.factory(
    "claimx_attribution",
    assigns=[f"doc._.{CLAIMS}", "doc.spans"],
)
def make_attribution(nlp: Language, name: str) -> AttributionFinder:
    return AttributionFinder()


class AttributionFinder:
    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        quotes = find_quotes(text)
        parsed = doc.has_annotation("DEP")
        drafts = list(parse_drafts(doc) if parsed else lexical_drafts(doc))
        drafts += punctuation_drafts(doc, quotes)
        if parsed:
            drafts += headline_drafts(doc, drafts)
        drafts = without_credit_lines(doc, text, drafts)
        drafts = separate_coordinated(doc, drafts)
        drafts = attach_quotes(doc, text, drafts, quotes)
        drafts = continue_quotes(doc, text, drafts, quotes)
        drafts = with_learned_sources(doc, drafts)
        ents = tuple(doc.ents)  # spaCy rebuilds doc.ents on every access: read it once
        names = KnownNames.of(ents)
        claims = [
            c for c in (finish(doc, text, d, quotes, names, ents) for d in drafts) if c is not None
        ]
        claims += learned_claims(doc, text, quotes, names, ents, claims)
        claims = without_quoted_cues(claims, quotes)
        claims = without_nested_duplicates(claims, text)
        claims = without_reports_inside_reports(claims)
        claims.sort(key=claim_start)
        doc._.set(CLAIMS, claims)
        write_span_groups(doc, claims)
        return doc


def learned_claims(
    doc: Doc,
    text: str,
    quotes: list[Quote],
    names: KnownNames,
    ents: tuple[Span, ...],
    rule_claims: list[ClaimData],
) -> list[ClaimData]:
    """The learned roles' claims (none without a trained model) that the rules did not make:
    a learned claim sharing a word of content, or its cue, with a rule's claim is left out."""
    drafts = learned_drafts(doc)
    if not drafts:  # the rules' pipeline, or nothing learned here: nothing to compare
        return []
    words = WordCount(text)
    contents = [fragment for claim in rule_claims for fragment in claim["content"]]
    cues = {(claim["cue"][0], claim["cue"][1]) for claim in rule_claims}
    found: list[ClaimData] = []
    for learned in drafts:
        claim = finish(doc, text, learned.draft, quotes, names, ents)
        if claim is None or (claim["cue"][0], claim["cue"][1]) in cues:
            continue
        if words.shared(claim["content"], contents):
            continue
        claim["confidence"] = learned.confidence
        contents.extend(claim["content"])
        cues.add((claim["cue"][0], claim["cue"][1]))
        found.append(claim)
    return found
