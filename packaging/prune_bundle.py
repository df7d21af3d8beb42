"""Tidy the one-folder bundle PyInstaller made (Linux only). Usage: prune_bundle.py BUNDLE_DIR

1. Remove the shared libraries nothing in it loads any more (after the spec dropped plugins
   such as Qt's GTK theme, the GTK stack they needed stays behind). Roots: the executable, every
   Python extension module, every Qt library and plugin; a top-level library survives when one
   of them needs it, directly or not (ELF NEEDED entries, read with objdump).
2. Search paths: drop every absolute RUNPATH/RPATH entry (the build machine's folders, such as
   pyenv's /root/.pyenv/versions/3.11.7/lib in libpython and lib-dynload); a library that
   needs a sibling of its own folder gets `$ORIGIN` instead. `$ORIGIN`-relative entries (Qt's,
   PySide6's) stay. patchelf does the editing.
3. Strip the symbol tables left in shared objects (`strip --strip-unneeded`, as Debian's
   dh_strip does): pyenv's CPython modules and some wheels ship them. The executable is left
   alone: PyInstaller's bootloader is already stripped and carries its archive."""

from __future__ import annotations

import shutil
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


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def search_path(path: Path) -> list[str]:
    for line in subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
    ).stdout.splitlines():
        if line.split()[:1] in (["RUNPATH"], ["RPATH"]):
            return line.split()[1].split(":")
    return []


def fix_search_paths(internal: Path) -> int:
    """Returns how many libraries were changed."""
    changed = 0
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        entries = search_path(path)
        kept = [entry for entry in entries if not entry.startswith("/")]
        if kept == entries:
            continue
        siblings = {p.name for p in path.parent.iterdir()}
        if not kept and needed(path) & siblings:
            kept = ["$ORIGIN"]
        command = ["--set-rpath", ":".join(kept)] if kept else ["--remove-rpath"]
        subprocess.run(["patchelf", *command, str(path)], check=True)
        changed += 1
    return changed


def strip_symbols(internal: Path) -> int:
    stripped = 0
    for path in sorted(internal.rglob("*.so*")):
        if path.is_symlink() or not path.is_file() or not is_elf(path):
            continue
        sections = subprocess.run(
            ["readelf", "-S", "-W", str(path)], capture_output=True, text=True, check=False
        ).stdout
        if ".symtab" in sections:
            subprocess.run(["strip", "--strip-unneeded", str(path)], check=True)
            stripped += 1
    return stripped


def main(bundle: str) -> int:
    if shutil.which("patchelf") is None:
        raise SystemExit("patchelf is missing: apt-get install patchelf")
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
    print(f"search paths fixed in {fix_search_paths(internal)} libraries")
    print(f"symbols stripped from {strip_symbols(internal)} libraries")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
