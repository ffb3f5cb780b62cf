"""`python -m kgvn` and the `kgvn` console script."""

from __future__ import annotations

import sys


def main() -> None:
    from kgvn.cli.core import run

    sys.exit(run())


if __name__ == "__main__":
    main()
