"""claimx_attribution: who claimed what, through which cue.

Rules on the dependency parse find a cue and read its source and content from the cue's
arguments; a quotation pass then widens contents to the quotations they sit in and attaches
quotations whose cue sits outside them. Everything is kept as character offsets in
``doc._.claimx_claims`` (plain data), mirrored as span groups for display.

A claim dict:
``{"cue": [start, end], "cue_lemma": str, "source": [start, end] | None, "source_type": str,
"content": [[start, end], ...], "kind": "direct" | "indirect" | "mixed"}``
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.attrs import LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import VERB
from spacy.strings import StringStore
from spacy.tokens import Doc, Span, Token

from claimx.components import cues, speakers
from claimx.components.doctext import doc_text
from claimx.components.extensions import (
    CLAIMS,
    CONTENTS_KEY,
    CUES_KEY,
    SOURCES_KEY,
    WARNINGS,
    ClaimData,
)
from claimx.components.quotes import Quote, find_quotes

# Characters trimmed from the edges of a content span ("that" is trimmed as a token).
_EDGE_PUNCTUATION = set(",;:.!?—–-()[]…") | set("\"'“”‘’«»„")
_QUOTE_MARKS = set("\"'“”‘’«»„")
_SUBJECTS = ("nsubj", "nsubjpass")
_MIN_QUOTE_WORDS = 3


@dataclass
class Draft:
    """A claim while it is being built: token indices for cue and source, content as tokens."""

    cue: tuple[int, int]
    cue_lemma: str
    source: tuple[int, int] | None
    content: set[int] = field(default_factory=set)
    extra_fragments: list[tuple[int, int]] = field(default_factory=list)  # character spans


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
        claims.sort(key=_claim_start)
        doc._.set(CLAIMS, claims)
        _write_span_groups(doc, claims)
        return doc


# --- finding cues on the parse -------------------------------------------------------------


def parse_drafts(doc: Doc) -> Iterator[Draft]:
    seen: set[tuple[int, int]] = set()
    for i in capped_per_sentence(doc, _cue_candidates(doc)):
        draft = _draft_for(doc[i])
        if draft is not None and draft.cue not in seen:
            seen.add(draft.cue)
            yield draft


def _cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that could be cues (every verb, and the words of the other kinds
    of cue), picked from spaCy's token arrays: most tokens are neither, and turning each into a
    Python ``Token`` first cost as much as the rest of attribution."""
    columns = doc.to_array([LOWER, POS]).tolist()
    return [i for i, (lower, pos) in enumerate(columns) if pos == VERB or lower in _CUE_WORD_IDS]


# The most cue candidates read in one sentence. Reading a cue costs time and memory in
# proportion to its content, and a sentence's contents can nest one in another, so the work on
# a sentence grows with the square of its candidates: a 42 KB run-on "X said that Y said that
# ..." with 2,200 of them took 7 minutes and 4.8 GB. No sentence of the 924 news articles of the
# evaluation data has more than MAX_CANDIDATES_IN_SENTENCE; past it, the rest of that sentence's
# candidates are skipped, with a warning.
MAX_CANDIDATES_IN_SENTENCE = 64


def capped_per_sentence(doc: Doc, candidates: list[int]) -> list[int]:
    """The candidates, at most ``MAX_CANDIDATES_IN_SENTENCE`` of them from any one sentence."""
    if len(candidates) <= MAX_CANDIDATES_IN_SENTENCE:
        return candidates
    starts = [sent.start for sent in doc.sents]
    kept: list[int] = []
    counts: dict[int, int] = {}
    for i in candidates:
        sentence = bisect.bisect_right(starts, i) - 1
        counts[sentence] = counts.get(sentence, 0) + 1
        if counts[sentence] <= MAX_CANDIDATES_IN_SENTENCE:
            kept.append(i)
    for sentence, count in counts.items():
        if count > MAX_CANDIDATES_IN_SENTENCE:
            start = doc[starts[sentence]].idx
            note_warning(
                doc,
                f"a sentence at character {start} has {count} possible cues; only the first "
                f"{MAX_CANDIDATES_IN_SENTENCE} were read (it is likely not prose)",
            )
    return kept


def note_warning(doc: Doc, warning: str) -> None:
    doc._.set(WARNINGS, [*(doc._.get(WARNINGS) or []), warning])


def _draft_for(token: Token) -> Draft | None:
    lower = token.lower_
    if lower == "according" and token.i + 1 < len(token.doc) and token.nbor().lower_ == "to":
        return according_to(token)
    if lower in cues.SOURCELESS_ADVERBS and token.pos_ == "ADV":
        return sourceless_adverb(token)
    if token.pos_ == "VERB" and token.lemma_.lower() in _ALL_VERBS:
        return reporting_verb(token)
    if token.pos_ == "NOUN" and token.lower_ in cues.NOUN_CUES:
        return reporting_noun(token)
    return None


def reporting_noun(noun: Token) -> Draft | None:
    """A noun cue: in "his claim that the vote was rigged" or "a pledge to cut taxes", the
    clause the noun introduces is the content; its owner ("his", "Trump's", "by X") is the
    source."""
    clauses = [
        c for c in noun.children if (c.dep_ in ("acl", "ccomp") and _introduced_by_that_or_to(c))
    ]
    if not clauses:
        return None
    content = {i for clause in clauses for i in _indices(clause.subtree)}
    return Draft((noun.i, noun.i + 1), noun.lemma_.lower(), _noun_owner(noun), content)


def _introduced_by_that_or_to(clause: Token) -> bool:
    return any(
        c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") and c.i < clause.i
        for c in clause.children
    )


def _noun_owner(noun: Token) -> tuple[int, int] | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return _source_range(child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and objects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP"):
                return _source_range(objects[0])
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.ent_type_ in (
            "PERSON",
            "ORG",
            "NORP",
            "GPE",
        ):
            return child.i, child.i + 1
    if noun.dep_ in ("dobj", "attr") and noun.head.pos_ in ("VERB", "AUX"):
        return _subject_of(noun.head)  # "X made the claim that ...", "X issued a warning"
    return None


_ALL_VERBS = (
    frozenset(cues.PREPOSITION_VERBS)
    | cues.CLAUSE_VERBS
    | cues.OBJECT_VERBS
    | cues.EVALUATION_VERBS
    | cues.LABEL_VERBS
    | cues.URGE_VERBS
    | cues.INFINITIVE_VERBS
)
# The cues that are not verbs: a token with none of these words and no VERB tag is no cue.
_CUE_WORDS = frozenset({"according"}) | cues.SOURCELESS_ADVERBS | cues.NOUN_CUES
# Their ids as spaCy stores them in the LOWER array (a string's id is its hash, the same in
# every vocabulary), computed once rather than per Doc.
_CUE_WORD_IDS = frozenset(StringStore().add(word) for word in _CUE_WORDS)


def according_to(according: Token) -> Draft:
    """Cue "according to": "According to X, CONTENT" and "CONTENT, according to X"."""
    to = according.nbor()
    objects = [c for c in to.children if c.dep_ == "pobj"] or [
        c for c in according.children if c.dep_ == "pobj"
    ]
    source = _source_range(objects[0]) if objects else None
    clause = _clause_head(according)
    excluded = set(_indices(according.subtree)) | {according.i, to.i}
    if source:
        excluded |= set(range(*source))
    content = set(_indices(clause.subtree)) - excluded if clause is not according else set()
    if not content:
        content = set(_indices(according.sent)) - excluded
    return Draft((according.i, to.i + 1), "according to", source, content)


def sourceless_adverb(adverb: Token) -> Draft:
    """An adverb cue ("talks reportedly stalled") has no source."""
    clause = _clause_head(adverb)
    content = set(_indices(clause.subtree)) - {adverb.i}
    return Draft((adverb.i, adverb.i + 1), adverb.lower_, None, content)


def reporting_verb(verb: Token) -> Draft | None:
    lemma = verb.lemma_.lower()
    content = _verb_content(verb, lemma)
    if not content and not _beside_a_quotation(verb, lemma):
        return None
    source = _verb_source(verb)
    cue_end = _cue_end(verb)
    content -= set(range(verb.i, cue_end))
    if source:
        content -= set(range(*source))
    return Draft((verb.i, cue_end), lemma, source, content)


def _beside_a_quotation(verb: Token, lemma: str) -> bool:
    """A speech verb with a subject right after a closing quote ('...," he said') reports the
    quotation even when the parser did not link them; the quotation pass gives it its content."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if lemma not in cues.CLAUSE_VERBS or subject is None:
        return False
    before = min(subject.left_edge.i, verb.i) - 1
    while before >= 0 and verb.doc[before].text in (",", "?", "!", "."):
        before -= 1
    return before >= 0 and _closes_quotation(verb.doc[before])


def _closes_quotation(token: Token) -> bool:
    return token.text in ("”", "’", "»", "''") or (
        token.text == '"' and token.i > 0 and not token.doc[token.i - 1].whitespace_
    )


def _verb_content(verb: Token, lemma: str) -> set[int]:
    """The tokens of what the verb reports, by the verb's argument structure."""
    children = list(verb.children)
    by_dep: dict[str, list[Token]] = {}
    for child in children:
        by_dep.setdefault(child.dep_, []).append(child)
    parts: list[Token] = []
    if lemma in cues.LABEL_VERBS and "dobj" in by_dep and ("oprd" in by_dep or _as_phrase(verb)):
        parts = by_dep["dobj"] + by_dep.get("oprd", []) + _as_phrase(verb)
    elif lemma in cues.URGE_VERBS and "xcomp" in by_dep and _has_addressee(verb, by_dep):
        parts = by_dep.get("dobj", []) + _addressed_on(by_dep) + by_dep["xcomp"]
    elif lemma in cues.CLAUSE_VERBS and _colon_follows(verb):
        return _after_colon(verb)
    elif lemma in cues.CLAUSE_VERBS and "ccomp" in by_dep:
        parts = _complements_on_the_cues_side(verb, by_dep["ccomp"])
    elif lemma in cues.CLAUSE_VERBS and _after_colon(verb):
        return _after_colon(verb)
    elif lemma in cues.INFINITIVE_VERBS and "xcomp" in by_dep:
        parts = by_dep["xcomp"]
    elif lemma in cues.OBJECT_VERBS and "dobj" in by_dep and _reports_an_object(verb):
        parts = by_dep["dobj"]
    elif lemma in cues.EVALUATION_VERBS and "dobj" in by_dep and _reports_an_object(verb):
        parts = by_dep["dobj"] + [
            c for c in by_dep.get("prep", []) if c.lower_ in cues.EVALUATION_PREPOSITIONS
        ]
    elif lemma == "call" and (called_for := _called_for(verb)):
        parts = called_for
    elif lemma in cues.PREPOSITION_VERBS and (objects := _prepositional_objects(verb, lemma)):
        parts = objects
    if parts and parts[0].dep_ == "dobj":
        return _object_to_clause_end(verb, parts)
    if parts:
        return {i for part in parts for i in _indices(part.subtree)}
    if lemma in cues.CLAUSE_VERBS:
        return _after_colon(verb) or _inverted_content(verb)
    return set()


def _object_to_clause_end(verb: Token, parts: list[Token]) -> set[int]:
    """An object content runs on to the end of the cue's clause: the parser often hangs the
    object's modifiers on the verb ("revealed a gulf in the way ...", "cited endorsements from
    88 generals"). Coordinated verbs and comma-separated clauses are not part of it."""
    content = {i for part in parts for i in _indices(part.subtree)}
    start = min(content)
    for child in verb.children:
        if child.i < start or child.dep_ in _NOT_OBJECT_TAIL or child.is_punct:
            continue
        if child.dep_ == "npadvmod" and _after_comma(child):
            continue
        if child.dep_ == "prep" and child.lower_ in _FRAMING_PREPOSITIONS:
            continue
        content |= set(_indices(child.subtree))
    return content


# The narrator's framing, not what was reported: adverbial clauses, and phrases of when, how
# and where the report was made ("attacked her opponent as a fraud during the debate").
_NOT_OBJECT_TAIL = frozenset({"conj", "cc", "punct", "parataxis", "ccomp", "advcl"})
_FRAMING_PREPOSITIONS = cues.word_set("during with at after before since until amid despite")


def _after_comma(token: Token) -> bool:
    edge = token.left_edge.i
    return edge > 0 and token.doc[edge - 1].text in (",", "—", "–", ";")


def _colon_follows(verb: Token) -> bool:
    """Does a colon follow the cue ("X said: ...", right after it or after a short adverbial)?"""
    doc = verb.doc
    return any(t.text == ":" for t in doc[verb.i + 1 : min(verb.i + 3, len(doc))])


def _complements_on_the_cues_side(verb: Token, complements: list[Token]) -> list[Token]:
    """Drop a complement separated from the cue by a colon or semicolon: in "X happened on
    Friday: Republicans said they were convinced" only what follows the colon is the cue's."""
    doc = verb.doc
    kept = []
    for complement in complements:
        if complement.i < verb.i:
            between = doc[complement.right_edge.i + 1 : verb.left_edge.i + 1]
            if any(t.text in (":", ";") for t in between):
                continue
        kept.append(complement)
    return kept or complements


def _prepositional_objects(verb: Token, lemma: str) -> list[Token]:
    """What a report is about when a preposition carries it ("pointed to reports that ...")."""
    prepositions = cues.PREPOSITION_VERBS[lemma]
    return [
        obj
        for prep in verb.children
        if prep.dep_ in ("prep", "prt") and prep.lower_ in prepositions
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def _called_for(verb: Token) -> list[Token]:
    """What is called for: "X called for an inquiry" (the object of "for")."""
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def _has_addressee(verb: Token, by_dep: dict[str, list[Token]]) -> bool:
    """An addressee: "urged the board to act", "called on the board to act"; not "asked not to
    be named"."""
    return "dobj" in by_dep or any(c.lower_ == "on" for c in by_dep.get("prep", []))


def _addressed_on(by_dep: dict[str, list[Token]]) -> list[Token]:
    """The addressee of "called on the president to act"."""
    return [
        obj
        for prep in by_dep.get("prep", [])
        if prep.lower_ == "on"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def _reports_an_object(verb: Token) -> bool:
    """Is an object the report? Yes in "X announced a deal"; not in "before announcing the
    closure"."""
    return verb.tag_ != "VBG" and _subject_of(verb) is not None


def _as_phrase(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]


def _inverted_content(verb: Token) -> set[int]:
    """Content of a parenthetical cue: the clause the cue hangs off, around it.

    "Prices will fall, the minister said" and "Prices, the minister said, will fall". Only a
    short cue qualifies: set off by a comma, a dash or a closing quote, with no complement of
    its own (else it is a nested report: "X told Y that she had asked").
    """
    if verb.dep_ not in ("parataxis", "ccomp", "advcl"):
        return set()
    if not any(c.dep_ in _SUBJECTS for c in verb.children):
        return set()
    if any(c.dep_ not in _PARENTHETICAL_DEPS for c in verb.children):
        return set()
    if not _set_off_before(verb):
        return set()
    if verb.head.i > verb.i and not _comma_after(verb):
        return set()  # "..., he said would ..." is not a parenthetical
    return set(_indices(verb.head.subtree)) - set(_indices(verb.subtree))


def _set_off_before(verb: Token) -> bool:
    """Is the cue opened by a comma, a dash or a closing quote (its own first token, or the
    token before it)?"""
    edge = verb.left_edge
    return _sets_off(edge) or (edge.i > 0 and _sets_off(verb.doc[edge.i - 1]))


def _comma_after(verb: Token) -> bool:
    """Is the cue closed by a comma or dash (its own last token, or the next one)?"""
    edge = verb.right_edge
    following = edge.i + 1 < len(verb.doc) and verb.doc[edge.i + 1].text in _CLOSING_PUNCTUATION
    return edge.text in _CLOSING_PUNCTUATION or following


_CLOSING_PUNCTUATION = frozenset({",", "—", "–"})


_PARENTHETICAL_DEPS = frozenset(
    ["nsubj", "aux", "neg", "advmod", "punct", "prep", "dative", "npadvmod", "agent", "cc", "conj"]
)
_SETTING_OFF = frozenset({",", "”", "’", "—", "–", "-", "»"})
_STRAIGHT_QUOTES = frozenset({'"', "'"})


def _sets_off(token: Token) -> bool:
    """A comma, a dash or a closing quote mark (a straight one closes when it hugs the word
    before it: 'work," he said' and not ': "We')."""
    if token.text in _SETTING_OFF:
        return True
    if token.text in _STRAIGHT_QUOTES and token.i > 0:
        return not token.doc[token.i - 1].whitespace_ and bool(token.whitespace_)
    return False


def _after_colon(verb: Token) -> set[int]:
    """Content after a colon ("X said: ...") or a comma and a quotation ('X said, "...'),
    where the parser did not link it to the cue."""
    sent = verb.sent
    for token in sent[verb.i - sent.start + 1 :]:
        if token.i - verb.i > 6:
            break
        opens_quote = token.i + 1 < sent.end and token.nbor().text in _OPENING_MARKS
        if token.text == ":" or (token.text == "," and opens_quote):
            return set(range(token.i + 1, sent.end))
    return set()


_OPENING_MARKS = frozenset({'"', "“", "‘", "«", "''", "``"})


def _cue_end(verb: Token) -> int:
    """The cue is the verb plus an adjacent particle ("pointed out")."""
    end = verb.i + 1
    for child in verb.children:
        if child.dep_ == "prt" and child.i == end:
            end += 1
    return end


def _verb_source(verb: Token) -> tuple[int, int] | None:
    """The speaker: the subject, the agent of a passive, or the subject of a governing verb."""
    current: Token | None = verb
    for _ in range(4):  # follow conj / advcl / xcomp chains a few steps, no further
        if current is None:
            return None
        subject = _subject_of(current)
        if subject is not None:
            return subject
        if current.dep_ == "relcl":
            return _source_range(current.head, cut_at=current)
        current = _governing_verb(current)
    return None


def _governing_verb(verb: Token) -> Token | None:
    """The verb whose subject a subjectless cue shares: "smiled and said" (conj), "left,
    saying" (advcl), "wants to say" (xcomp), "by telling them" (through the preposition),
    "issued a statement calling" (through the object)."""
    head = verb.head
    if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        return head
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    return None


def _subject_of(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return _source_range(objects[0]) if objects else None
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in _RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "Democrats, who have argued ...": the source as written is the pronoun
                # (with type pronoun); what it stands for is the antecedent's business.
                return child.i, child.i + 1
            if child.lower_ in ("it", "there") and child.dep_ == "expl":
                return None
            return _source_range(child)
    return None


_RELATIVE_PRONOUNS = frozenset({"who", "that", "which"})


def _source_range(head: Token, cut_at: Token | None = None) -> tuple[int, int] | None:
    """The source phrase around ``head``, without comma-separated relative clauses."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in head.children:
        set_off = child.left_edge.i > 0 and head.doc[child.left_edge.i - 1].text == ","
        if child.i > head.i and (child is cut_at or (child.dep_ in ("relcl", "acl") and set_off)):
            end = min(end, child.left_edge.i)
    tokens = [head.doc[i] for i in range(start, end)]
    while tokens and (_is_edge_debris(tokens[-1]) and not _closes_inside(tokens)):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].is_space):
        tokens.pop(0)
    if not tokens:
        return None
    return tokens[0].i, tokens[-1].i + 1


def _is_edge_debris(token: Token) -> bool:
    """Punctuation, space, or a possessive ending ("Ruiz's pledge": the source is Ruiz)."""
    return token.is_punct or token.is_space or token.tag_ == "POS"


def _closes_inside(tokens: list[Token]) -> bool:
    """Is the last token a closing bracket opened within the phrase ("Rep. X (R-Utah)")?"""
    closing = tokens[-1].text
    opening = {")": "(", "]": "["}.get(closing)
    return opening is not None and any(t.text == opening for t in tokens[:-1])


def _clause_head(token: Token) -> Token:
    """The nearest verb (or the sentence root) governing ``token``."""
    current = token.head
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        current = current.head
    return current


def _indices(tokens: Iterable[Token]) -> Iterator[int]:
    return (t.i for t in tokens)


# --- a lexical fallback for pipelines without a parser -------------------------------------

_LEXICAL_CUES = (
    "said|says|told|tells|added|argued|argues|argue|claimed|claims|announced|announces|stated|"
    "warned|warns|insisted|insists|believes|believe|reported|reports|explained|noted|wrote|"
    "acknowledged|admitted|confirmed|denied|suggested|alleged|urged|labelled|labeled|called"
)
_SOURCE = r"(?P<source>(?:[A-Z][\w’'.-]*|he|she|they|we|I|it)(?:\s+[A-Za-z][\w’'.-]*){0,7}?)"
_LEXICAL_PATTERNS = (
    re.compile(r"^According to (?P<source>[^,]{2,80}), (?P<content>.+?)[.!?]?$"),
    re.compile(r"^(?P<content>.+?), according to (?P<source>[^,]{2,80}?)[.!?]?$"),
    re.compile(rf"^(?P<content>.+?),[”\"’]? {_SOURCE} (?P<cue>{_LEXICAL_CUES})[.!?]?$"),
    re.compile(rf"^{_SOURCE} (?P<cue>{_LEXICAL_CUES})(?: that|:)? (?P<content>.+?)[.!?]?$"),
)


def lexical_drafts(doc: Doc) -> Iterator[Draft]:
    """Surface patterns over each sentence, for the rule-only pipeline (no parse, no model)."""
    for sent in doc.sents:
        text = sent.text.strip()
        offset = sent.start_char + len(sent.text) - len(sent.text.lstrip())
        for pattern in _LEXICAL_PATTERNS:
            match = pattern.match(text)
            if match:
                draft = _lexical_draft(doc, match, offset)
                if draft is not None:
                    yield draft
                break


def _lexical_draft(doc: Doc, match: re.Match[str], offset: int) -> Draft | None:
    def tokens(group: str) -> Span | None:
        return doc.char_span(
            offset + match.start(group), offset + match.end(group), alignment_mode="expand"
        )

    names = match.re.groupindex
    cue = tokens("cue") if "cue" in names else None
    if cue is None:  # "according to"
        according_at = doc.char_span(offset, offset + 1, alignment_mode="expand")
        sent_tokens = according_at.sent if according_at is not None else None
        found = [t for t in (sent_tokens or []) if t.lower_ == "according"]
        if not found or found[0].i + 1 >= len(doc):
            return None
        cue_range, lemma = (found[0].i, found[0].i + 2), "according to"
    else:
        cue_range, lemma = (cue.start, cue.end), _lexical_lemma(cue.text)
    source = tokens("source")
    content = tokens("content")
    if content is None:
        return None
    source_range = (source.start, source.end) if source is not None else None
    return Draft(cue_range, lemma, source_range, set(range(content.start, content.end)))


def _lexical_lemma(word: str) -> str:
    irregular = {"said": "say", "says": "say", "told": "tell", "tells": "tell", "wrote": "write"}
    lowered = word.lower()
    if lowered in irregular:
        return irregular[lowered]
    for suffix in ("led", "ed", "es", "s"):
        if lowered.endswith(suffix):
            stem = lowered[: -len(suffix)]
            return stem + "e" if stem.endswith(("u", "at", "ot", "ar", "eg", "ir", "cus")) else stem
    return lowered


# --- attributions by punctuation: "― Name" after a quotation, "Name: ..." opening a line ------

_NAME = r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|de|van|von|del|da|bin|al))*"
_DASH_SOURCE = re.compile(rf"[ \t]*\n?[ \t]*(?P<cue>―|—|--)[ \t]*(?P<source>{_NAME})[ \t]*(?=\n|$)")
_COLON_SOURCE = re.compile(
    rf"^[ \t]*[\"“]?(?P<source>{_NAME}(?:\s+[A-Z][\w.'’-]*){{0,3}})(?P<cue>:)[ \t]+(?=\S)",
    re.MULTILINE,
)
# Labels that open a line with a colon without attributing anything.
_NOT_SOURCES = cues.word_set(
    "update updated note editor photo photos video watch read related source sources "
    "correction disclosure advertisement caption listen q a"
)
_MAX_COLON_SOURCE_WORDS = 4


def punctuation_drafts(doc: Doc, quotes: list[Quote]) -> Iterator[Draft]:
    yield from _dash_drafts(doc, quotes)
    yield from _colon_drafts(doc)


def _dash_drafts(doc: Doc, quotes: list[Quote]) -> Iterator[Draft]:
    """A quotation followed by "― Name" at the end of its line is Name's."""
    text = doc_text(doc)
    for quote in quotes:
        match = _DASH_SOURCE.match(text, quote.end)
        if match is None:
            continue
        draft = _char_draft(doc, match.span("cue"), match.group("cue"), match.span("source"))
        content = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if draft is not None and content is not None:
            draft.content = set(range(content.start, content.end))
            yield draft


def _colon_drafts(doc: Doc) -> Iterator[Draft]:
    """Colon attributions, "Sanders: Clinton needs to ..." and transcripts ("WALLACE: ..."): a short
    name opening a line, then a colon, attributes the rest of the paragraph."""
    text = doc_text(doc)
    for match in _COLON_SOURCE.finditer(text):
        source = match.group("source")
        words = source.split()
        if len(words) > _MAX_COLON_SOURCE_WORDS or source.lower() in _NOT_SOURCES:
            continue
        if words[0].lower().rstrip(".") in _NOT_SOURCES or words[0] in ("The", "A", "An"):
            continue  # "The Latest:", "A look back:" are labels, not speakers
        end = _paragraph_end(text, match.end())
        draft = _char_draft(doc, match.span("cue"), ":", match.span("source"))
        content = doc.char_span(match.end(), end, alignment_mode="expand")
        if draft is not None and content is not None:
            draft.content = set(range(content.start, content.end))
            yield draft


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph (a blank line) or of the line, if the next line opens with
    another speaker's name and a colon."""
    blank = re.compile(r"\n[ \t]*\n").search(text, start)
    end = blank.start() if blank else len(text.rstrip())
    next_speaker = _COLON_SOURCE.search(text, start, end)
    return next_speaker.start() if next_speaker else end


def _char_draft(
    doc: Doc, cue: tuple[int, int], lemma: str, source: tuple[int, int]
) -> Draft | None:
    cue_span = doc.char_span(*cue, alignment_mode="expand")
    source_span = doc.char_span(*source, alignment_mode="expand")
    if cue_span is None or source_span is None:
        return None
    return Draft((cue_span.start, cue_span.end), lemma, (source_span.start, source_span.end), set())


# --- quotations ----------------------------------------------------------------------------


def attach_quotes(doc: Doc, text: str, drafts: list[Draft], quotes: list[Quote]) -> list[Draft]:
    """Give quotations that no claim covers to the cue of their sentence, if it has one."""
    starts = [sorted(doc[i].idx for i in draft.content) for draft in drafts]
    for quote in quotes:
        if _word_count(text[quote.inner_start : quote.inner_end]) < _MIN_QUOTE_WORDS:
            continue
        if any(_covers(doc, d, s, quote) for d, s in zip(drafts, starts, strict=True)):
            continue
        owner = _cue_near_quote(doc, drafts, quote)
        if owner is not None:
            owner.extra_fragments.append((quote.inner_start, quote.inner_end))
    return drafts


def _covers(doc: Doc, draft: Draft, token_starts: list[int], quote: Quote) -> bool:
    """Does the draft (its content, given as sorted token offsets, or its cue) cover the quote?"""
    cue_start, cue_end = doc[draft.cue[0]].idx, _token_end(doc[draft.cue[1] - 1])
    if quote.inner_start <= cue_start and cue_end <= quote.inner_end:
        return True  # a cue inside the quotation belongs to a nested report, not to this one
    first = bisect.bisect_left(token_starts, quote.inner_start)
    if first < len(token_starts) and token_starts[first] < quote.inner_end:
        return True
    return any(s < quote.inner_end and quote.inner_start < e for s, e in draft.extra_fragments)


def _cue_near_quote(doc: Doc, drafts: list[Draft], quote: Quote) -> Draft | None:
    """A claim whose cue is in the quotation's sentence (or the sentence before, ending in ':')."""
    first = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
    if first is None:
        return None
    sentences = {first[0].sent.start, first[-1].sent.start}
    previous = _previous_sentence(first[0].sent)
    if previous is not None and previous.text.rstrip().endswith(":"):
        sentences.add(previous.start)
    for draft in drafts:
        cue_token = doc[draft.cue[0]]
        inside = quote.start <= cue_token.idx < quote.end
        if not inside and cue_token.sent.start in sentences and draft.cue_lemma != "according to":
            return draft
    return None


def separate_coordinated(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A report coordinated with a content ("said X, and suggested Y") is a claim of its own:
    its words leave the other claim's content, with the "and" and the comma before it."""
    coordinated = [(d, cue) for d in drafts if (cue := doc[d.cue[0]]).dep_ == "conj"]
    for draft in drafts:
        for other, cue in coordinated:
            if other is draft or cue.i not in draft.content:
                continue
            removed = set(_indices(cue.subtree))
            removed |= {c.i for c in cue.head.children if c.dep_ == "cc" and c.i < cue.i}
            draft.content -= removed
            while draft.content and doc[max(draft.content)].is_punct:
                draft.content.discard(max(draft.content))
    return drafts


def continue_quotes(doc: Doc, text: str, drafts: list[Draft], quotes: list[Quote]) -> list[Draft]:
    """A quotation that goes on after its speaker tag is one claim: in
    '"We are done," she said. "We are leaving."' the second quotation joins the first, as do
    further quotations that follow it directly in the same paragraph."""
    extents = [_draft_extent(doc, d) for d in drafts]
    taken = list(extents)
    for draft, (start, stop) in zip(drafts, extents, strict=True):
        if not any(start < q.inner_end and q.inner_start < stop for q in quotes):
            continue
        end = max(stop, _sentence_end(doc[draft.cue[0]]))
        for quote in quotes:
            if quote.start < end:
                continue
            if not _only_closing_text(text[end : quote.start]):
                break
            if any(start <= quote.inner_start < stop for start, stop in taken):
                break  # another claim's content or cue is there
            draft.extra_fragments.append((quote.inner_start, quote.inner_end))
            end = quote.end
    return drafts


def _sentence_end(token: Token) -> int:
    """Where the words of a token's sentence end (the speaker tag and what follows it). An
    opening quote mark the splitter left at its end belongs to the next quotation."""
    words = [t for t in token.sent if not t.is_space]
    while len(words) > 1 and _opens_quotation(words[-1]):
        words.pop()
    return _token_end(words[-1])


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
    starts = [s for s, _ in draft.extra_fragments]
    ends = [e for _, e in draft.extra_fragments]
    if draft.content:  # tokens are in text order: the first and last bound the rest
        starts.append(doc[min(draft.content)].idx)
        ends.append(_token_end(doc[max(draft.content)]))
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


def without_nested_duplicates(claims: list[ClaimData], text: str) -> list[ClaimData]:
    """A report nested in another's content that says nearly the same words ("X says Y
    promised to continue": "promised" inside "says") adds a second claim over the same
    content; the outer one is kept. Contents are compared as character intervals, counted with
    a prefix sum of word characters: sets of positions took 1.5 GB on a long sentence."""
    if len(claims) < 2:
        return claims
    words = _WordCount(text)
    sizes = [words.of(claim["content"]) for claim in claims]
    by_cue = sorted(range(len(claims)), key=lambda k: claims[k]["cue"][0])
    cue_starts = [claims[k]["cue"][0] for k in by_cue]
    dropped: set[int] = set()
    for i, outer in enumerate(claims):
        if not sizes[i]:
            continue
        for start, end in outer["content"]:
            first = bisect.bisect_left(cue_starts, start)
            last = bisect.bisect_left(cue_starts, end)
            for j in by_cue[first:last]:
                if j == i or j in dropped or not sizes[j]:
                    continue
                shared = words.shared(outer["content"], claims[j]["content"])
                if shared / (sizes[i] + sizes[j] - shared) >= _NEAR_DUPLICATE:
                    dropped.add(j)
    return [claim for k, claim in enumerate(claims) if k not in dropped]


class _WordCount:
    """How many word characters (letters, digits) lie in character intervals of a text."""

    def __init__(self, text: str) -> None:
        self.before = list(itertools.accumulate((char.isalnum() for char in text), initial=0))

    def of(self, intervals: Iterable[Iterable[int]]) -> int:
        return sum(self.before[e] - self.before[s] for s, e in _merged(intervals))

    def shared(self, a: list[list[int]], b: list[list[int]]) -> int:
        both = 0
        for s1, e1 in _merged(a):
            for s2, e2 in _merged(b):
                start, end = max(s1, s2), min(e1, e2)
                if start < end:
                    both += self.before[end] - self.before[start]
        return both


def _merged(intervals: Iterable[Iterable[int]]) -> list[tuple[int, int]]:
    """Intervals sorted, with overlapping ones joined (so no character is counted twice)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted((s, e) for s, e in intervals):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


_NEAR_DUPLICATE = 0.6


def _previous_sentence(sent: Span) -> Span | None:
    if sent.start == 0:
        return None
    return sent.doc[sent.start - 1].sent


def _word_count(text: str) -> int:
    return len(text.split())


# --- turning a draft into a claim ----------------------------------------------------------


def finish(
    doc: Doc,
    text: str,
    draft: Draft,
    quotes: list[Quote],
    names: KnownNames,
    ents: tuple[Span, ...],
) -> ClaimData | None:
    content = _content_fragments(doc, text, draft)
    content = _widen_to_quotes(doc, draft, content, quotes)
    content = [tidied for s, e in content if (tidied := _tidy(text, s, e, quotes))]
    content = [_unwrap(fragment, quotes) for fragment in content]
    content = [tidied for s, e in content if (tidied := _tidy(text, s, e, quotes))]
    if not content or not any(ch.isalnum() for s, e in content for ch in text[s:e]):
        return None
    source_tokens = draft.source
    source = _char_range(doc, source_tokens) if source_tokens else None
    if source is not None and any(s < source[1] and source[0] < e for s, e in content):
        source = source_tokens = None  # a source inside its own content is a parse error
    kind_of_source = source_type(doc, source_tokens, names) if source_tokens else "unspecified"
    details = (
        speakers.describe(doc, doc[source_tokens[0] : source_tokens[1]], kind_of_source, ents)
        if source_tokens
        else speakers.SourceDetails()
    )
    return ClaimData(
        cue=list(_char_range(doc, draft.cue)),
        cue_lemma=draft.cue_lemma,
        source=list(source) if source else None,
        source_type=kind_of_source,
        source_name=details.name,
        source_role=details.role,
        source_organization=details.organization,
        source_resolved_from=list(details.resolved_from) if details.resolved_from else None,
        content=[list(fragment) for fragment in content],
        kind=kind_of(text, content, quotes),
    )


def _without_narrator_clauses(doc: Doc, content: set[int]) -> set[int]:
    """What the writer adds after a comma at the end of a content is the writer's, not the
    source's: a concessive clause (", although he refused to pledge"), a non-restrictive
    relative clause (", which forced her to leave") or an appositive (", the alliance that")."""
    for i in sorted(content):
        phrase = doc[i]
        if phrase.dep_ not in _NARRATOR_RELATIONS or i not in content or not _after_comma(phrase):
            continue
        last_word = max((j for j in content if not doc[j].is_punct), default=-1)
        if phrase.right_edge.i < last_word or not _narrators(phrase):
            continue
        content = content - set(_indices(phrase.subtree)) - {phrase.left_edge.i - 1}
    return content


_NARRATOR_RELATIONS = frozenset({"advcl", "relcl", "appos"})  # the only ones _narrators takes


def _narrators(phrase: Token) -> bool:
    if phrase.dep_ in ("advcl", "relcl") and phrase.left_edge.lower_ in ("which", "who"):
        return True  # ", which forced a delay": parsed as either
    if phrase.dep_ == "advcl":
        marks = {c.lower_ for c in phrase.children if c.dep_ == "mark"}
        return bool(marks & _NARRATOR_MARKS)
    return phrase.dep_ == "appos"


_NARRATOR_MARKS = cues.word_set("although though whereas while despite")


def _content_fragments(doc: Doc, text: str, draft: Draft) -> list[tuple[int, int]]:
    """Contiguous character runs of the content tokens, without a leading "that"/connective."""
    indices = sorted(_without_narrator_clauses(doc, draft.content))
    while indices and _is_leading_debris(doc[indices[0]]):
        indices.pop(0)
    runs: list[tuple[int, int]] = []
    for i in indices:
        token = doc[i]
        if token.is_space:
            continue
        if runs and not text[runs[-1][1] : token.idx].strip():
            runs[-1] = (runs[-1][0], _token_end(token))
        else:
            runs.append((token.idx, _token_end(token)))
    return _merge(runs + draft.extra_fragments)


def _is_leading_debris(token: Token) -> bool:
    if token.is_punct or token.is_space:
        return True
    if token.lower_ == "that" and token.dep_ == "mark":
        return True
    return token.lower_ in cues.CONNECTIVES and token.dep_ in ("advmod", "cc")


def _widen_to_quotes(
    doc: Doc, draft: Draft, content: list[tuple[int, int]], quotes: list[Quote]
) -> list[tuple[int, int]]:
    """A content that starts or ends inside a quotation takes the whole quotation: its words,
    and its marks too when the content already holds the opening one."""
    cue_start = doc[draft.cue[0]].idx
    widened = list(content)
    for quote in quotes:
        if quote.start <= cue_start < quote.end:
            continue
        if not any(s < quote.inner_end and quote.inner_start < e for s, e in content):
            continue
        holds_opening = any(s <= quote.start < e for s, e in content)
        widened.append(
            (quote.start, quote.end) if holds_opening else (quote.inner_start, quote.inner_end)
        )
    return _merge(widened)


def _unwrap(fragment: tuple[int, int], quotes: list[Quote]) -> tuple[int, int]:
    """A fragment that is exactly one quotation loses its marks: direct speech is the words."""
    for quote in quotes:
        if quote.closed and fragment == (quote.start, quote.end):
            return quote.inner_start, quote.inner_end
    return fragment


def _tidy(text: str, start: int, end: int, quotes: list[Quote]) -> tuple[int, int] | None:
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


def kind_of(text: str, content: list[tuple[int, int]], quotes: list[Quote]) -> str:
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


@dataclass(frozen=True)
class KnownNames:
    """Names the article's entities establish, so a short mention can be typed by its full one:
    "Okafor" after "Mayor Lena Okafor" is a person."""

    people: frozenset[str]
    organizations: frozenset[str]

    @classmethod
    def of(cls, ents: tuple[Span, ...]) -> KnownNames:
        people = {t.text for e in ents if e.label_ == "PERSON" for t in e if t.is_title}
        organizations = {e.text for e in ents if e.label_ in _ORGANIZATION_LABELS}
        return cls(frozenset(people), frozenset(organizations))


_ORGANIZATION_LABELS = ("ORG", "GPE", "NORP")


def source_type(doc: Doc, source: tuple[int, int], names: KnownNames) -> str:
    span = doc[source[0] : source[1]]
    head = span.root
    if len(span) == 1 and head.lower_ in cues.PRONOUNS:
        return "pronoun"
    if len(span) == 1 and head.text in names.people:
        return "person"  # a surname of a person named in full elsewhere, however it is tagged
    if head.ent_type_ == "PERSON":
        return "person"
    if head.ent_type_ in _ORGANIZATION_LABELS:
        return "organization"
    by_noun = _type_by_head_noun(head)
    labels = {t.ent_type_ for t in span if t.ent_type_}
    if by_noun == "anonymous" and "PERSON" in labels:
        return "person"  # "a spokesman, John Smith"
    if by_noun:
        return by_noun
    if "PERSON" in labels or head.text in names.people:
        return "person"
    if labels & set(_ORGANIZATION_LABELS) or span.text in names.organizations:
        return "organization"
    if head.pos_ == "PROPN":
        return "person" if sum(t.pos_ == "PROPN" for t in span) > 1 else "organization"
    # An unnamed common noun ("engineers", "one insider") speaking is an unnamed someone.
    return "anonymous" if head.pos_ == "NOUN" else "unspecified"


def _type_by_head_noun(head: Token) -> str | None:
    forms = {head.lower_, head.lemma_.lower()}
    if forms & cues.DOCUMENT_NOUNS:
        return "document"
    if forms & cues.ORGANIZATION_NOUNS:
        return "organization"
    if forms & cues.ANONYMOUS_NOUNS:
        return "anonymous"
    return None


def _char_range(doc: Doc, tokens: tuple[int, int]) -> tuple[int, int]:
    return doc[tokens[0]].idx, _token_end(doc[tokens[1] - 1])


def _token_end(token: Token) -> int:
    return token.idx + len(token.text)


def _merge(ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(ranges):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


def _claim_start(claim: ClaimData) -> tuple[int, int]:
    """Claims are in text order: by where the first of their parts begins, then by cue."""
    starts = [claim["cue"][0], claim["content"][0][0]]
    if claim["source"]:
        starts.append(claim["source"][0])
    return min(starts), claim["cue"][0]


def _write_span_groups(doc: Doc, claims: list[ClaimData]) -> None:
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
