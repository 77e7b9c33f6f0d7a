"""The builders of the rule table: each reads a cue's source and content into a ``Draft``.

``sourceless_adverb`` and ``reporting_noun`` read their cue directly (``according_to`` has its
own module); every verb class shares ``reporting_verb``, which finds the content with the
readers of the verb's classes (``verbs``) and the source with ``sources``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from spacy.tokens import Token

from claimx import lexicon
from claimx.components.attribution.draft import (
    SUBJECTS,
    Draft,
    after_comma,
    indices,
    quotation_closes_before,
)
from claimx.components.attribution.parentheticals import a_closing_tag_read_as_a_noun
from claimx.components.attribution.report_ends import (
    a_second_act_closing_the_report,
    the_speakers_next_act,
    when_it_was_said,
)
from claimx.components.attribution.says_nothing import claims_nothing, in_an_open_question
from claimx.components.attribution.source_types import type_by_head_noun
from claimx.components.attribution.sources import (
    clause_head,
    source_range,
    subject_of,
    verb_source,
)
from claimx.components.attribution.verbs import OPENING_MARKS
from claimx.components.lemmas import lemma_of

if TYPE_CHECKING:
    from claimx.components.attribution.cue_rule import CueRule


def sourceless_adverb(adverb: Token, rules: Sequence[CueRule] = ()) -> Draft:
    """An adverb cue ("talks reportedly stalled") has no source."""
    clause = clause_head(adverb)
    content = set(indices(clause.subtree)) - {adverb.i}
    return Draft((adverb.i, adverb.i + 1), adverb.lower_, None, content, sourceless=True)


# A sourceless verb's children that are not its clause's content: the cue's own auxiliary,
# the clause's marker and punctuation, a coordinated clause (another statement); and "according
# to" (which names a source: that claim is the "according to" rule's).
_NOT_THE_CLAUSES = frozenset({"auxpass", "mark", "punct", "cc", "conj", "agent"})


def sourceless_verb(verb: Token, rules: Sequence[CueRule] = ()) -> Draft | None:
    """ "Keller is expected to testify", "The ruling was seen as a blow", "It is widely
    assumed that ...": a view in the passive that names no one who holds it. The content is
    the clause around the cue (subject, complement and modifiers), or the clause that "it is
    assumed" introduces. "Was seen leaving" and "expected a win" are not views of anything."""
    if in_an_open_question(verb):
        return None  # "declined to say whether its staff had been told to ..."
    by_dep: dict[str, list[Token]] = {}
    for child in verb.children:
        by_dep.setdefault(child.dep_, []).append(child)
    subjects = by_dep.get("nsubjpass", [])
    if subjects and subjects[0].lower_ == "it" and "ccomp" in by_dep and "agent" not in by_dep:
        parts = by_dep["ccomp"]  # "It is assumed that ...": that clause is the content
    elif _a_view_without_its_holder(verb, by_dep):
        parts = [
            c for c in verb.children if c.dep_ not in _NOT_THE_CLAUSES and c.lower_ != "according"
        ]
    else:
        return None
    content = {i for part in parts for i in indices(part.subtree)}
    content |= _the_antecedent(verb, subjects)
    cue_start = min([verb.i] + [c.i for c in by_dep.get("auxpass", [])])
    return Draft((cue_start, verb.i + 1), lemma_of(verb).lower(), None, content, sourceless=True)


def _the_antecedent(verb: Token, subjects: list[Token]) -> set[int]:
    """ "The trial, which is expected to last four weeks, continues": what is expected is the
    trial's lasting; the noun the relative pronoun stands for is in the content."""
    if verb.dep_ != "relcl" or not subjects or subjects[0].lower_ not in ("which", "who", "that"):
        return set()
    noun = verb.head
    return set(range(noun.left_edge.i, noun.i + 1))


def _a_view_without_its_holder(verb: Token, by_dep: dict[str, list[Token]]) -> bool:
    """A passive with what is expected or seen, and no agent ("by analysts" names the holder).
    "Was seen leaving" is seeing, not a view: "see" needs its "as"."""
    if "nsubjpass" not in by_dep or "agent" in by_dep:
        return False
    as_phrase = any(c.lower_ == "as" for c in by_dep.get("prep", []))
    if lemma_of(verb).lower() == "see":
        return as_phrase
    return as_phrase or "xcomp" in by_dep or "oprd" in by_dep or _an_infinitive_read_as_to(verb)


def _an_infinitive_read_as_to(verb: Token) -> bool:
    """ "are understood to favour opening talks": the tagger may read the infinitive's verb as
    a noun, and "to" as a preposition; after a passive view "to" opens an infinitive."""
    doc = verb.doc
    if verb.i + 2 >= len(doc) or lemma_of(verb).lower() not in _VIEWS_WITH_AN_INFINITIVE:
        return False
    to, word = doc[verb.i + 1], doc[verb.i + 2]
    return (
        to.lower_ == "to"
        and to.dep_ == "prep"
        and to.head == verb
        and word.is_lower  # "to favour", not "to Police", "to the court", "to 2 per cent"
        and word.pos_ not in ("DET", "PRON", "NUM", "ADJ")
    )


# Not "said" or "reported": "was reported to police" is a preposition.
_VIEWS_WITH_AN_INFINITIVE = frozenset({"understand", "believe", "think", "rumour"})


def reporting_noun(noun: Token, rules: Sequence[CueRule] = ()) -> Draft | None:
    """A noun cue: in "his claim that the vote was rigged" or "a pledge to cut taxes", the
    clause the noun introduces is the content; its owner ("his", "Trump's", "by X") is the
    source."""
    clauses = [
        c for c in noun.children if (c.dep_ in ("acl", "ccomp") and _introduced_by_that_or_to(c))
    ]
    if not clauses:
        return a_closing_tag_read_as_a_noun(noun)
    if _the_medium_of_a_report(noun):
        return None
    content = {i for clause in clauses for i in indices(clause.subtree)}
    return Draft((noun.i, noun.i + 1), lemma_of(noun).lower(), _noun_owner(noun), content)


def _the_medium_of_a_report(noun: Token) -> bool:
    """ "said in a statement that ...": the statement is where the verb's report was made, and
    the verb's claim has the clause (with its source)."""
    verb = noun.head.head if noun.dep_ == "pobj" else None
    return verb is not None and lemma_of(verb).lower() in lexicon.CLAUSE_VERBS


def _introduced_by_that_or_to(clause: Token) -> bool:
    return any(
        c.dep_ in ("mark", "aux") and c.lower_ in ("that", "to") and c.i < clause.i
        for c in clause.children
    )


def _noun_owner(noun: Token) -> tuple[int, int] | None:
    for child in noun.children:
        if child.dep_ == "poss":
            return source_range(child)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "from", "of"):
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (
                objects[0].ent_type_ in ("PERSON", "ORG", "GPE", "NORP")
                or type_by_head_noun(objects[0]) is not None  # "by the inspectorate"
            ):
                return source_range(objects[0])
    for child in noun.children:
        if child.dep_ in ("compound", "amod") and child.ent_type_ in (
            "PERSON",
            "ORG",
            "NORP",
            "GPE",
        ):
            return child.i, child.i + 1
    if noun.dep_ == "attr" and noun.head.pos_ in ("VERB", "AUX"):
        return subject_of(noun.head)
    if noun.dep_ == "dobj" and lemma_of(noun.head).lower() in lexicon.VOICING_VERBS:
        return subject_of(noun.head)  # "X made the claim that ...", "X issued a warning"
    return None  # "Officials rejected suggestions that ...": someone else's suggestions


def reporting_verb(verb: Token, rules: Sequence[CueRule]) -> Draft | None:
    """A verb cue: its source is the subject (or the agent, or a governing verb's subject),
    its content where its verb class says (``verb_content``)."""
    lemma = lemma_of(verb).lower()
    content = verb_content(verb, rules) - the_speakers_next_act(verb)
    content -= a_second_act_closing_the_report(verb, content)
    if claims_nothing(verb, content):
        return None
    tag_source = _speaker_after_a_quotation(verb, rules)
    if (
        not content
        and tag_source is None
        and not _beside_a_quotation(verb, rules)
        and not _quotation_opens_after(verb, rules)
    ):
        return None
    source = tag_source or verb_source(verb)
    cue_end = _cue_end(verb)
    content -= set(range(verb.i, cue_end)) | when_it_was_said(verb.doc, cue_end, content)
    if source:
        content -= set(range(*source))
    return Draft((verb.i, cue_end), lemma, source, content)


def _beside_a_quotation(verb: Token, rules: Sequence[CueRule]) -> bool:
    """A speech verb with a subject right after a closing quote ('...," he said') reports the
    quotation even when the parser did not link them; the quotation pass gives it its content."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if not any(rule.reports_quotations for rule in rules) or subject is None:
        return False
    return quotation_closes_before(verb.doc[min(subject.left_edge.i, verb.i)])


def _quotation_opens_after(verb: Token, rules: Sequence[CueRule]) -> bool:
    """Does a quotation open right after the speech verb ('said "probably not,"', 'said:
    "..."')? The quotation pass gives it to the verb, however short."""
    if not any(rule.reports_quotations for rule in rules):
        return False
    after = _cue_end(verb)
    doc = verb.doc
    while after < len(doc) and doc[after].text in (",", ":"):
        after += 1
    return after < len(doc) and doc[after].text in OPENING_MARKS


def _speaker_after_a_quotation(verb: Token, rules: Sequence[CueRule]) -> tuple[int, int] | None:
    """The speaker of an inverted tag right after a closing quote ('"The risk," said Edward
    Leamer, an economist, "is ..."'): the subject after the verb, or the name that follows it
    when the parser gave that name to the quotation's verb instead. A subject inside the
    quotation ('"Anybody who attacks him ...," said Louise Sunshine') is not the speaker."""
    if not any(rule.reports_quotations for rule in rules) or not quotation_closes_before(verb):
        return None
    after = [c for c in verb.children if c.dep_ in SUBJECTS and c.i > verb.i]
    if after:
        return source_range(after[0])
    doc = verb.doc
    end = verb.i + 1
    while end < len(doc) and doc[end].pos_ == "PROPN":
        end += 1
    return (verb.i + 1, end) if end > verb.i + 1 else None


def verb_content(verb: Token, rules: Sequence[CueRule]) -> set[int]:
    """The tokens of what the verb reports, by the verb's argument structure: the first of its
    rules (in the table's order) whose reader finds the content decides; a rule with a fallback
    reads a verb that none of them could (a parenthetical "..., she said")."""
    by_dep: dict[str, list[Token]] = {}
    for child in verb.children:
        by_dep.setdefault(child.dep_, []).append(child)
    for rule in rules:
        reading = rule.content(verb, by_dep) if rule.content is not None else None
        if isinstance(reading, set):
            return reading  # read directly from the text ("X said: ..."), or decided: nothing
        if reading:
            if reading[0].dep_ in ("dobj", "pobj"):  # "announced a deal", "warned of famine"
                return _object_to_clause_end(verb, reading)
            return {i for part in reading for i in indices(part.subtree)}
    for rule in rules:
        if rule.fallback is not None:
            return rule.fallback(verb)
    return set()


def _object_to_clause_end(verb: Token, parts: list[Token]) -> set[int]:
    """An object content runs on to the end of the cue's clause: the parser often hangs the
    object's modifiers on the verb ("revealed a gulf in the way ...", "cited endorsements from
    88 generals"). Coordinated verbs and comma-separated clauses are not part of it."""
    content = {i for part in parts for i in indices(part.subtree)}
    start = min(content)
    for child in verb.children:
        if child.i < start or child.is_punct:
            continue
        if child.dep_ in _NOT_OBJECT_TAIL and not _purpose_of_the_object(child):
            continue
        if child.dep_ == "npadvmod" and after_comma(child):
            continue
        if child.dep_ == "prep" and (
            child.lower_ in _FRAMING_PREPOSITIONS or _where_orwhen_it_was_said(child)
        ):
            continue
        content |= set(indices(child.subtree))
    return content


# The narrator's framing, not what was reported: adverbial clauses, and phrases of when, how
# and where the report was made ("attacked her opponent as a fraud during the debate").
_NOT_OBJECT_TAIL = frozenset({"conj", "cc", "punct", "parataxis", "ccomp", "advcl"})


_FRAMING_PREPOSITIONS = lexicon.word_set("during with at after before since until amid despite")


def _where_orwhen_it_was_said(phrase: Token) -> bool:
    """ "called for more investment in a statement on Thursday", "on Tuesday": the medium or
    the day of the report, not what was reported."""
    objects = [c for c in phrase.children if c.dep_ == "pobj"]
    if not objects:
        return False
    noun = objects[0]
    if lemma_of(noun).lower() in lexicon.MEDIA_NOUNS:
        return True
    # "on Monday", "in March", not "by 2030" nor "in six months" (a promise's time is what
    # was promised)
    if lemma_of(noun).lower() in _SPANS_OF_TIME:
        return False
    return phrase.lower_ in ("on", "in", "at") and noun.ent_type_ in ("DATE", "TIME")


_SPANS_OF_TIME = lexicon.word_set("second minute hour day week fortnight month year decade")


def _purpose_of_the_object(clause: Token) -> bool:
    """ "announced a partnership with Lantern Health to bring consultations to rural clinics":
    an infinitive right after the object, with no comma, says what the announced thing is for."""
    marked = clause.dep_ == "advcl" and clause.left_edge.lower_ == "to"
    announced = lemma_of(clause.head).lower() in lexicon.OBJECT_VERBS
    return marked and announced and not after_comma(clause)


def _cue_end(verb: Token) -> int:
    """The cue is the verb plus an adjacent particle ("pointed out"), and "on" or "for" of
    "called on both sides to ...", "called for an inquiry", "to" of "appealed to residents"."""
    end = verb.i + 1
    lemma = lemma_of(verb).lower()
    for child in verb.children:
        if child.i == end and (
            child.dep_ == "prt"
            or (child.lower_ in ("on", "for") and lemma == "call")
            or (child.lower_ == "to" and lemma == "appeal" and child.dep_ == "prep")
        ):
            end += 1
    return end
