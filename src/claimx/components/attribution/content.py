"""Content tidying: from a draft's tokens to the character fragments of a claim's content
(connectives, the writer's trailing clauses and stray punctuation trimmed, quotations whole),
and its kind (direct, indirect, mixed)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx import lexicon
from claimx.components.attribution.draft import (
    Draft,
    after_comma,
    indices,
    merge_ranges,
    token_end,
)
from claimx.components.lemmas import lemma_of
from claimx.components.quotes import Quote
from claimx.kinds import ClaimKind

# Characters trimmed from the edges of a content span ("that" is trimmed as a token).
_EDGE_PUNCTUATION = set(",;:.!?—–-()[]…") | set("\"'“”‘’«»„")


_QUOTE_MARKS = set("\"'“”‘’«»„")


def content_fragments(doc: Doc, text: str, draft: Draft) -> list[tuple[int, int]]:
    """Contiguous character runs of the content tokens, without a leading "that"/connective."""
    indices = sorted(_without_narrator_clauses(doc, draft.content_tokens))
    while indices and _is_leading_debris(doc[indices[0]]):
        indices.pop(0)
    _drop_a_dangling_conjunction(doc, indices)
    runs: list[tuple[int, int]] = []
    for i in indices:
        token = doc[i]
        if token.is_space:
            continue
        if runs and not text[runs[-1][1] : token.idx].strip():
            runs[-1] = (runs[-1][0], token_end(token))
        else:
            runs.append((token.idx, token_end(token)))
    return merge_ranges(runs + draft.quotations)


def _without_narrator_clauses(doc: Doc, content: set[int]) -> set[int]:
    """What the writer adds after a comma at the end of a content is the writer's, not the
    source's: a concessive clause (", although he refused to pledge") or a non-restrictive
    relative clause on a content that is a noun phrase ("praised the proposals, which include
    ..."). In a reported clause the relative clause is the report's ("said the bus was empty
    apart from the driver, who has been taken to hospital"). An appositive stays: it was cut
    too once (", the alliance that ..."), but on the everyday news sets it was more often the
    report's own ("were from Bandi Kalan, a village of 2,000 people where ...", "was carrying
    160 passengers, more than twice its capacity, when ..."); PolNeAR's dev F1 is the same."""
    for i in sorted(content):
        phrase = doc[i]
        if phrase.dep_ not in _NARRATOR_RELATIONS or i not in content or not after_comma(phrase):
            continue
        last_word = max(
            (j for j in content if not (doc[j].is_punct or doc[j].is_space)), default=-1
        )
        if phrase.right_edge.i < last_word or not _narrators(phrase):
            continue
        if phrase.dep_ == "relcl" and _in_a_reported_clause(phrase, content):
            continue  # "said the bus was empty apart from the driver, who ...": the report's
        content = content - set(indices(phrase.subtree)) - {phrase.left_edge.i - 1}
    return content


_NARRATOR_RELATIONS = frozenset({"advcl", "relcl"})  # the only ones _narrators takes


def _in_a_reported_clause(relative: Token, content: set[int]) -> bool:
    """Is the content a clause (not a noun phrase), and has the relative clause no report of
    its own ("a hub next
    spring, which it says could carry out ...": its own claim)?"""
    if any(
        lemma_of(t).lower() in lexicon.SPEECH_VERBS and any(c.dep_ == "nsubj" for c in t.children)
        for t in relative.subtree
    ):
        return False
    doc = relative.doc
    roots = [doc[i] for i in content if doc[i].head.i not in content or doc[i].head.i == i]
    return any(root.pos_ in ("VERB", "AUX") for root in roots if not root.is_punct)


def _narrators(phrase: Token) -> bool:
    if phrase.left_edge.lower_ in ("which", "who"):
        return True  # ", which forced a delay": parsed as either
    if phrase.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in phrase.children if c.dep_ == "mark"}
    measured = any(c.dep_ == "npadvmod" and c.i < phrase.i for c in phrase.children)
    # ", a day after his turnover cost the game": the writer's anchor in time
    # (", while reducing its impact", with no subject of its own, goes on with the report)
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in phrase.children)
    concessive = bool(marks & _NARRATOR_MARKS) and own_subject
    return concessive or (measured and bool(marks & _TIME_MARKS))


_NARRATOR_MARKS = lexicon.word_set("although though whereas while despite")
_TIME_MARKS = lexicon.word_set("after before since")


def _is_leading_debris(token: Token) -> bool:
    if token.is_punct or token.is_space:
        return True
    if token.lower_ == "that" and (token.dep_ == "mark" or _a_complementiser(token)):
        return True
    return token.lower_ in lexicon.CONNECTIVES and token.dep_ in ("advmod", "cc")


def _drop_a_dangling_conjunction(doc: Doc, indices: list[int]) -> None:
    """ "said the tunnels flooded and warned ...": the parser may leave the "and" that joins
    the speaker's two acts on the reported clause; it ends the content, so it is not the
    content's."""
    words = [i for i in indices if not (doc[i].is_space or doc[i].text == ",")]
    if words and doc[words[-1]].dep_ == "cc":
        del indices[indices.index(words[-1]) :]


def _a_complementiser(that: Token) -> bool:
    """ "told the committee that beds were running out", with "that" parsed as an object of
    its clause: the clause's own subject follows it at once, so it opens the clause."""
    if that.i + 1 >= len(that.doc):
        return False
    return any(t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == that.i + 1 for t in that.sent)


def widen_to_quotes(
    doc: Doc, draft: Draft, content: list[tuple[int, int]], quotes: list[Quote]
) -> list[tuple[int, int]]:
    """A content that starts or ends inside a quotation takes the whole quotation: its words,
    and its marks too when the content already holds one of them ('"perfect" display')."""
    cue_start = doc[draft.cue[0]].idx
    widened = list(content)
    for quote in quotes:
        if quote.start <= cue_start < quote.end:
            continue
        if not any(s < quote.inner_end and quote.inner_start < e for s, e in content):
            continue
        holds_a_mark = any(s <= quote.start < e or s < quote.end <= e for s, e in content)
        widened.append(
            (quote.start, quote.end) if holds_a_mark else (quote.inner_start, quote.inner_end)
        )
    return merge_ranges(widened)


def unwrap(fragment: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    """A fragment that is exactly one quotation loses its marks: direct speech is the words."""
    for quote in quotes:
        if quote.closed and fragment == (quote.start, quote.end):
            return quote.inner_start, quote.inner_end
    return fragment


def tidy(text: str, start: int, end: int, quotes: list[Quote]) -> tuple[int, int] | None:
    """Trim spaces and stray punctuation; keep a quote mark whose partner is inside the span."""
    while start < end:
        char = text[start]
        if char.isspace() or (
            char in _EDGE_PUNCTUATION and not _partner_inside(start, end, quotes)
        ):
            start += 1
        else:
            break
    while end > start:
        char = text[end - 1]
        if char.isspace() or (
            char in _EDGE_PUNCTUATION and not _partner_inside(end - 1, end, quotes, start)
        ):
            end -= 1
        else:
            break
    return (start, end) if end > start else None


def _partner_inside(position: int, end: int, quotes: list[Quote], start: int | None = None) -> bool:
    """Is the quote mark at ``position`` one end of a quotation wholly inside the span?"""
    for quote in quotes:
        if not quote.closed:
            continue
        if position == quote.start and quote.end <= end:
            return True
        if position == quote.end - 1 and start is not None and quote.start >= start:
            return True
    return False


def kind_of(text: str, content: list[tuple[int, int]], quotes: list[Quote]) -> ClaimKind:
    """direct: every word is quoted; mixed: some are; indirect: none are."""
    quoted = total = 0
    for start, end in content:
        total += sum(map(str.isalnum, text[start:end]))
        for quote in quotes:  # quotations do not overlap one another
            low, high = max(start, quote.inner_start), min(end, quote.inner_end)
            if low < high:
                quoted += sum(map(str.isalnum, text[low:high]))
    if total and quoted == total:
        return "direct"
    return "mixed" if quoted else "indirect"
