"""Digest every record ``claimx extract`` writes, to prove that a change leaves output unchanged.

    python benchmarks/digests.py save before.tsv INPUT...
    python benchmarks/digests.py check before.tsv INPUT...

Each line of the file is ``input<TAB>sha256`` of one record (JSON with sorted keys, with the
fields that name the run rather than the article removed). ``check`` prints every input whose
record changed, appeared or vanished, and exits 1 if any did. Inputs are whatever ``claimx
extract`` takes: the dev split as a JSONL dump, the examples folder, the seed.
"""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

# Fields that describe how the run was made, not what was found.
RUN_FIELDS = ("model",)


def digests(inputs: list[str]) -> dict[str, str]:
    command = ["claimx", "extract", *inputs, "--format", "jsonl", "--id-key", "id", "-q"]
    output = subprocess.run(command, capture_output=True, text=True, check=False).stdout
    found: dict[str, str] = {}
    for line in output.splitlines():
        record = json.loads(line)
        for name in RUN_FIELDS:
            record.pop(name, None)
        canonical = json.dumps(record, sort_keys=True, ensure_ascii=False)
        found[record["input"]] = hashlib.sha256(canonical.encode()).hexdigest()
    return found


def save(path: Path, found: dict[str, str]) -> None:
    path.write_text("".join(f"{name}\t{digest}\n" for name, digest in sorted(found.items())))


def load(path: Path) -> dict[str, str]:
    rows = (line.split("\t") for line in path.read_text().splitlines() if line)
    return {name: digest for name, digest in rows}


def main(argv: list[str]) -> int:
    if len(argv) < 3 or argv[0] not in ("save", "check"):
        print(__doc__, file=sys.stderr)
        return 2
    action, path, inputs = argv[0], Path(argv[1]), argv[2:]
    found = digests(inputs)
    if action == "save":
        save(path, found)
        print(f"{len(found)} records digested into {path}")
        return 0
    expected = load(path)
    changed = sorted(n for n in expected.keys() & found.keys() if expected[n] != found[n])
    vanished = sorted(expected.keys() - found.keys())
    appeared = sorted(found.keys() - expected.keys())
    for label, names in (("changed", changed), ("vanished", vanished), ("appeared", appeared)):
        for name in names:
            print(f"{label}: {name}")
    same = len(expected.keys() & found.keys()) - len(changed)
    print(f"{same} of {len(expected)} records identical")
    return 1 if changed or vanished or appeared else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
