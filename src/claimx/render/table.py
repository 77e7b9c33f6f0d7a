"""Rich tables for people: claims, entities, dates and money of each article."""

from __future__ import annotations

from collections import Counter
from typing import IO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from claimx.records import ArticleRecord, ClaimRecord


class _PipeConsole(Console):
    """Rich answers a closed pipe by exiting with status 1 itself; claimx ends such a run as its
    other formats do (quietly, exit 141), so the error goes up to the command line."""

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


class TableWriter:
    def __init__(self, stream: IO[str], color: bool = False, width: int | None = None) -> None:
        self.console = _PipeConsole(
            file=stream,
            width=width,
            color_system="auto" if color else None,
            no_color=not color,
            highlight=False,
            soft_wrap=False,
        )

    def write(self, record: ArticleRecord) -> None:
        render_article(self.console, record)

    def close(self) -> None:
        self.console.file.flush()


def render_article(console: Console, record: ArticleRecord) -> None:
    published = record["published"] or "unknown"
    model = record["model"]["name"] + (" (rule-only)" if record["model"]["rule_only"] else "")
    console.rule(Text(record["input"], style="bold"))
    console.print(
        f"published {published} · {len(record['sentences'])} sentences · "
        f"{len(record['claims'])} claims · model {model}"
    )
    console.print(claims_table(record["claims"]))
    console.print(entities_table(record))
    console.print(dates_table(record))
    console.print(money_table(record))
    console.print(percentages_table(record))


def claims_table(claims: list[ClaimRecord]) -> Table:
    table = _table("Claims")
    table.add_column("Sent.", justify="right", no_wrap=True)
    table.add_column("Source", ratio=2)
    table.add_column("Cue", min_width=12, max_width=16)
    table.add_column("Content", ratio=5)
    table.add_column("Kind", no_wrap=True)
    for claim in claims:
        source = claim["source"]
        who = Text(source["text"] if source else "—")
        if source and source["name"] and source["name"] != source["text"]:
            who.append(f"\n= {source['name']}")
        who.append(f"\n{claim['source_type']}", style="dim")
        table.add_row(
            str(claim["sentence"]),
            who,
            claim["cue"]["text"],
            " … ".join(f["text"] for f in claim["content_fragments"]),
            claim["kind"],
        )
    if not claims:
        table.add_row("", "no attributed claims found", "", "", "")
    return table


def entities_table(record: ArticleRecord) -> Table:
    table = _table("Entities")
    table.add_column("Label", no_wrap=True)
    table.add_column("Text", ratio=1)
    table.add_column("Mentions", justify="right")
    counts = Counter((e["label"], e["text"]) for e in record["entities"])
    for (label, text), count in sorted(counts.items(), key=lambda item: (item[0][0], item[0][1])):
        table.add_row(label, text, str(count))
    if not counts:
        table.add_row("", "no entities found", "")
    return table


def dates_table(record: ArticleRecord) -> Table:
    table = _table("Dates")
    table.add_column("Sent.", justify="right", no_wrap=True)
    table.add_column("Text", ratio=2)
    table.add_column("Value", ratio=2)
    table.add_column("Granularity")
    table.add_column("Relative")
    for date in record["dates"]:
        value = date["value"] or (f"— ({date['note']})" if date["note"] else "—")
        table.add_row(
            str(date["sentence"]),
            date["text"],
            value,
            date["granularity"] or "",
            "yes" if date["relative"] else "no",
        )
    if not record["dates"]:
        table.add_row("", "no dates found", "", "", "")
    return table


def money_table(record: ArticleRecord) -> Table:
    table = _table("Money")
    table.add_column("Sent.", justify="right", no_wrap=True)
    table.add_column("Text", ratio=2)
    table.add_column("Amount", justify="right", ratio=2)
    table.add_column("Currency")
    table.add_column("Qualifier")
    for money in record["money"]:
        amount = _amount(money["amount"])
        if money["amount_max"] is not None:
            amount += f" – {_amount(money['amount_max'])}"
        table.add_row(
            str(money["sentence"]),
            money["text"],
            amount,
            money["currency"] or "—",
            money["qualifier"] or "",
        )
    if not record["money"]:
        table.add_row("", "no money figures found", "", "", "")
    return table


def percentages_table(record: ArticleRecord) -> Table:
    table = _table("Percentages")
    table.add_column("Sent.", justify="right", no_wrap=True)
    table.add_column("Text", ratio=2)
    table.add_column("Value", justify="right", ratio=1)
    table.add_column("Unit")
    table.add_column("Qualifier")
    for percent in record["percentages"]:
        value = "—" if percent["value"] is None else f"{percent['value']:g}"
        if percent["value_max"] is not None:
            value += f" – {percent['value_max']:g}"
        table.add_row(
            str(percent["sentence"]),
            percent["text"],
            value,
            percent["unit"],
            percent["qualifier"] or "",
        )
    if not record["percentages"]:
        table.add_row("", "no percentages found", "", "", "")
    return table


def _amount(value: int | float | None) -> str:
    if value is None:
        return "—"
    return f"{value:,}"


def _table(title: str) -> Table:
    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
