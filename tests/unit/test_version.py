from __future__ import annotations

import tomllib
from pathlib import Path

from client.version import VERSION


def test_the_version_constant_is_the_packages() -> None:
    pyproject = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text())
    assert VERSION == pyproject["project"]["version"]
