"""Stage three: each slot of an atomic claim compared with the records retrieved for it.

One comparator a slot (`slots`, `qualifiers`, `readers`, `roles`, …) and one family of facts a
module in `topics`, all on the core in `kgvn.check.base`."""
