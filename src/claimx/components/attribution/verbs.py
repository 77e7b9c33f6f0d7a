"""Where a reporting verb's content lies in the parse, by verb class: the readers that the
rule table gives each class, and the shapes they look for (colons, complements, parentheticals).
The clause verbs' reader, with its repairs of the parse, is ``clause_verbs``'.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx import lexicon
from claimx.components import speakers
from claimx.components.attribution.draft import SUBJECTS, after_comma, heading_of, in_a_heading
from claimx.components.attribution.next_acts import reporting_verb_of_next_act
from claimx.components.attribution.parentheticals import (
    closing_tag_at_the_root,
    inverted_content,
)
from claimx.components.attribution.source_types import type_by_head_noun
from claimx.components.attribution.sources import announced_with_pleasure, subject_of
from claimx.components.lemmas import lemma_of


def colon_follows(verb: Token) -> bool:
    """Does a colon follow the cue ("X said: ...", right after it or after a short adverbial)?"""
    doc = verb.doc
    return any(t.text == ":" for t in doc[verb.i + 1 : min(verb.i + 3, len(doc))])


def complements_on_the_cues_side(verb: Token, complements: list[Token]) -> list[Token]:
    """Drop a complement separated from the cue by a colon or semicolon: in "X happened on
    Friday: Republicans said they were convinced" only what follows the colon is the cue's."""
    doc = verb.doc
    kept = []
    for complement in complements:
        if complement.i < verb.i:
            between = doc[complement.right_edge.i : verb.i]
            if any(t.text in (":", ";") for t in between):
                continue
        kept.append(complement)
    return kept  # what stands before a colon or semicolon is another sentence's


def prepositional_objects(verb: Token, lemma: str) -> list[Token]:
    """What a report is about when a preposition carries it ("pointed to reports that ...")."""
    prepositions = lexicon.PREPOSITION_VERBS[lemma]
    return [
        obj
        for prep in verb.children
        if prep.dep_ in ("prep", "prt") and prep.lower_ in prepositions
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def called_for(verb: Token) -> list[Token]:
    """What is called for: "X called for an inquiry" (the object of "for")."""
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def reports_an_object(verb: Token) -> bool:
    """Is an object the report? Yes in "X announced a deal" and in the participle of "X
    rejected the findings, dismissing the report as a smear" (X's); not in "before announcing
    the closure", nor when a thing is the subject ("the dispute ... because it highlights a
    debate": a dispute reports nothing)."""
    if verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children):
        return participle_of_the_subject(verb)  # not "is demanding a rise of 11 percent"
    if _background_of_a_name(verb) or _an_indefinite_object(verb) or _a_demonstrative_object(verb):
        return False
    if subject_of(verb) is None:
        # "said it had facilitated the convoy and accused rebels of stealing": the speaker's
        # next act, the parser's conjunct of the reported clause
        return (
            reporting_verb_of_next_act(verb) is not None
            or _shares_the_subject(verb)
            or announced_with_pleasure(verb)
        )
    return not _a_thing_as_subject(verb)


def _shares_the_subject(verb: Token) -> bool:
    """ "The union criticised the plan and demanded a meeting": a second act of the main
    clause's subject (its head has a subject, and is the sentence's main verb), not a
    predicate inside a reported clause."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.i < verb.i
        and head.dep_ in ("ROOT", "advcl")  # "When the minister stood up and promised ..."
        and head.pos_ in ("VERB", "AUX")
        and subject_of(head) is not None
        and not _a_thing_as_subject(head)
    )


def _background_of_a_name(verb: Token) -> bool:
    """ "the Chamber of Commerce, which opposed the scheme, now says ...", "Cllr Lowry, who
    proposed the motion": a relative clause set off by a comma, in which the name took a
    side, is the writer's background on the name (a vote, a campaign), not a report of what
    was said ("which has denied any involvement" is one)."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    return (
        verb.dep_ == "relcl"
        and lemma_of(verb).lower() in lexicon.SIDE_TAKING_VERBS
        and subject is not None
        and subject.lower_ in ("who", "which")
        and subject.i > 0
        and verb.doc[subject.i - 1].text == ","
    )


def _a_demonstrative_object(verb: Token) -> bool:
    """ "Vesmir denies that, and its minister said ...": a demonstrative alone points at what
    was said elsewhere; it reports nothing here."""
    return lemma_of(verb).lower() in _DENIALS and any(
        c.dep_ == "dobj" and c.lower_ in ("that", "this") and not list(c.children)
        for c in verb.children
    )


_DENIALS = lexicon.word_set("deny dispute confirm reject")


def _an_indefinite_object(verb: Token) -> bool:
    """ "the next time the council proposes something ambitious": an indefinite pronoun names
    no proposal, so nothing is reported ("proposed nothing that would raise his taxes" does)."""
    return any(
        c.dep_ == "dobj"
        and c.lower_ in _INDEFINITE_PRONOUNS
        and not any(d.dep_ in ("relcl", "acl") for d in c.children)
        for c in verb.children
    )


_INDEFINITE_PRONOUNS = lexicon.word_set("something anything nothing everything")


def participle_of_the_subject(verb: Token) -> bool:
    """A participle set off by a comma after a main clause with a subject (", dismissing ...",
    ", calling it ..."): the subject of that clause says it. After a reported clause ("said
    the president would veto the bill, calling it ...") whose it is, is not clear."""
    head = verb.head
    return (
        verb.dep_ in ("advcl", "xcomp", "conj")
        and head.dep_ in ("ROOT", "conj")
        and verb.i > head.i
        and verb.i > 0
        and after_comma(verb)  # ", now forecasting ...": its adverb is in its left edge
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECTS for c in head.children)
    )


_THING_PRONOUNS = lexicon.word_set("it this")


def _a_thing_as_subject(verb: Token) -> bool:
    """Is the subject "it" standing for a thing? In "The dispute has drawn attention because it
    highlights ...", "it" is the clause above's subject: a common noun that names no one (no
    entity, no speaker, group or document noun) is a thing, and a thing evaluates nothing."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ not in _THING_PRONOUNS:
        return False
    above = verb.head if verb.dep_ in ("advcl", "ccomp", "conj") else None
    antecedent = next((c for c in above.children if c.dep_ in SUBJECTS), None) if above else None
    return antecedent is not None and names_no_one(antecedent)


def names_no_one(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and not noun.ent_type_ and type_by_head_noun(noun) is None


def as_phrase(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]


def after_colon(verb: Token) -> set[int]:
    """Content after a colon ("X said: ...") or a comma and a quotation ('X said, "...'),
    where the parser did not link it to the cue."""
    sent = verb.sent
    for token in sent[verb.i - sent.start + 1 :]:
        if token.i - verb.i > 6:
            break
        opens_quote = token.i + 1 < sent.end and token.nbor().text in OPENING_MARKS
        if token.text == ":" or (token.text == "," and opens_quote and token.whitespace_):
            return set(range(token.i + 1, sent.end))
    return set()


OPENING_MARKS = frozenset({'"', "“", "‘", "«", "''", "``"})


# --- the content readers of the verb classes (see rules.CUE_RULES) ---------------------------
# Each returns the content's parts (tokens whose subtrees it is), a set of token indices read
# directly, or None when the verb's arguments do not fit the class.

ByDep = dict[str, list[Token]]
Reading = list[Token] | set[int] | None


def label_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "labelled Anthropic a 'supply-chain risk'": object and predicate (or "as" phrase); the
    parser may give the predicate as a second object ("calling it a gift") or as the object's
    apposition ('called the offer "an insult"')."""
    objects = by_dep.get("dobj", [])
    if objects and objects[0].lower_ in speakers.RELATIVE_PRONOUNS | {"what", "whatever"}:
        return None  # "an explosion that the mayor described as ...": the object is outside
    if objects and ("oprd" in by_dep or as_phrase(verb)):
        return objects + by_dep.get("oprd", []) + as_phrase(verb)
    if objects and any(_a_quoted_or_adjective_predicate(p) for p in as_phrase(objects[0])):
        return objects  # "described the decision as ...": the parser hung "as" on the object
    if len(objects) >= 2 or (objects and by_dep.get("dative")):
        return by_dep.get("dative", []) + objects
    if objects and _adjacent_apposition(objects[0]):
        return objects
    if objects and _a_demonstrative_named(verb, objects[0]):
        return objects
    return None


def _a_demonstrative_named(verb: Token, noun: Token) -> bool:
    """ "Transport planners call this induced demand": the parser reads "this" as the name's
    determiner; "call this X" names what "this" points to."""
    first = noun.left_edge
    return (
        lemma_of(verb).lower() == "call"
        and first.lower_ in ("this", "that")
        and first.i == verb.i + 1
        and noun.i - first.i >= 2
    )


def _a_quoted_or_adjective_predicate(as_word: Token) -> bool:
    """ "as “a brilliant day”", "as unworkable": a label, not a role ("her role as a
    teacher")."""
    after = as_word.doc[as_word.i + 1] if as_word.i + 1 < len(as_word.doc) else None
    opens_quote = after is not None and after.text in OPENING_MARKS | {"‘", "“"}
    return opens_quote or any(c.pos_ == "ADJ" for c in as_word.children)


def _adjacent_apposition(noun: Token) -> bool:
    """An apposition right after the object, with no comma between ("the offer "an insult""),
    or a quoted phrase the parser hung on the object some other way ('the pay offer "a slap
    in the face"', 'the decision "improvised and unjust"', read as a participle)."""
    for child in noun.children:
        if child.i <= noun.i:
            continue
        between = noun.doc[noun.i + 1 : child.left_edge.i]
        if child.dep_ == "appos":
            return not any(t.text == "," for t in between)
        up_to_the_child = noun.doc[noun.i + 1 : child.i]  # the mark may hang on the child
        quoted = any(
            [t.text for t in span] in _OPENING_QUOTE for span in (between, up_to_the_child)
        )
        if child.pos_ in ("NOUN", "ADJ", "VERB") and quoted:
            return True
        if child.dep_ == "acl" and child.tag_ == "VBN" and child.i == noun.right_edge.i:
            return not between  # "called the images fabricated": the predicate, as a modifier
    return False


_OPENING_QUOTE = [['"'], ["“"], ["‘"]]


def clause_fallback(verb: Token) -> set[int]:
    """A clause verb with no complement: after a colon, or the clause around a parenthetical
    cue ("Prices will fall, the minister said")."""
    return (
        after_colon(verb)
        or inverted_content(verb)
        or closing_tag_at_the_root(verb)
        or _the_rest_of_a_headline(verb)
    )


def _the_rest_of_a_headline(verb: Token) -> set[int]:
    """ "...; premier warns worst yet to come": a headline's telegraphic report is the rest of
    its line after the cue, whatever the parser made of it."""
    if not in_a_heading(verb) or lemma_of(verb).lower() not in lexicon.HEADLINE_VERBS:
        return set()
    if verb.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "aux" for c in verb.children):
        return set()  # a headline reports in the present, without auxiliaries ("should say")
    if not any(c.dep_ in SUBJECTS and c.i < verb.i for c in verb.children):
        return set()
    heading = heading_of(verb)
    assert heading is not None  # in_a_heading above
    rest = [t.i for t in verb.doc[verb.i + 1 : heading.end] if not (t.is_punct or t.is_space)]
    return set(range(rest[0], rest[-1] + 1)) if len(rest) >= 2 else set()


def infinitive_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "promised to cut taxes": the infinitive."""
    return by_dep.get("xcomp")


def object_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "announced a deal": the object, when the verb has a subject that reports it."""
    if "dobj" in by_dep and reports_an_object(verb):
        return by_dep["dobj"]
    return None


def evaluation_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "attacked Clinton for her vote": the object with its for/as/over phrase. Not a source
    cited ("the agency, which cited the defence ministry": who said it, not what), nor a
    headline's topic ("Minister defends plan": a bare noun, nothing said about it)."""
    if "dobj" in by_dep and reports_an_object(verb):
        framing = [c for c in by_dep.get("prep", []) if c.lower_ in lexicon.EVALUATION_PREPOSITIONS]
        objects = by_dep["dobj"]
        if lemma_of(verb).lower() in lexicon.CITING_VERBS and _names_a_source(objects[0]):
            return None
        if not framing and in_a_heading(verb) and _a_bare_noun(objects[0]):
            return None
        return objects + framing
    return None


def _names_a_source(noun: Token) -> bool:
    """A person, an organisation or an office ("the defence ministry", "officials", "Reuters",
    "a police spokesman"), not a thing said or shown ("a 2019 study" is cited for what it says,
    and is content)."""
    if noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    forms = {noun.lower_, lemma_of(noun).lower()}
    kind = type_by_head_noun(noun)
    return kind in ("organization", "anonymous") or bool(forms & lexicon.OFFICE_NOUNS)


def _a_bare_noun(noun: Token) -> bool:
    """A noun alone, with no word of its own ("plan", not "the plan" or "plan to cut jobs")."""
    return not any(not (c.is_space or c.is_punct) for c in noun.children)


def call_for_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "called for an inquiry": the object of "for"."""
    objects = called_for(verb)
    return objects + _a_relative_clause_hung_on_the_cue(verb, objects) if objects else None


def preposition_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "pointed to reports that ...", "warned against cuts": the prepositional object."""
    objects = prepositional_objects(verb, lemma_of(verb).lower())
    return objects + _a_relative_clause_hung_on_the_cue(verb, objects) if objects else None


def _a_relative_clause_hung_on_the_cue(verb: Token, objects: list[Token]) -> list[Token]:
    """ "Coroner calls for lighting on road where cyclist was killed": the parser may hang the
    object's relative clause on the cue; a clause opening with "where", "when" or "which"
    right after the object is the object's."""
    end = max(o.right_edge.i for o in objects)
    return [
        clause
        for clause in verb.children
        if clause.dep_ in ("ccomp", "advcl", "relcl")
        and clause.left_edge.i == end + 1
        and clause.left_edge.lower_ in ("where", "when", "which", "whose")
    ]
