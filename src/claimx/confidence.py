"""A confidence per claim: how often a claim like it is right, measured.

The rules' claims get the precision that claims of their group reached on gold data (a claim
is right when it matches a gold claim at Jaccard 0.5, as ``claimx evaluate`` counts): the
group is the rule that found it, its kind (direct, indirect, mixed) and its source type. A
group seen rarely leans on its rule and kind, that one on its rule, that one on all claims
(each estimate shrunk towards the broader one by ``PRIOR_WEIGHT`` claims' worth), so that a
handful of claims never gives a confidence of 0 or 1.

``MEASURED`` holds the counts (right, claims) per group, as ``benchmarks/calibrate.py`` prints
them from a gold file; they were measured on PolNeAR's training split (counts only: no text),
and ``claimx evaluate`` shows how well they are calibrated on any other gold file. A trained
attribution model sets its own confidence instead.
"""

from __future__ import annotations

from collections import defaultdict
from functools import cache

PRIOR_WEIGHT = 20.0  # claims' worth of the broader estimate in each narrower one

Group = tuple[str, str, str]  # rule, kind, source type

# (right, claims) per group, from: python benchmarks/calibrate.py train.jsonl -j 2
# 840 articles of train.jsonl: 10018 of 11718 right
MEASURED: dict[Group, tuple[int, int]] = {
    ("according to", "direct", "anonymous"): (0, 1),
    ("according to", "direct", "document"): (1, 1),
    ("according to", "direct", "organization"): (6, 7),
    ("according to", "direct", "person"): (1, 1),
    ("according to", "indirect", "anonymous"): (57, 66),
    ("according to", "indirect", "document"): (100, 125),
    ("according to", "indirect", "organization"): (88, 105),
    ("according to", "indirect", "person"): (30, 38),
    ("according to", "indirect", "pronoun"): (1, 1),
    ("according to", "indirect", "unspecified"): (2, 2),
    ("according to", "mixed", "anonymous"): (8, 10),
    ("according to", "mixed", "document"): (14, 16),
    ("according to", "mixed", "organization"): (23, 25),
    ("according to", "mixed", "person"): (10, 13),
    ("according to", "mixed", "unspecified"): (1, 1),
    ("clause", "direct", "anonymous"): (96, 103),
    ("clause", "direct", "document"): (20, 24),
    ("clause", "direct", "organization"): (129, 140),
    ("clause", "direct", "person"): (1941, 2004),
    ("clause", "direct", "pronoun"): (885, 956),
    ("clause", "direct", "unspecified"): (44, 52),
    ("clause", "indirect", "anonymous"): (507, 628),
    ("clause", "indirect", "document"): (190, 240),
    ("clause", "indirect", "organization"): (501, 607),
    ("clause", "indirect", "person"): (1292, 1477),
    ("clause", "indirect", "pronoun"): (683, 877),
    ("clause", "indirect", "unspecified"): (148, 210),
    ("clause", "mixed", "anonymous"): (68, 79),
    ("clause", "mixed", "document"): (21, 22),
    ("clause", "mixed", "organization"): (86, 100),
    ("clause", "mixed", "person"): (754, 834),
    ("clause", "mixed", "pronoun"): (309, 337),
    ("clause", "mixed", "unspecified"): (30, 46),
    ("dash or colon", "direct", "anonymous"): (10, 13),
    ("dash or colon", "direct", "document"): (6, 6),
    ("dash or colon", "direct", "organization"): (14, 15),
    ("dash or colon", "direct", "person"): (41, 55),
    ("dash or colon", "direct", "pronoun"): (16, 17),
    ("dash or colon", "direct", "unspecified"): (4, 8),
    ("dash or colon", "indirect", "anonymous"): (5, 9),
    ("dash or colon", "indirect", "document"): (7, 10),
    ("dash or colon", "indirect", "organization"): (10, 22),
    ("dash or colon", "indirect", "person"): (36, 73),
    ("dash or colon", "indirect", "unspecified"): (1, 4),
    ("dash or colon", "mixed", "anonymous"): (3, 3),
    ("dash or colon", "mixed", "document"): (1, 1),
    ("dash or colon", "mixed", "organization"): (1, 2),
    ("dash or colon", "mixed", "person"): (24, 28),
    ("evaluation", "direct", "anonymous"): (1, 1),
    ("evaluation", "direct", "organization"): (1, 2),
    ("evaluation", "direct", "person"): (0, 1),
    ("evaluation", "direct", "pronoun"): (1, 2),
    ("evaluation", "direct", "unspecified"): (0, 1),
    ("evaluation", "indirect", "anonymous"): (46, 66),
    ("evaluation", "indirect", "document"): (12, 15),
    ("evaluation", "indirect", "organization"): (64, 83),
    ("evaluation", "indirect", "person"): (226, 284),
    ("evaluation", "indirect", "pronoun"): (131, 191),
    ("evaluation", "indirect", "unspecified"): (8, 10),
    ("evaluation", "mixed", "anonymous"): (3, 3),
    ("evaluation", "mixed", "document"): (1, 1),
    ("evaluation", "mixed", "organization"): (8, 9),
    ("evaluation", "mixed", "person"): (45, 60),
    ("evaluation", "mixed", "pronoun"): (18, 21),
    ("evaluation", "mixed", "unspecified"): (1, 1),
    ("guidance", "indirect", "anonymous"): (1, 1),
    ("headline", "direct", "person"): (0, 1),
    ("headline", "indirect", "organization"): (3, 3),
    ("headline", "indirect", "person"): (9, 15),
    ("headline", "indirect", "unspecified"): (0, 1),
    ("headline", "mixed", "organization"): (1, 1),
    ("headline", "mixed", "person"): (3, 4),
    ("in a document", "indirect", "document"): (8, 11),
    ("in a document", "indirect", "organization"): (1, 1),
    ("label", "direct", "organization"): (1, 2),
    ("label", "direct", "person"): (3, 3),
    ("label", "direct", "pronoun"): (1, 2),
    ("label", "direct", "unspecified"): (1, 3),
    ("label", "indirect", "anonymous"): (18, 24),
    ("label", "indirect", "document"): (2, 2),
    ("label", "indirect", "organization"): (13, 23),
    ("label", "indirect", "person"): (45, 60),
    ("label", "indirect", "pronoun"): (19, 24),
    ("label", "indirect", "unspecified"): (16, 22),
    ("label", "mixed", "anonymous"): (8, 8),
    ("label", "mixed", "organization"): (9, 14),
    ("label", "mixed", "person"): (81, 91),
    ("label", "mixed", "pronoun"): (39, 46),
    ("label", "mixed", "unspecified"): (7, 9),
    ("preposition", "indirect", "anonymous"): (1, 1),
    ("preposition", "indirect", "organization"): (0, 1),
    ("preposition", "indirect", "person"): (1, 2),
    ("preposition", "indirect", "pronoun"): (2, 4),
    ("preposition", "indirect", "unspecified"): (3, 5),
    ("preposition", "mixed", "person"): (1, 1),
    ("put at", "indirect", "document"): (1, 2),
    ("put at", "indirect", "organization"): (2, 2),
    ("put at", "indirect", "pronoun"): (0, 1),
    ("put it", "direct", "organization"): (1, 1),
    ("put it", "direct", "person"): (4, 4),
    ("put it", "mixed", "person"): (2, 2),
    ("put it", "mixed", "pronoun"): (1, 2),
    ("reads", "direct", "anonymous"): (2, 3),
    ("reads", "direct", "document"): (1, 1),
    ("reads", "direct", "organization"): (1, 1),
    ("reads", "direct", "person"): (3, 3),
    ("reads", "direct", "pronoun"): (7, 10),
    ("reporting noun", "direct", "organization"): (1, 1),
    ("reporting noun", "direct", "person"): (0, 1),
    ("reporting noun", "direct", "pronoun"): (1, 1),
    ("reporting noun", "direct", "unspecified"): (0, 1),
    ("reporting noun", "indirect", "anonymous"): (4, 6),
    ("reporting noun", "indirect", "organization"): (6, 11),
    ("reporting noun", "indirect", "person"): (26, 34),
    ("reporting noun", "indirect", "pronoun"): (4, 5),
    ("reporting noun", "indirect", "unspecified"): (62, 87),
    ("reporting noun", "mixed", "person"): (3, 6),
    ("reporting noun", "mixed", "pronoun"): (0, 1),
    ("reporting noun", "mixed", "unspecified"): (13, 14),
    ("sourceless adverb", "direct", "unspecified"): (1, 1),
    ("sourceless adverb", "indirect", "unspecified"): (15, 35),
    ("sourceless adverb", "mixed", "unspecified"): (1, 6),
    ("sourceless verb", "direct", "unspecified"): (0, 1),
    ("sourceless verb", "indirect", "unspecified"): (87, 132),
    ("sourceless verb", "mixed", "unspecified"): (7, 8),
    ("urge", "direct", "anonymous"): (7, 7),
    ("urge", "direct", "document"): (2, 2),
    ("urge", "direct", "organization"): (8, 11),
    ("urge", "direct", "person"): (184, 188),
    ("urge", "direct", "pronoun"): (55, 60),
    ("urge", "direct", "unspecified"): (5, 5),
    ("urge", "indirect", "anonymous"): (41, 50),
    ("urge", "indirect", "document"): (1, 1),
    ("urge", "indirect", "organization"): (40, 49),
    ("urge", "indirect", "person"): (136, 160),
    ("urge", "indirect", "pronoun"): (54, 79),
    ("urge", "indirect", "unspecified"): (14, 26),
    ("urge", "mixed", "anonymous"): (7, 9),
    ("urge", "mixed", "document"): (1, 1),
    ("urge", "mixed", "organization"): (6, 7),
    ("urge", "mixed", "person"): (75, 84),
    ("urge", "mixed", "pronoun"): (31, 35),
    ("urge", "mixed", "unspecified"): (7, 11),
}


def rule_confidence(
    rule: str, kind: str, source_type: str, prior_weight: float = PRIOR_WEIGHT
) -> float:
    """The measured chance that a claim of this group is right, rounded to two places
    (``prior_weight``: claims' worth of the broader estimate in each narrower one)."""
    return _confidence((rule, kind, source_type), prior_weight)


@cache
def _confidence(group: Group, weight: float) -> float:
    tables = _tables()
    overall = _shrunk(tables[0].get((), (0, 0)), 0.5, weight)
    by_rule = _shrunk(tables[1].get(group[:1], (0, 0)), overall, weight)
    by_kind = _shrunk(tables[2].get(group[:2], (0, 0)), by_rule, weight)
    return round(_shrunk(tables[3].get(group, (0, 0)), by_kind, weight), 2)


def _shrunk(counts: tuple[int, int], prior: float, weight: float) -> float:
    right, claims = counts
    return (right + weight * prior) / (claims + weight)


@cache
def _tables() -> list[dict[tuple[str, ...], tuple[int, int]]]:
    """The counts summed at each level: all claims, by rule, by rule and kind, by group."""
    tables: list[dict[tuple[str, ...], list[int]]] = [defaultdict(lambda: [0, 0]) for _ in range(4)]
    for group, (right, claims) in MEASURED.items():
        for level in range(4):
            tables[level][group[:level]][0] += right
            tables[level][group[:level]][1] += claims
    return [{key: (r, n) for key, (r, n) in table.items()} for table in tables]
