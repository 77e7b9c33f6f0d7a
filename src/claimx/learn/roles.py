"""``claimx_roles``: a trainable tagger of attribution roles.

Every token gets one tag of ``LABELS``: the beginning (B) or inside (I) of a SOURCE, a CUE or a
CONTENT, or O; PolNeAR gives each token at most one role, so the roles are a tag sequence.
The tags are decoded into spans in ``doc.spans["claimx_roles"]`` (labels SOURCE, CUE,
CONTENT), with each span's confidence in the group's ``attrs["confidence"]``: the mean
probability of the span's tags, mapped by the calibration fitted on dev at training time, and
the least confidence a claim needs (``min_claim_confidence``, chosen on dev too) in
``attrs["min_claim_confidence"]``.

It writes nothing else: the model's tags, parse and entities stay as they are, and the rules
(``claimx_attribution``) turn the spans into claims.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any

import numpy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Span
from spacy.training import Example
from spacy.vocab import Vocab
from thinc.api import Config, Model, SequenceCategoricalCrossentropy
from thinc.types import Floats2d

from claimx.components.extensions import ROLES_KEY
from claimx.learn import features  # noqa: F401  (registers claimx.RoleTagger.v1)
from claimx.learn.calibration import Calibration

ROLES = ("SOURCE", "CUE", "CONTENT")
LABELS = ("O", *(f"{edge}-{role}" for role in ROLES for edge in "BI"))
CONFIDENCE_ATTR = "confidence"
THRESHOLD_ATTR = "min_claim_confidence"

DEFAULT_MODEL = Config().from_str(
    """
[model]
@architectures = "claimx.RoleTagger.v1"
width = 96
depth = 2
window_size = 1
lstm_depth = 1
base_vectors = true
"""
)["model"]


@Language.factory(
    "claimx_roles",
    assigns=["doc.spans"],
    default_config={"model": DEFAULT_MODEL, "min_claim_confidence": 0.0},
)
def make_roles(
    nlp: Language, name: str, model: Model[list[Doc], list[Floats2d]], min_claim_confidence: float
) -> RoleTagger:
    return RoleTagger(nlp.vocab, model, name, min_claim_confidence=min_claim_confidence)


class RoleTagger(TrainablePipe):  # type: ignore[misc]
    def __init__(
        self,
        vocab: Vocab,
        model: Model[list[Doc], list[Floats2d]],
        name: str = "claimx_roles",
        *,
        min_claim_confidence: float = 0.0,
    ) -> None:
        self.vocab = vocab
        self.model = model
        self.name = name
        self.cfg: dict[str, Any] = {
            "labels": list(LABELS),
            "min_claim_confidence": min_claim_confidence,
            "calibration": Calibration.identity().to_json(),
        }

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.cfg["labels"])

    @property
    def calibration(self) -> Calibration:
        return Calibration.from_json(self.cfg["calibration"])

    def predict(self, docs: Iterable[Doc]) -> list[Floats2d]:
        docs = list(docs)
        if not any(len(doc) for doc in docs):
            width = len(self.labels)
            return [self.model.ops.alloc2f(len(doc), width) for doc in docs]
        return self.model.predict(docs)

    def set_annotations(self, docs: Iterable[Doc], scores: list[Floats2d]) -> None:
        calibration = self.calibration
        for doc, doc_scores in zip(docs, scores, strict=True):
            found = decode(doc, numpy.asarray(doc_scores), self.labels)
            doc.spans[ROLES_KEY] = [span for span, _ in found]
            group = doc.spans[ROLES_KEY]
            group.attrs[CONFIDENCE_ATTR] = [round(calibration.of(raw), 6) for _, raw in found]
            group.attrs[THRESHOLD_ATTR] = float(self.cfg["min_claim_confidence"])

    def get_loss(self, examples: Iterable[Example], scores: list[Floats2d]) -> tuple[float, Any]:
        truths = [gold_tags(example) for example in examples]
        loss_function = SequenceCategoricalCrossentropy(names=list(self.labels), normalize=False)
        gradients, loss = loss_function(scores, truths)  # type: ignore[arg-type]
        return float(loss), gradients

    def initialize(
        self, get_examples: Callable[[], Iterable[Example]], *, nlp: Language | None = None
    ) -> None:
        sample = list(islice(get_examples(), 10))
        docs = [example.predicted for example in sample]
        truths = [
            self.model.ops.asarray2f(one_hot(gold_tags(example), self.labels)) for example in sample
        ]
        self.model.initialize(X=docs, Y=truths)

    def add_label(self, label: str) -> int:
        raise ValueError(f"{self.name} has a fixed set of labels: {', '.join(LABELS)}")


def decode(
    doc: Doc, scores: numpy.ndarray[Any, Any], labels: Sequence[str]
) -> list[tuple[Span, float]]:
    """Spans of the tokens' best tags, each with a score of how sure the tagger is of the
    span's role (``role_score``). An I- tag after a different role starts a span of its own
    (as a B- would)."""
    best = scores.argmax(axis=1)
    found: list[tuple[Span, float]] = []
    start, role = 0, ""

    def close(end: int) -> None:
        if role and end > start:
            columns = [labels.index(f"B-{role}"), labels.index(f"I-{role}")]
            found.append(
                (Span(doc, start, end, label=role), role_score(scores[start:end, columns]))
            )

    for i, label_id in enumerate(best):
        label = labels[label_id]
        edge, _, this_role = label.partition("-")
        if label == "O" or doc[i].is_space:
            close(i)
            role = ""
        elif edge == "B" or this_role != role:
            close(i)
            start, role = i, this_role
    close(len(doc))
    return found


# The tagger grows sure of itself: after a few epochs most spans' mean probability rounds to
# 1.0, which ranks nothing. The mean log-odds keeps them apart; the calibration then maps this
# score (monotone, in (0, 1)) to the share right.
_LOG_ODDS_SPREAD = 10.0


def role_score(role_probabilities: numpy.ndarray[Any, Any]) -> float:
    """From each token's probabilities of the span's B and I tags: the sigmoid of the mean
    log-odds that the token has the role, scaled."""
    p = numpy.clip(role_probabilities.sum(axis=1, dtype="float64"), 1e-9, 1 - 1e-9)
    mean_log_odds = float(numpy.log(p / (1 - p)).mean())
    return 1 / (1 + math.exp(-mean_log_odds / _LOG_ODDS_SPREAD))


def gold_tags(example: Example) -> list[str | None]:
    """The reference's role spans as one tag per predicted token (None where the tokens do not
    align, which the loss then ignores)."""
    reference = example.reference
    tags: list[str | None] = ["O"] * len(example.predicted)
    spans = reference.spans.get(ROLES_KEY, [])
    for span in example.get_aligned_spans_y2x(spans, allow_overlap=True):
        tags[span.start] = f"B-{span.label_}"
        for i in range(span.start + 1, span.end):
            tags[i] = f"I-{span.label_}"
    return tags


def one_hot(tags: Sequence[str | None], labels: Sequence[str]) -> list[list[float]]:
    return [[1.0 if tag == label else 0.0 for label in labels] for tag in tags]
