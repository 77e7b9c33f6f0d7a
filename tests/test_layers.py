"""Who may import what: Click only in the command line, Rich only in the console helpers and
the renderers, and no import running back up the layers (``nlp`` loading ``claimx.learn``)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SOURCE = Path(__file__).resolve().parent.parent / "src" / "claimx"


def imported(path: Path) -> set[str]:
    """Every module a file imports, at the top or inside functions."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names.add(node.module)
    return names


def modules() -> list[Path]:
    return sorted(SOURCE.rglob("*.py"))


def test_only_the_command_line_imports_click() -> None:
    importers = [
        str(path.relative_to(SOURCE))
        for path in modules()
        if any(name.split(".")[0] == "click" for name in imported(path))
    ]
    assert importers and all(name.startswith("cli/") for name in importers), importers


def test_only_the_console_helpers_and_the_renderers_import_rich() -> None:
    importers = [
        str(path.relative_to(SOURCE))
        for path in modules()
        if any(name.split(".")[0] == "rich" for name in imported(path))
    ]
    assert importers and all(
        name == "console.py" or name.startswith("render/") for name in importers
    ), importers


@pytest.mark.parametrize("module", ["nlp.py", "core.py", "components/__init__.py"])
def test_the_pipeline_does_not_import_the_learning_code(module: str) -> None:
    assert not any(name.startswith("claimx.learn") for name in imported(SOURCE / module))


@pytest.mark.slow
def test_spacy_finds_the_learned_roles_factory_by_its_entry_point() -> None:
    """A model claimx train wrote names claimx_roles; spaCy finds it without claimx importing
    claimx.learn first (the entry point in pyproject.toml, once claimx is installed)."""
    code = (
        "import sys, claimx.nlp, claimx.components, spacy\n"
        "assert 'claimx.learn' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('claimx_roles')\n"
        "print(nlp.pipe_names)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['claimx_roles']"
