"""Word pieces and windows for ``claimx_encoder_roles``: each spaCy token's word pieces, the
overlapping windows (cut at token and, where one is near, sentence boundaries) an article is
read in, which window each token is read from, and the tensors of one forward pass.

No torch at module level: it is handed in by the caller."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc

WINDOWS_PER_PASS = 8  # windows in one forward pass (memory: attention grows with windows)


# --- word pieces and windows --------------------------------------------------------------


@dataclass
class _Read:
    """One window of one doc: its word pieces (specials included) and, for each token read
    from it, where its first piece is."""

    doc: int
    ids: list[int]
    tokens: list[int]  # the doc's token indices read here
    firsts: list[int]  # their first piece's position in ids


class _Pieces:
    """Word pieces per spaCy token, and the windows an article is read in."""

    def __init__(self, tokenizer: Any, max_pieces: int) -> None:
        self.tokenizer = tokenizer
        # The special pieces around a window ([CLS] ... [SEP], <s> ... </s>), as the
        # tokenizer adds them to a word.
        plain = list(tokenizer("a", add_special_tokens=False)["input_ids"])
        full = list(tokenizer("a")["input_ids"])
        at = next(i for i in range(len(full)) if full[i : i + len(plain)] == plain)
        self.prefix, self.suffix = full[:at], full[at + len(plain) :]
        self.budget = max(8, max_pieces - len(self.prefix) - len(self.suffix))
        # A byte-level BPE (RoBERTa) reads "a" and " a" differently: a word after a space is
        # given its space. WordPiece and SentencePiece do not care.
        spaced = list(tokenizer(" a", add_special_tokens=False)["input_ids"])
        self.space_matters = plain != spaced

    def of(self, doc: Doc) -> list[list[int]]:
        texts, where = [], []
        for token in doc:
            if token.is_space or not token.text.strip():
                continue
            spaced = self.space_matters and token.i > 0 and bool(doc[token.i - 1].whitespace_)
            texts.append(" " + token.text if spaced else token.text)
            where.append(token.i)
        pieces: list[list[int]] = [[] for _ in doc]
        if texts:
            encoded = self.tokenizer(texts, add_special_tokens=False)["input_ids"]
            for i, ids in zip(where, encoded, strict=True):
                pieces[i] = list(ids[: self.budget])
        return pieces

    def reads(self, doc: Doc, overlap: int, index: int) -> list[_Read]:
        pieces = self.of(doc)
        spans = windows([len(p) for p in pieces], self.budget, overlap, sentence_starts(doc))
        owner = owners(pieces, spans)
        reads = []
        for number, (start, end) in enumerate(spans):
            ids = list(self.prefix)
            tokens, firsts = [], []
            for i in range(start, end):
                if pieces[i] and owner[i] == number:
                    tokens.append(i)
                    firsts.append(len(ids))
                ids.extend(pieces[i])
            ids.extend(self.suffix)
            if tokens:
                reads.append(_Read(index, ids, tokens, firsts))
        return reads


def sentence_starts(doc: Doc) -> set[int]:
    if not doc.has_annotation("SENT_START"):
        return set()
    return {token.i for token in doc if token.is_sent_start}


def windows(
    counts: Sequence[int], budget: int, overlap: int, starts: AbstractSet[int] = frozenset()
) -> list[tuple[int, int]]:
    """Token ranges [start, end) of at most ``budget`` pieces each, consecutive ones sharing
    about ``overlap`` pieces. A window ends at a sentence start where one lies in its second
    half; the next begins at a sentence start where one lies in the overlap."""
    n = len(counts)
    result: list[tuple[int, int]] = []
    start = 0
    while start < n:
        end, used = start, 0
        while end < n and used + counts[end] <= budget:
            used += counts[end]
            end += 1
        end = max(end, start + 1)
        if end < n:
            half = [
                i
                for i in range(start + 1, end)
                if i in starts and sum(counts[start:i]) >= budget // 2
            ]
            if half:
                end = half[-1]
        result.append((start, end))
        if end >= n:
            break
        following = end
        if overlap > 0:
            shared = 0
            while following > start + 1 and shared + counts[following - 1] <= overlap:
                following -= 1
                shared += counts[following]
            in_overlap = [i for i in range(following, end) if i in starts]
            if in_overlap:
                following = in_overlap[0]
        start = max(following, start + 1)
    return result


def owners(pieces: Sequence[Sequence[int]], spans: Sequence[tuple[int, int]]) -> list[int]:
    """For each token, the window it is read from: the one where it stands farthest (in
    pieces) from either edge."""
    owner = [-1] * len(pieces)
    best = [-1] * len(pieces)
    for number, (start, end) in enumerate(spans):
        total = sum(len(pieces[i]) for i in range(start, end))
        before = 0
        for i in range(start, end):
            distance = min(before, total - before - len(pieces[i]))
            if distance > best[i]:
                best[i], owner[i] = distance, number
            before += len(pieces[i])
    return owner


def _passes(reads: Sequence[Sequence[_Read]]) -> Iterator[list[_Read]]:
    flat = [read for doc_reads in reads for read in doc_reads]
    for at in range(0, len(flat), WINDOWS_PER_PASS):
        yield flat[at : at + WINDOWS_PER_PASS]


def _passes_with(
    reads: list[_Read], truths: list[list[int]]
) -> Iterator[tuple[list[_Read], list[list[int]]]]:
    for at in range(0, len(reads), WINDOWS_PER_PASS):
        yield reads[at : at + WINDOWS_PER_PASS], truths[at : at + WINDOWS_PER_PASS]


def _tensors(torch: Any, group: Sequence[_Read]) -> tuple[Any, Any, Any]:
    """Piece ids padded to the longest window, the attention mask, and each read token's first
    piece as an index into the flattened (window, piece) grid."""
    length = max(len(read.ids) for read in group)
    ids = torch.zeros((len(group), length), dtype=torch.long)
    mask = torch.zeros((len(group), length), dtype=torch.long)
    where: list[int] = []
    for row, read in enumerate(group):
        ids[row, : len(read.ids)] = torch.tensor(read.ids)
        mask[row, : len(read.ids)] = 1
        where.extend(row * length + first for first in read.firsts)
    return ids, mask, torch.tensor(where, dtype=torch.long)
