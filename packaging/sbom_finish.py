"""Finish the SBOM made by cyclonedx-py from the runtime-only environment: drop the
environment's own tools (pip, setuptools), and add what the freezing adds (PyInstaller's
bootloader, which is frozen into the app). Usage: sbom_finish.py RAW OUT PYINSTALLER_VERSION"""

from __future__ import annotations

import json
import sys

NOT_SHIPPED = {"pip", "setuptools", "wheel"}


def main(raw: str, out: str, pyinstaller_version: str) -> int:
    with open(raw, encoding="utf-8") as handle:
        bom = json.load(handle)
    bom["components"] = [c for c in bom.get("components", []) if c["name"] not in NOT_SHIPPED]
    bom["components"].append(
        {
            "type": "application",
            "bom-ref": f"pyinstaller-bootloader=={pyinstaller_version}",
            "name": "pyinstaller",
            "version": pyinstaller_version,
            "description": "PyInstaller bootloader (the executable that starts the frozen app)",
            "licenses": [{"license": {"id": "GPL-2.0-or-later WITH Bootloader-exception"}}],
            "purl": f"pkg:pypi/pyinstaller@{pyinstaller_version}",
        }
    )
    with open(out, "w", encoding="utf-8") as handle:
        json.dump(bom, handle, indent=2, sort_keys=True)
        handle.write("\n")
    print(f"SBOM: {len(bom['components'])} components -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
