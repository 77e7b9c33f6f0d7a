"""claimx: attributed claims, entities, dates and money from news articles.

``import claimx`` stays light (no spaCy) so the CLI's ``--help`` and ``--version`` are fast;
``load()`` and ``extract()`` import spaCy when first called.
"""

from __future__ import annotations

import datetime as dt
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from claimx.records import ArticleRecord

try:
    __version__ = version("claimx")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = ["__version__", "extract", "load"]


def load(model: str | None = None) -> Language:
    """The spaCy pipeline claimx uses (cached), with the ``claimx_*`` components added."""
    from claimx.nlp import load_pipeline

    return load_pipeline(model).nlp


def extract(
    text: str, published: dt.date | str | None = None, name: str = "-", model: str | None = None
) -> ArticleRecord:
    """Extract one article's record (the JSON object ``claimx extract`` prints) from text."""
    from claimx.core import extract_article
    from claimx.inputs import make_article

    return extract_article(make_article(name, text, published), model)
