"""Claims from the learned roles (``claimx_roles``, when the model was trained by ``claimx
train``), as one more pass of drafts.

The tagger proposes; the linking decides. A learned content becomes a claim only when it is
grounded: its cue is one the tagger found (with the confidence measured for it on dev) or a
word the rules know as a cue, and the parse ties the content to that cue: the cue governs the
content ("Trump tweeted ... that Machado was a con and urged ...": "tweeted", not the nearer
"urged"), the content governs the cue ("The plan, she wrote, is dead"), or the content is a
quotation or a colon's clause right beside its cue, with only its source and punctuation
between. A learned content with no such cue is dropped, as is one whose cue is a function word
or a word of no saying at all that the tagger was unsure of. The source is the cue verb's
subject on the parse when it has one, else the nearest learned source beside the cue. A
content split by its cue ("“A,” she said, “B.”") is one claim; one cut inside its phrase grows
to the phrase. A learned claim's confidence is the least of its content's and its learned
cue's. The drafts are finished like every other; the ones whose content the rules already
claim are dropped by the caller, which keeps the rules' claims. A rule's draft with no source
may take a learned one (``with_learned_sources``).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimx.components.attribution.draft import Draft
from claimx.components.attribution.learned_cues import (
    Cues,
    adjacent_cue,
    can_cue,
    governed_cue,
    governing_cue,
    is_known_cue,
    is_quoted,
    known_governing_verb,
)
from claimx.components.attribution.says_nothing import claims_nothing
from claimx.components.attribution.sources import verb_source
from claimx.components.extensions import ROLES_CONFIDENCE, ROLES_KEY, ROLES_THRESHOLD
from claimx.components.lemmas import lemma_of
from claimx.lexicon import (
    EVALUATION_VERBS,
    INFINITIVE_VERBS,
    LABEL_VERBS,
    OBJECT_VERBS,
    QUESTION_WORDS,
    URGE_VERBS,
)

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
    linkable = Cues([(cue, c) for cue, c in by_role["CUE"] if can_cue(cue)])
    drafts = []
    for fragments, confidence in _claims_of(doc, by_role["CONTENT"], cues + sources, cues):
        if confidence < least:
            continue
        grounded = _draft(doc, fragments, linkable, sources)
        if grounded is None:
            continue
        draft, cue_confidence = grounded
        if min(confidence, cue_confidence) >= least:
            drafts.append(LearnedDraft(draft, min(confidence, cue_confidence)))
    return drafts


def with_learned_sources(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A rule's draft with no source takes the learned source nearest its cue in the sentence
    ("..., the report by the committee found": the rules see no subject). Where the rules did
    find one they keep it: on the parse they are right more often than the tagger; and a cue
    that names nobody ("reportedly") stays without."""
    if ROLES_KEY not in doc.spans:
        return drafts
    sources = [span for span in doc.spans[ROLES_KEY] if span.label_ == "SOURCE"]
    if not sources:
        return drafts
    starts = [token.idx for token in doc]
    for draft in drafts:
        if draft.source is not None or draft.sourceless:
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


def _draft(
    doc: Doc, fragments: list[Span], cues: Cues, sources: list[Span]
) -> tuple[Draft, float] | None:
    """The claim of a learned content, and its cue's confidence (1.0 for a cue the rules
    know); None where no cue is grounded."""
    first = fragments[0]
    cue = (
        governing_cue(first, cues)
        or governed_cue(first, cues)
        or adjacent_cue(doc, fragments, cues)
        or known_governing_verb(first)
    )
    if cue is None:
        return None
    confidence = 1.0 if is_known_cue(cue) else cues.confidence.get((cue.start, cue.end), 0.0)
    content = {i for span in fragments for i in range(span.start, span.end)}
    if len(fragments) == 1:
        content = _whole_phrase(first, set(range(cue.start, cue.end)))
    if _says_nothing(cue, content) or not _claimable(doc, cue, fragments, content):
        return None
    draft = Draft(
        cue=(cue.start, cue.end),
        cue_lemma=_lemma(cue),
        source=_source(doc, cue, sources, content),
        content_tokens=content,
        owns_nearby_quotations=False,
        rule=LEARNED_RULE,
    )
    return draft, confidence


# A content says something only with a word of its own, not punctuation and function words.
_CONTENT_WORDS = frozenset({"NOUN", "PROPN", "PRON", "VERB", "AUX", "ADJ", "ADV", "NUM"})

# The rules' cues whose content may be a bare noun phrase: "denied the report", "criticised the
# plan as reckless", "called it a smear".
NOMINAL_CUES = OBJECT_VERBS | EVALUATION_VERBS | LABEL_VERBS


def _says_nothing(cue: Span, content: set[int]) -> bool:
    """The rules' test of a cue that claims nothing ("declined to comment", "asked why ...",
    "said it does not comment on speculation"), on each verb of the learned cue."""
    return any(token.pos_ in ("VERB", "AUX") and claims_nothing(token, content) for token in cue)


def _claimable(doc: Doc, cue: Span, fragments: list[Span], content: set[int]) -> bool:
    """Is the content something a source can claim? A clause (headed by a verb; an infinitive
    only after a cue the rules give one), a quotation, or
    a noun phrase after a cue whose content the rules read as a noun phrase ("denied the
    report"). A bare noun phrase after any other verb is what was done, not said ("showed a
    red card", "reinstated the ban", "approves shelter expansion", "was charged with fraud"):
    the tagger learned such contents on political news, where a verb of that kind reports a
    view more often than elsewhere."""
    if not any(doc[i].pos_ in _CONTENT_WORDS for i in content) or content & set(
        range(cue.start, cue.end)
    ):
        return False  # "defends" + "as"; "Morgan was named player of the match" around its cue
    if is_quoted(doc, fragments[0].start, fragments[-1].end):
        return True
    if _in_a_question(doc, content):
        return False  # "Why should they believe the new date?" asks; it claims nothing
    if doc[min(content)].lower_ in QUESTION_WORDS and not is_known_cue(cue):
        return False  # "spoke to her about what went wrong": a topic, an open question
    root = doc[min(content) : max(content) + 1].root
    if root.pos_ in ("VERB", "AUX"):
        if _an_infinitive(root):  # "plans to send a lander": an intention, not a report
            return lemma_of(cue.root).lower() in INFINITIVE_CUES
        return True
    lemma = lemma_of(cue.root).lower()
    if lemma in URGE_VERBS and any(_an_infinitive(doc[i]) for i in content):
        return True  # "urged the board to reopen the ward": the object and what it was urged
    return lemma in NOMINAL_CUES and _an_argument_of(doc, content, cue)


# The rules' cues whose content may be an infinitive ("vowed to resign", "urged them to leave");
# verbs of wanting, planning and expecting state intentions (``lexicon.INFINITIVE_VERBS``).
INFINITIVE_CUES = INFINITIVE_VERBS | URGE_VERBS


def _an_infinitive(verb: Token) -> bool:
    return any(child.dep_ == "aux" and child.lower_ == "to" for child in verb.children)


def _in_a_question(doc: Doc, content: set[int]) -> bool:
    """Is the content in a sentence that ends with a question mark (not a quotation's)?"""
    sentence = doc[min(content)].sent
    last = [t for t in sentence if not t.is_space]
    return bool(last) and last[-1].text.endswith("?")


def _an_argument_of(doc: Doc, content: set[int], cue: Span) -> bool:
    """Is the noun phrase the cue's own object, or the object of the cue's own preposition
    ("criticised the plan", "blamed it on the unions")? Not a phrase deeper inside one ("it
    highlights a growing debate over the use of ...": the use is not what was highlighted)."""
    root = doc[min(content) : max(content) + 1].root
    in_cue = set(range(cue.start, cue.end))
    head = root.head
    if head.i in in_cue:
        return True
    return head.dep_ in ("prep", "agent") and head.head.i in in_cue


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
