"""Rich tables for people: claims, entities, dates and money of each article."""

from __future__ import annotations

from collections import Counter
from typing import IO

from rich import box
from rich.console import Console
from rich.table import Table

from claimx.mentions import MENTION_KINDS, MentionKind
from claimx.records import ArticleRecord, ClaimRecord, MentionRecord
from claimx.render.terminal import InertConsole, plain


class TableWriter:
    def __init__(self, stream: IO[str], color: bool = False, width: int | None = None) -> None:
        self.console = InertConsole(
            file=stream,
            width=width,
            color_system="auto" if color else None,
            no_color=not color,
            soft_wrap=False,
        )

    def write(self, record: ArticleRecord) -> None:
        render_article(self.console, record)

    def close(self) -> None:
        self.console.file.flush()


def render_article(console: Console, record: ArticleRecord) -> None:
    published = record["published"] or "unknown"
    model = record["model"]["name"] + (" (rule-only)" if record["model"]["rule_only"] else "")
    console.rule(plain(record["input"], style="bold"))
    console.print(
        f"published {published} · {len(record['sentences'])} sentences · "
        f"{len(record['claims'])} claims · model {model}"
    )
    console.print(claims_table(record["claims"]))
    for kind in MENTION_KINDS:
        console.print(mentions_table(kind, record[kind.key]))  # type: ignore[literal-required]


def claims_table(claims: list[ClaimRecord]) -> Table:
    table = _table("Claims")
    table.add_column("Sent.", justify="right", no_wrap=True)
    table.add_column("Source", ratio=6, overflow="fold")
    table.add_column("Cue", min_width=12, max_width=16)
    table.add_column("Content", ratio=10)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Conf.", justify="right", no_wrap=True)
    for claim in claims:
        source = claim["source"]
        who = plain(source["text"] if source else "—")
        if source and source["name"] and source["name"] != source["text"]:
            who.append_text(plain(f"\n= {source['name']}"))
        who.append_text(plain(f"\n{claim['source_type']}", style="dim"))
        table.add_row(
            str(claim["sentence"]),
            who,
            claim["cue"]["text"],
            " … ".join(f["text"] for f in claim["content_fragments"]),
            claim["kind"],
            f"{claim['confidence']:.2f}",
        )
    if not claims:
        table.add_row("", "no attributed claims found", "", "", "", "")
    return table


def mentions_table(kind: MentionKind, mentions: list[MentionRecord]) -> Table:
    """One row per mention, in the columns its kind describes; a kind without columns (the
    entities) is a table of its distinct mentions with how often each occurs."""
    if not kind.columns:
        return _counted_table(kind, mentions)
    table = _table(kind.title)
    for column in kind.columns:
        table.add_column(column.header, **dict(column.options))
    for mention in mentions:
        table.add_row(*(column.cell(mention) for column in kind.columns))
    if not mentions:
        table.add_row("", kind.empty, *([""] * (len(kind.columns) - 2)))
    return table


def _counted_table(kind: MentionKind, mentions: list[MentionRecord]) -> Table:
    table = _table(kind.title)
    table.add_column("Label", no_wrap=True)
    table.add_column("Text", ratio=1)
    table.add_column("Mentions", justify="right")
    counts = Counter((m["label"], m["text"]) for m in mentions)
    for (label, text), count in sorted(counts.items(), key=lambda item: (item[0][0], item[0][1])):
        table.add_row(label, text, str(count))
    if not counts:
        table.add_row("", kind.empty, "")
    return table


def _table(title: str) -> Table:
    return Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, expand=True)
