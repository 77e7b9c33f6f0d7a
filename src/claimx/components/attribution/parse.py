"""Finding cues on the dependency parse: candidate tokens, picked by the rule table's
prefilter, each read by the first rule it matches; then coordinated reports pulled apart."""

from __future__ import annotations

import bisect
from collections.abc import Iterator

from spacy.attrs import LOWER, POS
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore
from spacy.tokens import Doc, Token

from claimx import lexicon
from claimx.components.attribution.draft import SUBJECTS, Draft, indices
from claimx.components.attribution.next_acts import (
    reporting_verb_of_next_act,
    state_of_mind_after_the_report,
)
from claimx.components.attribution.punctuation import PUNCTUATION_RULE
from claimx.components.attribution.rules import (
    CANDIDATE_POS_IDS,
    CANDIDATE_WORD_IDS,
    build_draft,
)
from claimx.components.extensions import WARNINGS
from claimx.components.lemmas import lemma_of

# The most cue candidates read in one sentence. Reading a cue costs time and memory in
# proportion to its content, and a sentence's contents can nest one in another, so the work on
# a sentence grows with the square of its candidates: a 42 KB run-on "X said that Y said that
# ..." with 2,200 of them took 7 minutes and 4.8 GB. No sentence of the 924 news articles of the
# evaluation data has more than MAX_CANDIDATES_IN_SENTENCE; past it, the rest of that sentence's
# candidates are skipped, with a warning.
MAX_CANDIDATES_IN_SENTENCE = 64


def parse_drafts(doc: Doc, limit: int = MAX_CANDIDATES_IN_SENTENCE) -> Iterator[Draft]:
    _repair_verbs_read_as_nouns(doc)
    seen: set[tuple[int, int]] = set()
    for i in capped_per_sentence(doc, _cue_candidates(doc), limit):
        draft = build_draft(doc[i])
        if draft is not None and draft.cue not in seen:
            seen.add(draft.cue)
            yield draft


# Present forms of verbs of showing and saying the tagger reads as plural nouns after a plural
# subject ("Data published by the ministry show that ..."), as string ids (see _cue_candidates).
_VERB_FORMS_READ_AS_NOUNS = frozenset(
    StringStore().add(form)
    for form in (
        *("show", "shows", "suggest", "suggests", "indicate", "indicates", "say", "says"),
        *("state", "states", "claim", "claims", "warn", "warns", "note", "notes"),
    )
)
_NOUN_ID = POS_IDS["NOUN"]


def _repair_verbs_read_as_nouns(doc: Doc) -> None:
    """A "noun" with a subject of its own and a "that" clause is the verb the parser found
    the structure of: it is marked a verb, so that the rules read it. The few forms are picked
    from the token arrays, not by visiting every token."""
    columns = doc.to_array([LOWER, POS]).tolist()
    for i, (lower, pos) in enumerate(columns):
        if pos != _NOUN_ID or lower not in _VERB_FORMS_READ_AS_NOUNS:
            continue
        token = doc[i]
        subject = any(c.dep_ == "nsubj" and c.i < token.i for c in token.children)
        subject = subject or _a_verbless_sentences_subject(token)
        clause = any(
            c.dep_ == "ccomp" and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
            for c in token.children
        )
        if subject and clause:
            token.pos_ = "VERB"


def _a_verbless_sentences_subject(token: Token) -> bool:
    """ "The levy's regulations, gazetted in February, state that ...": with a participle
    between, the parser read the verb as an apposition of the subject, the sentence's root;
    its subject is the phrase before it (``sources``)."""
    root = token.sent.root
    return (
        token.dep_ == "appos"
        and token.head == root
        and root.pos_ in ("NOUN", "PROPN")
        and root.left_edge.i == token.sent.start
        and token.doc[token.i - 1].text == ","
    )


def _cue_candidates(doc: Doc) -> list[int]:
    """Indices of the tokens that could be cues (every verb, and the words of the other kinds
    of cue: both from ``rules.CUE_RULES``), picked from spaCy's token arrays: most tokens are
    neither, and turning each into a Python ``Token`` first cost as much as the rest of
    attribution."""
    columns = doc.to_array([LOWER, POS]).tolist()
    return [
        i
        for i, (lower, pos) in enumerate(columns)
        if pos in CANDIDATE_POS_IDS or lower in CANDIDATE_WORD_IDS
    ]


def capped_per_sentence(
    doc: Doc, candidates: list[int], limit: int = MAX_CANDIDATES_IN_SENTENCE
) -> list[int]:
    """The candidates, at most ``limit`` of them from any one sentence."""
    if len(candidates) <= limit:
        return candidates
    starts = [sent.start for sent in doc.sents]
    kept: list[int] = []
    counts: dict[int, int] = {}
    for i in candidates:
        sentence = bisect.bisect_right(starts, i) - 1
        counts[sentence] = counts.get(sentence, 0) + 1
        if counts[sentence] <= limit:
            kept.append(i)
    for sentence, count in counts.items():
        if count > limit:
            start = doc[starts[sentence]].idx
            note_warning(
                doc,
                f"a sentence at character {start} has {count} possible cues; only the first "
                f"{limit} were read (it is likely not prose)",
            )
    return kept


def note_warning(doc: Doc, warning: str) -> None:
    doc._.set(WARNINGS, [*(doc._.get(WARNINGS) or []), warning])


def separate_coordinated(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """A report coordinated with a content ("said X, and suggested Y") is a claim of its own:
    its words leave the other claim's content, with the "and" and the comma before it."""
    coordinated = [
        (d, cue)
        for d in drafts
        if (cue := doc[d.cue[0]]).dep_ == "conj"
        # "said that A and that it had asked B": a clause of the content, not another report
        and not any(c.dep_ == "mark" and c.lower_ == "that" for c in cue.children)
        and not _a_predicate_of_the_reported_clause(cue)
    ]
    for draft in drafts:
        if draft.rule == PUNCTUATION_RULE:
            continue  # an answer or a pull quote: all of it is the speaker's words
        for other, cue in coordinated:
            if other is draft or cue.i not in draft.content_tokens:
                continue
            if cue.i < draft.cue[0]:
                continue  # "X declared mourning and directed a review, his office said": a tag
                # after the whole coordination reports all of it
            removed = set(indices(cue.subtree))
            removed |= {c.i for c in cue.head.children if c.dep_ == "cc" and c.i < cue.i}
            draft.content_tokens -= removed
            while draft.content_tokens and doc[max(draft.content_tokens)].is_punct:
                draft.content_tokens.discard(max(draft.content_tokens))
    return drafts


def _a_modal_predicate_of_a_reported_clause(cue: Token) -> bool:
    """ "told the jury that his client would give evidence and would say he was attacked",
    "said regulators were likely to approve the deal but could demand a sale": a modal makes
    it the reported clause's next predicate (its subject's future or possible act), not the
    speaker's next report."""
    if any(c.dep_ in SUBJECTS for c in cue.children) or cue.head.dep_ != "ccomp":
        return False
    return any(c.dep_ == "aux" and c.lower_ in _MODALS for c in cue.children)


_MODALS = frozenset({"would", "could", "might", "will", "may", "should", "must"})


def _a_predicate_of_the_reported_clause(cue: Token) -> bool:
    """ "told the paper that he understood the anger but feared the delay": a state of mind
    ("feared", "believed") goes on with the reported clause's subject ("he understood ... but
    feared"), so it is part of what was told, not another report. An act of speech joined
    there ("said it was opposed and warned ...") is the speaker's next act. So is a passive
    ("said she had raised concerns but had been told the payments were fees": she was told)."""
    passive = any(c.dep_ == "auxpass" for c in cue.children)
    if passive and cue.head.dep_ == "ccomp" and not any(c.dep_ == "agent" for c in cue.children):
        return True
    if _a_modal_predicate_of_a_reported_clause(cue):
        return True
    if lemma_of(cue).lower() not in lexicon.STATE_OF_MIND_VERBS:
        return False
    if any(c.dep_ in SUBJECTS for c in cue.children):
        return False
    complement = cue.head
    if complement.dep_ == "ccomp":
        subjects = [c for c in complement.children if c.dep_ in SUBJECTS]
        return bool(subjects) and reporting_verb_of_next_act(cue) is None
    return state_of_mind_after_the_report(cue)
