"""What a directive asks: "urged the administration to reconsider", "called on councils to
create car-free streets", "directed the corporation to cover all open drains within eight
weeks", "advising passengers not to travel unless their journey is essential", "urged
restraint". The addressee and everything asked, wherever the parser hung the infinitive.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import indices
from claimx.components.attribution.sources import a_headlines_passive_directive
from claimx.components.attribution.verbs import (
    ByDep,
    Reading,
    called_for,
    names_no_one,
)
from claimx.components.lemmas import lemma_of


def has_addressee(verb: Token, by_dep: dict[str, list[Token]]) -> bool:
    """An addressee: "urged the board to act", "called on the board to act"; not "asked not to
    be named"."""
    return "dobj" in by_dep or bool(addressed_on(by_dep))


def addressed_on(by_dep: dict[str, list[Token]]) -> list[Token]:
    """The addressee of "called on the president to act", "appealed to residents to save
    water" ("on" after the verb: in "The court on Thursday urged ...", Thursday is no
    addressee)."""
    return [
        obj
        # "called on students to boycott ...": "on" may be read as the verb's particle
        for prep in by_dep.get("prep", []) + by_dep.get("prt", [])
        if prep.i > prep.head.i
        and (prep.lower_ == "on" or (prep.lower_ == "to" and lemma_of(prep.head) == "appeal"))
        for obj in prep.children
        if obj.dep_ == "pobj" and obj.ent_type_ not in ("DATE", "TIME")
    ]


def urge_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "urged the administration to reconsider": addressee and infinitive; "urges vaccination
    in pregnancy", "urged restraint": what is urged, when the object names no one."""
    if lemma_of(verb).lower() in ("call", "appeal") and not addressed_on(by_dep):
        return None  # "called the mayor to complain": phoned; "called on X to" asks
    headline = a_headlines_passive_directive(verb)
    if headline:
        return _without_the_headlines_occasion(headline)
    if lemma_of(verb).lower() == "ask":
        asked_for = _asked_for(verb, by_dep)
        if asked_for:
            return asked_for
    asked = by_dep.get("xcomp", []) or _an_infinitive_read_as_a_purpose(by_dep)
    asked = asked or _an_infinitive_on_the_addressee(by_dep)
    if asked and has_addressee(verb, by_dep):
        parts = by_dep.get("dobj", []) + addressed_on(by_dep) + asked
        parts += _its_condition(asked, by_dep)
        more = _more_asked(verb, asked)
        return {i for part in parts for i in indices(part.subtree)} | more if more else parts
    objects = by_dep.get("dobj", [])
    if objects and _an_infinitive_hung_on_a_relative_clause(objects[0]):
        return objects  # its subtree holds the infinitive
    if lemma_of(verb).lower() == "urge" and objects and _a_thing_urged(objects[0]):
        return objects
    return _an_order_that(verb, by_dep) or None


_ORDERING = lexicon.word_set("order direct instruct")


def _an_order_that(verb: Token, by_dep: ByDep) -> list[Token]:
    """ "The judge ordered that Carrow be barred ...", "directed that the money be repaid":
    an order given as a clause (its subjunctive) is what was ordered."""
    if lemma_of(verb).lower() not in _ORDERING:
        return []
    return [
        clause
        for clause in by_dep.get("ccomp", [])
        if any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    ]


def _without_the_headlines_occasion(parts: list[Token]) -> set[int]:
    """ "Commuters urged to stay home as landslip closes line": the "as" clause is the news
    that occasioned the directive, not part of what is asked."""
    content = {i for part in parts for i in indices(part.subtree)}
    for part in parts:
        for clause in part.subtree:
            marks = {c.lower_ for c in clause.children if c.dep_ == "mark"}
            if clause.dep_ == "advcl" and marks & _OCCASIONS:
                content -= set(indices(clause.subtree))
    return content


_OCCASIONS = lexicon.word_set("as after while when amid")


def _asked_for(verb: Token, by_dep: ByDep) -> list[Token]:
    """ "is asking for the company to pay for new wells" (the parser reads "for" as the
    infinitive clause's conjunction), "asked for an independent survey" (what is asked for)."""
    clauses = [
        c
        for c in by_dep.get("advcl", [])
        if any(m.dep_ == "mark" and m.lower_ == "for" and m.i == verb.i + 1 for m in c.children)
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    if _the_writers_own_ask(verb):
        return []  # "I am asking for the number 14 to run ...": the columnist's own plea
    if clauses:
        return clauses
    # "a motion asking for an independent survey": a document's request; a person who "asked
    # for the information" made a request, an act (PolNeAR annotates none)
    return called_for(verb) if verb.tag_ == "VBG" and verb.dep_ in ("acl", "advcl") else []


def _the_writers_own_ask(verb: Token) -> bool:
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lower_ in ("i", "we") and verb.tag_ in ("VBG", "VBP")


def _more_asked(verb: Token, asked: list[Token]) -> set[int]:
    """ "urged residents to boil drinking water, wash their hands and avoid cut fruit": the
    parser may hang the later bare infinitives on the cue; they are asked too (not a finite
    act joined after them: "..., and called on rulers to ...")."""
    end = max(t.right_edge.i for t in asked)
    found: set[int] = set()
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.tag_ == "VB" and conj.i > end:
            found |= _bare_infinitives(conj)
            between = verb.doc[end + 1 : conj.left_edge.i]
            found |= {t.i for t in between if t.is_punct}  # the comma: one content
    return found


def _bare_infinitives(conj: Token) -> set[int]:
    found = {conj.i}
    for child in conj.children:
        if child.dep_ == "conj":
            if child.tag_ == "VB":
                found |= _bare_infinitives(child)
            continue
        if child.dep_ == "cc" and not any(
            c.dep_ == "conj" and c.tag_ == "VB" and c.i > child.i for c in conj.children
        ):
            continue  # the "and" before a finite act left out
        found |= {t.i for t in child.subtree}
    return found


def _an_infinitive_read_as_a_purpose(by_dep: ByDep) -> list[Token]:
    """ "directed the corporation to cover all open drains": the parser may read the
    infinitive right after the addressee as a clause of purpose."""
    objects = by_dep.get("dobj", []) or addressed_on(by_dep)  # "calls on the board to ..."
    if not objects:
        return []
    after = objects[-1].right_edge.i + 1
    return [
        c for c in by_dep.get("advcl", []) if c.left_edge.i == after and c.left_edge.lower_ == "to"
    ]


def _an_infinitive_on_the_addressee(by_dep: ByDep) -> list[Token]:
    """ "calling on councils to create car-free streets": the parser may hang the infinitive
    on the addressee ("councils to create"); it is what was asked (its subtree is the
    addressee's, so the addressee is read whole)."""
    for addressee in by_dep.get("dobj", []) + addressed_on(by_dep):
        after = addressee.i + 1
        if any(
            # "appealed to proprietors to cooperate": read as a relative clause too
            c.dep_ in ("acl", "relcl") and c.left_edge.i == after and c.left_edge.lower_ == "to"
            for c in addressee.children
        ):
            return [addressee]
    return []


def _its_condition(asked: list[Token], by_dep: ByDep) -> list[Token]:
    """ "advising passengers not to travel unless their journey is essential": a condition
    right after what was asked, hung by the parser on the cue, is part of it."""
    end = max(t.right_edge.i for t in asked)
    return [
        c
        for c in by_dep.get("advcl", [])
        if c.left_edge.i == end + 1 and c.left_edge.lower_ in _CONDITIONS
    ]


_CONDITIONS = lexicon.word_set("unless until if before when while")


def _an_infinitive_hung_on_a_relative_clause(addressee: Token) -> bool:
    """ "urging schools that were not included in the first round to register their interest":
    the parser hangs the infinitive asked for on the addressee's relative clause."""
    return any(
        clause.dep_ == "relcl"
        and clause.left_edge.lower_ in ("who", "that", "which")  # not "told a judge she had ..."
        and any(
            c.dep_ in ("xcomp", "acl", "advcl")  # "who could work from home to do so"
            and c.pos_ == "VERB"
            and c.right_edge.i == clause.right_edge.i
            and c.left_edge.lower_ == "to"
            for c in clause.subtree
        )
        for clause in addressee.children
    )


def _a_thing_urged(noun: Token) -> bool:
    """ "urged restraint", not "urged the minister" (an addressee with nothing asked)."""
    forms = {noun.lower_, lemma_of(noun).lower()}
    return names_no_one(noun) and not forms & (lexicon.OFFICE_NOUNS | lexicon.ANONYMOUS_NOUNS)
