"""The lexicon as the one place cue words live, and the attribution component's settings."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

import claimx.components  # noqa: F401  (registers the claimx_* factories)
from claimx import inflection, lexicon
from claimx.components.attribution import AttributionFinder, Settings
from claimx.components.attribution.headlines import _HEADLINE_CUES
from claimx.components.attribution.rules import LEXICAL_VERB_FORMS, lexical_lemma
from claimx.components.extensions import WARNINGS
from claimx.evaluate import SPEECH_CUE_WORDS
from claimx.nlp import Pipeline


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [
        ("quip", {"quip", "quips", "quipped", "quipping"}),
        ("admit", {"admit", "admits", "admitted", "admitting"}),
        ("posit", {"posit", "posits", "posited", "positing"}),
        ("concur", {"concur", "concurs", "concurred", "concurring"}),
        ("say", {"say", "says", "said", "saying"}),
        ("write", {"write", "writes", "wrote", "written", "writing"}),
        ("deny", {"deny", "denies", "denied", "denying"}),
        ("agree", {"agree", "agrees", "agreed", "agreeing"}),
        ("stress", {"stress", "stresses", "stressed", "stressing"}),
        ("note", {"note", "notes", "noted", "noting"}),
        ("label", {"label", "labels", "labelled", "labeled", "labelling", "labeling"}),
        ("counter", {"counter", "counters", "countered", "countering"}),
        ("vow", {"vow", "vows", "vowed", "vowing"}),
        ("seek", {"seek", "seeks", "sought", "seeking"}),
    ],
)
def test_verb_forms_are_spelled_right(lemma: str, forms: set[str]) -> None:
    assert inflection.verb_forms(lemma) == forms


@pytest.mark.parametrize(
    ("form", "lemma"),
    [
        ("concurred", "concur"),
        ("Said", "say"),
        ("labelled", "label"),
        ("argued", "argue"),
        ("denies", "deny"),
        ("admitted", "admit"),
        ("wrote", "write"),
        ("stresses", "stress"),
        ("glimmered", "glimmered"),  # not a cue word: lower-cased, not guessed at
    ],
)
def test_a_form_gives_back_its_lemma(form: str, lemma: str) -> None:
    assert lexical_lemma(form) == lemma


def test_every_clause_and_label_verb_reaches_the_rule_only_pipeline() -> None:
    forms = set(LEXICAL_VERB_FORMS.split("|"))
    for lemma in lexicon.CLAUSE_VERBS | lexicon.LABEL_VERBS:
        assert inflection.verb_forms(lemma, participle=False) <= forms, lemma


def test_headline_cues_and_speech_words_come_from_the_lexicon() -> None:
    assert set(_HEADLINE_CUES.values()) == lexicon.HEADLINE_VERBS
    assert _HEADLINE_CUES["denies"] == "deny"
    assert _HEADLINE_CUES["criticises"] == "criticise"
    derived = {form for lemma in lexicon.SPEECH_VERBS for form in inflection.verb_forms(lemma)}
    assert derived | {"according"} == SPEECH_CUE_WORDS
    assert {"said", "written", "explaining"} <= SPEECH_CUE_WORDS


def test_a_clause_verb_in_the_rule_only_pipeline_has_its_lemma() -> None:
    from claimx.core import extract_article
    from claimx.inputs import make_article

    record = extract_article(
        make_article("-", "The harbour master conceded that the pier was unsafe."), model="rules"
    )
    [claim] = record["claims"]
    assert (claim["cue"]["text"], claim["content"]["text"]) == (
        "conceded",
        "the pier was unsafe",
    )


def test_settings_travel_with_the_saved_pipeline(tmp_path: Path) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("claimx_structure", config={"segment": True})
    settings = {
        "max_candidates_in_sentence": 12,
        "near_duplicate": 0.75,
        "min_quote_words": 4,
        "prior_weight": 5.0,
    }
    nlp.add_pipe("claimx_attribution", config=settings)
    nlp.to_disk(tmp_path / "pipeline")
    assert "near_duplicate = 0.75" in (tmp_path / "pipeline" / "config.cfg").read_text()
    loaded = spacy.load(tmp_path / "pipeline")
    finder = loaded.get_pipe("claimx_attribution")
    assert isinstance(finder, AttributionFinder)
    assert finder.settings == Settings(12, 0.75, 4, 5.0)


def test_default_settings_are_the_factory_defaults() -> None:
    nlp = spacy.blank("en")
    finder = nlp.add_pipe("claimx_attribution")
    assert isinstance(finder, AttributionFinder)
    assert finder.settings == Settings()
    assert nlp.config["components"]["claimx_attribution"]["max_candidates_in_sentence"] == 64


def test_a_setting_out_of_range_is_refused() -> None:
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="near_duplicate must be in"):
        nlp.add_pipe("claimx_attribution", config={"near_duplicate": 1.5})


@pytest.mark.model
def test_the_candidate_cap_is_a_setting(pipeline: Pipeline) -> None:
    doc = pipeline.nlp("The mayor said that the clerk said that the plan was late.")
    AttributionFinder(Settings(max_candidates_in_sentence=1))(doc)
    assert doc._.get(WARNINGS)[-1].endswith("only the first 1 were read (it is likely not prose)")
