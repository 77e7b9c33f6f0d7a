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
# 840 articles of train.jsonl: 9748 of 11701 right
MEASURED: dict[Group, tuple[int, int]] = {
    ("according to", "direct", "anonymous"): (0, 1),
    ("according to", "direct", "document"): (1, 1),
    ("according to", "direct", "organization"): (6, 7),
    ("according to", "direct", "person"): (1, 1),
    ("according to", "indirect", "anonymous"): (55, 67),
    ("according to", "indirect", "document"): (96, 125),
    ("according to", "indirect", "organization"): (89, 107),
    ("according to", "indirect", "person"): (27, 35),
    ("according to", "indirect", "pronoun"): (1, 1),
    ("according to", "indirect", "unspecified"): (2, 2),
    ("according to", "mixed", "anonymous"): (8, 11),
    ("according to", "mixed", "document"): (14, 16),
    ("according to", "mixed", "organization"): (22, 25),
    ("according to", "mixed", "person"): (9, 13),
    ("according to", "mixed", "unspecified"): (1, 1),
    ("clause", "direct", "anonymous"): (107, 121),
    ("clause", "direct", "document"): (18, 24),
    ("clause", "direct", "organization"): (139, 149),
    ("clause", "direct", "person"): (1882, 1971),
    ("clause", "direct", "pronoun"): (882, 1013),
    ("clause", "direct", "unspecified"): (45, 60),
    ("clause", "indirect", "anonymous"): (510, 621),
    ("clause", "indirect", "document"): (158, 184),
    ("clause", "indirect", "organization"): (500, 614),
    ("clause", "indirect", "person"): (1224, 1408),
    ("clause", "indirect", "pronoun"): (699, 917),
    ("clause", "indirect", "unspecified"): (153, 231),
    ("clause", "mixed", "anonymous"): (76, 90),
    ("clause", "mixed", "document"): (18, 19),
    ("clause", "mixed", "organization"): (91, 114),
    ("clause", "mixed", "person"): (697, 804),
    ("clause", "mixed", "pronoun"): (311, 353),
    ("clause", "mixed", "unspecified"): (36, 55),
    ("dash or colon", "direct", "anonymous"): (0, 1),
    ("dash or colon", "direct", "organization"): (3, 3),
    ("dash or colon", "direct", "person"): (8, 10),
    ("dash or colon", "indirect", "anonymous"): (5, 13),
    ("dash or colon", "indirect", "document"): (7, 11),
    ("dash or colon", "indirect", "organization"): (12, 27),
    ("dash or colon", "indirect", "person"): (26, 48),
    ("dash or colon", "indirect", "unspecified"): (3, 5),
    ("dash or colon", "mixed", "anonymous"): (2, 2),
    ("dash or colon", "mixed", "document"): (1, 1),
    ("dash or colon", "mixed", "organization"): (1, 2),
    ("dash or colon", "mixed", "person"): (23, 25),
    ("dash or colon", "mixed", "unspecified"): (1, 1),
    ("evaluation", "direct", "anonymous"): (1, 2),
    ("evaluation", "direct", "organization"): (1, 2),
    ("evaluation", "direct", "person"): (0, 3),
    ("evaluation", "direct", "pronoun"): (0, 2),
    ("evaluation", "direct", "unspecified"): (0, 1),
    ("evaluation", "indirect", "anonymous"): (48, 70),
    ("evaluation", "indirect", "document"): (12, 15),
    ("evaluation", "indirect", "organization"): (61, 83),
    ("evaluation", "indirect", "person"): (189, 242),
    ("evaluation", "indirect", "pronoun"): (136, 209),
    ("evaluation", "indirect", "unspecified"): (6, 7),
    ("evaluation", "mixed", "anonymous"): (4, 4),
    ("evaluation", "mixed", "document"): (1, 1),
    ("evaluation", "mixed", "organization"): (4, 8),
    ("evaluation", "mixed", "person"): (37, 52),
    ("evaluation", "mixed", "pronoun"): (16, 20),
    ("evaluation", "mixed", "unspecified"): (1, 1),
    ("headline", "direct", "person"): (0, 1),
    ("headline", "indirect", "document"): (1, 1),
    ("headline", "indirect", "organization"): (1, 1),
    ("headline", "indirect", "person"): (9, 14),
    ("headline", "mixed", "organization"): (1, 1),
    ("headline", "mixed", "person"): (2, 3),
    ("label", "direct", "organization"): (1, 2),
    ("label", "direct", "person"): (2, 2),
    ("label", "direct", "pronoun"): (1, 1),
    ("label", "direct", "unspecified"): (0, 1),
    ("label", "indirect", "anonymous"): (22, 30),
    ("label", "indirect", "document"): (2, 3),
    ("label", "indirect", "organization"): (16, 22),
    ("label", "indirect", "person"): (39, 57),
    ("label", "indirect", "pronoun"): (25, 34),
    ("label", "indirect", "unspecified"): (13, 25),
    ("label", "mixed", "anonymous"): (11, 14),
    ("label", "mixed", "organization"): (11, 17),
    ("label", "mixed", "person"): (80, 99),
    ("label", "mixed", "pronoun"): (46, 68),
    ("label", "mixed", "unspecified"): (8, 10),
    ("object", "indirect", "anonymous"): (1, 1),
    ("preposition", "direct", "unspecified"): (0, 1),
    ("preposition", "indirect", "anonymous"): (2, 10),
    ("preposition", "indirect", "document"): (0, 1),
    ("preposition", "indirect", "organization"): (1, 4),
    ("preposition", "indirect", "person"): (10, 19),
    ("preposition", "indirect", "pronoun"): (13, 19),
    ("preposition", "indirect", "unspecified"): (4, 6),
    ("preposition", "mixed", "anonymous"): (2, 2),
    ("preposition", "mixed", "organization"): (1, 1),
    ("preposition", "mixed", "person"): (1, 2),
    ("preposition", "mixed", "pronoun"): (0, 1),
    ("preposition", "mixed", "unspecified"): (0, 1),
    ("reporting noun", "direct", "organization"): (1, 1),
    ("reporting noun", "direct", "person"): (0, 1),
    ("reporting noun", "direct", "pronoun"): (1, 1),
    ("reporting noun", "direct", "unspecified"): (1, 3),
    ("reporting noun", "indirect", "anonymous"): (5, 7),
    ("reporting noun", "indirect", "organization"): (6, 11),
    ("reporting noun", "indirect", "person"): (28, 37),
    ("reporting noun", "indirect", "pronoun"): (7, 9),
    ("reporting noun", "indirect", "unspecified"): (62, 89),
    ("reporting noun", "mixed", "anonymous"): (1, 2),
    ("reporting noun", "mixed", "person"): (5, 9),
    ("reporting noun", "mixed", "pronoun"): (1, 2),
    ("reporting noun", "mixed", "unspecified"): (15, 16),
    ("sourceless adverb", "direct", "unspecified"): (1, 1),
    ("sourceless adverb", "indirect", "unspecified"): (15, 35),
    ("sourceless adverb", "mixed", "unspecified"): (1, 6),
    ("sourceless verb", "direct", "unspecified"): (1, 5),
    ("sourceless verb", "indirect", "unspecified"): (79, 116),
    ("sourceless verb", "mixed", "unspecified"): (4, 5),
    ("urge", "direct", "anonymous"): (9, 11),
    ("urge", "direct", "document"): (2, 2),
    ("urge", "direct", "organization"): (11, 14),
    ("urge", "direct", "person"): (178, 186),
    ("urge", "direct", "pronoun"): (55, 67),
    ("urge", "direct", "unspecified"): (6, 6),
    ("urge", "indirect", "anonymous"): (41, 53),
    ("urge", "indirect", "document"): (3, 3),
    ("urge", "indirect", "organization"): (46, 56),
    ("urge", "indirect", "person"): (141, 162),
    ("urge", "indirect", "pronoun"): (62, 89),
    ("urge", "indirect", "unspecified"): (18, 33),
    ("urge", "mixed", "anonymous"): (9, 12),
    ("urge", "mixed", "document"): (2, 2),
    ("urge", "mixed", "organization"): (12, 14),
    ("urge", "mixed", "person"): (70, 81),
    ("urge", "mixed", "pronoun"): (30, 36),
    ("urge", "mixed", "unspecified"): (6, 12),
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
