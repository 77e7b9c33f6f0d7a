"""claimx's spaCy components. Importing this package registers every ``claimx_*`` factory.

| factory | runs | assigns |
|---|---|---|
| ``claimx_structure`` | before the parser | sentence starts at paragraph breaks, headings, the date marker; ``doc.spans["claimx_headings"]`` |
| ``claimx_pos`` | in place of ``attribute_ruler`` | the same ``token.pos``, ``token.morph`` and ``token.lemma`` exceptions, by table lookup |
| ``claimx_lemmas`` | in place of ``lemmatizer`` | nothing per Doc: ``lemmas.lemma_of(token)`` asks the lemmatizer it keeps |
| ``claimx_entities`` | after ``ner`` | cleaned ``doc.ents`` |
| ``claimx_dates`` | after ``claimx_entities`` | ``doc.spans["claimx_dates"]`` with ``span._.claimx_date`` |
| ``claimx_money`` | after ``claimx_entities`` | ``doc.spans["claimx_money"]`` with ``span._.claimx_money`` |
| ``claimx_percentages`` | after ``claimx_entities`` | ``doc.spans["claimx_percentages"]`` with ``span._.claimx_percent`` |
| ``claimx_attribution`` | last | ``doc._.claimx_claims`` and ``doc.spans["claimx_cues" / "claimx_sources" / "claimx_contents"]`` |
"""  # noqa: E501

from claimx.components import (
    attribution,
    dates,
    entities,
    lemmas,
    money,
    percentages,
    pos,
    structure,
)
from claimx.components.extensions import register_extensions

register_extensions()

__all__ = ["attribution", "dates", "entities", "lemmas", "money", "percentages", "pos", "structure"]
