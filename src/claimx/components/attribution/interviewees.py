"""Who answers a "Q. / A." transcript: the person its introduction opens with, or the last
person it names before the first question, but never the interviewer it also names ("She
spoke to Tom Ferris", "By Tom Ferris").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimx import lexicon


def interviewee(doc: Doc, text: str, first_question: re.Match[str]) -> tuple[int, int] | None:
    """Who answers: the last person named before the first question, as the introduction
    first names them in full ("Jon Vik has been harbour master ... Vik spent ... We spoke to
    Jon Vik": the first "Jon Vik"), so that every answer has the same source, the one a reader
    meets first. The headline's mention is not the introduction's, and the tagger may have
    missed the introduction's: the name is looked for as words."""
    introduced = _the_introductions_subject(doc, text, first_question.start())
    if introduced is not None:
        return introduced
    people = [
        e
        for e in doc.ents
        if e.label_ == "PERSON"
        and e.end_char <= first_question.start()
        and not _the_interviewer(doc, e.start)
    ]
    if not people:
        return _last_name(doc, first_question)
    named = max((e for e in people if e[-1].lower_ == people[-1][-1].lower_), key=len)
    headline_end = text.find("\n", len(text) - len(text.lstrip()))
    pattern = re.compile(rf"(?<!\w){re.escape(named.text)}(?!\w)")
    first = pattern.search(text, max(headline_end, 0), first_question.start())
    span = doc.char_span(*first.span(), alignment_mode="expand") if first else None
    found = (span.start, span.end) if span is not None else (named.start, named.end)
    return _with_given_names(doc, found)


def _the_introductions_subject(doc: Doc, text: str, before: int) -> tuple[int, int] | None:
    """ "Kirra Wellings has captained the club for six years ... She spoke to Tom Ferris.": the
    paragraph before the first question opens with the one who answers."""
    paragraph_end = len(text[:before].rstrip())
    paragraph_start = text.rfind("\n", 0, paragraph_end) + 1
    span = doc.char_span(paragraph_start, paragraph_end, alignment_mode="expand")
    if span is None:
        return None
    words = [t for t in span if not t.is_space]
    name = []
    for token in words:
        if token.pos_ != "PROPN" or not token.is_title:
            break
        name.append(token)
    after = words[len(name)] if len(name) < len(words) else None
    if (
        len(name) < 2
        or after is None
        or after.dep_ == "compound"
        or after.pos_ not in ("VERB", "AUX")
    ):
        return None
    return name[0].i, name[-1].i + 1


def _the_interviewer(doc: Doc, start: int) -> bool:
    """ "She spoke to Tom Ferris", "interviewed by Tom Ferris", a byline "By Tom Ferris": the
    one who asks, named after the one who answers."""
    before = [t.lower_ for t in doc[max(start - 2, 0) : start]]
    if before[-1:] == ["by"]:
        return len(before) < 2 or before[0] in ("interviewed", "\n", "\n\n") or start < 2
    we_spoke = start >= 3 and doc[start - 3].lower_ in ("we", "i")  # "We spoke to Ana Reyes"
    return before[-1:] == ["to"] and before[0] in _SPOKE and not we_spoke


_SPOKE = lexicon.word_set("spoke talked speaking talking")


def _with_given_names(doc: Doc, name: tuple[int, int]) -> tuple[int, int]:
    """The tagger may tag the surname alone ("Ines [Kowalczyk]"): the capitalised proper nouns
    right before it (a line break is a token of its own, and stops it) are the name's too."""
    start = name[0]
    while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title:
        if doc[start - 1].ent_type_ not in ("", "PERSON"):
            break
        start -= 1
    return start, name[1]


def _last_name(doc: Doc, before: re.Match[str]) -> tuple[int, int] | None:
    """The last run of two or more proper nouns before a position (a name the model did not
    tag as a person), not in an entity of another kind ("Rui Tavares has been chief executive
    of Marlow City Football Club": the club is not who answers)."""
    runs: list[tuple[int, int]] = []
    for token in doc:
        if token.idx >= before.start():
            break
        if token.ent_type_ and token.ent_type_ not in _MAYBE_A_PERSON:
            continue
        if token.pos_ == "PROPN" and runs and runs[-1][1] == token.i:
            runs[-1] = (runs[-1][0], token.i + 1)
        elif token.pos_ == "PROPN":
            runs.append((token.i, token.i + 1))
    names = [run for run in runs if run[1] - run[0] >= 2 and not _names_a_thing(doc, run)]
    return names[-1] if names else None


# The small model tags some names of people as buildings or works ("Yvonne Thibodeau-Marsh",
# FAC); never as organisations or places.
_MAYBE_A_PERSON = frozenset({"PERSON", "FAC", "WORK_OF_ART", "PRODUCT"})


def _names_a_thing(doc: Doc, run: tuple[int, int]) -> bool:
    """ "the Gulf Shore fleet": a run of proper nouns that modifies a common noun."""
    last = doc[run[1] - 1]
    return last.dep_ == "compound" and last.head.pos_ == "NOUN"
