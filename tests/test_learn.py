"""The parts of claimx train that need no training: calibration, cut-off, tags and features."""

from __future__ import annotations

import itertools
import random
from collections.abc import Iterable
from typing import Any

import numpy
import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.training import Example

from claimx.components.attribution.draft import Draft
from claimx.components.attribution.learned import learned_drafts, with_learned_sources
from claimx.components.extensions import ROLES_KEY
from claimx.learn.calibration import Calibration, best_cutoff
from claimx.learn.examples import GoldCounts, reference_doc, token_span
from claimx.learn.features import INSIDE, MARK, OUTSIDE, quotation_state, role_features
from claimx.learn.roles import LABELS, decode, gold_tags

BLANK = spacy.blank("en")


def test_calibration_is_a_non_decreasing_share_right() -> None:
    generator = random.Random(3)
    outcomes = [
        (score, generator.random() < score * 0.8)
        for score in (generator.random() for _ in range(3000))
    ]
    calibration = Calibration.fitted(outcomes)
    assert list(calibration.shares) == sorted(calibration.shares)
    assert abs(calibration.of(0.5) - 0.4) < 0.1  # the true share right at 0.5 is 0.4
    assert abs(calibration.of(0.9) - 0.72) < 0.1


def test_equal_scores_share_one_step_whatever_their_order() -> None:
    tied = [(1.0, False)] * 60 + [(1.0, True)] * 40
    assert Calibration.fitted(tied).of(1.0) == 0.4
    # Kept or left out together: the cut-off cannot pick the right ones among equals (all
    # kept here, so nothing needs cutting: 0).
    assert best_cutoff([], tied, 40) == (0.0, 2 * 40 / (100 + 40))


def test_too_few_outcomes_leave_the_score_as_it_is() -> None:
    assert Calibration.fitted([(0.3, True)] * 5).of(0.3) == 0.3


def test_the_cut_off_keeps_candidates_only_while_they_help_f1() -> None:
    candidates = [(0.9, True)] * 10 + [(0.5, True), (0.5, False)] + [(0.2, False)] * 30
    cutoff, f1 = best_cutoff([True] * 20, candidates, 40)
    assert cutoff == (0.5 + 0.2) / 2  # halfway between the last kept and the first left out
    assert f1 == 2 * 31 / (32 + 40)
    assert best_cutoff([True] * 20, [(0.3, False)] * 5, 40)[0] > 1.0  # none helps: none kept


def test_the_cut_off_keeps_precision_within_what_it_may_cost() -> None:
    # rules: 18 right of 20 (0.9); learned: 10 at 0.8 (7 right), then 20 at 0.5 (10 right)
    kept = [True] * 18 + [False] * 2
    candidates = [(0.8, True)] * 7 + [(0.8, False)] * 3 + [(0.5, True)] * 10 + [(0.5, False)] * 10
    assert best_cutoff(kept, candidates, 60)[0] == 0.0  # F1 alone: every candidate helps
    cutoff, f1 = best_cutoff(kept, candidates, 60, least_precision=0.8)
    assert cutoff == (0.8 + 0.5) / 2  # 25 of 30 right; with the 0.5s, 35 of 50 (0.7)
    assert f1 == 2 * 25 / (30 + 60)
    assert best_cutoff(kept, candidates, 60, least_precision=0.9)[0] > 1.0


def test_calibration_survives_its_json() -> None:
    calibration = Calibration((0.1, 0.5, 0.9), (0.05, 0.5, 0.8))
    assert Calibration.from_json(calibration.to_json()) == calibration


def doc_of(text: str) -> Doc:
    return BLANK(text)


def test_decode_turns_tags_into_spans_with_their_mean_probability() -> None:
    doc = doc_of("Ana said the bridge would reopen .")
    tags = ["B-SOURCE", "B-CUE", "B-CONTENT", "I-CONTENT", "I-CONTENT", "I-CONTENT", "O"]
    scores = numpy.full((len(doc), len(LABELS)), 0.02, dtype="float32")
    for i, tag in enumerate(tags):
        scores[i, LABELS.index(tag)] = 0.9 if i != 3 else 0.5
    found = decode(doc, scores, LABELS)
    assert [(span.text, span.label_) for span, _ in found] == [
        ("Ana", "SOURCE"),
        ("said", "CUE"),
        ("the bridge would reopen", "CONTENT"),
    ]
    assert found[2][1] < found[0][1]  # one token less sure: a lower score


def test_an_inside_tag_after_another_role_starts_a_span() -> None:
    doc = doc_of("Ana said yes")
    scores = numpy.zeros((3, len(LABELS)), dtype="float32")
    for i, tag in enumerate(["I-SOURCE", "I-CUE", "I-CONTENT"]):
        scores[i, LABELS.index(tag)] = 1.0
    assert [span.label_ for span, _ in decode(doc, scores, LABELS)] == ["SOURCE", "CUE", "CONTENT"]


def test_gold_spans_become_tags_and_overlaps_are_left_out() -> None:
    text = "Ana said the bridge would reopen."
    doc = doc_of(text)
    claims: list[dict[str, Any]] = [
        {"source_span": [0, 3], "cue_span": [4, 8], "content_span": [9, 32]},
        {"source_span": [9, 19], "cue_span": None, "content_span": [20, 32]},  # inside the first
    ]
    counts = GoldCounts()
    reference = reference_doc(doc, claims, counts)
    tags = gold_tags(Example(doc, reference))
    assert tags == ["B-SOURCE", "B-CUE", "B-CONTENT", "I-CONTENT", "I-CONTENT", "I-CONTENT", "O"]
    assert (counts.spans, counts.spans_left_out) == (5, 2)


def test_a_gold_span_loses_the_spaces_at_its_edges() -> None:
    doc = doc_of("Ana said:  \n the bridge")
    span = token_span(doc, 9, len(doc.text), "CONTENT")  # from the spaces after ":"
    assert isinstance(span, Span) and span.text == "the bridge"


def test_quotation_marks_and_their_words_are_features() -> None:
    doc = doc_of("He said “we will win” today")
    state = quotation_state(doc).tolist()
    assert state == [OUTSIDE, OUTSIDE, MARK, INSIDE, INSIDE, INSIDE, MARK, OUTSIDE]
    assert role_features(doc).shape == (len(doc), 8)
    assert role_features(doc_of("Yes")).shape == (1, 8)


# --- reading learned roles into claims (the tagger's spans set by hand on a real parse) -------


def with_roles(
    nlp: Language, text: str, roles: list[tuple[str, str]], confidences: list[float] | None = None
) -> Doc:
    """The text through the pipeline, then ``roles`` ((label, words) in text order) as the
    tagger's spans, with ``confidences`` (all 0.9 if not given)."""
    doc = nlp(text)
    spans, searched_from = [], 0
    for label, words in roles:
        start = text.index(words, searched_from)
        searched_from = start + len(words)
        span = doc.char_span(start, start + len(words), label=label)
        assert span is not None, words
        spans.append(span)
    doc.spans[ROLES_KEY] = spans
    doc.spans[ROLES_KEY].attrs["confidence"] = confidences or [0.9] * len(spans)
    return doc


def words(doc: Doc, tokens: Iterable[int]) -> str:
    ordered = sorted(tokens)
    return doc[ordered[0] : ordered[-1] + 1].text


@pytest.mark.model
def test_the_cue_is_the_one_the_content_depends_on(nlp: Language) -> None:
    text = (
        "Trump tweeted in the early hours that Machado was a fraud and urged voters to stay home."
    )
    doc = with_roles(
        nlp,
        text,
        [
            ("SOURCE", "Trump"),
            ("CUE", "tweeted"),
            ("CONTENT", "Machado was a fraud"),
            ("CUE", "urged"),
        ],
    )
    [learned] = learned_drafts(doc)
    assert doc[learned.draft.cue[0] : learned.draft.cue[1]].text == "tweeted"
    assert learned.draft.source is not None
    assert doc[learned.draft.source[0] : learned.draft.source[1]].text == "Trump"


@pytest.mark.model
def test_a_passive_cue_without_an_agent_has_no_source(nlp: Language) -> None:
    text = "The senator has been criticised for the delay in the vote."
    doc = with_roles(
        nlp,
        text,
        [("SOURCE", "The senator"), ("CUE", "has been criticised for"), ("CONTENT", "the delay")],
    )
    [learned] = learned_drafts(doc)
    assert learned.draft.source is None


@pytest.mark.model
def test_a_content_cut_inside_its_phrase_takes_the_whole_phrase(nlp: Language) -> None:
    text = "She questioned his handling of the flood defences last winter."
    doc = with_roles(nlp, text, [("SOURCE", "She"), ("CUE", "questioned"), ("CONTENT", "his")])
    [learned] = learned_drafts(doc)
    assert words(doc, learned.draft.content_tokens).startswith("his handling of the flood defences")


@pytest.mark.model
def test_a_function_word_is_no_cue(nlp: Language) -> None:
    text = "The report was full of praise for the new mayor."
    doc = with_roles(nlp, text, [("CUE", "of"), ("CONTENT", "praise for the new mayor")])
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_claims_under_the_models_cut_off_are_left_out(nlp: Language) -> None:
    text = "Ana Ruiz insisted the bridge would reopen in May."
    roles = [("SOURCE", "Ana Ruiz"), ("CUE", "insisted"), ("CONTENT", "the bridge would reopen")]
    doc = with_roles(nlp, text, roles)
    assert len(learned_drafts(doc)) == 1
    doc.spans[ROLES_KEY].attrs["min_claim_confidence"] = 0.95
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_a_rule_draft_without_a_source_takes_the_learned_one_beside_its_cue(nlp: Language) -> None:
    text = "Taxes will fall next year, in the view of the finance ministry."
    doc = with_roles(
        nlp, text, [("CONTENT", "Taxes will fall"), ("SOURCE", "the finance ministry")]
    )
    cue = next(t.i for t in doc if t.text == "view")
    sourceless = Draft(cue=(cue, cue + 1), cue_lemma="view", source=None, content_tokens={0, 1, 2})
    sourced = Draft(cue=(cue, cue + 1), cue_lemma="view", source=(0, 1), content_tokens={2})
    with_learned_sources(doc, [sourceless, sourced])
    assert sourceless.source is not None
    assert doc[sourceless.source[0] : sourceless.source[1]].text == "the finance ministry"
    assert sourced.source == (0, 1)  # the rules' own source is kept


@pytest.mark.model
def test_a_learned_source_inside_the_content_is_not_taken(nlp: Language) -> None:
    text = "The minister will resign, it was reported on Monday."
    doc = with_roles(nlp, text, [("SOURCE", "The minister")])
    cue = next(t.i for t in doc if t.text == "reported")
    draft = Draft(cue=(cue, cue + 1), cue_lemma="report", source=None, content_tokens={0, 1, 2, 3})
    with_learned_sources(doc, [draft])
    assert draft.source is None


@pytest.mark.model
def test_a_content_cut_at_its_subject_takes_the_whole_clause(nlp: Language) -> None:
    text = "The auditor questioned whether the council keeps the ferry contract."
    doc = with_roles(nlp, text, [("CUE", "questioned"), ("CONTENT", "whether the council")])
    [learned] = learned_drafts(doc)
    assert (
        words(doc, learned.draft.content_tokens) == "whether the council keeps the ferry contract"
    )


# The rules' tests of a cue that claims nothing hold for learned cues too.
REFUSALS = [
    ("The minister declined to comment on the dispute.", "declined to comment", "the dispute"),
    (
        "A club spokeswoman declined to say whether the coach would stay.",
        "declined to say",
        "whether the coach would stay",
    ),
    (
        "A spokesman said the bank does not comment on market speculation.",
        "said",
        "the bank does not comment on market speculation",
    ),
    (
        "Councillors asked why the depot had not been built elsewhere.",
        "asked",
        "why the depot had not been built elsewhere",
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content"), REFUSALS)
def test_a_learned_cue_that_claims_nothing_makes_no_claim(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    doc = with_roles(nlp, text, [("CUE", cue), ("CONTENT", content)])
    assert learned_drafts(doc) == []


# What was done, not said: a noun phrase after a verb the rules do not read as taking one.
DEEDS = [
    ("The referee showed the striker a straight red card.", "showed", "a straight red card"),
    ("The council reinstated the ban on net fishing.", "reinstated", "the ban on net fishing"),
    ("Ms Okoye was charged with fraud on Tuesday.", "was charged with", "fraud"),
    ("The club added forty beds to the shelter.", "added", "forty beds"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "cue", "content"), DEEDS)
def test_a_noun_phrase_after_a_verb_of_doing_is_no_claim(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    doc = with_roles(nlp, text, [("CUE", cue), ("CONTENT", content)])
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_a_noun_phrase_is_the_content_of_a_verb_of_judging(nlp: Language) -> None:
    text = "The mayor criticised the plan for the harbour."
    doc = with_roles(
        nlp, text, [("SOURCE", "The mayor"), ("CUE", "criticised"), ("CONTENT", "the plan")]
    )
    [learned] = learned_drafts(doc)
    assert words(doc, learned.draft.content_tokens).startswith("the plan")


@pytest.mark.model
def test_a_noun_phrase_deep_inside_the_object_is_not_what_was_judged(nlp: Language) -> None:
    text = "The dispute highlights a growing debate over the use of drones by the police."
    doc = with_roles(nlp, text, [("CUE", "highlights"), ("CONTENT", "the use of drones")])
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_a_topic_is_no_claim(nlp: Language) -> None:
    text = "We spoke to the director about what went wrong with the launch."
    doc = with_roles(
        nlp, text, [("SOURCE", "We"), ("CUE", "spoke to"), ("CONTENT", "what went wrong")]
    )
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_a_verb_of_saying_on_the_way_up_is_the_cue(nlp: Language) -> None:
    text = "A former treasurer was denied bail after prosecutors told a judge he had fled."
    doc = with_roles(nlp, text, [("CUE", "was denied"), ("CONTENT", "he had fled")])
    [learned] = learned_drafts(doc)
    assert doc[learned.draft.cue[0] : learned.draft.cue[1]].text == "told"
    assert learned.draft.source is not None
    assert doc[learned.draft.source[0] : learned.draft.source[1]].text == "prosecutors"


@pytest.mark.model
def test_what_hangs_from_the_sources_next_act_is_no_content_of_the_cue(nlp: Language) -> None:
    text = (
        "The ministry said in a statement that its troops had not moved, and invited "
        "observers to inspect the area."
    )
    doc = with_roles(
        nlp,
        text,
        [("SOURCE", "The ministry"), ("CUE", "said"), ("CONTENT", "observers to inspect the area")],
    )
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_a_noun_phrase_with_a_relative_clause_is_still_a_noun_phrase(nlp: Language) -> None:
    text = "I understand the pressure the council is under."
    doc = with_roles(
        nlp,
        text,
        [("SOURCE", "I"), ("CUE", "understand"), ("CONTENT", "the pressure the council is under")],
    )
    assert learned_drafts(doc) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content", "claims"),
    [
        ("The consortium plans to send a lander in 2029.", "plans", "to send a lander", 0),
        ("The club wants to build a new stand by 2030.", "wants", "to build a new stand", 0),
        ("The minister vowed to resign if the bill failed.", "vowed", "to resign", 1),
        ("Nurses urged the board to reopen the ward.", "urged", "the board to reopen the ward", 1),
    ],
)
def test_an_infinitive_is_a_content_only_after_a_cue_the_rules_give_one(
    nlp: Language, text: str, cue: str, content: str, claims: int
) -> None:
    doc = with_roles(nlp, text, [("CUE", cue), ("CONTENT", content)])
    assert len(learned_drafts(doc)) == claims


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "A deal is close, said one of the people, who asked not to be identified.",
            "asked",
            "not to be identified",
        ),
        (
            "An official, who asked not to be named because the talks are private, said so.",
            "asked",
            "not to be named because the talks are private",
        ),
    ],
)
def test_a_request_for_anonymity_claims_nothing(
    nlp: Language, text: str, cue: str, content: str
) -> None:
    doc = with_roles(nlp, text, [("CUE", cue), ("CONTENT", content)])
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_a_content_of_function_words_or_around_its_cue_is_no_claim(nlp: Language) -> None:
    text = "Waiting lists hit a record as the health secretary defends his plan."
    doc = with_roles(nlp, text, [("CONTENT", "as"), ("CUE", "defends")])
    assert learned_drafts(doc) == []
    text = "Morgan was named player of the match on Saturday."
    doc = nlp(text)
    doc.spans[ROLES_KEY] = [
        Span(doc, 1, 3, label="CUE"),
        Span(doc, 0, 7, label="CONTENT"),
    ]
    doc.spans[ROLES_KEY].attrs["confidence"] = [0.9, 0.9]
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_a_question_claims_nothing(nlp: Language) -> None:
    text = "Why should commuters believe the new opening date?"
    doc = with_roles(
        nlp, text, [("CONTENT", "Why should"), ("SOURCE", "commuters"), ("CUE", "believe")]
    )
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_a_cue_that_names_nobody_takes_no_learned_source(nlp: Language) -> None:
    text = "Exports fell, according to the growers, and some buyers are reportedly leaving."
    doc = with_roles(nlp, text, [("SOURCE", "the growers")])
    cue = next(t.i for t in doc if t.text == "reportedly")
    draft = Draft(
        cue=(cue, cue + 1),
        cue_lemma="reportedly",
        source=None,
        content_tokens={cue + 1},
        sourceless=True,
    )
    with_learned_sources(doc, [draft])
    assert draft.source is None


@pytest.mark.model
def test_a_clause_after_a_cue_the_rules_do_not_know_is_still_a_claim(nlp: Language) -> None:
    text = "Ana Ruiz quipped that the bridge would reopen in May."
    doc = with_roles(
        nlp,
        text,
        [("SOURCE", "Ana Ruiz"), ("CUE", "quipped"), ("CONTENT", "the bridge would reopen in May")],
    )
    [learned] = learned_drafts(doc)
    assert doc[learned.draft.cue[0] : learned.draft.cue[1]].text == "quipped"


# --- the encoder's windows (no torch needed) ----------------------------------------------


def test_windows_cover_every_token_and_overlap_by_about_the_overlap() -> None:
    from claimx.learn.encoder import owners, windows

    counts = [1, 2, 1, 3, 1, 1, 2, 1] * 20  # 160 tokens, 240 pieces
    spans = windows(counts, 60, 16)
    assert spans[0][0] == 0 and spans[-1][1] == len(counts)
    for (start, end), (next_start, next_end) in itertools.pairwise(spans):
        assert sum(counts[start:end]) <= 60
        assert next_start < end < next_end  # overlapping, always moving on
        assert 8 <= sum(counts[next_start:end]) <= 16
    owner = owners([[0] * c for c in counts], spans)
    assert all(start <= i < end for i, number in enumerate(owner) for start, end in [spans[number]])
    # each token is read where it stands farthest from an edge: in the overlap of the first
    # two windows, the first's near its start, the second's near the first's end
    (_, first_end), (second_start, _) = spans[0], spans[1]
    assert owner[second_start] == 0 and owner[first_end - 1] == 1


def test_windows_end_at_a_sentence_start_in_their_second_half() -> None:
    from claimx.learn.encoder import windows

    counts = [1] * 100
    spans = windows(counts, 40, 0, {35, 50})
    assert spans[0] == (0, 35)  # not 40: the sentence at 35 starts the next window
    assert spans[1][0] == 35
    assert windows([1] * 10, 40, 8) == [(0, 10)]  # a short text: one window
    assert windows([50, 1], 40, 8)[0] == (0, 1)  # a token longer than a window: alone


# --- grounding: the tagger proposes, the linking decides --------------------------------


def cue_text(doc: Doc, learned: object) -> str:
    draft = learned.draft  # type: ignore[attr-defined]
    return str(doc[draft.cue[0] : draft.cue[1]].text)


@pytest.mark.model
def test_a_content_under_an_ordinary_verb_and_no_cue_is_dropped(nlp: Language) -> None:
    text = "The council has faced ridicule over the parking plan."
    doc = with_roles(nlp, text, [("CONTENT", "ridicule over the parking plan")])
    assert learned_drafts(doc) == []


@pytest.mark.model
def test_a_verb_the_rules_know_grounds_a_content_without_a_learned_cue(nlp: Language) -> None:
    text = "Ana Ruiz insisted that the bridge would reopen in May."
    doc = with_roles(nlp, text, [("CONTENT", "the bridge would reopen in May")])
    [learned] = learned_drafts(doc)
    assert cue_text(doc, learned) == "insisted"


@pytest.mark.model
def test_a_learned_cue_the_parse_does_not_tie_to_the_content_grounds_nothing(
    nlp: Language,
) -> None:
    text = "Ana Ruiz zorbled about the harbour. The bridge would reopen in May."
    roles = [("SOURCE", "Ana Ruiz"), ("CUE", "zorbled"), ("CONTENT", "The bridge would reopen")]
    assert learned_drafts(with_roles(nlp, text, roles)) == []


@pytest.mark.model
def test_an_unsure_learned_cue_drops_its_claim_however_sure_the_content(nlp: Language) -> None:
    text = "Ana Ruiz zorbled that the bridge would reopen in May."
    roles = [("SOURCE", "Ana Ruiz"), ("CUE", "zorbled"), ("CONTENT", "the bridge would reopen")]
    sure = with_roles(nlp, text, roles, [0.9, 0.9, 0.9])
    sure.spans[ROLES_KEY].attrs["min_claim_confidence"] = 0.5
    [learned] = learned_drafts(sure)
    assert cue_text(sure, learned) == "zorbled" and learned.confidence == 0.9
    unsure = with_roles(nlp, text, roles, [0.9, 0.3, 0.9])
    unsure.spans[ROLES_KEY].attrs["min_claim_confidence"] = 0.5
    assert learned_drafts(unsure) == []


@pytest.mark.model
def test_a_quotation_right_before_its_learned_cue_is_grounded(nlp: Language) -> None:
    text = "“The bridge will reopen in May,” Ana Ruiz zorbled on Tuesday."
    roles = [
        ("CONTENT", "The bridge will reopen in May"),
        ("SOURCE", "Ana Ruiz"),
        ("CUE", "zorbled"),
    ]
    [learned] = learned_drafts(with_roles(nlp, text, roles))
    assert learned.draft.source is not None
