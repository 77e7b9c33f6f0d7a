"""Lemmas on demand: the model's lemmatizer, asked only about the tokens claimx looks at.

The small English model lemmatizes every token of every article (a twelfth of the pipeline's
time); claimx reads the lemma of a few candidate tokens per sentence (cue candidates, source
heads). So claimx takes the lemmatizer out of the run and puts ``claimx_lemmas`` in its place, which
keeps it, and ``lemma_of`` asks it for one token: the same call the lemmatizer makes for each token
(its own cache, keyed by word, part of speech and morphology, makes repeats free), so the
lemma is the one the full pipeline would have given. A lemma set earlier (by the attribute
ruler's exceptions, or by a lemmatizer that did run) is taken as it is, as the lemmatizer
itself does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Token

# id(vocab) → (the vocabulary, kept alive so that its id is not reused; the lemmatize function)
_LEMMATIZERS: dict[int, tuple[Any, Callable[[Token], list[str]]]] = {}


def can_defer(lemmatizer: object) -> bool:
    """spaCy's Lemmatizer (or a subclass), keeping the lemmas set before it as it should."""
    return hasattr(lemmatizer, "lemmatize") and not getattr(lemmatizer, "overwrite", True)


class DeferredLemmatizer:
    """Stands in the pipeline for the lemmatizer it keeps: does nothing per Doc, and makes
    ``lemma_of`` answer for this vocabulary. It registers again when unpickled (a worker
    started by spawn, ``nlp.pipe(n_process=...)``), with the vocabulary that came with it."""

    def __init__(self, vocab: Any, lemmatizer: Any) -> None:
        self.vocab = vocab
        self.lemmatizer = lemmatizer
        if hasattr(lemmatizer, "_validate_tables"):
            lemmatizer._validate_tables()  # as its first call would
        self._register()

    def _register(self) -> None:
        _LEMMATIZERS[id(self.vocab)] = (self.vocab, self.lemmatizer.lemmatize)

    def __call__(self, doc: Doc) -> Doc:
        return doc

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._register()


@Language.factory("claimx_lemmas", assigns=["token.lemma"])
def make_deferred_lemmatizer(nlp: Language, name: str, source: str = "lemmatizer") -> Any:
    """Lemmas on demand from the ``source`` lemmatizer (see the module's docstring)."""
    return DeferredLemmatizer(nlp.vocab, nlp.get_pipe(source))


def lemma_of(token: Token) -> str:
    """The token's lemma, as the pipeline's lemmatizer would set it."""
    if token.lemma:
        return token.lemma_
    deferred = _LEMMATIZERS.get(id(token.vocab))
    if deferred is None:
        return token.lemma_  # no lemmatizer anywhere (the rule-only pipeline): ""
    return deferred[1](token)[0]
