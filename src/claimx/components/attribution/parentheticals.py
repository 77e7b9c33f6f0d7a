"""Tags set apart from what they report. A parenthetical cue: "Prices will fall, the minister
said" and "Prices, the minister said, will fall" (set off by commas, dashes or a closing quote,
with no complement of its own; its content is the clause around it). "As one resident put it,
...". And a closing tag the tagger read as a noun: "..., the central bank estimates."
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import (
    SUBJECTS,
    Draft,
    a_second_subject_from_the_report,
    indices,
)
from claimx.components.entities import FIGURE_LABELS
from claimx.components.lemmas import lemma_of

if TYPE_CHECKING:
    from claimx.components.attribution.cue_rule import CueRule


def inverted_content(verb: Token) -> set[int]:
    """Content of a parenthetical cue: the clause the cue hangs off, around it.

    "Prices will fall, the minister said" and "Prices, the minister said, will fall". Only a
    short cue qualifies: set off by a comma, a dash or a closing quote, with no complement of
    its own (else it is a nested report: "X told Y that she had asked").
    """
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") and not _joined_without_and(verb):
        return set()
    if not any(c.dep_ in SUBJECTS for c in verb.children):
        return set()
    told = lemma_of(verb).lower() in lexicon.ADDRESSEE_VERBS  # ", she told reporters"
    allowed = _PARENTHETICAL_DEPS | {"dobj"} if told else _PARENTHETICAL_DEPS
    as_they_said = _opened_by_as(verb)
    if as_they_said:
        allowed = allowed | {"mark", "prt"}
    if any(c.dep_ not in allowed for c in verb.children):
        return set()
    tag_start = _the_tags_first_token(verb)
    opens_the_sentence = tag_start == verb.sent.start and as_they_said and _comma_after(verb)
    set_off = _sets_off(verb.doc[tag_start]) or (
        tag_start > 0 and _sets_off(verb.doc[tag_start - 1])
    )
    if not (set_off or opens_the_sentence):
        return set()
    if verb.head.i > verb.i and not _comma_after(verb):
        return set()  # "..., he said would ..." is not a parenthetical
    clause = verb.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "The difference now, he told me, is that ...": on the subject
    tag = {i for i in indices(verb.subtree) if i >= tag_start}
    resumed = {
        i for phrase in an_absolute_phrase_after_the_tag(verb) for i in indices(phrase.subtree)
    }
    return set(indices(clause.subtree)) - (tag - resumed)


def an_absolute_phrase_after_the_tag(verb: Token) -> list[Token]:
    """ "The food index fell for a third month, the bureau said, with a packet of maize flour
    retailing at Sh148": a "with" phrase that ends the sentence after a tag in mid-sentence
    gives the report's detail, and goes on with it."""
    doc = verb.doc
    last_word = max(
        (t.i for t in verb.sent if not (t.is_punct or t.is_space)), default=verb.sent.end - 1
    )
    return [
        prep
        for prep in verb.children
        if prep.dep_ == "prep"
        and prep.lower_ == "with"
        and prep.i > verb.i
        and doc[prep.i - 1].text == ","
        and prep.right_edge.i >= last_word
        and any(c.dep_ == "pobj" for c in prep.children)
        # a figure is the report's detail; "said, with a smile" is a manner of telling
        and any(t.like_num or t.ent_type_ in FIGURE_LABELS or _has_a_digit(t) for t in prep.subtree)
    ]


def _the_tags_first_token(verb: Token) -> int:
    """Where the tag begins: its left edge, or its own subject where the parser gave it a
    second one from the report (see ``draft.a_second_subject_from_the_report``)."""
    own = a_second_subject_from_the_report(verb)
    if own is not None:
        return own.left_edge.i
    return _after_a_fronted_phrase_of_the_report(verb) or verb.left_edge.i


def _after_a_fronted_phrase_of_the_report(verb: Token) -> int | None:
    """ "In one region of the study, the authors write, the number of days fell ...": the
    parser may hang the report's opening phrase on the tag; the tag starts at its subject, after
    that phrase's comma."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i), None)
    if subject is None:
        return None
    start = subject.left_edge.i
    fronted = [c for c in verb.children if c.dep_ == "prep" and c.right_edge.i == start - 2]
    return start if fronted and verb.doc[start - 1].text == "," else None


_AS_TAG_VERBS = lexicon.SPEECH_VERBS | lexicon.word_set(
    "admit acknowledge point concede argue observe warn predict show find put reveal"
)


def _opened_by_as(verb: Token) -> bool:
    """ "..., as its own annual report quietly admits", "As the minister pointed out, ...": a
    tag opened by "as" reports the clause it hangs on; with a verb of thinking or feeling "as"
    is "while" or "because" ("The shares fell, as investors worried")."""
    if lemma_of(verb).lower() not in _AS_TAG_VERBS:
        return False
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ == "as" and c.i == verb.left_edge.i for c in verb.children
    )


def _joined_without_and(verb: Token) -> bool:
    """A tag the parser coordinated with the clause before it, with no "and" between ("It
    never received a reply, its convener told this newspaper")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.i < verb.i
        and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    )


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


def as_they_put_it(verb: Token, rules: Sequence[CueRule] = ()) -> Draft | None:
    """ "As one resident put it, the town has been forgotten", "as the economist Rhea Sen put
    it bluntly, '...'": the clause the "as" clause hangs on is what was put; the cue is "put
    it" (with its manner adverb)."""
    children = list(verb.children)
    it = next((c for c in children if c.dep_ == "dobj" and c.lower_ == "it"), None)
    subject = next((c for c in children if c.dep_ in SUBJECTS), None)
    as_mark = any(c.dep_ == "mark" and c.lower_ == "as" for c in children)
    if it is None or subject is None or not as_mark or verb.dep_ != "advcl":
        return None
    end = it.i + 1
    if end < len(verb.doc) and verb.doc[end].dep_ == "advmod" and verb.doc[end].head == verb:
        end += 1  # "put it bluntly"
    clause = verb.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "The alternative, as Mr Goh put it, is ...": on the subject
    content = set(indices(clause.subtree)) - set(indices(verb.subtree))
    source = (subject.left_edge.i, subject.right_edge.i + 1)
    return Draft((verb.i, end), "put it", source, content)


# Tag verbs the tagger reads as plural nouns at a sentence's end ("..., the paper notes.").
TAG_VERBS_READ_AS_NOUNS = lexicon.word_set(
    "notes says writes warns finds shows argues suggests concludes adds states predicts "
    "observes reports estimates claims"
)


_TAG_AS_NOUN_DEPS = frozenset({"ROOT", "appos", "dobj", "npadvmod", "conj"})


def closing_tag_noun(noun: Token, rules: Sequence[CueRule] = ()) -> Draft | None:
    """The cue rule for a tag verb read as a noun (``a_closing_tag_read_as_a_noun``)."""
    return a_closing_tag_read_as_a_noun(noun)


def a_closing_tag_read_as_a_noun(noun: Token) -> Draft | None:
    """ "Young couples spend half their income on rent, the central bank estimates.": the
    tagger read the tag's verb as a plural noun heading the sentence. A word that is also a
    verb of saying ("estimates", "claims", "reports"), last in its sentence after "the ..."
    and a comma, with the clause before the comma its complement, is that tag."""
    doc = noun.doc
    sent = noun.sent
    rest = doc[noun.i + 1 : sent.end]
    if noun.dep_ not in _TAG_AS_NOUN_DEPS or any(not (t.is_punct or t.is_space) for t in rest):
        return None
    if noun.tag_ != "NNS" or lexicon.lemma_of_form(noun.lower_) == noun.lower_:
        return None  # not a verb's third-person form
    words = [c for c in noun.children if c.dep_ in _NOUN_PHRASE_DEPS and c.i < noun.i]
    start = min((c.left_edge.i for c in words), default=noun.i)
    if start == sent.start or doc[start - 1].text != "," or doc[start].lower_ not in ("the", "a"):
        return None
    if noun.dep_ != "ROOT":
        # "..., the paper notes.": read as an apposition of the report's last noun or as the
        # verb's object; the report is all of the sentence before the comma
        content = {t.i for t in doc[sent.start : start - 1] if not t.is_space}
    else:
        clauses = [c for c in noun.children if c.dep_ == "ccomp" and c.i < start]
        if not clauses:
            return None
        content = {i for clause in clauses for i in indices(clause.subtree)}
    breaks = [i for i in content if doc[i].text in (":", ";")]
    if breaks:  # "The country needs homes: young couples ..., the bank estimates"
        content = {i for i in content if i > max(breaks)}
    cue_lemma = lexicon.lemma_of_form(noun.lower_)
    return Draft((noun.i, noun.i + 1), cue_lemma, (start, noun.i), content)


_NOUN_PHRASE_DEPS = frozenset({"det", "compound", "amod", "poss", "nmod"})


def closing_tag_at_the_root(verb: Token) -> set[int]:
    """ "The effect held even after the researchers accounted for screen time, the authors
    write.": the parser made the tag the sentence's root and the report's subject its object.
    A tag at the very end of its sentence, its subject right after a comma, reports all that
    stands before the comma."""
    doc = verb.doc
    sent = verb.sent
    subjects = [c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i]
    if verb.dep_ != "ROOT" or not subjects:
        return set()
    subject = subjects[-1]  # the tag's own, nearest the verb, if the parser gave it two
    comma = subject.left_edge.i - 1
    if comma <= sent.start or doc[comma].text != ",":
        return set()
    if any(not (t.is_punct or t.is_space) for t in doc[verb.i + 1 : sent.end]):
        return set()  # words after the tag: not a closing tag
    return {t.i for t in doc[sent.start : comma] if not t.is_space}


def _has_a_digit(token: Token) -> bool:
    return any(ch.isdigit() for ch in token.text)  # "Sh148", "€86,000"


def a_closing_tags_lost_subject(verb: Token) -> Token | None:
    """ "Orlesia and Kastamir have agreed to a ceasefire, the foreign minister of Varuna, which
    is hosting the talks, said on Wednesday.": the parser left the closing tag without a
    subject and hung the speaker on the report (here as a modifier of "starting"). A tag after
    a comma with no subject, nothing after it but its adjuncts ("on Wednesday", "in a
    statement") to the sentence's end: the speaker is the noun phrase set off by the comma
    before it."""
    doc = verb.doc
    sent = verb.sent
    if verb.i < sent.start + 3 or doc[verb.i - 1].text != ",":
        return None
    if verb.tag_ not in ("VBD", "VBZ", "VBP") or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if any(c.i > verb.i and c.dep_ not in _ADJUNCTS for c in verb.children):
        return None
    if any(not (t.is_punct or t.is_space) for t in doc[verb.right_edge.i + 1 : sent.end]):
        return None
    last = doc[verb.i - 2]
    phrases = [
        t
        for t in (last, *last.ancestors)
        if t.pos_ in ("NOUN", "PROPN")
        # the phrase ends at the comma before the tag, or the parser hung the tag on it
        and (t.right_edge.i in (last.i, last.i + 1) or verb.head == t)
        and t.left_edge.i > sent.start + 1
        and doc[t.left_edge.i - 1].text == ","
    ]
    return min(phrases, key=lambda t: t.left_edge.i, default=None)


_ADJUNCTS = frozenset({"prep", "npadvmod", "advmod", "punct"})


def before_a_closing_tags_lost_subject(verb: Token) -> set[int]:
    """What the tag of ``a_closing_tags_lost_subject`` reports: the sentence up to the comma
    before its speaker."""
    speaker = a_closing_tags_lost_subject(verb)
    if speaker is None:
        return set()
    doc = verb.doc
    return {t.i for t in doc[verb.sent.start : speaker.left_edge.i - 1] if not t.is_space}
