"""Start a Synapse for a test and always stop it."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from client.demo.homeserver import LocalSynapse


@contextlib.contextmanager
def running_synapse(folder: Path, **options: object) -> Iterator[LocalSynapse]:
    server = LocalSynapse(folder, **options)  # type: ignore[arg-type]
    server.start()
    try:
        yield server
    finally:
        server.stop()
