"""The closed vocabularies of the output, as ``Literal`` types: the single source of each
field's allowed values, for the type checker, the components and the JSON Schema alike."""

from __future__ import annotations

from typing import Literal, get_args

ClaimKind = Literal["direct", "indirect", "mixed"]
SourceType = Literal["person", "organization", "anonymous", "document", "pronoun", "unspecified"]
PublishedSource = Literal["marker", "option", "field", "html", "dateline"]
Granularity = Literal["day", "week", "month", "quarter", "year", "decade"]
PercentUnit = Literal["percent", "percentage points"]


def values_of(kind: object) -> list[str]:
    """The allowed values of a ``Literal`` type, in order (for JSON Schema enums)."""
    return list(get_args(kind))
