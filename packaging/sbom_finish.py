"""Make the SBOM of the frozen app: exactly what is in the one-folder bundle.

cyclonedx-py describes the whole runtime environment (build/freeze-venv), which also holds the
build tools (PyInstaller and its helpers, pip). This keeps only what PyInstaller froze, and adds
what the environment does not describe:

- the Python distributions at least one of whose modules or files was frozen (from the spec's
  record of every frozen file and its source, build/work/pli/frozen-files.json); a distribution
  whose metadata alone was copied is not shipped code;
- CPython itself (libpython, the standard library, lib-dynload), with its version;
- PyInstaller's bootloader (the `pli` executable) and runtime hooks;
- every shared library PyInstaller copied from the build machine: its Debian package and
  version (`dpkg -S`, `dpkg-query`) and a pkg:deb purl, or "origin unknown" when dpkg does not
  know the file.

Each shared library outside a Python package's own folder (top level of _internal,
python3.11/lib-dynload, a wheel's `*.libs`) and each library not from a Python distribution is
named in its component's evidence.occurrences (a path relative to the app folder), so the
SBOM can be checked against the folder. Run with the tools venv's Python (cyclonedx-bom, for the
schema validation at the end).

Usage: sbom_finish.py RAW MANIFEST BUNDLE SITE_PACKAGES FROZEN_PYTHON PYINSTALLER_VERSION OUT"""

from __future__ import annotations

import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parents[1]
# Build tools: in the environment, never frozen as such (PyInstaller's own share, the
# bootloader and runtime hooks, is one component of its own).
BUILD_TOOLS = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph"}
SHARED = re.compile(r"\.(so(\.[0-9.]+)?|dll|pyd)$")


def normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def is_shared_library(path: Path) -> bool:
    return bool(SHARED.search(path.name))


def inside_python_package(relative: str) -> bool:
    """A file under a folder named like an importable package (PySide6/, cryptography/...)."""
    parts = relative.split("/")
    return len(parts) > 2 and parts[0] == "_internal" and parts[1].isidentifier()


class Owners:
    """Which distribution of the frozen environment a file or module comes from."""

    def __init__(self, site_packages: str) -> None:
        self.by_path: dict[str, str] = {}
        self.by_module: dict[str, str] = {}
        for dist in importlib.metadata.distributions(path=[site_packages]):
            name = normalize(dist.metadata["Name"])
            for file in dist.files or []:
                self.by_path[os.path.realpath(str(dist.locate_file(file)))] = name
                parts = file.parts
                if parts and parts[0].endswith((".dist-info", ".data")):
                    continue
                if file.suffix == ".py" or is_shared_library(Path(file.name)):
                    stem = file.name.split(".")[0]
                    module = [*parts[:-1]] + ([] if stem == "__init__" else [stem])
                    self.by_module.setdefault(".".join(module), name)

    def of_file(self, source: str) -> str | None:
        return self.by_path.get(os.path.realpath(source))

    def of_module(self, module: str, source: str) -> str | None:
        return self.of_file(source) or self.by_module.get(module)


def dpkg_owner(source: str) -> tuple[str, str, str] | None:
    """(package, version, architecture) of the Debian package holding this file, or None."""
    if shutil.which("dpkg") is None:
        return None
    real = os.path.realpath(source)
    candidates = [source, real]
    for path in (source, real):  # merged /usr: dpkg may know either spelling
        if path.startswith("/usr/lib/"):
            candidates.append(path[len("/usr") :])
        elif path.startswith("/lib/"):
            candidates.append("/usr" + path)
    for path in dict.fromkeys(candidates):
        found = subprocess.run(["dpkg", "-S", path], capture_output=True, text=True, check=False)
        if found.returncode == 0 and found.stdout:
            package = found.stdout.splitlines()[0].split(": ")[0].split(", ")[0]
            query = subprocess.run(
                ["dpkg-query", "-W", "-f", "${Package} ${Version} ${Architecture}", package],
                capture_output=True,
                text=True,
                check=True,
            )
            name, version, arch = query.stdout.split()
            return name, version, arch
    return None


def os_release() -> tuple[str, str]:
    fields = {}
    try:
        for line in Path("/etc/os-release").read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition("=")
            fields[key] = value.strip('"')
    except OSError:
        pass
    return fields.get(
        "ID", "debian"
    ), f"{fields.get('ID', 'debian')}-{fields.get('VERSION_ID', '')}"


def occurrences(paths: list[str]) -> dict[str, object]:
    return {"occurrences": [{"location": path} for path in sorted(paths)]}


def main(
    raw: str,
    manifest_path: str,
    bundle_dir: str,
    site_packages: str,
    frozen_python: str,
    pyinstaller_version: str,
    out: str,
) -> int:
    with open(raw, encoding="utf-8") as handle:
        bom = json.load(handle)
    with open(manifest_path, encoding="utf-8") as handle:
        manifest = json.load(handle)
    bundle = Path(bundle_dir)
    owners = Owners(site_packages)
    prefix, python_version = json.loads(
        subprocess.run(
            [
                frozen_python,
                "-c",
                "import sys, platform, json; "
                "print(json.dumps([sys.base_prefix, platform.python_version()]))",
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    prefix = os.path.realpath(prefix)
    source_tree = str(ROOT / "client")

    def origin(source: str) -> str | None:
        """'dist:<name>', 'cpython', 'pyinstaller' or None (a file from the build machine)."""
        owner = owners.of_file(source)
        if owner in ("pyinstaller", "pyinstaller-hooks-contrib"):
            return "pyinstaller"
        if owner:
            return f"dist:{owner}"
        real = os.path.realpath(source)
        if real.startswith(source_tree + os.sep):
            return "dist:pli"
        if real.startswith(prefix + os.sep):
            return "cpython"
        return None

    # Python distributions with frozen code.
    frozen: set[str] = set()
    for module, source in manifest["pure"]:
        owner = owners.of_module(module, source)
        if owner:
            frozen.add(owner)
        elif os.path.realpath(source).startswith(source_tree + os.sep):
            frozen.add("pli")
    sources = {dest.replace("\\", "/"): src for dest, src in manifest["files"]}
    for dest, src in sources.items():
        came_from = origin(src)
        if came_from and came_from.startswith("dist:") and ".dist-info/" not in dest:
            if (bundle / "_internal" / dest).exists():
                frozen.add(came_from[5:])
    frozen -= BUILD_TOOLS

    # Every shared library in the folder (the executable included): whose is it?
    located: dict[str, list[str]] = {}  # component key -> paths relative to the bundle
    debian: dict[str, tuple[str, str, str]] = {}
    for path in sorted(bundle.rglob("*")):
        if path.is_symlink() or not path.is_file():
            continue
        relative = path.relative_to(bundle).as_posix()
        if relative in ("pli", "pli.exe"):
            located.setdefault("pyinstaller", []).append(relative)
            continue
        if not is_shared_library(path) and relative != "_internal/base_library.zip":
            continue
        inner = relative.split("/", 1)[1] if relative.startswith("_internal/") else relative
        source = sources.get(inner)
        if inner == "base_library.zip":  # the standard library's modules PyInstaller zipped
            kind: str | None = "cpython"
        else:
            kind = origin(source) if source else None
        if kind is None:
            holder = dpkg_owner(source) if source else None
            if holder:
                debian[holder[0]] = holder
                kind = f"deb:{holder[0]}"
            else:
                kind = f"unknown:{path.name}"
        if kind.startswith("dist:") and inside_python_package(relative):
            continue  # a wheel's file inside its own package: the distribution covers it
        located.setdefault(kind, []).append(relative)

    components = []
    kept_refs = set()
    for component in bom.get("components", []):
        name = normalize(component["name"])
        if name not in frozen:
            continue
        found = located.pop(f"dist:{name}", None)
        if found:
            component["evidence"] = occurrences(found)
        components.append(component)
        kept_refs.add(component["bom-ref"])
    missing = frozen - {normalize(c["name"]) for c in components}
    if missing:
        raise SystemExit(f"frozen but not in the environment's SBOM: {', '.join(sorted(missing))}")

    components.append(
        {
            "type": "library",
            "bom-ref": f"cpython=={python_version}",
            "name": "cpython",
            "version": python_version,
            "description": "CPython interpreter and standard library, copied from the build "
            f"machine's Python ({prefix}; not a Debian package)",
            "licenses": [{"license": {"id": "PSF-2.0"}}],
            "purl": f"pkg:generic/cpython@{python_version}",
            "properties": [{"name": "pli:origin", "value": prefix}],
            "evidence": occurrences(located.pop("cpython", [])),
        }
    )
    components.append(
        {
            "type": "application",
            "bom-ref": f"pyinstaller-bootloader=={pyinstaller_version}",
            "name": "pyinstaller-bootloader",
            "version": pyinstaller_version,
            "description": "PyInstaller's bootloader (the executable that starts the frozen app) "
            "and its runtime hooks; the rest of PyInstaller is a build tool, not shipped",
            "licenses": [{"expression": "GPL-2.0-or-later WITH Bootloader-exception"}],
            "purl": f"pkg:pypi/pyinstaller@{pyinstaller_version}",
            "evidence": occurrences(located.pop("pyinstaller", [])),
        }
    )
    distro, distro_qualifier = os_release()
    for package, version, arch in sorted(debian.values()):
        components.append(
            {
                "type": "library",
                "bom-ref": f"deb:{package}=={version}",
                "name": package,
                "version": version,
                "description": "shared library copied by PyInstaller from the build machine",
                "purl": f"pkg:deb/{distro}/{package}@{quote(version, safe='')}"
                f"?arch={arch}&distro={distro_qualifier}",
                "properties": [{"name": "pli:origin", "value": f"Debian package {package}"}],
                "evidence": occurrences(located.pop(f"deb:{package}")),
            }
        )
    for key in sorted(k for k in located if k.startswith("unknown:")):
        name = key.split(":", 1)[1]
        components.append(
            {
                "type": "library",
                "bom-ref": f"file:{name}",
                "name": name,
                "description": "shared library copied by PyInstaller from the build machine; "
                "origin unknown (no Debian package holds it)",
                "properties": [{"name": "pli:origin", "value": "unknown"}],
                "evidence": occurrences(located.pop(key)),
            }
        )
    if located:  # a library of a distribution that is not listed: never drop it silently
        raise SystemExit(f"libraries without a component: {located}")
    bom["components"] = components
    refs = {c["bom-ref"] for c in components}
    bom["dependencies"] = [
        {**dep, "dependsOn": [d for d in dep.get("dependsOn", []) if d in refs]}
        for dep in bom.get("dependencies", [])
        if dep["ref"] in kept_refs
    ] + [{"ref": ref} for ref in sorted(refs - kept_refs)]
    for dep in bom["dependencies"]:
        if not dep.get("dependsOn"):
            dep.pop("dependsOn", None)
    metadata_component = bom.get("metadata", {}).get("component", {}).get("bom-ref")
    if metadata_component and metadata_component not in refs:
        bom["dependencies"].append({"ref": metadata_component, "dependsOn": sorted(refs)})

    text = json.dumps(bom, indent=2, sort_keys=True) + "\n"
    validate(text, bom.get("specVersion", "1.6"))
    Path(out).write_text(text, encoding="utf-8")
    counts = {
        "python": len(kept_refs),
        "debian": len(debian),
        "unknown": sum(1 for c in components if c["bom-ref"].startswith("file:")),
    }
    print(f"SBOM: {len(components)} components {counts} -> {out}")
    return 0


def validate(text: str, spec_version: str) -> None:
    """The CycloneDX schema check of cyclonedx-python-lib, when it is installed."""
    try:
        from cyclonedx.schema import SchemaVersion
        from cyclonedx.validation.json import JsonStrictValidator
    except ImportError:
        print("warning: cyclonedx-python-lib not installed, SBOM not validated", file=sys.stderr)
        return
    version = SchemaVersion.from_version(spec_version)
    error = JsonStrictValidator(version).validate_str(text)
    if error is not None:
        raise SystemExit(f"the SBOM is not valid CycloneDX {spec_version}: {error}")


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:8]))
