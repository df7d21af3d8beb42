"""Remove the shared libraries PyInstaller copied into a one-folder bundle that nothing in it
loads any more (after the spec dropped plugins such as Qt's GTK theme, the GTK stack they
needed stays behind). Roots: the executable, every Python extension module, every Qt library
and plugin; a top-level library survives when one of them needs it, directly or not (ELF
NEEDED entries, read with objdump). Linux only. Usage: prune_bundle.py BUNDLE_DIR"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def needed(path: Path) -> set[str]:
    result = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
    )
    return {
        line.split()[1] for line in result.stdout.splitlines() if line.strip().startswith("NEEDED")
    }


# Libraries every Debian/Ubuntu system has (Priority: required), which the package then takes
# from the system through its Depends: a private copy of them only goes stale.
FROM_THE_SYSTEM = ("libblkid.so.1", "libmount.so.1")


def main(bundle: str) -> int:
    internal = Path(bundle) / "_internal"
    for name in FROM_THE_SYSTEM:
        (internal / name).unlink(missing_ok=True)
    candidates = {p.name: p for p in internal.glob("lib*.so*") if p.is_file()}
    roots = [Path(bundle) / "pli", internal / next(n for n in candidates if "libpython" in n)]
    for path in internal.rglob("*.so*"):
        if path.is_file() and (path.parent != internal or not path.name.startswith("lib")):
            roots.append(path)  # extension modules, Qt's libraries and plugins
    kept: set[str] = set()
    queue = list(roots)
    while queue:
        for name in needed(queue.pop()):
            if name in candidates and name not in kept:
                kept.add(name)
                queue.append(candidates[name])
    removed = sorted(set(candidates) - kept - {p.name for p in roots})
    size = sum(candidates[name].stat().st_size for name in removed)
    for name in removed:
        candidates[name].unlink()
    print(f"pruned {len(removed)} unused libraries ({size / 1e6:.1f} MB): {' '.join(removed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
