"""Quotation structure read right: a credit under a quotation, a quotation that goes on after
its tag, a colon credit before a quotation of several sentences, a quoted headline with its
speaker after a colon, and the answers of a Q. / A. transcript. One test per family, each with
sentences written for it in several wordings."""

from __future__ import annotations

import pytest

from claimx.core import extract_article
from claimx.inputs import make_article
from claimx.nlp import Pipeline

from .conftest import Found
from .conftest import claims_in as claims

pytestmark = pytest.mark.model


# --- a credit under a quotation -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "“Keep the reading room open,” she said. “Close the car park instead.”\n\n"
            "“We will not be the council that let the library close.”\n\n"
            "— Cllr Owen Pryce, Green, who proposed the motion",
            (
                "Cllr Owen Pryce, Green, who proposed the motion",
                "—",
                "We will not be the council that let the library close",
            ),
        ),
        (
            "“The river is higher than last year,” he said. “Stay off the towpath.”\n\n"
            "“Nobody should be walking a dog down there tonight.”\n"
            "-Ines Varga, warden, who patrols the weir",
            (
                "Ines Varga, warden, who patrols the weir",
                "-",
                "Nobody should be walking a dog down there tonight",
            ),
        ),
        (
            "“Every ticket has been sold,” the organiser said. “We could have sold it twice.”\n\n"
            "“This is the best night the town has had in years.” – Dara Quinn, who runs the pub",
            (
                "Dara Quinn, who runs the pub",
                "–",
                "This is the best night the town has had in years",
            ),
        ),
    ],
)
def test_a_credit_wins_over_the_quotation_before_it_and_claims_nothing(
    pipeline: Pipeline, text: str, credit: Found
) -> None:
    found = claims(text)
    assert found[-1] == credit
    assert len(found) == 2  # the tagged quotation, then the credited one; no claim in the credit
    assert credit[2] not in found[0][2]


# --- a quotation that goes on after its tag ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“You found the money for a bypass,” she said. “Find it for the library.”\n\n"
            "The vote was 21 to 9.",
            ("she", "said", "You found the money for a bypass … Find it for the library"),
        ),
        (
            "“The pitch was too soft,” the manager said. “Nobody could keep their feet. We "
            "will ask the league to look at it.”\n\nThe club was fined in May.",
            (
                "the manager",
                "said",
                "The pitch was too soft … Nobody could keep their feet. We will ask the league "
                "to look at it",
            ),
        ),
    ],
)
def test_a_quotation_goes_on_after_its_tag_in_its_paragraph(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_a_quotation_left_unclosed_in_the_next_paragraph_is_not_more_of_it(
    pipeline: Pipeline,
) -> None:
    text = (
        "“The doors open at nine,” she said. “Bring a coat.”\n\n"
        '"The queue stretched past the bakery by eight.\n\nThe doors opened late.'
    )
    assert claims(text)[0] == ("she", "said", "The doors open at nine … Bring a coat")


def test_a_whole_paragraph_of_quotation_after_a_tagged_one_is_that_speakers(
    pipeline: Pipeline,
) -> None:
    text = (
        "“We have waited four years for this bridge,” the ferryman said.\n\n"
        "“Nobody asked the people who use the crossing every day.”\n\n"
        "The bridge opens in June."
    )
    assert claims(text) == [
        (
            "the ferryman",
            "said",
            "We have waited four years for this bridge … Nobody asked the people who use the "
            "crossing every day",
        )
    ]


# --- a colon credit before a quotation of several sentences -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Storm Ada: live\n\n09:14\n\nOur transport editor, Priya Nair: “Every train north "
            "of the river is cancelled. Network officials told me the line will not reopen "
            "before Friday.”",
            (
                "Our transport editor, Priya Nair",
                ":",
                "Every train north of the river is cancelled. Network officials told me the line "
                "will not reopen before Friday",
            ),
        ),
        (
            "The count goes on.\n\nOur health editor: “Hospitals have cancelled routine "
            "operations. The figures show that admissions doubled overnight.”",
            (
                "Our health editor",
                ":",
                "Hospitals have cancelled routine operations. The figures show that admissions "
                "doubled overnight",
            ),
        ),
        (
            '10:02\n\nOur sports editor, Dan Rowe: "The dressing room is silent. Two of the '
            'players said they had never seen the manager so angry."',
            (
                "Our sports editor, Dan Rowe",
                ":",
                "The dressing room is silent. Two of the players said they had never seen the "
                "manager so angry",
            ),
        ),
    ],
)
def test_a_colon_credit_owns_its_quotation_and_the_reports_inside_it(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_a_label_before_a_colon_is_still_no_speaker(pipeline: Pipeline) -> None:
    text = "Editor's note: “This page is updated every fifteen minutes until the storm passes.”"
    assert claims(text) == []


# --- a quoted headline with its speaker after a colon -------------------------------------------


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "“The sea is coming for us”: fisherman Kofi Mensah on the eroding coast",
            ("fisherman Kofi Mensah", ":", "The sea is coming for us"),
        ),
        (
            '"I never wanted to leave": former goalkeeper Ana Ruiz on her return',
            ("former goalkeeper Ana Ruiz", ":", "I never wanted to leave"),
        ),
        (
            "'We won't sign a bad deal': union chief on the pay talks",
            ("union chief", ":", "We won't sign a bad deal"),
        ),
        (
            '"The orchard saved my life": retired nurse on her second career',
            ("retired nurse", ":", "The orchard saved my life"),
        ),
    ],
)
def test_a_quoted_headline_names_its_speaker_after_a_role_in_lower_case(
    pipeline: Pipeline, headline: str, expected: Found
) -> None:
    assert claims(headline + "\n\nThe story starts here.") == [expected]


@pytest.mark.parametrize(
    "headline",
    [
        '"A dark day for the city": how the mill closed its doors',
        '"Game over": the end of an era at the old ground',
        "'Not again': flood barrier fails for a second winter",
    ],
)
def test_a_quoted_headline_with_no_speaker_after_its_colon(
    pipeline: Pipeline, headline: str
) -> None:
    assert [c for c in claims(headline + "\n\nThe story starts here.") if c[1] == ":"] == []


# --- the answers of a Q. / A. transcript ---------------------------------------------------------


def answer_sources(text: str) -> list[tuple[str, int]]:
    record = extract_article(make_article("-", text))
    return [
        (claim["source"]["text"], claim["source"]["start_char"])
        for claim in record["claims"]
        if claim["cue"]["text"] == "A." and claim["source"]
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Q&A: harbour master Jon Vik on the new quay\n\n"
            "Jon Vik has been harbour master at Selby since 2019. Before that, Vik spent twenty "
            "years at sea. We spoke to Jon Vik about the quay.\n\n"
            "Q. Is the quay finished?\n\nA. Almost. The cranes arrive in June.\n\n"
            "Q. Will the fishermen lose their berths?\n\nA. No. Every boat will have a berth.",
            "Jon Vik",
        ),
        (
            "Five minutes with conductor Lena Holm\n\n"
            "Lena Holm took over the city orchestra in March. Holm, 41, talked to us between "
            "rehearsals; Lena Holm will conduct the first concert on Friday.\n\n"
            "Q. Why did you leave the violin?\nA. I did not leave it. I still play every day.\n\n"
            "Q. What comes next?\nA. More new music. We play six new works this season.",
            "Lena Holm",
        ),
    ],
)
def test_q_and_a_answers_are_the_interviewee_as_the_introduction_first_names_them(
    pipeline: Pipeline, text: str, name: str
) -> None:
    introduction = text.index("\n\n") + 2
    assert answer_sources(text) == [(name, text.index(name, introduction))] * 2
