"""Settings: the language choice is saved; a language fixed by policy is greyed and says so;
the language Pli starts in follows policy > --lang > the user's choice > the system."""

from __future__ import annotations

import json
from pathlib import Path

from client.core.policy.loader import Policy, load_linux
from client.core.settings import UserSettings
from client.ui.dialogs.settings import SettingsDialog, interface_language


def test_language_choice_is_saved_and_used_at_the_next_start(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    dialog = SettingsDialog(Policy(), path)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == ""  # follows the system until chosen
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.save_button.click()
    assert json.loads(path.read_text())["language"] == "fr"
    assert path.stat().st_mode & 0o077 == 0
    assert interface_language(Policy(), None, path) == "fr"
    assert interface_language(Policy(), "en", path) == "en"  # --lang beats the saved choice
    reopened = SettingsDialog(Policy(), path)
    qtbot.addWidget(reopened)
    assert reopened.language.currentData() == "fr"


def test_language_fixed_by_policy_is_greyed_and_wins(qtbot, tmp_path: Path) -> None:
    root = tmp_path / "etc"
    root.mkdir()
    (root / "policy.json").write_text('{"language": "en"}')
    policy = load_linux(root)
    path = tmp_path / "settings.json"
    UserSettings(language="fr").save(path)
    dialog = SettingsDialog(policy, path)
    qtbot.addWidget(dialog)
    assert not dialog.language.isEnabled()
    assert dialog.language.currentData() == "en"
    assert dialog.note.text() == "Managed by your organisation"
    assert dialog.language.accessibleDescription() == "Managed by your organisation"
    assert interface_language(policy, "fr", path) == "en"
    dialog.save_button.click()  # saving does not overwrite the user's own choice
    assert UserSettings.load(path).language == "fr"


def test_an_empty_policy_language_locks_nothing(tmp_path: Path) -> None:
    (tmp_path / "policy.json").write_text('{"language": ""}')
    policy = load_linux(tmp_path)
    assert not policy.locked("language")
    UserSettings(language="fr").save(tmp_path / "s.json")
    assert interface_language(policy, None, tmp_path / "s.json") == "fr"


def test_a_damaged_settings_file_falls_back_to_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    for garbage in ("{not json", '["fr"]', '{"language": "klingon"}', "\udcff"):
        path.write_text(garbage, errors="surrogateescape")
        assert UserSettings.load(path) == UserSettings()
