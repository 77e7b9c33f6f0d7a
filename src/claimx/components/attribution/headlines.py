"""Attributions in Title Case headlines, which the parser reads badly.

"Senator Rips Budget Plan As A 'Fraud'", "Obama Vows To Veto The Bill": in Title Case every word
looks like a name to the tagger, so the verb is missed and the parse finds no report. A
headline (the article's first line, or a heading) in Title Case is read by its words instead:
a capitalised source of a few words, a headline verb of reporting, then the content.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from claimx import inflection, lexicon
from claimx.components.attribution.draft import Draft
from claimx.components.doctext import doc_text
from claimx.components.extensions import HEADINGS_KEY

HEADLINE_RULE = "headline"

# The verbs headlines report with, as they are written there (present tense, third person).
_HEADLINE_CUES: dict[str, str] = {
    inflection.third_person(lemma): lemma for lemma in lexicon.HEADLINE_VERBS
}
# The same verbs after a plural source ("Black Lawmakers Rip ...", "Bolton And Gorka Slam"):
# after a singular one they are nouns ("... Biggest Attack", "Bombshell Claim").
_PLURAL_CUES = frozenset(_HEADLINE_CUES.values())
# Small words a source may hold ("Secretary Of State", "Bolton And Gorka"); with any other the
# words before the verb are a clause of their own ("Trump Just Responded To Rubio's ...").
_SOURCE_SMALL_WORDS = lexicon.word_set("of and")
# A headline that opens with one of these asks or explains; it names no source.
_NOT_SOURCE_STARTS = lexicon.word_set("why how what when where who which whether if the a an")
_MAX_SOURCE_WORDS = 6
_MIN_CONTENT_WORDS = 2
# Words a Title Case headline leaves in lower case.
_SMALL_WORDS = lexicon.word_set("a an the and or but of to in on at by for with from as vs via")
_WORD = re.compile(r"[A-Za-z][\w’'.-]*")


def with_whole_headline_reports(doc: Doc, drafts: list[Draft]) -> None:
    """ "Ferry runs aground off Kessary Island; 14 hurt, officials say": a tag closing a
    headline reports all of the headline before it, whatever the parser made of the semicolon
    (it reads "14 hurt" as a sentence of its own)."""
    text = doc_text(doc)
    for start, end in _headline_lines(doc, text):
        line = doc.char_span(start, end, alignment_mode="expand")
        if line is None:
            continue
        for draft in drafts:
            if not (line.start <= draft.cue[0] < line.end) or not draft.content_tokens:
                continue
            words_after = [t for t in doc[draft.cue[1] : line.end] if not t.is_punct]
            content_end = max(draft.content_tokens)
            if len(words_after) > _MAX_WORDS_AFTER_THE_CUE or content_end >= draft.cue[0]:
                continue
            if min(draft.content_tokens) > line.start and _a_clause_break_before(doc, draft):
                draft.content_tokens |= set(range(line.start, content_end + 1))


def _a_clause_break_before(doc: Doc, draft: Draft) -> bool:
    """A semicolon between the line's start and the content (not a colon: "Storm: power cut
    to 3,000 homes, operator says" has a label before it)."""
    first = min(draft.content_tokens)
    return any(t.text == ";" for t in doc[max(first - 2, 0) : first])


def with_headline_drafts(doc: Doc, drafts: list[Draft]) -> list[Draft]:
    """The drafts with the headlines' own: an inverted tag's reading replaces the parser's of
    the same cue ("Six killed in blast, owner absconding, say police": the parser made the
    report the subject of "say")."""
    found = list(headline_drafts(doc, drafts))
    parsed = {d.cue: d for d in drafts}
    misread = {
        d.cue for d in found if d.cue in parsed and _subject_from_the_report(doc, parsed[d.cue], d)
    }
    kept = [d for d in found if d.cue not in parsed or d.cue in misread]
    return [d for d in drafts if d.cue not in misread] + kept


def _subject_from_the_report(doc: Doc, parsed: Draft, inverted: Draft) -> bool:
    """Did the parser take the inverted tag's source for what was said ("..., say police":
    "police")? Not in "Appeal Court quashes conviction, says trial judge erred", where the
    words after "says" are a clause of the court's."""
    if inverted.source is None or not parsed.content_tokens:
        return False
    said = [doc[i] for i in sorted(parsed.content_tokens)]
    # "police", a bare noun read as what was said; not a clause ("said the talks would go on")
    bare = not any(t.pos_ in ("VERB", "AUX") for t in said)
    return bare and said[0].i == inverted.source[0]


def headline_drafts(doc: Doc, drafts: list[Draft]) -> Iterator[Draft]:
    """Drafts for the headlines in which no other draft has its cue: Title Case ones read by
    their words, and any with the source after the content ("..., sources say")."""
    text = doc_text(doc)
    taken = [doc[d.cue[0]].idx for d in drafts if d.content_tokens or d.quotations]
    for start, end in _headline_lines(doc, text):
        inverted = _read_inverted(doc, text, start, end)
        report_end = doc[max(inverted.content_tokens)].idx if inverted is not None else end
        own_cue = doc[inverted.cue[0]].idx if inverted is not None else -1
        if inverted is not None and not any(
            report_end < cue < end and cue != own_cue for cue in taken
        ):
            yield inverted  # a cue in its report ("'was told to ...', trial hears"): another's
            continue
        if any(start <= cue < end for cue in taken):
            continue
        draft = _read_directive(doc, text, start, end) or _read_a_dash_tag(doc, text, start, end)
        if draft is None and _in_title_case(text[start:end]):
            draft = _read(doc, text, start, end)
        if draft is not None:
            yield draft


# "Brightwater in talks to buy rival Nexa, sources say", "Mechanic killed partner over loan,
# prosecutors tell jury": the content, a comma, a short source, a headline verb (and whom).
_INVERTED_FORMS: dict[str, str] = {
    form: lemma
    # "..., survey finds": after the content, a finding (before it, "Police Find Body" is not)
    for lemma in lexicon.HEADLINE_VERBS | lexicon.SPEECH_VERBS | {"find", "hear"}
    for form in (lemma, inflection.third_person(lemma))
} | {"heard": "hear"}
_MAX_INVERTED_SOURCE_WORDS = 5
# Only "say" stands before its source ("..., says Food Secretary"); "..., signals cut" and
# "..., report says" are a second report and a noun.
_SAY_FORMS = frozenset({"say", "says", "said"})
_MAX_WORDS_AFTER_THE_CUE = 2  # "tell jury", "tell the court"


_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“‘]?[A-Z]")


def _read_inverted(doc: Doc, text: str, start: int, end: int) -> Draft | None:
    """The tag after the content's comma, up to the line's end or the next comma ("Rider was
    an employee, tribunal rules, in setback for courier")."""
    if _SENTENCE_BREAK.search(text, start, end):
        return None  # a line of sentences is a paragraph, not a headline
    commas = [m.start() for m in re.finditer(",", text[start:end])]
    for comma in (start + offset for offset in reversed(commas)):
        if len(text[start:comma].split()) < _MIN_CONTENT_WORDS + 1:
            return None
        next_comma = text.find(",", comma + 1, end)
        draft = _read_a_tag(doc, text, (start, comma), next_comma if next_comma >= 0 else end)
        if draft is not None:
            return draft
    return None


def _read_a_tag(doc: Doc, text: str, report: tuple[int, int], end: int) -> Draft | None:
    start, comma = report
    words = list(_WORD.finditer(text, comma + 1, end))
    content_start = start + len(text[start:comma]) - len(text[start:comma].lstrip())
    inverted = words[0].group().lower() if words else ""
    if inverted in _SAY_FORMS and 1 <= len(words) - 1 <= _MAX_INVERTED_SOURCE_WORDS:
        # "Six killed in blast, owner absconding, say police": the verb before its source
        source_span = (words[1].start(), words[-1].end())
        return _draft(doc, source_span, words[0].span(), "say", (content_start, comma))
    for index, word in enumerate(words[1 : _MAX_INVERTED_SOURCE_WORDS + 1], start=1):
        lemma = _INVERTED_FORMS.get(word.group().lower())
        if lemma is None or len(words) - index - 1 > _MAX_WORDS_AFTER_THE_CUE:
            continue
        source: tuple[int, int] | None = (words[0].start(), words[index - 1].end())
        if _a_body_that_heard(word.group().lower(), index, words):
            source = None  # "..., jury told", "..., trial hears": they were told; by whom, unsaid
        return _draft(doc, source, word.span(), lemma, (content_start, comma))
    return None


# "Court orders developer to refund buyers", "HC directs civic body to clear drains": a
# headline's directive, which the tagger reads as a string of nouns ("Court orders developer").
_DIRECTIVE = re.compile(
    r"(?P<source>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}) "
    r"(?P<cue>orders|directs|tells|urges|asks|instructs) "
    r"(?P<content>(?:[\w.'’,-]+ ){1,6}to [a-z][\w'’-]*\b.*?)[.!]?$"
)


def _read_directive(doc: Doc, text: str, start: int, end: int) -> Draft | None:
    match = _DIRECTIVE.fullmatch(text, start, end)
    if match is None:
        return None
    lemma = lexicon.lemma_of_form(match.group("cue").lower())
    return _draft(doc, match.span("source"), match.span("cue"), lemma, match.span("content"))


# "12 drown, nine missing in boat mishap – SEMA", "Govt will pay salaries by Friday — Minister":
# a headline whose speaker follows a dash, as West African papers write them (an optional
# topic label first: "Boat mishap: ..."). A long dash only: a page title's " - Site" is not one.
_DASH_TAG = re.compile(
    r"(?:[A-Z][\w'’ -]{0,30}:[ \t]+)?(?P<content>[^\n]+?)[ \t]+(?P<cue>[–—])[ \t]*"
    r"(?P<source>[A-Z][\w.'’&-]*(?:[ \t]+[A-Z][\w.'’&-]*){0,3})[ \t]*"
)
_QUOTE_MARKS = "\"“”‘’'«»"
_OUTLET_WORDS = lexicon.word_set(
    "news times post guardian herald tribune online daily bbc cnn reuters ap afp tv radio fm "
    "live report reports review journal gazette telegraph mail express chronicle"
)


def _read_a_dash_tag(doc: Doc, text: str, start: int, end: int) -> Draft | None:
    match = _DASH_TAG.fullmatch(text, start, end)
    if match is None or len(match.group("content").split()) < _MIN_CONTENT_WORDS + 1:
        return None
    content = match.group("content")
    if content[:1] in _QUOTE_MARKS or content.rstrip()[-1:] in _QUOTE_MARKS:
        return None  # a quotation's credit: the pull quotes' rule
    if any(word.lower().strip(".") in _OUTLET_WORDS for word in match.group("source").split()):
        return None  # "Storm hits coast – BBC News": the site, not a speaker
    return _draft(doc, match.span("source"), match.span("cue"), "say", match.span("content"))


def _a_body_that_heard(verb: str, index: int, words: list[re.Match[str]]) -> bool:
    """ "..., jury told", "..., fraud trial hears", "..., inquest heard": the last word a
    passive "told" or a court's hearing; no one is named as the teller."""
    return index == len(words) - 1 and verb in ("told", "hears", "heard")


def _headline_lines(doc: Doc, text: str) -> list[tuple[int, int]]:
    """The first line and the heading lines, as (start, end) characters."""
    lines = {(span.start_char, span.end_char) for span in doc.spans.get(HEADINGS_KEY, [])}
    first = re.match(r"\s*(\S[^\n]*)", text)
    if first is not None:
        lines.add((first.start(1), first.end(1)))
    return sorted(lines)


def _in_title_case(line: str) -> bool:
    words: list[str] = [w for w in _WORD.findall(line) if w.lower() not in _SMALL_WORDS]
    if len(words) < 3 or len(words) > 20:
        return False
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised >= 0.8 * len(words)


def _read(doc: Doc, text: str, start: int, end: int) -> Draft | None:
    """Source words, a headline cue, content: "Black Lawmakers Rip Trump As A 'Fraud.'"."""
    words = list(_WORD.finditer(text, start, end))
    if not words or words[0].group().lower() in _NOT_SOURCE_STARTS:
        return None
    for index, word in enumerate(words[1 : _MAX_SOURCE_WORDS + 1], start=1):
        before = [w.group().lower() for w in words[:index]]
        if any(w in _SMALL_WORDS and w not in _SOURCE_SMALL_WORDS for w in before):
            return None
        lemma = _cue_lemma(word.group().lower(), before)
        if lemma is None:
            continue
        rest = text[word.end() : end]
        content_start = word.end() + len(rest) - len(rest.lstrip())
        content_end = len(text[:end].rstrip(" .;:!?"))
        if len(words) - index - 1 < _MIN_CONTENT_WORDS or content_end <= content_start:
            return None
        source = (words[0].start(), words[index - 1].end())
        return _draft(doc, source, word.span(), lemma, (content_start, content_end))
    return None


def _cue_lemma(word: str, before: list[str]) -> str | None:
    if word in _HEADLINE_CUES:
        return _HEADLINE_CUES[word]
    plural = before[-1].endswith("s") or "and" in before
    return word if word in _PLURAL_CUES and plural else None


def _draft(
    doc: Doc,
    source: tuple[int, int] | None,
    cue: tuple[int, int],
    lemma: str,
    content: tuple[int, int],
) -> Draft | None:
    cue_span, content_span = (
        doc.char_span(*chars, alignment_mode="expand") for chars in (cue, content)
    )
    source_span = doc.char_span(*source, alignment_mode="expand") if source else None
    if cue_span is None or content_span is None or (source and source_span is None):
        return None
    return Draft(
        (cue_span.start, cue_span.end),
        lemma,
        (source_span.start, source_span.end) if source_span is not None else None,
        set(range(content_span.start, content_span.end)),
        sourceless=source_span is None,
        owns_nearby_quotations=False,
        rule=HEADLINE_RULE,
    )
