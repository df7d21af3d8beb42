"""The MSI, built with Debian's wixl from a small stand-in of the frozen app: per machine,
stable install folder, upgrade code, Start-menu shortcut, and one registry row per policy key
under HKLM\\Software\\Policies\\Pli fed by its public property, written only when given."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from client.core.policy.schema import KEYS

ROOT = Path(__file__).resolve().parents[2]
UPGRADE_CODE = "{8F3D6E2A-1C4B-4E7A-9B0D-5A2C3E4F6071}"

pytestmark = pytest.mark.skipif(
    shutil.which("wixl") is None, reason="wixl (Debian msitools) is not installed"
)


def table(msi: Path, name: str) -> list[list[str]]:
    out = subprocess.run(
        ["msiinfo", "export", str(msi), name], capture_output=True, text=True, check=True
    ).stdout
    # IDT export: CRLF line ends; a stray CR inside a value would be a corrupt table.
    lines = out.split("\r\n") if "\r\n" in out else out.split("\n")
    return [line.split("\t") for line in lines[3:] if line]  # after the 3 header lines


def properties(msi: Path) -> dict[str, str]:
    return {row[0]: row[1] if len(row) > 1 else "" for row in table(msi, "Property")}


@pytest.fixture(scope="module")
def msi(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("msi")
    app = work / "app"
    (app / "_internal" / "PySide6").mkdir(parents=True)
    (app / "pli.exe").write_bytes(b"MZ stand-in for the frozen pli.exe")
    (app / "_internal" / "python311.dll").write_bytes(b"stand-in")
    (app / "_internal" / "PySide6" / "Qt6Core.dll").write_bytes(b"stand-in")
    (app / "sbom.cdx.json").write_text('{"bomFormat": "CycloneDX"}\n')  # as packaging/freeze does
    out = work / "pli.msi"
    subprocess.run(
        [str(ROOT / "packaging/msi/build-msi"), str(app), "1.2.3", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def test_per_machine_into_a_stable_folder_with_major_upgrade(msi: Path) -> None:
    found = properties(msi)
    assert found["ALLUSERS"] == "1"
    assert found["UpgradeCode"] == UPGRADE_CODE
    assert found["ProductVersion"] == "1.2.3"
    upgrades = table(msi, "Upgrade")
    assert {row[0] for row in upgrades} == {UPGRADE_CODE}
    assert {row[-1] for row in upgrades} == {"WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"}
    directories = {row[0]: row for row in table(msi, "Directory")}
    assert directories["INSTALLDIR"][1:] == ["ProgramFiles64Folder", "Pli"]  # no version in it
    files = {row[2].split("|")[-1] for row in table(msi, "File")}
    assert {"pli.exe", "python311.dll", "Qt6Core.dll", "sbom.cdx.json"} <= files


def test_the_sbom_is_installed_and_beside_the_msi(msi: Path) -> None:
    [row] = [row for row in table(msi, "File") if row[2].split("|")[-1] == "sbom.cdx.json"]
    components = {row[0]: row for row in table(msi, "Component")}
    directories = {row[0]: row for row in table(msi, "Directory")}
    # wixl-heat's folder "." under INSTALLDIR: Program Files\Pli\sbom.cdx.json
    assert directories[components[row[1]][2]][1:] == ["INSTALLDIR", "."]
    assert msi.with_suffix(".sbom.cdx.json").read_text().startswith('{"bomFormat"')


def test_no_msi_without_its_sbom(tmp_path: Path) -> None:
    app = tmp_path / "app"
    app.mkdir()
    (app / "pli.exe").write_bytes(b"MZ stand-in")
    result = subprocess.run(
        [str(ROOT / "packaging/msi/build-msi"), str(app), "1.2.3", str(tmp_path / "pli.msi")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "sbom.cdx.json" in result.stderr
    assert not (tmp_path / "pli.msi").exists()


def test_start_menu_shortcut(msi: Path) -> None:
    [shortcut] = table(msi, "Shortcut")
    assert shortcut[1:3] == ["ProgramMenuFolder", "Pli"]
    assert shortcut[4] == "[INSTALLDIR]pli.exe"


def test_every_policy_key_has_a_registry_row_fed_by_its_property(msi: Path) -> None:
    rows = {row[3]: row for row in table(msi, "Registry") if row[2] == "Software\\Policies\\Pli"}
    components = {row[0]: row for row in table(msi, "Component")}
    secure = properties(msi)["SecureCustomProperties"]
    assert "\r" not in secure and "\n" not in secure
    assert set(rows) == {key.name for key in KEYS}
    for key in KEYS:
        prop = "HOMESERVER" if key.name == "default_homeserver" else key.name.upper()
        _id, root, _key, _name, value, component = rows[key.name]
        assert root == "2"  # HKEY_LOCAL_MACHINE
        number = key.kind in ("bool", "int")
        assert value == (f"#[{prop}]" if number else f"[{prop}]")  # "#" = REG_DWORD
        assert components[component][4] == prop  # installed only when the property is given
        assert prop in secure.split(";")  # passed on to the elevated install
