"""claimx train: a model learned from gold, written as a folder that extract and evaluate load.

The gold is written here: short articles in which people "zorble" (a cue no rule knows), so
what the trained model finds beyond the rules was learned, not looked up.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimx.cli import cli

pytestmark = pytest.mark.model

NAMES = ["Ana Ruiz", "Tom Berg", "Lena Okoye", "Raj Patel", "Mia Chen", "Omar Haddad"]
CONTENTS = [
    "the bridge would reopen in May",
    "taxes would fall next year",
    "the council had wasted the budget",
    "the new stadium was too expensive",
    "the ferry line would close in winter",
    "the school needed more teachers",
    "the harbour plan had been delayed again",
]
FILLER = "The weather was mild on Tuesday."


def zorble_article(index: int) -> dict[str, object]:
    """One article: a filler sentence, then "NAME zorbled that CONTENT." (and, every other
    article, a second claim with "said", which the rules find)."""
    name = NAMES[index % len(NAMES)]
    content = CONTENTS[index % len(CONTENTS)]
    text = f"{FILLER} {name} zorbled that {content}."
    source = [len(FILLER) + 1, len(FILLER) + 1 + len(name)]
    cue = [source[1] + 1, source[1] + 1 + len("zorbled")]
    content_span = [cue[1] + len(" that "), len(text) - 1]
    claims = [
        {
            "source_span": source,
            "cue": "zorbled",
            "cue_span": cue,
            "content_span": content_span,
        }
    ]
    if index % 2:
        other = CONTENTS[(index + 3) % len(CONTENTS)]
        start = len(text) + 1
        text += f" The mayor said {other}."
        claims.append(
            {
                "source_span": [start, start + len("The mayor")],
                "cue": "said",
                "cue_span": [start + len("The mayor "), start + len("The mayor said")],
                "content_span": [start + len("The mayor said "), len(text) - 1],
            }
        )
    return {"id": f"z{index}", "text": text, "claims": claims, "meta": {}}


def write_gold(path: Path, indices: range) -> Path:
    path.write_text(
        "".join(json.dumps(zorble_article(i)) + "\n" for i in indices), encoding="utf-8"
    )
    return path


@pytest.fixture(scope="module")
def gold(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    folder = tmp_path_factory.mktemp("gold")
    return write_gold(folder / "train.jsonl", range(48)), write_gold(
        folder / "dev.jsonl", range(100, 112)
    )


def run_train(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["train", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def trained(gold: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    train, dev = gold
    output = tmp_path_factory.mktemp("models") / "zorble"
    code, _, stderr = run_train(str(train), "--dev", str(dev), "-o", str(output), "--epochs", "4")
    assert code == 0, stderr
    return output


def extract_json(text: str, *options: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["extract", "-", "--format", "json", *options], input=text)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)[0]["claims"]  # type: ignore[no-any-return]


def test_the_trained_model_finds_a_cue_the_rules_do_not_know(trained: Path) -> None:
    text = "The market was busy. Ivan Petrov zorbled that the tram line would be extended."
    assert extract_json(text) == []  # the rules alone
    claims = extract_json(text, "--model", str(trained))
    assert len(claims) == 1
    claim = claims[0]
    assert claim["rule"] == "learned"
    assert claim["cue"]["text"] == "zorbled"  # type: ignore[index]
    assert claim["source"]["text"] == "Ivan Petrov"  # type: ignore[index]
    assert claim["content"]["text"] == "the tram line would be extended"  # type: ignore[index]
    assert 0.0 <= claim["confidence"] <= 1.0  # type: ignore[operator]


def test_the_rules_claims_stay_beside_the_learned_ones(trained: Path) -> None:
    text = "Ivan Petrov zorbled that the tram line would be extended. The mayor said it was late."
    rules = {c["rule"] for c in extract_json(text, "--model", str(trained))}
    assert "learned" in rules and len(rules) == 2


def test_evaluate_scores_the_trained_model_above_the_rules(
    trained: Path, gold: tuple[Path, Path]
) -> None:
    def f1(*options: str) -> float:
        result = CliRunner().invoke(cli, ["evaluate", str(gold[1]), "-q", "-f", "json", *options])
        assert result.exit_code == 0, result.stderr
        return float(json.loads(result.stdout)["thresholds"]["0.5"]["f1"])

    rules, learned = f1(), f1("--model", str(trained))
    assert rules < 0.7  # the zorbles are missed
    assert learned > 0.9


def test_meta_records_what_it_was_trained_on(trained: Path, gold: tuple[Path, Path]) -> None:
    import hashlib

    meta = json.loads((trained / "meta.json").read_text(encoding="utf-8"))["claimx"]
    assert meta["train"]["sha256"] == hashlib.sha256(gold[0].read_bytes()).hexdigest()
    assert (meta["train"]["articles"], meta["train"]["claims"]) == (48, 72)
    assert meta["base_model"].startswith("en_core_web_sm")
    name = json.loads((trained / "meta.json").read_text(encoding="utf-8"))["name"]
    assert name.endswith("_claimx_roles")  # the records say which model they came from
    assert meta["trained_at"][:4].isdigit()
    assert [e["epoch"] for e in meta["epochs"]] == [1, 2, 3, 4]
    best = max(meta["epochs"], key=lambda e: e["f1"])
    assert meta["best_epoch"] == best["epoch"]
    assert meta["dev"]["figures"]["thresholds"]["0.5"]["f1"] == best["f1"]
    cfg = json.loads((trained / "claimx_roles" / "cfg").read_text(encoding="utf-8"))
    assert cfg["min_claim_confidence"] == best["min_claim_confidence"]


def test_the_same_seed_gives_the_same_model(gold: tuple[Path, Path], tmp_path: Path) -> None:
    train, dev = gold
    weights = []
    for name in ("a", "b"):
        output = tmp_path / name
        code, _, stderr = run_train(
            str(train), "--dev", str(dev), "-o", str(output), "--epochs", "1"
        )
        assert code == 0, stderr
        weights.append((output / "claimx_roles" / "model").read_bytes())
    assert weights[0] == weights[1]


def test_a_folder_that_is_not_a_model_is_not_written_over(
    gold: tuple[Path, Path], tmp_path: Path
) -> None:
    keep = tmp_path / "notes"
    keep.mkdir()
    (keep / "todo.txt").write_text("mine", encoding="utf-8")
    code, _, stderr = run_train(str(gold[0]), "--dev", str(gold[1]), "-o", str(keep))
    assert code == 1
    assert stderr.strip().splitlines() == [
        f"Error: {keep} exists and is not a model claimx trained — give a new or empty folder"
    ]
    assert [p.name for p in keep.iterdir()] == ["todo.txt"]


def test_a_brat_folder_trains_like_its_jsonl(gold: tuple[Path, Path], tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    for line in gold[0].read_text(encoding="utf-8").splitlines()[:12]:
        article = json.loads(line)
        (folder / f"{article['id']}.txt").write_text(article["text"], encoding="utf-8")
        (folder / f"{article['id']}.ann").write_text(brat_lines(article), encoding="utf-8")
    output = tmp_path / "model"
    code, _, stderr = run_train(
        str(folder), "--dev", str(gold[1]), "-o", str(output), "--epochs", "1"
    )
    assert code == 0, stderr
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))["claimx"]
    assert (meta["train"]["articles"], meta["train"]["claims"]) == (12, 18)


def brat_lines(article: dict[str, object]) -> str:
    """The article's claims as brat standoff, in PolNeAR's shape (an Attribution event)."""
    text = str(article["text"])
    lines, number = [], 0
    claims: list[dict[str, list[int]]] = article["claims"]  # type: ignore[assignment]
    for index, claim in enumerate(claims, start=1):
        ids = {}
        for role, key in (
            ("Source", "source_span"),
            ("Cue", "cue_span"),
            ("Content", "content_span"),
        ):
            number += 1
            start, end = claim[key]
            lines.append(f"T{number}\t{role} {start} {end}\t{text[start:end]}")
            ids[role] = f"T{number}"
        number += 1
        start, end = claim["cue_span"]
        lines.append(f"T{number}\tAttribution {start} {end}\t{text[start:end]}")
        roles = " ".join(f"{role}:{ident}" for role, ident in ids.items())
        lines.append(f"E{index}\tAttribution:T{number} {roles}")
    return "\n".join(lines) + "\n"


def test_ctrl_c_keeps_the_best_epoch_so_far(gold: tuple[Path, Path], tmp_path: Path) -> None:
    output = tmp_path / "model"
    command = [sys.executable, "-m", "claimx", "train", str(gold[0]), "--dev", str(gold[1])]
    process = subprocess.Popen(
        [*command, "-o", str(output), "--epochs", "200"],
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
        env={**os.environ, "COLUMNS": "120"},
    )
    assert process.stderr is not None
    lines = []
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stderr.readline()
        lines.append(line)
        if line.startswith("epoch 1:"):
            break
    process.send_signal(signal.SIGINT)
    rest = process.communicate(timeout=120)[1]
    assert process.returncode == 130, "".join(lines) + rest
    assert f"Interrupted: {output} holds the best epoch so far." in rest
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))["claimx"]
    assert meta["interrupted"] is True and meta["best_epoch"] >= 1
    assert extract_json("Ivan Petrov said the tram was late.", "--model", str(output))


def test_sigterm_keeps_the_best_epoch_so_far_and_says_terminated(
    gold: tuple[Path, Path], tmp_path: Path
) -> None:
    """SIGTERM (kill PID: how a run in the background is stopped) ends as Ctrl-C does, with
    SIGTERM's exit code."""
    output = tmp_path / "model"
    command = [sys.executable, "-m", "claimx", "train", str(gold[0]), "--dev", str(gold[1])]
    process = subprocess.Popen(
        [*command, "-o", str(output), "--epochs", "200"], stderr=subprocess.PIPE, text=True
    )
    assert process.stderr is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and not process.stderr.readline().startswith("epoch 1:"):
        pass
    process.terminate()
    rest = process.communicate(timeout=120)[1]
    assert process.returncode == 143, rest
    assert f"Terminated: {output} holds the best epoch so far." in rest
    meta = json.loads((output / "meta.json").read_text(encoding="utf-8"))["claimx"]
    assert meta["interrupted"] is True and meta["finished"] is True


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_worker_processes_give_the_trained_models_claims(trained: Path, start_method: str) -> None:
    from claimx.core import RunConfig, extract_articles
    from claimx.inputs import make_article
    from claimx.nlp import load_pipeline
    from claimx.pool import extract_in_processes

    texts = [f"Ivan Petrov zorbled that {content}." for content in CONTENTS[:4]]
    articles = [make_article(f"a{i}", text) for i, text in enumerate(texts)]
    config = RunConfig(str(trained))
    here = list(extract_articles(articles, load_pipeline(str(trained)), config))
    there = list(extract_in_processes(articles, config, jobs=2, start_method=start_method))
    assert there == here
    rules = {claim["rule"] for outcome in here for claim in outcome.record["claims"]}  # type: ignore[union-attr]
    assert rules == {"learned"}


def test_a_dask_cluster_gives_the_trained_models_claims(trained: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for index, content in enumerate(CONTENTS):
        text = f"Ivan Petrov zorbled that {content}.\n"
        (folder / f"a{index}.txt").write_text(text, encoding="utf-8")
    model = ["--model", str(trained), "-f", "jsonl", "-q"]
    local = CliRunner().invoke(cli, ["extract", str(folder), *model, "-j", "1"])
    assert local.exit_code == 0, local.stderr
    out = tmp_path / "out"
    dask = CliRunner().invoke(
        cli, ["extract", str(folder), *model, "--engine", "dask", "-j", "2", "-o", str(out)]
    )
    assert dask.exit_code == 0, dask.stderr
    parts = [
        line for part in sorted(out.glob("part-*.jsonl")) for line in part.read_text().splitlines()
    ]

    def by_input(lines: list[str]) -> list[dict[str, object]]:
        return sorted((json.loads(line) for line in lines), key=lambda r: str(r["input"]))

    assert by_input(parts) == by_input(local.stdout.splitlines())
    assert all(c["rule"] == "learned" for r in by_input(parts) for c in r["claims"])  # type: ignore[attr-defined]
