"""Claims from the learned roles (``claimx_roles``, when the model was trained by ``claimx
train``), as one more pass of drafts.

The tagger finds contents the rules miss; linking is the rules' strength, so each learned content
is tied to the learned cue the parse says it depends on (else the nearest one, in the sentences
it spans or the one before or after; else the verb governing it), and the source is the cue
verb's subject on the parse when it has one, else the nearest learned source beside the cue. A
content split by its cue ("“A,” she said, “B.”") is one claim; one cut inside its phrase grows
to the phrase. The drafts are finished like every other; the ones whose content the rules
already claim are dropped by the caller, which keeps the rules' claims. A rule's draft with no
source may take a learned one (``with_learned_sources``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from claimx.components.attribution.draft import Draft
from claimx.components.attribution.sources import verb_source
from claimx.components.extensions import ROLES_CONFIDENCE, ROLES_KEY, ROLES_THRESHOLD
from claimx.components.lemmas import lemma_of

LEARNED_RULE = "learned"


@dataclass
class LearnedDraft:
    draft: Draft
    confidence: float  # the calibrated confidence of its least sure content fragment


def learned_drafts(doc: Doc) -> list[LearnedDraft]:
    if ROLES_KEY not in doc.spans:
        return []
    group = doc.spans[ROLES_KEY]
    confidences = list(group.attrs.get(ROLES_CONFIDENCE) or [1.0] * len(group))
    by_role: dict[str, list[tuple[Span, float]]] = {"SOURCE": [], "CUE": [], "CONTENT": []}
    for span, confidence in zip(group, confidences, strict=False):
        by_role.setdefault(span.label_, []).append((span, confidence))
    cues = [span for span, _ in by_role["CUE"]]
    sources = [span for span, _ in by_role["SOURCE"]]
    least = float(group.attrs.get(ROLES_THRESHOLD) or 0.0)
    linkable = _Cues([cue for cue in cues if _can_cue(cue)])
    drafts = []
    for fragments, confidence in _claims_of(doc, by_role["CONTENT"], cues + sources, cues):
        if confidence < least:
            continue
        draft = _draft(doc, fragments, linkable, sources)
        if draft is not None:
            drafts.append(LearnedDraft(draft, confidence))
    return drafts


def with_learned_sources(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A rule's draft with no source takes the learned source nearest its cue in the sentence
    ("..., the report by the committee found": the rules see no subject). Where the rules did
    find one they keep it: on the parse they are right more often than the tagger."""
    if ROLES_KEY not in doc.spans:
        return drafts
    sources = [span for span in doc.spans[ROLES_KEY] if span.label_ == "SOURCE"]
    if not sources:
        return drafts
    starts = [token.idx for token in doc]
    for draft in drafts:
        if draft.source is not None:
            continue
        taken = set(draft.content_tokens)
        for start, end in draft.quotations:
            taken.update(range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))
        outside = [s for s in sources if not taken.intersection(range(s.start, s.end))]
        sentence = doc[draft.cue[0]].sent
        nearest = _nearest(outside, *draft.cue, [(sentence.start, sentence.end)])
        if nearest is not None:
            draft.source = (nearest.start, nearest.end)
    return drafts


def _claims_of(
    doc: Doc, contents: list[tuple[Span, float]], roles: list[Span], cues: list[Span]
) -> list[tuple[list[Span], float]]:
    """Content spans grouped into claims: a span joins the one before it when only a cue (with
    its source and punctuation) lies between them in the same sentence."""
    in_role = {i for span in roles for i in range(span.start, span.end)}
    in_cue = {i for span in cues for i in range(span.start, span.end)}
    groups: list[tuple[list[Span], list[float]]] = []
    for span, confidence in sorted(contents, key=lambda item: item[0].start):
        if groups:
            previous = groups[-1][0][-1]
            between = range(previous.end, span.start)
            if (
                any(i in in_cue for i in between)
                and all(i in in_role or doc[i].is_punct or doc[i].is_space for i in between)
                and doc[previous.start].sent.start == doc[span.start].sent.start
            ):
                groups[-1][0].append(span)
                groups[-1][1].append(confidence)
                continue
        groups.append(([span], [confidence]))
    return [(spans, min(scores)) for spans, scores in groups]


class _Cues:
    """The learned cues a content may be tied to, and each one by its tokens."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.at = {i: cue for cue in spans for i in range(cue.start, cue.end)}


def _draft(doc: Doc, fragments: list[Span], cues: _Cues, sources: list[Span]) -> Draft | None:
    first, last = fragments[0], fragments[-1]
    cue = (
        _governing_cue(first, cues)
        or _nearest(
            cues.spans, first.start, last.end, _sentences_around(doc, first.start, last.end)
        )
        or _governing_verb(first)
    )
    if cue is None:
        return None
    content = {i for span in fragments for i in range(span.start, span.end)}
    if len(fragments) == 1:
        content = _whole_phrase(first, set(range(cue.start, cue.end)))
    return Draft(
        cue=(cue.start, cue.end),
        cue_lemma=_lemma(cue),
        source=_source(doc, cue, sources, content),
        content_tokens=content,
        owns_nearby_quotations=False,
        rule=LEARNED_RULE,
    )


# A cue is a word of saying or thinking: a verb mostly, some nouns (statement, claim), a colon.
# The tagger also marks function words next to a content ("of", "about"), never cues in the
# gold data (under 1% are prepositions there, in phrases such as "much to the chagrin of").
_NOT_CUE_POS = frozenset(
    {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "X", "SYM", "SPACE"}
)
# Relations of a word inside a larger phrase or clause: a content that stops at one of them
# grows to the phrase (a determiner, possessive or modifier to its noun; a subject or a marker
# such as "whether" to its clause).
_INSIDE_A_PHRASE = frozenset(
    {
        "poss",
        "det",
        "amod",
        "compound",
        "nummod",
        "nmod",
        "predet",
        "case",
        "nsubj",
        "nsubjpass",
        "mark",
    }
)


def _can_cue(cue: Span) -> bool:
    root = cue.root
    if root.pos_ == "PUNCT":
        return cue.text.strip() == ":"
    return root.pos_ not in _NOT_CUE_POS


def _whole_phrase(span: Span, cue: set[int]) -> set[int]:
    """The tagger may stop inside a phrase ("his" of "his microphone problems during the
    debate", "whether the Pentagon" of "whether the Pentagon keeps the contract"): its tokens
    become the whole phrase its head governs, from a modifier up to the word it modifies and
    from a subject up to its clause, unless that phrase would take in the cue."""
    root = span.root
    sentence = root.sent
    while root.dep_ in _INSIDE_A_PHRASE and root.head.i not in cue and root.head != root:
        root = root.head
    phrase = {t.i for t in root.subtree if sentence.start <= t.i < sentence.end}
    tokens = set(range(span.start, span.end))
    if phrase & cue:
        return tokens
    return tokens | phrase


def _governing_cue(content: Span, cues: _Cues) -> Span | None:
    """The cue the parse says the content depends on: the first cue among the heads above the
    content's root ("Trump tweeted ... that Machado was a con and encouraged ...": "tweeted",
    not the nearer "encouraged")."""
    token = content.root
    for _ in range(6):
        if token.head == token:
            return None
        token = token.head
        if token.i in cues.at:
            return cues.at[token.i]
    return None


def _governing_verb(content: Span) -> Span | None:
    """Where the tagger marked a content but no cue near it: the verb the content's root
    depends on, as the parse has it ("... has faced ridicule": "faced")."""
    head = content.root.head
    if head == content.root or content.start <= head.i < content.end or head.pos_ != "VERB":
        return None
    return content.doc[head.i : head.i + 1]


def _sentences_around(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Token ranges to look for a cue in: the sentences the content spans, then those too with
    the sentence before and the one after."""
    first, last = doc[start].sent, doc[end - 1].sent
    before = doc[first.start - 1].sent.start if first.start > 0 else first.start
    after = doc[last.end].sent.end if last.end < len(doc) else last.end
    return [(first.start, last.end), (before, after)]


def _nearest(
    spans: list[Span], start: int, end: int, windows: list[tuple[int, int]]
) -> Span | None:
    """The span closest to tokens [start, end) inside the first window that holds one."""
    for low, high in windows:
        inside = [s for s in spans if low <= s.start and s.end <= high]
        if inside:
            return min(inside, key=lambda s: (_gap(s, start, end), s.start))
    return None


def _gap(span: Span, start: int, end: int) -> int:
    if span.end <= start:
        return start - span.end
    if span.start >= end:
        return span.start - end
    return 0


def _source(doc: Doc, cue: Span, sources: list[Span], content: set[int]) -> tuple[int, int] | None:
    """The cue verb's subject (or agent) on the parse; a passive without an agent has none
    ("he has been criticised for": he is the target); else the nearest learned source beside
    the cue, outside the content."""
    outside = [s for s in sources if not any(i in content for i in range(s.start, s.end))]
    root = cue.root
    if root.pos_ in ("VERB", "AUX"):
        found = verb_source(root)
        if found is not None and not any(i in content for i in range(*found)):
            return found
        if any(child.dep_ in ("nsubjpass", "auxpass") for child in root.children):
            return None
    sentence = root.sent
    nearest = _nearest(outside, cue.start, cue.end, [(sentence.start, sentence.end)])
    return (nearest.start, nearest.end) if nearest is not None else None


def _lemma(cue: Span) -> str:
    if len(cue) == 1:
        return lemma_of(cue[0]).lower()
    return " ".join(token.lower_ for token in cue)
