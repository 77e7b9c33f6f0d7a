"""Everyday news read right (issue 24), second round: a speaker's several acts in one sentence,
proposals, findings, forecasts and directives with a noun or a gerund for content, subjects the
parser gives away, tags it misreads, what courts heard and documents frame, and what reports
nothing (refusals, pleas, verdicts, questions, commands, background on a name). One test per
family, each with sentences written for it in several wordings."""

from __future__ import annotations

import pytest

import claimx
from claimx.nlp import Pipeline

from .conftest import Found
from .conftest import claims_in as claims

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The union criticised the plan and demanded a meeting with the board.",
            ("The union", "demanded", "a meeting with the board"),
        ),
        (
            "Lundberg called the figures alarming and demanded an inquiry.",
            ("Lundberg", "demanded", "an inquiry"),
        ),
        (
            "The mayor welcomed the report and announced a review of parking fees.",
            ("The mayor", "announced", "a review of parking fees"),
        ),
        (
            "The senator voted against the measure and denied any wrongdoing.",
            ("The senator", "denied", "any wrongdoing"),
        ),
    ],
)
def test_a_second_act_of_the_subject_reports_its_object(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The ministry said in a statement that the checkpoints were illegal and demanded "
            "their immediate removal.",
            [
                ("The ministry", "said", "the checkpoints were illegal"),
                ("The ministry", "demanded", "their immediate removal"),
            ],
        ),
        (
            "The minister said the fee was unfair and promised to scrap it.",
            [
                ("The minister", "said", "the fee was unfair"),
                ("The minister", "promised", "to scrap it"),
            ],
        ),
        (
            "The council said the bridge was unsafe and urged drivers to use the ring road.",
            [
                ("The council", "said", "the bridge was unsafe"),
                ("The council", "urged", "drivers to use the ring road"),
            ],
        ),
    ],
)
def test_an_act_no_thing_does_is_the_speakers_next_act(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    found = claims(text)
    for claim in expected:
        assert claim in found


@pytest.mark.parametrize(
    "text",
    [
        "He said the tunnels flooded and warned that more rain was coming.",
        "He said the tunnels flooded, and warned that more rain was coming.",
    ],
)
def test_the_and_between_two_acts_ends_no_content(pipeline: Pipeline, text: str) -> None:
    found = claims(text)
    assert ("He", "said", "the tunnels flooded") in found
    assert ("He", "warned", "more rain was coming") in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officers had recommended closing the pool in January.",
            ("Officers", "had recommended", "closing the pool in January"),
        ),
        (
            "The review proposes scrapping the fee for pensioners.",
            ("The review", "proposes", "scrapping the fee for pensioners"),
        ),
        (
            "Her lawyers suggested delaying the hearing until the spring.",
            ("Her lawyers", "suggested", "delaying the hearing until the spring"),
        ),
        (
            "Moscow has repeatedly denied targeting civilian infrastructure.",
            ("Moscow", "denied", "targeting civilian infrastructure"),
        ),
        ("He admitted stealing the painting.", ("He", "admitted", "stealing the painting")),
    ],
)
def test_a_proposed_act_may_be_a_gerund(pipeline: Pipeline, text: str, expected: Found) -> None:
    source, cue, content = expected
    assert any(s == source and cue.endswith(c) and t == content for s, c, t in claims(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Satellite images reviewed by analysts showed only a handful of trucks.",
            ("Satellite images reviewed by analysts", "showed", "only a handful of trucks"),
        ),
        (
            "The audit found a shortfall of 2 million euros in the pension fund.",
            ("The audit", "found", "a shortfall of 2 million euros in the pension fund"),
        ),
        (
            "Hospital records reveal a sharp rise in admissions over the winter.",
            ("Hospital records", "reveal", "a sharp rise in admissions over the winter"),
        ),
        (
            "CCTV footage shows two men leaving the depot shortly before midnight.",
            ("CCTV footage", "shows", "two men leaving the depot shortly before midnight"),
        ),
    ],
)
def test_what_a_document_shows_or_finds_is_its_claim(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    "text",
    [
        "The minister found a seat near the door.",
        "She showed the jury a photograph of the car.",
        "The inspectors found the keys in a drawer.",
    ],
)
def test_a_person_finding_or_showing_a_thing_reports_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The schools will pay a fifth less for power, saving an estimated £310,000 a year "
        "between them, according to figures prepared for the co-operative.",
    ],
)
def test_according_to_after_a_participle_credits_the_clause_it_hangs_on(
    pipeline: Pipeline, text: str
) -> None:
    [(source, cue, content)] = claims(text)
    assert (source, cue) == ("figures prepared for the co-operative", "according to")
    assert content.startswith("The schools will pay") and content.endswith("between them")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Foxes have learned to lift the lids of bins, and the habit is spreading from one "
            "animal to another, according to a study published on Tuesday.",
            (
                "a study published on Tuesday",
                "according to",
                "Foxes have learned to lift the lids of bins, and the habit is spreading from "
                "one animal to another",
            ),
        ),
        (
            "Rents rose by a tenth last year and vacancies fell to a record low, according to "
            "the housing agency.",
            (
                "the housing agency",
                "according to",
                "Rents rose by a tenth last year and vacancies fell to a record low",
            ),
        ),
    ],
)
def test_according_to_after_a_coordination_credits_all_of_it(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Even the Chamber of Commerce, which opposed the scheme, now says the line has "
            "brought new customers.",
            [("Even the Chamber of Commerce", "says", "the line has brought new customers")],
        ),
        (
            "Councillor Anna Reyes, who proposed the motion, was absent from the vote.",
            [],
        ),
        (
            "The residents' association, which backed the plan from the start, held a "
            "party on Sunday.",
            [],
        ),
        ("The next time the council proposes something ambitious, I will wait and see.", []),
    ],
)
def test_the_writers_background_on_a_name_reports_nothing(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


def test_a_background_clause_of_speech_is_still_a_report(pipeline: Pipeline) -> None:
    found = claims("The company, which has denied any wrongdoing, will appeal.")
    assert any(cue == "has denied" or cue == "denied" for _, cue, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The regional security body, the Council of River States, called on both "
            "governments to pull back their forces.",
            (
                "The regional security body, the Council of River States",
                "called on",
                "both governments to pull back their forces",
            ),
        ),
        (
            "Greenvale's assistant coach, Ada Mensah, who took charge with the head coach "
            "suspended, claimed the penalty should never have been given.",
            (
                "Greenvale's assistant coach, Ada Mensah",
                "claimed",
                "the penalty should never have been given",
            ),
        ),
        (
            "Lawmakers from both parties called on the governor to resign.",
            ("Lawmakers from both parties", "called on", "the governor to resign"),
        ),
    ],
)
def test_a_subject_the_parser_gave_away_is_the_source(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    source, cue, content = expected
    assert source is not None
    # the source is the person, with or without the relative clause on their name
    assert any(
        s is not None and s.startswith(source) and (c, t) == (cue, content)
        for s, c, t in claims(text)
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The captain, Tom Reed, went off at half-time with a knee injury; the club said he "
            "would have a scan on Monday.",
            ("the club", "said", "he would have a scan on Monday"),
        ),
        (
            "Prices rose again in May: economists said the rise would not last.",
            ("economists", "said", "the rise would not last"),
        ),
        (
            "The ferry left two hours late; the operator said fog had closed the harbour.",
            ("the operator", "said", "fog had closed the harbour"),
        ),
    ],
)
def test_what_stands_before_a_semicolon_or_colon_is_not_the_report(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He later told the Gazette that he understood the anger but feared the delay would "
            "only make things worse.",
            (
                "He",
                "told",
                "he understood the anger but feared the delay would only make things worse",
            ),
        ),
        (
            "She said that they accepted the ruling but believed the fine was too high.",
            ("She", "said", "they accepted the ruling but believed the fine was too high"),
        ),
    ],
)
def test_a_state_of_mind_joined_to_the_report_goes_on_with_it(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_an_act_of_speech_joined_to_the_report_is_the_next_act(pipeline: Pipeline) -> None:
    found = claims(
        "The ministry said it was firmly opposed to the test and warned the north to refrain "
        "from further launches."
    )
    assert ("The ministry", "said", "it was firmly opposed to the test") in found
    assert any(cue == "warned" for _, cue, _ in found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "According to conservative radio host Dale Hume, the move reeks of fear.",
            ("conservative radio host Dale Hume", "According to", "the move reeks of fear"),
        ),
        (
            "According to the harbour master, the channel will reopen on Friday.",
            ("the harbour master", "According to", "the channel will reopen on Friday"),
        ),
    ],
)
def test_according_to_at_the_start_parts_source_and_content_at_the_comma(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_according_to_with_no_content_is_no_claim(pipeline: Pipeline) -> None:
    assert claims("According to the station, basically.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trump said after the convention he would not accept the endorsement.",
            ("Trump", "said", "he would not accept the endorsement"),
        ),
        (
            "She said before the vote that she would abstain.",
            ("She", "said", "she would abstain"),
        ),
        (
            "The coach said after the match his players had run out of ideas.",
            ("The coach", "said", "his players had run out of ideas"),
        ),
    ],
)
def test_a_phrase_of_time_after_the_cue_dates_the_telling(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Unions called the pay offer "a slap in the face," while the airline said it '
            "would not improve it.",
            [
                ("Unions", "called", 'the pay offer "a slap in the face,"'),
                ("the airline", "said", "it would not improve it"),
            ],
        ),
        (
            "She called the new rules “a disgrace” and walked out.",
            [("She", "called", "the new rules “a disgrace”")],
        ),
    ],
)
def test_called_x_with_a_quoted_label_keeps_both(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Shoppers have been asked to avoid the old town.", "to avoid the old town"),
        ("Drivers were warned to expect long delays on the bridge.", "to expect long delays"),
        ("Residents were urged to boil their water until further notice.", "to boil their water"),
    ],
)
def test_a_passive_directive_with_no_agent_is_sourceless(
    pipeline: Pipeline, text: str, content: str
) -> None:
    [(source, _, found)] = claims(text)
    assert source is None and content in found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Stenmoor Crown Court heard that the defendant had sent more than 200 messages.",
            "the defendant had sent more than 200 messages",
        ),
        ("Jurors heard that the van had been stolen a week earlier.", "the van had been stolen"),
        ("The inquiry heard the alarms had been switched off.", "the alarms had been switched"),
    ],
)
def test_what_a_court_heard_is_a_claim_with_no_source(
    pipeline: Pipeline, text: str, content: str
) -> None:
    [(source, cue, found)] = claims(text)
    assert (source, cue) == (None, "heard") and content in found


def test_a_person_hearing_news_reports_nothing(pipeline: Pipeline) -> None:
    assert claims("I heard that the shop had closed.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nordvik Energy is pleased to announce a partnership with Lumo Health.",
            ("Nordvik Energy", "announce", "a partnership with Lumo Health"),
        ),
        (
            "We are delighted to confirm that the festival will return in June.",
            ("We", "confirm", "the festival will return in June"),
        ),
    ],
)
def test_a_press_releases_pleasure_makes_the_announcement(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor, 54, told The Associated Press in an interview that the city was "
            "nearly broke.",
            ("The mayor, 54", "told", "the city was nearly broke"),
        ),
        (
            "He wrote in a letter to members that he regretted the delay.",
            ("He", "wrote", "he regretted the delay"),
        ),
    ],
)
def test_a_that_clause_after_the_medium_of_the_report_is_the_report(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_quoted_as_saying_names_the_one_quoted(pipeline: Pipeline) -> None:
    assert claims("He was quoted as saying that the deal was dead.") == [
        ("He", "saying", "the deal was dead")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We are not leaving," the letter reads.', ("the letter", "reads", "We are not leaving")),
        (
            'The statement read: "The company regrets any inconvenience."',
            ("The statement", "read", "The company regrets any inconvenience"),
        ),
    ],
)
def test_what_a_documents_text_reads_is_its_claim(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert [(s, c, t.strip('"“”')) for s, c, t in claims(text)] == [expected]


@pytest.mark.parametrize(
    "text", ["She read the report on the train.", "I read that the shop had closed."]
)
def test_a_person_reading_reports_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Under cross-examination, prosecutor Hugh Marsh suggested she had reported the "
            "losses to cover her tracks.",
            (
                "prosecutor Hugh Marsh",
                "suggested",
                "she had reported the losses to cover her tracks",
            ),
        ),
    ],
)
def test_a_hyphen_read_as_a_subject_is_not_the_source(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company expects full-year revenue of between $1.7 billion and $1.8 billion.",
            (
                "The company",
                "expects",
                "full-year revenue of between $1.7 billion and $1.8 billion",
            ),
        ),
        (
            "The central bank expects two rate cuts next year.",
            ("The central bank", "expects", "two rate cuts next year"),
        ),
    ],
)
def test_an_organisations_forecast_of_a_figure_is_its_claim(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    "text", ["Fans expect a close match on Saturday.", "She expects a reply by Friday."]
)
def test_expecting_a_thing_reports_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'But as the transport economist Rhea Sen put it, "buses do not change where people '
            'want to live."',
            (
                "the transport economist Rhea Sen",
                "put it",
                "buses do not change where people want to live",
            ),
        ),
        (
            "As one resident put it bluntly, the town has been forgotten.",
            ("one resident", "put it bluntly", "the town has been forgotten"),
        ),
    ],
)
def test_as_someone_put_it(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert [(s, c, t.strip('"“”')) for s, c, t in claims(text)] == [expected]


def test_putting_a_thing_somewhere_reports_nothing(pipeline: Pipeline) -> None:
    assert claims("She put it on the table.") == []


def test_a_live_blogs_time_stamp_is_not_in_the_source(pipeline: Pipeline) -> None:
    found = claims('Storm Elin: live\n\n13:15 Met Office: "Stay indoors if you can."')
    assert [(s, c) for s, c, _ in found] == [("Met Office", ":")]


def test_a_content_holding_a_closing_quote_mark_takes_its_opening_one(pipeline: Pipeline) -> None:
    found = claims('Rovers boss hails "perfect" display as leaders held')
    assert [t for _, c, t in found if c == "hails"] == ['"perfect" display']


@pytest.mark.parametrize(
    "text",
    [
        "Neither the police nor the council would comment on the case.",
        "No one at the ministry would say when the report will be published.",
    ],
)
def test_a_refusal_with_a_negated_subject_says_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In the latest poll, the mayor led her rival by five points.",
            ("the latest poll", "In", "the mayor led her rival by five points"),
        ),
        (
            "In its annual review, the regulator counted 212 complaints.",
            ("its annual review", "In", "the regulator counted 212 complaints"),
        ),
    ],
)
def test_a_document_framing_a_sentence_is_its_source(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March, prices rose.", []),
        (
            "In a statement, the ministry said the fire was out.",
            [("the ministry", "said", "the fire was out")],
        ),
    ],
)
def test_a_framing_phrase_that_is_no_document_or_has_its_own_report(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Do you know where your tax returns are?",
        "Did the minister say that the plant would close?",
        "Now tell us this isn't a witch hunt!",
        "Tell me what you think.",
    ],
)
def test_a_question_about_a_report_or_a_command_says_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_you_know_is_a_filler(pipeline: Pipeline) -> None:
    found = claims('"And, you know, I don\'t think he has done anything like this," she said.')
    assert [(s, c) for s, c, _ in found] == [("she", "said")]


def test_a_passive_teller_keeps_the_clauses_subject(pipeline: Pipeline) -> None:
    assert claims("Members were told the budget gap had grown to £4m.") == [
        (None, "told", "the budget gap had grown to £4m")
    ]


def test_a_next_act_leaves_the_quotations_marks_in_the_content(pipeline: Pipeline) -> None:
    found = claims('The judge said Smith had shown "no remorse" and jailed him for six years.')
    assert found == [("The judge", "said", 'Smith had shown "no remorse"')]


def test_called_for_is_the_cue(pipeline: Pipeline) -> None:
    found = claims("The motion, proposed by Cllr Ray Hunt, called for a freeze on parking fees.")
    assert [(c, t) for _, c, t in found] == [("called for", "a freeze on parking fees")]


@pytest.mark.parametrize(
    "text", ["The jury found him guilty of murder.", "She was found not guilty on all counts."]
)
def test_a_verdict_is_an_act(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_a_transcripts_interviewee_keeps_the_given_name(pipeline: Pipeline) -> None:
    text = (
        "Five minutes with: the harbour master\n\nInes Kowalczyk has run Porthaven harbour "
        "for 11 years. We asked her about the new ferry terminal.\n\nQ: Will the terminal be "
        "ready by summer?\nA: It will. The cranes arrive next month."
    )
    assert [s for s, _, _ in claims(text)] == ["Ines Kowalczyk"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("UN warns of famine in three regions", "famine in three regions"),
        (
            "The agency warned of shortages across the north during the winter.",
            "shortages across the north",
        ),
    ],
)
def test_a_prepositional_content_runs_to_the_end_of_its_clause(
    pipeline: Pipeline, text: str, content: str
) -> None:
    assert [t for _, _, t in claims(text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The airline advised passengers not to travel to the airport unless their flight "
            "had been confirmed.",
            (
                "The airline",
                "advised",
                "passengers not to travel to the airport unless their flight had been confirmed",
            ),
        ),
        (
            "The judge also ordered Tullis to pay back 120,000 pounds.",
            ("The judge", "ordered", "Tullis to pay back 120,000 pounds"),
        ),
        (
            "Whooping cough cases triple as health agency urges vaccination in pregnancy",
            ("health agency", "urges", "vaccination in pregnancy"),
        ),
        ("The UN urged restraint on both sides.", ("The UN", "urged", "restraint on both sides")),
    ],
)
def test_advice_orders_and_what_is_urged_are_directives(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Her office would not confirm her travel plans.",
        "Morag Tullis, 52, had denied 11 counts of fraud.",
        "He denies murder.",
        "She urged the minister.",
        "Teodora Marinescu is a former deputy mayor and writes about cities.",
        "Contact: Press Office, University of Ashgrove",
        "Media contact: Jo Lind, press@cascademills.example",
    ],
)
def test_refusals_pleas_bare_addressees_topics_and_contacts_say_nothing(
    pipeline: Pipeline, text: str
) -> None:
    assert claims(text) == []


def test_a_denial_with_a_clause_or_of_allegations_is_a_claim(pipeline: Pipeline) -> None:
    assert claims("The ministry did not confirm that talks had begun.") == [
        ("The ministry", "confirm", "talks had begun")
    ]
    assert claims("She denied the allegations.") == [("She", "denied", "the allegations")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "When the housing minister stood up in parliament and promised 100,000 new homes "
            "by 2030, the chamber applauded.",
            ("the housing minister", "promised", "100,000 new homes by 2030"),
        ),
        (
            "Forecaster Cathal Breen told state radio that gusts of up to 160 km/h were possible "
            "overnight and urged people in the area not to travel.",
            ("Forecaster Cathal Breen", "urged", "people in the area not to travel"),
        ),
        (
            "The defence ministry has called the images fabricated and denied that any troops "
            "had been moved.",
            ("The defence ministry", "called", "the images fabricated"),
        ),
    ],
)
def test_second_acts_in_a_clause_of_time_after_a_report_and_of_a_label(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


def test_a_modal_shared_by_two_verbs_keeps_both_in_the_report(pipeline: Pipeline) -> None:
    assert claims(
        "She said Nordvik would delay four new vessels and cut 600 office jobs, mostly at its "
        "headquarters."
    ) == [
        (
            "She",
            "said",
            "Nordvik would delay four new vessels and cut 600 office jobs, mostly at its "
            "headquarters",
        )
    ]


def test_a_clause_of_its_own_after_a_mid_sentence_tag_goes_on_with_the_report(
    pipeline: Pipeline,
) -> None:
    [(source, cue, content)] = claims(
        "Cases have tripled this year, the institute said on Tuesday, and two infants have "
        "died since January."
    )
    assert (source, cue) == ("the institute", "said")
    assert content.endswith("two infants have died since January")


def test_the_story_after_a_quotations_tag_is_not_the_quotation(pipeline: Pipeline) -> None:
    assert claims(
        "“He really does love us,” Melanie said, and soon the balloons were dropping."
    ) == [("Melanie", "said", "He really does love us")]


def test_a_closing_tag_read_as_a_noun_is_the_tag(pipeline: Pipeline) -> None:
    found = claims(
        "The country needs the homes: young couples in the capital now spend more than half "
        "their income on rent, the central bank estimates."
    )
    assert found == [
        (
            "the central bank",
            "estimates",
            "young couples in the capital now spend more than half their income on rent",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The BBC understands that the minister will resign on Monday.",
            ("The BBC", "understands", "the minister will resign on Monday"),
        ),
        (
            "Sky News understands the deal is close.",
            ("Sky News", "understands", "the deal is close"),
        ),
    ],
)
def test_a_newsroom_that_understands_reports(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_a_person_understanding_reports_nothing(pipeline: Pipeline) -> None:
    assert claims("I understand that you are upset.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Residents deserve to know how the contract went so wrong.",
        "Voters need to know whether the candidate paid any tax.",
        "The union plans to announce a strike.",
    ],
)
def test_a_report_wanted_or_planned_is_not_made(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Its own budget papers show no money set aside for the branches.",
            ("Its own budget papers", "show", "no money set aside for the branches"),
        ),
        (
            "Keron Blair, executive director of the alliance, called for more school investment "
            "in a statement on Thursday.",
            (
                "Keron Blair, executive director of the alliance",
                "called for",
                "more school investment",
            ),
        ),
        (
            "The airline announced a new route to Lisbon on Monday.",
            ("The airline", "announced", "a new route to Lisbon"),
        ),
    ],
)
def test_an_object_content_leaves_out_where_and_when_it_was_said(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Officials rejected suggestions that the plant was unsafe.",
            (None, "suggestions", "the plant was unsafe"),
        ),
        (
            "The company repeated its warning that prices would rise.",
            ("its", "warning", "prices would rise"),
        ),
        (
            "The decision followed a recommendation by the inspectorate that the school be closed.",
            ("the inspectorate", "recommendation", "the school be closed"),
        ),
    ],
)
def test_a_reporting_nouns_owner_is_who_voiced_it(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The High Court on Thursday directed the municipal corporation to cover all open "
            "drains within eight weeks.",
            (
                "The High Court",
                "directed",
                "the municipal corporation to cover all open drains within eight weeks",
            ),
        ),
        (
            "The court on Thursday urged the firm to repay the money.",
            ("The court", "urged", "the firm to repay the money"),
        ),
        (
            "The minister of power has promised a review in six months.",
            ("The minister of power", "promised", "a review in six months"),
        ),
    ],
)
def test_directives_and_promises_keep_what_was_asked_and_when(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_calling_someone_to_complain_is_a_phone_call(pipeline: Pipeline) -> None:
    assert claims("He called the mayor to complain about the noise.") == []


@pytest.mark.parametrize(
    "text",
    [
        "Solar co-op hits target\n\nBRACKENFIELD, 14 April 2026 – Brackenfield Community "
        "Energy today confirmed that its share offer has raised £4.2 million.",
        "Court order\n\nHARIPURAM: Brackenfield Community Energy today confirmed that its share "
        "offer has raised £4.2 million.",
    ],
)
def test_a_dateline_with_the_day_first_or_a_colon_is_no_source(
    pipeline: Pipeline, text: str
) -> None:
    assert [s for s, _, _ in claims(text)] == ["Brackenfield Community Energy"]


def test_a_day_first_dateline_dates_the_article() -> None:
    record = claimx.extract(
        "Solar co-op hits target\n\nBRACKENFIELD, 14 April 2026 – The co-operative today "
        "confirmed that its share offer has raised £4.2 million."
    )
    assert (record["published"], record["published_source"]) == ("2026-04-14", "dateline")


def test_each_item_of_a_list_is_a_sentence(pipeline: Pipeline) -> None:
    text = (
        "Rail strike: live\n\nHere is what we know so far:\n"
        "- Almost no trains on the western routes today\n"
        "- The union says the pay offer is a real-terms cut; ministers call it fair\n"
        "- Roads busier than usual, according to the Roads Authority"
    )
    assert claims(text) == [
        ("The union", "says", "the pay offer is a real-terms cut"),
        ("ministers", "call", "it fair"),
        ("the Roads Authority", "according to", "Roads busier than usual"),
    ]


def test_numbered_items_are_sentences_too(pipeline: Pipeline) -> None:
    text = (
        "Five things we learned\n\n1) The mayor said the budget was balanced\n"
        "2) Councillors voted to keep the library open"
    )
    assert claims(text) == [("The mayor", "said", "the budget was balanced")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The researchers are calling on councils to create car-free "school streets" at '
            "drop-off times.",
            (
                "The researchers",
                "calling on",
                'councils to create car-free "school streets" at drop-off times',
            ),
        ),
        (
            "It is advising passengers not to travel unless their journey is essential.",
            ("It", "advising", "passengers not to travel unless their journey is essential"),
        ),
    ],
)
def test_a_directive_keeps_its_infinitive_and_its_condition(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_a_closing_tag_made_the_root_reports_what_precedes_its_comma(pipeline: Pipeline) -> None:
    text = (
        "The effect held even after the researchers accounted for screen time and family "
        "income, the authors write.\n\nThe study ends there."
    )
    assert claims(text) == [
        (
            "the authors",
            "write",
            "The effect held even after the researchers accounted for screen time and family "
            "income",
        )
    ]


@pytest.mark.parametrize(
    ("text", "inner"),
    [
        (
            "Lab tests commissioned by the families found that TCE levels were up to nine times "
            "the federal limit, the complaint says.",
            (
                "Lab tests commissioned by the families",
                "found",
                "TCE levels were up to nine times the federal limit",
            ),
        ),
        (
            "Officials at the water board had warned in November that a burst sewer was "
            "contaminating the supply, according to minutes of a board meeting.",
            (
                "Officials at the water board",
                "warned",
                "a burst sewer was contaminating the supply",
            ),
        ),
    ],
)
def test_a_report_credited_in_turn_is_a_claim_too(
    pipeline: Pipeline, text: str, inner: Found
) -> None:
    found = claims(text)
    assert len(found) == 2
    assert any(c.endswith(inner[1]) and (s, t) == (inner[0], inner[2]) for s, c, t in found)


def test_a_pronouns_report_inside_another_stays_inside(pipeline: Pipeline) -> None:
    found = claims("He said they had asked the ministry to act, the spokesman added.")
    assert found == [("the spokesman", "added", "He said they had asked the ministry to act")]


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            '"The entries were not mistakes," he said. "They were written, we say, to cover up '
            'the fact that no one was watching."',
            "They were written, we say, to cover up the fact that no one was watching",
        ),
        (
            '"I\'m not going to sugar-coat it," he said. "If you live on the flats and you are '
            'told to leave, leave."',
            "If you live on the flats and you are told to leave, leave",
        ),
    ],
)
def test_the_quoted_speakers_own_cues_leave_the_quotation_to_its_speaker(
    pipeline: Pipeline, text: str, second: str
) -> None:
    [(source, cue, content)] = claims(text)
    assert (source, cue) == ("he", "said") and content.endswith(second)


def test_a_headlines_report_after_a_semicolon_is_the_rest_of_its_line(pipeline: Pipeline) -> None:
    text = (
        "Hundreds cut off as floodwaters isolate Yarrabin; premier warns worst yet to come\n\n"
        "The premier spoke on Tuesday."
    )
    assert claims(text) == [("premier", "warns", "worst yet to come")]


@pytest.mark.parametrize(
    "text",
    [
        "Talvia and Oressa agree to reopen border crossing\n\nThe talks ended on Friday.",
        "Our view: the town should say no to the stadium deal\n\nThe deal is bad.",
    ],
)
def test_a_headlines_act_or_wish_is_no_report(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_a_jury_that_has_heard_closes_the_sentence(pipeline: Pipeline) -> None:
    text = (
        "A care home manager filled in checks that were never carried out, a jury at "
        "Castlebridge Crown Court has heard."
    )
    assert claims(text) == [
        (None, "has heard", "A care home manager filled in checks that were never carried out")
    ]


def test_a_participle_of_report_closing_the_report_is_not_its_content(pipeline: Pipeline) -> None:
    found = claims(
        "The finance director had warned in March that the city faced a deficit of up to $14 "
        "million, citing rising pension costs and a slowdown in home sales."
    )
    assert [t for _, c, t in found if c.endswith("warned")] == [
        "the city faced a deficit of up to $14 million"
    ]


def test_the_subject_of_a_sourceless_view_does_its_participle(pipeline: Pipeline) -> None:
    found = claims(
        "Distribution companies are said to have lobbied for the increase for two years, "
        "warning that without it they could not pay for new transformers."
    )
    assert (
        "Distribution companies",
        "warning",
        "without it they could not pay for new transformers",
    ) in found


def test_a_report_credited_in_turn_is_no_duplicate_of_its_tag(pipeline: Pipeline) -> None:
    found = claims(
        'Dutch governor Pieter Smit said last week that waiting until summer would be "a '
        'mistake", according to a person who attended the meeting.'
    )
    assert [(s, c) for s, c, _ in found] == [
        ("Dutch governor Pieter Smit", "said"),
        ("a person who attended the meeting", "according to"),
    ]


def test_economists_forecasting_a_figure_is_a_claim(pipeline: Pipeline) -> None:
    assert claims("Economists polled by the agency expect two cuts this year.") == [
        ("Economists polled by the agency", "expect", "two cuts this year")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Editorial: Port Calder should not bankroll a stadium for a billionaire\n\nIt is wrong.",
        "Explainer: what the new rules mean for renters\n\nThe rules start in May.",
    ],
)
def test_a_genre_label_before_a_colon_is_no_source(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_forecast_that_is_a_report(pipeline: Pipeline) -> None:
    assert claims("The bank also forecast that the economy would grow 1.8 percent next year.") == [
        ("The bank", "forecast", "the economy would grow 1.8 percent next year")
    ]


def test_a_title_case_headline_that_reports(pipeline: Pipeline) -> None:
    text = (
        "Halvercrest Therapeutics Reports Positive Phase 2 Results for Migraine Treatment\n\n"
        "The company gave no figures."
    )
    assert claims(text) == [
        (
            "Halvercrest Therapeutics",
            "Reports",
            "Positive Phase 2 Results for Migraine Treatment",
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police Find Body in River Search\n\nOfficers were called on Sunday.",
        "Hikers find lost dog on mountain\n\nThe dog was unhurt.",
    ],
)
def test_finding_a_thing_in_a_headline_reports_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_a_sourceless_view_in_a_relative_clause_keeps_its_noun(pipeline: Pipeline) -> None:
    [(source, cue, content)] = claims("The trial, which is expected to last four weeks, continues.")
    assert (source, cue) == (None, "is expected")
    assert content.startswith("The trial") and content.endswith("to last four weeks")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials put the death toll at 40.", ("Officials", "put", "the death toll at 40")),
        (
            "The commission put turnout at 61 percent.",
            ("The commission", "put", "turnout at 61 percent"),
        ),
    ],
)
def test_putting_a_figure_at_a_number_is_an_estimate(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_putting_a_thing_on_a_table_is_no_estimate(pipeline: Pipeline) -> None:
    assert claims("She put the book on the table.") == []


def test_a_passive_teller_joined_to_a_clause_takes_no_source_from_it(pipeline: Pipeline) -> None:
    found = claims(
        "The treasurer said she had raised concerns with the board but had been told the "
        'payments were "consultancy fees".'
    )
    assert all(source != "she" for source, _, _ in found)


def test_a_passive_told_in_a_report_stays_in_it(pipeline: Pipeline) -> None:
    found = claims(
        "The treasurer said she had raised concerns with the board but had been told the "
        'payments were "consultancy fees".'
    )
    assert found == [
        (
            "The treasurer",
            "said",
            "she had raised concerns with the board but had been told the payments were "
            '"consultancy fees"',
        )
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Image: Early purple orchids on the plateau. Photograph: Tom Wexley",
        "Vesmir denies that.",
    ],
)
def test_a_caption_and_a_bare_denial_of_that_say_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_a_report_inside_a_transcript_answer_is_the_answers(pipeline: Pipeline) -> None:
    text = (
        "Five minutes with the governor\n\nMaria Quimpo has led the province since 2022.\n\n"
        "Q: When will the repairs be done?\nA: People want everything fixed by Christmas, and "
        "I have told them honestly that some families will still be in tents."
    )
    assert [c for _, c, _ in claims(text)] == ["A"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Priya Lansdowne presented a petition of 2,300 signatures calling on the council to "
            "drop the plan.",
            ("a petition of 2,300 signatures", "calling on", "the council to drop the plan"),
        ),
        (
            "But the airline cut its outlook for the full year, now forecasting operating profit "
            "of 1.1 billion euros.",
            ("the airline", "forecasting", "operating profit of 1.1 billion euros"),
        ),
        (
            "In a victim impact statement read aloud by her daughter, an 86-year-old widow said "
            "she no longer opened the door to strangers.",
            ("an 86-year-old widow", "said", "she no longer opened the door to strangers"),
        ),
    ],
)
def test_sources_of_a_petitions_participle_a_later_participle_and_a_fronted_phrase(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


def test_a_report_framed_by_according_to_is_a_claim_too(pipeline: Pipeline) -> None:
    found = claims("According to court filings, the group says about 340 families backed the suit.")
    assert ("the group", "says", "about 340 families backed the suit") in found
    assert any(c == "According to" for _, c, _ in found)
