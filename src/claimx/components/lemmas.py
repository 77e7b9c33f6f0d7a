"""Lemmas on demand: the model's lemmatizer, asked only about the tokens claimx looks at.

The small English model lemmatizes every token of every article (a twelfth of the pipeline's
time); claimx reads the lemma of a few candidate tokens per sentence (cue candidates, source
heads). So claimx takes the lemmatizer out of the pipeline and keeps it here, per vocabulary,
and ``lemma_of`` asks it for one token: the same call the lemmatizer makes for each token
(its own cache, keyed by word, part of speech and morphology, makes repeats free), so the
lemma is the one the full pipeline would have given. A lemma set earlier (by the attribute
ruler's exceptions, or by a lemmatizer that did run) is taken as it is, as the lemmatizer
itself does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from spacy.tokens import Token

# id(vocab) → (the vocabulary, kept alive so that its id is not reused; the lemmatize function)
_LEMMATIZERS: dict[int, tuple[Any, Callable[[Token], list[str]]]] = {}


def defer_lemmatizer(nlp: Any, name: str = "lemmatizer") -> bool:
    """Take the lemmatizer ``name`` out of ``nlp``'s run and answer ``lemma_of`` with it.
    False (and nothing changed) when there is no such component or it lemmatizes otherwise."""
    if name not in nlp.pipe_names:
        return False
    lemmatizer = nlp.get_pipe(name)
    lemmatize = getattr(lemmatizer, "lemmatize", None)
    if lemmatize is None or getattr(lemmatizer, "overwrite", False):
        return False  # not spaCy's Lemmatizer, or one that replaces earlier lemmas
    if hasattr(lemmatizer, "_validate_tables"):
        lemmatizer._validate_tables()  # as its first call would
    _LEMMATIZERS[id(nlp.vocab)] = (nlp.vocab, lemmatize)
    nlp.disable_pipe(name)
    return True


def lemma_of(token: Token) -> str:
    """The token's lemma, as the pipeline's lemmatizer would set it."""
    if token.lemma:
        return token.lemma_
    deferred = _LEMMATIZERS.get(id(token.vocab))
    if deferred is None:
        return token.lemma_  # no lemmatizer anywhere (the rule-only pipeline): ""
    return deferred[1](token)[0]
