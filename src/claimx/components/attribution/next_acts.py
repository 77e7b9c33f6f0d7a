"""A speaker's next act, which the parser joins to the reported clause: in "The company said
margins had narrowed and suspended its dividend", "suspended" is the company's, not part of
what it said; in "told the paper that he understood the anger but feared the delay", "feared"
goes on with the report. Read by the sources (whose act it is) and by ``report_ends`` (where
the content stops).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import (
    SUBJECTS,
    grammatical_number,
    number_of_the_auxiliary,
)
from claimx.components.attribution.refusals import a_refusal
from claimx.components.attribution.source_types import type_by_head_noun
from claimx.components.lemmas import lemma_of


def reporting_verb_of_next_act(verb: Token) -> Token | None:
    """The verb of saying whose subject's next act ``verb`` is, when the parser joined it to
    the reported clause instead: in "The company said margins had narrowed and suspended its
    dividend", "suspended" (in the tense of "said", with no subject or auxiliary of its own)
    is joined to "had narrowed" (whose tense an auxiliary made)."""
    complement = verb.head
    said = _the_verb_reporting(complement)
    if verb.dep_ != "conj" or said is None or said.i > complement.i:
        return None
    if any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    if _agrees_only_with_the_speaker(verb, said, complement):
        return said  # "The driver said the brakes failed and was later arrested"
    if lemma_of(verb).lower() in _SAYING_MORE and a_refusal(verb, lemma_of(verb).lower()):
        return said  # "said officials were reviewing the study but did not say whether ..."
    if _repeats_the_cues_auxiliary(verb, said, complement):
        return said  # "had warned that rain could trigger floods and had asked tourists ..."
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    if lemma_of(verb).lower() in ("be", "have"):
        # "said the firm was studying the ruling and was likely to appeal", "told the jury his
        # client had been terrified and had no way of knowing ...": a state, not an act
        return None
    if _an_act_no_thing_does(verb, complement):
        return said
    if _shares_the_modal(verb, complement) or _shares_the_passive(verb, complement):
        return None
    tag = verb.tag_
    complement_auxiliary = any(c.dep_ in ("aux", "auxpass") for c in complement.children)
    if tag == "VB" and not complement_auxiliary and complement.tag_ in _FINITE:
        tag = said.tag_  # "cut", "put", "set": a past form the tagger read as a bare one
    if tag == "NNS" and any(c.dep_ == "cc" and c.i < verb.i for c in complement.children):
        tag = "VBZ"  # "..., and points to ...": a verb coordinated with a verb, read as a noun
    if tag not in ("VBD", "VBZ") or said.tag_ != tag:
        return None
    if complement.tag_ != tag and complement_auxiliary:
        return None if _may_share_the_pluperfect(verb, complement) else said
    return said if _owned_by_the_speaker(verb, said, complement) else None


_FINITE = frozenset({"VBD", "VBZ", "VBP"})
# A refusal to say more is the speaker's ("but did not say whether ..."); other negated verbs
# go on with the report ("had not decided whether to appeal").
_SAYING_MORE = lexicon.NO_COMMENT_VERBS | lexicon.NON_DISCLOSURE_VERBS | lexicon.word_set("say")


def _may_share_the_pluperfect(verb: Token, complement: Token) -> bool:
    """ "Mr Ruthven had sold the campervan and handed £41,000 to the trust": a regular past
    form is spelt like the participle and may take the report's "had", when the report's
    subject is one who acts (a name, a pronoun); "margins had narrowed and suspended ..." is
    the speaker's act."""
    had = any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in complement.children)
    subject = next((c for c in complement.children if c.dep_ == "nsubj"), None)
    reports = lemma_of(verb).lower() in lexicon.CUE_VERBS
    # "Smith had shown no remorse and jailed him": done to the report's subject, by the speaker
    to_them = any(c.dep_ == "dobj" and c.lower_ in ("him", "her", "them") for c in verb.children)
    return (
        had
        and not reports  # "it had facilitated the convoy and accused rebels of ...": a report
        and not to_them
        and verb.lower_.endswith("ed")
        and subject is not None
        and (subject.pos_ in ("PROPN", "PRON") or subject.ent_type_ in ("PERSON", "ORG"))
    )


def _repeats_the_cues_auxiliary(verb: Token, said: Token, complement: Token) -> bool:
    """ "The department had warned that heavy rain could trigger floods and had asked tourists
    to stay away": the joined verb takes the cue's auxiliary ("had"), not the report's
    ("could")."""

    def auxiliary(token: Token) -> str | None:
        found = [c.lower_ for c in token.children if c.dep_ == "aux"]
        return found[0] if found else None

    own = auxiliary(verb)
    return own is not None and own == auxiliary(said) != auxiliary(complement)


def _agrees_only_with_the_speaker(verb: Token, said: Token, complement: Token) -> bool:
    """A joined predicate whose "was/were" agrees with the speaker and not with the reported
    clause's subject ("the brakes ... was later arrested") is the speaker's."""
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    reported = next((c for c in complement.children if c.dep_ in SUBJECTS), None)
    wanted = number_of_the_auxiliary(verb)
    if speaker is None or reported is None or wanted is None:
        return False
    return grammatical_number(speaker) == wanted != grammatical_number(reported)


def state_of_mind_after_the_report(verb: Token) -> bool:
    """ "told the paper that he understood the anger but feared the delay", with "feared"
    joined by the parser to "told": a state of mind with no subject of its own, after a "that"
    clause whose subject is a pronoun, goes on with that clause ("he ... feared")."""
    said = verb.head
    if verb.dep_ != "conj" or lemma_of(verb).lower() not in lexicon.STATE_OF_MIND_VERBS:
        return False
    if any(c.dep_ in SUBJECTS for c in verb.children) or said.i > verb.i:
        return False
    return any(
        clause.dep_ == "ccomp"
        and clause.i < verb.i
        and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
        and any(c.dep_ in SUBJECTS and c.pos_ == "PRON" for c in clause.children)
        for clause in said.children
    )


def _shares_the_modal(verb: Token, complement: Token) -> bool:
    """ "said Nordvik would delay four vessels and cut 600 jobs": a bare form after a clause
    whose verb has a modal takes the modal too ("would ... cut"), whatever the tagger made of
    it (a past form spelt like the bare one)."""
    modal = any(c.dep_ == "aux" and c.tag_ == "MD" for c in complement.children)
    return modal and verb.lower_ == lemma_of(verb).lower()


def _shares_the_passive(verb: Token, complement: Token) -> bool:
    """ "said the swap had been agreed weeks ago and held back ...": a participle after a
    passive clause takes its "had been" too; so does a past form with no object, which the
    tagger cannot tell from a participle ("held"), where an act of the speaker's has one ("and
    suspended its dividend")."""
    participle = verb.tag_ == "VBN" or (
        verb.tag_ == "VBD"
        # no object, and no clause of its own ("and denied that anyone had been mistreated")
        and not any(c.dep_ in ("dobj", "dative", "ccomp") for c in verb.children)
    )
    return participle and any(c.dep_ == "auxpass" for c in complement.children)


def _the_verb_reporting(clause: Token) -> Token | None:
    """The verb whose reported clause this is: its head for a complement; for a "that" clause
    the parser hung on a noun of the verb's phrase ("said in a statement that ..."), the verb
    above the phrase."""
    if clause.dep_ == "ccomp":
        return clause.head
    noun = clause.head
    marked = any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
    if clause.dep_ != "acl" or not marked or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    verb = noun.head.head
    return verb if verb.pos_ == "VERB" and verb.i < noun.i else None


def _an_act_no_thing_does(verb: Token, complement: Token) -> bool:
    """ "said the checkpoints were illegal and demanded their removal": checkpoints demand
    nothing; an act of speech joined to a reported clause about a thing (a common noun that
    names no person, group or body) is the speaker's."""
    if lemma_of(verb).lower() not in lexicon.SPEECH_ACT_VERBS:
        return False
    subject = next((c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return (
        subject is not None
        and subject.pos_ in ("NOUN", "VERB")  # a plural the tagger read as a verb ("gusts")
        and not subject.ent_type_
        and type_by_head_noun(subject) is None
    )


def _owned_by_the_speaker(verb: Token, said: Token, complement: Token) -> bool:
    """In "Analysts wrote that the suspension was prudent and cut their price target", the
    tense tells nothing, but "their" does: a possessive on the verb's object that agrees in
    number with the speaker and not with the reported clause's subject."""
    speaker = next((c for c in said.children if c.dep_ == "nsubj"), None)
    subject = next((c for c in complement.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if speaker is None or subject is None:
        return False
    owners = [
        p.lower_
        for obj in verb.children
        if obj.dep_ == "dobj"
        for p in obj.children
        if p.dep_ == "poss" and p.lower_ in _NUMBER_OF_POSSESSIVE
    ]
    if not owners:
        return False
    number = _NUMBER_OF_POSSESSIVE[owners[0]]
    return _number(speaker) == number != _number(subject)


_NUMBER_OF_POSSESSIVE = {"their": "plural", "its": "singular"}


def _number(noun: Token) -> str | None:
    if noun.lower_ in ("they", "we") or noun.tag_ in ("NNS", "NNPS"):
        return "plural"
    if noun.lower_ in ("it", "he", "she") or noun.tag_ in ("NN", "NNP"):
        return "singular"
    return None
