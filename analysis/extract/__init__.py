"""Extraction stage: sentences (parsed once by spaCy) -> rows of tidy tables."""
