"""The HTML report without a browser: marks cut from overlapping claims, who is quoted,
records read back with their text, escaping and the page's Content Security Policy.
(tests/test_report_browser.py opens the pages in Chromium.)"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from pathlib import Path
from typing import Any

import pytest

from claimx.quoted import who_is_quoted
from claimx.render.html_report import render_report
from claimx.render.marks import Mark, cut
from tests.conftest import EXAMPLES, invoke


def span(text: str, words: str, after: int = 0) -> dict[str, Any]:
    start = text.index(words, after)
    return {"text": words, "start_char": start, "end_char": start + len(words)}


def claim(
    text: str,
    number: int,
    source: str | None,
    cue: str,
    content: str,
    source_type: str = "person",
    name: str | None = None,
    organization: str | None = None,
    **extra: Any,
) -> dict[str, Any]:
    fragment = span(text, content)
    return {
        "id": f"c{number}",
        "sentence": 0,
        "kind": "indirect",
        "source": None
        if source is None
        else {
            **span(text, source),
            "name": name,
            "role": None,
            "organization": organization,
            "resolved_from": None,
        },
        "source_type": source_type,
        "cue": {**span(text, cue), "lemma": cue},
        "content": fragment,
        "content_fragments": [fragment],
        "mentions": {"entities": [], "dates": [], "money": [], "percentages": []},
        **extra,
    }


def record(name: str, text: str, claims: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    return {
        "schema_version": 1,
        "input": name,
        "published": None,
        "title": None,
        "url": None,
        "metadata": {},
        "text_length": len(text),
        "text": text,
        "sentences": [
            {"id": 0, "text": text, "start_char": 0, "end_char": len(text), "heading": False}
        ],
        "dates": [],
        "money": [],
        "claims": claims,
        **fields,
    }


# --- marks ------------------------------------------------------------------------------------


def test_overlapping_claims_are_cut_into_nested_pieces() -> None:
    """A quotation whose content holds another claim's source: each mark's text is its pieces'
    text in order, and the claim's number sits where its content starts."""
    text = 'Mira Sol said "Jon Park told us the dam leaks" on Monday.'
    outer = Mark(15, 44, "content", "c0", 0)
    inner_source = Mark(15, 23, "source", "c1", 1)
    inner_cue = Mark(24, 28, "cue", "c1", 1)
    inner_content = Mark(32, 44, "content", "c1", 1)
    marks = [Mark(0, 8, "source", "c0", 0), Mark(9, 13, "cue", "c0", 0)]
    marks += [outer, inner_source, inner_cue, inner_content]
    pieces = cut(text, marks)
    assert "".join(p.text for p in pieces) == text
    for mark in marks:
        covered = "".join(p.text for p in pieces if mark in p.marks)
        assert covered == text[mark.start : mark.end]
    nested = next(p for p in pieces if p.text == "Jon Park")
    assert [m.role for m in nested.marks] == ["content", "source"]  # outermost first
    assert [p.numbers for p in pieces if p.numbers] == [[("c0", 1)], [("c1", 2)]]


def test_marks_outside_the_text_are_dropped() -> None:
    pieces = cut("short", [Mark(2, 99, "content", "c0"), Mark(0, 2, "cue", "c0")])
    assert [(p.text, len(p.marks)) for p in pieces] == [("sh", 1), ("ort", 0)]


# --- who is quoted ------------------------------------------------------------------------------


def test_a_surname_and_an_honorific_join_the_one_full_name() -> None:
    a = "Sam Altman said the model is ready."
    b = "Altman said sales doubled. Mr. Altman told staff to rest."
    records = [
        record(
            "a", a, [claim(a, 0, "Sam Altman", "said", "the model is ready", name="Sam Altman")]
        ),
        record(
            "b",
            b,
            [
                claim(b, 0, "Altman", "said", "sales doubled", name="Altman"),
                claim(b, 1, "Mr. Altman", "told", "staff to rest", name="Mr. Altman"),
            ],
        ),
    ]
    [speaker] = who_is_quoted(records)  # type: ignore[arg-type]
    assert (speaker.name, len(speaker.claims), speaker.articles) == ("Sam Altman", 3, 2)
    assert set(speaker.variants) == {"Sam Altman", "Altman"}


def test_a_surname_two_people_share_stays_apart() -> None:
    text = "Sam Altman said one thing. Jo Altman said another. Altman said a third."
    claims = [
        claim(text, 0, "Sam Altman", "said", "one thing", name="Sam Altman"),
        claim(text, 1, "Jo Altman", "said", "another", name="Jo Altman"),
        claim(text, 2, "Altman", "said", "a third", name="Altman"),
    ]
    names = sorted(s.name for s in who_is_quoted([record("a", text, claims)]))  # type: ignore[list-item]
    assert names == ["Altman", "Jo Altman", "Sam Altman"]


def test_organisations_anonymous_sources_and_pronouns() -> None:
    text = (
        "The Treasury said rates rise. Treasury said more. People familiar with it said no. "
        "He said yes. She said maybe."
    )
    claims = [
        claim(text, 0, "The Treasury", "said", "rates rise", "organization", "The Treasury"),
        claim(text, 1, "Treasury", "said", "more", "organization", "Treasury"),
        claim(text, 2, "People familiar with it", "said", "no", "anonymous"),
        claim(text, 3, "He", "said", "yes", "pronoun", "Ada Lamb", "Mint"),  # resolved
        claim(text, 4, "She", "said", "maybe", "pronoun"),  # unresolved: nobody
    ]
    found = {s.name: s for s in who_is_quoted([record("a", text, claims)])}  # type: ignore[list-item]
    assert sorted(found) == ["Ada Lamb", "People familiar with it", "The Treasury"]
    assert len(found["The Treasury"].claims) == 2
    assert found["Ada Lamb"].source_type == "person"
    assert list(found["Ada Lamb"].organizations) == ["Mint"]
    assert found["People familiar with it"].source_type == "anonymous"


# --- the page ---------------------------------------------------------------------------------


HOSTILE = "<script>document.title='pwned'</script> <img src=x onerror=\"document.title='pwned'\">"


def test_untrusted_strings_are_escaped_and_unsafe_urls_not_linked() -> None:
    text = f"Ana Roe said {HOSTILE} was posted."
    hostile = record(
        "evil.txt",
        text,
        [claim(text, 0, "Ana Roe", "said", HOSTILE, name="Ana Roe")],
        title="<script>alert(1)</script>",
        url="javascript:alert(1)",
        metadata={"note": "<img src=x onerror=alert(1)>"},
    )
    page = render_report([hostile])  # type: ignore[list-item]
    assert "<script>document" not in page and "<img src=x" not in page
    assert "<script>alert" not in page
    assert "&lt;script&gt;document.title=" in page
    assert 'href="javascript:' not in page
    assert "javascript:alert(1)" in page  # shown as text


def test_the_policy_allows_exactly_the_inline_style_and_script() -> None:
    text = "Ana Roe said the bridge is safe."
    the_record = record("a.txt", text, [claim(text, 0, "Ana Roe", "said", "the bridge is safe")])
    page = render_report([the_record])  # type: ignore[list-item]
    policy = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert policy is not None
    content = html.unescape(policy.group(1))  # the attribute as the browser reads it
    directives = dict(d.strip().split(" ", 1) for d in content.split(";"))
    assert directives["default-src"] == "'none'"
    scripts = re.findall(r"<script>(.*?)</script>", page, re.S)
    [style] = re.findall(r"<style>(.*?)</style>", page, re.S)

    def digest(source: str) -> str:
        return (
            "'sha256-" + base64.b64encode(hashlib.sha256(source.encode()).digest()).decode() + "'"
        )

    assert directives["script-src"] == digest(scripts[0]) and len(scripts) == 1
    assert directives["style-src"] == digest(style)
    assert ' style="' not in page and " on" + "click=" not in page  # the policy would block them


# --- the commands -----------------------------------------------------------------------------


@pytest.mark.model
def test_report_rereads_inputs_still_on_disk_and_names_the_fix_otherwise(
    pipeline: object, tmp_path: Path
) -> None:
    article = tmp_path / "harbour.txt"
    article.write_text(
        (EXAMPLES / "harbour-budget.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    claims = tmp_path / "claims.jsonl"
    assert invoke("extract", str(article), "-o", str(claims), "-q")[0] == 0
    report = tmp_path / "report.html"
    code, _, stderr = invoke("report", str(claims), "-o", str(report))
    assert (code, stderr) == (0, "")
    assert 'data-input="' + str(article) + '"' in report.read_text(encoding="utf-8")

    article.write_text(
        article.read_text(encoding="utf-8").replace("harbour", "harbor"), encoding="utf-8"
    )
    report.unlink()
    code, _, stderr = invoke("report", str(claims), "-o", str(report))
    assert code == 1 and not report.exists()
    assert stderr == (
        f"Error: {claims}:1: {article} is not the text the record of '{article}' was made from "
        "(the file changed since?) — extract it again\n"
    )
    article.unlink()
    code, _, stderr = invoke("report", str(claims), "-o", str(report))
    assert code == 1 and not report.exists()
    assert stderr.startswith(f"Error: {claims}:1: the record of '{article}' carries no text")
    assert stderr.endswith(
        "extract again with --include-text (or run claimx report where the inputs are)\n"
    )


def test_report_refuses_what_is_not_claimx_output(tmp_path: Path) -> None:
    bad = tmp_path / "notes.jsonl"
    bad.write_text('{"input": "a.txt", "claims": []}\nnot json\n', encoding="utf-8")
    code, stdout, stderr = invoke("report", str(bad))
    assert (code, stdout) == (1, "")
    assert stderr == (
        f"Error: {bad}:1: not a claimx record (missing text_length) — give the output of "
        "claimx extract --format jsonl or json\n"
    )


def test_report_reads_a_json_array_from_stdin() -> None:
    text = "Ana Roe said the bridge is safe."
    records = [record("a.txt", text, [claim(text, 0, "Ana Roe", "said", "the bridge is safe")])]
    code, stdout, _ = invoke("report", "-", stdin=json.dumps(records))
    assert code == 0
    assert stdout.startswith("<!doctype html>") and 'data-input="a.txt"' in stdout


def test_speakers_as_json_and_csv() -> None:
    text = "Ana Roe said the bridge is safe. Roe said it twice. The council said no."
    claims = [
        claim(text, 0, "Ana Roe", "said", "the bridge is safe", name="Ana Roe"),
        claim(text, 1, "Roe", "said", "it twice", name="Roe"),
        claim(text, 2, "The council", "said", "no", "organization", "The council"),
    ]
    records = json.dumps(record("a.txt", text, claims)) + "\n"
    code, stdout, _ = invoke("speakers", "-f", "json", stdin=records)
    assert code == 0
    rows = json.loads(stdout)
    assert [(r["speaker"], r["claims"], r["articles"]) for r in rows] == [
        ("Ana Roe", 2, 1),
        ("The council", 1, 1),
    ]
    assert rows[0]["claim_refs"] == [
        {"input": "a.txt", "claim": "c0"},
        {"input": "a.txt", "claim": "c1"},
    ]
    code, stdout, _ = invoke("speakers", "-f", "csv", stdin=records)
    assert stdout.splitlines() == [
        "speaker,source_type,claims,articles,variants,organizations",
        "Ana Roe,person,2,1,Ana Roe; Roe,",
        "The council,organization,1,1,The council,",
    ]


@pytest.mark.model
def test_extract_writes_the_report_for_a_html_output_file(pipeline: object, tmp_path: Path) -> None:
    """-o report.html picks the format, and plain-text inputs' texts are carried for it."""
    report = tmp_path / "report.html"
    code, stdout, _ = invoke("extract", str(EXAMPLES), "-o", str(report), "-q")
    assert (code, stdout) == (0, "")
    page = report.read_text(encoding="utf-8")
    assert page.startswith("<!doctype html>")
    for article in sorted(EXAMPLES.glob("*.txt")):
        assert f'data-input="{article}"' in page


def test_report_of_a_binary_file_is_one_error_line(tmp_path: Path) -> None:
    binary = tmp_path / "claims.jsonl"
    binary.write_bytes(bytes(range(256)) * 4)
    code, stdout, stderr = invoke("report", str(binary), "-o", str(tmp_path / "r.html"))
    assert (code, stdout) == (1, "")
    assert stderr == (
        f"Error: {binary}: not UTF-8, so not claimx output — give the output of claimx extract "
        "--format jsonl or json\n"
    )
    assert not (tmp_path / "r.html").exists()


def test_report_of_no_records_warns(tmp_path: Path) -> None:
    empty = tmp_path / "claims.jsonl"
    empty.write_text("", encoding="utf-8")
    code, stdout, stderr = invoke("report", str(empty))
    assert code == 0 and stdout.startswith("<!doctype html>")
    assert stderr == f"Warning: no records in {empty}: the report is empty\n"


def test_speakers_format_follows_the_output_file(tmp_path: Path) -> None:
    text = "Ana Roe said the bridge is safe."
    records = tmp_path / "claims.jsonl"
    records.write_text(
        json.dumps(
            record(
                "a.txt",
                text,
                [claim(text, 0, "Ana Roe", "said", "the bridge is safe", name="Ana Roe")],
            )
        )
        + "\n",
        encoding="utf-8",
    )
    assert invoke("speakers", str(records), "-o", str(tmp_path / "who.csv"))[0] == 0
    assert (tmp_path / "who.csv").read_text(encoding="utf-8").startswith("speaker,source_type")
    assert invoke("speakers", str(records), "-o", str(tmp_path / "who.out"))[0] == 0
    assert json.loads((tmp_path / "who.out").read_text(encoding="utf-8"))[0]["speaker"] == "Ana Roe"
    code, _, stderr = invoke("speakers", str(records), "-o", str(records))
    assert code == 2 and "is both an input and the -o file" in stderr
