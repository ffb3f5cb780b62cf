"""`python -m kgvn` and the `kgvn` console script."""

from __future__ import annotations

import sys


def main() -> None:
    from kgvn.cli.core import run

    code = run()
    reader = sys.modules.get("kgvn.store")
    if reader is not None and reader.answered_from_models():
        import contextlib
        import os

        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(OSError, ValueError):
                stream.flush()
        os._exit(code)  # the answer is out: freeing a whole store's models would only wait
    sys.exit(code)


if __name__ == "__main__":
    main()
