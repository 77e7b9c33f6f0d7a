"""Web pages decoded by the WHATWG encoding labels, as browsers decode them: HTML files, HTML on
stdin and WARC payloads, by the HTTP Content-Type header and by the page's meta tags."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from claimx.cli import cli
from claimx.inputs import whatwg
from claimx.inputs.html import decode_html

BODY = (
    "<p>\u201cThe repairs will cost \u20ac20,000,\u201d said Anna Berg, the city engineer.</p>"
    "<p>The mayor said the bridge would reopen in May, after the council\u2019s vote.</p>"
    "<p>Critics said the plan was late and that the budget was too small for the work.</p>"
)


def page(meta: str = "") -> str:
    return (
        f"<!doctype html><html lang='en'><head>{meta}<title>Bridge repairs</title></head>"
        f"<body><article><h1>Bridge repairs to cost more</h1>{BODY}</article></body></html>"
    )


def extract(*args: str, stdin: bytes | None = None) -> tuple[int, list[dict[str, Any]], str]:
    result = CliRunner().invoke(cli, ["extract", *args, "-f", "jsonl"], input=stdin)
    return (
        result.exit_code,
        [json.loads(line) for line in result.stdout.splitlines()],
        result.stderr,
    )


def assert_cp1252_survived(record: dict[str, Any]) -> None:
    text = record["text"]
    assert "\u201cThe repairs will cost \u20ac20,000,\u201d said Anna Berg" in text
    assert "council\u2019s" in text
    assert not any("\x80" <= ch <= "\x9f" for ch in text)
    money = [m["text"] for m in record["money"]]
    assert "\u20ac20,000" in money
    quoted = [c for c in record["claims"] if c["content"]["text"].startswith("The repairs")]
    assert quoted, record["claims"]
    for claim in record["claims"]:
        for span in (claim["cue"], claim["content"], *claim["content_fragments"]):
            assert text[span["start_char"] : span["end_char"]] == span["text"]


LATIN1_LABELS = ["ISO-8859-1", "iso8859-1", "latin1", "l1", "ascii", "us-ascii", "cp819"]


@pytest.mark.model
@pytest.mark.parametrize("label", LATIN1_LABELS)
def test_a_page_labelled_latin1_is_windows_1252(tmp_path: Path, label: str) -> None:
    data = page(f'<meta charset="{label}">').encode("cp1252")
    path = tmp_path / "page.html"
    path.write_bytes(data)
    code, records, err = extract(str(path))
    assert code == 0, err
    assert records[0]["encoding"] == "cp1252"
    assert_cp1252_survived(records[0])
    http_equiv = page(f'<meta http-equiv="Content-Type" content="text/html; charset={label}">')
    code, records, err = extract("-", stdin=http_equiv.encode("cp1252"))
    assert code == 0, err
    assert_cp1252_survived(records[0])


@pytest.mark.model
def test_a_warc_payload_served_as_iso_8859_1_is_windows_1252(tmp_path: Path) -> None:
    crawl = tmp_path / "crawl.warc"
    with crawl.open("wb") as stream:
        writer = WARCWriter(stream, gzip=False)
        for path, content_type, meta in (
            ("/header", "text/html; charset=ISO-8859-1", ""),
            ("/quoted", 'text/html; charset="latin1"', ""),
            ("/meta", "text/html", "<meta charset=iso-8859-1>"),
            ("/both", "text/html; charset=windows-1252", "<meta charset=utf-8>"),
        ):
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            payload = io.BytesIO(page(meta).encode("cp1252"))
            record = writer.create_warc_record(
                f"https://gazette.example{path}", "response", payload=payload, http_headers=headers
            )
            writer.write_record(record)
    code, records, err = extract(str(crawl))
    assert code == 0, err
    assert len(records) == 4
    for record in records:
        assert record["encoding"] == "cp1252"
        assert_cp1252_survived(record)


@pytest.mark.parametrize(
    ("label", "encoding"),
    [
        ("utf8", "UTF-8"),
        ("UNICODE-1-1-UTF-8", "UTF-8"),
        (" Latin1 ", "windows-1252"),
        ("ansi_x3.4-1968", "windows-1252"),
        ("iso-8859-9", "windows-1254"),
        ("latin5", "windows-1254"),
        ("iso-8859-11", "windows-874"),
        ("tis-620", "windows-874"),
        ("x-sjis", "Shift_JIS"),
        ("ms932", "Shift_JIS"),
        ("windows-31j", "Shift_JIS"),
        ("ks_c_5601-1987", "EUC-KR"),
        ("gb2312", "GBK"),
        ("big5-hkscs", "Big5"),
        ("koi8", "KOI8-R"),
        ("mac", "macintosh"),
        ("unicode", "UTF-16LE"),
        ("iso-8859-8-i", "ISO-8859-8-I"),
        ("cp1252", "windows-1252"),
        ("x-cp1251", "windows-1251"),
    ],
)
def test_labels_name_the_encodings_of_the_whatwg_table(label: str, encoding: str) -> None:
    assert whatwg.encoding_of(label) == encoding
    codecs.lookup(whatwg.codec_of(encoding))  # every encoding has a Python codec


def test_every_encoding_of_the_table_has_a_python_codec() -> None:
    for encoding in set(whatwg.LABELS.values()) - {"x-user-defined"}:
        codecs.lookup(whatwg.codec_of(encoding))
    assert len(whatwg.LABELS) > 200


@pytest.mark.parametrize(
    ("data", "charset", "text", "encoding"),
    [
        # windows-1252's five undefined bytes are C1 controls, not a failure
        (b"<p>a\x81b\x9dc\x80</p>", "iso-8859-1", "<p>a\x81b\x9dc\u20ac</p>", "cp1252"),
        # Shift_JIS by one of its labels
        ("<p>スミス氏</p>".encode("cp932"), "x-sjis", "<p>スミス氏</p>", "cp932"),
        ("<p>한국</p>".encode("cp949"), "ks_c_5601-1987", "<p>한국</p>", "cp949"),
        ("<p>Привет</p>".encode("koi8_r"), "koi8", "<p>Привет</p>", "koi8_r"),
        # Turkish pages labelled ISO-8859-9 are windows-1254: its quotes survive
        (
            "<p>\u201cİyi\u201d</p>".encode("cp1254"),
            "iso-8859-9",
            "<p>\u201cİyi\u201d</p>",
            "cp1254",
        ),
        # a byte-order mark overrides the header
        (codecs.BOM_UTF8 + "<p>café</p>".encode(), "iso-8859-1", "<p>café</p>", "utf-8-sig"),
        (
            codecs.BOM_UTF16_LE + "<p>café</p>".encode("utf-16-le"),
            "latin1",
            "<p>café</p>",
            "utf-16",
        ),
    ],
)
def test_a_page_is_decoded_as_a_browser_decodes_it(
    data: bytes, charset: str, text: str, encoding: str
) -> None:
    decoded = decode_html("page.html", data, charset)
    assert (decoded.text, decoded.encoding) == (text, encoding)


def test_a_meta_tag_cannot_select_utf_16() -> None:
    decoded = decode_html("page.html", "<meta charset=utf-16><p>café</p>".encode())
    assert (decoded.text, decoded.encoding) == ("<meta charset=utf-16><p>café</p>", "utf-8")


def test_a_wrong_label_loses_nothing_and_says_so() -> None:
    utf8 = "<meta charset=iso-8859-1><p>café ‘quoted’</p>".encode()
    decoded = decode_html("page.html", utf8)
    assert decoded.text.endswith("<p>café ‘quoted’</p>") and decoded.encoding == "utf-8"
    assert decoded.warnings("page.html") == [
        "page.html: declared 'iso-8859-1', but its bytes are UTF-8; read as UTF-8"
    ]
    unknown = decode_html("page.html", b"<p>plain</p>", "x-klingon")
    assert unknown.text == "<p>plain</p>"
    assert unknown.warnings("page.html") == [
        "page.html: served as 'x-klingon', not a known encoding label; ignored"
    ]
    refused = decode_html("page.html", b"<p>plain</p>", "hz-gb-2312")
    assert refused.text == "<p>plain</p>"
    assert "browsers refuse" in refused.warnings("page.html")[0]


def test_bytes_invalid_in_the_declared_encoding_are_counted() -> None:
    decoded = decode_html("page.html", b"<p>\x81\x20ok</p>", "shift_jis")
    assert "\ufffd" in decoded.text and decoded.replaced == 1
    assert decoded.warnings("page.html") == [
        "page.html: cp932 with 1 invalid byte sequence, replaced with U+FFFD"
    ]


def test_a_meta_tag_inside_a_comment_is_not_the_pages_charset() -> None:
    data = '<head><!-- <meta charset="koi8-r"> --><meta charset="latin1"></head><p>caf\xe9</p>'
    decoded = decode_html("page.html", data.encode("cp1252"))
    assert (decoded.encoding, decoded.note) == ("cp1252", None)
    assert decoded.text.endswith("<p>café</p>")


def test_an_xhtml_pages_xml_declaration_names_its_encoding() -> None:
    data = page().replace("<!doctype html>", '<?xml version="1.0" encoding="ISO-8859-1"?>\n')
    decoded = decode_html("page.xhtml", data.encode("cp1252"))
    assert (decoded.encoding, decoded.detected) == ("cp1252", False)
    assert "\u201cThe repairs will cost \u20ac20,000,\u201d" in decoded.text


def test_an_xml_declaration_does_not_stop_the_deep_page_parser() -> None:
    from claimx.inputs.html import read_html_article

    paragraphs = "".join(
        f"<font><p>Paragraph {i}: the minister said the talks had gone well today.</p>"
        for i in range(300)
    )
    data = page().replace("<!doctype html>", '<?xml version="1.0" encoding="utf-8"?>')
    data = data.replace("</article>", paragraphs + "</article>")
    article = read_html_article("page.xhtml", data.encode())
    assert article.text.count("Paragraph ") == 300
    assert article.warnings == ()


@pytest.mark.model
@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_a_utf16_page_on_stdin_is_recognised_as_html(codec: str) -> None:
    data = page().encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    code, records, err = extract("-", stdin=data)
    assert code == 0, err
    assert records[0]["title"] == "Bridge repairs to cost more"  # (trafilatura: the h1)
    assert "<p>" not in records[0]["text"]
