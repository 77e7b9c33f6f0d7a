"""Pure normalisers (standard library only): text of a mention in, a value out."""
