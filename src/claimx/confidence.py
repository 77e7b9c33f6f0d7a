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
# 840 articles of train.jsonl: 10067 of 11830 right
MEASURED: dict[Group, tuple[int, int]] = {
    ("according to", "direct", "anonymous"): (0, 1),
    ("according to", "direct", "document"): (1, 1),
    ("according to", "direct", "organization"): (6, 7),
    ("according to", "direct", "person"): (1, 1),
    ("according to", "indirect", "anonymous"): (56, 65),
    ("according to", "indirect", "document"): (102, 127),
    ("according to", "indirect", "organization"): (87, 104),
    ("according to", "indirect", "person"): (31, 38),
    ("according to", "indirect", "pronoun"): (1, 1),
    ("according to", "indirect", "unspecified"): (2, 2),
    ("according to", "mixed", "anonymous"): (7, 10),
    ("according to", "mixed", "document"): (14, 16),
    ("according to", "mixed", "organization"): (23, 25),
    ("according to", "mixed", "person"): (10, 13),
    ("according to", "mixed", "unspecified"): (1, 1),
    ("clause", "direct", "anonymous"): (95, 102),
    ("clause", "direct", "document"): (21, 25),
    ("clause", "direct", "organization"): (128, 138),
    ("clause", "direct", "person"): (1936, 2007),
    ("clause", "direct", "pronoun"): (884, 955),
    ("clause", "direct", "unspecified"): (44, 52),
    ("clause", "indirect", "anonymous"): (511, 633),
    ("clause", "indirect", "document"): (202, 254),
    ("clause", "indirect", "organization"): (513, 627),
    ("clause", "indirect", "person"): (1305, 1493),
    ("clause", "indirect", "pronoun"): (687, 882),
    ("clause", "indirect", "unspecified"): (143, 201),
    ("clause", "mixed", "anonymous"): (68, 80),
    ("clause", "mixed", "document"): (21, 23),
    ("clause", "mixed", "organization"): (90, 105),
    ("clause", "mixed", "person"): (770, 856),
    ("clause", "mixed", "pronoun"): (315, 345),
    ("clause", "mixed", "unspecified"): (29, 45),
    ("dash or colon", "direct", "anonymous"): (9, 12),
    ("dash or colon", "direct", "document"): (7, 7),
    ("dash or colon", "direct", "organization"): (13, 14),
    ("dash or colon", "direct", "person"): (40, 54),
    ("dash or colon", "direct", "pronoun"): (15, 16),
    ("dash or colon", "direct", "unspecified"): (4, 8),
    ("dash or colon", "indirect", "anonymous"): (5, 9),
    ("dash or colon", "indirect", "document"): (5, 9),
    ("dash or colon", "indirect", "organization"): (10, 21),
    ("dash or colon", "indirect", "person"): (35, 72),
    ("dash or colon", "indirect", "unspecified"): (1, 4),
    ("dash or colon", "mixed", "anonymous"): (3, 3),
    ("dash or colon", "mixed", "document"): (1, 1),
    ("dash or colon", "mixed", "organization"): (1, 2),
    ("dash or colon", "mixed", "person"): (24, 28),
    ("evaluation", "direct", "anonymous"): (1, 1),
    ("evaluation", "direct", "organization"): (1, 3),
    ("evaluation", "direct", "person"): (1, 2),
    ("evaluation", "direct", "pronoun"): (1, 2),
    ("evaluation", "direct", "unspecified"): (0, 1),
    ("evaluation", "indirect", "anonymous"): (46, 68),
    ("evaluation", "indirect", "document"): (13, 16),
    ("evaluation", "indirect", "organization"): (68, 91),
    ("evaluation", "indirect", "person"): (235, 297),
    ("evaluation", "indirect", "pronoun"): (129, 192),
    ("evaluation", "indirect", "unspecified"): (10, 12),
    ("evaluation", "mixed", "anonymous"): (3, 3),
    ("evaluation", "mixed", "document"): (2, 2),
    ("evaluation", "mixed", "organization"): (8, 8),
    ("evaluation", "mixed", "person"): (45, 61),
    ("evaluation", "mixed", "pronoun"): (19, 22),
    ("evaluation", "mixed", "unspecified"): (1, 1),
    ("guidance", "indirect", "anonymous"): (1, 1),
    ("headline", "direct", "person"): (0, 1),
    ("headline", "indirect", "organization"): (3, 3),
    ("headline", "indirect", "person"): (9, 15),
    ("headline", "indirect", "unspecified"): (0, 2),
    ("headline", "mixed", "organization"): (1, 1),
    ("headline", "mixed", "person"): (3, 4),
    ("in a document", "indirect", "document"): (8, 11),
    ("in a document", "indirect", "organization"): (1, 1),
    ("label", "direct", "organization"): (1, 2),
    ("label", "direct", "person"): (2, 2),
    ("label", "direct", "pronoun"): (1, 2),
    ("label", "direct", "unspecified"): (1, 4),
    ("label", "indirect", "anonymous"): (17, 23),
    ("label", "indirect", "document"): (4, 4),
    ("label", "indirect", "organization"): (13, 24),
    ("label", "indirect", "person"): (46, 61),
    ("label", "indirect", "pronoun"): (20, 25),
    ("label", "indirect", "unspecified"): (15, 21),
    ("label", "mixed", "anonymous"): (9, 10),
    ("label", "mixed", "organization"): (8, 13),
    ("label", "mixed", "person"): (82, 93),
    ("label", "mixed", "pronoun"): (38, 46),
    ("label", "mixed", "unspecified"): (7, 7),
    ("preposition", "indirect", "anonymous"): (1, 1),
    ("preposition", "indirect", "organization"): (0, 1),
    ("preposition", "indirect", "person"): (1, 2),
    ("preposition", "indirect", "pronoun"): (2, 4),
    ("preposition", "indirect", "unspecified"): (3, 5),
    ("preposition", "mixed", "person"): (1, 1),
    ("put at", "indirect", "document"): (1, 2),
    ("put at", "indirect", "organization"): (1, 2),
    ("put at", "indirect", "pronoun"): (0, 1),
    ("put at", "indirect", "unspecified"): (0, 1),
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
    ("reporting noun", "indirect", "person"): (27, 35),
    ("reporting noun", "indirect", "pronoun"): (4, 5),
    ("reporting noun", "indirect", "unspecified"): (60, 88),
    ("reporting noun", "mixed", "person"): (3, 6),
    ("reporting noun", "mixed", "pronoun"): (0, 1),
    ("reporting noun", "mixed", "unspecified"): (12, 13),
    ("sourceless adverb", "direct", "unspecified"): (1, 1),
    ("sourceless adverb", "indirect", "unspecified"): (15, 35),
    ("sourceless adverb", "mixed", "unspecified"): (1, 6),
    ("sourceless verb", "direct", "unspecified"): (0, 1),
    ("sourceless verb", "indirect", "unspecified"): (86, 132),
    ("sourceless verb", "mixed", "unspecified"): (7, 8),
    ("urge", "direct", "anonymous"): (6, 6),
    ("urge", "direct", "document"): (3, 3),
    ("urge", "direct", "organization"): (8, 11),
    ("urge", "direct", "person"): (168, 172),
    ("urge", "direct", "pronoun"): (49, 52),
    ("urge", "direct", "unspecified"): (3, 3),
    ("urge", "indirect", "anonymous"): (44, 52),
    ("urge", "indirect", "document"): (2, 2),
    ("urge", "indirect", "organization"): (39, 49),
    ("urge", "indirect", "person"): (135, 163),
    ("urge", "indirect", "pronoun"): (56, 88),
    ("urge", "indirect", "unspecified"): (14, 26),
    ("urge", "mixed", "anonymous"): (7, 8),
    ("urge", "mixed", "document"): (1, 1),
    ("urge", "mixed", "organization"): (7, 8),
    ("urge", "mixed", "person"): (78, 88),
    ("urge", "mixed", "pronoun"): (31, 35),
    ("urge", "mixed", "unspecified"): (6, 11),
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
