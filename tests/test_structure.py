"""Sentence boundaries at paragraph breaks, headings and the date marker."""

from __future__ import annotations

import pytest
import spacy

import claimx.components  # noqa: F401  (registers the factories)
from claimx.components.extensions import HEADER_END, HEADINGS_KEY
from claimx.components.structure import is_heading


@pytest.fixture(scope="module")
def segmenter() -> spacy.language.Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_structure", config={"segment": True})
    return nlp


def sentences(nlp: spacy.language.Language, text: str, header_end: int = 0) -> list[str]:
    doc = nlp.make_doc(text)
    doc._.set(HEADER_END, header_end)
    doc = nlp(doc)
    return [s.text.strip() for s in doc.sents if s.text.strip()]


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Why talks between Anthropic and the Pentagon broke down", True),
        ("Silicon Valley rallies behind Anthropic", True),
        ("2026 in review", True),
        ("The minister said the plan was ready.", False),
        ("He said:", False),
        ("a line that starts in lower case", False),
        ("A wrapped line that stops at the", False),
        (
            " ".join(["Word"] * 15),
            False,
        ),
    ],
)
def test_is_heading(line: str, heading: bool) -> None:
    assert is_heading(line) is heading


def test_paragraph_break_ends_a_sentence(segmenter: spacy.language.Language) -> None:
    text = "Talks resumed on Monday\n\nOfficials were hopeful."
    assert sentences(segmenter, text) == ["Talks resumed on Monday", "Officials were hopeful."]


def test_heading_without_blank_line_ends_a_sentence(segmenter: spacy.language.Language) -> None:
    text = "Why the negotiations matter\nThe dispute has drawn attention."
    assert sentences(segmenter, text) == [
        "Why the negotiations matter",
        "The dispute has drawn attention.",
    ]


def test_date_marker_is_its_own_sentence(segmenter: spacy.language.Language) -> None:
    text = " date 2026-03-05 Artificial intelligence company Anthropic has resumed talks."
    assert sentences(segmenter, text, header_end=16) == [
        "date 2026-03-05",
        "Artificial intelligence company Anthropic has resumed talks.",
    ]


def test_punctuation_segmentation_keeps_closing_quotes(segmenter: spacy.language.Language) -> None:
    text = "“We are done.” She left. Mr. Smith stayed."
    assert sentences(segmenter, text) == ["“We are done.”", "She left.", "Mr. Smith stayed."]


def test_headings_are_recorded_as_spans(segmenter: spacy.language.Language) -> None:
    doc = segmenter("Markets rally\n\nShares rose sharply on Friday.")
    assert [span.text for span in doc.spans[HEADINGS_KEY]] == ["Markets rally"]


def test_empty_text(segmenter: spacy.language.Language) -> None:
    assert sentences(segmenter, "") == []
