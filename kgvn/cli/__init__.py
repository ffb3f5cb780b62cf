"""The command line: parse options, call the domain, hand the result to a renderer.

Commands are declared in the modules beside this one and registered on the one Typer `app`
when a run needs them (`kgvn.cli.core.load`). `from kgvn.cli import app` gives the app with every
command registered, as tests and documentation want it.
"""

from __future__ import annotations

import importlib
from typing import Any


def __getattr__(name: str) -> Any:
    """PEP 562: the full app on first use, so the entry point can still load one command."""
    if name in ("app", "run"):
        core = importlib.import_module("kgvn.cli.core")
        core.load(None)
        return getattr(core, name)
    raise AttributeError(name)
