"""claimx train --encoder: the roles tagger on a transformer, trained, saved, loaded and scored.

The encoder is built here, in a temporary folder, as a user's would be laid out: a two-layer
BERT with random weights and a word-piece vocabulary of the few hundred words the gold uses,
written by transformers' own save_pretrained. It is deleted once the model is trained, so every
later test shows that the model folder carries all it needs. Nothing downloads
(HF_HUB_OFFLINE).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from claimx.cli import cli
from tests.test_train import CONTENTS, FILLER, extract_json, write_gold, zorble_article

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

pytestmark = pytest.mark.model

OFFLINE = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1"}
EXTRA_WORDS = (
    "the market was busy ivan petrov tram line would be extended mayor said it late "
    "a an of to in on and that for was were is are he she they council city new old "
    "report reports rain wind sun day week year people street park river road shop"
)


@pytest.fixture(scope="module", autouse=True)
def offline() -> object:
    saved = {key: os.environ.get(key) for key in OFFLINE}
    os.environ.update(OFFLINE)
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def make_encoder(folder: Path, texts: list[str]) -> Path:
    """A two-layer BERT with random weights, and a WordPiece vocabulary of the words of
    ``texts`` (lower-cased), saved as a Hugging Face folder."""
    words = {w for text in texts for w in re.findall(r"\w+|[^\w\s]", text.lower())}
    words |= set(EXTRA_WORDS.split())
    vocab = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "[MASK]", *sorted(words), "##ed", "##s"]
    folder.mkdir(parents=True)
    (folder / "vocab.txt").write_text("\n".join(vocab) + "\n", encoding="utf-8")
    tokenizer = transformers.BertTokenizerFast(
        vocab_file=str(folder / "vocab.txt"), do_lower_case=True
    )
    tokenizer.save_pretrained(folder)
    torch.manual_seed(0)
    config = transformers.BertConfig(
        vocab_size=len(vocab),
        hidden_size=64,
        num_hidden_layers=2,
        num_attention_heads=4,
        intermediate_size=128,
        max_position_embeddings=512,
    )
    transformers.BertModel(config).save_pretrained(folder)
    return folder


def gold_texts(path: Path) -> list[str]:
    return [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]


def long_article(indices: range) -> dict[str, object]:
    """Short gold articles one after another as one long article (longer than a window)."""
    text, claims = "", []
    for index in indices:
        article = zorble_article(index)
        shift = len(text) + 1 if text else 0
        text = f"{text} {article['text']}" if text else str(article["text"])
        for claim in article["claims"]:  # type: ignore[attr-defined]
            claims.append(
                {
                    key: [value[0] + shift, value[1] + shift] if key.endswith("span") else value
                    for key, value in claim.items()
                }
            )
    return {"id": f"long{indices.start}", "text": text, "claims": claims, "meta": {}}


@pytest.fixture(scope="module")
def gold(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Short articles, and a few long ones (windows met at every position) in train."""
    folder = tmp_path_factory.mktemp("gold")
    train = write_gold(folder / "train.jsonl", range(48))
    with train.open("a", encoding="utf-8") as stream:
        for start in range(200, 260, 12):
            stream.write(json.dumps(long_article(range(start, start + 12))) + "\n")
    return train, write_gold(folder / "dev.jsonl", range(100, 112))


def train_args(gold: tuple[Path, Path], output: Path, encoder: Path, *more: str) -> list[str]:
    return [
        "train",
        str(gold[0]),
        "--dev",
        str(gold[1]),
        "-o",
        str(output),
        "--encoder",
        str(encoder),
        "--learning-rate",
        "2e-3",  # a random encoder learns from scratch: far above a pretrained one's
        *more,
    ]


@pytest.fixture(scope="module")
def trained(gold: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """The trained folder, and the SHA-256 of the encoder's weights (the encoder itself is
    deleted: the folder must not need it)."""
    base = tmp_path_factory.mktemp("encoder")
    encoder = make_encoder(base / "tiny-bert", gold_texts(gold[0]) + gold_texts(gold[1]))
    digest = hashlib.sha256((encoder / "model.safetensors").read_bytes()).hexdigest()
    output = tmp_path_factory.mktemp("models") / "zorble-encoder"
    result = CliRunner().invoke(cli, train_args(gold, output, encoder, "--epochs", "6"))
    assert result.exit_code == 0, result.stderr
    shutil.rmtree(encoder)
    return output, digest


def test_the_encoder_model_finds_the_learned_cue_with_exact_offsets(
    trained: tuple[Path, str],
) -> None:
    # A name and a content the gold never has (a two-layer random encoder trained for seconds
    # generalises little further than that).
    text = f"{FILLER} Ivan Petrov zorbled that the tram line would be extended."
    claims = extract_json(text, "--model", str(trained[0]))
    assert len(claims) == 1
    claim = claims[0]
    assert claim["rule"] == "learned"
    for part, words in (
        ("cue", "zorbled"),
        ("source", "Ivan Petrov"),
        ("content", "the tram line would be extended"),
    ):
        span = claim[part]
        assert span["text"] == words  # type: ignore[index]
        assert text[span["start_char"] : span["end_char"]] == words  # type: ignore[index]
    assert 0.0 <= claim["confidence"] <= 1.0  # type: ignore[operator]


def test_a_long_article_is_read_in_overlapping_windows(trained: tuple[Path, str]) -> None:
    """Over 700 word pieces (the windows hold 256): read in overlapping windows, each token from
    exactly one of them, and every claim's offsets exact, the learned ones too."""
    from claimx.inputs import make_article
    from claimx.nlp import load_pipeline, make_doc

    text = str(long_article(range(300, 330))["text"])
    nlp = load_pipeline(str(trained[0])).nlp
    doc = nlp(make_doc(nlp, make_article("long", text)))
    roles: Any = nlp.get_pipe("claimx_roles")  # (the encoder tagger: its windows, its config)
    reads = roles._windows(doc, roles.cfg["overlap"], 0)
    assert len(reads) >= 3
    assert all(len(read.ids) <= roles.cfg["max_pieces"] for read in reads)
    read_tokens = sorted(i for read in reads for i in read.tokens)
    assert read_tokens == [t.i for t in doc if t.text.strip()]  # each one once
    windows = [(read.tokens[0], read.tokens[-1]) for read in reads]
    claims = extract_json(text, "--model", str(trained[0]))
    said = [c for c in claims if c["cue"]["text"] == "said"]  # type: ignore[index]
    assert len(said) == text.count(" said ")  # the rules' claims, in every window
    assert any(c["rule"] == "learned" for c in claims)
    for claim in claims:
        for part in ("cue", "content"):
            span = claim[part]
            assert text[span["start_char"] : span["end_char"]] == span["text"]  # type: ignore[index]
    assert windows[0][0] == 0


def test_evaluate_scores_the_encoder_model_above_the_rules(
    trained: tuple[Path, str], gold: tuple[Path, Path]
) -> None:
    def f1(*options: str) -> float:
        result = CliRunner().invoke(cli, ["evaluate", str(gold[1]), "-q", "-f", "json", *options])
        assert result.exit_code == 0, result.stderr
        return float(json.loads(result.stdout)["thresholds"]["0.5"]["f1"])

    assert f1() < 0.7  # the rules alone miss every zorble
    assert f1("--model", str(trained[0])) > 0.9


def test_the_folder_holds_the_encoder_and_meta_names_it(trained: tuple[Path, str]) -> None:
    folder, digest = trained
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    encoder = meta["claimx"]["encoder"]
    assert encoder["name"].endswith("tiny-bert")
    assert encoder["sha256"] == digest
    assert encoder["model_type"] == "bert"
    component = folder / "claimx_roles"
    assert (component / "weights.safetensors").stat().st_size > 0
    assert {"config.json", "tokenizer.json"} <= {p.name for p in (component / "encoder").iterdir()}
    config = (folder / "config.cfg").read_text(encoding="utf-8")
    assert 'factory = "claimx_encoder_roles"' in config


@pytest.mark.parametrize("start_method", ["fork", "spawn"])
def test_worker_processes_give_the_encoder_models_claims(
    trained: tuple[Path, str], start_method: str
) -> None:
    from claimx.core import RunConfig, extract_articles
    from claimx.inputs import make_article
    from claimx.nlp import load_pipeline
    from claimx.pool import extract_in_processes

    texts = [f"{FILLER} Ivan Petrov zorbled that {content}." for content in CONTENTS[:4]]
    articles = [make_article(f"a{i}", text) for i, text in enumerate(texts)]
    config = RunConfig(str(trained[0]))
    here = list(extract_articles(articles, load_pipeline(str(trained[0])), config))
    there = list(extract_in_processes(articles, config, jobs=2, start_method=start_method))
    assert there == here
    rules = {claim["rule"] for outcome in here for claim in outcome.record["claims"]}  # type: ignore[union-attr]
    assert rules == {"learned"}


@pytest.mark.slow
def test_a_dask_cluster_gives_the_encoder_models_claims(
    trained: tuple[Path, str], tmp_path: Path
) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for index, content in enumerate(CONTENTS[:3]):
        (folder / f"a{index}.txt").write_text(
            f"{FILLER} Ivan Petrov zorbled that {content}.\n", encoding="utf-8"
        )
    model = ["--model", str(trained[0]), "-f", "jsonl", "-q"]
    local = CliRunner().invoke(cli, ["extract", str(folder), *model, "-j", "1"])
    assert local.exit_code == 0, local.stderr
    out = tmp_path / "out"
    dask = CliRunner().invoke(
        cli, ["extract", str(folder), *model, "--engine", "dask", "-j", "2", "-o", str(out)]
    )
    assert dask.exit_code == 0, dask.stderr
    parts = sorted(out.glob("part-*.jsonl"))
    lines = [line for part in parts for line in part.read_text().splitlines()]

    def by_input(rows: list[str]) -> list[dict[str, object]]:
        return sorted((json.loads(row) for row in rows), key=lambda r: str(r["input"]))

    assert by_input(lines) == by_input(local.stdout.splitlines())
    assert all(c["rule"] == "learned" for r in by_input(lines) for c in r["claims"])  # type: ignore[attr-defined]


@pytest.mark.slow
def test_the_same_seed_gives_the_same_encoder_model(
    gold: tuple[Path, Path], tmp_path: Path
) -> None:
    encoder = make_encoder(tmp_path / "tiny-bert", gold_texts(gold[0]))
    weights = []
    for name in ("a", "b"):
        output = tmp_path / name
        result = CliRunner().invoke(cli, train_args(gold, output, encoder, "--epochs", "1"))
        assert result.exit_code == 0, result.stderr
        weights.append((output / "claimx_roles" / "weights.safetensors").read_bytes())
    assert weights[0] == weights[1]


def test_an_encoder_that_is_not_there_is_one_error_line(
    gold: tuple[Path, Path], tmp_path: Path
) -> None:
    missing = tmp_path / "no-such-encoder"
    result = CliRunner().invoke(cli, train_args(gold, tmp_path / "out", missing))
    assert result.exit_code == 1
    [line] = result.stderr.strip().splitlines()
    assert line.startswith(f"Error: {missing}: not an encoder transformers can load (")
    assert line.endswith("or a model name in your Hugging Face cache")
    assert not (tmp_path / "out").exists()


def test_without_the_extra_train_says_how_to_get_it(
    gold: tuple[Path, Path], tmp_path: Path
) -> None:
    """torch made unimportable in a real process, as where claimx[transformer] is missing."""
    code = (
        "import sys; sys.modules['torch'] = None; from claimx.cli import main; "
        "sys.argv = ['claimx', *sys.argv[1:]]; main()"
    )
    args = train_args(gold, tmp_path / "out", tmp_path / "enc")
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1, done.stderr
    [line] = done.stderr.strip().splitlines()
    assert line.startswith("Error: the encoder tagger needs torch and transformers")
    assert line.endswith("install them: pip install 'claimx[transformer]'")


def test_plain_claimx_never_imports_torch() -> None:
    probe = (
        "import sys, runpy; sys.argv = ['claimx', '--help']\n"
        "try:\n    runpy.run_module('claimx', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('torch' in sys.modules, 'transformers' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.stdout.strip().splitlines()[-1] == "False False", done.stderr
