"""The README's examples are the seed's real output: generated from the golden files (which
test_golden checks against the command), so they cannot drift from what claimx prints.

Rewrite them after an intended change with:  pytest tests/test_readme.py --update-golden
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any

from .conftest import GOLDEN, ROOT, SEED

README = ROOT / "README.md"
TABLE_LINES = 24  # the head of the seed's table shown in the README


def seed_record() -> dict[str, Any]:
    records = json.loads((GOLDEN / f"{SEED.stem}.json").read_text(encoding="utf-8"))
    return records[0]  # type: ignore[no-any-return]


def table_excerpt() -> str:
    lines = (GOLDEN / f"{SEED.stem}.table.txt").read_text(encoding="utf-8").splitlines()
    return "\n".join(line.rstrip() for line in lines[:TABLE_LINES]) + "\n..."


def json_excerpt() -> str:
    """One item of each list, chosen by what it shows: the sentence of the first claim, the
    first relative date, the first money figure, the first claim that mentions a money figure."""
    record = seed_record()
    claim = next(c for c in record["claims"] if c["mentions"]["money"])
    chosen = {
        "sentences": [record["sentences"][record["claims"][0]["sentence"]]],
        "entities": record["entities"][:1],
        "dates": [next(d for d in record["dates"] if d["relative"])],
        "money": record["money"][:1],
        "claims": [claim],
    }
    lines = ["{"]
    for key, value in record.items():
        if key in chosen:
            items = ",\n".join("    " + json.dumps(v, ensure_ascii=False) for v in chosen[key])
            lines.append(f'  "{key}": [\n{items},\n    ...\n  ],')
        else:
            lines.append(f'  "{key}": {json.dumps(value, ensure_ascii=False)},')
    lines[-1] = lines[-1].rstrip(",")
    return "\n".join([*lines, "}"])


def section(name: str) -> re.Pattern[str]:
    return re.compile(rf"(<!-- generated: {name} .*?-->\n```\w*\n)(.*?)(\n```)", re.DOTALL)


def _replacement(generated: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        return match.group(1) + generated + match.group(3)

    return replace


def test_readme_examples_are_the_real_output(update_golden: bool) -> None:
    readme = README.read_text(encoding="utf-8")
    for name, generated in (("table", table_excerpt()), ("json", json_excerpt())):
        pattern = section(name)
        found = pattern.search(readme)
        assert found is not None, f"README has no '<!-- generated: {name} -->' block"
        if update_golden:
            readme = pattern.sub(_replacement(generated), readme)
        else:
            assert found.group(2) == generated, (
                f"README's {name} example is stale: run pytest {__file__} --update-golden"
            )
    if update_golden:
        README.write_text(readme, encoding="utf-8")


def test_readme_counts_the_claims_the_table_shows() -> None:
    record = seed_record()
    readme = README.read_text(encoding="utf-8")
    assert f"· {len(record['claims'])} claims ·" in readme
