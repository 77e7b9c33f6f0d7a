"""Decoding, the date marker and path expansion: everything before spaCy."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from claimx.errors import InputError
from claimx.inputs import decode_bytes, expand_paths, make_article, read_article, read_date_marker

from .conftest import deny_reading


def test_utf8_is_read_as_is() -> None:
    decoded = decode_bytes("a.txt", "Café “quoted”".encode())
    assert (decoded.text, decoded.encoding, decoded.detected) == ("Café “quoted”", "utf-8", False)


def test_utf8_bom_is_not_part_of_the_text() -> None:
    decoded = decode_bytes("a.txt", b"\xef\xbb\xbfHello")
    assert decoded.text == "Hello"
    assert not decoded.detected


def test_utf16_with_bom_is_decoded() -> None:
    decoded = decode_bytes("a.txt", "Minister said “yes”.".encode("utf-16"))
    assert decoded.text == "Minister said “yes”."


def test_latin1_is_detected_and_flagged() -> None:
    text = "Le ministre a déclaré que la réforme était prête. Les syndicats ont refusé. " * 3
    decoded = decode_bytes("a.txt", text.encode("latin-1"))
    assert decoded.text == text
    assert decoded.detected


def test_a_short_latin1_line_is_not_read_as_a_baltic_code_page() -> None:
    text = "Le ministre a déclaré que les impôts baisseraient.\n"
    decoded = decode_bytes("a.txt", text.encode("latin-1"))
    assert (decoded.text, decoded.encoding) == (text, "cp1252")


def test_nul_bytes_mean_binary() -> None:
    with pytest.raises(InputError, match=r"a\.bin: binary file"):
        decode_bytes("a.bin", b"PK\x03\x04\x00\x00binary")


def test_control_characters_mean_binary() -> None:
    with pytest.raises(InputError, match="binary file"):
        decode_bytes("a.bin", bytes(range(1, 32)) * 10)


def test_empty_input_is_an_empty_article() -> None:
    assert decode_bytes("a.txt", b"").text == ""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2026-03-05 Body text.", (dt.date(2026, 3, 5), 16)),
        ("Date: 2025-11-14\nHeadline", (dt.date(2025, 11, 14), 16)),
        ("published 2024-02-29\n", (dt.date(2024, 2, 29), 20)),
        ("date 2026-02-30 invalid day", (None, 0)),
        ("The date 2026-03-05 is in the middle", (None, 0)),
        ("", (None, 0)),
    ],
)
def test_date_marker(text: str, expected: tuple[dt.date | None, int]) -> None:
    assert read_date_marker(text) == expected


def test_published_option_overrides_marker() -> None:
    article = make_article("-", "date 2026-03-05 Text", published=dt.date(2020, 1, 1))
    assert (article.published, article.published_source) == (dt.date(2020, 1, 1), "option")
    assert article.header_end == 15  # the marker is still recognised as the header


def test_marker_sets_published() -> None:
    article = make_article("-", "date 2026-03-05 Text")
    assert (article.published, article.published_source) == (dt.date(2026, 3, 5), "marker")


def test_folders_are_walked_sorted_without_hidden_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/d.txt", "sub/e.md"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x")
    found = expand_paths([str(tmp_path)]).sources
    assert [Path(p).relative_to(tmp_path).as_posix() for p in found] == [
        "a.txt",
        "b.txt",
        "sub/c.txt",
        "sub/e.md",
    ]
    only_txt = expand_paths([str(tmp_path)], glob="*.txt").sources
    assert [Path(p).name for p in only_txt] == ["a.txt", "b.txt", "c.txt"]


def test_missing_path_is_a_failure_not_an_exception(tmp_path: Path) -> None:
    expanded = expand_paths([str(tmp_path / "gone.txt"), "-"])
    assert expanded.sources == ["-"]
    assert [f.line() for f in expanded.failures] == [
        f"{tmp_path / 'gone.txt'}: no such file or folder — check the path"
    ]


def test_vanished_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"gone\.txt: no such file — check the path"):
        read_article(str(tmp_path / "gone.txt"))


def test_unreadable_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.txt"
    path.write_text("text")
    deny_reading(monkeypatch, "locked.txt")
    with pytest.raises(InputError, match=r"locked\.txt: permission denied"):
        read_article(str(path))


def jsonl_articles(tmp_path: Path, lines: list[str], **options: str) -> list[object]:
    from claimx.inputs import JsonlOptions, read_jsonl_articles

    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return list(read_jsonl_articles(str(path), JsonlOptions(**options)))


def test_jsonl_lines_are_articles_with_metadata(tmp_path: Path) -> None:
    from claimx.inputs import Article

    found = jsonl_articles(
        tmp_path,
        ['{"url": "u1", "body": "The mayor spoke.", "title": "T", "date": "2026-03-05T10:00"}'],
        text_key="body",
        id_key="url",
    )
    article = found[0]
    assert isinstance(article, Article)
    assert (article.name, article.text) == ("u1", "The mayor spoke.")
    assert article.metadata == {"url": "u1", "title": "T", "date": "2026-03-05T10:00"}
    assert (article.published, article.published_source) == (dt.date(2026, 3, 5), "field")


def test_bad_jsonl_lines_are_errors_and_the_rest_is_read(tmp_path: Path) -> None:
    from claimx.inputs import Article

    found = jsonl_articles(
        tmp_path, ['{"text": "One."}', "{not json", '{"body": "x"}', "[1]", '{"text": "Two."}']
    )
    path = tmp_path / "dump.jsonl"
    assert [a.text for a in found if isinstance(a, Article)] == ["One.", "Two."]
    assert [e.line() for e in found if isinstance(e, InputError)] == [
        f"{path}:2: not valid JSON (Expecting property name enclosed in double quotes) — "
        "fix or remove the line",
        f"{path}:3: no field 'text' (fields: body) — choose the text's field with --text-key",
        f"{path}:4: not a JSON object — each line must be an object",
    ]


def test_broken_text_after_a_byte_order_mark_is_an_input_error() -> None:
    with pytest.raises(InputError, match="not valid utf-32 text despite its byte-order mark"):
        decode_bytes("odd.txt", b"\xff\xfe\x00\x00garbage")


def test_a_named_pipe_in_a_folder_is_a_failure_not_a_hang(tmp_path: Path) -> None:
    import os

    (tmp_path / "a.txt").write_text("text")
    os.mkfifo(tmp_path / "b.txt")
    expanded = expand_paths([str(tmp_path)])
    assert [Path(p).name for p in expanded.sources] == ["a.txt"]
    assert [f.line() for f in expanded.failures] == [
        f"{tmp_path / 'b.txt'}: not a regular file (a pipe, socket or device) — skip it"
    ]


def test_a_broken_symbolic_link_says_so(tmp_path: Path) -> None:
    link = tmp_path / "article.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match=r"article\.txt: broken symbolic link \(to .*gone\.txt\)"):
        read_article(str(link))
