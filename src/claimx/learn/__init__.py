"""Attribution that learns from gold data: ``claimx train``.

| module | what it does |
|---|---|
| ``roles`` | the ``claimx_roles`` component: a tagger of source, cue and content tokens, written to ``doc.spans["claimx_roles"]`` with a confidence per span |
| ``features`` | the tagger's network: hashed token features (words, the parse, quotation marks) and a convolutional encoder |
| ``examples`` | gold articles as spaCy ``Example``s (the model's annotations once, the roles as spans) |
| ``calibration`` | a span's score mapped to the share of such spans that are right, fitted on dev |
| ``training`` | the loop: epochs, dev figures, the best epoch kept, the folder written |

The rules keep doing what they do well (linking a content to its cue and source, resolving
speakers): ``claimx_attribution`` reads the learned contents as one more pass
(``components.attribution.learned``).
"""  # noqa: E501
