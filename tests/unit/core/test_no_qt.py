"""The core must stay Qt-free (ARCHITECTURE.md): no PySide6/qasync import anywhere under it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[3] / "client" / "core"
FORBIDDEN = ("PySide6", "qasync", "shiboken6", "client.ui")


def test_core_sources_import_no_qt() -> None:
    offenders = []
    files = list(CORE.rglob("*.py"))
    assert len(files) > 10
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith(FORBIDDEN)]
    assert offenders == []


def test_importing_core_loads_no_qt_module() -> None:
    code = (
        "import sys, client.core.session, client.core.secrets.store, client.core.storage.paths;"
        "print([m for m in sys.modules if m.startswith(('PySide6', 'qasync'))])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
