"""The command line keeps torch out of thinc (start-up), and torch still works when needed."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("torch")

CHECK = """
import sys
from claimx.torchless import import_thinc_without_torch
assert import_thinc_without_torch()
import spacy
assert "torch" not in sys.modules, "spacy imported torch"
import thinc.compat
assert not thinc.compat.has_torch
import torch
assert torch.ones(2).sum().item() == 2.0
assert not import_thinc_without_torch()  # once only
print("ok")
"""


def test_spacy_loads_without_torch_and_torch_still_imports() -> None:
    done = subprocess.run([sys.executable, "-c", CHECK], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


def test_a_run_of_the_command_line_does_not_import_torch() -> None:
    script = (
        "import sys, runpy\n"
        "sys.argv = ['claimx', 'extract', '-', '--format', 'json', '-q']\n"
        "try:\n"
        "    runpy.run_module('claimx', run_name='__main__')\n"
        "except SystemExit as end:\n"
        "    assert not end.code, end.code\n"
        "print('torch' in sys.modules, file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        input="The mayor said the bridge would reopen in May.\n",
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert done.stderr.strip().splitlines()[-1] == "False"
    assert '"cue"' in done.stdout
