"""What a court or an inquiry heard: "Stenmoor Crown Court heard that the defendant had sent
200 messages", "The inquiry was told ..." is read by the passive readers. Court and inquiry
reports give evidence this way: the body named is the listener, not the speaker, so the claim
has no source (the witness or counsel who said it is not named here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import Draft, indices
from claimx.components.lemmas import lemma_of

if TYPE_CHECKING:
    from claimx.components.attribution.cue_rule import CueRule


def heard_by_a_body(verb: Token, rules: Sequence[CueRule] = ()) -> Draft | None:
    """ "The court heard that ...", "Jurors heard how ...": the clause heard, with no source."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or lemma_of(subject).lower() not in lexicon.LISTENING_BODIES:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    if not clauses:
        return None
    content = {i for clause in clauses for i in indices(clause.subtree)}
    return Draft((verb.i, verb.i + 1), "hear", None, content, sourceless=True)
