"""Who made a claim: the source phrase on the parse (subject, agent, a governing verb's
subject), and its type (person, organisation, anonymous, document, pronoun)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx import lexicon
from claimx.components import speakers
from claimx.components.attribution.draft import (
    a_second_subject_from_the_report,
    an_inverted_tags_subject,
    heading_of,
    in_a_heading,
)
from claimx.components.attribution.next_acts import reporting_verb_of_next_act
from claimx.components.attribution.parentheticals import a_closing_tags_lost_subject
from claimx.components.attribution.source_types import type_by_head_noun
from claimx.components.lemmas import lemma_of


def verb_source(verb: Token) -> tuple[int, int] | None:
    """The speaker: the subject, the agent of a passive, or the subject of a governing verb."""
    if _told_at_a_headlines_end(verb) or a_headlines_passive_directive(verb):
        return None
    lost = a_closing_tags_lost_subject(verb)
    if lost is not None:
        return source_range(lost)
    current: Token | None = verb
    for _ in range(4):  # follow conj / advcl / xcomp chains a few steps, no further
        if current is None:
            break
        subject = (
            _the_shared_subject_of_a_passive(current, governs=current is not verb)
            or subject_of(current)
            or _subject_read_as_an_apposition(current)
            or _the_one_quoted(current, governs=current is not verb)
        )
        if subject is not None:
            return subject
        if current.dep_ == "relcl":
            return source_range(current.head, cut_at=current)
        document = _the_noun_of_a_participle(current)
        if document is not None:
            return _phrase_before(current.doc, document.left_edge.i, current.i)
        if _a_passive_without_its_agent(current):
            return None  # "she had raised concerns but had been told ...": she was told
        current = _governing_verb(current)
    return _subject_the_parser_lost(verb)


def _the_shared_subject_of_a_passive(verb: Token, governs: bool) -> tuple[int, int] | None:
    """ "The society said it was disappointed by the decision and would encourage members to
    ...": a verb joined to a passive shares its subject ("it"), not its agent; the agent
    speaks only for the passive verb of telling itself ("was told by the head of planning")."""
    if not governs or not any(c.dep_ == "agent" for c in verb.children):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return source_range(subject) if subject is not None else None


# Verbs of telling and asking whose passive names the addressee as subject ("she had been
# told", "Drivers urged to stay at home"): the teller, if named at all, comes after "by".
_TELLING = lexicon.ADDRESSEE_VERBS | lexicon.word_set("ask urge order")


def a_headlines_passive_directive(verb: Token) -> list[Token]:
    """ "Drivers urged to stay at home", "Parents told to keep children indoors": in a
    headline, a directive's participle with an infinitive and no object is a passive without
    its "are"; the addressee and what is asked are the content, and no one is named."""
    if verb.tag_ not in ("VBN", "VBD") or lemma_of(verb).lower() not in _TELLING:
        return []
    if any(c.dep_ == "dobj" for c in verb.children) or not in_a_heading(verb):
        return []
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    asked = [c for c in verb.children if c.dep_ == "xcomp" and c.left_edge.i == verb.i + 1]
    if not subjects or not asked or asked[0].left_edge.lower_ != "to":
        return []
    return subjects + asked


def _told_at_a_headlines_end(verb: Token) -> bool:
    """ "Owner set fire to his shop for the insurance, jury told": a headline's last word
    "told", with nothing after it, is a passive without its "was"; the jury was told, by whom
    the headline does not say."""
    after = [c for c in verb.children if c.i > verb.i and not (c.is_punct or c.is_space)]
    if verb.lower_ != "told" or after:
        return False
    line = heading_of(verb)
    return line is not None and all(
        t.is_punct or t.is_space for t in verb.doc[verb.i + 1 : line.end]
    )


def _the_noun_of_a_participle(verb: Token) -> Token | None:
    """ "a petition of 2,300 signatures calling on the council to ...", "a report warning that
    ...", "read a statement from the board saying ...": the document (or the people) the
    participle describes says it."""
    if verb.tag_ != "VBG":
        return None
    noun = verb.head if verb.dep_ == "acl" else _an_object_right_before(verb)
    if noun is None:
        return None
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "a petition of 2,300 signatures"
        noun = noun.head.head
    if type_by_head_noun(noun) in ("document", "organization"):
        return noun
    # "despite planning officers recommending that it be approved", "residents vowing to
    # fight the plan": people the participle hangs on, as its subject
    if verb.dep_ == "acl" and (noun.tag_ in ("NNS", "NNPS") or noun.ent_type_ == "PERSON"):
        return noun
    return None


def _an_object_right_before(verb: Token) -> Token | None:
    """ "published a consultation paper saying ...": the parser may hang the participle on
    the verb; the object it follows is what it describes."""
    if verb.dep_ != "advcl" or verb.i == 0:
        return None
    objects = [c for c in verb.head.children if c.dep_ == "dobj"]
    return next((o for o in objects if o.right_edge.i == verb.i - 1), None)


def _a_passive_without_its_agent(verb: Token) -> bool:
    """A passive verb of telling names its addressee as subject, and its teller, if at all,
    after "by": a verb it is joined to gives no teller."""
    return lemma_of(verb).lower() in _TELLING and any(c.dep_ == "auxpass" for c in verb.children)


def _subject_the_parser_lost(verb: Token) -> tuple[int, int] | None:
    """A cue whose subject the parser gave away: "The regional body, the Council of River
    States, called on ...", "Lawmakers from both parties called on ..." (a sentence with no
    verb of its own: the cue read as a participle on its noun), "The assistant manager, Dev
    Mistry, who took charge with the manager suspended, claimed ..." (the subject given to a
    verb inside the relative clause). The noun phrase that opens the sentence is the
    subject."""
    doc = verb.doc
    start = verb.sent.start
    root = verb.sent.root
    if verb.dep_ == "acl" and root.pos_ in ("NOUN", "PROPN") and root.left_edge.i == start:
        return _phrase_before(doc, start, verb.i) if root.i < verb.i else None
    if verb.i == start or doc[verb.i - 1].text != ",":
        return None
    if verb.dep_ == "appos" and root.pos_ in ("NOUN", "PROPN") and verb.head.i == root.i:
        # "The regulations, gazetted in February, state that ...", a verb read as a noun
        return _phrase_before(doc, start, verb.i)
    if verb.dep_ == "conj" and root.pos_ not in ("VERB", "AUX") and verb.head.i == root.i:
        # "The cabinet member responsible, Cllr Gareth Pryce, told ...": read as an adjective's
        return _phrase_before(doc, start, verb.i)
    if verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    opening = [t for t in doc[start : verb.i] if t.dep_ in SUBJECT_DEPS and t.left_edge.i == start]
    return source_range(opening[0]) if opening and opening[0].pos_ in ("NOUN", "PROPN") else None


SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _phrase_before(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The words from ``start`` up to the cue, without the punctuation before the cue."""
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if end > start else None


def _the_one_quoted(verb: Token, governs: bool) -> tuple[int, int] | None:
    """ "He was quoted as saying ...", "She is reported to have said ...": the passive's
    subject is the one who said it; so is, for a participle it governs, the subject of "are
    said to have lobbied ..., warning that ..." (but "Members were told" names the told)."""
    lemmas = {"quote", "report", "hear"} | (lexicon.SOURCELESS_VERBS if governs else set())
    if lemma_of(verb).lower() not in lemmas:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return source_range(subject) if subject is not None else None


def _subject_read_as_an_apposition(verb: Token) -> tuple[int, int] | None:
    """ "Despite protests from the owners' lawyers, the Court of Appeal held that ...": with
    no subject, the parser made the subject an apposition inside the phrase before it. A
    definite noun phrase after a comma, ending right before the verb, of a main verb that
    opens with that phrase, is the subject."""
    doc = verb.doc
    if verb.i < 2 or verb.dep_ != "ROOT" or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None
    before = doc[verb.i - 2] if doc[verb.i - 1].text == "," else doc[verb.i - 1]
    phrase = next(
        (t for t in [before, *before.ancestors] if t.dep_ == "appos" and t.right_edge == before),
        None,
    )
    if phrase is None or phrase.left_edge.i < 2 or doc[phrase.left_edge.i - 1].text != ",":
        return None
    # "Despite protests ..., the court held", "Speaking at the launch, Mrs. Ojo said"
    fronted = any(c.dep_ in ("prep", "advcl") and c.i < phrase.i for c in verb.children)
    if not fronted or not (phrase.left_edge.lower_ in ("the", "a", "an") or phrase.pos_ == "PROPN"):
        return None
    found = source_range(phrase)
    if found is None:
        return None
    # "the Managing Director of Kestrel Bank, Mrs. Halima Ojo": the title before the name too
    before_the_name = doc[phrase.left_edge.i - 2]
    title = next(
        (
            t
            for t in [before_the_name, *before_the_name.ancestors]
            if t.dep_ == "appos" and t.left_edge.i > 0 and doc[t.left_edge.i - 1].text == ","
        ),
        None,
    )
    return (title.left_edge.i, found[1]) if title is not None else found


def _governing_verb(verb: Token) -> Token | None:
    """The verb whose subject a subjectless cue shares: "smiled and said" (conj), "left,
    saying" (advcl), "wants to say" (xcomp), "by telling them" (through the preposition),
    "issued a statement calling" (through the object)."""
    head = verb.head
    reporting = reporting_verb_of_next_act(verb)
    if reporting is not None:
        return reporting  # "said crews were working and warned that ...": the one who said
    if verb.dep_ in ("conj", "advcl", "xcomp") and head.pos_ in ("VERB", "AUX"):
        return head
    if _a_second_complement_after_and(verb):
        return head  # "said the plan was dead and warned ...": read as "said"'s complement
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if verb.dep_ == "acl" and head.dep_ == "dobj" and head.head.pos_ in ("VERB", "AUX"):
        return head.head
    if announced_with_pleasure(verb):
        return head.head  # "Acme is pleased to announce": through "pleased" to "is"
    return None


def _a_second_complement_after_and(verb: Token) -> bool:
    previous = verb.doc[verb.left_edge.i - 1] if verb.left_edge.i > 0 else None
    return (
        verb.dep_ == "ccomp"
        and previous is not None
        and previous.dep_ == "cc"
        and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.head.children)
    )


def announced_with_pleasure(verb: Token) -> bool:
    """ "Acme is pleased to announce a partnership", "we are delighted to confirm": the press
    release's formula makes the announcement it speaks of."""
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.dep_ == "acomp"
        and head.lower_ in lexicon.PLEASED_ADJECTIVES
        and head.head.pos_ in ("VERB", "AUX")
    )


def subject_of(verb: Token) -> tuple[int, int] | None:
    for child in verb.children:
        if child.dep_ == "agent":
            objects = [c for c in child.children if c.dep_ == "pobj"]
            return source_range(objects[0]) if objects else None
    own = a_second_subject_from_the_report(verb) or an_inverted_tags_subject(verb)
    if own is not None:
        return source_range(own)
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in speakers.RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                # "Democrats, who have argued ...": the speaker is the antecedent, written
                # right there (PolNeAR marks the pronoun; a reader wants who it was)
                return source_range(verb.head, cut_at=verb) or (child.i, child.i + 1)
            if child.lower_ in ("it", "there") and child.dep_ == "expl":
                return None
            found = _with_split_subjects(verb, child, source_range(child))
            if found is not None:
                return found
            # a "subject" of punctuation only ("cross-examination" split at its hyphen):
            # the verb's next subject is the speaker
    return None


def _with_split_subjects(
    verb: Token, first: Token, found: tuple[int, int] | None
) -> tuple[int, int] | None:
    """ "Acme co-founder Jan Duval said": the parser may split a hyphenated phrase into several
    subjects of one verb ("co", "-", "Duval"); subjects that touch, with no comma or "and"
    between them, are one source."""
    if found is None:
        return None
    start, end = found
    for child in verb.children:
        if child.dep_ != "nsubj" or child.i <= first.i:
            continue
        if child.is_punct and child.i == end and child.text != ",":
            end = child.i + 1  # the hyphen itself, parsed as a subject
            continue
        following = source_range(child)
        if following is None or following[0] != end:
            break
        end = following[1]
    return start, end


def source_range(head: Token, cut_at: Token | None = None) -> tuple[int, int] | None:
    """The source phrase around ``head``, without comma-separated relative clauses."""
    start, end = head.left_edge.i, head.right_edge.i + 1
    for child in head.children:
        set_off = child.left_edge.i > 0 and head.doc[child.left_edge.i - 1].text == ","
        cut = cut_at is not None and child.i == cut_at.i  # tokens are views: compare places
        if child.i > head.i and (cut or (child.dep_ in ("relcl", "acl") and set_off)):
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


def clause_head(token: Token) -> Token:
    """The nearest verb (or the sentence root) governing ``token``."""
    current = token.head
    while current.head.i != current.i and current.pos_ not in ("VERB", "AUX"):
        current = current.head
    return current
