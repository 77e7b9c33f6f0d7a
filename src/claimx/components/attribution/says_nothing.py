"""Cues that report no claim at all: a refusal to say, a question, a request for anonymity, a
headline's passive. One test, ``claims_nothing``, for the rules' verbs (``builders``) and the
learned claims' cues (``learned``) alike.
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import SUBJECTS, in_a_heading
from claimx.components.attribution.next_acts import reporting_verb_of_next_act
from claimx.components.attribution.refusals import (
    a_refusal,
    a_refusal_to_say,
    a_reported_refusal,
    a_request_for_anonymity,
    grounds_for_a_refusal,
    no_one_speaks,
)
from claimx.components.lemmas import lemma_of


def claims_nothing(verb: Token, content: set[int]) -> bool:
    """Does this cue verb, with this content, report no claim at all? A question put to the
    speaker ("Asked whether ..."), a refusal to say ("declined to comment", "would not say
    whether ..."), a reported refusal ("said it does not comment on speculation"), an open
    question ("asked why ..."), a cue under "whether" ("asked whether she had mentioned it"), a
    headline's passive ("Treasurer denied bail"). The rules' verbs are checked on the way
    (``reporting_verb``); the learned claims' cues go through the same test."""
    lemma = lemma_of(verb).lower()
    return (
        _a_question_put_to_the_speaker(verb, lemma)
        or a_refusal(verb, lemma)
        or a_refusal_to_say(verb, lemma)
        or _a_headlines_passive(verb)
        or in_an_open_question(verb)
        or _an_open_question(verb, lemma, content)
        or a_reported_refusal(verb)
        or a_request_for_anonymity(verb, lemma)
        or _asked_as_a_question(verb)
        or _an_imperative(verb)
        or _you_know(verb, lemma)
        or _a_verdict(verb, lemma)
        or _a_plea(verb, lemma)
        or _a_ruling_on_an_application(verb, lemma)
        or _an_unmade_report(verb)
        or _advice_or_ability(verb, lemma)
        or _a_claim_for_money(verb, lemma)
        or _the_writers_own_plea(verb, lemma)
        or _not_ruled_out(verb, lemma)
        or grounds_for_a_refusal(verb)
        or no_one_speaks(verb)
        or _results_posted(verb, lemma)
        or _finding_on_the_way(verb, lemma)
        or _a_cause_that_helps(verb)
        or _telling_lies(verb, lemma)
    )


_PLEAS = lexicon.word_set("ask urge call appeal encourage implore beg invite")


def _the_writers_own_plea(verb: Token, lemma: str) -> bool:
    """ "I am asking you to pause the second phase", "I urge the minister to think again", a
    live blog's "We'd urge anyone in the area to ...": the writer's own plea, in the present,
    is the article speaking, not a report of anyone."""
    if lemma not in _PLEAS or any(c.dep_ == "ccomp" for c in verb.children):
        return False  # "I tell you that ..." reports what the speaker says
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    auxiliaries = [c.lower_ for c in verb.children if c.dep_ == "aux"]
    present = verb.tag_ in ("VBP", "VBG") and not any(
        a in ("was", "were", "had", "did") for a in auxiliaries
    )
    # "We'd urge anyone in that area to ...": the live blog's own plea, softened
    softened = verb.tag_ == "VB" and any(a in ("'d", "would") for a in auxiliaries)
    if subject is None or subject.lower_ not in ("i", "we"):
        return False
    return (present and subject.lower_ == "i") or softened


def _not_ruled_out(verb: Token, lemma: str) -> bool:
    """ "has not ruled out an appeal": that it might happen is no claim that it will."""
    return (
        lemma == "rule"
        and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children)
        and any(c.dep_ == "neg" for c in verb.children)
    )


def _a_cause_that_helps(verb: Token) -> bool:
    """ "..., which helped explain why 90 per cent of the trees survived", "helps show": a
    cause, not a report."""
    return verb.dep_ == "xcomp" and lemma_of(verb.head).lower() == "help"


_UNTRUTHS = lexicon.word_set("lie lies untruth untruths truth joke jokes")


def _telling_lies(verb: Token, lemma: str) -> bool:
    """ "told 'lie after lie' to the police", "told the truth": telling as an act, with no
    report of what was told."""
    if lemma != "tell" or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and lemma_of(objects[0]).lower() in _UNTRUTHS


# Modals of advice, duty and ability on a directive: "Councillors should demand the figures",
# "Customers can call the helpline", "voters must ask the council to ...". Asking that
# someone should or could ask has asked nothing (none of the everyday news sets annotates
# one). A modal on a verb of saying stays: PolNeAR annotates "I should say that ..." and
# "could deny mining permits" with the modal in the cue.
_ADVICE_OR_ABILITY = lexicon.word_set("should must can ought")
_DIRECTIVES = lexicon.URGE_VERBS | lexicon.word_set("demand")


def _advice_or_ability(verb: Token, lemma: str) -> bool:
    if lemma not in _DIRECTIVES and not _advice_to_speak(verb):
        return False
    # "should publish a list and tell contractors that ...": the modal of the verb it joins,
    # unless the parser joined the speaker's next act to the report ("say the rain should
    # turn to snow, but warn that ...")
    joined = verb.dep_ == "conj" and reporting_verb_of_next_act(verb) is None
    carriers = [verb, verb.head] if joined else [verb]
    return any(
        c.dep_ == "aux" and c.lower_ in _ADVICE_OR_ABILITY for v in carriers for c in v.children
    )


def _advice_to_speak(verb: Token) -> bool:
    """ "They should also insist on seeing the assessment", "The minister must explain why":
    what someone ought to say has not been said (the modal on the cue itself). Not "I should
    say that ...", which says it."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in ("i", "we"):
        return False
    return any(c.dep_ == "aux" and c.lower_ in ("should", "must", "ought") for c in verb.children)


def _results_posted(verb: Token, lemma: str) -> bool:
    """ "posted an 18-percent drop in net income", "posted a record profit": a company's
    results, an act of its accounts (not "posted on social media that ...")."""
    if lemma not in ("post", "record", "book"):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (
        lemma_of(objects[0]).lower() in _RESULTS
        or any(t.ent_type_ in ("PERCENT", "MONEY") for t in objects[0].subtree)
    )


_RESULTS = lexicon.word_set(
    "loss profit drop rise fall gain decline increase decrease surge slump result results "
    "revenue revenues earnings sales deficit surplus growth"
)


def _a_claim_for_money(verb: Token, lemma: str) -> bool:
    """ "so that he could claim €900,000 from his insurer", "claimed expenses": a demand for
    payment, not an assertion."""
    if lemma != "claim":
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and (
        objects[0].ent_type_ == "MONEY" or any(c.lower_ == "from" for c in verb.children)
    )


def _an_unmade_report(verb: Token) -> bool:
    """ "The islanders deserve to know how the contract went wrong", "She wants to say that
    ...": a report wanted, needed or planned has not been made."""
    if verb.dep_ == "xcomp" and lemma_of(verb.head).lower() in lexicon.UNMADE_REPORT_VERBS:
        return True
    # "Coroner to warn council over junction": a headline's "to" is a report still to come
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return infinitive and verb.dep_ == "ROOT" and in_a_heading(verb)


def _finding_on_the_way(verb: Token, lemma: str) -> bool:
    """ "ran outside to find her husband slumped against a car": finding, as an infinitive,
    is coming upon something, not reporting it."""
    return lemma == "find" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _a_plea(verb: Token, lemma: str) -> bool:
    """ "Tullis had denied 11 counts of fraud", "He denies murder", "admitted embezzling
    £212,460": a defendant's plea, an act of the court's procedure like "pleaded not guilty"
    ("denied that he had taken the money" and "denied the allegations" are claims)."""
    if lemma not in ("deny", "admit") or (lemma == "admit" and not _a_defendant(verb)):
        return False  # "He admitted stealing the painting" may be a confession
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects and lemma_of(objects[0]).lower() in lexicon.CHARGE_WORDS:
        return True
    # "denies causing death by dangerous driving": the charge as a gerund
    gerunds = [c for c in verb.children if c.dep_ in ("xcomp", "ccomp") and c.tag_ == "VBG"]
    return any(lemma_of(t).lower() in _OFFENCES for g in gerunds for t in g.subtree)


def _a_defendant(verb: Token) -> bool:
    """Court copy names a defendant with age and address ("Graham Ruthven, 58, of Glenbrae
    Road, admitted ...")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and any(
        t.like_num and t.i > subject.i and t.nbor(-1).text == "," for t in subject.subtree
    )


_OFFENCES = lexicon.CHARGE_WORDS | lexicon.CRIMES_DONE | lexicon.word_set("death injury harm")


def _a_verdict(verb: Token, lemma: str) -> bool:
    """ "The jury found him guilty of murder": a verdict, an act like "convicted" ("the court
    found that the search was illegal" and "found the firm liable" are findings, claims)."""
    return lemma == "find" and any(
        c.dep_ in ("ccomp", "oprd", "xcomp") and c.lower_ == "guilty" for c in verb.children
    )


def _asked_as_a_question(verb: Token) -> bool:
    """ "Do you know where the returns are?", "Did she say that?": the cue itself is asked
    about (an auxiliary before its subject, in a sentence that ends in a question mark)."""
    ends = [t.text for t in verb.sent[-2:]]  # "...?" or '...?"'
    if verb.dep_ != "ROOT" or "?" not in ends:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and any(c.dep_ == "aux" and c.i < subject.i for c in verb.children)


def _an_imperative(verb: Token) -> bool:
    """ "Now tell us this isn't a witch hunt!", "Say what you like about him, ...": a bare verb
    that governs its sentence with no subject is a command, not a report."""
    return (
        verb.dep_ == "ROOT"
        and verb.tag_ == "VB"
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)
    )


def _you_know(verb: Token, lemma: str) -> bool:
    """ "And, you know, I don't think ...": the filler "you know" reports nothing."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if lemma != "know" or subject is None or subject.lower_ != "you":
        return False
    doc = verb.doc
    after = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    return subject.i == verb.i - 1 and after is not None and after.text in (",", "—", "–")


def _a_ruling_on_an_application(verb: Token, lemma: str) -> bool:
    """ "The court denied a motion to dismiss the charges", "granted bail", "rejected the
    application": a ruling on what was put to the court, an act of its procedure ("rejected
    the claim that ..." and "denied the allegations" are claims)."""
    if lemma not in lexicon.RULING_VERBS or any(c.lower_ == "as" for c in verb.children):
        return False  # "rejected the request as absurd" says what it is
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and lemma_of(objects[0]).lower() in lexicon.APPLICATION_NOUNS


# "is about to find out what that promise is worth", "will learn whether ...": an answer
# still to be found, or known, is no claim of what it is.
_FINDING_OUT = lexicon.word_set("find learn know discover")


def _an_open_question(verb: Token, lemma: str, content: set[int]) -> bool:
    """ "She asked why the city had not looked elsewhere", "Residents know how the contract
    went wrong": a question asked, or known to have an answer, claims nothing."""
    if lemma not in lexicon.OPEN_QUESTION_VERBS | _FINDING_OUT or not content:
        return False
    first = verb.doc[min(content)]
    return first.lower_ in lexicon.QUESTION_WORDS


def in_an_open_question(verb: Token) -> bool:
    """A report asked about or supposed ("declined to say whether he would mention the
    incident", "it is unclear if she will deny it") has not been made."""
    if any(c.dep_ == "mark" and c.lower_ in _OPEN_MARKS for c in verb.children):
        return True
    # "Several readers asked why I did not mention accidents": a report in what was asked
    asked = verb.dep_ == "ccomp" and lemma_of(verb.head).lower() in lexicon.OPEN_QUESTION_VERBS
    return asked and verb.left_edge.lower_ in _WH_ADVERBS


_OPEN_MARKS = lexicon.word_set("whether if")
_WH_ADVERBS = lexicon.word_set("why how when where")


def _a_headlines_passive(verb: Token) -> bool:
    """A headline reports in the present ("Treasurer denies fraud"); a past form with an
    object there is a passive without its "was" ("Former treasurer denied bail as case
    widens", "Striker shown red card"): something done to the subject, nothing said."""
    return (
        verb.tag_ in ("VBD", "VBN")
        and any(c.dep_ == "dobj" for c in verb.children)
        and in_a_heading(verb)
    )


def _a_question_put_to_the_speaker(verb: Token, lemma: str) -> bool:
    """ "Asked whether he would resign, Berg said he would not": the participle sets the scene
    for the answer; the question is nobody's claim (the answer, the main verb's, is)."""
    return (
        lemma in lexicon.QUESTION_VERBS
        and verb.tag_ == "VBN"
        and verb.dep_ in ("advcl", "ccomp", "dep")
        and not any(child.dep_ in SUBJECTS for child in verb.children)
    )
