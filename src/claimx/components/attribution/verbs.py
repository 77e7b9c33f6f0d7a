"""Where a reporting verb's content lies in the parse, by verb class: the readers that the
rule table gives each class, and the shapes they look for (colons, complements, parentheticals).
"""

from __future__ import annotations

from spacy.tokens import Token

from claimx import lexicon
from claimx.components import speakers
from claimx.components.attribution.draft import SUBJECTS, indices
from claimx.components.attribution.sources import (
    reporting_verb_of_next_act,
    subject_of,
    type_by_head_noun,
)
from claimx.components.extensions import HEADINGS_KEY
from claimx.components.lemmas import lemma_of


def colon_follows(verb: Token) -> bool:
    """Does a colon follow the cue ("X said: ...", right after it or after a short adverbial)?"""
    doc = verb.doc
    return any(t.text == ":" for t in doc[verb.i + 1 : min(verb.i + 3, len(doc))])


def complements_on_the_cues_side(verb: Token, complements: list[Token]) -> list[Token]:
    """Drop a complement separated from the cue by a colon or semicolon: in "X happened on
    Friday: Republicans said they were convinced" only what follows the colon is the cue's."""
    doc = verb.doc
    kept = []
    for complement in complements:
        if complement.i < verb.i:
            between = doc[complement.right_edge.i + 1 : verb.left_edge.i + 1]
            if any(t.text in (":", ";") for t in between):
                continue
        kept.append(complement)
    return kept or complements


def prepositional_objects(verb: Token, lemma: str) -> list[Token]:
    """What a report is about when a preposition carries it ("pointed to reports that ...")."""
    prepositions = lexicon.PREPOSITION_VERBS[lemma]
    return [
        obj
        for prep in verb.children
        if prep.dep_ in ("prep", "prt") and prep.lower_ in prepositions
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def called_for(verb: Token) -> list[Token]:
    """What is called for: "X called for an inquiry" (the object of "for")."""
    return [
        obj
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "for"
        for obj in prep.children
        if obj.dep_ in ("pobj", "pcomp")
    ]


def has_addressee(verb: Token, by_dep: dict[str, list[Token]]) -> bool:
    """An addressee: "urged the board to act", "called on the board to act"; not "asked not to
    be named"."""
    return "dobj" in by_dep or any(c.lower_ == "on" for c in by_dep.get("prep", []))


def addressed_on(by_dep: dict[str, list[Token]]) -> list[Token]:
    """The addressee of "called on the president to act"."""
    return [
        obj
        for prep in by_dep.get("prep", [])
        if prep.lower_ == "on"
        for obj in prep.children
        if obj.dep_ == "pobj"
    ]


def reports_an_object(verb: Token) -> bool:
    """Is an object the report? Yes in "X announced a deal" and in the participle of "X
    rejected the findings, dismissing the report as a smear" (X's); not in "before announcing
    the closure", nor when a thing is the subject ("the dispute ... because it highlights a
    debate": a dispute reports nothing)."""
    if verb.tag_ == "VBG":
        return participle_of_the_subject(verb)
    if subject_of(verb) is None:
        # "said it had facilitated the convoy and accused rebels of stealing": the speaker's
        # next act, the parser's conjunct of the reported clause
        return reporting_verb_of_next_act(verb) is not None
    return not _a_thing_as_subject(verb)


def participle_of_the_subject(verb: Token) -> bool:
    """A participle set off by a comma after a main clause with a subject (", dismissing ...",
    ", calling it ..."): the subject of that clause says it. After a reported clause ("said
    the president would veto the bill, calling it ...") whose it is, is not clear."""
    head = verb.head
    return (
        verb.dep_ in ("advcl", "xcomp", "conj")
        and head.dep_ in ("ROOT", "conj")
        and verb.i > head.i
        and verb.i > 0
        and verb.doc[verb.i - 1].text in (",", "—", "–")
        and head.pos_ in ("VERB", "AUX")
        and any(c.dep_ in SUBJECTS for c in head.children)
    )


_THING_PRONOUNS = lexicon.word_set("it this")


def _a_thing_as_subject(verb: Token) -> bool:
    """Is the subject "it" standing for a thing? In "The dispute has drawn attention because it
    highlights ...", "it" is the clause above's subject: a common noun that names no one (no
    entity, no speaker, group or document noun) is a thing, and a thing evaluates nothing."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.lower_ not in _THING_PRONOUNS:
        return False
    above = verb.head if verb.dep_ in ("advcl", "ccomp", "conj") else None
    antecedent = next((c for c in above.children if c.dep_ in SUBJECTS), None) if above else None
    return antecedent is not None and _names_no_one(antecedent)


def _names_no_one(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and not noun.ent_type_ and type_by_head_noun(noun) is None


def as_phrase(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"]


def inverted_content(verb: Token) -> set[int]:
    """Content of a parenthetical cue: the clause the cue hangs off, around it.

    "Prices will fall, the minister said" and "Prices, the minister said, will fall". Only a
    short cue qualifies: set off by a comma, a dash or a closing quote, with no complement of
    its own (else it is a nested report: "X told Y that she had asked").
    """
    if verb.dep_ not in ("parataxis", "ccomp", "advcl") and not _joined_without_and(verb):
        return set()
    if not any(c.dep_ in SUBJECTS for c in verb.children):
        return set()
    told = lemma_of(verb).lower() in lexicon.ADDRESSEE_VERBS  # ", she told reporters"
    allowed = _PARENTHETICAL_DEPS | {"dobj"} if told else _PARENTHETICAL_DEPS
    if any(c.dep_ not in allowed for c in verb.children):
        return set()
    if not _set_off_before(verb):
        return set()
    if verb.head.i > verb.i and not _comma_after(verb):
        return set()  # "..., he said would ..." is not a parenthetical
    clause = verb.head
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head  # "The difference now, he told me, is that ...": on the subject
    return set(indices(clause.subtree)) - set(indices(verb.subtree))


def _joined_without_and(verb: Token) -> bool:
    """A tag the parser coordinated with the clause before it, with no "and" between ("It
    never received a reply, its convener told this newspaper")."""
    head = verb.head
    return (
        verb.dep_ == "conj"
        and head.i < verb.i
        and not any(c.dep_ == "cc" and head.i < c.i < verb.i for c in head.children)
    )


def _set_off_before(verb: Token) -> bool:
    """Is the cue opened by a comma, a dash or a closing quote (its own first token, or the
    token before it)?"""
    edge = verb.left_edge
    return _sets_off(edge) or (edge.i > 0 and _sets_off(verb.doc[edge.i - 1]))


def _comma_after(verb: Token) -> bool:
    """Is the cue closed by a comma or dash (its own last token, or the next one)?"""
    edge = verb.right_edge
    following = edge.i + 1 < len(verb.doc) and verb.doc[edge.i + 1].text in _CLOSING_PUNCTUATION
    return edge.text in _CLOSING_PUNCTUATION or following


_CLOSING_PUNCTUATION = frozenset({",", "—", "–"})


_PARENTHETICAL_DEPS = frozenset(
    ["nsubj", "aux", "neg", "advmod", "punct", "prep", "dative", "npadvmod", "agent", "cc", "conj"]
)


_SETTING_OFF = frozenset({",", "”", "’", "—", "–", "-", "»"})


_STRAIGHT_QUOTES = frozenset({'"', "'"})


def _sets_off(token: Token) -> bool:
    """A comma, a dash or a closing quote mark (a straight one closes when it hugs the word
    before it: 'work," he said' and not ': "We')."""
    if token.text in _SETTING_OFF:
        return True
    if token.text in _STRAIGHT_QUOTES and token.i > 0:
        return not token.doc[token.i - 1].whitespace_ and bool(token.whitespace_)
    return False


def after_colon(verb: Token) -> set[int]:
    """Content after a colon ("X said: ...") or a comma and a quotation ('X said, "...'),
    where the parser did not link it to the cue."""
    sent = verb.sent
    for token in sent[verb.i - sent.start + 1 :]:
        if token.i - verb.i > 6:
            break
        opens_quote = token.i + 1 < sent.end and token.nbor().text in OPENING_MARKS
        if token.text == ":" or (token.text == "," and opens_quote and token.whitespace_):
            return set(range(token.i + 1, sent.end))
    return set()


OPENING_MARKS = frozenset({'"', "“", "‘", "«", "''", "``"})


# --- the content readers of the verb classes (see rules.CUE_RULES) ---------------------------
# Each returns the content's parts (tokens whose subtrees it is), a set of token indices read
# directly, or None when the verb's arguments do not fit the class.

ByDep = dict[str, list[Token]]
Reading = list[Token] | set[int] | None


def label_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "labelled Anthropic a 'supply-chain risk'": object and predicate (or "as" phrase); the
    parser may give the predicate as a second object ("calling it a gift") or as the object's
    apposition ('called the offer "an insult"')."""
    objects = by_dep.get("dobj", [])
    if objects and objects[0].lower_ in speakers.RELATIVE_PRONOUNS | {"what", "whatever"}:
        return None  # "an explosion that the mayor described as ...": the object is outside
    if objects and ("oprd" in by_dep or as_phrase(verb)):
        return objects + by_dep.get("oprd", []) + as_phrase(verb)
    if len(objects) >= 2 or (objects and by_dep.get("dative")):
        return by_dep.get("dative", []) + objects
    if objects and _adjacent_apposition(objects[0]):
        return objects
    return None


def _adjacent_apposition(noun: Token) -> bool:
    """An apposition right after the object, with no comma between ("the offer "an insult"")."""
    for child in noun.children:
        if child.dep_ == "appos" and child.i > noun.i:
            between = noun.doc[noun.i + 1 : child.left_edge.i]
            return not any(t.text == "," for t in between)
    return False


def urge_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "urged the administration to reconsider": addressee and infinitive."""
    if "xcomp" in by_dep and has_addressee(verb, by_dep):
        return by_dep.get("dobj", []) + addressed_on(by_dep) + by_dep["xcomp"]
    return None


def clause_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "said (that) ...": after a colon, else the clausal complement on the cue's side (with
    the rest of the content after a tag in mid-sentence: "Prices will rise, the bank warned,
    and could peak in spring"), else a "that" clause the parser hung on a noun of the cue's
    ("wrote in the study that ...")."""
    if colon_follows(verb):
        return after_colon(verb)
    if lemma_of(verb).lower() in lexicon.THAT_CLAUSE_VERBS:
        return [c for c in by_dep.get("ccomp", []) if _marked_that(c)] or set()
    if "ccomp" not in by_dep and lemma_of(verb).lower() in lexicon.ADDRESSEE_VERBS:
        told = _that_clause_after_the_addressee(by_dep)
        if told:
            return told
    if "ccomp" in by_dep:
        complements = complements_on_the_cues_side(verb, by_dep["ccomp"])
        if all(c.i < verb.i for c in complements):
            complements = complements + _content_resumed_after_the_tag(verb, by_dep)
        else:
            complements = complements + _second_predicate_of_the_content(verb, by_dep)
        complements += [c for c in by_dep.get("conj", []) if _marked_that(c)]
        addressee = _addressee_in_the_subject(verb, by_dep)
        if addressee:
            return {i for part in complements for i in indices(part.subtree)} - addressee
        return complements
    return (
        after_colon(verb)
        or _that_clause_on_a_phrase(verb, by_dep)
        or _that_clause_on_an_adverb(by_dep)
        or _a_clause_read_as_an_object(verb, by_dep)
        or None
    )


def _a_clause_read_as_an_object(verb: Token, by_dep: ByDep) -> list[Token]:
    """ "Police say about 200 fans without tickets gathered outside": the parser took the
    reported clause's subject for the object of "say" and its verb for a modifier. "Say"
    reports no thing ("said nothing" is no content): an object with a verb in it is a clause."""
    if lemma_of(verb).lower() not in _SAY or len(by_dep.get("dobj", [])) != 1:
        return []
    obj = by_dep["dobj"][0]
    if obj.lower_ in _INDEFINITES:
        return []  # "says something about the media that has ...": a thing said about
    after = [obj, *(c for c in verb.children if c.i > obj.i and c.dep_ == "prep")]
    if obj.i < verb.i or not any(t.pos_ == "VERB" for p in after for t in p.subtree if t.i > obj.i):
        return []
    return [obj]  # with the phrases after it (``builders._object_to_clause_end``)


_SAY = lexicon.word_set("say")
_INDEFINITES = lexicon.word_set("something nothing anything everything much little more less")


def _that_clause_on_an_adverb(by_dep: ByDep) -> list[Token]:
    """ "said earlier that she hoped ...", "said on Tuesday that ...": the parser hangs the
    "that" clause on the adverb of time after the cue."""
    return [
        clause
        for adverb in by_dep.get("advmod", []) + by_dep.get("npadvmod", [])
        for clause in adverb.children
        if clause.dep_ == "ccomp" and clause.i > adverb.i and _marked_that(clause)
    ]


_AUXILIARIES = lexicon.word_set(
    "could would will may might should can must shall has have had is are was were be"
)


def _content_resumed_after_the_tag(verb: Token, by_dep: ByDep) -> list[Token]:
    """In "Prices will keep rising, the bank warned, and could peak next spring" the parser
    coordinates the last part with the cue: a verb with no subject of its own, an auxiliary
    (it is the content's predicate, not a second act of the speaker's: "..., the bank said,
    and raised rates"), after a comma and "and"/"but"."""
    found = []
    for conj in by_dep.get("conj", []):
        children = list(conj.children)
        if conj.i < verb.i or any(c.dep_ in SUBJECTS for c in children):
            continue
        if not any(c.dep_ in ("aux", "auxpass") and c.lower_ in _AUXILIARIES for c in children):
            continue
        before = conj.doc[conj.left_edge.i - 2 : conj.left_edge.i]
        if len(before) == 2 and before[0].text == "," and before[1].dep_ == "cc":
            found.append(conj)
    return found


def _addressee_in_the_subject(verb: Token, by_dep: ByDep) -> set[int]:
    """ "told the court officers had found cash": with no object of its own, "told" has its
    addressee at the head of the clause's subject, where the parser compounded it with the
    subject ("the court officers"): the words up to the last such compound are the addressee."""
    if lemma_of(verb).lower() not in lexicon.ADDRESSEE_VERBS:
        return set()
    if any(dep in by_dep for dep in ("dobj", "dative", "iobj")):
        return set()
    for clause in by_dep.get("ccomp", []):
        subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
        if (
            subject is None
            or subject.left_edge.i != verb.i + 1
            or subject.tag_ not in ("NNS", "NN")
        ):
            continue
        compounds = [c for c in subject.children if c.dep_ == "compound" and c.i < subject.i]
        if compounds and compounds[-1].i == subject.i - 1 and compounds[-1].tag_ in _AUDIENCE:
            return set(range(subject.left_edge.i, subject.i))
    return set()


_AUDIENCE = frozenset({"NN", "NNS", "NNP"})


def _that_clause_after_the_addressee(by_dep: ByDep) -> list[Token]:
    """ "told a briefing that the lake would be drained": the parser reads a relative clause on
    the addressee, but one tells an audience a clause, not a briefing that one gave: "that"
    followed at once by the clause's own subject opens the content."""
    for addressee in by_dep.get("dobj", []):
        for clause in addressee.children:
            that = clause.left_edge
            if clause.dep_ == "relcl" and _a_clause_without_that(addressee, clause):
                return [clause]  # "told a judge he had tried to move money"
            if clause.dep_ not in ("relcl", "acl") or that.lower_ != "that":
                continue
            if any(_opens_after(c, that) for c in clause.children if c.dep_ in SUBJECTS):
                return [clause]
    return []


def _a_clause_without_that(addressee: Token, clause: Token) -> bool:
    """A clause right after the addressee that opens with its own subject, not a relative
    pronoun: "told a judge he had tried ..." (one tells a judge a clause)."""
    if addressee.lower_ in _INDEFINITES or addressee.pos_ not in ("NOUN", "PROPN", "PRON"):
        return False  # "wouldn't tell the I.R.S. anything it doesn't already know"
    if any(c.dep_ == "dative" for c in addressee.head.children):
        return False
    subject = next((c for c in clause.children if c.dep_ in SUBJECTS), None)
    return (
        subject is not None
        and subject.left_edge.i == clause.left_edge.i == addressee.i + 1
        and subject.lower_ not in speakers.RELATIVE_PRONOUNS | {"that", "what"}
        and clause.tag_ in ("VBD", "VBZ", "VBP", "VBN", "VB", "VBG")
    )


def _opens_after(subject: Token, that: Token) -> bool:
    """Does the subject's phrase open right after "that" (or take "that" in, as the parser
    may: "that households with medical needs could apply")? Not "that" itself."""
    return subject.i != that.i and subject.left_edge.i in (that.i, that.i + 1)


def _marked_that(clause: Token) -> bool:
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)


_MODALS_AND_PROGRESSIVES = lexicon.word_set(
    "could would will may might should can must is are was were"
)


def _second_predicate_of_the_content(verb: Token, by_dep: ByDep) -> list[Token]:
    """ "said it was aware of the reports and was looking into them": the parser coordinates
    the second predicate of the reported clause with the cue. A verb after the complement,
    with no subject of its own and a modal or progressive auxiliary ("would", "was ...ing"),
    joined by "and"/"but", goes on with the content; a passive ("and was later arrested") or
    a finite verb ("and left") is the speaker's own story."""
    complements = by_dep.get("ccomp", [])
    if not complements:
        return []
    last = max(c.right_edge.i for c in complements)
    found = []
    for conj in by_dep.get("conj", []):
        children = list(conj.children)
        if conj.left_edge.i <= last or any(c.dep_ in SUBJECTS for c in children):
            continue
        auxiliaries = [c for c in children if c.dep_ == "aux"]
        if not auxiliaries or auxiliaries[0].lower_ not in _MODALS_AND_PROGRESSIVES:
            continue
        if auxiliaries[0].lower_ in ("is", "are", "was", "were") and conj.tag_ != "VBG":
            continue
        before = conj.doc[conj.left_edge.i - 1]
        if before.dep_ == "cc" and before.i > last:
            found.append(conj)
    return found


def _that_clause_on_a_phrase(verb: Token, by_dep: ByDep) -> list[Token]:
    """ "wrote in the study that the strain spread faster", "said in a letter to staff that
    ...": the parser hangs the "that" clause on a noun of the cue's phrase. Only a complement
    clause (marked "that"), on a noun, opened by the first "that" after the cue."""
    doc = verb.doc
    first_that = next((t.i for t in doc[verb.i + 1 : verb.sent.end] if t.lower_ == "that"), -1)
    preps = [
        p for part in [verb, *by_dep.get("dobj", [])] for p in part.children if p.dep_ == "prep"
    ]
    for prep in preps:
        if prep.i < verb.i:
            continue
        for token in prep.subtree:
            if token.dep_ not in ("acl", "ccomp") or token.head.pos_ not in ("NOUN", "PROPN"):
                continue
            marks = [c for c in token.children if c.dep_ == "mark" and c.lower_ == "that"]
            if marks and marks[0].i == first_that:
                return [token]
    return []


def clause_fallback(verb: Token) -> set[int]:
    """A clause verb with no complement: after a colon, or the clause around a parenthetical
    cue ("Prices will fall, the minister said")."""
    return after_colon(verb) or inverted_content(verb)


def infinitive_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "promised to cut taxes": the infinitive."""
    return by_dep.get("xcomp")


def object_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "announced a deal": the object, when the verb has a subject that reports it."""
    if "dobj" in by_dep and reports_an_object(verb):
        return by_dep["dobj"]
    return None


def evaluation_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "attacked Clinton for her vote": the object with its for/as/over phrase. Not a source
    cited ("the agency, which cited the defence ministry": who said it, not what), nor a
    headline's topic ("Minister defends plan": a bare noun, nothing said about it)."""
    if "dobj" in by_dep and reports_an_object(verb):
        framing = [c for c in by_dep.get("prep", []) if c.lower_ in lexicon.EVALUATION_PREPOSITIONS]
        objects = by_dep["dobj"]
        if lemma_of(verb).lower() in lexicon.CITING_VERBS and _names_a_source(objects[0]):
            return None
        if not framing and in_a_heading(verb) and _a_bare_noun(objects[0]):
            return None
        return objects + framing
    return None


def _names_a_source(noun: Token) -> bool:
    """A person, an organisation or an office ("the defence ministry", "officials", "Reuters",
    "a police spokesman"), not a thing said or shown ("a 2019 study" is cited for what it says,
    and is content)."""
    if noun.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    forms = {noun.lower_, lemma_of(noun).lower()}
    kind = type_by_head_noun(noun)
    return kind in ("organization", "anonymous") or bool(forms & lexicon.OFFICE_NOUNS)


def _a_bare_noun(noun: Token) -> bool:
    """A noun alone, with no word of its own ("plan", not "the plan" or "plan to cut jobs")."""
    return not any(not (c.is_space or c.is_punct) for c in noun.children)


def in_a_heading(token: Token) -> bool:
    """Is the token on a heading line (a headline, a crosshead)?"""
    return any(span.start <= token.i < span.end for span in token.doc.spans.get(HEADINGS_KEY, []))


def call_for_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "called for an inquiry": the object of "for"."""
    return called_for(verb) or None


def preposition_content(verb: Token, by_dep: ByDep) -> Reading:
    """ "pointed to reports that ...", "warned against cuts": the prepositional object."""
    return prepositional_objects(verb, lemma_of(verb).lower()) or None
