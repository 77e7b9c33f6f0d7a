"""The content of a clause verb ("said (that) ...", "told reporters ...", "wrote in the study
that ..."), and the repairs for the places the parser puts a reported clause where it does not
belong: after the addressee, on an adverb or a noun of the cue, as the cue's object, resumed
after a tag in mid-sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx import lexicon
from claimx.components import speakers
from claimx.components.attribution.draft import (
    SUBJECTS,
    an_inverted_tags_subject,
    indices,
)
from claimx.components.attribution.parentheticals import before_a_closing_tags_lost_subject
from claimx.components.attribution.report_goes_on import (
    a_list_the_parser_split,
    a_second_clause_of_the_content,
    content_resumed_after_the_tag,
    second_predicate_of_the_content,
    the_clauses_tail_on_the_cue,
)
from claimx.components.attribution.verbs import (
    ByDep,
    Reading,
    after_colon,
    colon_follows,
    complements_on_the_cues_side,
)
from claimx.components.lemmas import lemma_of


def clause_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "said (that) ...": after a colon, else the clausal complement on the cue's side (with
    the rest of the content after a tag in mid-sentence: "Prices will rise, the bank warned,
    and could peak in spring"), else a "that" clause the parser hung on a noun of the cue's
    ("wrote in the study that ...")."""
    if colon_follows(verb):
        return after_colon(verb)
    if an_inverted_tags_subject(verb) is not None:
        return _before_the_inverted_tag(verb)
    before_its_speaker = before_a_closing_tags_lost_subject(verb)
    if before_its_speaker:
        return before_its_speaker
    said_of_a_thing = a_report_on_its_antecedent(verb, by_dep)
    if said_of_a_thing:
        return said_of_a_thing
    if _ruled_out(verb, by_dep):
        return by_dep["dobj"]  # "ruled out job cuts this year": said there would be none
    if lemma_of(verb).lower() in lexicon.THAT_CLAUSE_VERBS:
        # "ruled that ...", or a closing tag: "The ban was unlawful, the court ruled."
        # not "Nike holds $10.7 billion", nor a passive ("...; guarantees will be accepted")
        closing = not by_dep.get("dobj") and not by_dep.get("auxpass")
        ruled = [
            c for c in by_dep.get("ccomp", []) if _marked_that(c) or (closing and c.i < verb.i)
        ]
        return ruled or (None if closing else set())
    if "ccomp" not in by_dep and lemma_of(verb).lower() in lexicon.ADDRESSEE_VERBS:
        told = _that_clause_after_the_addressee(by_dep)
        if told:
            return told
    if "ccomp" in by_dep:
        complements = complements_on_the_cues_side(verb, by_dep["ccomp"])
        complements = [c for c in complements if not _a_next_report_read_as_content(c, complements)]
        if all(c.i < verb.i for c in complements):
            complements = complements + content_resumed_after_the_tag(verb, by_dep)
        else:
            complements = complements + second_predicate_of_the_content(verb, by_dep)
            complements = complements + a_second_clause_of_the_content(verb, by_dep)
            complements = complements + a_list_the_parser_split(verb, by_dep, complements)
            complements = complements + the_clauses_tail_on_the_cue(verb, complements)
        complements = _with_that_clauses_after_and(by_dep, complements)
        complements += _a_gerund_subject_read_as_a_complement(verb, by_dep, complements)
        addressee = _addressee_in_the_subject(verb, by_dep)
        if addressee:
            return {i for part in complements for i in indices(part.subtree)} - addressee
        subject = _a_subject_read_as_an_object(verb, by_dep, complements)
        if subject is not None:
            end = max(c.right_edge.i for c in complements) + 1
            return {i for part in complements for i in indices(part.subtree)} | set(
                range(subject.left_edge.i, end)
            )
        return complements
    return (
        after_colon(verb)
        or _a_that_clause_read_as_a_preposition(verb, by_dep)
        or _a_clause_after_a_phrase_of_time(verb, by_dep)
        or _with_its_second_predicate(
            verb,
            by_dep,
            _with_that_clauses_after_and(by_dep, _that_clause_on_a_phrase(verb, by_dep)),
        )
        or _that_clause_on_an_adverb(by_dep)
        or _a_clause_read_as_an_object(verb, by_dep)
        or _what_was_said_is(verb)
        or _a_that_clause_after_an_adverb_of_time(verb, by_dep)
        or None
    )


def _a_subject_read_as_an_object(
    verb: Token, by_dep: ByDep, complements: list[Token]
) -> Token | None:
    """ "figures showed steel output among the biggest buyers had fallen", "said a new
    program, offering up to $30,000 to nurses, would begin in April": the parser read the
    reported clause's subject as the cue's object, leaving the clause without one. An object
    right after the cue (no addressee: "told reporters ..." is one), then a clause with no
    subject of its own, is that clause's subject."""
    objects = by_dep.get("dobj", [])
    if not objects or lemma_of(verb).lower() in lexicon.ADDRESSEE_VERBS:
        return None
    subject = objects[0]
    following = [c for c in complements if c.i > subject.i]
    if subject.left_edge.i != verb.i + 1 or not following:
        return None
    clause = following[0]
    if any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    return subject if clause.tag_ in ("VB", "VBD", "VBZ", "VBP", "VBN", "VBG") else None


def _a_gerund_subject_read_as_a_complement(
    verb: Token, by_dep: ByDep, complements: list[Token]
) -> list[Token]:
    """ "says closing four of the nine branches will save 1.2 million crowns": the parser may
    hang the reported clause's gerund subject on the cue, leaving the clause without one."""
    return [
        gerund
        for gerund in by_dep.get("xcomp", [])
        if gerund.tag_ == "VBG"
        and gerund.left_edge.i == verb.i + 1
        and any(
            c.left_edge.i == gerund.right_edge.i + 1
            and not any(s.dep_ in SUBJECTS for s in c.children)
            for c in complements
        )
    ]


def _a_that_clause_after_an_adverb_of_time(verb: Token, by_dep: ByDep) -> set[int]:
    """ "I have argued before that rents should be pegged ...": the parser reads "before" as
    the clause's conjunction; "before" dates the arguing, and the "that" clause is the report."""
    doc = verb.doc
    for clause in by_dep.get("advcl", []):
        before = clause.left_edge
        if before.i != verb.i + 1 or before.dep_ != "mark" or before.i + 1 >= len(doc):
            continue
        if doc[before.i + 1].lower_ == "that":  # a conjunction, or read as a determiner
            return set(range(before.i + 1, clause.right_edge.i + 1))
    return set()


def _what_was_said_is(verb: Token) -> list[Token]:
    """ "What the report does say is that the branches had 310,000 visits", "What he told MPs
    was that the deal was dead": in a pseudo-cleft the report is what the copula equates with
    the "what" the cue says."""
    copula = verb.head
    if verb.dep_ != "csubj" or lemma_of(copula).lower() != "be":
        return []
    if not any(c.lower_ == "what" and c.dep_ in ("dobj", "dative") for c in verb.children):
        return []
    return [c for c in copula.children if c.dep_ in ("ccomp", "attr") and c.i > copula.i]


def _before_the_inverted_tag(verb: Token) -> set[int]:
    """What stands before the comma of an inverted tag, from the sentence's start (after a
    colon or semicolon, if one breaks it)."""
    doc = verb.doc
    start = verb.sent.start
    for token in doc[start : verb.i - 1]:
        if token.text in (":", ";"):
            start = token.i + 1
    return {t.i for t in doc[start : verb.i - 1] if not t.is_space}


def _a_next_report_read_as_content(clause: Token, complements: list[Token]) -> bool:
    """ "The mayor said the plan was dead and warned that taxes would rise": the parser may
    make "warned" a second complement of "said"; a verb of saying with no subject of its own,
    after "and" and another complement, is the speaker's next report."""
    if not any(other.i < clause.i for other in complements):
        return False
    if any(c.dep_ in SUBJECTS for c in clause.children):
        return False
    before = clause.doc[clause.left_edge.i - 1] if clause.left_edge.i > 0 else None
    return (
        before is not None
        and before.dep_ == "cc"
        and lemma_of(clause).lower() in lexicon.CLAUSE_VERBS | lexicon.SPEECH_ACT_VERBS
    )


def a_report_on_its_antecedent(verb: Token, by_dep: ByDep) -> set[int]:
    """ "a $3.4-billion deal that the companies say will eliminate 900 jobs", "the staffing
    figures it says justify the change": a report in a relative clause, with a speaker of its
    own as subject, says its predicate of the noun the clause hangs on; the content is that
    noun (with its words before it) and the predicate."""
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ not in ("NOUN", "PROPN"):
        return set()
    if lemma_of(verb).lower() not in lexicon.SPEECH_VERBS | _SAYING_OF_A_THING:
        return set()  # "the only place where children learned to swim"
    subject = next((c for c in by_dep.get("nsubj", []) if c.i < verb.i), None)
    if subject is None or subject.lower_ in speakers.RELATIVE_PRONOUNS | {"that"}:
        return set()
    predicates = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.i > verb.i]
    if len(predicates) != 1 or any(
        c.dep_ in SUBJECTS and c.lower_ not in _RELATIVES for c in predicates[0].children
    ):
        return set()  # "the plan that he said we would back": the clause has its own subject
    predicate = predicates[0]
    return set(range(noun.left_edge.i, noun.i + 1)) | set(indices(predicate.subtree))


_SAYING_OF_A_THING = lexicon.word_set("claim insist argue estimate predict warn")
_RELATIVES = frozenset({"that", "which", "who"})  # the parser may make one the predicate's subject


def _ruled_out(verb: Token, by_dep: ByDep) -> bool:
    return (
        lemma_of(verb).lower() == "rule"
        and any(c.lower_ == "out" for c in by_dep.get("prt", []))
        and bool(by_dep.get("dobj"))
    )


def _a_that_clause_read_as_a_preposition(verb: Token, by_dep: ByDep) -> set[int]:
    """ "said last week that waiting until summer would be a mistake": the parser may take
    "that" for a preposition and the clause for its object."""
    for that in by_dep.get("prep", []):
        if that.lower_ == "that" and that.i > verb.i:
            objects = [c for c in that.children if c.dep_ in ("pcomp", "pobj")]
            if objects:
                return set(range(that.i + 1, max(o.right_edge.i for o in objects) + 1))
    return set()


def _a_clause_after_a_phrase_of_time(verb: Token, by_dep: ByDep) -> set[int]:
    """ "Trump said after the convention he would not accept it": the parser reads "after the
    convention he would not accept" as a clause of time; the phrase right after the cue dates
    the telling, and the clause from its own subject on is the report."""
    for clause in by_dep.get("advcl", []):
        phrase = next((c for c in clause.children if c.dep_ == "prep" and c.i == verb.i + 1), None)
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if phrase is None or subject is None or subject.left_edge.i != phrase.right_edge.i + 1:
            continue
        return set(range(subject.left_edge.i, clause.right_edge.i + 1))
    return set()


def _a_clause_read_as_an_object(verb: Token, by_dep: ByDep) -> list[Token]:
    """ "Police say about 200 fans without tickets gathered outside": the parser took the
    reported clause's subject for the object of "say" and its verb for a modifier. "Say"
    reports no thing ("said nothing" is no content): an object with a verb in it is a clause."""
    if lemma_of(verb).lower() not in _SAY or len(by_dep.get("dobj", [])) != 1:
        return []
    obj = by_dep["dobj"][0]
    if obj.lower_ in _INDEFINITES:
        return []  # "says something about the media that has ...": a thing said about
    after = [obj, *(c for c in verb.children if c.i > obj.i and c.dep_ == "prep")]
    if obj.i < verb.i or not any(t.pos_ == "VERB" for p in after for t in p.subtree if t.i > obj.i):
        return []
    return [obj]  # with the phrases after it (``builders._object_to_clause_end``)


_SAY = lexicon.word_set("say")


_INDEFINITES = lexicon.word_set("something nothing anything everything much little more less")


def _that_clause_on_an_adverb(by_dep: ByDep) -> list[Token]:
    """ "said earlier that she hoped ...", "said on Tuesday that ...": the parser hangs the
    "that" clause on the adverb of time after the cue."""
    return [
        clause
        for adverb in by_dep.get("advmod", []) + by_dep.get("npadvmod", [])
        for clause in adverb.children
        if clause.dep_ == "ccomp" and clause.i > adverb.i and _marked_that(clause)
    ]


def _addressee_in_the_subject(verb: Token, by_dep: ByDep) -> set[int]:
    """ "told the court officers had found cash": with no object of its own, "told" has its
    addressee at the head of the clause's subject, where the parser compounded it with the
    subject ("the court officers"): the words up to the last such compound are the addressee."""
    if lemma_of(verb).lower() not in lexicon.ADDRESSEE_VERBS:
        return set()
    if any(dep in by_dep for dep in ("dobj", "dative", "iobj", "nsubjpass", "auxpass")):
        return set()  # "Members were told the budget gap ...": the addressee is the subject
    for clause in by_dep.get("ccomp", []):
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if (
            subject is None
            or subject.left_edge.i != verb.i + 1
            or subject.tag_ not in ("NNS", "NN")
        ):
            continue
        compounds = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
        if compounds and compounds[-1].i == subject.i - 1 and compounds[-1].tag_ in _AUDIENCE:
            return set(range(subject.left_edge.i, subject.i))
    return set()


_AUDIENCE = frozenset({"NN", "NNS", "NNP"})


def _that_clause_after_the_addressee(by_dep: ByDep) -> list[Token]:
    """ "told a briefing that the lake would be drained": the parser reads a relative clause on
    the addressee, but one tells an audience a clause, not a briefing that one gave: "that"
    followed at once by the clause's own subject opens the content."""
    for addressee in by_dep.get("dobj", []):
        for clause in addressee.children:
            that = clause.left_edge
            if clause.dep_ == "relcl" and _a_clause_without_that(addressee, clause):
                return [clause]  # "told a judge he had tried to move money"
            if clause.dep_ not in ("relcl", "acl") or that.lower_ != "that":
                continue
            if any(_opens_after(c, that) for c in clause.children if c.dep_ in SUBJECTS):
                return [clause]
    return []


def _a_clause_without_that(addressee: Token, clause: Token) -> bool:
    """A clause right after the addressee that opens with its own subject, not a relative
    pronoun: "told a judge he had tried ..." (one tells a judge a clause)."""
    if addressee.lower_ in _INDEFINITES or addressee.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False  # "wouldn't tell the I.R.S. anything it doesn't already know"
    if any(c.dep_ == "dative" for c in addressee.head.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return (
        subject is not None
        and subject.left_edge.i == clause.left_edge.i == addressee.i + 1
        and subject.lower_ not in speakers.RELATIVE_PRONOUNS | {"that", "what"}
        and clause.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VB", "VBG")
    )


def _opens_after(subject: Token, that: Token) -> bool:
    """Does the subject's phrase open right after "that" (or take "that" in, as the parser
    may: "that households with medical needs could apply")? Not "that" itself."""
    return subject.i != that.i and subject.left_edge.i in (that.i, that.i + 1)


def _marked_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


def _with_that_clauses_after_and(by_dep: ByDep, clauses: list[Token]) -> list[Token]:
    """ "said that A and that B", "... told analysts on a call that A, and that B": the parser
    joins the second "that" clause to the cue."""
    return clauses + [c for c in by_dep.get("conj", []) if _marked_that(c)] if clauses else []


def _with_its_second_predicate(verb: Token, by_dep: ByDep, clauses: list[Token]) -> list[Token]:
    """ "said in a statement that it was saddened and was cooperating with investigators"."""
    return clauses + second_predicate_of_the_content(verb, by_dep, clauses) if clauses else []


def _that_clause_on_a_phrase(verb: Token, by_dep: ByDep) -> list[Token]:
    """ "wrote in the study that the strain spread faster", "said in a letter to staff that
    ...": the parser hangs the "that" clause on a noun of the cue's phrase. Only a complement
    clause (marked "that"), on a noun, opened by the first "that" after the cue."""
    doc = verb.doc
    first_that = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.lower_ == "that"), -1)
    preps = [
        p
        for part in [verb, *by_dep.get("dobj", [])]
        for p in part.children
        if p.dep_ in ("prep", "dative")  # "wrote in a note to clients that ..."
    ]
    for prep in preps:
        if prep.i < verb.i:
            continue
        for token in prep.subtree:
            # "told the AP in an interview that the city was broke": read as a relative
            # clause too, with "that" marking it and its own subject after it
            if token.dep_ not in ("acl", "ccomp", "relcl"):
                continue
            if token.head.pos_ not in ("NOUN", "PROPN"):
                continue
            marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ == "that"]
            if marks and marks[0].i == first_that:
                return [token]
            if _that_read_as_its_subjects_determiner(token, first_that):
                return [token]
    return []


def _that_read_as_its_subjects_determiner(clause: Token, that: int) -> bool:
    """ "told analysts on an earnings call that raw cotton had cost ...": the parser read
    "that raw cotton" as a noun phrase, the subject of a relative clause on "call"; a
    relative clause opened by its own subject's determiner is a complement clause."""
    return any(
        c.dep_ in SUBJECTS and c.i != that and c.left_edge.i == that for c in clause.children
    )
