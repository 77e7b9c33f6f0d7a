"""Entity clean-up, dates and money in context, multiprocessing and serialisation."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from spacy.tokens import Doc, DocBin, Span

from claimx.components.entities import clean_entity
from claimx.core import extract_article
from claimx.inputs import make_article
from claimx.nlp import Pipeline, make_doc


@pytest.fixture
def blank_doc() -> Doc:
    import spacy

    return spacy.blank("en")("Anthropic’s AI said around $380 billion and AI.")


def test_possessive_person_becomes_its_owner(blank_doc: Doc) -> None:
    ent = Span(blank_doc, 0, 3, label="PERSON")
    assert ent.text == "Anthropic’s AI"
    fixed = clean_entity(ent, {})
    assert fixed is not None
    assert (fixed.text, fixed.label_) == ("Anthropic", "ORG")


def test_possessive_owner_keeps_a_label_seen_elsewhere(blank_doc: Doc) -> None:
    fixed = clean_entity(Span(blank_doc, 0, 3, label="PERSON"), {"Anthropic": "GPE"})
    assert fixed is not None and fixed.label_ == "GPE"


def test_generic_acronym_is_not_an_entity(blank_doc: Doc) -> None:
    assert blank_doc[9].text == "AI"
    assert clean_entity(Span(blank_doc, 9, 10, label="ORG"), {}) is None


def test_qualifier_is_kept_out_of_money(blank_doc: Doc) -> None:
    fixed = clean_entity(Span(blank_doc, 4, 8, label="MONEY"), {})
    assert fixed is not None and fixed.text == "$380 billion"


@pytest.mark.model
def test_dates_resolve_against_publication(pipeline: Pipeline) -> None:
    text = "The deal collapsed last week and would be revisited in January."
    record = extract_article(make_article("-", text, dt.date(2025, 11, 14)))
    assert [(d["text"], d["value"], d["relative"]) for d in record["dates"]] == [
        ("last week", "2025-11-03/2025-11-09", True),
        ("January", "2026-01", True),
    ]


@pytest.mark.model
def test_money_with_qualifier_in_context(pipeline: Pipeline) -> None:
    record = extract_article(make_article("-", "The firm is valued at nearly £45m today."))
    assert [(m["text"], m["amount"], m["currency"], m["qualifier"]) for m in record["money"]] == [
        ("£45m", 45_000_000, "GBP", "nearly")
    ]


@pytest.mark.model
def test_components_survive_two_processes(pipeline: Pipeline) -> None:
    texts = [
        f"date 2026-01-0{i} The mayor said the bridge would reopen last week." for i in (1, 2, 3)
    ]
    docs = [make_doc(pipeline.nlp, make_article("-", t)) for t in texts]
    one = [d.to_json() for d in pipeline.nlp.pipe(docs)]
    docs = [make_doc(pipeline.nlp, make_article("-", t)) for t in texts]
    processed = list(pipeline.nlp.pipe(docs, n_process=2, batch_size=1))
    assert [d.to_json() for d in processed] == one
    assert [d._.claimx_claims[0]["cue_lemma"] for d in processed] == ["say"] * 3
    assert [d.spans["claimx_dates"][1]._.claimx_date["value"] for d in processed] == [
        "2025-12-22/2025-12-28",
        "2025-12-22/2025-12-28",
        "2025-12-22/2025-12-28",
    ]


@pytest.mark.model
def test_results_survive_docbin(pipeline: Pipeline) -> None:
    doc = pipeline.nlp(
        make_doc(pipeline.nlp, make_article("-", "Officials said costs rose by $5m."))
    )
    restored = next(DocBin(docs=[doc], store_user_data=True).get_docs(pipeline.nlp.vocab))
    # msgpack gives tuples back for lists: compare as JSON would see them
    assert json.loads(json.dumps(restored._.claimx_claims)) == doc._.claimx_claims
    assert restored.spans["claimx_money"][0]._.claimx_money["amount"] == 5_000_000


def test_rule_only_pipeline_extracts_simple_claims() -> None:
    from claimx.nlp import load_pipeline

    pipeline = load_pipeline("rules")
    assert pipeline.rule_only
    text = "According to the council, the road will close. The mayor said the work was overdue."
    record = extract_article(make_article("-", text), model="rules")
    assert [
        (c["source"]["text"] if c["source"] else None, c["cue"]["text"], c["content"]["text"])
        for c in record["claims"]
    ] == [
        ("the council", "According to", "the road will close"),
        ("The mayor", "said", "the work was overdue"),
    ]
    assert record["model"]["rule_only"] is True


def test_doc_text_is_the_text_and_lives_no_longer_than_its_doc() -> None:
    import gc

    import spacy

    from claimx.components import doctext

    doc = spacy.blank("en")("Two  spaces,\n\na paragraph  and a tail ")
    assert doctext.doc_text(doc) == doc.text
    assert doctext.doc_text(doc) is doctext.doc_text(doc)  # built once
    before = len(doctext._TEXTS)
    del doc
    gc.collect()
    assert len(doctext._TEXTS) == before - 1


def test_attribution_finds_the_same_claims_on_a_doc_made_outside_claimx(
    pipeline: Pipeline,
) -> None:
    """A Doc from plain ``nlp(text)`` (no remembered text) gets the claims the runner finds."""
    text = "The minister said that the bridge would reopen.\n\nCritics argue that it is late."
    from_runner = extract_article(make_article("a", text))["claims"]
    doc = pipeline.nlp(text)
    assert [c["cue"] for c in doc._.claimx_claims] == [
        [c["cue"]["start_char"], c["cue"]["end_char"]] for c in from_runner
    ]
    assert len(from_runner) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The council met on Tuesday.", "2026-03-03"),  # published that Tuesday: the same day
        ("Keller is expected to testify on Monday.", "2026-03-09"),  # a plan points forward
        ("The vote is scheduled to take place on Thursday.", "2026-03-05"),
        ("She plans to resign on Friday.", "2026-03-06"),
        ("She was expected to testify on Monday, but did not.", "2026-03-02"),  # told of the past
        ("The minister resigned on Sunday.", "2026-03-01"),
    ],
)
def test_weekdays_resolve_by_tense_and_plan(pipeline: Pipeline, sentence: str, value: str) -> None:
    record = extract_article(make_article("-", sentence, dt.date(2026, 3, 3)))  # a Tuesday
    [date] = record["dates"]
    assert date["value"] == value
