"""The lexicon: the word lists that components (and the evaluation) share, written as data.

The cue lists are the words of the rules in ``components.attribution.rules``: each verb set is
one verb class there, which says where its content is found in the dependency parse. Every other
list of cue words derives from these: the rule-only pipeline's surface forms (the forms of the
clause and label verbs), headlines' verbs and the speech-cue metric's words (their lemmas here,
their forms from ``inflection.verb_forms``), and the lemma of a form (``lemma_of_form``). A new
cue word is one entry in one of these sets. The noun lists type a source (anonymous, organisation,
document). Standard library only.
"""

from __future__ import annotations

from claimx.inflection import verb_forms


def word_set(text: str) -> frozenset[str]:
    """A set of words written as one string: lexicons read better that way."""
    return frozenset(text.split())


# Content in a clausal complement: "X said (that) ...", "X argued that ...".
CLAUSE_VERBS = word_set(
    """
    say tell announce argue claim state add note warn insist believe report explain write
    acknowledge admit confirm deny suggest allege assert contend maintain predict estimate reveal
    stress emphasise emphasize declare testify tweet post respond reply answer complain concede
    disclose conclude agree recall reiterate promise vow pledge threaten assure inform
    observe remark comment mention signal hint imply speculate caution fear worry
    find learn show indicate charge boast brag lament recount describe urge ask demand propose
    recommend advise guess reckon confide concur posit suspect counter retort know
    quip rule hold point submit forecast move project accept
    """
)
# Not "doubt": a private state ("We do not doubt that building ships is hard"), like "hope";
# PolNeAR's dev split annotates none, the everyday news set none.
# Clause verbs whose object is the addressee ("told reporters that ...").
ADDRESSEE_VERBS = word_set("tell inform assure remind warn advise brief")

# Clause verbs that report only with a "that" clause: "the court held that ...", "the judge
# ruled that ...", "moved that the item be deferred" (a motion), "the budget documents project
# that ...", "she accepted that her husband had a temper" (a concession); not "accepted the
# offer", "holds $28 billion offshore", "could hold executives liable", "moved to
# Leeds" or "projected the slides".
THAT_CLAUSE_VERBS = word_set("rule hold move project accept")

# Content may be the direct object: "X announced a deal", "X denied the allegations".
# Reactions ("rejected a contract", "welcomed the move") are events, not reports; "admit"
# with an object is as often letting in ("admit more refugees") as conceding.
OBJECT_VERBS = word_set(
    """
    announce report deny confirm reveal predict estimate acknowledge demand propose
    promise recommend forecast disclose
    """
)

# Evaluations and citations: the content is the object with its "for"/"as" phrase,
# "X attacked Clinton for her vote", "X criticised the law as a 'crazy system'". "Request"
# is left out: what is requested is a thing more often than a claim (on PolNeAR's training
# split 4 of 12 such claims were right, too few to pay for the false alarms). "Express"
# ("expressed concern over ...") is right 41 times of 52 there; support, back, seek and
# show-with-an-object were tried and left out (right 0.38-0.46 of the time: less
# precision for little recall).
EVALUATION_VERBS = word_set(
    """
    attack criticise criticize cite question accuse blast praise condemn endorse slam
    dismiss defend mock decry applaud oppose blame highlight denounce dispute
    challenge ridicule deride hail tout fault invoke reference
    mention recommend
    claim stress emphasize emphasise underscore detail outline recount document chronicle
    downplay identify predict propose acknowledge dispute deny warn insist suggest argue
    demand express
    """
)
# Evaluation verbs that may name a source instead of a content: "citing officials", "which
# cited the defence ministry" (who said it), beside "cited a 2019 study" (what it says).
CITING_VERBS = word_set("cite quote reference invoke")
# Prepositions whose phrase belongs to an evaluation's content.
EVALUATION_PREPOSITIONS = word_set("for as over of")

# Reports whose content is a prepositional object: "pointed to reports that ...", "warned
# against cuts", "insisted on a recount". Speaking, talking, complaining and campaigning about
# something describe events more often than reports (measured: wrong more often than right).
PREPOSITION_VERBS: dict[str, frozenset[str]] = {
    "point": word_set("to"),
    "warn": word_set("against about of"),
    "boast": word_set("about of"),
    "write": word_set("of"),  # "writes about cities" is a topic, not a claim
    "comment": word_set("on"),
    "insist": word_set("on"),
    "argue": word_set("for against"),
    "advocate": word_set("for"),
}

# Content is object plus predicate: "X labelled Anthropic a 'supply-chain risk'".
LABEL_VERBS = word_set("label call dub brand term describe characterise characterize")

# Content is object plus infinitive: "X urged the administration to reconsider ...".
# Invitations ("invited him to visit") arrange things more often than they report. Advice and
# orders ("advised passengers not to travel", "ordered him to repay") are directives, which the
# everyday news guideline annotates (PolNeAR less often: advice was right 5 times of 17 on its
# training split).
URGE_VERBS = word_set(
    "urge ask call tell warn encourage press implore exhort challenge advise order instruct direct"
    " appeal"
)

# Content is an infinitive complement: "X promised to ...", "X vowed to ...". Verbs of wanting,
# planning, expecting and thinking are left out: in news they mostly state intentions or
# opinions in passing, and measured on annotated news they were wrong more often than right.
# "Agreed to reopen the border" is an agreement, an action (docs/evaldata-news.md), though
# PolNeAR annotates it: on its dev split "agree" with an infinitive was right 3 times of 4,
# on the everyday news set wrong both times ("agreed that ..." is a clause verb's report).
INFINITIVE_VERBS = word_set("promise vow pledge threaten")

# States of mind among the clause verbs: joined to a reported clause ("he understood ... but
# feared ..."), they go on with its subject, where an act of speech is the speaker's next act.
STATE_OF_MIND_VERBS = word_set("fear worry believe suspect know guess reckon understand")

# Taking a side, an act as often as a claim: in a relative clause set off by a comma ("the
# Chamber, which opposed the scheme, ...") the writer's background on a name, not a report.
SIDE_TAKING_VERBS = word_set("oppose propose support back endorse sponsor champion")

# Proposals of an act, and denials and admissions of one, which may be a gerund: "recommended
# closing the building", "denied targeting civilians", "admitted stealing the painting".
GERUND_VERBS = word_set("recommend propose suggest advise urge deny admit acknowledge")

# What a document shows or finds, which may be a noun phrase: "the audit found a shortfall".
FINDING_VERBS = word_set("show find reveal indicate suggest confirm")

# Nouns that report when a clause follows: "his claim that ...", "a pledge to ...".
NOUN_CUES = word_set(
    """
    claim claims statement statements assertion assertions allegation allegations accusation
    accusations argument arguments warning warnings pledge pledges promise promises vow vows
    announcement announcements admission admissions suggestion suggestions insistence
    contention assurance assurances prediction predictions comment comments remark remarks
    pronouncement pronouncements charge charges call calls demand demands threat threats
    report reports belief view views assessment conclusion finding findings estimate estimates
    denial denials complaint complaints criticism proposal proposals declaration
    recommendation recommendations
    """
)

# Cues with no source: the attribution is asserted without saying by whom.
SOURCELESS_ADVERBS = word_set("reportedly allegedly purportedly supposedly reputedly")
# Views in the passive asserted without saying whose: "Keller is expected to testify", "the
# decision was seen as a blow", "it is widely assumed that ..." (a passive with no agent). Not
# verbs another class reads. "Seem" and "appear" ("the talks seemed to stall") were tried:
# right 128 times of 260 on PolNeAR's training split, too few for their false alarms.
# "Is understood to", "are said to", "is believed to", "is thought to", "is alleged to",
# "it is understood that" read the same way (the same words with a subject or an agent are
# another class's reports, or nothing).
SOURCELESS_VERBS = word_set(
    "expect assume consider see rumour rumor understand say believe think report allege urge "
    "advise encourage ask warn tell order"
)

# A press release's "is pleased to announce": the announcement is made (sources.py).
PLEASED_ADJECTIVES = word_set(
    "pleased delighted proud happy excited thrilled glad honoured honored"
)

# Where a report was made: "called for more investment in a statement on Thursday".
MEDIA_NOUNS = word_set(
    "statement interview letter speech post tweet email video broadcast briefing conference "
    "release message op-ed column podcast"
)

# Verbs whose subject owns the report it voices: "X made the claim that ...", "issued a warning
# that ...", "repeated its call for ..." (not "rejected suggestions that ...": others').
VOICING_VERBS = word_set(
    "make issue repeat renew reiterate deliver give voice raise express float send sound offer "
    "put publish release post tweet lodge file submit echo stand"
)

# A speaker's grounds or next words, in a participle after the report: "warned that ...,
# citing rising costs", "said ..., adding that ...". (Not a label: "said the president would
# veto the bill, calling it 'dead on arrival'" keeps it in the report.)
REASON_GIVING_VERBS = word_set(
    "cite add note point explain say warn argue insist claim stress blame"
)

# Documents that frame a sentence's findings: "In the latest poll, Clinton led by five points".
FRAMING_DOCUMENTS = word_set("poll survey study report analysis audit census review ruling")

# Bodies that hear evidence: "the court heard that ..." has no speaker named (hearings.py).
LISTENING_BODIES = word_set("court jury juror inquiry tribunal hearing inquest panel committee")

PRONOUNS = word_set("he she they it we i you him her them us who which that")

# Head nouns of sources that are unnamed people or groups of people.
ANONYMOUS_NOUNS = word_set(
    """
    people person source sources official officials aide aides insider insiders ally allies
    adviser advisers advisor advisors diplomat diplomats executive executives employee
    employees staffer staffers spokesperson spokesman spokeswoman representative
    representatives analyst analysts expert experts observer observers critic critics witness
    witnesses resident residents investor investors participant participants member members
    someone one individual individuals colleague colleagues friend friends neighbour
    neighbours neighbor neighbors activist activists lawmaker lawmakers legislator legislators
    economist economists scientist scientists researcher researchers doctor doctors lawyer
    lawyers attorney attorneys supporter supporters opponent opponents voter voters user users
    """
)

# Head nouns of sources that hold an office: with "the" or an owner ("the governor", "the
# company's chief executive", "Brazil's president") one person, named by their role; with "a"
# or in the plural ("a minister", "officials") an unnamed someone.
OFFICE_NOUNS = word_set(
    """
    president premier governor mayor minister secretary chancellor senator congressman
    congresswoman judge justice prosecutor sheriff commissioner chairman chairwoman chairperson
    chair director ceo executive founder coach manager captain pope king queen prince princess
    ambassador envoy general treasurer auditor inspector superintendent principal dean speaker
    leader head boss chief commander attorney-general counsel ombudsman comptroller controller
    """
)

# Head nouns of sources that are organisations or institutions without a name.
ORGANIZATION_NOUNS = word_set(
    """
    group groups company companies firm firms government governments ministry ministries
    department departments agency agencies administration campaign committee committees council
    party parties union unions court courts police military army navy office bureau board
    commission authority authorities regulator regulators industry bank banks organisation
    organisations organization organizations institute university team coalition alliance
    association federation network newspaper paper outlet station broadcaster website
    inspectorate watchdog ombudsman tribunal charity charities trust club clubs school schools
    hospital airline operator insurer utility
    """
)

# Head nouns of sources that are documents, data or publications.
DOCUMENT_NOUNS = word_set(
    """
    estimate estimates report reports study studies survey surveys poll polls data figure
    figures document documents filing filings statement statements memo memos letter letters
    analysis analyses research record records book article review audit assessment forecast
    forecasts projection projections census index release post tweet email emails
    transcript transcripts minutes testimony complaint lawsuit indictment ruling order
    findings calculations numbers statistics model models count tally images footage video
    videos photos photographs pictures recordings papers petition petitions motion motions
    resolution resolutions notice notices budget budgets plan plans strategy strategies
    paper inspection inspections test tests monitoring
    """
)

# Sentence-initial connectives that belong to the discourse, not to the claim.
CONNECTIVES = word_set(
    "however meanwhile moreover furthermore but and yet still nevertheless nonetheless also so"
)


# Refusals to say, which claim nothing: "declined to comment", "refused to say whether ...".
REFUSAL_VERBS = word_set("decline refuse")
# A report wanted, needed or planned has not been made: "deserve to know how ...", "wants to
# say that ...", "plans to announce ..." (an infinitive under these verbs).
UNMADE_REPORT_VERBS = word_set("want need deserve wish hope plan intend try like love consider")
# What a defendant denies in a plea ("denied 11 counts of fraud", "denies murder"): an act.
# Crimes as a defendant admits or denies them: "admitted embezzling £212,460", "denies
# stealing", as gerunds (with CHARGE_WORDS: "admitted two counts of fraud").
CRIMES_DONE = word_set(
    "embezzle steal defraud assault murder kill rob burgle launder bribe stalk harass "
    "possess supply smuggle attack wound kidnap rape"
)
CHARGE_WORDS = word_set(
    """
    count charge murder manslaughter fraud theft assault arson robbery burglary rape
    harassment stalking bribery embezzlement kidnapping
    """
)
# Not telling a thing: "Her office would not confirm her travel plans" (a refusal, like "would
# not comment"); with a clause ("did not confirm that ...", "did not deny that ...") a claim.
NON_DISCLOSURE_VERBS = word_set("confirm disclose reveal discuss specify identify name detail")
# Verbs that, negated, say that nothing was said: "did not respond", "does not comment on ...".
NO_COMMENT_VERBS = word_set("comment respond reply elaborate answer")
# Verbs whose complement opening with a question word is a question, not a claim: "asked why
# ...", "wondered whether ...". ("Know how ..." was tried: on PolNeAR's dev split as often a
# claim as not.)
OPEN_QUESTION_VERBS = word_set("ask wonder inquire enquire")
# Words opening an embedded question: "would not say whether ...", "did not say when ...".
QUESTION_WORDS = word_set("whether if when why how what who where which")

# "asked not to be identified", "requested that she not be named": a source asking for
# anonymity (``builders.claims_nothing``).
ANONYMITY_REQUEST_VERBS = word_set("ask request speak")
NAMING_VERBS = word_set("name identify quote")
# What an anonymous source asks be withheld: "asked that her name not be used".
IDENTITY_NOUNS = word_set("name names identity surname")

# A court's or a board's rulings on what was put to it ("denied a motion to dismiss", "granted
# bail", "rejected the application"): acts of procedure, like "voted" or "approved".
APPLICATION_NOUNS = word_set(
    "motion application request bail appeal petition bid permission leave parole injunction "
    "objection adjournment extension stay waiver"
)
RULING_VERBS = word_set("deny reject dismiss grant refuse overrule uphold allow throw")

# Verbs of a question put to someone: "Asked whether ..., X said", "Pressed on the cuts, ...".
QUESTION_VERBS = word_set("ask question press quiz challenge")

# Words of a plan or expectation whose infinitive points to the future: "is expected to testify",
# "is scheduled to vote", "plans to resign", "is due to report", "is set to announce".
PLAN_WORDS = word_set(
    "expect schedule set due plan intend aim poise slate prepare likely expected scheduled "
    "planned poised slated"
)

# Honorifics: titles of address, not roles ("Mr." is not what John Smith does). A gendered one
# tells two people of one surname apart ("Mr. Smith" is not "Ms. Smith").
MALE_HONORIFICS = word_set("mr messrs sir lord")
FEMALE_HONORIFICS = word_set("mrs ms miss dame lady madam mme mlle")
# Forms of address are never a role ("Mr. Ortiz", "Ms. Lund"); "professor" may be one.
FORMS_OF_ADDRESS = MALE_HONORIFICS | FEMALE_HONORIFICS | word_set("mx")
HONORIFICS = FORMS_OF_ADDRESS | word_set("dr prof professor rev revd")
# Titles that stand before a name with a full stop ("Dr.", "Datuk Ir. Hamzah", "Cllr. Ruiz",
# "Insp. Lowe"), never at a sentence's end: the tokenizer keeps them whole and no sentence
# starts after them.
TITLES_BEFORE_NAMES = (HONORIFICS - word_set("professor")) | word_set(
    "ir hon gen lt col sgt capt cmdr supt insp det cllr gov sen rep adm maj brig fr sra dra ald"
)


def honorific_gender(word: str) -> str | None:
    """The gender ("male", "female") of a gendered honorific ("Mr.", "Ms"), else None."""
    bare = word.rstrip(".").casefold()
    if bare in MALE_HONORIFICS:
        return "male"
    if bare in FEMALE_HONORIFICS:
        return "female"
    return None


def is_honorific(word: str) -> bool:
    return word.rstrip(".").casefold() in HONORIFICS


# Verbs of Title Case headlines ("Senator Slams Budget", "Mayor Vows To ..."), read in their
# third-person form by ``components.attribution.headlines``: verbs of reporting, and the verbs
# of attack and support that headlines use for them.
HEADLINE_VERBS = word_set(
    """
    say tell urge warn slam blast rip hammer praise endorse back accuse vow pledge claim ask
    defend question reject demand seek see insist admit tout mock attack criticize criticise
    call deny predict suggest argue announce confirm reveal signal rule report show
    """
)

# The common speech cues of the evaluation's speech-cue subset (``claimx.evaluate``): a fixed
# definition of the metric, not a list to grow with the rules.
SPEECH_VERBS = word_set("say tell add note write state announce report claim explain")
# Acts only a speaker does (no thing demands or promises): a verb of these joined to a reported
# clause about a thing is the speaker's next act ("said the fee was unfair and demanded ...").
SPEECH_ACT_VERBS = word_set(
    "demand urge call announce deny confirm propose promise pledge vow recommend acknowledge "
    "disclose ask warn insist order direct instruct appeal describe call brand label dub term "
    "accuse blame"
)


# Every verb of the lexicon's cue lists, the lemma each form stands for.
CUE_VERBS = (
    CLAUSE_VERBS
    | OBJECT_VERBS
    | EVALUATION_VERBS
    | frozenset(PREPOSITION_VERBS)
    | LABEL_VERBS
    | URGE_VERBS
    | INFINITIVE_VERBS
    | GERUND_VERBS
    | FINDING_VERBS
    | SOURCELESS_VERBS
    | QUESTION_VERBS
    | HEADLINE_VERBS
    | SPEECH_VERBS
)
_LEMMA_OF_FORM: dict[str, str] = {}
for _lemma in sorted(CUE_VERBS):
    for _form in verb_forms(_lemma):
        _LEMMA_OF_FORM.setdefault(_form, _lemma)
for _lemma in sorted(CUE_VERBS):
    _LEMMA_OF_FORM[_lemma] = _lemma  # a lemma is its own, whatever else it is a form of


def lemma_of_form(word: str) -> str:
    """A cue verb's lemma from a form as written ("quipped": "quip"); other words lower-cased."""
    lowered = word.lower()
    return _LEMMA_OF_FORM.get(lowered, lowered)
