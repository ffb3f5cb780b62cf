"""`python -m kgvn` and the `kgvn` console script."""

from __future__ import annotations

import gc
import sys


def main() -> None:
    from kgvn.fastread import answer

    try:
        code = answer(sys.argv[1:])  # a warm `search` or `show` in a pipe, without Typer
        if code is None:
            from kgvn.cli.core import run

            code = run()
    finally:  # shell completion ends the run itself, with SystemExit
        # The run is over: Python's exit collects garbage several times while it unloads
        # modules, each time walking every object the run made (a tenth of a short command's
        # time). Frozen, they are skipped; what only they refer to is still freed, and every
        # file kgvn writes is closed by `with` before this.
        gc.freeze()
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
