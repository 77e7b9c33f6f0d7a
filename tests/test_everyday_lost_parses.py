"""Everyday news read right (issue 24), fourth round: where the parser loses a sentence's
shape. It may start a sentence after a word or a comma ("Orlesia | and Kastamir have
agreed ..."), and it may leave a closing tag without its subject, hanging the speaker's phrase
on the report. One test per family, each with sentences written for it in several wordings."""

from __future__ import annotations

import pytest

from claimx.nlp import Pipeline

from .conftest import Found
from .conftest import claims_in as claims


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Orlesia and Kastamir have agreed to a ceasefire along their northern border, the "
        "foreign minister of Varuna said on Wednesday.",
        "Pellworth and Dunmere signed the accord in Tallis on Friday, ending a decade of "
        "disputes over the river, officials said.",
        "The plant, which employs 400 people, will close in March, the company said.",
    ],
)
def test_no_sentence_starts_after_a_word_or_a_comma(pipeline: Pipeline, text: str) -> None:
    doc = pipeline.nlp(text)
    assert len(list(doc.sents)) == 1


@pytest.mark.model
def test_sentences_still_end_at_their_punctuation_and_lines(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("Rates rose. The bank said so.\nA new line starts here\n\nSo does this.")
    starts = [sent[0].text for sent in doc.sents if not sent[0].is_space]
    assert starts == ["Rates", "The", "A", "So"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Orlesia and Kastamir have agreed to a 72-hour ceasefire along their disputed "
            "northern border, starting at midnight on Thursday, the foreign minister of Varuna, "
            "which is hosting the talks, said on Wednesday.",
            (
                "the foreign minister of Varuna",
                "said",
                "Orlesia and Kastamir have agreed to a 72-hour ceasefire along their disputed "
                "northern border, starting at midnight on Thursday",
            ),
        ),
        (
            "The river peaked at 6.2 metres overnight, flooding 40 homes, the agency, which "
            "monitors 300 gauges, reported.",
            (
                "the agency",
                "reported",
                "The river peaked at 6.2 metres overnight, flooding 40 homes",
            ),
        ),
        (
            "The plant will close in March, with the loss of 200 jobs, the company, which has "
            "run the site since 1962, said in a statement.",
            ("the company", "said", "The plant will close in March, with the loss of 200 jobs"),
        ),
    ],
)
def test_a_closing_tag_that_lost_its_subject(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)
