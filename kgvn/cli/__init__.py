"""The command line: parse options, call the domain, hand the result to a renderer.

Each module registers its commands on the one Typer `app`; importing this package wires them all.
"""

from __future__ import annotations

from kgvn.cli import checking, curation, exporting, lookup, maintenance
from kgvn.cli.app import app, run

__all__ = ["app", "checking", "curation", "exporting", "lookup", "maintenance", "run"]
