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
    after_comma,
    an_inverted_tags_subject,
    indices,
    quotation_closes_before,
)
from claimx.components.attribution.parentheticals import an_absolute_phrase_after_the_tag
from claimx.components.attribution.sources import state_of_mind_after_the_report
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
    said_of_a_thing = a_report_on_its_antecedent(verb, by_dep)
    if said_of_a_thing:
        return said_of_a_thing
    if _ruled_out(verb, by_dep):
        return by_dep["dobj"]  # "ruled out job cuts this year": said there would be none
    if lemma_of(verb).lower() in lexicon.THAT_CLAUSE_VERBS:
        # "ruled that ...", or a closing tag: "The ban was unlawful, the court ruled."
        closing = not by_dep.get("dobj")  # not "Nike holds $10.7 billion"
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
            complements = complements + _content_resumed_after_the_tag(verb, by_dep)
        else:
            complements = complements + _second_predicate_of_the_content(verb, by_dep)
            complements = complements + _a_second_clause_of_the_content(verb, by_dep)
            complements = complements + _a_list_the_parser_split(verb, by_dep, complements)
            complements = complements + the_clauses_tail_on_the_cue(verb, complements)
        complements += [c for c in by_dep.get("conj", []) if _marked_that(c)]
        addressee = _addressee_in_the_subject(verb, by_dep)
        if addressee:
            return {i for part in complements for i in indices(part.subtree)} - addressee
        return complements
    return (
        after_colon(verb)
        or _a_that_clause_read_as_a_preposition(verb, by_dep)
        or _a_clause_after_a_phrase_of_time(verb, by_dep)
        or _with_its_second_predicate(verb, by_dep, _that_clause_on_a_phrase(verb, by_dep))
        or _that_clause_on_an_adverb(by_dep)
        or _a_clause_read_as_an_object(verb, by_dep)
        or _what_was_said_is(verb)
        or _a_that_clause_after_an_adverb_of_time(verb, by_dep)
        or None
    )


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


_AUXILIARIES = lexicon.word_set(
    "could would will may might should can must shall has have had is are was were be"
)


def _content_resumed_after_the_tag(verb: Token, by_dep: ByDep) -> list[Token]:
    """In "Prices will keep rising, the bank warned, and could peak next spring" the parser
    coordinates the last part with the cue: a verb with an auxiliary (it is the content's
    predicate, not a second act of the speaker's: "..., the bank said, and raised rates"),
    after a comma and "and"/"but"; with a subject of its own too ("Cases have tripled, the
    institute said, and two infants have died"), unless it reports (another claim)."""
    found = []
    for conj in by_dep.get("conj", []):
        children = list(conj.children)
        if conj.i < verb.i:
            continue
        if any(c.dep_ in SUBJECTS for c in children) and (
            _reports(conj) or _after_a_quotation(verb)
        ):
            # "..., the bank said, and the minister warned ...": a report of its own;
            # '"He loves us," she said, and soon the balloons were dropping': the story goes on
            continue
        if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _AUXILIARIES for c in children):
            continue
        before = conj.doc[conj.left_edge.i - 2 : conj.left_edge.i]
        if len(before) == 2 and before[0].text == "," and before[1].dep_ == "cc":
            found.append(conj)
    return found + _a_reason_after_the_tag(verb)


def _a_reason_after_the_tag(verb: Token) -> list[Token]:
    """ "Revenue fell 4 per cent, the company said, as customers bought fewer sofas": a
    reason after a tag in mid-sentence goes on with the report. Not one about the speaker (a
    pronoun subject: ", she said, as she left the court")."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i or not after_comma(clause):
            continue
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if marks[:1] not in (["as"], ["because"]) or subject is None or subject.pos_ == "PRON":
            continue
        if not _reports(clause):
            found.append(clause)
    return found + an_absolute_phrase_after_the_tag(verb)


def _after_a_quotation(verb: Token) -> bool:
    """Does a closing quotation mark stand right before the tag ('"...," she said')?"""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    start = min(subject.left_edge.i if subject is not None else verb.i, verb.i)
    return quotation_closes_before(verb.doc[start])


def _reports(verb: Token) -> bool:
    return lemma_of(verb).lower() in lexicon.CUE_VERBS


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


_MODALS_AND_PROGRESSIVES = lexicon.word_set(
    "could would will may might should can must is are was were had"
)


def the_clauses_tail_on_the_cue(verb: Token, complements: list[Token]) -> list[Token]:
    """ "recommends that the branches close, because each has fewer than 200 visitors a week",
    "show no money set aside to reopen any branch", "carry 300 people a night, more than
    several daytime routes": the parser hangs the end of the reported clause (its reason, its
    purpose, a comparison, a condition) on the cue. What runs from the clause's end to the
    sentence's end, hung on the cue, goes on with the content; not a clause of time (the
    narrator's "as he left"), a participle (the speaker's next act: ", citing ..."), or a
    report of its own."""
    if not complements:
        return []
    doc = verb.doc
    end = max(c.right_edge.i for c in complements)
    sentence_end = verb.sent.end - 1
    while sentence_end > end and (doc[sentence_end].is_punct or doc[sentence_end].is_space):
        sentence_end -= 1
    tail = [c for c in verb.children if c.i > end and not (c.is_punct or c.is_space)]
    if not tail or max(c.right_edge.i for c in tail) != sentence_end:
        return []
    if not all(_goes_on_with_the_content(c) for c in tail):
        return []
    first = min(c.left_edge.i for c in tail)
    between = doc[end + 1 : first]
    if any(not (t.is_punct or t.is_space) for t in between):
        return []
    return [*between, *tail]  # the comma too: one content, not two fragments


_TAIL_DEPS = frozenset({"advcl", "advmod", "prep", "npadvmod"})
_TAIL_MARKS = lexicon.word_set("because unless if so provided once")


def _goes_on_with_the_content(token: Token) -> bool:
    if token.dep_ not in _TAIL_DEPS or token.tag_ == "VBG" or token.lower_ == "according":
        return False
    if lemma_of(token).lower() in lexicon.CUE_VERBS:
        return False
    if token.dep_ != "advcl":
        return token.dep_ != "prep" or token.lower_ not in _TIME_PREPOSITIONS
    marks = [c.lower_ for c in token.children if c.dep_ == "mark"]
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)
    return (not marks and infinitive) or (bool(marks) and marks[0] in _TAIL_MARKS)


_TIME_PREPOSITIONS = lexicon.word_set("after before during on at in since until")


def _a_list_the_parser_split(verb: Token, by_dep: ByDep, complements: list[Token]) -> list[Token]:
    """ "argued that the delay was caused by the pandemic, a shortage of cement and a freeze on
    approvals": the parser may hang the rest of a list that ends the reported clause on the
    cue, as its object; a noun right after the clause and its comma goes on with the content."""
    if not complements:
        return []
    doc = verb.doc
    comma = max(c.right_edge.i for c in complements)  # the clause's comma, or the one after it
    if doc[comma].text != ",":
        comma += 1
    if comma + 1 >= len(doc) or doc[comma].text != ",":
        return []
    if doc[comma - 1].pos_ not in ("NOUN", "PROPN"):
        return []
    return [
        noun
        for noun in by_dep.get("dobj", [])
        if noun.left_edge.i in (comma, comma + 1)
        and noun.pos_ in ("NOUN", "PROPN")
        and any(c.dep_ == "conj" for c in noun.children)
    ]


def _second_predicate_of_the_content(
    verb: Token, by_dep: ByDep, complements: list[Token] | None = None
) -> list[Token]:
    """ "said it was aware of the reports and was looking into them": the parser coordinates
    the second predicate of the reported clause with the cue. A verb after the complement,
    with no subject of its own and a modal or progressive auxiliary ("would", "was ...ing"),
    joined by "and"/"but", goes on with the content; a passive ("and was later arrested") or
    a finite verb ("and left") is the speaker's own story."""
    complements = by_dep.get("ccomp", []) if complements is None else complements
    if not complements:
        return []
    last = max(c.right_edge.i for c in complements)
    found = []
    for conj in by_dep.get("conj", []):
        children = list(conj.children)
        if conj.left_edge.i <= last or any(c.dep_ in SUBJECTS for c in children):
            continue
        if state_of_mind_after_the_report(conj):
            found.append(conj)
            continue
        auxiliaries = [c for c in children if c.dep_ == "aux"]
        if not auxiliaries or auxiliaries[0].lower_ not in _MODALS_AND_PROGRESSIVES:
            continue
        if auxiliaries[0].lower_ in ("is", "are", "was", "were") and conj.tag_ != "VBG":
            continue
        before = conj.doc[conj.left_edge.i - 1]
        if before.dep_ == "cc" and before.i > last:
            found += [before, conj]  # the "and" too, where the parser hung it on the cue
    return found


def _a_second_clause_of_the_content(verb: Token, by_dep: ByDep) -> list[Token]:
    """ "said the remorse was genuine but the tenants had been extraordinarily lucky": a clause
    with its own subject, joined to the reported one by "but"/"and" with no comma, in the
    tenses of reported speech (a pluperfect or a modal of the past) goes on with the content;
    a clause after a comma ("..., but the council approved it") is the narrator's."""
    complements = by_dep.get("ccomp", [])
    if not complements:
        return []
    last = max(c.right_edge.i for c in complements)
    found = []
    for conj in by_dep.get("conj", []):
        subject = next((c for c in conj.children if c.dep_ in SUBJECTS), None)
        if subject is None or conj.left_edge.i <= last or _reports(conj):
            continue
        before = conj.doc[conj.left_edge.i - 1]
        if before.dep_ != "cc" or before.i != last + 1:
            continue  # "but" right after the reported clause, with no comma between
        tenses = {c.lower_ for c in conj.children if c.dep_ == "aux"}
        if tenses & _REPORTED_TENSES:
            found.append(conj)
    return found


_REPORTED_TENSES = lexicon.word_set("had would could might")


def _with_its_second_predicate(verb: Token, by_dep: ByDep, clauses: list[Token]) -> list[Token]:
    """ "said in a statement that it was saddened and was cooperating with investigators"."""
    return clauses + _second_predicate_of_the_content(verb, by_dep, clauses) if clauses else []


def _that_clause_on_a_phrase(verb: Token, by_dep: ByDep) -> list[Token]:
    """ "wrote in the study that the strain spread faster", "said in a letter to staff that
    ...": the parser hangs the "that" clause on a noun of the cue's phrase. Only a complement
    clause (marked "that"), on a noun, opened by the first "that" after the cue."""
    doc = verb.doc
    first_that = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.lower_ == "that"), -1)
    preps = [
        p for part in [verb, *by_dep.get("dobj", [])] for p in part.children if p.dep_ == "prep"
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
    return []
