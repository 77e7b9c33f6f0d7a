"""The role tagger's network, registered as ``claimx.RoleTagger.v1``.

Each token is embedded from hashed features: its word (norm, prefix, suffix, shape), the parse
the model gave it (fine-grained tag, dependency label, sentence start; optionally its entity
type), the model's own token vector, and where it stands towards quotation marks (outside,
inside, a mark itself), which a window of a few words cannot see but which decides most direct
quotes. Residual convolutions mix the neighbours in, a bidirectional LSTM the rest of the
article, a softmax gives each token's role tag. The model's annotations are read, never
changed: its components keep their weights and their output.
"""

from __future__ import annotations

import bisect
from typing import Any, cast

import numpy
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, NORM, PREFIX, SENT_START, SHAPE, SUFFIX, TAG
from spacy.ml.models.tagger import build_tagger_model
from spacy.ml.models.tok2vec import MaxoutWindowEncoder, build_Tok2Vec_model
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import (
    LSTM,
    HashEmbed,
    Maxout,
    Model,
    chain,
    concatenate,
    list2ragged,
    ragged2list,
    with_array,
    with_padded,
)
from thinc.types import Floats2d, Ints2d, Ragged

from claimx.components.quotes import find_quotes, whole_quotations

TOKEN_ATTRS = (NORM, PREFIX, SUFFIX, SHAPE, TAG, DEP, SENT_START)
ENTITY_ATTRS = (ENT_TYPE, ENT_IOB)  # with entity_features: the base model's entities
# Hash table rows per feature: words need thousands, tags and labels a few dozen values; the
# last is the quotation state.
ROWS = (5000, 1000, 2500, 2500, 200, 200, 8)
ENTITY_ROWS = (50, 8)
QUOTATION_ROWS = 8
OUTSIDE, INSIDE, MARK = 0, 1, 2


def role_tagger(
    width: int = 96,
    depth: int = 4,
    window_size: int = 1,
    lstm_depth: int = 0,
    base_vectors: bool = False,
    entity_features: bool = False,
    nO: int | None = None,
) -> Model[list[Doc], list[Floats2d]]:
    """``depth`` convolutions over ``window_size`` neighbours each side, then ``lstm_depth``
    bidirectional LSTM layers: a content runs on for a clause or a whole quotation, further
    than convolutions see, and thinc's LSTM costs less on the CPU than four convolutions.
    ``base_vectors``: each token's vector from the base model's tok2vec (``doc.tensor``, what
    its tagger and parser read) joins the features, read only: the base model is not changed.
    ``entity_features``: the base model's entity type and IOB tag too (the tagger then runs
    after the NER)."""
    embed = role_embedding(width, ENTITY_ATTRS if entity_features else ())
    if base_vectors:
        embed = _with_base_vectors(embed, width)
    encode = MaxoutWindowEncoder(width=width, window_size=window_size, maxout_pieces=3, depth=depth)
    if lstm_depth:
        recurrent: Model[Any, Any] = with_padded(LSTM(width, width, bi=True, depth=lstm_depth))
        encode = chain(encode, cast(Model[list[Floats2d], list[Floats2d]], recurrent))
    tok2vec = build_Tok2Vec_model(embed, encode)
    # normalize: probabilities at run time too (spaCy's tagger gives bare scores, enough for
    # its argmax; a confidence needs the softmax).
    return build_tagger_model(tok2vec, nO=nO, normalize=True)


registry.architectures.register("claimx.RoleTagger.v1", func=role_tagger)


def role_embedding(width: int, extra: tuple[int, ...] = ()) -> Model[list[Doc], list[Floats2d]]:
    """The features of ``role_features``, each hashed into a table of its own, concatenated and
    reduced to ``width`` (as spaCy's MultiHashEmbed does for the attributes it can read)."""
    attrs = (*TOKEN_ATTRS, *extra)
    rows = (*ROWS, *(ENTITY_ROWS if extra else ()), QUOTATION_ROWS)
    tables: list[Model[Ints2d, Floats2d]] = [
        HashEmbed(width, size, column=column, seed=11 + column, dropout=0.0)
        for column, size in enumerate(rows)
    ]
    reduce: Model[Ragged, Ragged] = with_array(
        Maxout(width, width * len(tables), nP=3, dropout=0.0, normalize=True)
    )
    return cast(
        Model[list[Doc], list[Floats2d]],
        chain(
            Model("claimx_role_features", _features_forward, attrs={"columns": attrs}),
            cast(Model[list[Ints2d], Ragged], list2ragged()),
            with_array(concatenate(*tables)),
            reduce,
            ragged2list(),
        ),
    )


def _with_base_vectors(
    embed: Model[list[Doc], list[Floats2d]], width: int
) -> Model[list[Doc], list[Floats2d]]:
    both: Model[list[Doc], list[Floats2d]] = concatenate(
        embed, Model("claimx_base_vectors", _base_vectors_forward)
    )
    mix: Model[list[Floats2d], list[Floats2d]] = with_array(
        Maxout(width, nP=3, dropout=0.0, normalize=True)
    )
    return cast(Model[list[Doc], list[Floats2d]], chain(both, mix))


def _base_vectors_forward(
    model: Model[Any, Any], docs: list[Doc], is_train: bool
) -> tuple[list[Floats2d], Any]:
    vectors = []
    for doc in docs:
        if doc.tensor.shape[0] != len(doc):
            raise ValueError("claimx_roles reads the base model's token vectors: run tok2vec first")
        vectors.append(cast(Floats2d, model.ops.xp.asarray(doc.tensor, dtype="float32")))
    return vectors, lambda d_vectors: []


def _features_forward(model: Model[Any, Any], docs: list[Doc], is_train: bool) -> tuple[Any, Any]:
    # On the CPU (NumpyOps) a numpy array is the ops' own array type.
    columns = model.attrs["columns"]
    features = [cast(Ints2d, role_features(doc, columns)) for doc in docs]
    return features, lambda d_features: []


def role_features(doc: Doc, attrs: tuple[int, ...] = TOKEN_ATTRS) -> numpy.ndarray[Any, Any]:
    """One row per token: ``attrs`` then the quotation state."""
    columns = doc.to_array(list(attrs)).astype("uint64")
    if columns.ndim == 1:  # a one-token doc
        columns = columns.reshape((len(doc), len(attrs)))
    state = quotation_state(doc).reshape((len(doc), 1))
    return numpy.hstack([columns, state])


def quotation_state(doc: Doc) -> numpy.ndarray[Any, Any]:
    """Per token: OUTSIDE a quotation, INSIDE one, or one of its MARKs."""
    state = numpy.zeros((len(doc),), dtype="uint64")
    starts = [token.idx for token in doc]
    for quote in whole_quotations(find_quotes(doc.text)):
        first = bisect.bisect_left(starts, quote.inner_start)
        last = bisect.bisect_left(starts, quote.inner_end)
        state[first:last] = INSIDE
        for edge in (quote.start, quote.end - 1):
            at = bisect.bisect_right(starts, edge) - 1
            if 0 <= at < len(doc) and doc[at].idx <= edge < doc[at].idx + len(doc[at].text):
                state[at] = MARK
    return state
