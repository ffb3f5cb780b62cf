"""Rewrite the README's examples and the golden tables after a deliberate change to the output.

Run `python tests/regenerate.py`, then read the diff before committing it. Not a test: it writes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ["KGVN_REGENERATE_GOLDEN"] = "1"
os.environ["NO_COLOR"] = "1"
os.environ.pop("FORCE_COLOR", None)


def main() -> int:
    import pytest

    os.environ["COLUMNS"] = "100"
    from test_readme import regenerate_readme_examples

    regenerate_readme_examples()
    folder = Path(__file__).resolve().parent
    return pytest.main(["-q", "-p", "no:cacheprovider", str(folder / "test_golden.py")])


if __name__ == "__main__":
    raise SystemExit(main())
