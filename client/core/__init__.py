"""Pli's Qt-free core: Matrix session, crypto, secrets, storage, policy.

Nothing under this package may import PySide6 or qasync (tests/unit/core/test_no_qt.py checks).
"""
