"""The Rich console of every table claimx prints (claims, speakers, scores) and of its
progress bars: the one place their text becomes terminal output.

- Every string is plain text: no console markup (an article's "[/]" would raise, its
  "[link=...]" would make a link), no emoji codes (":fire:" stays as written), no highlighting.
- Every string, and every segment a renderable yields, passes through ``terminal.inert``: an
  escape sequence in an article, an id or a file name is shown, never acted on.
- A closed pipe raises ``BrokenPipeError`` up to the command line, which ends the run quietly
  with exit 141 (Rich's own answer is to exit with status 1).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from rich.console import Console, ConsoleOptions, RenderableType
from rich.segment import Segment
from rich.text import Text

from claimx.terminal import inert


class InertConsole(Console):
    def __init__(self, **options: Any) -> None:
        options.setdefault("markup", False)
        options.setdefault("emoji", False)
        options.setdefault("highlight", False)
        super().__init__(**options)

    def render_str(self, text: str, **options: Any) -> Text:
        options["markup"] = False
        options["emoji"] = False
        return super().render_str(inert(text, newlines=True), **options)

    def render(
        self, renderable: RenderableType, options: ConsoleOptions | None = None
    ) -> Iterable[Segment]:
        for segment in super().render(renderable, options):
            if segment.control is None:
                shown = inert(segment.text, newlines=True)
                if shown is not segment.text:
                    segment = Segment(shown, segment.style)
            yield segment

    def on_broken_pipe(self) -> None:
        raise BrokenPipeError


def plain(text: str, style: str = "") -> Text:
    """A Rich ``Text`` of an untrusted string (inert, so measured as it will be shown)."""
    return Text(inert(text, newlines=True), style=style)
