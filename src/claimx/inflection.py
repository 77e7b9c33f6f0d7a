"""A verb's forms from its lemma: the lexicon's lists hold lemmas, and the places that read
words as written (the rule-only pipeline, headlines, the metric) derive their forms here."""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Irregular verbs: their past tense and past participle (one form when both are the same).
_IRREGULAR_PAST: dict[str, tuple[str, ...]] = {
    "say": ("said",),
    "tell": ("told",),
    "write": ("wrote", "written"),
    "find": ("found",),
    "know": ("knew", "known"),
    "show": ("showed", "shown"),
    "see": ("saw", "seen"),
    "seek": ("sought",),
    "think": ("thought",),
    "hold": ("held",),
    "speak": ("spoke", "spoken"),
    "swear": ("swore", "sworn"),
    "forecast": ("forecast", "forecasted"),
    "learn": ("learned", "learnt"),
    "set": ("set",),
    "put": ("put",),
    "read": ("read",),
    "mean": ("meant",),
    "teach": ("taught",),
    "bring": ("brought",),
    "give": ("gave", "given"),
    "foresee": ("foresaw", "foreseen"),
}
# Words of two syllables or more stressed on the last one, which double their final consonant
# ("admitted", "concurred"); others do not ("posited", "countered").
_FINAL_STRESS = _words(
    "admit commit submit omit permit emit transmit regret rebut abet concur confer refer prefer "
    "defer infer occur deter compel expel propel control patrol allot forget"
)
# A final "l" after one vowel doubles in British spelling only: both forms are written.
_BRITISH_L = _words("label signal cancel model travel level total channel dial fuel")
_VOWELS = frozenset("aeiou")


def _syllables(word: str) -> int:
    word = word.replace("qu", "q")
    groups = re.findall(r"[aeiouy]+", word[:-1] if word.endswith("e") else word)
    return max(1, len(groups))


def _doubles(lemma: str) -> bool:
    """Does the final consonant double before -ed and -ing ("quip": "quipped")?"""
    stem = lemma.replace("qu", "q")
    if len(stem) < 3 or stem[-1] in _VOWELS or stem[-1] in "wxy":
        return False
    if stem[-2] not in _VOWELS or stem[-3] in _VOWELS:
        return False
    return _syllables(lemma) == 1 or lemma in _FINAL_STRESS


def third_person(lemma: str) -> str:
    """ "says", "urges", "denies", "stresses", "vetoes"."""
    if lemma.endswith(("s", "x", "z", "ch", "sh", "o")):
        return lemma + "es"
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def past_forms(lemma: str) -> tuple[str, ...]:
    """The past tense and participle: "said", "quipped", "denied", "labelled"/"labeled"."""
    if lemma in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[lemma]
    if lemma.endswith("e"):
        return (lemma + "d",)
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return (lemma[:-1] + "ied",)
    if lemma in _BRITISH_L:
        return (lemma + "led", lemma + "ed")
    if _doubles(lemma):
        return (lemma + lemma[-1] + "ed",)
    return (lemma + "ed",)


def present_participle(lemma: str) -> str:
    """ "saying", "noting", "agreeing", "quipping"."""
    if lemma.endswith("ie"):
        return lemma[:-2] + "ying"
    if lemma.endswith("e") and not lemma.endswith(("ee", "ye", "oe")):
        return lemma[:-1] + "ing"
    if _doubles(lemma):
        return lemma + lemma[-1] + "ing"
    return lemma + "ing"


def verb_forms(lemma: str, participle: bool = True) -> frozenset[str]:
    """Every form of a verb: base, third person, past (and participles), "-ing" (unless
    ``participle`` is False)."""
    forms = {lemma, third_person(lemma), *past_forms(lemma)}
    if participle:
        forms.add(present_participle(lemma))
        if lemma in _BRITISH_L:
            forms.add(lemma + "ling")
    return frozenset(forms)
