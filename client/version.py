"""Pli's version, from the installed metadata when there is one."""

from __future__ import annotations

from importlib import metadata

try:
    VERSION = metadata.version("pli")
except metadata.PackageNotFoundError:  # running from a source tree
    VERSION = "0.1.0"
