"""The encoder tagger's learning rates (here, not in ``encoder``: the CLI shows them without
importing spaCy)."""

ENCODER_RATE = 6e-5  # the usual rate for fine-tuning a BERT-sized encoder
HEAD_RATE_FACTOR = 20  # the fresh tag layer learns this many times faster
