"""claimx runs the model's attribute_ruler as table lookups (claimx_pos) and its lemmatizer on
demand (lemma_of): every token must come out as the model's own pipeline annotates it.
(benchmarks/annotations.py checks the same on every token of the evaluation splits.)"""

from __future__ import annotations

from typing import Any

import pytest

from claimx.components.lemmas import lemma_of
from claimx.components.pos import compile_rules
from claimx.nlp import REPACKAGED_MODEL, is_installed
from tests.conftest import EXAMPLES, SEED

pytestmark = pytest.mark.model

# Sentences that reach the ruler's rarer patterns: two-token ones ("gon na", "got ta", "let 's",
# "c'm on", "y' all", "ai n't"), the expletive "there is", spaces, pronouns, modals, "'d".
TRICKY = [
    "We're gonna win, and you gotta believe it. Let's go! C'mon, y'all, it ain't over.",
    "There is a plan.  There are two.   I'd say he'll come; she would've, wouldn't she?",
    "Something happened to nobody: anyone who'd seen it said so, but everybody left.",
    "\n\nThe minister said (and that was that) the 5% rise was 'unacceptable' -- or so.\n",
    "It's hers, not theirs; whether or not we go, they'd said, is up to us.",
]


@pytest.fixture(scope="module")
def model_pipeline() -> Any:
    """The model as spaCy ships it: its own attribute_ruler and lemmatizer."""
    if not is_installed(REPACKAGED_MODEL):
        pytest.skip("no statistical model")
    import importlib

    return importlib.import_module(REPACKAGED_MODEL).load()


def annotations_of(doc: Any) -> list[tuple[Any, ...]]:
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, lemma_of(t), t.is_sent_start)
        for t in doc
    ]


def test_claimx_replaces_the_ruler_and_the_lemmatizer(nlp: Any) -> None:
    assert "claimx_pos" in nlp.pipe_names
    assert "attribute_ruler" not in nlp.pipe_names and "lemmatizer" not in nlp.pipe_names


def test_every_token_is_annotated_as_by_the_model(nlp: Any, model_pipeline: Any) -> None:
    texts = [*TRICKY, SEED.read_text(encoding="utf-8")]
    texts += [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    # The model's own pipeline, given claimx's components too, so that sentence starts agree.
    from claimx.nlp import add_claimx_components

    add_claimx_components(model_pipeline)
    for text in texts:
        ours = annotations_of(nlp(text))
        theirs = annotations_of(model_pipeline(text))
        assert ours == theirs


def test_a_ruler_pattern_the_tables_cannot_reproduce_keeps_the_ruler() -> None:
    import spacy

    from claimx.nlp import replace_annotators

    blank = spacy.blank("en")
    ruler: Any = blank.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    assert compile_rules(ruler) is not None
    ruler.add([[{"ORTH": "Dr", "OP": "?"}, {"TAG": "NNP"}]], {"POS": "PROPN"})  # a quantifier
    assert compile_rules(ruler) is None
    assert replace_annotators(blank) == []
    assert blank.pipe_names == ["attribute_ruler"]


def test_lemmas_on_demand_survive_pickling(nlp: Any) -> None:
    """A worker started by spawn gets the pipeline pickled, with a vocabulary of its own:
    claimx_lemmas registers its lemmatizer again for that vocabulary."""
    import pickle

    copy = pickle.loads(pickle.dumps(nlp))
    assert copy.vocab is not nlp.vocab
    doc = copy("The ministers were warned that the talks had collapsed.")
    assert [lemma_of(t) for t in doc if t.pos_ in ("VERB", "AUX", "NOUN")] == [
        "minister",
        "be",
        "warn",
        "talk",
        "have",
        "collapse",
    ]
