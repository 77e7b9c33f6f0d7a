"""``claimx report`` and ``claimx speakers``: commands on records saved by ``claimx extract``."""

from __future__ import annotations

import sys

import click

from claimx import outputs
from claimx.cli.exits import handle_errors
from claimx.cli.extract import paths_or_stdin
from claimx.cli.options import check_not_inputs, debug_option
from claimx.console import TABLE_WIDTH, say
from claimx.inputs import STDIN_NAME
from claimx.terminal import inert, inert_stream

SPEAKER_FORMATS = ("table", "json", "csv")
_RECORDS = click.argument("records", nargs=-1, metavar="[RECORDS]...")
_OUTPUT = click.option(
    "-o",
    "--output",
    default=STDIN_NAME,
    metavar="FILE",
    help="Write to FILE instead of stdout ('-').",
)


@click.command()
@_RECORDS
@_OUTPUT
@debug_option
@handle_errors
def report(records: tuple[str, ...], output: str, debug: bool) -> None:
    """Write an HTML report of claims saved earlier by claimx extract (JSONL or JSON).

    The page shows each article's text with its claims marked, so it needs the text: records
    of HTML and WARC inputs carry it, --include-text adds it to others; without it the input
    file is read again, if it is still where the record says and is the same text.

    \b
    Examples:
      claimx extract articles/ --include-text -o claims.jsonl
      claimx report claims.jsonl -o report.html
    """
    from claimx.render.html_report import render_report
    from claimx.saved import read_saved, with_text

    paths = paths_or_stdin(records)
    check_not_inputs(paths, [("-o", output)])
    with outputs.locked([("-o", output)]):
        # Every record and its text first: a missing text fails the run before the output
        # exists. The articles read again for their text are inputs too.
        read_again: list[str] = []
        loaded = [
            with_text(saved, path, read_again.append)
            for path in paths
            for saved in read_saved(path)
        ]
        check_not_inputs(read_again, [("-o", output)])
        if not loaded:
            say(f"Warning: no records in {', '.join(paths)}: the report is empty")
        page = render_report(loaded)
        if output == STDIN_NAME and sys.stdout.isatty():
            page = inert(page, newlines=True)
        with outputs.open_output(output, sys.stdout, streaming=False) as stream:
            stream.write(page)


@click.command()
@_RECORDS
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(("auto", *SPEAKER_FORMATS)),
    default="auto",
    show_default=True,
    help="auto: a table on a terminal, JSON otherwise (with -o, by the file's extension).",
)
@_OUTPUT
@debug_option
@handle_errors
def speakers(records: tuple[str, ...], format_name: str, output: str, debug: bool) -> None:
    """Who is quoted in claims saved by claimx extract: speakers by canonical name, with
    their claims, articles, source type and the organisations named.

    "Sam Altman", "Altman" and "Mr. Altman" count as one speaker when nobody else in the
    records is called Altman.
    """
    from claimx.quoted import who_is_quoted
    from claimx.render.speakers import write_speakers
    from claimx.saved import read_saved

    paths = paths_or_stdin(records)
    check_not_inputs(paths, [("-o", output)])
    with outputs.locked([("-o", output)]):
        found = who_is_quoted(saved.record for path in paths for saved in read_saved(path))
        chosen = _speakers_format(format_name, output)
        to_terminal = output == STDIN_NAME and sys.stdout.isatty()
        with outputs.open_output(output, sys.stdout, streaming=False) as stream:
            shown = inert_stream(stream) if to_terminal and chosen == "csv" else stream
            write_speakers(shown, found, chosen, None if to_terminal else TABLE_WIDTH)


def _speakers_format(format_name: str, output: str) -> str:
    """As extract chooses (by -o's extension, a table on a terminal), JSON where extract
    would write JSONL: the speakers are one list."""
    chosen = outputs.choose_format(format_name, output, sys.stdout.isatty())
    return chosen if chosen in SPEAKER_FORMATS else "json"
