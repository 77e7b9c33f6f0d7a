"""Who a source is (name, role, organisation, resolution), and what a claim mentions."""

from __future__ import annotations

import datetime as dt

import pytest

from claimx.core import extract_article
from claimx.inputs import make_article
from claimx.nlp import Pipeline

pytestmark = pytest.mark.model


def sources(text: str) -> list[tuple[str, str | None, str | None, str | None, str | None]]:
    found = []
    for claim in extract_article(make_article("-", text))["claims"]:
        source = claim["source"]
        if source is None:
            continue
        resolved = source["resolved_from"]["text"] if source["resolved_from"] else None
        found.append(
            (source["text"], source["name"], source["role"], source["organization"], resolved)
        )
    return found


def test_title_organisation_and_name(pipeline: Pipeline) -> None:
    assert sources("OpenAI CEO Sam Altman said the company was working with officials.")[0] == (
        "OpenAI CEO Sam Altman",
        "Sam Altman",
        "CEO",
        "OpenAI",
        None,
    )


def test_appositive_role(pipeline: Pipeline) -> None:
    text = "Dario Amodei, Anthropic's chief executive, said the talks would continue."
    (_, name, role, organization, _) = sources(text)[0]
    assert (name, role, organization) == ("Dario Amodei", "chief executive", "Anthropic")


def test_pronoun_resolves_to_the_latest_person(pipeline: Pipeline) -> None:
    text = "Mayor Lena Okafor opened the bridge.\n\nShe said the repairs were finished."
    assert sources(text) == [("She", "Lena Okafor", None, None, "Lena Okafor")]


def test_surname_resolves_to_the_full_name(pipeline: Pipeline) -> None:
    text = "Councillor Tomas Brandt voted no.\n\n“We cannot afford it,” Brandt said."
    assert sources(text)[-1][1] == "Tomas Brandt"
    assert sources(text)[-1][4] == "Tomas Brandt"


def test_the_company_resolves_to_the_latest_organisation(pipeline: Pipeline) -> None:
    text = "Northfield Paper will close its mill.\n\nThe company said energy costs were to blame."
    assert sources(text)[-1][1] == "Northfield Paper"


def test_anonymous_source_keeps_its_description(pipeline: Pipeline) -> None:
    record = extract_article(
        make_article("-", "People familiar with the talks said a deal was near.")
    )
    claim = record["claims"][0]
    assert claim["source_type"] == "anonymous"
    assert claim["source"] is not None
    assert claim["source"]["text"] == "People familiar with the talks"
    assert claim["source"]["name"] is None


def test_claims_list_what_their_content_mentions(pipeline: Pipeline) -> None:
    text = (
        "Finance minister Ana Ruiz said on Monday that the deficit fell by $4.5bn last year, "
        "a drop of 12%."
    )
    record = extract_article(make_article("-", text, dt.date(2026, 3, 5)))
    claim = record["claims"][0]
    by_id = {
        item["id"]: item["text"]
        for key in ("dates", "money", "percentages")
        for item in record[key]
    }
    assert [by_id[i] for i in claim["mentions"]["money"]] == ["$4.5bn"]
    assert [by_id[i] for i in claim["mentions"]["percentages"]] == ["12%"]
    assert [by_id[i] for i in claim["mentions"]["dates"]] == ["last year"]
    assert record["percentages"][0]["value"] == 12.0
