"""Content readers for reports whose content is a noun phrase or a gerund, each with the
subject that makes it a report: proposals of an act ("recommended closing the pool"), what a
document shows or finds, an organisation's or experts' forecast of a figure, an estimate ("put
turnout at 61 percent"), a newsroom's "understands that", and what a document's text reads.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx.components.attribution.report_goes_on import the_clauses_tail_on_the_cue
from claimx.components.attribution.source_types import type_by_head_noun
from claimx.components.attribution.verbs import (
    ByDep,
    Reading,
    clause_fallback,
    complements_on_the_cues_side,
)
from claimx.components.entities import FIGURE_LABELS


def gerund_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "had recommended closing the building", "proposed scrapping the fee": the act proposed,
    a gerund right after the cue (with no object before it)."""
    if "dobj" in by_dep:
        return None
    gerunds = [
        c
        for c in by_dep.get("xcomp", []) + by_dep.get("ccomp", [])
        if c.tag_ == "VBG" and c.left_edge.i == c.i and c.i > verb.i
    ]
    return gerunds[:1] or None


def guidance_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "The company expects full-year revenue of $1.7 billion": an organisation's forecast of a
    figure is its claim (earnings guidance); a person expecting a thing ("fans expect a close
    match") or a figure-less hope reports nothing."""
    subject = next((c for c in by_dep.get("nsubj", [])), None)
    objects = by_dep.get("dobj", [])
    if subject is None or not objects:
        return None
    if not _an_organisation(subject) and type_by_head_noun(subject) != "anonymous":
        return None  # "Economists polled by Reuters expect two cuts this year" forecast too
    if not any(t.ent_type_ in FIGURE_LABELS for t in objects[0].subtree):
        return None
    return objects


def _an_organisation(noun: Token) -> bool:
    return noun.ent_type_ == "ORG" or type_by_head_noun(noun) == "organization"


def newsroom_understands_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "The BBC understands that the minister will resign": a news organisation reporting
    what it has been told (a person understanding something states a mind, not a report)."""
    subject = next((c for c in by_dep.get("nsubj", [])), None)
    if subject is None or not _an_organisation(subject) or verb.tag_ not in ("VBZ", "VBP"):
        return None
    return by_dep.get("ccomp")


def put_at_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "The commission put turnout at 61 percent", "Officials put the death toll at 40": an
    estimate of a figure ("put the book on the table" names none)."""
    objects = by_dep.get("dobj", [])
    at = [
        c
        for c in by_dep.get("prep", [])
        if c.lower_ in ("at", "on") and (not objects or c.i > objects[0].i)
    ]
    # "put turnout at 61 percent"; "put a fair value of 480p on the shares" (the figure first)
    where = [at[0]] if at and at[0].lower_ == "at" else objects
    if (
        not objects
        or not at
        or not any(t.ent_type_ in FIGURE_LABELS or t.like_num for p in where for t in p.subtree)
    ):
        return None
    estimate = objects + at
    return estimate + the_clauses_tail_on_the_cue(verb, estimate)  # "... once X is counted"


def assumption_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "The club's business plan assumes 19,000 spectators a game", "the budget assumes that
    fuel prices stay flat": what a document takes as given is its claim; a person assuming
    ("I assume you know") is thinking."""
    subject = next((c for c in by_dep.get("nsubj", [])), None)
    if subject is None or type_by_head_noun(subject) != "document":
        return None
    assumed = complements_on_the_cues_side(verb, by_dep.get("ccomp", []))
    return assumed or by_dep.get("dobj") or _a_figure_after_it(verb) or None


def _a_figure_after_it(verb: Token) -> list[Token]:
    """ "...; the club's business plan assumes 19,000.": a bare figure the parser hung
    elsewhere."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return [after] if after is not None and after.like_num else []


def document_reads_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "The letter reads: ...", "..., the statement read": what a document's text says (a
    person reading reports nothing); a quotation right before it is its content too."""
    subject = next((c for c in by_dep.get("nsubj", [])), None)
    if subject is None or type_by_head_noun(subject) != "document":
        return set()
    return clause_fallback(verb) or by_dep.get("ccomp")


def finding_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "Satellite images showed only a handful of vehicles", "the audit found a shortfall of
    $2m": what a document shows or finds is its claim, though only a noun phrase (a person
    showing a thing shows it; "the minister found a seat" reports nothing)."""
    subject = next((c for c in by_dep.get("nsubj", [])), None)
    if "dobj" not in by_dep or subject is None or type_by_head_noun(subject) != "document":
        return None
    return by_dep["dobj"]
