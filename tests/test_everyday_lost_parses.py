"""Everyday news read right (issue 24), fourth round. Mostly where the parser loses a
sentence's shape: a sentence started after a word or a comma ("Orlesia | and Kastamir have
agreed ..."), a closing tag left without its subject, a "that" clause or a verb read as
something else, a speaker's second report joined to the first. And what claims nothing: links
to other articles, a court's ruling on an application, a request that a name be withheld. One
test per family, each with sentences written for it in several wordings."""

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


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Managing Director Vikram Rao told analysts on an earnings call that raw cotton had "
            "cost the company 18 per cent more, and that it had not passed on the increase.",
            (
                "Managing Director Vikram Rao",
                "told",
                "that raw cotton had cost the company 18 per cent more … that it had not passed "
                "on the increase",
            ),
        ),
        (
            "The chief executive told investors at a conference that demand had never been "
            "stronger.",
            ("The chief executive", "told", "demand had never been stronger"),
        ),
    ],
)
def test_a_that_clause_read_as_a_relative_clause_on_the_tags_phrase(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The levy's own enabling regulations, gazetted in February, state that at least 60 "
            "per cent of receipts must go to treatment plants.",
            (
                "The levy's own enabling regulations, gazetted in February",
                "state",
                "at least 60 per cent of receipts must go to treatment plants",
            ),
        ),
        (
            "The new rules, published on Monday, say that landlords must register every tenancy.",
            ("The new rules", "say", "landlords must register every tenancy"),
        ),
    ],
)
def test_a_verb_read_as_an_apposition_of_its_subject(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Forecasters say the rain should turn to snow by 10 p.m., but warn that gusts "
            "could bring down more branches.",
            ("Forecasters", "warn", "gusts could bring down more branches"),
        ),
        (
            'The students\' union accused management of a "backdoor fee hike" and called on '
            "students to boycott the portal.",
            ("The students' union", "called on", "students to boycott the portal"),
        ),
    ],
)
def test_the_speakers_second_report_joined_to_the_first(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


def test_advice_on_a_joined_verb_stays_advice(pipeline: Pipeline) -> None:
    text = "The council should publish a list and tell contractors that the rules have changed."
    assert not any(cue == "tell" for _, cue, _ in claims(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Speaking at the launch in Abuja, the managing director of Kestrel Bank, Mrs. "
            "Halima Ojo, said the bank was ready.",
            (
                "the managing director of Kestrel Bank, Mrs. Halima Ojo",
                "said",
                "the bank was ready",
            ),
        ),
        (
            "Despite protests from the owners' lawyers, the Court of Appeal held that the sale "
            "was void.",
            ("the Court of Appeal", "held", "the sale was void"),
        ),
    ],
)
def test_a_subject_read_as_an_apposition_after_a_fronted_phrase(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "It showed contamination was highest in boreholes sited less than 30 metres from "
            "latrines.",
            (
                "It",
                "showed",
                "contamination was highest in boreholes sited less than 30 metres from latrines",
            ),
        ),
    ],
)
def test_a_participle_read_as_a_past_tense_stays_in_the_report(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Intro.\n\nRead more: Aurora towns ask for disaster funds to be released\n\nThe end.",
        "Intro.\n\nRELATED: Council says the bridge will reopen in May\n\nThe end.",
        "Intro.\n\nSee also: Minister warns of further cuts\n\nThe end.",
        "Intro.\n\nALSO READ | Union says strike will go ahead\n\nThe end.",
    ],
)
def test_a_link_to_another_article_claims_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A regional trial court has denied a motion by the former mayor to dismiss the charges.",
        "The judge granted bail on condition that he surrender his passport.",
        "The tribunal rejected the application for an adjournment.",
        "The board refused permission for the extension.",
    ],
)
def test_a_ruling_on_an_application_is_an_act(pipeline: Pipeline, text: str) -> None:
    assert claims(text) == []


@pytest.mark.model
def test_a_ruling_with_its_reasons_still_reports_them(pipeline: Pipeline) -> None:
    text = "The magistrate refused bail, saying the accused was a flight risk."
    assert ("The magistrate", "saying", "the accused was a flight risk") in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Another vendor, who asked that her name not be used because she is negotiating, "
        "claimed that stalls were promised to relatives.",
        "A trader, who asked for his surname to be withheld, said rents had doubled.",
    ],
)
def test_asking_that_a_name_be_withheld_asks_nothing(pipeline: Pipeline, text: str) -> None:
    assert [cue for _, cue, _ in claims(text)] in (["claimed"], ["said"])


@pytest.mark.model
def test_a_passive_verb_of_conceding_has_no_closing_report(pipeline: Pipeline) -> None:
    text = (
        "The terms are simple: no landed property is required as collateral; cooperative "
        "guarantees will be accepted instead; and repayments start after harvest."
    )
    assert claims(text) == []


@pytest.mark.model
def test_a_sentence_after_a_time_opens_with_asked(pipeline: Pipeline) -> None:
    text = (
        "Intro.\n\nThe mayor says a third warming centre opens at 6 p.m. Asked whether the "
        "city would declare an emergency, she said staff were watching the numbers."
    )
    assert ("she", "said", "staff were watching the numbers") in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Intro.\n\nAt least two of the company's ten largest investors are understood to "
            "favour opening talks.",
            (
                None,
                "are understood",
                "At least two of the company's ten largest investors are understood to favour "
                "opening talks",
            ),
        ),
        (
            "Intro.\n\nThe minister is believed to have left the country.",
            (None, "is believed", "The minister is believed to have left the country"),
        ),
    ],
)
def test_a_sourceless_view_with_its_infinitive_read_as_a_noun(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    subject, infinitive = expected[2].split(f" {expected[1]} ")
    assert (None, expected[1], f"{subject} … {infinitive}") in claims(text)


@pytest.mark.model
def test_a_that_clause_after_the_tags_addressee_phrase(pipeline: Pipeline) -> None:
    text = (
        "Its fund manager, Priya Raman, wrote in a note to clients that the 74 freehold sites "
        "alone were worth close to 400p a share."
    )
    assert (
        "Its fund manager, Priya Raman",
        "wrote",
        "the 74 freehold sites alone were worth close to 400p a share",
    ) in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "He appealed to proprietors to cooperate, warning that the government would act.",
            ("He", "appealed to", "proprietors to cooperate"),
        ),
        (
            "The police appealed to witnesses to come forward.",
            ("The police", "appealed to", "witnesses to come forward"),
        ),
    ],
)
def test_appealed_to_an_addressee(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In one region of the study, the authors write, the number of days on which the ice "
            "road was safe fell from 61 to 38.",
            ("the authors", "write", "the number of days on which the ice road was safe"),
        ),
        (
            "By the end of the year, the minister said, every school would have a nurse.",
            ("the minister", "said", "every school would have a nurse"),
        ),
    ],
)
def test_a_tag_in_mid_sentence_after_a_fronted_phrase(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    # the fronted phrase belongs to the report, not to the tag
    assert any(
        (source, cue) == expected[:2] and expected[2] in content and content[:2] == text[:2]
        for source, cue, content in claims(text)
    ), claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Boat mishap: 12 drown, nine missing in Kwasara – SEMA",
            ("SEMA", "–", "12 drown, nine missing in Kwasara"),
        ),
        (
            "Govt will pay salaries by Friday — Minister",
            ("Minister", "—", "Govt will pay salaries by Friday"),
        ),
        (
            "Fuel prices to rise next month – Governor Obi",
            ("Governor Obi", "–", "Fuel prices to rise next month"),
        ),
    ],
)
def test_a_headlines_speaker_after_a_dash(
    pipeline: Pipeline, headline: str, expected: Found
) -> None:
    assert expected in claims(f"{headline}\n\nThe body starts here. It has two sentences.")


@pytest.mark.model
@pytest.mark.parametrize(
    "headline",
    ["Storm batters coast – BBC News", "Arsenal 2 – 1 Chelsea", "Rates held - Daily Post"],
)
def test_a_site_or_a_score_after_a_dash_is_no_speaker(pipeline: Pipeline, headline: str) -> None:
    assert claims(f"{headline}\n\nThe body starts here. It has two sentences.") == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Several readers asked why I did not mention accidents.",
        "Readers asked why the mayor said the road was safe.",
        "The embassy declined to say whether its staff had been told to limit their movements.",
    ],
)
def test_a_report_inside_an_open_question_is_not_made(pipeline: Pipeline, text: str) -> None:
    assert claims(f"Intro.\n\n{text}") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The finance committee says closing four of the nine branch libraries will save "
            "1.2 million crowns a year.",
            (
                "The finance committee",
                "says",
                "closing four of the nine branch libraries will save 1.2 million crowns a year",
            ),
        ),
        (
            "The report says raising the fare would cut demand by a fifth.",
            ("The report", "says", "raising the fare would cut demand by a fifth"),
        ),
    ],
)
def test_a_gerund_subject_stays_in_the_report(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The organiser, Siobhan Carver, tells us members "did not want to be here" but '
            "were left with no choice.",
            (
                "The organiser, Siobhan Carver",
                "tells",
                'members "did not want to be here" but were left with no choice',
            ),
        ),
        (
            "The driver said the brakes failed and was later arrested.",
            ("The driver", "said", "the brakes failed"),
        ),
    ],
)
def test_a_joined_predicate_goes_with_the_subject_it_agrees_with(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The department had warned on Monday that heavy rain could trigger floods and had "
            "asked tourists to stay away.",
            ("The department", "asked", "tourists to stay away"),
        ),
        (
            "The panel ruled that the company's advertising was misleading and ordered it to "
            "refund customers within 60 days.",
            ("The panel", "ordered", "it to refund customers within 60 days"),
        ),
    ],
)
def test_the_speakers_next_act_keeps_the_speaker(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"This agreement is a milestone," said Datuk Ir. Hamzah Yusof, the chief executive.',
            "Datuk Ir. Hamzah Yusof, the chief executive",
        ),
        (
            '"The cuts go too deep," said Cllr. Ana Ruiz, who chairs the committee.',
            "Cllr. Ana Ruiz",
        ),
    ],
)
def test_a_title_with_a_full_stop_does_not_end_the_sentence(
    pipeline: Pipeline, text: str, source: str
) -> None:
    assert [s for s, _, _ in claims(text)] == [source]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Nobody disputes the number.",
        "Not everyone in the room opposed the merger.",
        "Graham Ruthven, 58, admitted embezzling £212,460 from the trust.",
        "The defendant admitted two counts of fraud.",
        "We'd urge anyone in that area to follow the fire service's advice.",
        "Members voted by seven to five to refuse the application, citing road safety.",
        "Farmers chose the trees, which helped explain why 90 per cent survived.",
        "Scorers: Kilcreevy: C Hanlon 0-11, R Brennan 1-1. St Fiachra's: D Kinsella 2-2.",
    ],
)
def test_what_claims_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(f"Intro.\n\n{text}") == []


@pytest.mark.model
def test_admitting_a_mistake_is_a_concession(pipeline: Pipeline) -> None:
    text = "The minister admitted making a mistake over the contract."
    assert any(cue == "admitted" for _, cue, _ in claims(text))


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A spokesperson for the department said officials were "reviewing the study" but '
            "did not say whether the department planned to increase funding.",
            ("A spokesperson for the department", "said", 'officials were "reviewing the study"'),
        ),
        (
            "She said a new incentive program, offering up to $30,000 to nurses, would begin in "
            "April.",
            (
                "She",
                "said",
                "a new incentive program, offering up to $30,000 to nurses, would begin in April",
            ),
        ),
        (
            "Iron ore fell 3.8 per cent overnight after figures released on Thursday showed "
            "steel output among the biggest buyers had fallen for a fifth straight month.",
            (
                "figures released on Thursday",
                "showed",
                "steel output among the biggest buyers had fallen for a fifth straight month",
            ),
        ),
        (
            "He added that Mr Ruthven had sold the campervan and handed £41,000 to the trust.",
            ("He", "added", "Mr Ruthven had sold the campervan and handed £41,000 to the trust"),
        ),
        (
            "The company said margins had narrowed and suspended its dividend.",
            ("The company", "said", "margins had narrowed"),
        ),
    ],
)
def test_where_the_report_ends(pipeline: Pipeline, text: str, expected: Found) -> None:
    assert expected in claims(text)


@pytest.mark.model
def test_a_dateline_with_a_colon_beside_a_related_line_is_no_speaker(pipeline: Pipeline) -> None:
    text = (
        "Boss told workers to use thinner beams, trial hears\n\nBy Farah Yusof\n\n"
        "TELUK MERANTI: A site supervisor told the court yesterday that his employer had "
        "cut corners.\n\nRelated: School roof collapse: what we know\n\nThe trial continues."
    )
    found = claims(text)
    assert not any(source == "TELUK MERANTI" for source, _, _ in found)
    assert ("A site supervisor", "told", "his employer had cut corners") in found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police say the bus was empty apart from the driver, who has been taken to hospital "
            "with minor injuries.",
            (
                "Police",
                "say",
                "the bus was empty apart from the driver, who has been taken to hospital with "
                "minor injuries",
            ),
        ),
        (
            "The experts praised the proposals to help small firms, which include a tax break "
            "for new machinery.",
            ("The experts", "praised", "the proposals to help small firms"),
        ),
        (
            "The charity is calling for a 40% rise in rent assistance, which the budget leaves "
            "unchanged.",
            ("The charity", "calling for", "a 40% rise in rent assistance"),
        ),
    ],
)
def test_a_relative_clause_at_the_end_of_a_report(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)


@pytest.mark.model
def test_a_relative_clause_on_what_is_called_for(pipeline: Pipeline) -> None:
    text = "Coroner calls for lighting on road where cyclist (34) was killed\n\nThe body. It ends."
    assert ("Coroner", "calls for", "lighting on road where cyclist (34) was killed") in claims(
        text
    )


@pytest.mark.model
@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        (
            "Six killed in blast at firecracker unit in Kolvapur, owner absconding, say police",
            (
                "police",
                "say",
                "Six killed in blast at firecracker unit in Kolvapur, owner absconding",
            ),
        ),
        (
            "Appeal court frees taxi operator, says trial judge misdirected jury",
            ("Appeal court", "says", "trial judge misdirected jury"),
        ),
    ],
)
def test_an_inverted_headline_tag_and_a_second_predicate(
    pipeline: Pipeline, headline: str, expected: Found
) -> None:
    found = claims(f"{headline}\n\nThe body starts here. It has two sentences.")
    assert any(
        (source, cue) == expected[:2] and content.endswith(expected[2])
        for source, cue, content in found
    ), found


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Coroner to warn council over junction where cyclist died\n\nThe body. It ends.",
        "Intro.\n\nShe heard shouting and ran outside to find her husband slumped against a car.",
        'Intro.\n\nMembers staged a walkout as the minister spoke, chanting "no more cuts for '
        'the poor, no more cuts for the poor".',
    ],
)
def test_no_report_in_a_plan_a_discovery_or_a_chant(pipeline: Pipeline, text: str) -> None:
    assert [cue for _, cue, _ in claims(text) if cue != "spoke"] == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "They should also insist on seeing the full impact assessment before they vote.",
        "The minister must explain why the contract was never tendered.",
        "The developer posted an 18-percent drop in third-quarter net income.",
        "The bank posted a record profit of $2.1 billion.",
    ],
)
def test_advice_to_speak_and_results_posted_claim_nothing(pipeline: Pipeline, text: str) -> None:
    assert claims(f"Intro.\n\n{text}") == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "I should say that my father began his studies at 16.",
            ("I", "should say", "that my father began his studies at 16"),
        ),
        (
            "The mayor posted on Facebook that the road would reopen.",
            ("The mayor", "posted", "the road would reopen"),
        ),
        (
            "The plan was thrown out, despite planning officers recommending that it be approved.",
            ("planning officers", "recommending", "it be approved"),
        ),
    ],
)
def test_saying_it_posting_it_and_people_recommending(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    found = claims(text)
    assert any(
        s == expected[0] and expected[1].endswith(cue) and content.endswith(expected[2][-12:])
        for s, cue, content in found
    ), found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'A diplomat said the prisoner swap had been agreed "weeks ago" and held back to give '
            "both sides something to announce.",
            (
                "A diplomat",
                "said",
                'the prisoner swap had been agreed "weeks ago" and held back to give both sides '
                "something to announce",
            ),
        ),
        (
            "The pilot was wound up after, according to the council's own evaluation, fewer "
            "than twelve people a week used it.",
            (
                "the council's own evaluation",
                "according to",
                "fewer than twelve people a week used it",
            ),
        ),
        (
            "According to Jane Doe, a professor at Harlow University, the results are robust.",
            (
                "Jane Doe, a professor at Harlow University",
                "According to",
                "the results are robust",
            ),
        ),
    ],
)
def test_a_shared_passive_and_a_subject_read_as_the_sources_apposition(
    pipeline: Pipeline, text: str, expected: Found
) -> None:
    assert expected in claims(text)
