"""Which cue a learned content hangs from (``learned``): the learned cues the tagger found, and
the ways the parse ties a content to one (the cue governs it, it governs the cue, or it is a
quotation or a colon's clause right beside it), or to a verb of saying the rules know.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from claimx.components.lemmas import lemma_of
from claimx.lexicon import (
    CLAUSE_VERBS,
    EVALUATION_VERBS,
    INFINITIVE_VERBS,
    LABEL_VERBS,
    NOUN_CUES,
    OBJECT_VERBS,
    QUESTION_VERBS,
    URGE_VERBS,
)


class Cues:
    """The learned cues a content may be tied to, each one by its tokens, with its confidence."""

    def __init__(self, spans: list[tuple[Span, float]]) -> None:
        self.spans = [span for span, _ in spans]
        self.at = {i: cue for cue, _ in spans for i in range(cue.start, cue.end)}
        self.confidence = {(cue.start, cue.end): c for cue, c in spans}


# The words the rules read as cues (their verb classes and report nouns).
KNOWN_CUES = (
    CLAUSE_VERBS
    | OBJECT_VERBS
    | EVALUATION_VERBS
    | LABEL_VERBS
    | URGE_VERBS
    | INFINITIVE_VERBS
    | QUESTION_VERBS
    | NOUN_CUES
)


def is_known_cue(cue: Span) -> bool:
    return lemma_of(cue.root).lower() in KNOWN_CUES


# A cue is a word of saying or thinking: a verb mostly, some nouns (statement, claim), a colon.
# The tagger also marks function words next to a content ("of", "about"), never cues in the
# gold data (under 1% are prepositions there, in phrases such as "much to the chagrin of").
_NOT_CUE_POS = frozenset(
    {"ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "X", "SYM", "SPACE"}
)


def can_cue(cue: Span) -> bool:
    root = cue.root
    if root.pos_ == "PUNCT":
        return cue.text.strip() == ":"
    return root.pos_ not in _NOT_CUE_POS


def governing_cue(content: Span, cues: Cues) -> Span | None:
    """The cue the parse says the content depends on: the first cue among the heads above the
    content's root ("Trump tweeted ... that Machado was a con and encouraged ...": "tweeted",
    not the nearer "encouraged"). A verb of saying the rules know, met on the way up, is the
    cue ("was denied bail after prosecutors told a judge he had ...": "told", not "denied"); a
    verb coordinated with the cue is the source's next act, and what hangs from it is no
    content of the cue ("said ... and invited observers to inspect the area")."""
    token = content.root
    for _ in range(6):
        if token.head == token:
            return None
        head = token.head
        is_a_cue = head.i in cues.at or _a_known_cue_verb(head)
        if is_a_cue and token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            return None
        token = head
        if token.i in cues.at:
            return cues.at[token.i]
        if is_a_cue:
            return content.doc[token.i : token.i + 1]
    return None


def _a_known_cue_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and lemma_of(token).lower() in KNOWN_CUES


def governed_cue(content: Span, cues: Cues) -> Span | None:
    """A learned cue the content's root governs, as a parenthetical or an "according to"
    ("The plan, she wrote, is dead": "wrote" hangs from "is")."""
    root = content.root
    for cue in cues.spans:
        if content.start <= cue.start < content.end + 3 or cue.end <= content.start:
            token = cue.root
            for _ in range(3):
                if token.head == token:
                    break
                token = token.head
                if token == root:
                    return cue
    return None


def adjacent_cue(doc: Doc, fragments: list[Span], cues: Cues) -> Span | None:
    """A learned cue right beside a quotation or a colon's clause, with only a source, quote
    marks and punctuation between (“We will win,” she said; She said: we will win)."""
    first, last = fragments[0], fragments[-1]
    quoted = is_quoted(doc, first.start, last.end)
    for cue in cues.spans:
        if cue.start >= last.end:
            between = range(last.end, cue.start)
            after = True
        elif cue.end <= first.start:
            between = range(cue.end, first.start)
            after = False
        else:
            continue
        if len(between) > 6 or not all(_is_filler(doc[i]) for i in between):
            continue
        colon = any(doc[i].text == ":" for i in between) or cue.text.strip().endswith(":")
        if quoted or (colon and not after):
            return cue
    return None


def _is_filler(token: Token) -> bool:
    """Punctuation, a quote mark, or a word of a name or pronoun (a source between)."""
    return (
        token.is_punct
        or token.is_quote
        or token.is_space
        or token.pos_ in ("PROPN", "PRON", "DET", "NOUN")
    )


def is_quoted(doc: Doc, start: int, end: int) -> bool:
    """Does the content begin or end at a quote mark (inside one token of it)?"""
    edges = [doc[i] for i in (start - 1, start, end - 1, end) if 0 <= i < len(doc)]
    return any(token.is_quote for token in edges)


def known_governing_verb(content: Span) -> Span | None:
    """Where the tagger marked a content but no cue: the word the content's root depends on,
    if the rules know it as a cue ("... the council, she insisted, ..."). Another verb ("has
    faced ridicule", "was awarded a medal for") is no cue."""
    head = content.root.head
    if head == content.root or content.start <= head.i < content.end:
        return None
    span = content.doc[head.i : head.i + 1]
    return span if head.pos_ in ("VERB", "NOUN") and is_known_cue(span) else None
