"""claimx_entities: clean ``doc.ents`` where the small English model is reliably wrong in news.

- Generic acronyms ("AI", "CEO") are not named entities.
- A PERSON entity with a possessive inside ("Anthropic's AI") names its owner, not a person:
  it becomes the owner ("Anthropic"), labelled as the owner is labelled elsewhere in the article,
  or ORG. An ORG that owns a generic thing ("Anthropic's AI", "Google's engineers") likewise.
- An ISO date is one DATE entity; "£45m" keeps its "m".
- Figures keep their qualifier outside the entity ("around $380 billion" -> "$380 billion"), so
  the MONEY span is the figure and the qualifier is reported as a field.
"""

from __future__ import annotations

import re
from collections import Counter

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from claimx.components.doctext import doc_text
from claimx.normalise.money import split_qualifier

NOT_ENTITIES = frozenset({"AI", "A.I.", "CEO", "CFO", "CTO", "COO", "GDP", "IPO", "LLM", "LLMs"})
FIGURE_LABELS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_POSSESSIVES = frozenset({"'s", "’s", "'", "’"})


@Language.factory("claimx_entities", requires=["doc.ents"], assigns=["doc.ents"])
def make_entity_cleaner(nlp: Language, name: str) -> EntityCleaner:
    return EntityCleaner()


class EntityCleaner:
    def __call__(self, doc: Doc) -> Doc:
        labels_by_text = _labels_by_text(doc)
        cleaned: list[Span] = []
        for ent in doc.ents:
            fixed = clean_entity(ent, labels_by_text)
            if fixed is not None:
                cleaned.append(_with_scale_suffix(fixed))
        # Widening a figure or a date can make it overlap a neighbour: the longer span wins.
        doc.ents = filter_spans(_with_whole_iso_dates(doc, cleaned))
        return doc


def clean_entity(ent: Span, labels_by_text: dict[str, str]) -> Span | None:
    """The corrected entity, or None when it is not a named entity at all."""
    if ent.text in NOT_ENTITIES:
        return None
    if ent.label_ == "PERSON":
        return _owner_of_possessive(ent, labels_by_text)
    if ent.label_ in ("ORG", "GPE") and _possesses_generic_thing(ent):
        return _owner_of_possessive(ent, labels_by_text)
    if ent.label_ in FIGURE_LABELS:
        return _without_qualifier(ent)
    return ent


def _owner_of_possessive(ent: Span, labels_by_text: dict[str, str]) -> Span | None:
    marker = next((t for t in ent[1:-1] if t.text in _POSSESSIVES or t.tag_ == "POS"), None)
    if marker is None:
        return ent
    owner = ent.doc[ent.start : marker.i]
    if owner.text in NOT_ENTITIES:
        return None
    return Span(ent.doc, owner.start, owner.end, label=labels_by_text.get(owner.text, "ORG"))


def _possesses_generic_thing(ent: Span) -> bool:
    """Does the entity own a generic thing? "Anthropic's AI" names Anthropic; "Apple's App
    Store" is a name of its own."""
    marker = next((t for t in ent[1:-1] if t.text in _POSSESSIVES or t.tag_ == "POS"), None)
    if marker is None:
        return False
    owned = ent.doc[marker.i + 1 : ent.end]
    return owned.text in NOT_ENTITIES or all(t.is_lower for t in owned)


def _without_qualifier(ent: Span) -> Span | None:
    qualifier, _ = split_qualifier(ent.text)
    if qualifier is None:
        return ent
    words = len(qualifier.split())
    if words >= len(ent):
        return None
    return Span(ent.doc, ent.start + words, ent.end, label=ent.label_)


def _with_scale_suffix(ent: Span) -> Span:
    """A MONEY entity takes a currency symbol or a scale written against it: "£45m" is
    tokenised "£45" + "m", and the model sometimes leaves "$" out of "$5"."""
    doc = ent.doc
    if ent.label_ != "MONEY":
        return ent
    start, end = ent.start, ent.end
    if start > 0 and doc[start - 1].text in _CURRENCY_SYMBOLS and not doc[start - 1].whitespace_:
        start -= 1
    if end < len(doc) and doc[end].lower_ in _SCALE_SUFFIXES and not doc[end - 1].whitespace_:
        end += 1
    if (start, end) == (ent.start, ent.end):
        return ent
    return Span(doc, start, end, label=ent.label_)


_SCALE_SUFFIXES = frozenset({"m", "bn", "b", "k", "mn", "tn", "trn", "bln", "mln"})
_CURRENCY_SYMBOLS = frozenset({"$", "£", "€", "¥", "₹", "US$", "A$", "C$", "HK$", "₩"})
_ISO_DATE = re.compile(r"(?<![\d-])\d{4}-\d{2}-\d{2}(?![\d-])")


def _with_whole_iso_dates(doc: Doc, ents: list[Span]) -> list[Span]:
    """An ISO date ("2025-11-14") is one DATE, however the tokenizer and the model cut it."""
    dates = []
    for match in _ISO_DATE.finditer(doc_text(doc)):
        span = doc.char_span(match.start(), match.end(), label="DATE", alignment_mode="expand")
        if span is not None:
            dates.append(span)
    if not dates:
        return ents
    kept = [e for e in ents if not any(e.start < d.end and d.start < e.end for d in dates)]
    return sorted(kept + dates, key=lambda span: span.start)


def _labels_by_text(doc: Doc) -> dict[str, str]:
    """The most frequent label of each entity text that is not itself possessive-bearing."""
    counts: dict[str, Counter[str]] = {}
    for ent in doc.ents:
        if any(t.text in _POSSESSIVES for t in ent):
            continue
        counts.setdefault(ent.text, Counter())[ent.label_] += 1
    return {text: counter.most_common(1)[0][0] for text, counter in counts.items()}
