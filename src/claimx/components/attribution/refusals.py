"""Refusals to say, which claim nothing: "declined to comment", "would not say whether ...",
"Neither the police nor the council would comment", a refusal reported ("said the company
does not comment on speculation"), the news formula of an anonymous source ("asked not to be
named"), and the grounds given for a refusal ("citing their age"). Read by ``says_nothing``
and by ``next_acts`` (a refusal joined to a report is the speaker's next act).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import SUBJECTS
from claimx.components.lemmas import lemma_of


def a_refusal(verb: Token, lemma: str) -> bool:
    """A refusal to say is not a claim of anything: "declined to comment", "refused to say
    whether ...", "did not respond to a request for comment", "does not comment on market
    speculation", "would not say when ...". A denial ("did not deny that ...") still is."""
    head = verb.head
    if verb.dep_ == "xcomp" and lemma_of(head).lower() in lexicon.REFUSAL_VERBS:
        return True
    negated = any(child.dep_ == "neg" and child.i < verb.i for child in verb.children)
    if not negated and not no_one_speaks(verb):
        return False  # ('said "probably not"': the quoted "not" is what was said)
    if lemma in lexicon.NO_COMMENT_VERBS:
        return True
    if lemma in lexicon.NON_DISCLOSURE_VERBS and not any(c.dep_ == "ccomp" for c in verb.children):
        return True  # "would not confirm her travel plans"
    complements = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj")]
    return not complements or any(c.left_edge.lower_ in lexicon.QUESTION_WORDS for c in complements)


def grounds_for_a_refusal(verb: Token) -> bool:
    """ "declined to name the teenagers, citing their age", "voted to refuse the application,
    citing road safety": why nothing was said, or why a vote went as it did."""
    head = verb.head
    acts = lexicon.REFUSAL_VERBS | _DECISIONS
    return (
        verb.lower_ == "citing"  # not "declined to comment, saying that ...": a report
        and verb.dep_ in ("advcl", "xcomp", "conj")
        and (
            lemma_of(head).lower() in acts
            or (head.dep_ == "xcomp" and lemma_of(head.head).lower() in acts)
        )
    )


_DECISIONS = lexicon.word_set("vote decide refuse reject approve")


def a_request_for_anonymity(verb: Token, lemma: str) -> bool:
    """ "one of the people, who asked not to be identified because the talks are private",
    "spoke on condition that she not be named": the news formula for an anonymous source; it
    asks for something and claims nothing."""
    return lemma in lexicon.ANONYMITY_REQUEST_VERBS and any(
        child.dep_ in ("xcomp", "ccomp")
        and any(c.dep_ == "auxpass" for c in child.children)
        and (lemma_of(child).lower() in lexicon.NAMING_VERBS or _withholds_a_name(child))
        for child in verb.children
    )


def _withholds_a_name(clause: Token) -> bool:
    """ "asked that her name not be used", "asked for his surname to be withheld"."""
    return any(
        c.dep_ == "nsubjpass" and lemma_of(c).lower() in lexicon.IDENTITY_NOUNS
        for c in clause.children
    )


def a_refusal_to_say(verb: Token, lemma: str) -> bool:
    """ "declined to comment on the dispute", "refused to say whether ...": the refusing verb
    itself, with what it refuses (a verb of saying) as its complement."""
    return lemma in lexicon.REFUSAL_VERBS and any(
        child.dep_ == "xcomp"
        and lemma_of(child).lower() in lexicon.NO_COMMENT_VERBS | lexicon.CLAUSE_VERBS
        for child in verb.children
    )


def a_reported_refusal(verb: Token) -> bool:
    """ "A spokesman said the company does not comment on market speculation", "said it would
    not comment": what is reported is a refusal to say, which claims nothing."""
    doc = verb.doc
    return any(
        c.dep_ == "ccomp"
        and c.i > verb.i
        and lemma_of(c).lower() in lexicon.NO_COMMENT_VERBS
        and any(n.dep_ == "neg" and n.i < c.i for n in c.children)
        # indirect speech only: a quotation ('said: "We do not comment on leaks. ..."') may
        # say more than the refusal
        and not any(t.is_quote or t.text == ":" for t in doc[verb.i + 1 : c.left_edge.i + 1])
        and not _a_silence_complained_of(c)
        for c in verb.children
    )


def _a_silence_complained_of(clause: Token) -> bool:
    """ "Its chair says the council has not answered either of the group's letters": another
    party's silence, told as something that has (not) happened, is the speaker's complaint,
    a claim; a refusal is the speaker's own ("it would not comment", "the company does not
    comment on speculation")."""
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ == "PRON":
        return False
    tense = {c.lower_ for c in clause.children if c.dep_ == "aux"}
    return bool(tense & {"has", "have", "had", "did"})


def no_one_speaks(verb: Token) -> bool:
    """ "Neither the police nor the council would comment", "No one would say when ...",
    "Nobody disputes the number", "Not everyone in the room opposed the merger": the subject
    carries the negation, so no one is reported (not "No fewer than 40 residents said")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None:
        return False
    first = subject.left_edge
    after = verb.doc[first.i + 1] if first.i + 1 < len(verb.doc) else None
    counted = first.lower_ == "no" and after is not None and after.lower_ in _COMPARATIVES
    return first.lower_ in _NEGATING_WORDS and not counted


_NEGATING_WORDS = lexicon.word_set("neither no none nobody nothing noone not")
_COMPARATIVES = lexicon.word_set("fewer less more")
