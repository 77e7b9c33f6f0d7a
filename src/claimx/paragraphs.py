"""What ends a paragraph, for every stage that cuts or reads text by paragraphs (structure,
quotations, colon attributions, long articles cut into chunks): a line break, then only spaces
or tabs (or other horizontal whitespace, a carriage return of CRLF text among them), then another
line break."""

from __future__ import annotations

import re

PARAGRAPH_BREAK = re.compile(r"\n[ \t\r\f\v]*\n")
