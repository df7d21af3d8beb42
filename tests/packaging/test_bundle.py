"""The frozen folder and its SBOM (packaging/freeze, packaging/sbom_finish.py): the SBOM names
every shared library that is not inside a Python package's own folder (the build machine's
libraries, CPython's, the bootloader), no build tool, CPython with its version; it ships in the
DEB and beside it; no library keeps a search path of the build machine."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import tarfile
from pathlib import Path
from urllib.parse import unquote

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = re.compile(r"\.so(\.[0-9.]+)?$")
BUILD_TOOLS = {"pyinstaller", "pyinstaller-hooks-contrib", "altgraph", "pip", "wheel"}

pytestmark = [
    pytest.mark.packaging,
    pytest.mark.skipif(sys.platform != "linux", reason="the Linux bundle"),
    pytest.mark.timeout(1500),
]


def sbom(path: Path) -> dict[str, object]:
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def components(bom: dict[str, object]) -> list[dict[str, object]]:
    return bom["components"]  # type: ignore[return-value]


def locations(bom: dict[str, object]) -> dict[str, dict[str, object]]:
    found = {}
    for component in components(bom):
        evidence = component.get("evidence") or {}
        for occurrence in evidence.get("occurrences", []):  # type: ignore[attr-defined]
            found[occurrence["location"]] = component
    return found


def in_python_package(relative: str) -> bool:
    """Inside a folder named like an importable package (PySide6/, cryptography/...)."""
    parts = relative.split("/")
    return len(parts) > 2 and parts[0] == "_internal" and parts[1].isidentifier()


def test_every_library_outside_python_packages_is_in_the_sbom(frozen: Path) -> None:
    bom = sbom(frozen / "sbom.cdx.json")
    located = locations(bom)
    unlisted = []
    for path in sorted(frozen.rglob("*")):
        relative = path.relative_to(frozen).as_posix()
        if not SHARED.search(path.name) or not path.is_file():
            continue
        if path.is_symlink():  # PyInstaller's links to Qt's libraries inside PySide6/
            target = path.resolve().relative_to(frozen.resolve()).as_posix()
            assert in_python_package(target) or target in located, relative
            continue
        if not in_python_package(relative) and relative not in located:
            unlisted.append(relative)
    assert unlisted == []
    assert [place for place in located if not (frozen / place).exists()] == []
    # The build machine's libraries: their Debian package, or "origin unknown".
    assert located["_internal/libssl.so.3"]["name"] == "libssl3"
    assert located["pli"]["name"] == "pyinstaller-bootloader"
    for place, component in located.items():
        purl = str(component.get("purl", ""))
        origin = {p["name"]: p["value"] for p in component.get("properties", [])}  # type: ignore[attr-defined]
        assert purl.startswith(("pkg:deb/debian/", "pkg:pypi/", "pkg:generic/cpython@")) or (
            origin.get("pli:origin") == "unknown"
        ), place
        if purl.startswith("pkg:deb/"):
            assert "?arch=amd64" in purl and f"@{component['version']}?" in unquote(purl)


def test_debian_versions_are_those_installed_here(frozen: Path) -> None:
    for component in components(sbom(frozen / "sbom.cdx.json")):
        if str(component.get("purl", "")).startswith("pkg:deb/"):
            installed = subprocess.run(
                ["dpkg-query", "-W", "-f", "${Version}", str(component["name"])],
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            assert installed == component["version"], component["name"]


def test_cpython_and_the_frozen_distributions_no_build_tool(frozen: Path) -> None:
    bom = sbom(frozen / "sbom.cdx.json")
    by_name = {str(c["name"]).lower(): c for c in components(bom)}
    version = subprocess.run(
        [
            str(ROOT / "build/freeze-venv/bin/python"),
            "-c",
            "import platform as p; print(p.python_version())",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    cpython = by_name["cpython"]
    assert cpython["version"] == version and cpython["purl"] == f"pkg:generic/cpython@{version}"
    places = {o["location"] for o in cpython["evidence"]["occurrences"]}  # type: ignore[index]
    assert any("libpython3" in place for place in places)
    assert any("/lib-dynload/" in place for place in places)
    names = {str(c["name"]).lower().replace("_", "-") for c in components(bom)}
    assert names & BUILD_TOOLS == set()
    assert {"pli", "matrix-nio", "vodozemac", "pyside6-essentials", "cryptography"} <= names
    bootloader = by_name["pyinstaller-bootloader"]
    assert bootloader["purl"] == f"pkg:pypi/pyinstaller@{bootloader['version']}"
    assert [c for c in components(bom) if "pkg:pypi/pyinstaller" in str(c.get("purl"))] == [
        bootloader
    ]


def test_the_sbom_is_valid_cyclonedx(frozen: Path) -> None:
    bom = sbom(frozen / "sbom.cdx.json")
    script = (
        "import sys\n"
        "from cyclonedx.schema import SchemaVersion\n"
        "from cyclonedx.validation.json import JsonStrictValidator\n"
        "error = JsonStrictValidator(SchemaVersion.from_version(sys.argv[1]))"
        ".validate_str(open(sys.argv[2]).read())\n"
        "sys.exit(str(error) if error else 0)\n"
    )
    subprocess.run(
        [
            str(ROOT / "build/tools-venv/bin/python"),
            "-c",
            script,
            str(bom["specVersion"]),
            str(frozen / "sbom.cdx.json"),
        ],
        check=True,
    )


def test_no_library_keeps_a_search_path_of_the_build_machine(frozen: Path) -> None:
    absolute = []
    for path in frozen.rglob("*.so*"):
        if path.is_symlink() or not path.is_file():
            continue
        headers = subprocess.run(
            ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
        ).stdout
        for line in headers.splitlines():
            if line.split()[:1] in (["RUNPATH"], ["RPATH"]):
                entries = line.split()[1].split(":")
                absolute += [f"{path}: {entry}" for entry in entries if entry.startswith("/")]
    assert absolute == []


def test_the_sbom_ships_in_the_deb_and_beside_it(frozen: Path, deb: Path) -> None:
    made = (ROOT / "build/dist/sbom.cdx.json").read_bytes()
    tar = subprocess.run(["dpkg-deb", "--fsys-tarfile", str(deb)], capture_output=True, check=True)
    with tarfile.open(fileobj=io.BytesIO(tar.stdout)) as archive:
        member = archive.extractfile("./usr/share/doc/pli/sbom.cdx.json")
        assert member is not None
        inside = member.read()
    assert inside == made
    assert (deb.parent / "pli.sbom.cdx.json").read_bytes() == made
    assert (frozen / "sbom.cdx.json").read_bytes() == made  # what the MSI is built from


def test_only_the_image_decoders_pli_uses_ship(frozen: Path) -> None:
    """Issue 16.3: no SVG, TIFF, PDF, ICO... plugin a received byte could reach; the SVG icon
    engine (iconengines/) stays for Pli's own icons."""
    plugins = sorted(p.name for p in frozen.rglob("imageformats/*") if p.is_file())
    assert plugins == ["libqgif.so", "libqjpeg.so", "libqwebp.so"], plugins
    assert list(frozen.rglob("iconengines/libqsvgicon.so"))
