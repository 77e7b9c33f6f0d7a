"""The mention kinds are described once: records, schema and tables follow the description."""

from __future__ import annotations

from claimx.kinds import ClaimKind, SourceType, values_of
from claimx.mentions import MENTION_KINDS, SENTENCE
from claimx.records import ArticleRecord, MentionsRecord
from claimx.schema import json_schema


def test_the_record_types_list_every_kind_in_order() -> None:
    keys = [kind.key for kind in MENTION_KINDS]
    fields = list(ArticleRecord.__annotations__)
    assert fields[fields.index("sentences") + 1 : fields.index("claims")] == keys
    assert list(MentionsRecord.__annotations__) == keys
    assert len({kind.prefix for kind in MENTION_KINDS}) == len(keys)


def test_the_schema_of_each_kind_is_its_fields() -> None:
    schema = json_schema()
    for kind in MENTION_KINDS:
        item = schema["properties"][kind.key]["items"]
        assert item["required"] == [
            "text",
            "start_char",
            "end_char",
            "id",
            *(field.name for field in kind.fields),
        ]
        assert any(field.name == SENTENCE for field in kind.fields)
    claim = schema["properties"]["claims"]["items"]["properties"]
    assert claim["kind"]["enum"] == values_of(ClaimKind)
    assert claim["source_type"]["enum"] == values_of(SourceType)


def test_a_kind_reads_missing_values_as_null() -> None:
    dates = next(kind for kind in MENTION_KINDS if kind.key == "dates")
    assert dict(dates.values({})) == {
        "value": None,
        "granularity": None,
        "relative": False,
        "note": None,
    }
