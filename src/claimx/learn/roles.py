"""``claimx_roles``: a trainable tagger of attribution roles.

Every token gets one tag of ``LABELS``: the beginning (B) or inside (I) of a SOURCE, a CUE or a
CONTENT, or O; PolNeAR gives each token at most one role, so the roles are a tag sequence.
The tags are decoded into spans in ``doc.spans["claimx_roles"]`` (labels SOURCE, CUE,
CONTENT), with each span's confidence in the group's ``attrs["confidence"]``: how sure the
tagger is of the span's role (``role_score``), mapped by the calibration fitted on dev at
training time; and the least confidence a claim needs (``min_claim_confidence``, chosen on dev
too) in ``attrs["min_claim_confidence"]``.

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

from claimx.components.extensions import ROLES_CONFIDENCE, ROLES_KEY, ROLES_THRESHOLD
from claimx.learn import features  # noqa: F401  (registers claimx.RoleTagger.v1)
from claimx.learn.calibration import Calibration

ROLES = ("SOURCE", "CUE", "CONTENT")
LABELS = ("O", *(f"{edge}-{role}" for role in ROLES for edge in "BI"))

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
            "min_role_probability": 0.5,
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
        least = float(self.cfg.get("min_role_probability", 0.5))
        for doc, doc_scores in zip(docs, scores, strict=True):
            found = decode(doc, numpy.asarray(doc_scores), self.labels, least)
            doc.spans[ROLES_KEY] = [span for span, _ in found]
            group = doc.spans[ROLES_KEY]
            group.attrs[ROLES_CONFIDENCE] = [round(calibration.of(raw), 6) for _, raw in found]
            group.attrs[ROLES_THRESHOLD] = float(self.cfg["min_claim_confidence"])

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
    doc: Doc, scores: numpy.ndarray[Any, Any], labels: Sequence[str], least: float = 0.5
) -> list[tuple[Span, float]]:
    """Spans of roles, each with a score of how sure the tagger is of the span's role
    (``role_score``). A token has the role whose B and I tags together are likeliest, if they
    reach ``least`` (else none: O); a span begins where the role changes or where its B tag is
    likelier than its I tag."""
    columns = [(labels.index(f"B-{role}"), labels.index(f"I-{role}")) for role in ROLES]
    by_role = numpy.stack([scores[:, b] + scores[:, i] for b, i in columns], axis=1)
    best_role = by_role.argmax(axis=1)
    found: list[tuple[Span, float]] = []
    start, role = 0, -1

    def close(end: int) -> None:
        if role >= 0 and end > start:
            span = Span(doc, start, end, label=ROLES[role])
            found.append((span, role_score(scores[start:end, list(columns[role])])))

    for i, this_role in enumerate(best_role.tolist()):
        if by_role[i, this_role] < least or doc[i].is_space:
            close(i)
            role = -1
            continue
        begins, inside = columns[this_role]
        if this_role != role or scores[i, begins] > scores[i, inside]:
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
