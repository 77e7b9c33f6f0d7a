"""Bylines and credits are not claims: "Contributing: Sam Reed", "Reporting by Jane Doe;
Editing by Tom Hale", "Written by: Priya Das", "Additional reporting by ...", and links to other
articles ("Read more: Towns ask for disaster funds"). Their words look
like cues (a colon after a name, the verb "written"), so every draft whose cue sits on such a
line is dropped. So is every draft in an interviewer's question of a Q&A ("Q: You said the line
would open in May. What changed?"), or in a named speaker's turn that ends in a question ("TOM
BAIRD: A fall of a fifth sounds alarming. Is it?"): a question claims nothing, and what it
presupposes is not a claim of the person asked. A credit under a quotation ("— Ann Bo, Green,
who proposed the motion") names who said it and claims nothing of its own: a cue inside it is
dropped too."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from claimx.components.attribution.draft import Draft, TokenRange
from claimx.components.attribution.punctuation import DASH_CUES, PUNCTUATION_RULE, question_turns
from claimx.paragraphs import PARAGRAPH_BREAK

# A line that opens with a credit: what was done (and by whom), a colon or "by" after it.
CREDIT_LINE = re.compile(
    r"^\W*(?:additional\s+|with\s+additional\s+)?"
    r"(?:reporting|reported|writing|written|edited|editing|compiled|produced|contributing|"
    r"contributed|research|researched|photography|photographs?|photos?|graphics|illustrations?|"
    r"video|translation|translated|fact-checking|credits?)"
    r"\b(?:\s+(?:by|from|and\s+\w+\s+by))?\s*(?::|\bby\b)",
    re.IGNORECASE,
)


# A paragraph that opens with the interviewer's question: "Q:", "Q.", "Question:".
QUESTION_PARAGRAPH = re.compile(r"^\W*(?:Q|Question)\s*[:.]\s", re.IGNORECASE)
ANSWER_LINE = re.compile(r"^\W*(?:A|Answer)\s*[:.]\s", re.IGNORECASE)


def without_credit_lines(doc: Doc, text: str, drafts: list[Draft]) -> list[Draft]:
    turns = question_turns(text)
    credits = _dash_credits(drafts)
    return [
        draft
        for draft in drafts
        if not _on_credit_line(doc, text, draft)
        and not _in_a_question(doc, text, draft)
        and not any(start <= doc[draft.cue[0]].idx < end for start, end in turns)
        and not any(start <= draft.cue[0] < end for start, end in credits)
    ]


def _dash_credits(drafts: list[Draft]) -> list[TokenRange]:
    """The sources of the credits under quotations ("— Ann Bo, who proposed the motion"), less
    their first token (the tokeniser may join the dash to it, "-Prof.")."""
    return [
        (draft.source[0] + 1, draft.source[1])
        for draft in drafts
        if draft.rule == PUNCTUATION_RULE and draft.cue_lemma in DASH_CUES and draft.source
    ]


def _in_a_question(doc: Doc, text: str, draft: Draft) -> bool:
    """Is the cue in a question: the nearest line of its paragraph that opens with a label,
    at or before the cue, opens with "Q:" (not "A:")?"""
    cue_start = doc[draft.cue[0]].idx
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, cue_start)]
    paragraph_start = breaks[-1] if breaks else 0
    line_start = text.rfind("\n", 0, cue_start) + 1
    while True:
        line_end = text.find("\n", line_start)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        if QUESTION_PARAGRAPH.match(line):
            return True
        if ANSWER_LINE.match(line) or line_start <= paragraph_start:
            return False
        line_start = text.rfind("\n", 0, line_start - 1) + 1


def _on_credit_line(doc: Doc, text: str, draft: Draft) -> bool:
    cue_start = doc[draft.cue[0]].idx
    line_start = text.rfind("\n", 0, cue_start) + 1
    line_end = text.find("\n", cue_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    return CREDIT_LINE.match(line) is not None or LINK_LINE.match(line) is not None


# A line that points to another article ("Read more: Towns ask for disaster funds", "RELATED:
# ...", "See also: ..."): the other article's headline, not this one's report.
LINK_LINE = re.compile(
    r"^\W*(?:(?:also\s+)?read(?:\s+(?:more|also|next))?|related(?:\s+(?:stories|articles?|"
    r"coverage|news))?|see\s+also|more\s+on\s+this(?:\s+story)?|watch|listen|recommended|"
    r"(?:more|top)\s+stories|further\s+reading)\s*(?::|\||\u2013|\u2014|>>)",
    re.IGNORECASE,
)
