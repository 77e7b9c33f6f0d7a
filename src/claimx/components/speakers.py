"""Who a source is: its name, role and organisation, and for a pronoun or a short reference,
the full mention it stands for.

"OpenAI CEO Sam Altman" is name Sam Altman, role CEO, organisation OpenAI; "Dario Amodei,
Anthropic's chief executive" likewise. "he", "the company", "Altman" and "who" resolve to the
most recent compatible full mention before them (a PERSON for he/she and surnames, an
organisation for it/they and "the company"), which the claim names as ``resolved_from``.
Pronouns are matched by kind, not by gender: the small model knows none.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from claimx import lexicon

PERSON_PRONOUNS = lexicon.word_set("he she him her")
GROUP_PRONOUNS = lexicon.word_set("it they them we")
RELATIVE_PRONOUNS = lexicon.word_set("who which that")
ORGANIZATION_LABELS = ("ORG", "GPE", "NORP")
_ROLE_POS = frozenset({"NOUN", "PROPN", "ADJ"})


@dataclass(frozen=True)
class SourceDetails:
    name: str | None = None
    role: str | None = None
    organization: str | None = None
    resolved_from: tuple[int, int] | None = None  # characters of the mention it stands for


def describe(doc: Doc, source: Span, source_type: str, ents: tuple[Span, ...]) -> SourceDetails:
    """``ents`` is ``doc.ents``, read once by the caller: spaCy rebuilds it on every access."""
    mention = resolve(doc, source, ents)
    if mention is not None:
        details = _describe_span(mention, _type_of_mention(mention), ents)
        return SourceDetails(
            details.name, details.role, details.organization, (mention.start_char, mention.end_char)
        )
    return _describe_span(source, source_type, ents)


def resolve(doc: Doc, source: Span, ents: tuple[Span, ...]) -> Span | None:
    """The full mention a pronoun or a short reference stands for, if one precedes it."""
    head = source.root
    lower = source.text.lower()
    if len(source) == 1 and lower in RELATIVE_PRONOUNS:
        return _antecedent(head)
    if len(source) == 1 and lower in PERSON_PRONOUNS:
        return _latest_entity(ents, source.start, ("PERSON",))
    if len(source) == 1 and lower in GROUP_PRONOUNS:
        # "it" and "they" as often mean a thing or people: only a nearby organisation will do
        found = _latest_entity(ents, source.start, ("ORG", "NORP"))
        return found if found is not None and _nearby(found, source) else None
    if len(source) == 1 and head.is_title:
        # a lone surname: the model's label for it is unreliable, the earlier full name is not
        return _full_name(ents, head)
    if len(source) >= 2 and _honorific_and_surname(source):
        # "Mr. Smith": the one earlier full name of that surname his honorific allows
        return _titled_full_name(ents, source)
    if len(source) == 2 and source[0].lower_ == "the" and head.lower_ in lexicon.ORGANIZATION_NOUNS:
        return _latest_entity(ents, source.start, ("ORG",))
    return None


def _antecedent(pronoun: Token) -> Span | None:
    """The antecedent of a relative pronoun: in "Democrats, who argued", Democrats."""
    clause = pronoun.head
    if clause.dep_ != "relcl":
        return None
    noun = clause.head
    end = clause.left_edge.i
    while end > noun.left_edge.i and noun.doc[end - 1].is_punct:
        end -= 1
    return noun.doc[noun.left_edge.i : max(end, noun.i + 1)]


def _nearby(mention: Span, source: Span) -> bool:
    """In the same sentence as the source, or the one before."""
    sentence = source.sent
    previous_start = sentence.doc[sentence.start - 1].sent.start if sentence.start else 0
    return mention.start >= previous_start


def _latest_entity(ents: tuple[Span, ...], before: int, labels: tuple[str, ...]) -> Span | None:
    found = [e for e in ents if e.label_ in labels and e.end <= before]
    return found[-1] if found else None


def _full_name(ents: tuple[Span, ...], surname: Token) -> Span | None:
    """The full name of a surname: after "Sam Altman", "Altman" is Sam Altman (the nearest
    longer PERSON mention ending in that name)."""
    people = [e for e in ents if e.label_ == "PERSON" and len(e) > 1 and e[-1].text == surname.text]
    before = [e for e in people if e.end <= surname.i]
    return before[-1] if before else (people[0] if people else None)


def _honorific_and_surname(source: Span) -> bool:
    """Is the source honorifics then one capitalised word ("Mr. Smith", "Dr Jones")?"""
    *titles, surname = list(source)
    return surname.is_title and all(lexicon.is_honorific(t.text) for t in titles)


def _titled_full_name(ents: tuple[Span, ...], source: Span) -> Span | None:
    """The full name an honorific and a surname stand for: the earlier PERSON mentions ending in
    the surname, if they all name one person and that person's own honorific (if any) is not of
    the other gender."""
    gender = lexicon.honorific_gender(source[-2].text)
    surname = source[-1].text
    people = [
        e
        for e in ents
        if e.label_ == "PERSON" and len(e) > 1 and e[-1].text == surname and e.end <= source.start
    ]
    names = {e.text for e in people}
    if len(names) != 1:
        return None
    own = _honorific_before(people[-1])
    if gender and own and lexicon.honorific_gender(own.text) not in (None, gender):
        return None
    return people[-1]


def _honorific_before(mention: Span) -> Token | None:
    if mention.start == 0:
        return None
    token = mention.doc[mention.start - 1]
    return token if lexicon.is_honorific(token.text) else None


def _type_of_mention(mention: Span) -> str:
    labels = {t.ent_type_ for t in mention}
    if "PERSON" in labels:
        return "person"
    if labels & set(ORGANIZATION_LABELS):
        return "organization"
    return "unspecified"


def _describe_span(span: Span, source_type: str, ents: tuple[Span, ...]) -> SourceDetails:
    inside = [e for e in ents if span.start <= e.start and e.end <= span.end]
    people = [e for e in inside if e.label_ == "PERSON"]
    groups = [e for e in inside if e.label_ in ORGANIZATION_LABELS]
    if people:
        person = people[0]
        owner = _possessor(span, person)
        organization = groups[0] if groups else owner
        taken = {t.i for e in (person, organization) if e is not None for t in e}
        taken |= _honorifics_before(span, person)
        return SourceDetails(
            name=person.text,
            role=_role(span, taken),
            organization=organization.text if organization is not None else None,
        )
    if source_type == "person" and an_office_holder(span):
        owner = _possessor(span, span[0:0])
        taken = {t.i for t in owner} if owner is not None else set()
        return SourceDetails(
            role=_role(span, taken), organization=owner.text if owner is not None else None
        )
    if source_type == "organization":
        # Named by an entity holding the phrase's head ("OpenAI"), not one in a modifier
        # ("groups representing firms such as Google" has no name).
        named = [e for e in groups if e.start <= span.root.i < e.end]
        if named:
            return SourceDetails(name=named[0].text)
        return SourceDetails(name=_proper_name(span))
    return SourceDetails()


def _honorifics_before(span: Span, person: Span) -> set[int]:
    """The honorifics just before a name ("Mr.", "Dr", "Prof."): titles of address, not roles."""
    found = set()
    index = person.start - 1
    while index >= span.start and lexicon.is_honorific(span.doc[index].text):
        found.add(index)
        index -= 1
    if person.start < span.end and lexicon.is_honorific(person[0].text):  # "Mr. Smith" as one
        found.add(person.start)
    return found


def an_office_holder(span: Span) -> bool:
    """One person named by an office: "the governor", "the company's chief executive",
    "Brazil's president", "Transport Secretary" (its head an office noun in the singular,
    made definite by "the", an owner or a name before it); not "a minister", not "officials"."""
    head = span.root
    if head.lower_ not in lexicon.OFFICE_NOUNS or head.tag_ not in ("NN", "NNP"):
        return False
    before = [t for t in span if t.i < head.i]
    return any(
        t.lower_ == "the" or t.dep_ == "poss" or (t.pos_ == "PROPN" and t.dep_ == "compound")
        for t in before
    )


def _possessor(span: Span, person: Span) -> Span | None:
    """The organisation owning a role: in "Dario Amodei, Anthropic's chief executive", Anthropic
    (whatever label the model gave it)."""
    for token in span:
        if token.dep_ == "poss" and not (person.start <= token.i < person.end):
            if token.lower_ in lexicon.PRONOUNS or token.lower_ in ("his", "her", "their", "its"):
                return None
            return span.doc[token.left_edge.i : token.i + 1]
    return None


def _role(span: Span, taken: set[int]) -> str | None:
    """What is left of the source once its name and organisation are out: "CEO",
    "Defence Secretary", "chief executive"."""
    kept = [
        t
        for t in span
        if t.i not in taken
        and t.pos_ in _ROLE_POS
        and t.tag_ != "POS"
        and t.lower_.rstrip(".") not in lexicon.FORMS_OF_ADDRESS
    ]
    return _as_written(kept) or None


def _as_written(tokens: list[Token]) -> str:
    """Words joined as the text joins them: "co-founder", not "co - founder"."""
    pieces: list[str] = []
    for previous, token in zip([None, *tokens], tokens, strict=False):
        glued = previous is not None and previous.i == token.i - 1 and not previous.whitespace_
        if glued:
            pieces[-1] += token.text
        else:
            pieces.append(token.text)
    return " ".join(pieces)


def _proper_name(span: Span) -> str | None:
    """The proper-noun words around the head, when the model tagged no entity ("Anthropic")."""
    root = span.root
    if root.pos_ != "PROPN":
        return None
    words = [t for t in span if t.pos_ == "PROPN" and (t.i == root.i or t.head.i == root.i)]
    return " ".join(t.text for t in words)
