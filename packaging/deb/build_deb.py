"""Make pli_<version>_amd64.deb from the frozen bundle (build/dist/pli, made by
packaging/freeze). Usage: build_deb.py [--out DIR]

Layout: the bundle in /usr/lib/pli, /usr/bin/pli, the .desktop file, hicolor icons, AppStream
metainfo, the man page pli.1, /usr/share/doc/pli (copyright, changelog, policy example, admin
guide, SBOM), /etc/pli/policy.json as a conffile (an empty policy: edits survive upgrades and
`remove`, `purge` deletes it), lintian overrides. Depends are computed like dpkg-shlibdeps
does: every library the bundle's ELF files need and do not carry is looked up with ldconfig
and `dpkg -S`; libc6 gets the highest GLIBC symbol version they use. Reproducible: every
file's mtime and dpkg-deb's timestamps come from SOURCE_DATE_EPOCH."""

from __future__ import annotations

import argparse
import email.utils
import gzip
import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUNDLE = ROOT / "build" / "dist" / "pli"
EXTRA_DEPENDS = ["fontconfig-config", "fonts-dejavu-core"]  # Qt needs one font at least
RECOMMENDS = "gnome-keyring | kwalletmanager | keepassxc"  # a Secret Service for the keys


def version() -> str:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version = "([^"]+)"', text, re.MULTILINE)
    return match.group(1) if match else "0.0.0"


def is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == b"\x7fELF"


def elf_files(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]


def objdump(*args: str) -> str:
    return subprocess.run(["objdump", *args], capture_output=True, text=True, check=False).stdout


def depends(bundle: Path) -> list[str]:
    elves = elf_files(bundle)
    carried = {p.name for p in bundle.rglob("*.so*")}
    wanted: set[str] = set()
    glibc = (2, 17)
    for elf in elves:
        headers = objdump("-p", str(elf))
        wanted |= {line.split()[1] for line in headers.splitlines() if "NEEDED" in line}
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", objdump("-T", str(elf))):
            glibc = max(glibc, (int(major), int(minor)))
    cache = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=True).stdout
    paths = {}
    for line in cache.splitlines()[1:]:
        name, _, path = line.strip().partition(" => ")
        name = name.split(" (")[0]
        if "x86-64" in line and name not in paths:
            paths[name] = path
    packages = set(EXTRA_DEPENDS)
    missing = []
    for name in sorted(wanted - carried):
        path = paths.get(name)
        if path is None:
            missing.append(name)
            continue
        owner = subprocess.run(
            ["dpkg", "-S", os.path.realpath(path)], capture_output=True, text=True, check=False
        )
        if owner.returncode != 0:
            owner = subprocess.run(
                ["dpkg", "-S", path], capture_output=True, text=True, check=False
            )
        if owner.returncode == 0:
            packages.add(owner.stdout.split(":")[0])
        else:
            missing.append(name)
    if missing:
        print("warning: no package found for", " ".join(missing), file=sys.stderr)
    packages.discard("libc6")
    return [f"libc6 (>= {glibc[0]}.{glibc[1]})", *sorted(packages)]


def render_icons(svg: Path, icons: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    for size in (48, 64, 128, 256):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = icons / f"{size}x{size}" / "apps" / "pli.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    scalable = icons / "scalable" / "apps" / "pli.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)


def gzip_file(source: Path, target: Path, text: str | None = None) -> None:
    data = text.encode() if text is not None else source.read_bytes()
    with gzip.GzipFile(target, "wb", compresslevel=9, mtime=0) as handle:
        handle.write(data)


def build(out: Path) -> Path:
    if not (BUNDLE / "pli").exists():
        raise SystemExit(f"{BUNDLE} is missing: run packaging/freeze first")
    epoch = int(os.environ.get("SOURCE_DATE_EPOCH") or 1767225600)
    os.environ["SOURCE_DATE_EPOCH"] = str(epoch)
    ver = version()
    stage = ROOT / "build" / "deb" / f"pli_{ver}_amd64"
    shutil.rmtree(stage, ignore_errors=True)
    lib = stage / "usr/lib/pli"
    shutil.copytree(BUNDLE, lib, symlinks=True)
    (lib / "sbom.cdx.json").unlink(missing_ok=True)  # shipped in /usr/share/doc/pli instead
    bin_dir = stage / "usr/bin"
    bin_dir.mkdir(parents=True)
    (bin_dir / "pli").write_text('#!/bin/sh\nexec /usr/lib/pli/pli "$@"\n')
    share = stage / "usr/share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(HERE / "pli.desktop", share / "applications/pli.desktop")
    (share / "metainfo").mkdir()
    date = __import__("datetime").datetime.fromtimestamp(epoch, __import__("datetime").UTC)
    (share / "metainfo/pli.metainfo.xml").write_text(
        (HERE / "pli.metainfo.xml")
        .read_text(encoding="utf-8")
        .replace("@VERSION@", ver)
        .replace("@DATE@", date.strftime("%Y-%m-%d")),
        encoding="utf-8",
    )
    render_icons(ROOT / "resources/icons/pli.svg", share / "icons/hicolor")
    man = share / "man/man1"
    man.mkdir(parents=True)
    page = (HERE / "pli.1").read_text(encoding="utf-8")
    page = page.replace("@VERSION@", ver).replace("@DATE@", date.strftime("%Y-%m-%d"))
    gzip_file(HERE / "pli.1", man / "pli.1.gz", page)
    doc = share / "doc/pli"
    doc.mkdir(parents=True)
    shutil.copyfile(HERE / "copyright", doc / "copyright")
    changelog = (
        (HERE / "changelog")
        .read_text(encoding="utf-8")
        .replace("@VERSION@", ver)
        .replace("@RFC2822DATE@", email.utils.formatdate(epoch))
    )
    gzip_file(HERE / "changelog", doc / "changelog.gz", changelog)
    shutil.copyfile(ROOT / "packaging/policy/policy.example.json", doc / "policy.example.json")
    gzip_file(ROOT / "docs/ADMIN.md", doc / "ADMIN.md.gz")
    shutil.copyfile(ROOT / "build/dist/sbom.cdx.json", doc / "sbom.cdx.json")
    overrides = share / "lintian/overrides"
    overrides.mkdir(parents=True)
    shutil.copyfile(HERE / "lintian-overrides", overrides / "pli")
    etc = stage / "etc/pli"
    (etc / "policy.d").mkdir(parents=True)
    (etc / "policy.json").write_text("{}\n")

    # Modes: folders 0755, files 0644, the two executables 0755 (shared objects need no x bit).
    for path in stage.rglob("*"):
        if path.is_symlink():
            continue
        path.chmod(0o755 if path.is_dir() else 0o644)
    for executable in (lib / "pli", bin_dir / "pli"):
        executable.chmod(0o755)

    control_dir = stage / "DEBIAN"
    control_dir.mkdir()
    size_kib = (
        sum(p.stat().st_size for p in stage.rglob("*") if p.is_file() and not p.is_symlink())
        // 1024
    )
    summary = "end-to-end encrypted messenger for public servants (Matrix)"
    control = (
        f"Package: pli\nVersion: {ver}\nArchitecture: amd64\n"
        "Maintainer: Pli developers <pli@example.invalid>\n"
        f"Installed-Size: {size_kib}\nDepends: {', '.join(depends(lib))}\n"
        f"Recommends: {RECOMMENDS}\nSection: net\nPriority: optional\n"
        f"Description: {summary}\n"
        " Pli is a desktop Matrix client: end-to-end encrypted by default, keys kept in\n"
        " the system keyring, devices verified by QR code or emoji, and settings an\n"
        " organisation can lock through /etc/pli/policy.json. It contacts nothing but\n"
        " the configured homeserver.\n"
    )
    (control_dir / "control").write_text(control)
    (control_dir / "conffiles").write_text("/etc/pli/policy.json\n")
    sums = []
    for path in sorted(stage.rglob("*")):
        relative = path.relative_to(stage).as_posix()
        if path.is_file() and not path.is_symlink() and not relative.startswith(("DEBIAN", "etc/")):
            sums.append(f"{hashlib.md5(path.read_bytes()).hexdigest()}  {relative}")  # noqa: S324 - dpkg's format
    (control_dir / "md5sums").write_text("\n".join(sums) + "\n")
    for path in control_dir.iterdir():
        path.chmod(0o644)
    for path in [stage, *stage.rglob("*")]:
        os.utime(path, (epoch, epoch), follow_symlinks=False)

    out.mkdir(parents=True, exist_ok=True)
    deb = out / f"pli_{ver}_amd64.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(stage), str(deb)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.copyfile(ROOT / "build/dist/sbom.cdx.json", out / "pli.sbom.cdx.json")
    print(f"built {deb} ({deb.stat().st_size / 1e6:.1f} MB)")
    return deb


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "packages")
    build(parser.parse_args().out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
