"""What a cue rule is: the shape of an entry of the table in ``rules``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from claimx.components.attribution import verbs
from claimx.components.lemmas import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimx.components.attribution.draft import Draft

Builder = Callable[["Token", Sequence["CueRule"]], "Draft | None"]
ContentReader = Callable[["Token", verbs.ByDep], verbs.Reading]


@dataclass(frozen=True)
class Surface:
    """A pattern of the rule-only pipeline (no parse): a regular expression over a sentence
    with groups ``cue``, ``source`` and ``content``, and the cue's lemma from its words."""

    pattern: str
    lemma: Callable[[str], str]


@dataclass(frozen=True)
class CueRule:
    name: str
    build: Builder
    pos: str | None = None  # the trigger's coarse part of speech (None: any)
    words: frozenset[str] = frozenset()  # lower-case trigger words
    lemmas: frozenset[str] = frozenset()  # trigger lemmas (verbs)
    next_word: str | None = None  # a word that must follow the trigger ("according" "to")
    content: ContentReader | None = None  # verbs: where this class's content is
    fallback: Callable[[Token], set[int]] | None = None  # verbs: when no class reader fits
    reports_quotations: bool = False  # a quotation right before it is its content
    owns_nearby_quotations: bool = True  # may take a quotation in its sentence no claim has
    surfaces: tuple[Surface, ...] = field(default_factory=tuple)

    def matches(self, token: Token, lemma: str | None = None) -> bool:
        """Does this rule trigger on ``token``? (``lemma``: its lowercased lemma, when the
        caller has it already: asking the lemmatizer once per token, not once per rule.)"""
        if self.pos is not None and token.pos_ != self.pos:
            return False
        if (
            self.lemmas
            and (lemma if lemma is not None else lemma_of(token).lower()) not in self.lemmas
        ):
            return False
        if self.words and token.lower_ not in self.words:
            return False
        if self.next_word is not None:
            following = token.i + 1 < len(token.doc) and token.nbor().lower_ == self.next_word
            return following
        return True
