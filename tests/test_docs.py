"""The README and docs/ say what is true: their examples are the seed's real output (generated
from the golden files, which test_golden checks against the command), every ``claimx`` command
line in them is one the command line accepts, and every link between them leads somewhere.

Rewrite the generated examples after an intended change with:
    pytest tests/test_docs.py --update-golden
"""

from __future__ import annotations

import copy
import json
import re
import shlex
from pathlib import Path
from typing import Any

import click
import pytest

from .conftest import GOLDEN, ROOT, SEED

README = ROOT / "README.md"
DOCS = ROOT / "docs"
PAGES = [README, *sorted(DOCS.glob("*.md"))]
README_LIMIT = 12 * 1024  # a newcomer reads the README in five minutes; the rest is in docs/
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


GENERATED = {"table": (README, table_excerpt), "json": (DOCS / "output.md", json_excerpt)}


@pytest.mark.parametrize("name", sorted(GENERATED))
def test_generated_examples_are_the_real_output(name: str, update_golden: bool) -> None:
    page, make = GENERATED[name]
    text = page.read_text(encoding="utf-8")
    pattern = section(name)
    found = pattern.search(text)
    assert found is not None, f"{page.name} has no '<!-- generated: {name} -->' block"
    generated = make()
    if update_golden:
        text = pattern.sub(lambda m: m.group(1) + generated + m.group(3), text)
        page.write_text(text, encoding="utf-8")
    else:
        assert found.group(2) == generated, (
            f"{page.name}'s {name} example is stale: run pytest {__file__} --update-golden"
        )


def test_readme_counts_the_claims_the_table_shows() -> None:
    record = seed_record()
    readme = README.read_text(encoding="utf-8")
    assert f"· {len(record['claims'])} claims ·" in readme


def test_readme_is_short() -> None:
    size = len(README.read_bytes())
    assert size <= README_LIMIT, f"README.md is {size} bytes: move detail into docs/"


def command_lines(page: Path) -> list[str]:
    """The ``claimx ...`` commands of a page's code blocks (after a pipe too), comments cut."""
    commands = []
    for block in re.findall(r"```\w*\n(.*?)```", page.read_text(encoding="utf-8"), re.DOTALL):
        for line in block.replace("\\\n", " ").splitlines():
            for part in line.split("|"):
                part = part.split(" #")[0].strip()
                # (``claimx: 3 articles ...`` and ``claimx serve: listening ...`` are output)
                if part.startswith("claimx ") and not re.match(r"claimx \S*:", part):
                    commands.append(part)
    return commands


EXAMPLES = [(page.name, line) for page in PAGES for line in command_lines(page)]


def test_the_docs_show_commands() -> None:
    assert len(EXAMPLES) >= 20


@pytest.mark.parametrize(("page", "line"), EXAMPLES)
def test_every_example_command_is_accepted(page: str, line: str) -> None:
    """Each documented command names a real command and real options with values of the right
    type: Click parses it (without running it, and without checking that files exist)."""
    from claimx.cli import cli

    args = shlex.split(line)[1:]
    name, rest = args[0], args[1:]
    found = cli.commands.get(name)
    assert found is not None, f"{page}: no command {name!r} in {line!r}"
    command = copy.deepcopy(found)  # its path types are loosened below, for this test alone
    for parameter in command.params:
        if isinstance(parameter.type, click.Path):  # files named in examples need not exist
            parameter.type = click.Path()
    try:
        command.make_context(name, rest, resilient_parsing=False)
    except click.UsageError as error:
        pytest.fail(f"{page}: {line!r}: {error.format_message()}")


LINK = re.compile(r"\]\(([^)#]+?)(#[^)]*)?\)")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_links_between_pages_lead_somewhere(page: Path) -> None:
    for target, _anchor in LINK.findall(page.read_text(encoding="utf-8")):
        if "://" in target:
            continue
        assert (page.parent / target).exists(), f"{page.name} links to missing {target}"
