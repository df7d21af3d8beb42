"""The policy artefacts generated from the one schema: up to date, well-formed, and covering
every key (JSON schema, example, ADMX + ADML en-US/fr-FR, the MSI fragment, docs/ADMIN.md)."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from client.core.policy.loader import load_linux, load_windows
from client.core.policy.schema import KEYS

ROOT = Path(__file__).resolve().parents[2]
NS = {"p": "http://schemas.microsoft.com/GroupPolicy/2006/07/PolicyDefinitions"}
NAMES = {key.name for key in KEYS}


def parse(path: str) -> ET.Element:
    return ET.parse(ROOT / path).getroot()  # noqa: S314 - our own generated files


def test_generated_files_are_up_to_date() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging/policy/generate.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_admx_and_both_adml_cover_every_key_and_resolve_every_reference() -> None:
    admx = parse("packaging/msi/admx/Pli.admx")
    policies = admx.findall(".//p:policy", NS)
    assert {p.get("name") for p in policies} == NAMES
    assert all(p.get("key") == r"Software\Policies\Pli" for p in policies)
    text = (ROOT / "packaging/msi/admx/Pli.admx").read_text(encoding="utf-8")
    strings = set(re.findall(r"\$\(string\.(\w+)\)", text))
    presentations = set(re.findall(r"\$\(presentation\.(\w+)\)", text))
    element_ids = {e.get("id") for p in policies for e in p.find("p:elements", NS) or []}
    for language in ("en-US", "fr-FR"):
        adml = parse(f"packaging/msi/admx/{language}/Pli.adml")
        ids = {s.get("id") for s in adml.findall(".//p:string", NS)}
        assert strings <= ids, strings - ids
        shown = adml.findall(".//p:presentation", NS)
        assert {p.get("id") for p in shown} == presentations
        refs = {child.get("refId") for p in shown for child in p}
        assert refs == element_ids
    french = parse("packaging/msi/admx/fr-FR/Pli.adml")
    explain = {s.get("id"): s.text for s in french.findall(".//p:string", NS)}
    assert explain["verified_devices_only_explain"] == next(
        k.fr for k in KEYS if k.name == "verified_devices_only"
    )


def test_json_schema_and_example_match_the_loader(tmp_path: Path) -> None:
    schema = json.loads((ROOT / "packaging/policy/pli-policy.schema.json").read_text())
    assert set(schema["properties"]) == NAMES and schema["additionalProperties"] is False
    example = (ROOT / "packaging/policy/policy.example.json").read_text()
    (tmp_path / "policy.json").write_text(example)
    policy = load_linux(tmp_path)  # "_comment" keys are accepted, every value valid
    assert set(policy.values) == NAMES - {"language"}  # "" = the user's choice: not locked
    assert all(policy.get(k.name) == k.default for k in KEYS)


def test_msi_fragment_writes_every_key_only_when_its_property_is_given() -> None:
    wix = "{http://schemas.microsoft.com/wix/2006/wi}"
    fragment = parse("packaging/msi/policy.wxs")
    components = fragment.findall(f".//{wix}Component")
    assert len(components) == len(KEYS)
    conditions = dict(
        line.split("\t")
        for line in (ROOT / "packaging/msi/policy-conditions.tsv").read_text().splitlines()
    )
    for component in components:
        value = component.find(f"{wix}RegistryValue")
        assert value is not None and value.get("Root") == "HKLM"
        assert value.get("Key") == r"Software\Policies\Pli"
        name = value.get("Name")
        prop = "HOMESERVER" if name == "default_homeserver" else str(name).upper()
        assert value.get("Value") == f"[{prop}]"
        assert conditions[str(component.get("Id"))] == prop
    # What an MSI property writes (REG_SZ with commas) reads back as a list.
    policy = load_windows({"HKLM": {"allowed_homeservers": "gouv.fr, interieur.gouv.fr"}}.get)
    assert policy.get("allowed_homeservers") == ["gouv.fr", "interieur.gouv.fr"]


def test_admin_doc_lists_every_key_in_both_languages() -> None:
    doc = (ROOT / "docs/ADMIN.md").read_text(encoding="utf-8")
    for key in KEYS:
        assert f"`{key.name}`" in doc and key.en in doc and key.fr in doc
