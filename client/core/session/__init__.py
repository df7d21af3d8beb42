"""The Matrix session: nio by composition, sync loop, timeline, sending."""

from client.core.session.session import MatrixSession

__all__ = ["MatrixSession"]
