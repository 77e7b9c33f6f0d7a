"""The parts of claimx train that need no training: calibration, cut-off, tags and features."""

from __future__ import annotations

import random

import numpy
import spacy
from spacy.tokens import Doc, Span
from spacy.training import Example

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
    # Kept or left out together: the cut-off cannot pick the right ones among equals.
    assert best_cutoff([], tied, 40) == (1.0, 2 * 40 / (100 + 40))


def test_too_few_outcomes_leave_the_score_as_it_is() -> None:
    assert Calibration.fitted([(0.3, True)] * 5).of(0.3) == 0.3


def test_the_cut_off_keeps_candidates_only_while_they_help_f1() -> None:
    candidates = [(0.9, True)] * 10 + [(0.5, True), (0.5, False)] + [(0.2, False)] * 30
    cutoff, f1 = best_cutoff([True] * 20, candidates, 40)
    assert cutoff == 0.5
    assert f1 == 2 * 31 / (32 + 40)
    assert best_cutoff([True] * 20, [(0.3, False)] * 5, 40)[0] > 1.0  # none helps: none kept


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
    claims = [
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
