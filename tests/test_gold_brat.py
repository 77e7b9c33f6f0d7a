"""Gold in brat standoff: both layouts, discontinuous contents, attributions without a source,
several annotators, and bad offsets named by file and line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimx.errors import ClaimxError
from claimx.gold import read_gold
from tests.conftest import invoke

TEXT = (
    "The mayor said the bridge would reopen in May.\n"
    "\u201cIt is safe,\u201d the engineer said, \u201cand it is ready.\u201d\n"
    "Repairs were reportedly finished early.\n"
)


def at(words: str, after: int = 0) -> str:
    start = TEXT.index(words, after)
    return f"{start} {start + len(words)}"


ANNOTATIONS = "\n".join(
    [
        f"T1\tSource {at('The mayor')}\tThe mayor",
        f"T2\tCue {at('said')}\tsaid",
        f"T3\tContent {at('the bridge would reopen in May')}\tthe bridge would reopen in May",
        f"T4\tAttribution {at('said')}\tsaid",
        "E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3",
        f"T5\tSource {at('the engineer')}\tthe engineer",
        f"T6\tCue {at('said', 60)}\tsaid",
        f"T7\tContent {at('It is safe')};{at('and it is ready')}\tIt is safe and it is ready",
        f"T8\tAttribution {at('said', 60)}\tsaid",
        "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5",
        f"T9\tCue {at('reportedly')}\treportedly",
        f"T10\tContent {at('Repairs were')};{at('finished early')}\tRepairs were finished early",
        f"T11\tAttribution-no-source {at('reportedly')}\treportedly",
        "E3\tAttribution-no-source:T11 Cue:T9 Content:T10",
        "T12\tDiscuss 0 3\tThe",
    ]
)


def write(folder: Path, name: str, annotations: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(annotations + "\n", encoding="utf-8")


def test_a_flat_folder_of_txt_beside_ann(tmp_path: Path) -> None:
    (tmp_path / "2026-05-04_bridge.txt").write_text(TEXT, encoding="utf-8")
    write(tmp_path, "2026-05-04_bridge.ann", ANNOTATIONS)
    [article] = read_gold(tmp_path)
    assert (article.id, article.published, article.text) == (
        "2026-05-04_bridge",
        "2026-05-04",
        TEXT,
    )
    mayor, engineer, unsourced = article.claims
    assert mayor["source"] == "The mayor" and mayor["cue"] == "said"
    assert mayor["content"] == "the bridge would reopen in May"
    assert [TEXT[s:e] for s, e in engineer["content_fragments"]] == [
        "It is safe",
        "and it is ready",
    ]
    assert unsourced["source_span"] is None and unsourced["cue"] == "reportedly"
    assert len(unsourced["content_fragments"]) == 2


def test_polnear_layout_reads_the_lowest_annotator(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "bridge.txt").write_text(TEXT, encoding="utf-8")
    write(tmp_path / "attributions", "bridge_b7.ann", ANNOTATIONS)
    first_only = "\n".join(ANNOTATIONS.splitlines()[:5])
    write(tmp_path / "attributions", "bridge_a2.ann", first_only)
    [article] = read_gold(tmp_path)
    assert len(article.claims) == 1


def test_an_offset_outside_the_text_names_the_file_and_line(tmp_path: Path) -> None:
    (tmp_path / "bridge.txt").write_text(TEXT, encoding="utf-8")
    write(tmp_path, "bridge.ann", ANNOTATIONS + "\nT13\tCue 5000 5004\tsaid")
    with pytest.raises(ClaimxError, match=r"bridge\.ann:16: span 5000-5004 is outside the text"):
        list(read_gold(tmp_path))


@pytest.mark.model
def test_evaluate_reads_a_brat_folder(pipeline: object, tmp_path: Path) -> None:
    (tmp_path / "bridge.txt").write_text(TEXT, encoding="utf-8")
    write(tmp_path, "bridge.ann", ANNOTATIONS)
    code, stdout, stderr = invoke("evaluate", str(tmp_path), "-q", "-f", "json")
    assert code == 0, stderr
    scores = json.loads(stdout)
    assert (scores["articles"], scores["gold_claims"]) == (1, 3)
    assert scores["thresholds"]["0.5"]["recall"] > 0
