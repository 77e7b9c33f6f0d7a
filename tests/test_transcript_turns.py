"""Q&A transcripts (issue 24): an answer goes on in the unlabelled paragraphs after it up to
the next turn or a pull quote; a speaker who mostly asks is the interviewer, whose every turn
claims nothing; "We spoke to X" names the one who answers."""

from __future__ import annotations

import pytest

from claimx.nlp import Pipeline

from .conftest import claims_in as claims

pytestmark = pytest.mark.model

_INTERVIEW = """Harbour master on the storm season

Tom Ferris has run the harbour at Port Aske for nine years.

Q: Do people resist leaving?

A: Fishermen especially. Their boat is their whole livelihood.

We started a place for the boats. Once the boat is safe, the man is easy to convince.

Q: What do you need most?

A: Rubber boats with engines.

Ferris retires next spring. He plans to keep fishing."""


def test_an_answer_goes_on_to_the_next_turn(pipeline: Pipeline) -> None:
    answers = [content for _, cue, content in claims(_INTERVIEW) if cue == "A"]
    assert answers[0].startswith("Fishermen especially.")
    assert answers[0].endswith("the man is easy to convince")


def test_the_last_answer_stops_where_the_article_resumes(pipeline: Pipeline) -> None:
    answers = [content for _, cue, content in claims(_INTERVIEW) if cue == "A"]
    assert answers[-1] == "Rubber boats with engines"


def test_an_answer_stops_at_a_pull_quote(pipeline: Pipeline) -> None:
    text = _INTERVIEW.replace(
        "\n\nQ: What do you need most?",
        "\n\n“Once the boat is safe, the man is easy to convince.” — Tom Ferris"
        "\n\nQ: What do you need most?",
    )
    answers = [content for _, cue, content in claims(text) if cue == "A"]
    assert answers[0].endswith("the man is easy to convince")
    assert "—" not in answers[0]


_NAMED_TURNS = """"No student will be sent home over fees" — VC

Prof. Ada Nwoko, the vice-chancellor, spoke to OKON ETIM about the new charges.

ETIM: There are reports that tuition will double. Is that true?

NWOKO: No. Tuition for returning students remains N95,000.

ETIM: But the students' union says the new charges amount to a fee increase.

NWOKO: I understand their anger. Electricity alone cost us N412 million last year.

ETIM: Are lecturers going on strike?

NWOKO: The allowances are owed by the federal government, not by this administration."""


def test_every_turn_of_a_speaker_who_mostly_asks_is_a_question(pipeline: Pipeline) -> None:
    found = claims(_NAMED_TURNS)
    assert not any(source == "ETIM" for source, _, _ in found)
    assert not any("students' union" in (source or "").lower() for source, _, _ in found)
    assert sum(source == "NWOKO" for source, _, _ in found) == 3


def test_one_question_does_not_make_an_interviewer(pipeline: Pipeline) -> None:
    text = (
        "Council debate\n\nLOWRY: The budget is balanced. Reserves rose last year.\n\n"
        "PRYCE: Then why are libraries closing?\n\n"
        "LOWRY: Because the grant was cut by a fifth.\n\n"
        "PRYCE: The grant was cut by a tenth, not a fifth."
    )
    sources = [source for source, _, _ in claims(text)]
    assert "PRYCE" in sources and sources.count("LOWRY") == 2


def test_we_spoke_to_names_the_one_who_answers(pipeline: Pipeline) -> None:
    text = (
        "Storm season\n\nThe harbour at Port Aske had four storms this year. Ines Kowalczyk, "
        "its master, was away for two of them. We spoke to Tom Ferris about the season.\n\n"
        "Q: Do people resist leaving?\n\nA: Fishermen especially. Their boat is their "
        "livelihood."
    )
    assert [source for source, cue, _ in claims(text) if cue == "A"] == ["Tom Ferris"]


def test_a_name_the_model_tags_as_a_building_still_answers(pipeline: Pipeline) -> None:
    text = (
        "Five questions on the crab cut\n\nWhen the department cut the quota for the Gulf "
        "Shore fleet by 38 per cent, the loudest voice on the wharf belonged to Yvonne "
        "Thibodeau-Marsh. She has fished for 31 years.\n\nWe spoke on Monday.\n\n"
        "Q. How did the boats take the news?\n\nA. Badly. I won't pretend otherwise."
    )
    assert [s for s, cue, _ in claims(text) if cue == "A."] != ["Gulf Shore"]
