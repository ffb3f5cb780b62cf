"""One mixin per family of records; each reads its slots and compares them."""
