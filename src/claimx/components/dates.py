"""claimx_dates: every DATE entity, with its value resolved against the publication date."""

from __future__ import annotations

import datetime as dt

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimx import lexicon
from claimx.components.extensions import DATE_VALUE, PUBLISHED
from claimx.components.lemmas import lemma_of
from claimx.components.valued import ValueSetter
from claimx.mentions import DATES
from claimx.normalise.dates import normalise_date
from claimx.normalise.periods import DateValue


@Language.factory(
    "claimx_dates",
    requires=["doc.ents"],
    assigns=["doc.spans", f"span._.{DATE_VALUE}"],
)
def make_date_normaliser(nlp: Language, name: str) -> ValueSetter:
    return ValueSetter(DATES, "DATE", date_value)


def date_value(span: Span, text: str) -> DateValue:
    """The date a DATE entity names, resolved against the publication date (if any) and the
    tense of the verb it depends on ("would review ... in January" is the next January)."""
    return normalise_date(span.text, _published(span.doc), tense_of(span))


_FUTURE_AUXILIARIES = frozenset({"will", "'ll", "’ll", "shall", "wo", "would"})
_PAST_TAGS = frozenset({"VBD", "VBN"})
_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "'s", "’s", "'re", "’re", "be"})


def tense_of(span: Span) -> str | None:
    """The tense, past or future, of the verb a date depends on ("would review ... in January")."""
    verb = span.root
    while verb.head.i != verb.i and verb.pos_ not in ("VERB", "AUX"):
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    auxiliaries = {child.lower_ for child in verb.children if child.dep_ in ("aux", "auxpass")}
    if auxiliaries & _FUTURE_AUXILIARIES or _going_to(verb) or _planned(verb):
        return "future"
    if verb.tag_ in _PAST_TAGS or auxiliaries & {"had", "has", "have", "did", "was", "were"}:
        return "past"
    return None


def _planned(verb: Token) -> bool:
    """ "Keller is expected to testify on Monday", "the vote is scheduled to take place on
    Friday", "she plans to resign on Monday": an infinitive that a present plan, schedule or
    expectation governs points forward. ("was expected to" tells of the past: not here.)"""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i:
        return False
    if lemma_of(head).lower() not in lexicon.PLAN_WORDS and head.lower_ not in lexicon.PLAN_WORDS:
        return False
    auxiliaries = {child.lower_ for child in head.children if child.dep_ in ("aux", "auxpass")}
    if head.tag_ in _PAST_TAGS and not auxiliaries & _PRESENT_AUXILIARIES:
        return False  # "planned to", "had been expected to": not a plan still ahead
    return not auxiliaries & {"was", "were", "had"}


def _going_to(verb: Token) -> bool:
    """Future with "going to": in "is going to announce" the infinitive hangs off "going"."""
    head = verb.head
    return verb.dep_ == "xcomp" and head.lower_ == "going"


def _published(doc: Doc) -> dt.date | None:
    value = doc._.get(PUBLISHED)
    return dt.date.fromisoformat(value) if value else None
