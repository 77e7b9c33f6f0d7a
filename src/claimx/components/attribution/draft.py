"""The ``Draft``, a claim while it is being built, and the token and character helpers every
pass shares."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from claimx.components.extensions import HEADINGS_KEY

# A range of token indices, [start, end), in a Doc; and a range of character offsets.
TokenRange = tuple[int, int]
CharRange = tuple[int, int]


@dataclass
class Draft:
    """A claim while it is being built, in the units of the passes that build it: the parse
    passes work on tokens (cue, source, content), the quotation passes add whole quotations by
    their characters. ``assembly.finish`` turns both into character fragments."""

    cue: TokenRange
    cue_lemma: str
    source: TokenRange | None
    content_tokens: set[int] = field(default_factory=set)  # token indices read from the parse
    quotations: list[CharRange] = field(default_factory=list)  # quotations attached to it
    owns_nearby_quotations: bool = True  # from its rule (rules.CueRule)
    rule: str = ""  # the name of the rule that found it (its measured precision: confidence)
    # Its cue says that nobody is named ("reportedly", "is said to"): no pass gives it a source.
    sourceless: bool = False


SUBJECTS = ("nsubj", "nsubjpass")


def indices(tokens: Iterable[Token]) -> Iterator[int]:
    return (t.i for t in tokens)


def token_end(token: Token) -> int:
    return token.idx + len(token.text)


def char_range(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    return doc[tokens[0]].idx, token_end(doc[tokens[1] - 1])


def merge_ranges(ranges: Iterable[Sequence[int]]) -> list[tuple[int, int]]:
    """Ranges sorted, with overlapping or touching ones joined (so nothing is counted twice)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((s, e) for s, e in ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def previous_sentence(sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    return sent.doc[sent.start - 1].sent


def word_count(text: str) -> int:
    return len(text.split())


def after_comma(token: Token) -> bool:
    """Is the phrase set off by a comma, a dash or a semicolon before it (or by a comma and
    the quotation mark that closes there: '"overdue and welcome," while ...')?"""
    doc, edge = token.doc, token.left_edge.i
    if edge > 1 and doc[edge - 1].text in _CLOSING_MARKS and doc[edge - 2].text == ",":
        edge -= 1
    return edge > 0 and doc[edge - 1].text in (",", "—", "–", ";")


_CLOSING_MARKS = frozenset({'"', "”", "’", "'"})


def char_draft(doc: Doc, cue: CharRange, lemma: str, source: CharRange, rule: str) -> Draft | None:
    """A draft with its cue and source given as characters (the passes that read the text's
    punctuation), its content left to fill; None where the characters split no tokens."""
    cue_span = doc.char_span(*cue, alignment_mode="expand")
    source_span = doc.char_span(*source, alignment_mode="expand")
    if cue_span is None or source_span is None:
        return None
    source_range = (source_span.start, source_span.end)
    return Draft((cue_span.start, cue_span.end), lemma, source_range, set(), rule=rule)


def quotation_closes_before(token: Token) -> bool:
    """Does a quotation close right before ``token``, past a comma or final punctuation?"""
    before = token.i - 1
    while before >= 0 and token.doc[before].text in (",", "?", "!", "."):
        before -= 1
    return before >= 0 and _closes_quotation(token.doc[before])


def _closes_quotation(token: Token) -> bool:
    return token.text in ("”", "’", "»", "''") or (
        token.text == '"' and token.i > 0 and not token.doc[token.i - 1].whitespace_
    )


def a_second_subject_from_the_report(verb: Token) -> Token | None:
    """A closing tag's own subject, where the parser gave the tag a second one from the report
    ("... was an employee entitled to holiday pay, an employment tribunal has ruled":
    "employee" read as the subject of "ruled" too): the subject nearest the verb, after a
    comma."""
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    if len(subjects) < 2 or subjects[-1].left_edge.i == 0:
        return None
    own = subjects[-1]
    return own if verb.doc[own.left_edge.i - 1].text == "," else None


def an_inverted_tags_subject(verb: Token) -> Token | None:
    """ "Onion prices to ease within a fortnight, says Food Secretary", "..., said the
    minister.": a tag after a comma with its subject after it, ending the sentence; the subject
    after the verb is the speaker (the parser may give the verb the report's subject too)."""
    doc = verb.doc
    if verb.i == 0 or doc[verb.i - 1].text != ",":
        return None
    after = [c for c in verb.children if c.dep_ in SUBJECTS and c.i > verb.i]
    if not after and verb.lower_ in ("says", "said"):
        # "..., Says Homefront Trust": in Title Case the parser may take the name as an object
        after = [
            c
            for c in verb.children
            if c.i == verb.i + 1 or (c.i > verb.i and c.left_edge.i == verb.i + 1)
            if c.pos_ in ("PROPN", "NOUN")
            and c.dep_ in ("dobj", "attr", "npadvmod", "appos", "dep")
        ]
    if not after:
        return None
    subject = after[0]
    rest = doc[subject.right_edge.i + 1 : verb.sent.end]
    return subject if all(t.is_punct or t.is_space for t in rest) else None


def heading_of(token: Token) -> Span | None:
    """The heading line (a headline, a crosshead) the token is on, if any."""
    return next(
        (s for s in token.doc.spans.get(HEADINGS_KEY, []) if s.start <= token.i < s.end), None
    )


def in_a_heading(token: Token) -> bool:
    return heading_of(token) is not None


def grammatical_number(noun: Token) -> str | None:
    """ "plural" or "singular", where the tag or the word says so."""
    if any(c.dep_ == "conj" for c in noun.children) or noun.lower_ in ("they", "we"):
        return "plural"
    if noun.tag_ in ("NNS", "NNPS"):
        return "plural"
    if noun.tag_ in ("NN", "NNP") or noun.lower_ in ("he", "she", "it"):
        return "singular"
    return None


def number_of_the_auxiliary(verb: Token) -> str | None:
    """The number a verb's "is/are/was/were" agrees with, if it has one."""
    auxiliary = next((c for c in verb.children if c.dep_ in ("aux", "auxpass")), None)
    return _NUMBER_OF_BE.get(auxiliary.lower_) if auxiliary is not None else None


_NUMBER_OF_BE = {"were": "plural", "are": "plural", "was": "singular", "is": "singular"}
