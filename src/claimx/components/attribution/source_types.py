"""What kind of source a mention is: a person, an organisation, an anonymous someone, a
document, a pronoun; from its entity, its head noun, and the names the article establishes."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimx import lexicon
from claimx.components import speakers
from claimx.components.lemmas import lemma_of
from claimx.kinds import SourceType


@dataclass(frozen=True)
class KnownNames:
    """Names the article's entities establish, so a short mention can be typed by its full one:
    "Okafor" after "Mayor Lena Okafor" is a person."""

    people: frozenset[str]
    organizations: frozenset[str]

    @classmethod
    def of(cls, ents: tuple[Span, ...]) -> KnownNames:
        people = {t.text for e in ents if e.label_ == "PERSON" for t in e if t.is_title}
        organizations = {e.text for e in ents if e.label_ in speakers.ORGANIZATION_LABELS}
        return cls(frozenset(people), frozenset(organizations))


def source_type(doc: Doc, source: tuple[int, int], names: KnownNames) -> SourceType:
    span = doc[source[0] : source[1]]
    head = span.root
    if len(span) == 1 and head.lower_ in lexicon.PRONOUNS:
        return "pronoun"
    if len(span) == 1 and head.text in names.people:
        return "person"  # a surname of a person named in full elsewhere, however it is tagged
    if head.ent_type_ == "PERSON":
        return "person"
    if head.ent_type_ in speakers.ORGANIZATION_LABELS:
        return "organization"
    if speakers.an_office_holder(span):
        return "person"  # "The governor insists", "the company's chief executive"
    by_noun = type_by_head_noun(head)
    labels = {t.ent_type_ for t in span if t.ent_type_}
    if by_noun == "anonymous" and "PERSON" in labels:
        return "person"  # "a spokesman, John Smith"
    if by_noun:
        return by_noun
    if "PERSON" in labels or head.text in names.people:
        return "person"
    if labels & set(speakers.ORGANIZATION_LABELS) or span.text in names.organizations:
        return "organization"
    if head.pos_ == "PROPN":
        return "person" if sum(t.pos_ == "PROPN" for t in span) > 1 else "organization"
    # An unnamed common noun ("engineers", "one insider") speaking is an unnamed someone.
    return "anonymous" if head.pos_ == "NOUN" else "unspecified"


def type_by_head_noun(head: Token) -> SourceType | None:
    """A source's type from its head noun alone: a document, an organisation or an unnamed
    person ("estimates", "the ministry", "officials"); None for any other noun."""
    forms = {head.lower_, lemma_of(head).lower()}
    if forms & lexicon.DOCUMENT_NOUNS:
        return "document"
    if forms & lexicon.ORGANIZATION_NOUNS:
        return "organization"
    if forms & lexicon.ANONYMOUS_NOUNS:
        return "anonymous"
    return None
