"""Stage two: who and what a claim names, and the records it is about.

The full-text index over records and their quotes, and the people, sides and roles a claim
mentions, resolved through the store's aliases and the lexicon."""
