"""Quotations and their claims: a quotation no claim covers goes to the cue of its sentence,
a quotation that goes on after its speaker tag stays one claim, and a cue inside another
claim's quotation is the quoted speaker's words, not a claim."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Token

from claimx.components.attribution.draft import (
    Draft,
    after_comma,
    previous_sentence,
    token_end,
    word_count,
)
from claimx.components.attribution.punctuation import PUNCTUATION_RULE
from claimx.components.extensions import ClaimData
from claimx.components.quotes import Quote
from claimx.paragraphs import PARAGRAPH_BREAK

# A quotation shorter than this (in words) is a phrase, not speech, unless a tag follows it.
MIN_QUOTE_WORDS = 3


def attach_quotes(
    doc: Doc,
    text: str,
    drafts: list[Draft],
    quotes: list[Quote],
    min_quote_words: int = MIN_QUOTE_WORDS,
) -> list[Draft]:
    """Give quotations that no claim covers to the cue of their sentence, if it has one (a
    quotation of fewer than ``min_quote_words`` words only to a speaker tag right after it)."""
    starts = [sorted(doc[i].idx for i in draft.content_tokens) for draft in drafts]
    for quote in quotes:
        outside = [
            (d, s) for d, s in zip(drafts, starts, strict=True) if not _cue_inside(doc, d, quote)
        ]
        owner = _speaker_tag_after(doc, text, drafts, quote)
        if owner is not None:
            # a tag right after the quotation owns it, and a cue inside it is the speaker's
            # words ('"Anybody who attacks him ...," said X'), which a later pass drops
            covered = any(_covers(doc, d, s, quote) for d, s in outside)
        else:
            covered = any(_covers(doc, d, s, quote) for d, s in zip(drafts, starts, strict=True))
            short = word_count(text[quote.inner_start : quote.inner_end]) < min_quote_words
            if covered:
                owner = None
            elif short:  # 'said "probably not,"': however short, right after its cue
                owner = _cue_right_before(doc, text, drafts, quote)
            else:
                owner = _cue_near_quote(doc, drafts, quote)
        if owner is not None and not covered:
            owner.quotations.append((quote.inner_start, quote.inner_end))
    return drafts


def without_the_quoted_speakers_own_cues(
    doc: Doc, drafts: list[Draft], quotes: list[Quote]
) -> list[Draft]:
    """Inside a quotation, "we say" and "you are told to leave" are the quoted speaker's own
    words ('"They were written, we say, to cover up ..."'): a cue inside a closed quotation
    whose source is "I", "we" or "you", or no one, is no claim; the quotation stays free for
    its speaker's tag (a cue that names another speaker inside a quotation is dropped later,
    once the quotation has its owner)."""
    return [draft for draft in drafts if not _the_quoted_speakers_own(doc, draft, quotes)]


def _the_quoted_speakers_own(doc: Doc, draft: Draft, quotes: list[Quote]) -> bool:
    start = doc[draft.cue[0]].idx
    if not any(q.closed and q.inner_start <= start < q.inner_end for q in quotes):
        return False
    if draft.source is None:
        return True
    source = doc[draft.source[0] : draft.source[1]]
    return len(source) == 1 and source[0].lower_ in _FIRST_AND_SECOND_PERSONS


_FIRST_AND_SECOND_PERSONS = frozenset({"i", "we", "you"})


def _cue_right_before(doc: Doc, text: str, drafts: list[Draft], quote: Quote) -> Draft | None:
    """The claim whose cue the quotation follows at once ('said "never again"')."""
    for draft in drafts:
        cue_end = token_end(doc[draft.cue[1] - 1])
        if cue_end <= quote.start and not text[cue_end : quote.start].strip(" ,:"):
            return draft if draft.owns_nearby_quotations else None
    return None


def _cue_inside(doc: Doc, draft: Draft, quote: Quote) -> bool:
    return quote.inner_start <= doc[draft.cue[0]].idx < quote.inner_end


def _speaker_tag_after(doc: Doc, text: str, drafts: list[Draft], quote: Quote) -> Draft | None:
    """The claim whose speaker tag follows the quotation directly ('"Safety first," said
    Grimm', '"Why me?" Trump said.'): however short the quotation, and even when the sentence
    splitter put the tag in a sentence of its own, it is what the tag reports."""
    for draft in drafts:
        if not draft.owns_nearby_quotations:
            continue
        tag_start = doc[draft.cue[0]].idx
        if draft.source is not None:
            tag_start = min(tag_start, doc[draft.source[0]].idx)
        between = text[quote.end : tag_start]
        # a comma or a dash may stand between them; a full stop would end the sentence
        if quote.end <= tag_start and "\n" not in between and not between.strip(" ,—–-"):
            return draft
    return None


def _covers(doc: Doc, draft: Draft, token_starts: list[int], quote: Quote) -> bool:
    """Does the draft (its content, given as sorted token offsets, or its cue) cover the quote?"""
    cue_start, cue_end = doc[draft.cue[0]].idx, token_end(doc[draft.cue[1] - 1])
    if quote.inner_start <= cue_start and cue_end <= quote.inner_end:
        return True  # a cue inside the quotation belongs to a nested report, not to this one
    first = bisect.bisect_left(token_starts, quote.inner_start)
    if first < len(token_starts) and token_starts[first] < quote.inner_end:
        return True
    return any(s < quote.inner_end and quote.inner_start < e for s, e in draft.quotations)


def _cue_near_quote(doc: Doc, drafts: list[Draft], quote: Quote) -> Draft | None:
    """A claim whose cue is in the quotation's sentence (or the sentence before, ending in ':')."""
    first = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    if first is None:
        return None
    sentences = {first[0].sent.start, first[-1].sent.start}
    previous = previous_sentence(first[0].sent)
    if previous is not None and previous.text.rstrip().endswith(":"):
        sentences.add(previous.start)
    for draft in drafts:
        cue_token = doc[draft.cue[0]]
        inside = quote.start <= cue_token.idx < quote.end
        if inside or cue_token.sent.start not in sentences or not draft.owns_nearby_quotations:
            continue
        if _in_a_participle_set_off_from(first[0], cue_token):
            continue
        return draft
    return None


def _in_a_participle_set_off_from(word: Token, cue: Token) -> bool:
    """ "the minister announced the levy increase, chanting slogans against "petrol bombs on
    the poor"": a quotation in a participle phrase after a comma is what that act was, not the
    cue's report."""
    return any(
        phrase.tag_ == "VBG"
        and phrase.dep_ in ("advcl", "acl")
        and phrase.i != cue.i
        and after_comma(phrase)
        and cue not in phrase.subtree
        for phrase in word.ancestors
    )


def continue_quotes(doc: Doc, text: str, drafts: list[Draft], quotes: list[Quote]) -> list[Draft]:
    """A quotation that goes on after its speaker tag is one claim: in
    '"We are done," she said. "We are leaving."' the second quotation joins the first, as do
    further quotations that follow it directly in the same paragraph, or in the next one (see
    ``_goes_on_across``)."""
    extents = [_draft_extent(doc, d) for d in drafts]
    taken = list(extents)
    for index, (draft, (start, stop)) in enumerate(zip(drafts, extents, strict=True)):
        if not any(start < q.inner_end and q.inner_start < stop for q in quotes):
            continue
        end = max(stop, _sentence_end(doc[draft.cue[0]]))
        for before, quote in zip([None, *quotes], quotes, strict=False):
            if quote.start < end:
                continue
            if not _only_closing_text(text[end : quote.start]):
                break
            if PARAGRAPH_BREAK.search(text, end, quote.start) and not _goes_on_across(
                text, before, quote
            ):
                break
            if any(start <= quote.inner_start < stop for start, stop in taken):
                break  # another claim's content or cue is there
            if _another_speakers(doc, drafts, extents, index, quote):
                break
            draft.quotations.append((quote.inner_start, quote.inner_end))
            end = quote.end
    return drafts


def _goes_on_across(text: str, before: Quote | None, quote: Quote) -> bool:
    """Does a quotation in the next paragraph go on with the speaker before it? It does where
    the quotation before was left open at the paragraph's end (the convention for a quotation
    over several paragraphs), or where it is the whole of its paragraph, closed: an untagged
    paragraph of quotation after a tagged one is still that speaker's. A quotation with its
    closing mark missing and words after it is narration or a stray mark, not more speech."""
    if before is not None and before.continues:
        return True
    paragraph_end = PARAGRAPH_BREAK.search(text, quote.end)
    after = text[quote.end : paragraph_end.start() if paragraph_end else len(text)]
    return quote.closed and not after.strip()


def _another_speakers(
    doc: Doc, drafts: list[Draft], extents: list[tuple[int, int]], index: int, quote: Quote
) -> bool:
    """Is the quotation (or part of it) another speaker's: the content of a claim whose tag
    stands outside it ('"Nobody listened. Now the cellars flood," she added', where the parse
    gave "she added" only the last sentence), or a line that names its speaker ("PENCE: ...")?
    A report inside it ("I think", "I say") is the quoted speaker's words and no other's."""
    for other, (start, stop) in enumerate(extents):
        if other == index or not (start < quote.inner_end and quote.inner_start < stop):
            continue
        cue = doc[drafts[other].cue[0]].idx
        if not quote.inner_start <= cue < quote.inner_end or drafts[other].rule == PUNCTUATION_RULE:
            return True
    return False


def _sentence_end(token: Token) -> int:
    """Where the words of a token's sentence end (the speaker tag and what follows it). An
    opening quote mark the splitter left at its end belongs to the next quotation."""
    words = [t for t in token.sent if not t.is_space]
    while len(words) > 1 and _opens_quotation(words[-1]):
        words.pop()
    return token_end(words[-1])


def _opens_quotation(token: Token) -> bool:
    if token.text in ("“", "‘", "«", "``"):
        return True
    straight = token.text in ('"', "''")
    return (
        straight
        and token.i > 0
        and bool(token.doc[token.i - 1].whitespace_)
        and not token.whitespace_
    )


def _draft_extent(doc: Doc, draft: Draft) -> tuple[int, int]:
    """Characters from the start to the end of a draft's content."""
    starts = [s for s, _ in draft.quotations]
    ends = [e for _, e in draft.quotations]
    if draft.content_tokens:  # tokens are in text order: the first and last bound the rest
        starts.append(doc[min(draft.content_tokens)].idx)
        ends.append(token_end(doc[max(draft.content_tokens)]))
    return (min(starts), max(ends)) if starts else (0, 0)


def _only_closing_text(between: str) -> bool:
    """Between a speaker tag and the next quotation: punctuation and spaces, at most one
    paragraph break, and no words."""
    return between.count("\n\n") <= 1 and not any(ch.isalnum() for ch in between)


def without_quoted_cues(claims: list[ClaimData], quotes: list[Quote]) -> list[ClaimData]:
    """A cue inside another claim's quotation belongs to the quoted speaker's words ("I think",
    "you say") and is not a claim of its own."""

    def quoted_by_other(claim: ClaimData) -> bool:
        cue_start = claim["cue"][0]
        quote = next((q for q in quotes if q.inner_start <= cue_start < q.inner_end), None)
        if quote is None:
            return False
        return any(
            other is not claim
            and other["kind"] != "indirect"
            and any(s <= cue_start < e for s, e in other["content"])
            for other in claims
        )

    return [claim for claim in claims if not quoted_by_other(claim)]
