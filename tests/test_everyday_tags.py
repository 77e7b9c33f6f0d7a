"""Everyday news read right (issue 24), third round: tags the parser misreads (a ruling after
its report, a tag given a second subject, "as the report admits"), headlines that end in a
passive "told" or carry a phrase after their tag, pseudo-clefts ("What he said was that ..."),
orders given as a clause, and a quoted predicate the parser reads as a participle. One test per
family, each with sentences written for it in several wordings."""

from __future__ import annotations

import pytest

from claimx.nlp import Pipeline

from .conftest import Found
from .conftest import claims_in as claims

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The curfew was unlawful, the High Court ruled on Friday.",
            ("the High Court", "ruled", "The curfew was unlawful"),
        ),
        (
            "The dismissal of the three nurses was unfair, the employment tribunal ruled.",
            ("the employment tribunal", "ruled", "The dismissal of the three nurses was unfair"),
        ),
        (
            "The council had no power to sell the park, the judge held.",
            ("the judge", "held", "The council had no power to sell the park"),
        ),
    ],
)
def test_a_ruling_after_its_report(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The pension fund holds $3 billion in bonds.",
        "The new rules could hold directors personally liable.",
        "Prices held steady through the winter, the company holds.",
    ],
)
def test_holding_money_or_liability_is_no_ruling(pipeline: Pipeline, text: str) -> None:
    assert not any(cue == "holds" and "billion" in content for _, cue, content in claims(text))
    assert not any(cue == "hold" for _, cue, _ in claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A cleaner who worked at the depot for six years was an employee entitled to sick "
            "pay, an employment tribunal in Dunmere has ruled.",
            (
                "an employment tribunal in Dunmere",
                "ruled",
                "A cleaner who worked at the depot for six years was an employee entitled to "
                "sick pay",
            ),
        ),
        (
            "The driver was a worker owed holiday pay, a tribunal in Calder has ruled.",
            ("a tribunal in Calder", "ruled", "The driver was a worker owed holiday pay"),
        ),
    ],
)
def test_a_closing_tag_given_a_subject_from_its_report(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    """The parser may read the report's last noun as the tag's subject too: the tag's own
    subject is the one after the comma, and the report keeps the noun."""
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nThe agency has cut its flood inspectors by a third since 2021, as its own "
            "annual report quietly admits.",
            (
                "its own annual report",
                "admits",
                "The agency has cut its flood inspectors by a third since 2021",
            ),
        ),
        (
            "The scheme has missed every target, as the auditor noted last spring.",
            ("the auditor", "noted", "The scheme has missed every target"),
        ),
        (
            "As the minister pointed out, the tunnel is already two years late.",
            ("the minister", "pointed out", "the tunnel is already two years late"),
        ),
    ],
)
def test_a_tag_opened_by_as(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The shares fell, as investors worried about the debt.",
        "Turnout fell, as expected.",
    ],
)
def test_as_meaning_while_or_because_is_no_tag(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mechanic poisoned his business partner over a loan, jury told\n\nThe trial continues.",
            (None, "told", "Mechanic poisoned his business partner over a loan"),
        ),
        (
            "Nurses were never warned about the faulty pumps, inquiry told\n\nThe inquiry "
            "continues.",
            (None, "told", "Nurses were never warned about the faulty pumps"),
        ),
    ],
)
def test_a_headline_ending_in_told_is_a_passive(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Courier was an employee, tribunal rules, in blow to app firms\n\nThe ruling "
            "came on Monday.",
            ("tribunal", "rules", "Courier was an employee"),
        ),
        (
            "Landlord must repay deposits, tribunal rules, in test case for renters\n\nThe "
            "ruling came on Monday.",
            ("tribunal", "rules", "Landlord must repay deposits"),
        ),
    ],
)
def test_a_headline_tag_followed_by_a_phrase(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "What the audit does say is that the four depots lost money last year.",
            ("the audit", "say", "the four depots lost money last year"),
        ),
        (
            "What the minister told MPs was that the contract was already signed.",
            ("the minister", "told", "the contract was already signed"),
        ),
        (
            "What she said was that nobody had read the safety report.",
            ("she", "said", "nobody had read the safety report"),
        ),
    ],
)
def test_what_was_said_in_a_pseudo_cleft(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


def test_what_was_said_being_true_reports_nothing(pipeline: Pipeline) -> None:
    assert claims("What she said was true.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The judge ordered that Pell be barred from running a company for ten years.",
            ("The judge", "ordered", "Pell be barred from running a company for ten years"),
        ),
        (
            "The court directed that the deposit be repaid within 28 days.",
            ("The court", "directed", "the deposit be repaid within 28 days"),
        ),
        (
            "The regulator instructed that all three reactors be inspected before winter.",
            ("The regulator", "instructed", "all three reactors be inspected before winter"),
        ),
    ],
)
def test_an_order_given_as_a_clause(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ferries were cancelled, and the harbour authority urged people who could stay "
            "at home to do so on Friday.",
            (
                "the harbour authority",
                "urged",
                "people who could stay at home to do so on Friday",
            ),
        ),
    ],
)
def test_a_directive_asked_of_an_addressee_with_a_relative_clause(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The taxi drivers\' union called the decision "rushed and unfair".',
            ("The taxi drivers' union", "called", 'the decision "rushed and unfair"'),
        ),
        (
            'Residents called the new timetable "confusing and cruel".',
            ("Residents", "called", 'the new timetable "confusing and cruel"'),
        ),
        (
            'She called the pay offer "a slap in the face".',
            ("She", "called", 'the pay offer "a slap in the face"'),
        ),
    ],
)
def test_a_quoted_predicate_read_as_a_participle(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Councillors should demand the figures before they vote.",
        "Residents should ask the council to publish the contract.",
        "Customers with questions can call the helpline on 0800 555 0199.",
        "Parents must tell the school if a child has a fever.",
    ],
)
def test_advice_to_ask_asks_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_a_modal_on_a_verb_of_saying_stays(pipeline: Pipeline) -> None:
    assert ("I", "say", "my father studied law at night") in claims(
        "I should say that my father studied law at night."
    )


@pytest.mark.parametrize(
    "text",
    [
        "He set fire to the shop so that he could claim €400,000 from his insurer.",
        "The couple claimed £2,300 from the travel company.",
    ],
)
def test_claiming_money_is_no_claim(pipeline: Pipeline, text: str) -> None:
    assert not any(cue.startswith("claim") for _, cue, _ in claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The firm\'s lawyer, Ana Ruiz, said the company was "reading the judgment" and was '
            "likely to appeal.",
            (
                "The firm's lawyer, Ana Ruiz",
                "said",
                'the company was "reading the judgment" and was likely to appeal',
            ),
        ),
        (
            "The coach said the squad was tired and was hoping for a quieter month.",
            ("The coach", "said", "the squad was tired and was hoping for a quieter month"),
        ),
    ],
)
def test_a_second_predicate_with_was_stays_in_the_report(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    """ "was likely to appeal" is the reported clause going on, not the speaker's next act
    (a state is no act)."""
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The builder had argued in its filings that the delay was caused by the pandemic, "
            "a shortage of steel and a freeze on permits.",
            (
                "The builder",
                "argued",
                "that the delay was caused by the pandemic, a shortage of steel and a freeze on "
                "permits",
            ),
        ),
    ],
)
def test_a_list_ending_the_report_stays_whole(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    source, cue, content = expected
    found = [(s, c, t.removeprefix("that ")) for s, c, t in claims(text)]
    assert (source, cue, content.removeprefix("that ")) in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nA report by the head of leisure recommends that the two pools close, "
            "because each is used by fewer than 90 swimmers a day.",
            (
                "A report by the head of leisure",
                "recommends",
                "the two pools close, because each is used by fewer than 90 swimmers a day",
            ),
        ),
        (
            "Intro.\n\nThe ferry's own logs show that the 7 a.m. sailing carries 400 people a "
            "day, more than any other crossing on the route.",
            (
                "The ferry's own logs",
                "show",
                "the 7 a.m. sailing carries 400 people a day, more than any other crossing on "
                "the route",
            ),
        ),
    ],
)
def test_the_end_of_a_report_hung_on_its_cue(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    source, cue, content = expected
    found = [(s, c, t.removeprefix("that ")) for s, c, t in claims(text)]
    assert (source, cue, content) in found


def test_a_reason_giving_participle_still_closes_the_report(pipeline: Pipeline) -> None:
    assert ("He", "told", "the deal was off") in claims(
        "He told reporters the deal was off, citing rising costs."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nThe minister is due to speak at 3 p.m. Her office said this morning "
            "that there would be no new taxes.",
            ("Her office", "said", "there would be no new taxes"),
        ),
        (
            "Intro.\n\nThe plant opened in the U.S. The company said sales rose by a third.",
            ("The company", "said", "sales rose by a third"),
        ),
    ],
)
def test_a_sentence_ending_on_an_abbreviation(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The growers say the new levy is "late and unfair," while the millers\' '
            "association says the levy will cost its members more than it raises.",
            [
                ("The growers", "say", 'the new levy is "late and unfair,"'),
                (
                    "the millers' association",
                    "says",
                    "the levy will cost its members more than it raises",
                ),
            ],
        ),
    ],
)
def test_two_reports_joined_by_while_after_a_quotation(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    found = claims(text)
    assert all(claim in found for claim in expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He moved that the meeting be adjourned until Thursday.",
            ("He", "moved", "the meeting be adjourned until Thursday"),
        ),
        (
            "Cr Dana Kirk moved that the item be deferred to the February meeting.",
            ("Cr Dana Kirk", "moved", "the item be deferred to the February meeting"),
        ),
    ],
)
def test_a_motion(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize("text", ["The family moved to Leeds in 2019.", "He moved the car."])
def test_moving_house_is_no_motion(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nThe town's MP, Ruth Adair, who campaigned for the grant, described the "
            "decision as “a great day for the valley”.",
            (
                "The town's MP, Ruth Adair, who campaigned for the grant",
                "described",
                "the decision as “a great day for the valley”",
            ),
        ),
    ],
)
def test_a_label_with_as_hung_on_the_object(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nOstra Pharma on Monday announced positive results from a study of OP-3, "
            "a daily pill for chronic cough.",
            (
                "Ostra Pharma",
                "announced",
                "positive results from a study of OP-3, a daily pill for chronic cough",
            ),
        ),
        (
            "Intro.\n\nThe council announced a new recycling scheme, a weekly collection of "
            "food waste.",
            (
                "The council",
                "announced",
                "a new recycling scheme, a weekly collection of food waste",
            ),
        ),
    ],
)
def test_an_appositive_of_a_thing_announced_is_announced(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


def test_a_verb_joined_to_a_passive_shares_its_subject_not_its_agent(
    pipeline: Pipeline,
) -> None:
    found = claims(
        "The society said it was disappointed by the ruling and would encourage members to "
        "write to their MPs."
    )
    assert not any(source == "the ruling" for source, _, _ in found)


@pytest.mark.parametrize(
    "text",
    [
        'Intro.\n\nHer son studies at the library every night.\n\n"Where will he go now?" she '
        "asked.",
        'Intro.\n\n"Who is going to pay for the repairs?" one tenant asked.',
        'Intro.\n\n"Why now?" wondered Mr Hale.',
    ],
)
def test_a_question_quoted_is_asked_not_claimed(pipeline: Pipeline, text: str) -> None:
    assert not any(cue in ("asked", "wondered") for _, cue, _ in claims(text))


def test_a_statement_quoted_with_said_stays(pipeline: Pipeline) -> None:
    found = claims('Intro.\n\n"We will not close it," she said.')
    assert [(source, cue) for source, cue, _ in found] == [("she", "said")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sales fell 6 per cent in the year to March, the retailer said, as shoppers put "
            "off buying furniture.",
            (
                "the retailer",
                "said",
                "Sales fell 6 per cent in the year to March … as shoppers put off buying furniture",
            ),
        ),
        (
            "Passenger numbers dropped by a fifth, the airline said, because two of its "
            "planes were grounded for repairs.",
            (
                "the airline",
                "said",
                "Passenger numbers dropped by a fifth … because two of its planes were "
                "grounded for repairs",
            ),
        ),
    ],
)
def test_a_reason_after_a_tag_in_mid_sentence(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


def test_an_estimate_keeps_its_condition(pipeline: Pipeline) -> None:
    assert (
        "a memo from the finance office",
        "puts",
        "the real saving at less than half that once the cost of extra buses is counted",
    ) in claims(
        "Intro.\n\nBut a memo from the finance office puts the real saving at less than half "
        "that once the cost of extra buses is counted."
    )


@pytest.mark.parametrize(
    ("text", "expected", "not_a_source"),
    [
        (
            "Flood live\n\n09:10\n\nRoads: the highways agency says the A40 will stay shut "
            "until noon. Diversions are signposted.",
            ("the highways agency", "says", "the A40 will stay shut until noon"),
            "Roads",
        ),
        (
            "Flood live\n\n09:30\n\nPower: Grid operator Voltra says 3,000 homes are still "
            "without electricity.",
            ("Grid operator Voltra", "says", "3,000 homes are still without electricity"),
            "Power",
        ),
    ],
)
def test_a_live_blogs_topic_label_is_no_speaker(
    pipeline: Pipeline, text: str, expected: Found, not_a_source: str
) -> None:
    found = claims(text)
    assert expected in found
    assert not any(source == not_a_source for source, _, _ in found)


def test_a_transcript_answer_that_opens_with_a_report_stays_the_speakers(
    pipeline: Pipeline,
) -> None:
    found = claims("Interview\n\nQ: What went wrong?\n\nOkafor: Everyone says the pumps failed.")
    assert [(source, cue) for source, cue, _ in found] == [("Okafor", ":")]


def test_a_reader_who_emails_is_the_source(pipeline: Pipeline) -> None:
    found = claims(
        'Strike live\n\nReader Ola Berg emails from Tromsvik: "The buses are running, but the '
        'ferry is not. Nobody told us."'
    )
    assert [source for source, _, _ in found] == ["Reader Ola Berg"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nData published by the ministry show that only 61 percent of pupils "
            "passed the reading test.",
            (
                "Data published by the ministry",
                "show",
                "only 61 percent of pupils passed the reading test",
            ),
        ),
        (
            "Intro.\n\nRecords kept by the harbour office show that cargo volumes fell for a "
            "third year.",
            (
                "Records kept by the harbour office",
                "show",
                "cargo volumes fell for a third year",
            ),
        ),
    ],
)
def test_a_verb_of_showing_read_as_a_noun(pipeline: Pipeline, text: str, expected: Found) -> None:
    found = [(s, c, t.removeprefix("that ")) for s, c, t in claims(text)]
    assert expected in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The chief executive said the group would close two depots, but she ruled out "
            "compulsory redundancies this year.",
            ("she", "ruled out", "compulsory redundancies this year"),
        ),
        (
            "The minister ruled out a second referendum.",
            ("The minister", "ruled out", "a second referendum"),
        ),
    ],
)
def test_ruling_out_is_a_claim(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\nThe town is about to find out what that promise is worth.",
        "Intro.\n\nParents will learn whether the school stays open in March.",
    ],
)
def test_an_answer_still_to_be_found_is_no_claim(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nIts chair, Ana Lund, says the council has not answered any of the "
            "group's letters.",
            (
                "Its chair, Ana Lund",
                "says",
                "the council has not answered any of the group's letters",
            ),
        ),
        (
            "Intro.\n\nShe said the ministry had not responded to her three complaints.",
            ("She", "said", "the ministry had not responded to her three complaints"),
        ),
    ],
)
def test_another_partys_silence_complained_of_is_a_claim(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\nA spokesman said the company does not comment on market speculation.",
        "Intro.\n\nA spokeswoman said it would not comment.",
    ],
)
def test_a_refusal_reported_by_its_own_side_is_still_no_claim(
    pipeline: Pipeline, text: str
) -> None:
    assert claims(text) == []


def test_a_that_clause_after_before(pipeline: Pipeline) -> None:
    assert ("I", "argued", "that market rents should not apply to school halls") in claims(
        "Intro.\n\nI have argued before that market rents should not apply to school halls."
    )


def test_as_they_put_it_inside_the_subject(pipeline: Pipeline) -> None:
    found = claims("The alternative, as Ms Tan put it, is a market with no traders in it.")
    assert [(source, cue) for source, cue, _ in found] == [("Ms Tan", "put it")]
    assert found[0][2].startswith("The alternative") and found[0][2].endswith("no traders in it")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nSentencing, Judge Ruth Vane said the apology was sincere but the "
            'residents had been "very fortunate".',
            (
                "Judge Ruth Vane",
                "said",
                'the apology was sincere but the residents had been "very fortunate"',
            ),
        ),
        (
            "He said the pier was safe and the railings would be repaired by Friday.",
            ("He", "said", "the pier was safe and the railings would be repaired by Friday"),
        ),
    ],
)
def test_a_second_clause_of_the_report_in_reported_tenses(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


def test_a_narrators_clause_after_a_comma_is_not_the_report(pipeline: Pipeline) -> None:
    assert ("The minister", "said", "the fee was unfair") in claims(
        "The minister said the fee was unfair, but the council had already approved it."
    )


def test_bare_infinitives_asked_after_the_first(pipeline: Pipeline) -> None:
    found = claims(
        "She urged residents to boil drinking water, wash their hands often and avoid raw "
        "salads, and called on chiefs to spread the message."
    )
    assert (
        "She",
        "urged",
        "residents to boil drinking water, wash their hands often and avoid raw salads",
    ) in found
    assert ("She", "called on", "chiefs to spread the message") in found


def test_a_tag_closing_a_headline_reports_all_of_it(pipeline: Pipeline) -> None:
    assert (
        "officials",
        "say",
        "Bus overturns near Carrow Pass; 9 hurt",
    ) in claims("Bus overturns near Carrow Pass; 9 hurt, officials say\n\nThe bus was empty.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nThe two banks will merge in a deal that the banks say will cut up to "
            "600 jobs.",
            ("the banks", "say", "a deal that the banks say will cut up to 600 jobs"),
        ),
        (
            "Intro.\n\nThe board has refused to publish the waiting-list figures it says "
            "justify the closure.",
            ("it", "says", "the waiting-list figures it says justify the closure"),
        ),
    ],
)
def test_a_report_on_a_noun_from_a_relative_clause(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    source, cue, content = expected
    found = claims(text)
    assert any(
        (s, c) == (source, cue) and t.split(" … ")[0] in content and t.endswith(content[-12:])
        for s, c, t in found
    )


def test_a_place_where_something_was_learned_is_no_report(pipeline: Pipeline) -> None:
    assert (
        claims("Intro.\n\nIt was the only pool where children from the estate learned to swim.")
        == []
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The operator said in a statement that it was "deeply shocked" and was helping '
            "investigators.",
            ("The operator", "said", 'it was "deeply shocked" and was helping investigators'),
        ),
        (
            "Dr Ines Hall said the trial was “well run” but had used mice kept indoors.",
            ("Dr Ines Hall", "said", "the trial was “well run” but had used mice kept indoors"),
        ),
        (
            "Ms Grey told the jury that her client would give evidence and would say he "
            "acted in self-defence.",
            (
                "Ms Grey",
                "told",
                "her client would give evidence and would say he acted in self-defence",
            ),
        ),
    ],
)
def test_a_second_predicate_of_a_report_stays_in_it(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


def test_a_next_report_read_as_a_second_complement(pipeline: Pipeline) -> None:
    found = claims("The mayor said the scheme was dead and warned that fares would rise.")
    assert ("The mayor", "said", "the scheme was dead") in found
    assert ("The mayor", "warned", "fares would rise") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nTheir petition calls on the trust to reopen the birth centre by spring.",
            ("Their petition", "calls on", "the trust to reopen the birth centre by spring"),
        ),
        (
            "The union calls on the board to restore the night service.",
            ("The union", "calls on", "the board to restore the night service"),
        ),
    ],
)
def test_calls_on_with_the_infinitive_read_as_a_purpose(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Court orders landlord to repay £12,000 in deposits to students\n\nBody.",
            ("Court", "orders", "landlord to repay £12,000 in deposits to students"),
        ),
        (
            "HC directs city body to clear drains before monsoon\n\nBody.",
            ("HC", "directs", "city body to clear drains before monsoon"),
        ),
    ],
)
def test_a_headlines_directive(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


def test_accepting_that_is_a_concession(pipeline: Pipeline) -> None:
    found = claims('Under cross-examination, she accepted that her son had a "quick temper".')
    assert [(s, c) for s, c, _ in found] == [("she", "accepted")]
    assert claims("She accepted the offer.") == []


def test_a_figure_after_a_tag_in_mid_sentence_goes_on_with_the_report(
    pipeline: Pipeline,
) -> None:
    found = claims(
        "The fuel index rose for a fourth month, the agency said, with a litre of diesel "
        "selling at an average of Sh182, up from Sh171 in May."
    )
    assert ("the agency", "said") in [(s, c) for s, c, _ in found]
    assert found[0][2].endswith("up from Sh171 in May")
    assert claims("Prices will fall, the minister said, with a smile.") == [
        ("the minister", "said", "Prices will fall")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Intro.\n\nThe mayor appealed to residents to "treat every litre as if it were the '
            'last".',
            ("The mayor", "appealed to", 'residents to "treat every litre as if it were the last"'),
        ),
        (
            "Intro.\n\nPolice have appealed to witnesses to come forward.",
            ("Police", "appealed to", "witnesses to come forward"),
        ),
    ],
)
def test_appealing_to_someone_to_act_is_a_directive(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    ["Intro.\n\nHe appealed against the sentence.", "Intro.\n\nThe plan appealed to voters."],
)
def test_an_appeal_with_nothing_asked_is_no_directive(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nCrowds averaged 8,400 last season; the club's business plan assumes 15,000.",
            ("the club's business plan", "assumes", "15,000"),
        ),
        (
            "Intro.\n\nThe budget assumes that fuel prices will stay flat.",
            ("The budget", "assumes", "fuel prices will stay flat"),
        ),
    ],
)
def test_what_a_document_assumes(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


def test_a_person_assuming_is_thinking(pipeline: Pipeline) -> None:
    assert claims("Intro.\n\nI assume you know the way.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Live\n\n19:48 Drivers urged to stay at home\n\nPolice said roads were flooded.",
            (None, "urged", "Drivers … to stay at home"),
        ),
        (
            "Flu cases double; parents told to keep sick children at home\n\nBody.",
            (None, "told", "parents … to keep sick children at home"),
        ),
    ],
)
def test_a_headlines_passive_directive(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nShe is asking for the water company to pay for new pipes.",
            ("She", "asking", "for the water company to pay for new pipes"),
        ),
        (
            "Intro.\n\nA motion from the Green group asking for an independent audit was defeated.",
            ("A motion from the Green group", "asking", "an independent audit"),
        ),
    ],
)
def test_asking_for_someone_to_act(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\nI am asking for the number 9 bus to run after dark.",
        "Intro.\n\nRepublicans asked for the documents a few hours earlier.",
        "Intro.\n\nOfficials would not say which candidate asked for it.",
    ],
)
def test_asking_for_that_is_no_report(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_the_interviewee_opens_the_introduction(pipeline: Pipeline) -> None:
    text = (
        "Interview\n\nThe harbour has lost two boats this winter, the mayor, Ines Roth, said "
        "last week.\n\nMarta Quill has skippered the lifeboat for nine years. She spoke to "
        "Tom Ferris.\n\nQ. How was the winter?\n\nA. The hardest I remember.\n\nQ. Why?\n\n"
        "A. The storms came in threes."
    )
    answers = [source for source, cue, _ in claims(text) if cue == "A."]
    assert answers == ["Marta Quill", "Marta Quill"]


def test_about_the_company_is_no_speaker(pipeline: Pipeline) -> None:
    found = claims(
        "Release\n\nAbout Harrow Trust: Harrow Trust has run shelters in the county since 1998."
    )
    assert found == []


def test_call_this_a_name(pipeline: Pipeline) -> None:
    assert ("Economists", "call", "this induced demand") in claims(
        "Intro.\n\nEconomists call this induced demand, and it is no fringe idea."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nA track inspection in May found no defects on the bridge.",
            ("A track inspection in May", "found", "no defects on the bridge"),
        ),
        (
            "Intro.\n\nThe council published a consultation paper saying the school would "
            "cost £1.2 million to repair.",
            (
                "a consultation paper",
                "saying",
                "the school would cost £1.2 million to repair",
            ),
        ),
    ],
)
def test_inspections_and_papers_are_documents(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nThe ministry issued a statement saying the talks had failed.",
            ("a statement", "saying", "the talks had failed"),
        ),
        (
            "Intro.\n\nThe club's chairman read a letter from the board saying the stand "
            "would close.",
            ("a letter from the board", "saying", "the stand would close"),
        ),
    ],
)
def test_a_statement_with_a_participle_is_the_source(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nThe hotel was ordered on Friday to shut down the cooling tower.",
            (None, "was ordered", "The hotel … to shut down the cooling tower"),
        ),
        (
            "Intro.\n\nA builder has been ordered to pay €40,000 in damages.",
            (None, "been ordered", "A builder … to pay €40,000 in damages"),
        ),
    ],
)
def test_an_order_in_the_passive_is_sourceless(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    source, cue, content = expected
    found = [(s, c, t) for s, c, t in claims(text) if c.endswith("ordered")]
    assert len(found) == 1 and found[0][:2] == (source, cue)
    assert found[0][2].startswith(content.split(" … ")[0])
    assert found[0][2].endswith(content.split(" … ")[1])


def test_ordering_a_thing_is_no_order(pipeline: Pipeline) -> None:
    assert claims("Intro.\n\nHe ordered a pizza.") == []


def test_a_tag_read_as_a_noun_after_the_reports_last_noun(pipeline: Pipeline) -> None:
    assert (
        "the paper",
        "notes",
        "Male finches spent more time near speakers playing short songs",
    ) in claims(
        "Intro.\n\nMale finches spent more time near speakers playing short songs, the paper notes."
    )
    assert claims("Intro.\n\nHe keeps his notes in a drawer.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nThe union is demanding a rise of 9 percent.",
            ("The union", "demanding", "a rise of 9 percent"),
        ),
        (
            "Intro.\n\nThe senator is proposing a tax on empty homes.",
            ("The senator", "proposing", "a tax on empty homes"),
        ),
    ],
)
def test_an_object_reported_in_the_progressive(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


def test_a_closing_tag_reports_a_coordination_with_a_directive(pipeline: Pipeline) -> None:
    found = claims(
        "Intro.\n\nThe president declared a day of mourning and directed the ministry to "
        '"urgently review" ferry licences, his office said.'
    )
    assert (
        "his office",
        "said",
        'The president declared a day of mourning and directed the ministry to "urgently '
        'review" ferry licences',
    ) in found


def test_blaming_closes_a_warning(pipeline: Pipeline) -> None:
    assert ("the brewer", "warned", "full-year profit would drop by a quarter") in claims(
        "Intro.\n\nShares fell after the brewer warned that full-year profit would drop by a "
        "quarter, blaming higher excise duty."
    )


def test_considering_asking_asks_nothing(pipeline: Pipeline) -> None:
    found = claims(
        "Intro.\n\nThe tenants' group is considering asking the minister to call in the decision."
    )
    assert not any(cue == "asking" for _, cue, _ in found)


def test_denying_a_gerund_charge_is_a_plea(pipeline: Pipeline) -> None:
    assert claims("Intro.\n\nHale, 41, denies causing death by careless driving.") == []


def test_a_speaker_label_with_an_accented_capital(pipeline: Pipeline) -> None:
    found = claims(
        "Interview\n\nMáire Ó Dálaigh runs the island shop.\n\nQ: How close did it come to "
        "closing?\n\nÓ Dálaigh: Very close. The old owners told us they would shut in "
        "October.\n\nQ: And the grant?\n\nÓ Dálaigh: It came with strings."
    )
    assert [(source, cue) for source, cue, _ in found] == [
        ("Ó Dálaigh", ":"),
        ("Ó Dálaigh", ":"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rice prices to ease within a month, says Food Secretary\n\nBody.",
            ("Food Secretary", "says", "Rice prices to ease within a month"),
        ),
        (
            "Four killed in blast at chemical plant, owner missing, say police\n\nBody.",
            ("police", "say", "Four killed in blast at chemical plant, owner missing"),
        ),
        (
            "Two in Five Tenants Skip Meals to Pay Rent, Says Harrow Trust\n\nBody.",
            ("Harrow Trust", "Says", "Two in Five Tenants Skip Meals to Pay Rent"),
        ),
        (
            "Intro.\n\nThe plan is dead, said Ms Ray.",
            ("Ms Ray", "said", "The plan is dead"),
        ),
    ],
)
def test_an_inverted_tag_names_its_speaker_after_the_verb(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


def test_a_second_report_or_a_report_noun_in_a_headline_is_not_inverted(
    pipeline: Pipeline,
) -> None:
    assert claims("Central bank holds rates, signals cut possible in spring\n\nBody.") == []
    found = claims("Glaciers shrinking twice as fast as before, report says\n\nBody.")
    assert found == [("report", "says", "Glaciers shrinking twice as fast as before")]


def test_a_courts_hearing_at_a_headlines_end(pipeline: Pipeline) -> None:
    assert (None, "hears", "Accountant ‘was told to keep two sets of books’") in claims(
        "Accountant ‘was told to keep two sets of books’, fraud trial hears\n\nBody."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\nI am asking you to pause the second phase until every child is traced.",
        "Intro.\n\nThe firm said it was reviewing the ruling and had not ruled out an appeal.",
        "Intro.\n\nThe police declined to name the boys, citing their age.",
        'Intro.\n\nHe told "lie after lie" to the police.',
    ],
)
def test_pleas_possibilities_grounds_and_lies_report_nothing(pipeline: Pipeline, text: str) -> None:
    assert not any(cue in ("asking", "ruled out", "citing", "told") for _, cue, _ in claims(text))


def test_the_reason_given_with_a_refusal_is_still_a_report(pipeline: Pipeline) -> None:
    found = claims(
        "Intro.\n\nThe club declined to comment, saying it did not discuss other clubs' players."
    )
    assert any(cue == "saying" for _, cue, _ in found)


def test_i_tell_you_that_is_a_report(pipeline: Pipeline) -> None:
    found = claims("Intro.\n\nI tell you that the mayor will not be re-elected.")
    assert any(cue == "tell" for _, cue, _ in found)


def test_putting_a_value_on_shares_is_an_estimate(pipeline: Pipeline) -> None:
    assert ("Analysts at Greyfield", "put", "a fair value of 480p on the shares") in claims(
        "Intro.\n\nAnalysts at Greyfield put a fair value of 480p on the shares."
    )
    assert claims("Intro.\n\nShe put the book on the table.") == []


def test_a_headlines_directive_leaves_out_its_occasion(pipeline: Pipeline) -> None:
    assert (None, "urged", "Commuters … to stay home") in claims(
        "Commuters urged to stay home as landslip closes valley line\n\nBody."
    )


def test_having_something_after_a_report_is_no_next_act(pipeline: Pipeline) -> None:
    assert (
        "His barrister",
        "told",
        'his client had been "terrified" and had no way of knowing whether the man had a knife',
    ) in claims(
        'Intro.\n\nHis barrister told the jury his client had been "terrified" and had no way '
        "of knowing whether the man had a knife."
    )
