"""claimx_attribution: who claimed what, through which cue.

The passes, each a module: cues are found on the parse (``parse``: candidates picked and read
by the table of cue rules in ``rules``, with the ``builders`` and the verb classes' content
readers in ``verbs``; sources in ``sources``), or by surface patterns without a parse
(``lexical``), and by punctuation (``punctuation``); quotations are attached and continued
(``quotations``); each draft is then finished into a claim (``assembly``, with ``content`` for
its fragments and kind). Everything is kept as character offsets in ``doc._.claimx_claims``
(plain data), mirrored as span groups for display.

A claim dict:
``{"cue": [start, end], "cue_lemma": str, "source": [start, end] | None, "source_type": str,
"content": [[start, end], ...], "kind": "direct" | "indirect" | "mixed"}``
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimx.components.attribution.assembly import (
    claim_start,
    finish,
    without_nested_duplicates,
    write_span_groups,
)
from claimx.components.attribution.credits import without_credit_lines
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
from claimx.components.extensions import CLAIMS
from claimx.components.quotes import find_quotes

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
        drafts = without_credit_lines(doc, text, drafts)
        drafts = separate_coordinated(doc, drafts)
        drafts = attach_quotes(doc, text, drafts, quotes)
        drafts = continue_quotes(doc, text, drafts, quotes)
        ents = tuple(doc.ents)  # spaCy rebuilds doc.ents on every access: read it once
        names = KnownNames.of(ents)
        claims = [
            c for c in (finish(doc, text, d, quotes, names, ents) for d in drafts) if c is not None
        ]
        claims = without_quoted_cues(claims, quotes)
        claims = without_nested_duplicates(claims, text)
        claims.sort(key=claim_start)
        doc._.set(CLAIMS, claims)
        write_span_groups(doc, claims)
        return doc
