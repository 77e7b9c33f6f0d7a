"""Score predicted claims against gold attributions (the format of PolNeAR's claimx export).

The metric, as the evaluation data's README defines it:

- Predicted and gold claims are matched one to one, greedily, by the Jaccard overlap of the
  alphanumeric characters their contents cover (a gold content is the union of its
  ``content_fragments``; a predicted one the union of its ``content_fragments``).
- A pair counts at a threshold if its overlap reaches it: any overlap, 0.5 and 0.9.
- Precision is matched predictions over all predictions; recall is matched gold over all gold.
- The speech-cue subset: gold claims and predictions whose cue is a common speech cue
  (``SPEECH_CUE_WORDS``), scored among themselves.
- On pairs matched at 0.5: source accuracy (both null, or the spans share an alphanumeric
  character), cue accuracy (likewise for cues), and end-to-end precision/recall/F1 counting a pair
  only when its source is right.

Standard library only: records in, scores out.
"""

from __future__ import annotations

import bisect
import json
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any

from claimx.gold import GoldArticle
from claimx.inflection import verb_forms
from claimx.lexicon import SPEECH_VERBS
from claimx.records import ArticleRecord
from claimx.terminal import json_escaped

if TYPE_CHECKING:
    from claimx.core import RunConfig

THRESHOLDS: tuple[tuple[str, float], ...] = (("any", 0.0), ("0.5", 0.5), ("0.9", 0.9))
MAIN_THRESHOLD = 0.5
CONFIDENCE_BINS = 5
CONFIDENCE_CUTOFFS = (0.0, 0.5, 0.6, 0.7, 0.8, 0.9)

# Word forms of the common speech cues (a cue is a speech cue when one of its words is here).
SPEECH_CUE_WORDS = frozenset(
    {form for lemma in SPEECH_VERBS for form in verb_forms(lemma)} | {"according"}
)


@dataclass(frozen=True)
class Unit:
    """One claim reduced to what the metric sees: sets of alphanumeric character positions."""

    content: frozenset[int]
    source: frozenset[int] | None
    cue: frozenset[int]
    speech: bool
    raw: dict[str, Any]


@dataclass
class Tally:
    """Counts summed over articles."""

    predicted: int = 0
    gold: int = 0
    predicted_speech: int = 0
    gold_speech: int = 0
    matched: dict[str, int] = field(default_factory=dict)
    matched_speech: dict[str, int] = field(default_factory=dict)
    gold_speech_matched: dict[str, int] = field(default_factory=dict)
    source_right: int = 0
    cue_right: int = 0
    # Each prediction: its confidence, whether it matched at the main threshold, its group.
    scored: list[tuple[float, bool, tuple[str, str, str]]] = field(default_factory=list)

    def add_match_counts(self, name: str, pairs: int, speech_pairs: int, gold_speech: int) -> None:
        self.matched[name] = self.matched.get(name, 0) + pairs
        self.matched_speech[name] = self.matched_speech.get(name, 0) + speech_pairs
        self.gold_speech_matched[name] = self.gold_speech_matched.get(name, 0) + gold_speech


@dataclass(frozen=True)
class ArticleErrors:
    misses: list[Unit]
    false_alarms: list[Unit]
    wrong_sources: list[tuple[Unit, Unit]]


def alphanumeric_positions(text: str, spans: Iterable[Sequence[int]]) -> frozenset[int]:
    return frozenset(
        position
        for start, end in spans
        for position in range(start, end)
        if text[position].isalnum()
    )


def is_speech_cue(cue: str) -> bool:
    return any(word in SPEECH_CUE_WORDS for word in re.findall(r"[a-z]+", cue.lower()))


def gold_units(article: GoldArticle) -> list[Unit]:
    text = article.text
    units = []
    for claim in article.claims:
        fragments = claim.get("content_fragments") or [claim["content_span"]]
        source_span = claim.get("source_span")
        units.append(
            Unit(
                content=alphanumeric_positions(text, fragments),
                source=alphanumeric_positions(text, [source_span]) if source_span else None,
                cue=alphanumeric_positions(text, [claim["cue_span"]] if claim["cue_span"] else []),
                speech=is_speech_cue(claim.get("cue") or ""),
                raw=claim,
            )
        )
    return units


def predicted_units(record: ArticleRecord, text: str) -> list[Unit]:
    units = []
    for claim in record["claims"]:
        source = claim["source"]
        cue = claim["cue"]
        units.append(
            Unit(
                content=alphanumeric_positions(
                    text, [(f["start_char"], f["end_char"]) for f in claim["content_fragments"]]
                ),
                source=(
                    alphanumeric_positions(text, [(source["start_char"], source["end_char"])])
                    if source
                    else None
                ),
                cue=alphanumeric_positions(text, [(cue["start_char"], cue["end_char"])]),
                speech=is_speech_cue(cue["text"]),
                raw=dict(claim),
            )
        )
    return units


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def greedy_match(predicted: list[Unit], gold: list[Unit]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (prediction, gold, overlap), best overlap first, any overlap > 0."""
    candidates = [
        (jaccard(p.content, g.content), pi, gi)
        for pi, p in enumerate(predicted)
        for gi, g in enumerate(gold)
        if p.content & g.content
    ]
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_predicted: set[int] = set()
    used_gold: set[int] = set()
    pairs = []
    for overlap, pi, gi in candidates:
        if pi in used_predicted or gi in used_gold:
            continue
        used_predicted.add(pi)
        used_gold.add(gi)
        pairs.append((pi, gi, overlap))
    return pairs


def source_right(predicted: Unit, gold: Unit) -> bool:
    if predicted.source is None or gold.source is None:
        return predicted.source is None and gold.source is None
    return bool(predicted.source & gold.source)


def score_article(predicted: list[Unit], gold: list[Unit], tally: Tally) -> ArticleErrors:
    """Add one article's counts to ``tally``; return its errors at the main threshold."""
    tally.predicted += len(predicted)
    tally.gold += len(gold)
    tally.predicted_speech += sum(p.speech for p in predicted)
    tally.gold_speech += sum(g.speech for g in gold)
    pairs = greedy_match(predicted, gold)
    speech_pairs = greedy_match([p for p in predicted if p.speech], [g for g in gold if g.speech])
    for name, threshold in THRESHOLDS:
        counted = [pair for pair in pairs if pair[2] > 0 and pair[2] >= threshold]
        speech_counted = [pair for pair in speech_pairs if pair[2] > 0 and pair[2] >= threshold]
        gold_speech = sum(gold[gi].speech for _, gi, _ in counted)
        tally.add_match_counts(name, len(counted), len(speech_counted), gold_speech)
    main = [(pi, gi) for pi, gi, overlap in pairs if overlap >= MAIN_THRESHOLD]
    wrong_sources = []
    for pi, gi in main:
        if source_right(predicted[pi], gold[gi]):
            tally.source_right += 1
        else:
            wrong_sources.append((predicted[pi], gold[gi]))
        if predicted[pi].cue & gold[gi].cue:
            tally.cue_right += 1
    matched_predicted = {pi for pi, _ in main}
    matched_gold = {gi for _, gi in main}
    for pi, unit in enumerate(predicted):
        tally.scored.append((_confidence_of(unit), pi in matched_predicted, _group_of(unit)))
    return ArticleErrors(
        misses=[g for gi, g in enumerate(gold) if gi not in matched_gold],
        false_alarms=[p for pi, p in enumerate(predicted) if pi not in matched_predicted],
        wrong_sources=wrong_sources,
    )


def _confidence_of(unit: Unit) -> float:
    confidence = unit.raw.get("confidence")
    return float(confidence) if isinstance(confidence, int | float) else 1.0


def _group_of(unit: Unit) -> tuple[str, str, str]:
    raw = unit.raw
    return (str(raw.get("rule", "")), str(raw.get("kind", "")), str(raw.get("source_type", "")))


def confidence_summary(tally: Tally) -> dict[str, Any]:
    """Calibration (predictions in five equal bins by confidence: the mean confidence beside
    the share right) and precision/recall when keeping only the claims at or above a cut-off."""
    scored = sorted(tally.scored, key=lambda item: item[0])
    bins = []
    for number in range(CONFIDENCE_BINS):
        part = scored[
            len(scored) * number // CONFIDENCE_BINS : len(scored) * (number + 1) // CONFIDENCE_BINS
        ]
        if part:
            bins.append(
                {
                    "from": part[0][0],
                    "to": part[-1][0],
                    "claims": len(part),
                    "mean_confidence": round(sum(c for c, _, _ in part) / len(part), 4),
                    "right": round(sum(r for _, r, _ in part) / len(part), 4),
                }
            )
    cutoffs = []
    for cutoff in CONFIDENCE_CUTOFFS:
        kept = [right for confidence, right, _ in scored if confidence >= cutoff]
        right = sum(kept)
        cutoffs.append(
            {
                "min_confidence": cutoff,
                "claims": len(kept),
                **_prf(right, len(kept), right, tally.gold),
            }
        )
    return {"bins": bins, "cutoffs": cutoffs}


def _prf(matched_predicted: int, predicted: int, matched_gold: int, gold: int) -> dict[str, float]:
    precision = matched_predicted / predicted if predicted else 0.0
    recall = matched_gold / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4)}


def summary(tally: Tally, articles: int) -> dict[str, Any]:
    """The scores as a JSON-safe dict."""
    by_threshold = {}
    for name, _ in THRESHOLDS:
        matched = tally.matched.get(name, 0)
        all_claims = _prf(matched, tally.predicted, matched, tally.gold)
        speech_matched = tally.matched_speech.get(name, 0)
        speech = _prf(speech_matched, tally.predicted_speech, speech_matched, tally.gold_speech)
        recall_speech = (
            tally.gold_speech_matched.get(name, 0) / tally.gold_speech if tally.gold_speech else 0.0
        )
        by_threshold[name] = {
            **all_claims,
            "recall_speech_subset": round(recall_speech, 4),
            "speech_subset": speech,
        }
    main = tally.matched.get("0.5", 0)
    return {
        "articles": articles,
        "gold_claims": tally.gold,
        "predicted_claims": tally.predicted,
        "gold_speech_claims": tally.gold_speech,
        "predicted_speech_claims": tally.predicted_speech,
        "thresholds": by_threshold,
        "source_accuracy": round(tally.source_right / main, 4) if main else 0.0,
        "cue_accuracy": round(tally.cue_right / main, 4) if main else 0.0,
        "end_to_end": _prf(tally.source_right, tally.predicted, tally.source_right, tally.gold),
        "confidence": confidence_summary(tally),
    }


def error_rows(
    article: GoldArticle, record: ArticleRecord, errors: ArticleErrors
) -> Iterator[dict[str, Any]]:
    """Misses, false alarms and wrong sources, each with the sentence it sits in."""
    starts = [s["start_char"] for s in record["sentences"]]

    def sentence_of(positions: frozenset[int]) -> str:
        if not positions or not starts:
            return ""
        index = max(bisect.bisect_right(starts, min(positions)) - 1, 0)
        return record["sentences"][index]["text"]

    for unit in errors.misses:
        yield {
            "article": article.id,
            "error": "miss",
            "gold": unit.raw,
            "sentence": sentence_of(unit.content),
        }
    for unit in errors.false_alarms:
        yield {
            "article": article.id,
            "error": "false_alarm",
            "predicted": _brief(unit.raw),
            "sentence": sentence_of(unit.content),
        }
    for predicted, gold in errors.wrong_sources:
        yield {
            "article": article.id,
            "error": "wrong_source",
            "predicted": _brief(predicted.raw),
            "gold": gold.raw,
            "sentence": sentence_of(gold.content),
        }


def _brief(claim: dict[str, Any]) -> dict[str, Any]:
    source = claim.get("source")
    return {
        "source": source["text"] if source else None,
        "source_type": claim.get("source_type"),
        "cue": claim["cue"]["text"],
        "content": claim["content"]["text"],
        "kind": claim.get("kind"),
        "rule": claim.get("rule"),
        "confidence": claim.get("confidence"),
    }


def evaluate_articles(
    golds: list[GoldArticle],
    config: RunConfig,
    jobs: int,
    failed: Callable[[str], None],
    advanced: Callable[[], None],
    error_stream: IO[str] | None = None,
) -> dict[str, Any]:
    """Run the pipeline over the gold articles (through the batch runner's engine, in ``jobs``
    processes) and score them; an article that fails counts its gold claims as misses."""
    tally = tally_articles(golds, config, jobs, failed, advanced, error_stream)
    return summary(tally, len(golds))


def tally_articles(
    golds: list[GoldArticle],
    config: RunConfig,
    jobs: int,
    failed: Callable[[str], None],
    advanced: Callable[[], None],
    error_stream: IO[str] | None = None,
) -> Tally:
    """The counts behind ``evaluate_articles`` (each prediction's outcome included)."""
    from claimx.batch import extract_with_jobs, failure_line
    from claimx.core import Failure
    from claimx.inputs import make_article

    articles = (make_article(g.id, g.text, g.published) for g in golds)
    tally = Tally()
    for gold_article, outcome in zip(golds, extract_with_jobs(articles, config, jobs), strict=True):
        gold = gold_units(gold_article)
        if isinstance(outcome, Failure):
            failed(failure_line(outcome.article.name, outcome.reason))
            score_article([], gold, tally)
        else:
            predicted = predicted_units(outcome.record, gold_article.text)
            errors = score_article(predicted, gold, tally)
            if error_stream is not None:
                for row in error_rows(gold_article, outcome.record, errors):
                    error_stream.write(json_escaped(json.dumps(row, ensure_ascii=False)) + "\n")
        advanced()
    return tally
