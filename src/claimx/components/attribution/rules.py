"""The table of cue rules: every kind of cue claimx reads, as data.

A rule says which tokens trigger it (words, or lemmas with a part of speech), which builder
reads the cue's source and content into a ``Draft``, and, for verbs, where the class's content
lies in the parse. Everything else is derived from this table: the candidate prefilter (which
tokens are worth looking at), the dispatch (which builder reads a token), the verb classes, the
lexical patterns of the rule-only pipeline, and which cues may own a quotation nearby. Adding a
cue is one entry here (and its words in ``claimx.lexicon``).

The order matters where rules overlap: the first rule that a token matches builds it, and a
verb in several classes is read by the first class (in this order) whose reader fits it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from spacy.parts_of_speech import IDS as POS_IDS
from spacy.strings import StringStore

from claimx import inflection, lexicon
from claimx.components.attribution import (
    according_to,
    builders,
    clause_verbs,
    directives,
    document_frames,
    finding_readers,
    hearings,
    parentheticals,
    verbs,
)
from claimx.components.attribution.cue_rule import ContentReader, CueRule, Surface
from claimx.components.lemmas import lemma_of

if TYPE_CHECKING:
    from spacy.tokens import Token

    from claimx.components.attribution.draft import Draft


def _according_to_lemma(words: str) -> str:
    return "according to"


# The rule-only pipeline's surface forms of reporting verbs (it has no lemmatiser): every
# finite form of the clause and label verbs ("said", "argues", "labelled"), longest first.
LEXICAL_VERB_FORMS = "|".join(
    sorted(
        {
            form
            for lemma in lexicon.CLAUSE_VERBS | lexicon.LABEL_VERBS
            for form in inflection.verb_forms(lemma, participle=False)
        },
        key=lambda form: (-len(form), form),
    )
)
_LEXICAL_SOURCE = (
    r"(?P<source>(?:[A-Z][\w’'.-]*|he|she|they|we|I|it)(?:\s+[A-Za-z][\w’'.-]*){0,7}?)"
)


def lexical_lemma(word: str) -> str:
    """A verb's lemma from its surface form, for the rule-only pipeline (no lemmatiser)."""
    return lexicon.lemma_of_form(word)


def _verb_rule(
    name: str,
    lemmas: Iterable[str],
    content: ContentReader,
    fallback: Callable[[Token], set[int]] | None = None,
    reports_quotations: bool = False,
    surfaces: tuple[Surface, ...] = (),
) -> CueRule:
    """A class of reporting verbs: read by ``builders.reporting_verb``, content by ``content``."""
    return CueRule(
        name,
        builders.reporting_verb,
        "VERB",
        lemmas=frozenset(lemmas),
        content=content,
        fallback=fallback,
        reports_quotations=reports_quotations,
        surfaces=surfaces,
    )


CUE_RULES: tuple[CueRule, ...] = (
    CueRule(
        "according to",
        according_to.according_to,
        words=frozenset({"according"}),
        next_word="to",
        # "According to X, ..." names its content itself: a quotation elsewhere is not its.
        owns_nearby_quotations=False,
        surfaces=(
            Surface(
                r"^(?P<cue>According to) (?P<source>[^,]{2,80}), (?P<content>.+?)[.!?]?$",
                _according_to_lemma,
            ),
            Surface(
                r"^(?P<content>.+?), (?P<cue>according to) (?P<source>[^,]{2,80}?)[.!?]?$",
                _according_to_lemma,
            ),
        ),
    ),
    CueRule("in a document", document_frames.in_a_document, "ADP", words=frozenset({"in"})),
    CueRule(
        "sourceless adverb", builders.sourceless_adverb, "ADV", words=lexicon.SOURCELESS_ADVERBS
    ),
    CueRule(
        "sourceless verb",
        builders.sourceless_verb,
        "VERB",
        lemmas=lexicon.SOURCELESS_VERBS,
        owns_nearby_quotations=False,
    ),
    CueRule("hearing", hearings.heard_by_a_body, "VERB", lemmas=frozenset({"hear"})),
    CueRule("put it", parentheticals.as_they_put_it, "VERB", lemmas=frozenset({"put"})),
    _verb_rule("label", lexicon.LABEL_VERBS, verbs.label_content),
    _verb_rule("urge", lexicon.URGE_VERBS, directives.urge_content),
    _verb_rule(
        "clause",
        lexicon.CLAUSE_VERBS,
        clause_verbs.clause_content,
        fallback=verbs.clause_fallback,
        reports_quotations=True,
        surfaces=(
            Surface(
                rf"^(?P<content>.+?),[”\"’]? {_LEXICAL_SOURCE} (?P<cue>{LEXICAL_VERB_FORMS})"
                r"[.!?]?$",
                lexical_lemma,
            ),
            Surface(
                rf"^{_LEXICAL_SOURCE} (?P<cue>{LEXICAL_VERB_FORMS})(?: that|:)? "
                r"(?P<content>.+?)[.!?]?$",
                lexical_lemma,
            ),
        ),
    ),
    _verb_rule("infinitive", lexicon.INFINITIVE_VERBS, verbs.infinitive_content),
    _verb_rule("gerund", lexicon.GERUND_VERBS, finding_readers.gerund_content),
    _verb_rule("object", lexicon.OBJECT_VERBS, verbs.object_content),
    _verb_rule("finding", lexicon.FINDING_VERBS, finding_readers.finding_content),
    _verb_rule("reads", ("read",), finding_readers.document_reads_content, reports_quotations=True),
    _verb_rule("guidance", ("expect",), finding_readers.guidance_content),
    _verb_rule("put at", ("put",), finding_readers.put_at_content),
    _verb_rule("assumes", ("assume",), finding_readers.assumption_content),
    _verb_rule("understands", ("understand",), finding_readers.newsroom_understands_content),
    _verb_rule("evaluation", lexicon.EVALUATION_VERBS, verbs.evaluation_content),
    _verb_rule("call for", ("call",), verbs.call_for_content),
    _verb_rule("preposition", tuple(lexicon.PREPOSITION_VERBS), verbs.preposition_content),
    CueRule("reporting noun", builders.reporting_noun, "NOUN", words=lexicon.NOUN_CUES),
    CueRule(
        "tag read as a noun",
        parentheticals.closing_tag_noun,
        "NOUN",
        words=parentheticals.TAG_VERBS_READ_AS_NOUNS - lexicon.NOUN_CUES,
    ),
)

# --- derived from the table -----------------------------------------------------------------

# A token is a candidate if its part of speech is one that lemma rules trigger on (every verb),
# or if it is one of the trigger words of the other rules. Ids as spaCy stores them in its token
# arrays (a string's id is its hash, the same in every vocabulary), computed once.
CANDIDATE_POS_IDS = frozenset(POS_IDS[rule.pos] for rule in CUE_RULES if rule.lemmas and rule.pos)
CANDIDATE_WORD_IDS = frozenset(
    StringStore().add(word) for rule in CUE_RULES if not rule.lemmas for word in rule.words
)
SURFACES = tuple((rule, surface) for rule in CUE_RULES for surface in rule.surfaces)


def rules_for(token: Token) -> list[CueRule]:
    """The rules a token matches, in the table's order."""
    lemma = lemma_of(token).lower() if token.pos in CANDIDATE_POS_IDS else None
    return [rule for rule in CUE_RULES if rule.matches(token, lemma)]


def build_draft(token: Token) -> Draft | None:
    """The draft of the first rule the token matches (read with all the rules it matches that
    share its builder: a verb's classes); when that builder finds nothing, the next builder's
    ("are said to be close" is a sourceless view, "said that ..." a clause verb's report)."""
    matching = rules_for(token)
    tried: list[object] = []
    for first in matching:
        if first.build in tried:
            continue
        tried.append(first.build)
        draft = first.build(token, [rule for rule in matching if rule.build is first.build])
        if draft is not None:
            draft.owns_nearby_quotations = first.owns_nearby_quotations
            draft.rule = first.name
            return draft
    return None
