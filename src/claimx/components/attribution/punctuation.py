"""Attributions by punctuation: "― Name" after a quotation, "Name: ..." opening a line."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Span, Token

from claimx import lexicon
from claimx.components.attribution.draft import Draft, char_draft, word_count
from claimx.components.attribution.interviewees import interviewee
from claimx.components.attribution.sources import source_range, verb_source
from claimx.components.doctext import doc_text
from claimx.components.lemmas import lemma_of
from claimx.components.quotes import Quote
from claimx.datelines import find_dateline
from claimx.paragraphs import PARAGRAPH_BREAK

# A capital, accented too ("Ó Dálaigh", "Łukasz", "Žofia"): the Latin letters' upper cases.
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper())
_NAME = rf"[{_UPPER}][\w.'’-]*(?:[ \t]+(?:[{_UPPER}][\w.'’-]*|de|van|von|del|da|bin|al))*"


# "― Marta Ruiz", "— Ana Reyes, council member", "-Commissioner Ray Holt" after a quotation
# (on its line, the next, or after a blank line), ending its line: the name, and what commas
# set off after it, a role, a party, a relative clause ("— Ann Bo, Green, who proposed the
# motion"): the whole credit names the speaker. A handle in brackets after it, and where or
# how it was said (", in a video posted on ..."), are not part of the source.
_CIRCUMSTANCE = r"(?:in|on|at|via|during|after|before|from|speaking|writing|posting|quoted)\b"
_SET_OFF = rf",[ \t]+(?!{_CIRCUMSTANCE})[\w’'.&-]+(?:[ \t]+[\w’'.&-]+){{0,7}}"  # ", Green"
_DASH_SOURCE = re.compile(
    rf"[ \t]*(?:\n[ \t]*){{0,2}}(?P<cue>―|—|–|--|-)[ \t]*"
    rf"(?P<source>{_NAME}(?:{_SET_OFF}){{0,3}})"
    rf"(?:,[ \t]+{_CIRCUMSTANCE}[^\n]{{1,120}}?)?"
    r"(?:[ \t]+\([^()\n]{1,40}\))?\.?[ \t]*(?=\n|$)"
)
# "From the chairwoman, Lena Voss:" on a line of its own, the quotation in the next paragraph.
_FROM_SOURCE = re.compile(
    r"^[ \t]*(?:From|In the words of)[ \t]+(?P<source>[^\n:]{3,80}?)[ \t]*(?P<cue>:)[ \t]*$",
    re.MULTILINE,
)


_COLON_SOURCE = re.compile(
    # a live blog's time stamp ("13:15 Met Office: ...") opens the line but names no one
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?\s+)?"
    rf"[\"“]?(?P<source>{_NAME}(?:[ \t]+[{_UPPER}][\w.'’-]*){{0,3}})(?P<cue>:)[ \t]+(?=\S)",
    re.MULTILINE,
)


# Labels that open a line with a colon without attributing anything.
_NOT_SOURCES = lexicon.word_set(
    "update updated note editor photo photos video watch read related source sources "
    "correction disclosure advertisement caption listen q a breaking exclusive revealed "
    "leaked bombshell wow so analysis opinion live clarification clarifications corrections "
    "scorers teams team subs substitutes referee attendance result results fixtures line-ups "
    "question questions answer answers interviewer full half kick-off kickoff ft ht "
    "contact contacts media press enquiries inquiries email phone tel website "
    "editorial review explainer factbox comment interview profile obituary feature image "
    "images picture pictures graphic map chart illustration about notes"
)
# "Kasich: Now or never", "Sanders: 1,547": a list of names with a few words or a figure each
# is a roster or a tally, not what they said. A quoted line is longer or is a sentence.
_MIN_UNPUNCTUATED_WORDS = 5
_SENTENCE_END = tuple(".!?\"”’'")


_MAX_COLON_SOURCE_WORDS = 4
PUNCTUATION_RULE = "dash or colon"  # a quotation credited by "— Name" or "Name: ..."
DASH_CUES = frozenset(("―", "—", "–", "--", "-"))  # the cues of credits ("— Name, role")


def punctuation_drafts(doc: Doc, quotes: list[Quote]) -> Iterator[Draft]:
    yield from _answer_drafts(doc)
    yield from _dash_drafts(doc, quotes)
    yield from _colon_drafts(doc)
    yield from _from_drafts(doc, quotes)


def introduction_drafts(doc: Doc, quotes: list[Quote], drafts: list[Draft]) -> Iterator[Draft]:
    """A sentence that ends in a colon introduces the quotation after it, when no cue of its own
    reports it: "Councillor Dolan put it bluntly: "...", "The captain, speaking after the
    match: "...", "Our former captain, Kerry Dunn: "...". Its subject (or, with no verb, the
    noun phrase itself) is the source; the colon is the cue."""
    text = doc_text(doc)
    cues = sorted(doc[d.cue[0]].idx for d in drafts)
    speakers = [doc[d.cue[0]].idx for d in drafts if d.rule == PUNCTUATION_RULE]
    for quote in quotes:
        before = text[: quote.start].rstrip()
        if not before.endswith(":") or text[len(before) : quote.start].count("\n") > 2:
            continue
        if any(q.inner_start < len(before) <= q.inner_end for q in quotes):
            continue  # the colon is inside a quotation: the quoted speaker's
        if any(quote.inner_start <= cue < quote.inner_end for cue in speakers):
            continue  # a speaker named inside it ("WALLACE: ...")
        if word_count(text[quote.inner_start : quote.inner_end]) < _MIN_INTRODUCED_WORDS:
            continue
        colon = doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None:
            continue
        sentence = colon[0].sent
        if colon[0].i - sentence.start > _MAX_INTRODUCTION_TOKENS:
            continue
        if any(sentence.start_char <= cue <= colon.start_char for cue in cues):
            continue  # a cue of the sentence reports it (attach_quotes gives it the quotation)
        source = _introducer(doc[sentence.start : colon[0].i])
        content = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if source is None or content is None:
            continue
        yield Draft(
            (colon[0].i, colon[0].i + 1),
            ":",
            source,
            set(range(content.start, content.end)),
            rule=PUNCTUATION_RULE,
        )


_MIN_INTRODUCED_WORDS = 3
_MAX_INTRODUCTION_TOKENS = 30


def _introducer(words: Span) -> tuple[int, int] | None:
    """Who a sentence ending in a colon names: its verb's subject ("Dolan put it bluntly"), or
    the noun phrase it is ("Our former captain, Kerry Dunn", "The captain, speaking after the
    match": the phrase without what the comma sets off)."""
    if not len(words):
        return None
    verbs = [t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ != "aux"]
    said_by = verb_source(verbs[-1]) if verbs else None
    if said_by is not None:  # the clause the colon ends: "that I had to change my answer:"
        return said_by
    root = words.root
    writer = _a_writer_read_as_a_noun(root)
    if writer is not None:
        return writer
    sender = _sent_from(root)
    if sender is not None:  # "Half-time analysis from our former captain, Kerry Dunn:"
        root = sender
    elif root.pos_ not in ("NOUN", "PROPN", "PRON") or _a_bare_label(root):
        return None
    found = source_range(root)
    if found is None:
        return None
    rest = words.doc[found[1] : words.end]
    if sender is not None and _a_name_set_off(rest):
        return found[0], words.end  # the name after a comma, wherever the parser hung it
    return found[0], min(found[1], words.end)


_WRITING_FORMS = lexicon.word_set("emails writes texts tweets messages")


def _a_writer_read_as_a_noun(root: Token) -> tuple[int, int] | None:
    """ "Reader Hanne Brask emails from Dalvik:": the verb of writing, read as a plural noun
    with the writer's name compounded on it; the name is the source, not the place."""
    if root.lower_ not in _WRITING_FORMS or root.tag_ != "NNS":
        return None
    names = [c for c in root.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    return (root.left_edge.i, root.i) if names else None


def _a_bare_label(root: Token) -> bool:
    """ "Editor's note:", "Analysis:" label what follows; "Our political editor, Tom Ashdown:"
    and "Our health editor:" name who says it (a label word with a name set off after it, or
    one of the paper's own people)."""
    named = any(child.dep_ == "appos" and child.pos_ == "PROPN" for child in root.rights)
    ours = any(child.dep_ == "poss" and child.pos_ == "PRON" for child in root.lefts)
    return root.lower_ in _NOT_SOURCES and not (named or ours)


def _a_name_set_off(words: Span) -> bool:
    """ ", Kerry Dunn": a comma, then proper nouns only."""
    return len(words) > 1 and words[0].text == "," and all(t.pos_ == "PROPN" for t in words[1:])


def _sent_from(noun: Token) -> Token | None:
    """Who a message, a word or an analysis is from: "A message from the chairwoman",
    "Analysis by our correspondent, Ana Ruiz" (the object of "from" or "by")."""
    if noun.pos_ not in ("NOUN", "PROPN"):
        return None
    return next(
        (
            obj
            for prep in noun.children
            if prep.dep_ == "prep" and prep.lower_ in ("from", "by") and prep.i > noun.i
            for obj in prep.children
            if obj.dep_ == "pobj" and obj.pos_ in ("NOUN", "PROPN")
        ),
        None,
    )


def _from_drafts(doc: Doc, quotes: list[Quote]) -> Iterator[Draft]:
    """ "From the chairwoman, Lena Voss:" on a line of its own introduces the quotation that
    opens the next line or paragraph: it is hers."""
    text = doc_text(doc)
    starts = {quote.start: quote for quote in quotes}
    for match in _FROM_SOURCE.finditer(text):
        after = match.end() + len(text[match.end() :]) - len(text[match.end() :].lstrip())
        quote = starts.get(after)
        if quote is None:
            continue
        draft = char_draft(doc, match.span("cue"), ":", match.span("source"), PUNCTUATION_RULE)
        content = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if draft is not None and content is not None:
            draft.content_tokens = set(range(content.start, content.end))
            yield draft


# The paragraphs of a Q&A: "Q: ...", "Q. ..."; "A: ...", "A. ...".
_QUESTION = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*[:.][ \t]+", re.MULTILINE)
_ANSWER = re.compile(r"^[ \t]*(?P<cue>A|Answer)[ \t]*[:.][ \t]+(?=\S)", re.MULTILINE)


def _answer_drafts(doc: Doc) -> Iterator[Draft]:
    """The answers of a Q&A ("A. The tunnels flooded."): the person interviewed said them, the
    last person the introduction names before the first question (none if it names no one)."""
    text = doc_text(doc)
    first_question = _QUESTION.search(text)
    if first_question is None:
        return
    source = interviewee(doc, text, first_question)
    for match in _ANSWER.finditer(text, first_question.end()):
        end = _paragraph_end(text, match.end())
        next_question = _QUESTION.search(text, match.end(), end)
        end = next_question.start() if next_question else _the_turns_end(text, end)
        cue = doc.char_span(*match.span("cue"), alignment_mode="expand")
        content = doc.char_span(match.end(), end, alignment_mode="expand")
        if cue is None or content is None:
            continue
        yield Draft(
            (cue.start, cue.end),
            ":",
            source,
            set(range(content.start, content.end)),
            owns_nearby_quotations=False,
            rule=PUNCTUATION_RULE,
        )


def _dash_drafts(doc: Doc, quotes: list[Quote]) -> Iterator[Draft]:
    """A quotation followed by "― Name" at the end of its line is Name's."""
    text = doc_text(doc)
    for quote in quotes:
        match = _DASH_SOURCE.match(text, quote.end)
        if match is None:
            continue
        draft = char_draft(
            doc, match.span("cue"), match.group("cue"), match.span("source"), PUNCTUATION_RULE
        )
        content = doc.char_span(quote.inner_start, quote.inner_end, alignment_mode="expand")
        if draft is not None and content is not None:
            draft.content_tokens = set(range(content.start, content.end))
            yield draft


def _colon_drafts(doc: Doc) -> Iterator[Draft]:
    """Colon attributions, "Sanders: Clinton needs to ..." and transcripts ("WALLACE: ..."): a short
    name opening a line, then a colon, attributes the rest of the paragraph."""
    text = doc_text(doc)
    labels = list(_COLON_SOURCE.finditer(text))
    dateline = find_dateline(text)
    for match in labels:
        source = match.group("source")
        if len(labels) == 1 and _a_place_in_capitals(source):
            continue  # "HARIPURAM: The High Court on Thursday ...": a dateline, not a speaker
        if dateline is not None and match.start("source") == dateline.start:
            continue  # "TELUK MERANTI: A site supervisor told ..." beside a "Related:" line
        words = source.split()
        if len(words) > _MAX_COLON_SOURCE_WORDS or source.lower() in _NOT_SOURCES:
            continue
        first = re.sub(r"['’]s$", "", words[0].lower().rstrip("."))
        if first in _NOT_SOURCES or words[0] in ("The", "A", "An"):
            continue  # "The Latest:", "A look back:", "Editor's Note:" are labels, not speakers
        end = _paragraph_end(text, match.end())
        if _a_roster_entry(text[match.end() : end]):
            continue
        draft = char_draft(doc, match.span("cue"), ":", match.span("source"), PUNCTUATION_RULE)
        content = doc.char_span(match.end(), end, alignment_mode="expand")
        if content is not None and _a_topic(source, labels, text) and _credits_itself(content):
            continue  # "Schools: the education office says ...": a topic, not a speaker
        if draft is not None and content is not None:
            draft.content_tokens = set(range(content.start, content.end))
            yield draft


def _a_topic(label: str, labels: list[re.Match[str]], text: str) -> bool:
    """A one-word label used once, outside a transcript (a speaker there takes turns after
    questions): a live blog's "Schools:", "Transport:"."""
    used = sum(match.group("source") == label for match in labels)
    return len(label.split()) == 1 and used == 1 and _QUESTION.search(text) is None


def _credits_itself(content: Span) -> bool:
    """Does the line open with its own speaker and a verb of saying ("the regional education
    office says ...")? Then the word before the colon is the topic of a live blog's entry."""
    start = content.start
    while start < content.end and (content.doc[start].is_space or content.doc[start].is_punct):
        start += 1
    for token in content.doc[start : min(content.end, start + 12)]:
        if token.pos_ in ("VERB", "AUX"):  # the first verb: the speaker's, or none
            return lemma_of(token).lower() in lexicon.CLAUSE_VERBS and any(
                c.dep_ == "nsubj" and c.i < token.i for c in token.children
            )
        if token.text in (".", "!", "?"):
            return False
    return False


def _a_place_in_capitals(label: str) -> bool:
    """A lone label in capitals ("HARIPURAM:", "NEW DELHI:") opening the only colon-labelled
    line of an article is a dateline; a transcript's speakers ("WALLACE:") take turns."""
    return label.isupper() and len(label) >= 3


def question_turns(text: str) -> list[tuple[int, int]]:
    """The turns of a transcript that end in a question ("TOM BAIRD: A fall of a fifth sounds
    alarming. Is it?"), and every turn of a speaker who mostly asks, from the speaker's label
    to the end of the turn: the interviewer's questions, which claim nothing, nor does what
    they presuppose."""
    by_speaker: dict[str, list[tuple[int, int, bool]]] = {}
    for match in _COLON_SOURCE.finditer(text):
        end = _paragraph_end(text, match.end())
        asks = text[match.end() : end].rstrip().rstrip(_CLOSING_MARKS).endswith("?")
        by_speaker.setdefault(match.group("source"), []).append((match.start(), end, asks))
    return [
        (start, end)
        for turns in by_speaker.values()
        for start, end, asks in turns
        if asks or _mostly_asks(turns)
    ]


def _mostly_asks(turns: list[tuple[int, int, bool]]) -> bool:
    """Does a speaker ask in most turns ("EKWUEME: ... Is that true?")? Then every turn of
    theirs is the interviewer's, the ones that put a claim to the person asked too ("EKWUEME:
    But the union says the charges are a fee increase by another name.")."""
    return len(turns) >= 3 and 2 * sum(asks for _, _, asks in turns) > len(turns)


_CLOSING_MARKS = "\"”’'»)"


def _a_roster_entry(content: str) -> bool:
    content = content.strip()
    return len(content.split()) < _MIN_UNPUNCTUATED_WORDS and not content.endswith(_SENTENCE_END)


def _the_turns_end(text: str, end: int) -> int:
    """An answer goes on in the paragraphs after it that no label opens, up to the next turn
    ("A: Fishermen especially. ..." then "What we started doing this year is ..."), or a pull
    quote; not past a heading, and not at the transcript's end, where the article resumes."""
    turn_end = end
    for start, paragraph_end in _paragraphs_after(text, end):
        paragraph = text[start:paragraph_end]
        if _opens_a_turn(paragraph) or _DASH_SOURCE.search(paragraph):
            return turn_end  # the next turn, or a pull quote between turns
        if "\n" in paragraph.strip() or not paragraph.rstrip().endswith(_SENTENCE_END):
            return end  # a heading, a caption or a list: the transcript has ended
        turn_end = paragraph_end
    return end


def _paragraphs_after(text: str, end: int) -> Iterator[tuple[int, int]]:
    breaks = PARAGRAPH_BREAK.finditer(text, end)
    current = next(breaks, None)
    while current is not None:
        following = next(breaks, None)
        yield current.end(), following.start() if following else len(text.rstrip())
        current = following


def _opens_a_turn(paragraph: str) -> bool:
    return bool(
        _QUESTION.match(paragraph) or _ANSWER.match(paragraph) or _COLON_SOURCE.match(paragraph)
    )


def _paragraph_end(text: str, start: int) -> int:
    """The end of the paragraph (a blank line) or of the line, if the next line opens with
    another speaker's name and a colon."""
    blank = PARAGRAPH_BREAK.search(text, start)
    end = blank.start() if blank else len(text.rstrip())
    next_speaker = _COLON_SOURCE.search(text, start, end)
    return next_speaker.start() if next_speaker else end
