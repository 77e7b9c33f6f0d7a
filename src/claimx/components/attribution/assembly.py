"""From drafts to claims: each draft finished into a ``ClaimData`` (content tidied, source
typed and described), near-duplicate nested reports dropped, span groups written."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Iterable, Iterator, Sequence

from spacy.tokens import Doc, Span

from claimx import lexicon
from claimx.components import speakers
from claimx.components.attribution.content import (
    content_fragments,
    kind_of,
    tidy,
    unwrap,
    widen_to_quotes,
)
from claimx.components.attribution.draft import Draft, char_range, merge_ranges
from claimx.components.attribution.punctuation import PUNCTUATION_RULE
from claimx.components.attribution.source_types import KnownNames, source_type
from claimx.components.extensions import CONTENTS_KEY, CUES_KEY, SOURCES_KEY, ClaimData
from claimx.components.quotes import Quote
from claimx.confidence import PRIOR_WEIGHT, rule_confidence


def finish(
    doc: Doc,
    text: str,
    draft: Draft,
    quotes: list[Quote],
    names: KnownNames,
    ents: tuple[Span, ...],
    prior_weight: float = PRIOR_WEIGHT,
) -> ClaimData | None:
    content = content_fragments(doc, text, draft)
    content = widen_to_quotes(doc, draft, content, quotes)
    content = [tidied for s, e in content if (tidied := tidy(text, s, e, quotes))]
    content = [unwrap(fragment, quotes) for fragment in content]
    content = [tidied for s, e in content if (tidied := tidy(text, s, e, quotes))]
    if not content or not any(ch.isalnum() for s, e in content for ch in text[s:e]):
        return None
    source_tokens = draft.source
    source = char_range(doc, source_tokens) if source_tokens else None
    if source is not None and any(s < source[1] and source[0] < e for s, e in content):
        source = source_tokens = None  # a source inside its own content is a parse error
    kind_of_source = source_type(doc, source_tokens, names) if source_tokens else "unspecified"
    details = (
        speakers.describe(doc, doc[source_tokens[0] : source_tokens[1]], kind_of_source, ents)
        if source_tokens
        else speakers.SourceDetails()
    )
    kind = kind_of(text, content, quotes)
    cue = char_range(doc, draft.cue)
    if source is not None and cue[0] == source[0]:
        cue, source = _glued_dash(text, cue, source)
    return ClaimData(
        cue=list(cue),
        cue_lemma=draft.cue_lemma,
        source=list(source) if source else None,
        source_type=kind_of_source,
        source_name=details.name,
        source_role=details.role,
        source_organization=details.organization,
        source_resolved_from=list(details.resolved_from) if details.resolved_from else None,
        content=[list(fragment) for fragment in content],
        kind=kind,
        rule=draft.rule,
        confidence=rule_confidence(draft.rule, kind, kind_of_source, prior_weight),
    )


# How alike (Jaccard overlap of word characters) a nested report's content must be to its
# outer one's to be the same claim said twice.
NEAR_DUPLICATE = 0.6


def _glued_dash(
    text: str, cue: tuple[int, int], source: tuple[int, int]
) -> tuple[tuple[int, int], tuple[int, int]]:
    """ "-Commissioner Ray Holt": the dash that credits a quotation is glued to the first word
    of the name, in one token; the cue is the dash, the source the words after it."""
    dash = len(text[cue[0] : source[1]]) - len(text[cue[0] : source[1]].lstrip("-–—―"))
    if not dash:
        return cue, source
    return (cue[0], cue[0] + dash), (source[0] + dash, source[1])


def without_nested_duplicates(
    claims: list[ClaimData], text: str, near_duplicate: float = NEAR_DUPLICATE
) -> list[ClaimData]:
    """A report nested in another's content that says nearly the same words ("X says Y
    promised to continue": "promised" inside "says") adds a second claim over the same
    content (an overlap of ``near_duplicate`` or more); the outer one is kept. Contents are
    compared as character intervals, counted with a prefix sum of word characters: sets of
    positions took 1.5 GB on a long sentence."""
    if len(claims) < 2:
        return claims
    words = WordCount(text)
    sizes = [words.of(claim["content"]) for claim in claims]
    dropped: set[int] = set()
    for i, j in _nested(claims):
        if j in dropped or not sizes[i] or not sizes[j] or _credited_in_turn(claims[i], claims[j]):
            continue
        shared = words.shared(claims[i]["content"], claims[j]["content"])
        if shared / (sizes[i] + sizes[j] - shared) >= near_duplicate:
            dropped.add(j)
    return [claim for k, claim in enumerate(claims) if k not in dropped]


def without_questions_asked(claims: list[ClaimData], text: str) -> list[ClaimData]:
    """'"Where do they go now?" she asked': a question quoted is asked, not claimed (the
    everyday news guideline annotates no question; PolNeAR annotates some, 2 on its dev
    split)."""
    return [claim for claim in claims if not _a_question_quoted(claim, text)]


def _a_question_quoted(claim: ClaimData, text: str) -> bool:
    if claim["cue_lemma"] not in _ASKING or claim["kind"] != "direct" or not claim["content"]:
        return False
    start, end = claim["content"][-1]
    closing = text[start : end + 3].rstrip()  # the mark may close just after the content
    return closing.rstrip(_CLOSING_MARKS).endswith("?")


_ASKING = frozenset({"ask", "wonder"})
_CLOSING_MARKS = "\"”’'»"


def without_reports_inside_reports(claims: list[ClaimData]) -> list[ClaimData]:
    """A report inside another's indirect content is part of what that source said: in "Trump
    said the Globe concluded that X", the article attributes X to the Globe only through
    Trump, and the claim is Trump's (whose content it stays in). Gold annotation that gives
    every word to one attribution agrees: on PolNeAR's training split 91 of 282 such inner
    claims were right. Inside a direct quotation ``without_quoted_cues`` does the same."""
    dropped = {
        j
        for i, j in _nested(claims)
        if (claims[i]["kind"] in ("indirect", "mixed") or _a_speakers_turn(claims[i]))
        and not _inside(claims[i]["cue"][0], claims[j]["content"])
        and not _credited_in_turn(claims[i], claims[j])
    }
    return [claim for k, claim in enumerate(claims) if k not in dropped]


def _a_speakers_turn(claim: ClaimData) -> bool:
    """A transcript's answer or a pull quote ("Okafor: ...", "A. ...", "... — Name"): the
    speaker's own words, like a quotation; a report inside them is part of what they said."""
    return claim["rule"] == PUNCTUATION_RULE


def _credited_in_turn(outer: ClaimData, inner: ClaimData) -> bool:
    """ "Lab tests found that ..., the complaint says", "Officials had warned that ...,
    according to minutes of a meeting", "X told police that ..., the jury was told": a tag
    after the whole of a report, or a sourceless one, passes on a report whose source the
    sentence names first; both are claims (the everyday guideline's nested claims)."""
    if inner["source"] is None:
        return False
    if _wraps_its_speaker(inner):
        return True  # "... in a deal that the companies say will eliminate 900 jobs"
    if inner["source_type"] == "pronoun":
        return False
    named_first = inner["source"][0] < inner["cue"][0] < inner["content"][0][0]
    after_it_all = outer["cue"][0] >= inner["content"][-1][1]
    framed = outer["cue_lemma"] == "according to"  # "According to filings, the group says ..."
    return named_first and (after_it_all or outer["source"] is None or framed)


def _wraps_its_speaker(claim: ClaimData) -> bool:
    """A report on a noun from a relative clause with its own speaker: the content begins
    with the noun, before the speaker, and ends after the cue; the writer credits that part of
    the sentence to someone else."""
    source = claim["source"]
    assert source is not None
    if claim["cue_lemma"] not in lexicon.SPEECH_VERBS:
        return False  # "..., of whom 171 opposed the charges": a vote, no report on a noun
    return claim["content"][0][0] < source[0] and claim["content"][-1][1] > claim["cue"][1]


def _nested(claims: list[ClaimData]) -> Iterator[tuple[int, int]]:
    """(outer, inner) for every claim whose cue lies in another's content, found by bisection
    over the cues' starts (a long article has thousands of claims)."""
    if len(claims) < 2:
        return
    by_cue = sorted(range(len(claims)), key=lambda k: claims[k]["cue"][0])
    cue_starts = [claims[k]["cue"][0] for k in by_cue]
    for i, outer in enumerate(claims):
        for start, end in outer["content"]:
            first = bisect.bisect_left(cue_starts, start)
            last = bisect.bisect_left(cue_starts, end)
            for j in by_cue[first:last]:
                if j != i:
                    yield i, j


def _inside(position: int, intervals: list[list[int]]) -> bool:
    return any(start <= position < end for start, end in intervals)


class WordCount:
    """How many word characters (letters, digits) lie in character intervals of a text."""

    def __init__(self, text: str) -> None:
        self.before: list[int] = list(itertools.accumulate(map(str.isalnum, text), initial=0))

    def of(self, intervals: Iterable[Sequence[int]]) -> int:
        return sum(self.before[e] - self.before[s] for s, e in merge_ranges(intervals))

    def shared(self, a: list[list[int]], b: list[list[int]]) -> int:
        both = 0
        for s1, e1 in merge_ranges(a):
            for s2, e2 in merge_ranges(b):
                start, end = max(s1, s2), min(e1, e2)
                if start < end:
                    both += self.before[end] - self.before[start]
        return both


def claim_start(claim: ClaimData) -> tuple[int, int]:
    """Claims are in text order: by where the first of their parts begins, then by cue."""
    starts = [claim["cue"][0], claim["content"][0][0]]
    if claim["source"]:
        starts.append(claim["source"][0])
    return min(starts), claim["cue"][0]


def write_span_groups(doc: Doc, claims: list[ClaimData]) -> None:
    cue_spans, source_spans, content_spans = [], [], []
    for claim in claims:
        cue = _span(doc, claim["cue"], claim["cue_lemma"])
        if cue is not None:
            cue_spans.append(cue)
        source = _span(doc, claim["source"], claim["source_type"]) if claim["source"] else None
        if source is not None:
            source_spans.append(source)
        for fragment in claim["content"]:
            span = _span(doc, fragment, claim["kind"])
            if span is not None:
                content_spans.append(span)
    doc.spans[CUES_KEY] = cue_spans
    doc.spans[SOURCES_KEY] = source_spans
    doc.spans[CONTENTS_KEY] = content_spans


def _span(doc: Doc, offsets: list[int], label: str) -> Span | None:
    return doc.char_span(offsets[0], offsets[1], label=label, alignment_mode="expand")
