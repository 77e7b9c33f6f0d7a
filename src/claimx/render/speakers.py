"""``claimx speakers``: who is quoted (``claimx.quoted``) as a Rich table, JSON or CSV."""

from __future__ import annotations

import csv
import json
from typing import IO

from claimx.quoted import Speaker
from claimx.terminal import json_escaped

CSV_COLUMNS = ("speaker", "source_type", "claims", "articles", "variants", "organizations")
LIST_JOINER = "; "


def write_speakers(
    stream: IO[str], speakers: list[Speaker], format_name: str, width: int | None
) -> None:
    if format_name == "json":
        text = json.dumps([s.as_dict() for s in speakers], indent=2, ensure_ascii=False)
        stream.write(json_escaped(text) + "\n")
    elif format_name == "csv":
        _write_csv(stream, speakers)
    else:
        _write_table(stream, speakers, width)


def _write_csv(stream: IO[str], speakers: list[Speaker]) -> None:
    writer = csv.DictWriter(stream, CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for speaker in speakers:
        row = speaker.as_dict()
        writer.writerow(
            {
                **{column: row[column] for column in CSV_COLUMNS[:4]},
                "variants": LIST_JOINER.join(row["variants"]),  # type: ignore[arg-type]
                "organizations": LIST_JOINER.join(row["organizations"]),  # type: ignore[arg-type]
            }
        )


def _write_table(stream: IO[str], speakers: list[Speaker], width: int | None) -> None:
    from rich import box
    from rich.table import Table

    from claimx.render.terminal import InertConsole

    table = Table(title="Who is quoted", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("Speaker", ratio=3)
    table.add_column("Source type", no_wrap=True)
    table.add_column("Claims", justify="right")
    table.add_column("Articles", justify="right")
    table.add_column("Also called", ratio=2)
    table.add_column("Organisations", ratio=2)
    for s in speakers:
        others = [v for v in s.variants if v != s.name]
        table.add_row(
            s.name,
            s.source_type,
            str(len(s.claims)),
            str(s.articles),
            LIST_JOINER.join(others),
            LIST_JOINER.join(s.organizations),
        )
    console = InertConsole(file=stream, width=width, color_system=None)
    console.print(table)
