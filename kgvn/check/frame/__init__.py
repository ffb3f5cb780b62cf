"""Stage one: a text cleaned, split into sentences and each sentence into atomic claims.

Shapes the comparators cannot read are recast into ones they can ("A was B's guest" as
"B hosted A"). These modules work on the claim's words; the records come in later stages."""
