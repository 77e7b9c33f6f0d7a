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
# 840 articles of train.jsonl: 9846 of 11608 right
MEASURED: dict[Group, tuple[int, int]] = {
    ("according to", "direct", "anonymous"): (0, 1),
    ("according to", "direct", "document"): (1, 1),
    ("according to", "direct", "organization"): (6, 7),
    ("according to", "direct", "person"): (1, 1),
    ("according to", "indirect", "anonymous"): (55, 66),
    ("according to", "indirect", "document"): (96, 124),
    ("according to", "indirect", "organization"): (86, 105),
    ("according to", "indirect", "person"): (29, 37),
    ("according to", "indirect", "pronoun"): (1, 1),
    ("according to", "indirect", "unspecified"): (2, 2),
    ("according to", "mixed", "anonymous"): (7, 10),
    ("according to", "mixed", "document"): (14, 16),
    ("according to", "mixed", "organization"): (22, 25),
    ("according to", "mixed", "person"): (10, 13),
    ("according to", "mixed", "unspecified"): (1, 1),
    ("clause", "direct", "anonymous"): (95, 101),
    ("clause", "direct", "document"): (20, 24),
    ("clause", "direct", "organization"): (130, 141),
    ("clause", "direct", "person"): (1932, 2001),
    ("clause", "direct", "pronoun"): (881, 983),
    ("clause", "direct", "unspecified"): (46, 59),
    ("clause", "indirect", "anonymous"): (494, 610),
    ("clause", "indirect", "document"): (157, 183),
    ("clause", "indirect", "organization"): (492, 604),
    ("clause", "indirect", "person"): (1268, 1456),
    ("clause", "indirect", "pronoun"): (687, 896),
    ("clause", "indirect", "unspecified"): (149, 220),
    ("clause", "mixed", "anonymous"): (63, 73),
    ("clause", "mixed", "document"): (18, 19),
    ("clause", "mixed", "organization"): (86, 99),
    ("clause", "mixed", "person"): (745, 827),
    ("clause", "mixed", "pronoun"): (309, 339),
    ("clause", "mixed", "unspecified"): (36, 55),
    ("dash or colon", "direct", "anonymous"): (9, 13),
    ("dash or colon", "direct", "document"): (6, 6),
    ("dash or colon", "direct", "organization"): (14, 15),
    ("dash or colon", "direct", "person"): (43, 54),
    ("dash or colon", "direct", "pronoun"): (18, 19),
    ("dash or colon", "direct", "unspecified"): (4, 11),
    ("dash or colon", "indirect", "anonymous"): (5, 13),
    ("dash or colon", "indirect", "document"): (7, 11),
    ("dash or colon", "indirect", "organization"): (12, 27),
    ("dash or colon", "indirect", "person"): (35, 74),
    ("dash or colon", "indirect", "unspecified"): (3, 5),
    ("dash or colon", "mixed", "anonymous"): (3, 3),
    ("dash or colon", "mixed", "document"): (1, 1),
    ("dash or colon", "mixed", "organization"): (1, 2),
    ("dash or colon", "mixed", "person"): (24, 28),
    ("dash or colon", "mixed", "unspecified"): (1, 1),
    ("evaluation", "direct", "anonymous"): (1, 1),
    ("evaluation", "direct", "organization"): (1, 2),
    ("evaluation", "direct", "person"): (0, 1),
    ("evaluation", "direct", "pronoun"): (1, 2),
    ("evaluation", "direct", "unspecified"): (0, 1),
    ("evaluation", "indirect", "anonymous"): (44, 63),
    ("evaluation", "indirect", "document"): (12, 15),
    ("evaluation", "indirect", "organization"): (62, 84),
    ("evaluation", "indirect", "person"): (215, 270),
    ("evaluation", "indirect", "pronoun"): (141, 213),
    ("evaluation", "indirect", "unspecified"): (7, 8),
    ("evaluation", "mixed", "anonymous"): (3, 3),
    ("evaluation", "mixed", "document"): (1, 1),
    ("evaluation", "mixed", "organization"): (5, 7),
    ("evaluation", "mixed", "person"): (43, 57),
    ("evaluation", "mixed", "pronoun"): (20, 23),
    ("evaluation", "mixed", "unspecified"): (1, 1),
    ("headline", "direct", "person"): (0, 1),
    ("headline", "indirect", "document"): (1, 1),
    ("headline", "indirect", "organization"): (1, 1),
    ("headline", "indirect", "person"): (9, 14),
    ("headline", "indirect", "unspecified"): (0, 1),
    ("headline", "mixed", "organization"): (1, 1),
    ("headline", "mixed", "person"): (3, 4),
    ("label", "direct", "organization"): (1, 2),
    ("label", "direct", "person"): (3, 3),
    ("label", "direct", "pronoun"): (1, 2),
    ("label", "direct", "unspecified"): (1, 3),
    ("label", "indirect", "anonymous"): (15, 22),
    ("label", "indirect", "document"): (2, 2),
    ("label", "indirect", "organization"): (14, 23),
    ("label", "indirect", "person"): (44, 60),
    ("label", "indirect", "pronoun"): (19, 25),
    ("label", "indirect", "unspecified"): (15, 25),
    ("label", "mixed", "anonymous"): (8, 8),
    ("label", "mixed", "organization"): (9, 14),
    ("label", "mixed", "person"): (82, 92),
    ("label", "mixed", "pronoun"): (39, 46),
    ("label", "mixed", "unspecified"): (8, 10),
    ("object", "indirect", "anonymous"): (1, 1),
    ("preposition", "direct", "unspecified"): (1, 1),
    ("preposition", "indirect", "anonymous"): (1, 1),
    ("preposition", "indirect", "organization"): (0, 1),
    ("preposition", "indirect", "person"): (1, 1),
    ("preposition", "indirect", "pronoun"): (3, 5),
    ("preposition", "indirect", "unspecified"): (3, 5),
    ("preposition", "mixed", "person"): (1, 1),
    ("reporting noun", "direct", "organization"): (1, 1),
    ("reporting noun", "direct", "person"): (0, 1),
    ("reporting noun", "direct", "pronoun"): (1, 1),
    ("reporting noun", "direct", "unspecified"): (0, 2),
    ("reporting noun", "indirect", "anonymous"): (5, 7),
    ("reporting noun", "indirect", "organization"): (5, 9),
    ("reporting noun", "indirect", "person"): (27, 35),
    ("reporting noun", "indirect", "pronoun"): (7, 9),
    ("reporting noun", "indirect", "unspecified"): (56, 79),
    ("reporting noun", "mixed", "anonymous"): (1, 1),
    ("reporting noun", "mixed", "person"): (4, 7),
    ("reporting noun", "mixed", "pronoun"): (1, 2),
    ("reporting noun", "mixed", "unspecified"): (10, 11),
    ("sourceless adverb", "direct", "unspecified"): (1, 1),
    ("sourceless adverb", "indirect", "unspecified"): (15, 35),
    ("sourceless adverb", "mixed", "unspecified"): (1, 6),
    ("sourceless verb", "direct", "unspecified"): (1, 6),
    ("sourceless verb", "indirect", "unspecified"): (85, 124),
    ("sourceless verb", "mixed", "unspecified"): (7, 8),
    ("urge", "direct", "anonymous"): (7, 7),
    ("urge", "direct", "document"): (2, 2),
    ("urge", "direct", "organization"): (8, 11),
    ("urge", "direct", "person"): (185, 190),
    ("urge", "direct", "pronoun"): (54, 59),
    ("urge", "direct", "unspecified"): (5, 5),
    ("urge", "indirect", "anonymous"): (32, 41),
    ("urge", "indirect", "document"): (1, 1),
    ("urge", "indirect", "organization"): (41, 49),
    ("urge", "indirect", "person"): (127, 146),
    ("urge", "indirect", "pronoun"): (51, 75),
    ("urge", "indirect", "unspecified"): (13, 26),
    ("urge", "mixed", "anonymous"): (7, 9),
    ("urge", "mixed", "document"): (1, 1),
    ("urge", "mixed", "organization"): (6, 7),
    ("urge", "mixed", "person"): (73, 80),
    ("urge", "mixed", "pronoun"): (29, 33),
    ("urge", "mixed", "unspecified"): (7, 10),
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
