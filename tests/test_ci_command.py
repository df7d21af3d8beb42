"""CI runs the README's test command: the one command of the README's "Run the tests" section
is a line of .ci/run, as written."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ci_runs_the_readme_test_command() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Run the tests", 1)[1].split("\n## ", 1)[0]
    blocks = re.findall(r"```sh\n(.*?)```", section, re.S)
    assert len(blocks) == 1, "one command block in the README's test section"
    command = blocks[0].strip()
    assert "\n" not in command, "one command"
    script = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    lines = [line.strip() for line in script.splitlines() if not line.startswith("#")]
    assert command in lines, f".ci/run does not run {command!r}"
