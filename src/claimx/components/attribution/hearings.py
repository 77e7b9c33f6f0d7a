"""What a court or an inquiry heard: "Stenmoor Crown Court heard that the defendant had sent
200 messages", "..., a jury has heard." ("The inquiry was told ..." is read by the passive
readers). Court and inquiry
reports give evidence this way: the body named is the listener, not the speaker, so the claim
has no source (the witness or counsel who said it is not named here)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import Draft, indices
from claimx.components.attribution.parentheticals import closing_tag_at_the_root
from claimx.components.lemmas import lemma_of

if TYPE_CHECKING:
    from claimx.components.attribution.cue_rule import CueRule


def heard_by_a_body(verb: Token, rules: Sequence[CueRule] = ()) -> Draft | None:
    """ "The court heard that ...", "Jurors heard how ...": the clause heard, with no source."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i < verb.i]
    if not subjects or lemma_of(subjects[-1]).lower() not in lexicon.LISTENING_BODIES:
        return None
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i]
    content = {i for clause in clauses for i in indices(clause.subtree)}
    content = content or closing_tag_at_the_root(verb)  # "..., a jury has heard."
    if not content:
        return None
    cue_start = min([verb.i] + [c.i for c in verb.children if c.dep_ == "aux" and c.i < verb.i])
    return Draft((cue_start, verb.i + 1), "hear", None, content, sourceless=True)
