"""Everything Qt. Imports PySide6 only through client.ui.qt."""
