"""Where a verb's report stops: the speaker's next act joined to the reported clause ("said
margins had narrowed and suspended its dividend"), a question asked next, a participle of
report closing it (", citing rising costs"), and the day of the telling ("said on Tuesday it
would ...").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from claimx import lexicon
from claimx.components.attribution.draft import SUBJECTS, after_comma
from claimx.components.attribution.next_acts import reporting_verb_of_next_act
from claimx.components.lemmas import lemma_of


def a_second_act_closing_the_report(verb: Token, content: set[int]) -> set[int]:
    """ "had warned that the city faced a deficit, citing rising pension costs": a participle
    giving the speaker's grounds after a comma at the end of the reported clause is the
    speaker's next act (why they warned), not what they warned of. ("said the president would
    veto the bill, calling it 'dead on arrival'" keeps its label in the report.)"""
    doc = verb.doc
    last = max(content, default=-1)
    for i in sorted(content):
        act = doc[i]
        if act.dep_ != "advcl" or act.tag_ != "VBG" or not after_comma(act):
            continue
        if act.right_edge.i == last and lemma_of(act).lower() in lexicon.REASON_GIVING_VERBS:
            return set(range(act.left_edge.i - 1, act.right_edge.i + 1))
    return set()


def when_it_was_said(doc: Doc, after_cue: int, content: set[int]) -> set[int]:
    """ "said on Tuesday it would raise rates": the parser puts the day in the reported clause,
    but a phrase of time between the cue and the clause's subject dates the telling."""
    if after_cue not in content or after_cue >= len(doc):
        return set()
    phrase = doc[after_cue]
    if phrase.dep_ != "prep":
        return set()
    words = [t for t in phrase.subtree if t.i != phrase.i]
    end = phrase.right_edge.i + 1
    if not words or any(t.ent_type_ not in ("DATE", "TIME") for t in words):
        return set()
    subject_next = any(c.dep_ in SUBJECTS and c.left_edge.i == end for c in phrase.head.children)
    return set(range(after_cue, end)) if subject_next else set()


def _a_question_asked_next(conj: Token) -> bool:
    """ "said she feared more noise, and asked why the city had not looked elsewhere": a
    question joined to the reported clause is the speaker's next act (a question is no
    content of "said")."""
    if conj.dep_ != "conj" or lemma_of(conj).lower() not in lexicon.OPEN_QUESTION_VERBS:
        return False
    if any(c.dep_ in SUBJECTS for c in conj.children):
        return False
    return any(
        c.dep_ == "ccomp" and c.left_edge.lower_ in lexicon.QUESTION_WORDS for c in conj.children
    )


def the_speakers_next_act(verb: Token) -> set[int]:
    """In "The company said margins had narrowed and suspended its dividend" the parser joins
    "suspended" to the reported clause, but it is the company's next act
    (``sources.reporting_verb_of_next_act``): its words, with the "and" before it, leave the
    content."""
    removed: set[int] = set()
    for complement in _reported_clauses(verb):
        for conj in complement.children:
            if reporting_verb_of_next_act(conj) is None and not _a_question_asked_next(conj):
                continue
            removed |= set(range(conj.left_edge.i, conj.right_edge.i + 1))
            removed |= {
                c.i
                for c in complement.children
                # the "and" and a comma before it, not a quotation's marks
                if (c.dep_ == "cc" or c.text == ",") and complement.i < c.i < conj.i
            }
    return removed


def _reported_clauses(verb: Token) -> list[Token]:
    """The verb's complements, and a "that" clause on a noun of its phrase ("said in a
    statement that ...")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.i > verb.i:
            nouns = [c for c in prep.children if c.dep_ == "pobj"]
            clauses += [c for n in nouns for c in n.children if c.dep_ == "acl"]
    return clauses
