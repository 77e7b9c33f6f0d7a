"""Shared fixtures. The statistical pipeline is loaded once per session (marker: model)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_1e094fc351570344.txt"
EXAMPLES = ROOT / "examples" / "articles"
EXAMPLE_OUTPUTS = ROOT / "examples" / "outputs"
GOLDEN = Path(__file__).resolve().parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite the golden JSON files from the current output (review the diff!)",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def pipeline():  # type: ignore[no-untyped-def]
    from claimx.nlp import load_pipeline

    loaded = load_pipeline()
    if loaded.rule_only:
        pytest.skip("no statistical spaCy model installed")
    return loaded


@pytest.fixture(scope="session")
def nlp(pipeline):  # type: ignore[no-untyped-def]
    return pipeline.nlp


def deny_reading(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    """Make opening files called ``name`` fail as an unreadable file does. (chmod 0 is not
    enough: root, who may run the tests, reads such files all the same.)"""
    real_open = Path.open

    def guarded_open(self: Path, mode: str = "r", *args: object, **kwargs: object) -> object:
        if self.name == name and "r" in mode:
            raise PermissionError(13, "Permission denied", str(self))
        return real_open(self, mode, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr(Path, "open", guarded_open)


def invoke(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    """Run the command line in this process: exit code, stdout, stderr."""
    from click.testing import CliRunner

    from claimx.cli import cli

    result = CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr
