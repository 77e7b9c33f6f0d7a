"""Where a verb's report goes on past what the parser gave it: a second predicate or clause in
the tenses of reported speech ("said the firm was studying the ruling and was likely to
appeal"), a list, a reason, a purpose or a comparison the parser hung on the cue ("recommends
that the branches close, because ..."), and the rest of a report after a tag in mid-sentence
("Prices will keep rising, the bank warned, and could peak in spring"). The counterpart of
``report_ends``, which says where a report stops.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import (
    SUBJECTS,
    after_comma,
    grammatical_number,
    number_of_the_auxiliary,
    quotation_closes_before,
)
from claimx.components.attribution.next_acts import state_of_mind_after_the_report
from claimx.components.attribution.parentheticals import an_absolute_phrase_after_the_tag
from claimx.components.attribution.verbs import ByDep
from claimx.components.lemmas import lemma_of

_AUXILIARIES = lexicon.word_set(
    "could would will may might should can must shall has have had is are was were be"
)


def content_resumed_after_the_tag(verb: Token, by_dep: ByDep) -> list[Token]:
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
            reports(conj) or _after_a_quotation(verb)
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
        if not reports(clause):
            found.append(clause)
    return found + an_absolute_phrase_after_the_tag(verb)


def _after_a_quotation(verb: Token) -> bool:
    """Does a closing quotation mark stand right before the tag ('"...," she said')?"""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    start = min(subject.left_edge.i if subject is not None else verb.i, verb.i)
    return quotation_closes_before(verb.doc[start])


def reports(verb: Token) -> bool:
    return lemma_of(verb).lower() in lexicon.CUE_VERBS


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
    if token.dep_ == "conj":
        return _a_participle_read_as_a_conjunct(token)
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


def _a_participle_read_as_a_conjunct(token: Token) -> bool:
    """ "showed contamination was highest in boreholes sited less than 30 metres from
    latrines": a participle the tagger read as a past tense, joined to the cue with no "and"
    and no comma, describes the noun before it."""
    previous = token.doc[token.i - 1]
    return (
        token.tag_ in ("VBD", "VBN")
        and token.left_edge.i == token.i
        and not (previous.is_punct or previous.dep_ == "cc")
        and not any(c.dep_ == "cc" for c in token.head.children)
    )


def a_list_the_parser_split(verb: Token, by_dep: ByDep, complements: list[Token]) -> list[Token]:
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


def second_predicate_of_the_content(
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
        before = conj.doc[conj.left_edge.i - 1]
        if _agrees_only_with_the_report(verb, conj, complements):
            found += [before, conj] if before.dep_ == "cc" and before.i > last else [conj]
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


def _agrees_only_with_the_report(verb: Token, conj: Token, complements: list[Token]) -> bool:
    """ "the organiser tells us members "did not want to be here" but were left with no
    choice": "were" cannot be the organiser's; a predicate whose auxiliary agrees in number
    with the report's subject and not with the speaker goes on with the report."""
    speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    reported = next((s for c in complements for s in c.children if s.dep_ in SUBJECTS), None)
    if speaker is None or reported is None:
        return False
    wanted = number_of_the_auxiliary(conj)
    return wanted is not None and grammatical_number(reported) == wanted != grammatical_number(
        speaker
    )


def a_second_clause_of_the_content(verb: Token, by_dep: ByDep) -> list[Token]:
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
        if subject is None or conj.left_edge.i <= last or reports(conj):
            continue
        before = conj.doc[conj.left_edge.i - 1]
        if before.dep_ != "cc" or before.i != last + 1:
            continue  # "but" right after the reported clause, with no comma between
        tenses = {c.lower_ for c in conj.children if c.dep_ == "aux"}
        if tenses & _REPORTED_TENSES:
            found.append(conj)
    return found


_REPORTED_TENSES = lexicon.word_set("had would could might")
