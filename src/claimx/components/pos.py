"""``claimx_pos``: the model's attribute_ruler, compiled into table lookups.

The small English model maps each fine-grained tag to a part of speech and morphology with an
attribute_ruler of 179 Matcher patterns, and runs them over every token of every article: a
ninth of the whole pipeline's time, for what is mostly a lookup by tag. Almost every pattern
looks at one token's TAG, LOWER, DEP or IS_SPACE, so the outcome for a token is a function of
those four values: it is worked out once per distinct combination (rules applied in the
ruler's order, later ones winning, as the ruler does) and looked up after that. The handful of
two-token patterns ("gon na", "let 's") are matched by a scan over the tokens whose first
word can start them.

``compile_rules`` refuses any pattern it cannot reproduce exactly (another attribute, an
operator, a quantifier): the model's own attribute_ruler then stays. That the result is the
same, token by token, is checked by tests on texts of ours and by ``benchmarks/annotations.py``
on the full evaluation splits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc

# The token attributes a compiled pattern may test, in the order of the lookup key.
KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
_KEY_IDS = [TAG, LOWER, DEP, IS_SPACE]
# The token attributes the ruler's rules write (to_array / from_array columns).
WRITTEN = [POS, MORPH, LEMMA, TAG, DEP]

Key = tuple[int, int, int, int]  # TAG, LOWER, DEP hashes and IS_SPACE, as to_array gives them
Test = Callable[[Key], bool]


@dataclass(frozen=True)
class CompiledRule:
    order: int  # the ruler's order: later rules win
    tokens: tuple[Test, ...]  # one test per token of the pattern
    index: int  # which token of the match gets the attributes
    attrs: dict[int, Any]  # normalised as the ruler keeps them (attribute id → value)


@dataclass(frozen=True)
class CompiledRules:
    single: tuple[CompiledRule, ...]
    multi: tuple[CompiledRule, ...]
    # Per key position: the values some pattern names, and the regular expressions; any other
    # value passes and fails exactly the same tests, so keys are looked up with it as OTHER.
    named: tuple[frozenset[int], ...]
    regexes: tuple[tuple[re.Pattern[str], ...], ...]


OTHER = 1  # stands for every value no pattern names (a hash is never 1 in practice)


def compile_rules(ruler: Any) -> CompiledRules | None:
    """The ruler's patterns as tests over a token's key, or None if one cannot be compiled."""
    collector = _Collector(ruler.vocab.strings)
    single: list[CompiledRule] = []
    multi: list[CompiledRule] = []
    patterns_by_rule = _patterns_by_rule(ruler)
    for order, (patterns, attrs, index) in enumerate(
        zip(patterns_by_rule, ruler.attrs, ruler.indices, strict=True)
    ):
        stored = _as_stored(attrs, ruler.vocab)
        if stored is None:
            return None
        for pattern in patterns:
            tests = [collector.token_test(token) for token in pattern]
            if not tests or any(test is None for test in tests):
                return None
            rule = CompiledRule(order, tuple(t for t in tests if t is not None), index, stored)
            (single if len(pattern) == 1 else multi).append(rule)
    named = tuple(frozenset(values) for values in collector.named)
    regexes = tuple(tuple(found) for found in collector.regexes)
    return CompiledRules(tuple(single), tuple(multi), named, regexes)


def _patterns_by_rule(ruler: Any) -> list[list[list[dict[str, Any]]]]:
    """Each rule's patterns, in the order the ruler added them (its ``patterns`` lists them by
    rule, with the index of the rule's attributes)."""
    return [entry["patterns"] for entry in ruler.patterns]


class _Collector:
    """Turns pattern tokens into tests, noting every value and expression they name."""

    def __init__(self, strings: Any) -> None:
        self.strings = strings
        self.named: list[set[int]] = [set() for _ in KEY_ATTRS]
        self.regexes: list[list[re.Pattern[str]]] = [[] for _ in KEY_ATTRS]

    def token_test(self, token: dict[str, Any]) -> Test | None:
        tests: list[Test] = []
        for attr, wanted in token.items():
            if attr not in KEY_ATTRS:
                return None
            test = self.value_test(KEY_ATTRS.index(attr), wanted)
            if test is None:
                return None
            tests.append(test)
        return lambda key: all(test(key) for test in tests)

    def value_test(self, position: int, wanted: Any) -> Test | None:
        """A test of one attribute: equal to, in, not in (compared as hashes), or a regular
        expression on the string."""
        if KEY_ATTRS[position] == "IS_SPACE":
            if not isinstance(wanted, bool):
                return None
            return lambda key: bool(key[position]) == wanted
        if isinstance(wanted, str):
            value = self._named(position, [wanted]).pop()
            return lambda key: key[position] == value
        if not isinstance(wanted, dict) or len(wanted) != 1:
            return None
        [(operator, operand)] = wanted.items()
        if operator in ("IN", "NOT_IN") and isinstance(operand, list):
            values = frozenset(self._named(position, operand))
            inside = operator == "IN"
            return lambda key: (key[position] in values) == inside
        if operator == "REGEX" and isinstance(operand, str) and KEY_ATTRS[position] == "LOWER":
            pattern = re.compile(operand)
            self.regexes[position].append(pattern)
            strings = self.strings
            return lambda key: (
                key[position] != OTHER and bool(pattern.search(strings[key[position]]))
            )
        return None

    def _named(self, position: int, words: list[str]) -> set[int]:
        values = {self.strings[word] for word in words}
        self.named[position] |= values
        return values


class NotCompilable(ValueError):
    """The ruler has a pattern the lookups cannot reproduce: keep the ruler itself."""


class CompiledRuler:
    """What the attribute_ruler does, by lookup: attributes per distinct token key."""

    def __init__(self, ruler: Any) -> None:
        rules = compile_rules(ruler)
        if rules is None:
            raise NotCompilable(f"{ruler.name}: a pattern claimx_pos cannot reproduce")
        self.ruler = ruler
        self.rules = rules
        self.strings = ruler.vocab.strings
        self._outcomes: dict[Key, dict[int, Any]] = {}
        self._starting: dict[Key, tuple[CompiledRule, ...]] = {}
        self._kept: list[dict[int, int]] = [{} for _ in KEY_ATTRS]

    def _canonical(self, row: list[int]) -> Key:
        """The token's key with each value no pattern tells apart from others as OTHER."""
        tag, lower, dep, space = row
        return (
            self._kept_value(0, tag),
            self._kept_value(1, lower),
            self._kept_value(2, dep),
            space,
        )

    def _kept_value(self, position: int, value: int) -> int:
        kept = self._kept[position].get(value)
        if kept is None:
            kept = value if self._told_apart(position, value) else OTHER
            self._kept[position][value] = kept
        return kept

    def _told_apart(self, position: int, value: int) -> bool:
        if value in self.rules.named[position]:
            return True
        regexes = self.rules.regexes[position]
        return bool(regexes) and any(r.search(self.strings[value]) for r in regexes)

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled as the ruler it compiles (its tests are closures): a worker started by spawn
        compiles it again."""
        return (CompiledRuler, (self.ruler,))

    def __call__(self, doc: Doc) -> Doc:
        keys = [self._canonical(row) for row in doc.to_array(_KEY_IDS).tolist()]
        extra = self._multi_token_matches(keys)
        written: Any = doc.to_array(WRITTEN)  # what the tagger and parser left, to overwrite
        for i, key in enumerate(keys):
            attrs = self._outcome(key)
            if i in extra:
                attrs = self._with_multi(key, extra[i])
            for column, value in attrs.items():
                written[i, column] = value
        doc.from_array(WRITTEN, written)
        return doc

    def _outcome(self, key: Key) -> dict[int, Any]:
        found = self._outcomes.get(key)
        if found is None:
            found = _merged(rule for rule in self.rules.single if rule.tokens[0](key))
            self._outcomes[key] = found
        return found

    def _multi_token_matches(self, keys: list[Any]) -> dict[int, list[CompiledRule]]:
        """Token index → the multi-token rules whose match sets its attributes."""
        hits: dict[int, list[CompiledRule]] = {}
        for start, key in enumerate(keys):
            for rule in self._rules_starting(key):
                width = len(rule.tokens)
                if start + width > len(keys):
                    continue
                if all(rule.tokens[k](keys[start + k]) for k in range(1, width)):
                    target = start + (rule.index if rule.index >= 0 else width + rule.index)
                    hits.setdefault(target, []).append(rule)
        return hits

    def _rules_starting(self, key: Key) -> tuple[CompiledRule, ...]:
        """The multi-token rules whose first token this key passes (almost always none)."""
        found = self._starting.get(key)
        if found is None:
            found = tuple(rule for rule in self.rules.multi if rule.tokens[0](key))
            self._starting[key] = found
        return found

    def _with_multi(self, key: Key, rules: list[CompiledRule]) -> dict[int, Any]:
        single = [rule for rule in self.rules.single if rule.tokens[0](key)]
        return _merged(sorted([*single, *rules], key=lambda rule: rule.order))


def _merged(rules: Iterable[CompiledRule]) -> dict[int, int]:
    """Column of WRITTEN → the value the matching rules leave there, applied in order (a
    later rule's value wins), as the token stores it (a morphology's key, a string's hash)."""
    merged: dict[int, Any] = {}
    for rule in rules:
        merged.update(rule.attrs)
    return {WRITTEN.index(attr): value for attr, value in merged.items()}


def _as_stored(attrs: dict[int, Any], vocab: Any) -> dict[int, int] | None:
    """The ruler's normalised attributes as a token stores them: a morphology by its key in
    the vocabulary's morphology table (Token.set_morph's conversion), the rest as they are."""
    stored = {}
    for attr, value in attrs.items():
        if attr not in WRITTEN:
            return None
        stored[attr] = vocab.morphology.add(vocab.strings[value]) if attr == MORPH else value
    return stored


@Language.factory(
    "claimx_pos",
    assigns=["token.pos", "token.morph", "token.lemma"],
    requires=["token.tag", "token.dep"],
)
def make_compiled_ruler(nlp: Language, name: str, source: str = "attribute_ruler") -> Any:
    """The ``source`` attribute_ruler of ``nlp``, compiled (see the module's docstring)."""
    return CompiledRuler(nlp.get_pipe(source))
