"""Pli's version. A constant, not read from the installed metadata: importlib.metadata costs
~0.1 s at every start (tests/unit/test_version.py keeps it equal to pyproject.toml's)."""

from __future__ import annotations

VERSION = "0.1.0"
