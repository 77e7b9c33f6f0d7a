"""claimx_attribution: who claimed what, through which cue.

The passes, each a module: cues are found on the parse (``parse``: candidates picked and read
by the table of cue rules in ``rules``, with the ``builders`` and the verb classes' content
readers in ``verbs``; sources in ``sources``), or by surface patterns without a parse
(``lexical``), by punctuation (``punctuation``, ``quoted_headlines``) and in Title Case
headlines (``headlines``); quotations are attached and continued (``quotations``); each draft
is then finished into a claim (``assembly``, with ``content`` for its fragments and kind).
Everything is kept as character offsets in ``doc._.claimx_claims`` (plain data), mirrored as
span groups for display.

Settings (the factory's ``default_config``, saved with the pipeline in its ``config.cfg`` and
read back when it is loaded, as spaCy's own components' are): ``max_candidates_in_sentence``,
the most cue candidates read in one sentence; ``near_duplicate``, how alike a nested report's
content must be to its outer one's to be dropped as the same claim; ``min_quote_words``, the
fewest words a quotation needs to go to a cue in its sentence that is not a tag right after it;
``prior_weight``, claims' worth of the broader estimate in each group's measured confidence.

A claim dict:
``{"cue": [start, end], "cue_lemma": str, "source": [start, end] | None, "source_type": str,
"content": [[start, end], ...], "kind": "direct" | "indirect" | "mixed"}``
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from claimx.components.attribution.assembly import (
    NEAR_DUPLICATE,
    WordCount,
    claim_start,
    finish,
    without_nested_duplicates,
    without_questions_asked,
    without_reports_inside_reports,
    write_span_groups,
)
from claimx.components.attribution.credits import without_credit_lines
from claimx.components.attribution.headlines import (
    with_headline_drafts,
    with_whole_headline_reports,
)
from claimx.components.attribution.learned import learned_drafts, with_learned_sources
from claimx.components.attribution.lexical import lexical_drafts
from claimx.components.attribution.parse import (
    MAX_CANDIDATES_IN_SENTENCE,
    parse_drafts,
    separate_coordinated,
)
from claimx.components.attribution.punctuation import introduction_drafts, punctuation_drafts
from claimx.components.attribution.quotations import (
    MIN_QUOTE_WORDS,
    attach_quotes,
    continue_quotes,
    without_quoted_cues,
    without_the_quoted_speakers_own_cues,
)
from claimx.components.attribution.quoted_headlines import quoted_headline_drafts
from claimx.components.attribution.source_types import KnownNames
from claimx.components.doctext import doc_text
from claimx.components.extensions import CLAIMS, ClaimData
from claimx.components.quotes import Quote, find_quotes
from claimx.confidence import PRIOR_WEIGHT

__all__ = ["MAX_CANDIDATES_IN_SENTENCE", "AttributionFinder", "Settings", "make_attribution"]


@dataclass(frozen=True)
class Settings:
    """The component's settings (see the module's docstring), checked when it is made."""

    max_candidates_in_sentence: int = MAX_CANDIDATES_IN_SENTENCE
    near_duplicate: float = NEAR_DUPLICATE
    min_quote_words: int = MIN_QUOTE_WORDS
    prior_weight: float = PRIOR_WEIGHT

    def __post_init__(self) -> None:
        if self.max_candidates_in_sentence < 1:
            raise ValueError("claimx_attribution: max_candidates_in_sentence must be at least 1")
        if not 0.0 < self.near_duplicate <= 1.0:
            raise ValueError("claimx_attribution: near_duplicate must be in (0, 1]")
        if self.min_quote_words < 0:
            raise ValueError("claimx_attribution: min_quote_words must be 0 or more")
        if self.prior_weight < 0:
            raise ValueError("claimx_attribution: prior_weight must be 0 or more")


@Language.factory(
    "claimx_attribution",
    assigns=[f"doc._.{CLAIMS}", "doc.spans"],
    default_config={
        "max_candidates_in_sentence": MAX_CANDIDATES_IN_SENTENCE,
        "near_duplicate": NEAR_DUPLICATE,
        "min_quote_words": MIN_QUOTE_WORDS,
        "prior_weight": PRIOR_WEIGHT,
    },
)
def make_attribution(
    nlp: Language,
    name: str,
    max_candidates_in_sentence: int,
    near_duplicate: float,
    min_quote_words: int,
    prior_weight: float,
) -> AttributionFinder:
    return AttributionFinder(
        Settings(max_candidates_in_sentence, near_duplicate, min_quote_words, prior_weight)
    )


class AttributionFinder:
    def __init__(self, settings: Settings | None = None) -> None:
        self.settings = settings or Settings()

    def __call__(self, doc: Doc) -> Doc:
        settings = self.settings
        text = doc_text(doc)
        quotes = find_quotes(text)
        parsed = doc.has_annotation("DEP")
        drafts = list(
            parse_drafts(doc, settings.max_candidates_in_sentence)
            if parsed
            else lexical_drafts(doc)
        )
        drafts += punctuation_drafts(doc, quotes)
        drafts += quoted_headline_drafts(doc, quotes)
        if parsed:
            with_whole_headline_reports(doc, drafts)
            drafts = with_headline_drafts(doc, drafts)
            drafts += introduction_drafts(doc, quotes, drafts)
        drafts = without_credit_lines(doc, text, drafts)
        drafts = separate_coordinated(doc, drafts)
        drafts = without_the_quoted_speakers_own_cues(doc, drafts, quotes)
        drafts = attach_quotes(doc, text, drafts, quotes, settings.min_quote_words)
        drafts = continue_quotes(doc, text, drafts, quotes)
        drafts = with_learned_sources(doc, drafts)
        ents = tuple(doc.ents)  # spaCy rebuilds doc.ents on every access: read it once
        names = KnownNames.of(ents)
        weight = settings.prior_weight
        claims = [
            claim
            for claim in (finish(doc, text, d, quotes, names, ents, weight) for d in drafts)
            if claim is not None
        ]
        claims += learned_claims(doc, text, quotes, names, ents, claims, weight)
        claims = without_quoted_cues(claims, quotes)
        claims = without_questions_asked(claims, text)
        claims = without_nested_duplicates(claims, text, settings.near_duplicate)
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
    prior_weight: float = PRIOR_WEIGHT,
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
        claim = finish(doc, text, learned.draft, quotes, names, ents, prior_weight)
        if claim is None or (claim["cue"][0], claim["cue"][1]) in cues:
            continue
        if words.shared(claim["content"], contents):
            continue
        claim["confidence"] = learned.confidence
        contents.extend(claim["content"])
        cues.add((claim["cue"][0], claim["cue"][1]))
        found.append(claim)
    return found
