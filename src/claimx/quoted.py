"""Who is quoted across a batch: the sources of the records' claims, aggregated by speaker.

"Sam Altman", "Altman" and "Mr. Altman" are one speaker when nothing else in the batch is
called Altman; "Altman" stays apart when two people of that surname are quoted (which one it
was is then unknowable here). A gendered honorific keeps people apart: "Mr. Smith" joins only a
Smith who is not "Ms." or "Mrs." anywhere in the batch, and "Mr. Smith" and "Ms. Smith" with
no full name to join are two speakers, not one; a bare "Smith" then stays apart from both.
Organisations, anonymous sources and documents are aggregated by their name or words ("people
familiar with the talks" quoted in three articles is one row: how much a batch leans on unnamed
sources is what a reviewer asks first). Pronouns count for the
person they were resolved to; an unresolved pronoun and a claim with no source name nobody.

``claimx speakers`` prints this table, and the HTML report's "who is quoted" uses the same.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from claimx.lexicon import HONORIFICS as TITLES_OF_ADDRESS
from claimx.lexicon import honorific_gender, word_set
from claimx.records import ArticleRecord, ClaimRecord

# Titles of address that say nothing about who is speaking (roles such as "Mayor" are already
# apart from the name in the record's source).
HONORIFICS = TITLES_OF_ADDRESS | word_set("fr sen rep")
# Whose name can be shortened to a surname: people, named or reached through a pronoun.
_PERSON_TYPES = frozenset(("person", "pronoun"))


@dataclass(frozen=True)
class ClaimRef:
    """One claim of one article: the record's ``input`` and the claim's ``id``."""

    input: str
    claim: str


@dataclass
class Speaker:
    key: str  # "s0", "s1"... in the table's order (most claims first)
    name: str  # the fullest form the batch uses
    source_type: str  # person (named or through a pronoun), organization, anonymous...
    claims: list[ClaimRef] = field(default_factory=list)
    variants: Counter[str] = field(default_factory=Counter)
    organizations: Counter[str] = field(default_factory=Counter)

    @property
    def articles(self) -> int:
        return len({ref.input for ref in self.claims})

    def as_dict(self) -> dict[str, object]:
        return {
            "speaker": self.name,
            "source_type": self.source_type,
            "claims": len(self.claims),
            "articles": self.articles,
            "variants": [name for name, _ in self.variants.most_common()],
            "organizations": [name for name, _ in self.organizations.most_common()],
            "claim_refs": [{"input": ref.input, "claim": ref.claim} for ref in self.claims],
        }


@dataclass(frozen=True)
class _Quote:
    ref: ClaimRef
    name: str  # as the record gives it, honorifics dropped
    family: str  # person (for pronouns too), or the source type itself
    organization: str | None
    gender: str | None = None  # "male" or "female" when a gendered honorific came with the name
    honorific: str | None = None  # that honorific as written ("Mr.")


def who_is_quoted(records: Iterable[ArticleRecord]) -> list[Speaker]:
    """The speakers of the records' claims, most quoted first (then by name)."""
    quotes = [quote for record in records for quote in _quotes(record)]
    surnames = _unique_surnames(quotes)
    groups: dict[tuple[str, str], list[_Quote]] = defaultdict(list)
    for quote in quotes:
        groups[_group_key(quote, surnames)].append(quote)
    speakers = [_speaker(members) for members in groups.values()]
    speakers.sort(key=lambda s: (-len(s.claims), s.name.casefold(), s.source_type))
    for index, speaker in enumerate(speakers):
        speaker.key = f"s{index}"
    return speakers


def speaker_of_claims(speakers: list[Speaker]) -> dict[ClaimRef, str]:
    """Each claim's speaker key, for the report's filter."""
    return {ref: speaker.key for speaker in speakers for ref in speaker.claims}


def _quotes(record: ArticleRecord) -> Iterable[_Quote]:
    for claim in record["claims"]:
        name = _source_name(claim)
        if name is None:
            continue
        source_type = claim["source_type"]
        family = "person" if source_type in _PERSON_TYPES else source_type
        organization = claim["source"]["organization"] if claim["source"] else None
        ref = ClaimRef(record["input"], claim["id"])
        honorific = _honorific(claim, name) if family == "person" else None
        gender = honorific_gender(honorific) if honorific else None
        yield _Quote(ref, name, family, organization, gender, honorific if gender else None)


def _honorific(claim: ClaimRecord, name: str) -> str | None:
    """The honorific written just before the name (its first word) in the source's words or in
    its name ("Mr. Smith", "the harbour master, Ms Jones")."""
    source = claim["source"]
    if source is None:
        return None
    parts = name.split(" ")
    for word in dict.fromkeys((parts[0], parts[-1])):  # "Mr. John Smith", "Mr. Smith"
        for words in (source["name"] or "", source["text"]):
            for found in re.finditer(rf"([A-Za-z]+\.?)\s+{re.escape(word)}\b", words):
                if found.group(1).rstrip(".").casefold() in HONORIFICS:
                    return found.group(1)
    return None


def _source_name(claim: ClaimRecord) -> str | None:
    """The name a claim credits: the source's name, else (but for a bare pronoun) its words."""
    source = claim["source"]
    if source is None:
        return None
    if source["name"]:
        name = source["name"]
    elif claim["source_type"] == "pronoun":
        return None
    else:
        name = source["text"]
    words = re.sub(r"['’]s$", "", " ".join(name.split())).split(" ")
    while len(words) > 1 and words[0].rstrip(".").casefold() in HONORIFICS:
        words = words[1:]
    return " ".join(words) or None


@dataclass
class _Surname:
    """The people of one surname in a batch: full names, with the genders their honorifics
    gave them, and the genders of honorifics used with the surname alone."""

    full_names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    alone: set[str] = field(default_factory=set)

    def person(self, gender: str | None) -> str | None:
        """The one full name, or gendered surname, the surname with ``gender`` can mean."""
        names = [n for n, genders in self.full_names.items() if _compatible(gender, genders)]
        if gender is not None:
            return names[0] if len(names) == 1 else (None if names else f"|{gender}")
        people = set(names) | {self._alone_as(g) for g in self.alone}
        return people.pop() if len(people) == 1 else None

    def _alone_as(self, gender: str) -> str:
        return self.person(gender) or f"|{gender}"


def _compatible(gender: str | None, genders: set[str]) -> bool:
    return gender is None or not genders or genders == {gender}


def _unique_surnames(quotes: list[_Quote]) -> dict[str, _Surname]:
    """Surname → who that surname can mean in the batch (surnames that two people share stay
    apart: "Altman" alone then is its own speaker)."""
    surnames: dict[str, _Surname] = defaultdict(_Surname)
    for quote in quotes:
        if quote.family != "person":
            continue
        words = quote.name.split(" ")
        known = surnames[words[-1].casefold()]
        if len(words) > 1:
            genders = known.full_names[quote.name.casefold()]
            if quote.gender:
                genders.add(quote.gender)
        elif quote.gender:
            known.alone.add(quote.gender)
    return surnames


def _group_key(quote: _Quote, surnames: dict[str, _Surname]) -> tuple[str, str]:
    name = quote.name.casefold()
    if quote.family == "person" and " " not in name:
        person = surnames[name].person(quote.gender) if name in surnames else None
        if person is None:
            return ("person", f"{name}|{quote.gender}" if quote.gender else name)
        return ("person", f"{name}{person}" if person.startswith("|") else person)
    if quote.family != "person":
        name = re.sub(r"^(?:the|an?) ", "", name)
    return (quote.family, name)


def _speaker(members: list[_Quote]) -> Speaker:
    variants = Counter(quote.name for quote in members)
    organizations = Counter(quote.organization for quote in members if quote.organization)
    # The fullest form, then the most used, then the first in alphabetical order.
    name = min(variants, key=lambda v: (-len(v.split(" ")), -variants[v], v))
    honorifics = Counter(quote.honorific for quote in members if quote.honorific)
    if " " not in name and honorifics:  # "Mr. Smith", told apart from "Ms. Smith"
        name = f"{honorifics.most_common(1)[0][0]} {name}"
    return Speaker(
        key="",
        name=name,
        source_type=members[0].family,
        claims=[quote.ref for quote in members],
        variants=variants,
        organizations=organizations,
    )
