"""Everyday news read right: the shapes of wire stories, press releases, courts, councils, Q&As
and live blogs (issue 24). One test per family, each with sentences written for it in several
wordings."""

from __future__ import annotations

import pytest

from claimx.core import extract_article
from claimx.inputs import make_article
from claimx.nlp import Pipeline

from .conftest import Found
from .conftest import claims_in as claims

pytestmark = pytest.mark.model


# --- quotation structure -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"This street floods every spring," said Tom Berg, who has lived there for 30 years. '
            '"The city keeps promising a fix.\n\n"Nothing has happened," Berg said. "We are '
            'tired of waiting."',
            [
                (
                    "Tom Berg",
                    "said",
                    "This street floods every spring … The city keeps promising a fix",
                ),
                ("Berg", "said", "Nothing has happened … We are tired of waiting"),
            ],
        ),
        (
            '"We are not going anywhere," said Rosa Diaz, who has run the bakery for 20 years. '
            '"This is our street.\n\n"They will have to carry us out," Diaz said. "And they '
            'know it."',
            [
                ("Rosa Diaz", "said", "We are not going anywhere … This is our street"),
                ("Diaz", "said", "They will have to carry us out … And they know it"),
            ],
        ),
        (
            '"The pumps are failing," the inspector said. "We warned the council in March.\n\n'
            '"Nobody listened. Now the cellars are flooding," she added.',
            [
                (
                    "the inspector",
                    "said",
                    "The pumps are failing … We warned the council in March",
                ),
                ("she", "added", "Nobody listened. Now the cellars are flooding"),
            ],
        ),
        # a part with no tag of its own goes on with the speaker before it
        (
            'The inspector said: "The pumps are failing.\n\n"Nobody listened."',
            [("The inspector", "said", "The pumps are failing … Nobody listened")],
        ),
    ],
)
def test_a_quotation_across_paragraphs_goes_to_each_paragraphs_tag(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"Budgets are moral documents." — Ana Reyes, council member',
            ("Ana Reyes, council member", "—", "Budgets are moral documents"),
        ),
        (
            '"The figures prove that the plan works." -Commissioner Ray Holt',
            ("Commissioner Ray Holt", "-", "The figures prove that the plan works"),
        ),
        (
            '"The data show that the scheme has failed." – Dr. Mira Sand, head of research',
            (
                "Dr. Mira Sand, head of research",
                "–",
                "The data show that the scheme has failed",
            ),
        ),
        (
            'The council met on Monday.\n\n"Our parks are not for sale." — Ana Reyes\n\n'
            "The vote is on Friday.",
            ("Ana Reyes", "—", "Our parks are not for sale"),
        ),
        (
            'From the chairwoman, Lena Voss:\n\n"The figures show that the levy is fair and that '
            'we must keep it."',
            (
                "the chairwoman, Lena Voss",
                ":",
                "The figures show that the levy is fair and that we must keep it",
            ),
        ),
        (
            'From the mayor\'s office:\n"We will publish the audit in full next week."',
            ("the mayor's office", ":", "We will publish the audit in full next week"),
        ),
    ],
)
def test_pull_quotes_and_quote_blocks_name_their_source(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    # a cue inside the quotation ("The data show that ...") is part of the quote
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Councillor Frank Dolan, one of three who voted against, put it bluntly: "Nobody '
            'doubts the need. What I doubt is the money."',
            (
                "Councillor Frank Dolan, one of three who voted against",
                ":",
                "Nobody doubts the need. What I doubt is the money",
            ),
        ),
        (
            "The club captain, speaking after the match: \"I can't describe it. This is for the "
            'fans."',
            ("The club captain", ":", "I can't describe it. This is for the fans"),
        ),
        (
            'Our former captain, Kerry Dunn: "They have been the better side but they have '
            'nothing to show for it."',
            (
                "Our former captain, Kerry Dunn",
                ":",
                "They have been the better side but they have nothing to show for it",
            ),
        ),
        (
            'The mayor was in no mood for compromise.\n\nShe put it this way:\n\n"The pool '
            'stays open, whatever the auditors say."',
            ("She", ":", "The pool stays open, whatever the auditors say"),
        ),
    ],
)
def test_a_sentence_ending_in_a_colon_introduces_the_quotation(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The game restarted after the break.\n\nHalf-time analysis from our former captain, "
            "Jo Reid: “They have been the better side. They need to shoot more.”",
            (
                "our former captain, Jo Reid",
                ":",
                "They have been the better side. They need to shoot more",
            ),
        ),
        (
            "Polls closed at ten.\n\nA message from the party chairwoman, Lena Voss: “Thank you "
            "to every volunteer who knocked on a door.”",
            (
                "the party chairwoman, Lena Voss",
                ":",
                "Thank you to every volunteer who knocked on a door",
            ),
        ),
        (
            "The storm moved north.\n\nAnalysis by our weather expert, Tom Hale: “The worst of "
            "the wind has passed, but the rain is not done yet.”",
            (
                "our weather expert, Tom Hale",
                ":",
                "The worst of the wind has passed, but the rain is not done yet",
            ),
        ),
    ],
)
def test_a_message_or_analysis_from_someone_is_theirs(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_a_colon_inside_a_quotation_introduces_nothing(pipeline: Pipeline) -> None:
    text = "“The lesson is simple: ‘Never trust a forecast,’ my father used to say,” she wrote."
    assert [c[0] for c in claims(text)] == ["she"]


def test_a_hyphen_in_running_text_credits_nothing(pipeline: Pipeline) -> None:
    assert claims("Ticket prices rose again - fans were furious.") == []


def test_q_and_a_answers_are_the_speakers_and_questions_claim_nothing(
    pipeline: Pipeline,
) -> None:
    text = (
        "Q: You said the line would open in May. What changed?\n\n"
        "Okafor: The tunnels flooded twice in March, and the pumps could not keep up.\n\n"
        "Q: Critics say the budget was too small. Is that fair?\n\n"
        "Okafor: No. We asked for what the engineers told us we needed."
    )
    assert claims(text) == [
        (
            "Okafor",
            ":",
            "The tunnels flooded twice in March, and the pumps could not keep up",
        ),
        ("Okafor", ":", "No. We asked for what the engineers told us we needed"),
    ]
    text = (
        "Question: Your rivals argue the tax will hurt families. How do you answer them?\n\n"
        "Lind: The tax falls on the largest firms, not on families."
    )
    assert claims(text) == [("Lind", ":", "The tax falls on the largest firms, not on families")]
    assert claims("Q. The mayor claims you ignored the warnings. Did you?") == []


def test_q_and_a_answers_without_a_tagged_person_take_the_last_name(
    pipeline: Pipeline,
) -> None:
    text = (
        "Ten minutes with the harbour master\n\nHarbour master Jon Vik talked about the new "
        "quay.\n\nQ. Is the quay finished?\nA. Almost. The cranes arrive in June."
    )
    found = claims(text)
    assert [(c[1], c[2]) for c in found] == [("A.", "Almost. The cranes arrive in June")]
    assert found[0][0] is not None and found[0][0].endswith("Vik")


def test_q_and_a_answers_are_the_interviewees(pipeline: Pipeline) -> None:
    text = (
        "Five questions for the club chairman\n\n"
        "We spoke to chairman Rui Tavares about the new stadium.\n\n"
        "Q. Fans worry the new ground is too far from town. Are they right?\n"
        "A. I understand the worry. But the site is next to a railway station.\n\n"
        "Q. Will ticket prices go up?\n"
        "A. They are going up for adults. Under-18s will pay the same as this season."
    )
    assert claims(text) == [
        (
            "Rui Tavares",
            "A.",
            "I understand the worry. But the site is next to a railway station",
        ),
        (
            "Rui Tavares",
            "A.",
            "They are going up for adults. Under-18s will pay the same as this season",
        ),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "MAYA LUND: The harbour lost money again. Will it close?\n\n"
            "PIET ARENDS: No. The council has promised to cover the loss for two more years.\n\n"
            "MAYA LUND: So the ferries are safe?\n\n"
            "PIET ARENDS: For now. After that it depends on the tourists.",
            [
                (
                    "PIET ARENDS",
                    ":",
                    "No. The council has promised to cover the loss for two more years",
                ),
                ("PIET ARENDS", ":", "For now. After that it depends on the tourists"),
            ],
        ),
        (
            "Interviewer Sam Reed: You told the board in March that the mine was safe. "
            "Was it?\n\nDr Ana Kovac: It was safe when I said it, and it is safe now.",
            [("Dr Ana Kovac", ":", "It was safe when I said it, and it is safe now")],
        ),
        (
            "JO HART: Critics say the new timetable ignores night workers. What would you "
            "tell them?\n\nLEE CHAN: We added four late buses in May.",
            [("LEE CHAN", ":", "We added four late buses in May")],
        ),
    ],
)
def test_a_named_interviewers_questions_claim_nothing(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


def test_q_and_a_answers_are_not_an_organisations_named_in_the_introduction(
    pipeline: Pipeline,
) -> None:
    text = (
        "Q&A: the new head of the Ardle Valley Rowing Club\n\n"
        "Ines Kovacs has run the Ardle Valley Rowing Club since March. She spoke to us about "
        "the boathouse.\n\nQ. Will the boathouse reopen this summer?\n\n"
        "A. Yes. The roof is finished and the floor goes in next week."
    )
    found = claims(text)
    assert [(c[1], c[2]) for c in found] == [
        ("A.", "Yes. The roof is finished and the floor goes in next week")
    ]
    assert found[0][0] is not None and "Club" not in found[0][0]


@pytest.mark.parametrize(
    "text",
    [
        "“Stay at home unless your journey is necessary.”\n\n— Chief Constable Ruth Ade",
        "The chief posted a warning.\n\n“Stay at home unless your journey is necessary.” — "
        "Chief Constable Ruth Ade (@chiefade)",
    ],
)
def test_a_credit_after_a_blank_line_or_with_a_handle(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == [
        ("Chief Constable Ruth Ade", "—", "Stay at home unless your journey is necessary")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“Keep away from the river banks tonight.” — Fire Chief Dan Morrow, in a post on "
            "the service’s website\n\nMore follows.",
            ("Fire Chief Dan Morrow", "—", "Keep away from the river banks tonight"),
        ),
        (
            "“We will be back stronger next season.” — Lena Park, club captain, speaking after "
            "the match\n\nMore follows.",
            ("Lena Park, club captain", "—", "We will be back stronger next season"),
        ),
        (
            "“Every vote in this ward has been counted twice.” — Omar Bell, Labour agent, on "
            "the recount\n\nMore follows.",
            ("Omar Bell, Labour agent", "—", "Every vote in this ward has been counted twice"),
        ),
    ],
)
def test_where_a_credited_quotation_was_said_is_not_its_source(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"No more blank cheques for the railways": Transport Secretary vows to cap spending',
            [
                ("Transport Secretary", ":", "No more blank cheques for the railways"),
                ("Transport Secretary", "vows", "to cap spending"),
            ],
        ),
        (
            '"No More Blank Cheques": Transport Secretary Vows To Cap Spending',
            [("Transport Secretary", ":", "No More Blank Cheques")],
        ),
        (
            '"A dark day for the city": Mayor Lena Okafor on the mill closure\n\n'
            "The mill will close in June.",
            [("Mayor Lena Okafor", ":", "A dark day for the city")],
        ),
        (
            '"We will not be silenced": Nurses march on parliament over pay',
            [("Nurses", ":", "We will not be silenced")],
        ),
    ],
)
def test_a_quoted_headline_with_a_colon_names_its_speaker(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Brightwater in talks to buy rival Nexa, sources say\n\nBrightwater Telecom is in "
            "talks to buy its smaller rival.",
            [("sources", "say", "Brightwater in talks to buy rival Nexa")],
        ),
        (
            "Mechanic killed business partner over unpaid loan, prosecutors tell jury\n\nThe "
            "trial opened on Monday.",
            [("prosecutors", "tell", "Mechanic killed business partner over unpaid loan")],
        ),
        (
            "Rates to stay on hold until autumn, central bank signals\n\nThe bank met on Tuesday.",
            [("central bank", "signals", "Rates to stay on hold until autumn")],
        ),
        ("Fire at the old mill, two hurt\n\nCrews were called at 4am.", []),
    ],
)
def test_a_headline_with_its_source_after_a_comma(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


def test_live_blog_labels_are_not_speakers(pipeline: Pipeline) -> None:
    text = "FULL TIME: Stanton 2-1 Colebridge. Stanton win the cup for the first time since 1994."
    assert claims(text) == []


# --- clauses and tags --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Unions called the offer "an insult," while the rail operator said it was final.',
            [
                ("Unions", "called", 'the offer "an insult,"'),
                ("the rail operator", "said", "it was final"),
            ],
        ),
        (
            'Residents called the plan "a betrayal," while the developer said it would bring jobs.',
            [
                ("Residents", "called", 'the plan "a betrayal,"'),
                ("the developer", "said", "it would bring jobs"),
            ],
        ),
        (
            "The mayor said the bridge was safe, but engineers warned that it needed repairs.",
            [
                ("The mayor", "said", "the bridge was safe"),
                ("engineers", "warned", "it needed repairs"),
            ],
        ),
        (
            "Farmers described the price as unfair, whereas the retailer said it reflected costs.",
            [
                ("Farmers", "described", "the price as unfair"),
                ("the retailer", "said", "it reflected costs"),
            ],
        ),
    ],
)
def test_two_attributions_in_one_sentence(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices will keep rising, the central bank warned, and could peak next spring.",
            ("the central bank", "warned", "Prices will keep rising … could peak next spring"),
        ),
        (
            "Sales will slow this year, the retailer said, and may not recover until 2027.",
            ("the retailer", "said", "Sales will slow this year … may not recover until 2027"),
        ),
        (
            "The vote was rigged, the opposition claimed, and should be held again.",
            ("the opposition", "claimed", "The vote was rigged … should be held again"),
        ),
        (
            "Turnout was low, officials said on Sunday, and may fall further in the runoff.",
            ("officials", "said", "Turnout was low … may fall further in the runoff"),
        ),
        (
            "The bridge is unsafe, the inspectors found, and should be closed at once.",
            ("the inspectors", "found", "The bridge is unsafe … should be closed at once"),
        ),
    ],
)
def test_a_tag_in_the_middle_of_indirect_speech(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Ortiz, who runs the shelter, told the committee that beds were running out.",
            ("Mr. Ortiz", "told", "beds were running out"),
        ),
        (
            "Ms. Okafor, who chairs the board, told reporters that the school would stay open.",
            ("Ms. Okafor", "told", "the school would stay open"),
        ),
        (
            "Researchers led by Ines Alvarez, a virologist at the University of Porto, wrote in "
            "the study that the strain spread faster.",
            (
                "Researchers led by Ines Alvarez, a virologist at the University of Porto",
                "wrote",
                "the strain spread faster",
            ),
        ),
        (
            "Scientists led by Tomas Berg wrote in the journal that the glacier was shrinking "
            "faster than expected.",
            (
                "Scientists led by Tomas Berg",
                "wrote",
                "the glacier was shrinking faster than expected",
            ),
        ),
        (
            "The company's chief executive, Mara Lind, wrote in a letter to staff that no jobs "
            "would be lost.",
            ("The company's chief executive, Mara Lind", "wrote", "no jobs would be lost"),
        ),
        (
            "The council's head of parks, Colin Marsh, told a briefing that the lake would be "
            "drained in May.",
            (
                "The council's head of parks, Colin Marsh",
                "told",
                "the lake would be drained in May",
            ),
        ),
        (
            "Ms. Tait told the meeting that the group had never received a reply.",
            ("Ms. Tait", "told", "the group had never received a reply"),
        ),
        (
            "The returning officer, Janet Ames, said shortly after midnight that she hoped to "
            "declare the result before dawn.",
            (
                "The returning officer, Janet Ames",
                "said",
                "she hoped to declare the result before dawn",
            ),
        ),
        (
            "Dr. Samuel Reid, an epidemiologist at the city hospital, said in an interview that "
            "cases had peaked.",
            (
                "Dr. Samuel Reid, an epidemiologist at the city hospital",
                "said",
                "cases had peaked",
            ),
        ),
        (
            "The attorney general's office alleged in a filing unsealed on Friday that the firm "
            "hid losses.",
            ("The attorney general's office", "alleged", "the firm hid losses"),
        ),
        (
            "Despite protests from the prosecution, the appeals court held that the search was "
            "illegal.",
            ("the appeals court", "held", "the search was illegal"),
        ),
        (
            "Despite objections from the defence, the judge ruled that the recording could be "
            "shown to the jury.",
            ("the judge", "ruled", "the recording could be shown to the jury"),
        ),
        (
            'The minister rejected the findings, dismissing the report as "a smear."',
            ("The minister", "dismissing", 'the report as "a smear."'),
        ),
        (
            'The senator rejected the report, dismissing it as "a partisan hit job."',
            ("The senator", "dismissing", 'it as "a partisan hit job."'),
        ),
    ],
)
def test_sources_with_appositions_and_long_subjects(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_the_writers_anchor_in_time_and_the_purpose_of_an_announced_thing(
    pipeline: Pipeline,
) -> None:
    text = (
        "Coach Dana Whitfield insisted that Eli Moreno would start on Friday, a day after his "
        "late turnover cost the team the game."
    )
    assert claims(text) == [
        ("Coach Dana Whitfield", "insisted", "Eli Moreno would start on Friday")
    ]
    text = (
        "Eastmoor University announced a five-year partnership with Lantern Health to bring "
        "consultations by video to 40 rural clinics."
    )
    assert claims(text) == [
        (
            "Eastmoor University",
            "announced",
            "a five-year partnership with Lantern Health to bring consultations by video to 40 "
            "rural clinics",
        )
    ]


def test_a_second_that_clause_a_question_asked_next_and_the_medium_of_a_report(
    pipeline: Pipeline,
) -> None:
    text = (
        "The port operator said in a statement that the strike was costing it $3 million a day "
        "and that it had asked the ministry to appoint a mediator."
    )
    assert claims(text) == [
        (
            "The port operator",
            "said",
            "the strike was costing it $3 million a day and that it had asked the ministry to "
            "appoint a mediator",
        )
    ]
    text = (
        "Maureen Hale, who has lived on the street for 30 years, said she feared more litter "
        "and noise, and asked why the city had not considered a site further from homes."
    )
    assert claims(text) == [("Maureen Hale", "said", "she feared more litter and noise")]


def test_holding_and_ruling_report_only_with_a_that_clause(pipeline: Pipeline) -> None:
    assert claims("The fund holds $28 billion offshore, and the bank owns the rest.") == []
    assert claims("Regulators could hold the directors liable for the cleanup.") == []


def test_a_participle_set_off_by_a_comma_is_the_subjects(pipeline: Pipeline) -> None:
    assert claims('The mayor defended the budget, calling it "the fairest in a decade."') == [
        ("The mayor", "defended", "the budget"),
        ("The mayor", "calling", "it … the fairest in a decade"),
    ]
    # not a participle of the clause's subject: nobody reports here
    assert claims("Before announcing the closure, the board met for six hours.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Asked whether the plant would close, the minister said no decision had been made.",
            ("the minister", "said", "no decision had been made"),
        ),
        (
            "Asked whether she would run again, the governor said she had not decided.",
            ("the governor", "said", "she had not decided"),
        ),
        (
            "Asked if the strike would spread, a union leader said talks were continuing.",
            ("a union leader", "said", "talks were continuing"),
        ),
        (
            "Pressed on the cuts, Ms. Lund said the budget left no choice.",
            ("Ms. Lund", "said", "the budget left no choice"),
        ),
    ],
)
def test_asked_whether_then_the_answer(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The company said margins had narrowed and suspended its dividend.",
            ("The company", "said", "margins had narrowed"),
        ),
        (
            "The airline said demand had recovered and raised its forecast for the year.",
            ("The airline", "said", "demand had recovered"),
        ),
        (
            "The council said it would review the plan and published the report on Monday.",
            ("The council", "said", "it would review the plan"),
        ),
        # clauses of the report itself stay in it
        (
            "The firm said sales rose and profits fell.",
            ("The firm", "said", "sales rose and profits fell"),
        ),
        (
            "The bank said it would cut costs and close branches.",
            ("The bank", "said", "it would cut costs and close branches"),
        ),
    ],
)
def test_the_content_stops_where_the_reported_clause_stops(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_the_speakers_next_act_has_the_speaker_as_source(pipeline: Pipeline) -> None:
    text = (
        "The energy minister said crews were working to restore power and warned that some "
        "homes could be without electricity until Sunday."
    )
    assert claims(text) == [
        ("The energy minister", "said", "crews were working to restore power"),
        (
            "The energy minister",
            "warned",
            "some homes could be without electricity until Sunday",
        ),
    ]


def test_the_second_predicate_of_the_reported_clause_is_content(pipeline: Pipeline) -> None:
    text = (
        'A spokesperson for the department said it was "aware of the reports" and was looking '
        "into them."
    )
    assert claims(text) == [
        (
            "A spokesperson for the department",
            "said",
            'it was "aware of the reports" and was looking into them',
        )
    ]


def test_a_report_inside_a_mixed_content_is_part_of_it(pipeline: Pipeline) -> None:
    text = (
        "The White House said on Monday that the president would veto the bill, calling it "
        '"dead on arrival."'
    )
    assert claims(text) == [
        (
            "The White House",
            "said",
            'the president would veto the bill, calling it "dead on arrival."',
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police urged shoppers to avoid the old town until the water main is repaired.",
            (
                "Police",
                "urged",
                "shoppers to avoid the old town until the water main is repaired",
            ),
        ),
        (
            "The health agency urged residents to boil tap water until further notice.",
            ("The health agency", "urged", "residents to boil tap water until further notice"),
        ),
        (
            "Officials asked drivers to stay off the roads while crews clear the snow.",
            ("Officials", "asked", "drivers to stay off the roads while crews clear the snow"),
        ),
        (
            "Police told residents to stay indoors until the fire is under control.",
            ("Police", "told", "residents to stay indoors until the fire is under control"),
        ),
    ],
)
def test_directives_keep_what_was_asked(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Asked if the team could win the league, Lindahl said "probably not," and laughed.',
            [("Lindahl", "said", "probably not")],
        ),
        ('She said "never again" and walked out.', [("She", "said", "never again")]),
        (
            "Shipments have been delayed, according to the growers' association, and prices "
            "are rising.",
            [("the growers' association", "according to", "Shipments have been delayed")],
        ),
        (
            "Others pointed out that the firm had abandoned a similar bid in 2021.",
            [("Others", "pointed out", "the firm had abandoned a similar bid in 2021")],
        ),
        (
            "The government accused rebel forces of stealing aid deliveries.",
            [("The government", "accused", "rebel forces of stealing aid deliveries")],
        ),
        (
            "Parents are being urged to check the website before 7am.",
            [(None, "being urged", "Parents are … to check the website before 7am")],
        ),
        (
            "Residents were advised to keep their windows closed.",
            [(None, "were advised", "Residents … to keep their windows closed")],
        ),
    ],
)
def test_short_quotes_according_to_and_more_verbs(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "The weather service told reporters that rain had reached 90 mm at Hollin Bay, the "
            "highest total recorded there since 1998.",
            "rain had reached 90 mm at Hollin Bay, the highest total recorded there since 1998",
        ),
        (
            "The university announced the launch of the Mercer Dementia Clinic, the first clinic "
            "in the county to offer memory tests without a referral.",
            "the launch of the Mercer Dementia Clinic, the first clinic in the county to offer "
            "memory tests without a referral",
        ),
        (
            "Officials said the new bridge would open at Tarn Point, the only crossing of the "
            "river for 40 kilometres.",
            "the new bridge would open at Tarn Point, the only crossing of the river for 40 "
            "kilometres",
        ),
    ],
)
def test_an_appositive_that_ranks_is_part_of_the_report(
    pipeline: Pipeline, text: str, content: str
) -> None:
    assert [c[2] for c in claims(text)] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bus journeys in the city rose by a tenth last year, according to the transport "
            "authority's own count, though the drivers' union says many of them were free trips."
            "\n\nThe authority meets on Monday.",
            [
                (
                    "the transport authority's own count",
                    "according to",
                    "Bus journeys in the city rose by a tenth last year",
                ),
                ("the drivers' union", "says", "many of them were free trips"),
            ],
        ),
        (
            "The river is cleaner than at any time since 1990, according to the water board, "
            "although anglers say the trout have not come back.\n\nMore follows.",
            [
                (
                    "the water board",
                    "according to",
                    "The river is cleaner than at any time since 1990",
                ),
                ("anglers", "say", "the trout have not come back"),
            ],
        ),
        (
            "The plant will close in June, the company said, although it may reopen later.",
            [("the company", "said", "The plant will close in June")],
        ),
        (
            "The plant will close in June, the company said, although it may reopen later.\n\n"
            "Workers were told on Friday.",
            [("the company", "said", "The plant will close in June")],
        ),
    ],
)
def test_a_concessive_clause_after_the_report_is_the_writers_at_a_paragraphs_end_too(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Officials said the mill could keep running, while cutting its emissions by half.",
            "the mill could keep running, while cutting its emissions by half",
        ),
        (
            "He said he had found a way for the mill to keep running, while reducing its "
            "emissions.",
            "he had found a way for the mill to keep running, while reducing its emissions",
        ),
        (
            "The mayor said the city would build 500 homes, while protecting the green belt.",
            "the city would build 500 homes, while protecting the green belt",
        ),
    ],
)
def test_a_subjectless_while_clause_goes_on_with_the_report(
    pipeline: Pipeline, text: str, content: str
) -> None:
    assert [c[2] for c in claims(text + "\n\nShares rose.")] == [content]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The head teacher, Maria Lopes, said earlier that she expected the school to reopen "
            "on Monday.",
            (
                "The head teacher, Maria Lopes",
                "said",
                "she expected the school to reopen on Monday",
            ),
        ),
        (
            "The coroner, Ian Platt, said earlier that he would hear the evidence in June.",
            ("The coroner, Ian Platt", "said", "he would hear the evidence in June"),
        ),
        (
            "The council leader, Sam Roy, said earlier that the vote would go ahead.",
            ("The council leader, Sam Roy", "said", "the vote would go ahead"),
        ),
    ],
)
def test_a_that_clause_after_an_adverb_of_time_is_the_content(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The parks chief told the hearing that households with medical needs could ask for "
            "a later collection.",
            (
                "The parks chief",
                "told",
                "that households with medical needs could ask for a later collection",
            ),
        ),
        (
            "The housing officer, Ann Poole, told the meeting that households with young "
            "children could apply for a grant.",
            (
                "The housing officer, Ann Poole",
                "told",
                "that households with young children could apply for a grant",
            ),
        ),
        (
            "The manager told the panel that residents with medical needs could apply for a "
            "parking permit.",
            (
                "The manager",
                "told",
                "residents with medical needs could apply for a parking permit",
            ),
        ),
    ],
)
def test_told_an_audience_that_a_clause(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Brokers at Lund Securities wrote that the merger was "late but sensible" and '
            "raised their target price to 40 crowns.",
            ("Brokers at Lund Securities", "wrote", 'the merger was "late but sensible"'),
        ),
        (
            "Economists at the bank said the slowdown was temporary and cut their forecast for "
            "next year.",
            ("Economists at the bank", "said", "the slowdown was temporary"),
        ),
        (
            "The insurer said the storm losses were manageable and kept its dividend.",
            ("The insurer", "said", "the storm losses were manageable"),
        ),
        (
            "The company said margins had narrowed and suspended its dividend.",
            ("The company", "said", "margins had narrowed"),
        ),
    ],
)
def test_the_speakers_next_act_is_not_content(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_a_second_predicate_of_the_reported_clause_stays(pipeline: Pipeline) -> None:
    text = "The analysts said the firms were struggling and had cut their budgets."
    assert [c[2] for c in claims(text)] == ["the firms were struggling and had cut their budgets"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The club says the new stand will bring more fans, and points to other grounds "
            "where crowds grew.",
            ("The club", "says", "the new stand will bring more fans"),
        ),
        (
            "The union says the offer will leave staff worse off, and points to towns where pay "
            "rose faster.",
            ("The union", "says", "the offer will leave staff worse off"),
        ),
    ],
)
def test_a_next_act_the_tagger_read_as_a_noun_is_not_content(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text)[0] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police say about 150 Harlow fans without tickets gathered outside the main gate.",
            (
                "Police",
                "say",
                "about 150 Harlow fans without tickets gathered outside the main gate",
            ),
        ),
        (
            "Stewards say about 80 Dunmore supporters without seats gathered near the east stand.",
            (
                "Stewards",
                "say",
                "about 80 Dunmore supporters without seats gathered near the east stand",
            ),
        ),
        (
            "Police say some 40 Ardmore fans without passes gathered by the south gate.",
            ("Police", "say", "some 40 Ardmore fans without passes gathered by the south gate"),
        ),
    ],
)
def test_a_reported_clause_the_parser_read_as_an_object(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The coach says something about the club that fans have long known.",
        "She said nothing about the plan that was leaked.",
    ],
)
def test_saying_something_about_a_thing_is_no_content(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The ministry said it had approved the plan and accused the unions of delaying talks.",
            ("The ministry", "accused", "the unions of delaying talks"),
        ),
        (
            "The club said it had paid the fine and criticised the league for its handling of "
            "the case.",
            ("The club", "criticised", "the league for its handling of the case"),
        ),
        (
            "The mayor said the city had met its target and praised volunteers for their work.",
            ("The mayor", "praised", "volunteers for their work"),
        ),
    ],
)
def test_an_evaluation_as_the_speakers_next_act_is_the_speakers(
    pipeline: Pipeline, text: str, second: Found
) -> None:
    assert claims(text)[1:] == [second]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The hearing was delayed after prosecutors told a judge she had tried to hide the "
            "money.",
            ("prosecutors", "told", "she had tried to hide the money"),
        ),
        (
            "Bail was refused after police told a magistrate he had threatened a witness.",
            ("police", "told", "he had threatened a witness"),
        ),
        (
            "The bail hearing was adjourned after prosecutors told a judge he had tried to leave "
            "the country.",
            ("prosecutors", "told", "he had tried to leave the country"),
        ),
    ],
)
def test_told_an_addressee_a_clause_without_that(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_telling_someone_anything_they_know_reports_nothing(pipeline: Pipeline) -> None:
    assert claims("They wouldn't tell the inspectors anything they didn't already know.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It never received an answer, its chair, Ann Lowe, told the Herald.",
            ("its chair, Ann Lowe", "told", "It never received an answer"),
        ),
        (
            "It had no warning, its manager, Tom Hale, told this newspaper.",
            ("its manager, Tom Hale", "told", "It had no warning"),
        ),
        (
            "The problem now, he told me on Monday, is that nobody wants the job.",
            ("he", "told", "The problem now … is that nobody wants the job"),
        ),
        (
            "The difference now, she told me on Friday, is that the club has money.",
            ("she", "told", "The difference now … is that the club has money"),
        ),
    ],
)
def test_a_tag_with_an_addressee_in_the_middle_or_at_the_end(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The officer told the court officers had found cash in the car.",
            ("The officer", "told", "officers had found cash in the car"),
        ),
        (
            "She told the hearing residents were frightened.",
            ("She", "told", "residents were frightened"),
        ),
        (
            "She told reporters fans had been turned away.",
            ("She", "told", "fans had been turned away"),
        ),
        (
            "The chief told the inquiry staff had been overworked.",
            ("The chief", "told", "staff had been overworked"),
        ),
        (
            "He told the court the defendant had lied.",
            ("He", "told", "the defendant had lied"),
        ),
    ],
)
def test_the_addressee_is_not_part_of_the_told_clause(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


# --- not claims --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman for the firm declined to comment.",
        "The ministry declined to say whether the talks had stalled.",
        "The company did not respond to a request for comment.",
        "The bank does not comment on market speculation.",
        "Ms. Lund could not be reached for comment.",
        "The club refused to say how much it had paid for the striker.",
        "Officials would not say when the road would reopen.",
        "The White House did not immediately reply to questions about the memo.",
        "A lawyer for the family declined to elaborate.",
        # a refusal reported is a refusal still
        "A spokesman said the company does not comment on market speculation.",
        "His lawyer said he would not answer questions.",
    ],
)
def test_a_refusal_to_comment_is_not_a_claim(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "She asked why the city had not considered another site.",
        "Voss was asked whether the detainees would be freed.",
        "Councillors wondered whether the contract had ever been tendered.",
        "Asked whether the plant would close, the minister smiled.",
    ],
)
def test_a_question_is_not_a_claim(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_a_refusal_beside_a_claim_leaves_the_claim(pipeline: Pipeline) -> None:
    text = (
        "A spokeswoman for the airline declined to comment on the lawsuit but said the company "
        "would defend itself."
    )
    assert claims(text) == [
        ("A spokeswoman for the airline", "said", "the company would defend itself")
    ]
    assert claims("The minister did not deny that the report had been delayed.") == [
        ("The minister", "deny", "the report had been delayed")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The two railways agreed on Tuesday to share a ticketing system from next year.",
        "Landlords and tenants agree to freeze rents until spring",
        "The club has agreed to sell its training ground to the council.",
        "Both unions agreed to suspend the strike while talks continue.",
    ],
)
def test_an_agreement_to_act_is_an_action_not_a_claim(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


def test_agreeing_that_something_is_so_is_still_a_claim(pipeline: Pipeline) -> None:
    assert claims("Both economists agreed that the rate cut had come too late.") == [
        ("Both economists", "agreed", "the rate cut had come too late")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Former mayor denied parole as inquiry widens\n\nThe board met on Monday.",
        "Teacher refused visa despite job offer\n\nShe had lived in the town for six years.",
        "Builder denied licence after safety failures\n\nThe council met on Monday.",
    ],
)
def test_a_headlines_past_form_with_an_object_is_a_passive(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Transport minister defends timetable as delays mount\n\nTrains ran late again.",
        "Coach praises players after narrow win\n\nThe team won 2-1.",
        "Rail fares rise again as minister defends plan\n\nFares rose by 5%.",
    ],
)
def test_a_headlines_evaluation_of_a_bare_noun_says_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices rose again, said the news agency, which cited officials at the central bank.",
            [("the news agency", "said", "Prices rose again")],
        ),
        (
            "The strike will end on Friday, according to the state broadcaster, which cited the "
            "transport ministry.",
            [("the state broadcaster", "according to", "The strike will end on Friday")],
        ),
        (
            "The senator cited a 2019 study that found the scheme had cut crime.",
            [("The senator", "cited", "a 2019 study that found the scheme had cut crime")],
        ),
    ],
)
def test_citing_a_source_names_who_said_it_not_what(
    pipeline: Pipeline, text: str, expected: list[Found]
) -> None:
    assert claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The club would not say whether the manager would confirm the signing.",
        "It is unclear if the minister will announce the cuts on Friday.",
        "Reporters asked whether the mayor had denied the allegations.",
    ],
)
def test_a_report_asked_about_or_supposed_is_not_made(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Few people doubt that the bridge needs repairs.",
        "The fans do not doubt that the club will survive.",
        "We do not doubt that running a hospital is hard.",
    ],
)
def test_doubting_is_a_private_state(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


# --- sources and dates from the text itself ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Despite protests from the ferry owners’ lawyers, the Third District Court of Appeal "
            "held that the city had acted within its powers.",
            (
                "the Third District Court of Appeal",
                "held",
                "the city had acted within its powers",
            ),
        ),
        (
            "Despite protests from the trawler owners’ lawyers, the First District Court of "
            "Appeal held that the ban was lawful.",
            ("the First District Court of Appeal", "held", "the ban was lawful"),
        ),
        (
            "Despite objections from the mill owners’ lawyers, the Second Circuit Court of "
            "Appeal held that the state had acted within its powers.",
            (
                "the Second Circuit Court of Appeal",
                "held",
                "the state had acted within its powers",
            ),
        ),
    ],
)
def test_a_subject_after_a_fronted_phrase_is_the_source(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The striker is understood to have agreed terms with the club.",
            (None, "is understood", "The striker … to have agreed terms with the club"),
        ),
        (
            "The two firms are said to be close to a deal.",
            (None, "are said", "The two firms … to be close to a deal"),
        ),
        (
            "The gunman is believed to have acted alone.",
            (None, "is believed", "The gunman … to have acted alone"),
        ),
        (
            "It is understood that the minister will resign on Friday.",
            (None, "is understood", "the minister will resign on Friday"),
        ),
        (
            "It is believed that the fire started in the kitchen.",
            (None, "is believed", "the fire started in the kitchen"),
        ),
        (
            "The chancellor is thought to favour a delay.",
            (None, "is thought", "The chancellor … to favour a delay"),
        ),
        (
            "The former director is alleged to have taken bribes.",
            (None, "is alleged", "The former director … to have taken bribes"),
        ),
    ],
)
def test_sourceless_cues(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert claims(text) == [expected]


def test_a_sourceless_cue_with_according_to_is_one_claim_of_that_source(
    pipeline: Pipeline,
) -> None:
    text = (
        "The bank is understood to be divided over the pace of cuts, according to two people "
        "familiar with the discussions."
    )
    assert claims(text) == [
        (
            "two people familiar with the discussions",
            "according to",
            "The bank is understood to be divided over the pace of cuts",
        )
    ]


def test_the_same_verbs_with_a_holder_keep_their_source(pipeline: Pipeline) -> None:
    assert claims("Officials believe the fire started in the kitchen.") == [
        ("Officials", "believe", "the fire started in the kitchen")
    ]
    assert claims("The plan was reported to police on Monday.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "LAGOS (Reuters) - Nigeria's central bank said on Tuesday it would raise interest "
            "rates.",
            ("Nigeria's central bank", "said", "it would raise interest rates"),
        ),
        (
            "OSLO, May 3, 2026 /PRNewswire/ -- Nordic Grid AS today announced that it will build "
            "a new cable to Denmark.",
            ("Nordic Grid AS", "announced", "it will build a new cable to Denmark"),
        ),
        (
            "BERLIN, March 3, 2026 -- Acme Corp. today announced a new plant in Leipzig.",
            ("Acme Corp.", "announced", "a new plant in Leipzig"),
        ),
        (
            "Dam report due\n\nWASHINGTON — The Army Corps of Engineers said the dam was sound.",
            ("The Army Corps of Engineers", "said", "the dam was sound"),
        ),
        (
            "NAIROBI, Kenya (AP) — Officials said Monday that the rains had eased.",
            ("Officials", "said", "the rains had eased"),
        ),
    ],
)
def test_a_dateline_is_never_in_a_source_or_content(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert claims(text) == [expected]


def test_today_in_a_press_release_is_the_datelines_day(pipeline: Pipeline) -> None:
    text = "BERLIN, March 3, 2026 -- Acme Corp. today announced a new plant in Leipzig."
    record = extract_article(make_article("-", text))
    assert (record["published"], record["published_source"]) == ("2026-03-03", "dateline")
    assert [(d["text"], d["value"]) for d in record["dates"]] == [
        ("March 3, 2026", "2026-03-03"),
        ("today", "2026-03-03"),
    ]


@pytest.mark.parametrize(
    ("text", "source_type", "name", "role", "organization"),
    [
        ("The governor insists the budget is balanced.", "person", None, "governor", None),
        ("The mayor warned that the pool would close.", "person", None, "mayor", None),
        (
            "The company's chief executive said sales would recover.",
            "person",
            None,
            "chief executive",
            "The company",
        ),
        ("Brazil's president said the talks had failed.", "person", None, "president", "Brazil"),
        (
            "Transport Secretary Ann Cole said fares would be frozen.",
            "person",
            "Ann Cole",
            "Transport Secretary",
            None,
        ),
        # unnamed: one of several, or an anonymous spokesperson
        ("A minister said the plan was dead.", "anonymous", None, None, None),
        ("Officials said the road would reopen.", "anonymous", None, None, None),
        ("A spokesman said the firm would appeal.", "anonymous", None, None, None),
        # forms of address are no role
        ("Ms. Lund said the report was wrong.", "person", "Lund", None, None),
        ("Mr. Ortiz told the committee that beds were running out.", "person", "Ortiz", None, None),
    ],
)
def test_office_holders_are_people_and_honorifics_are_no_role(
    pipeline: Pipeline,
    text: str,
    source_type: str,
    name: str | None,
    role: str | None,
    organization: str | None,
) -> None:
    [claim] = extract_article(make_article("-", text))["claims"]
    source = claim["source"]
    assert source is not None
    assert (claim["source_type"], source["name"], source["role"], source["organization"]) == (
        source_type,
        name,
        role,
        organization,
    )
