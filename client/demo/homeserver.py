"""A throwaway Synapse on 127.0.0.1, for `pli --demo` and for the tests.

Synapse comes from the `demo` (or `test`) extra. We write its config ourselves instead of running
`--generate-config` (2.5 s): a listener on a free loopback port, SQLite in the given folder, no
federation key servers, presence off and every rate limit lifted (the tests register and send
fast; Synapse's defaults would answer 429). Users are registered through the shared-secret admin
API, which needs no open registration.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_NO_LIMIT = {"per_second": 10000, "burst_count": 100000}


class HomeserverError(RuntimeError):
    """The local Synapse could not be started or used."""


# Linux: Synapse must stop if Pli dies without cleaning up (kill -9, crash). The child asks
# the kernel for SIGTERM when its parent goes (prctl PR_SET_PDEATHSIG), then becomes Synapse
# by exec. Done in the child's own Python, not in a preexec_fn: code run between fork and exec
# in a threaded parent can deadlock (it did here, once in a few runs).
_BOOTSTRAP = """
import ctypes, os, signal, sys
parent = int(sys.argv[1])
try:
    ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
except OSError:
    pass
if os.getppid() != parent:
    sys.exit(1)
os.execv(sys.executable, [sys.executable, *sys.argv[2:]])
"""


def _synapse_argv(config: Path) -> list[str]:
    synapse = ["-m", "synapse.app.homeserver", "-c", str(config)]
    if sys.platform.startswith("linux"):
        return [sys.executable, "-c", _BOOTSTRAP, str(os.getpid()), *synapse]
    return [sys.executable, *synapse]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def synapse_available() -> bool:
    try:
        import synapse  # noqa: F401
    except ImportError:
        return False
    return True


def _config(
    folder: Path, port: int, shared_secret: str, server_name: str, secrets_: dict[str, str]
) -> dict[str, object]:
    return {
        "server_name": server_name,
        "pid_file": str(folder / "homeserver.pid"),
        "public_baseurl": f"http://127.0.0.1:{port}/",
        "listeners": [
            {
                "port": port,
                "bind_addresses": ["127.0.0.1"],
                "type": "http",
                "tls": False,
                "x_forwarded": False,
                "resources": [{"names": ["client"], "compress": False}],
            }
        ],
        "database": {"name": "sqlite3", "args": {"database": str(folder / "homeserver.db")}},
        "log_config": str(folder / "log.yaml"),
        "media_store_path": str(folder / "media"),
        "registration_shared_secret": shared_secret,
        "report_stats": False,
        "macaroon_secret_key": secrets_["macaroon"],
        "form_secret": secrets_["form"],
        "signing_key_path": str(folder / "signing.key"),
        "trusted_key_servers": [],
        "suppress_key_server_warning": True,
        "presence": {"enabled": False},
        "url_preview_enabled": False,
        "enable_metrics": False,
        # A throwaway server: cheap password hashing (default 12 rounds costs ~0.3 s a login).
        "bcrypt_rounds": 4,
        "filter_timeline_limit": 5000,
        "caches": {"sync_response_cache_duration": 0},
        "rc_message": _NO_LIMIT,
        "rc_registration": _NO_LIMIT,
        "rc_login": {
            "address": _NO_LIMIT,
            "account": _NO_LIMIT,
            "failed_attempts": _NO_LIMIT,
        },
        "rc_joins": {"local": _NO_LIMIT, "remote": _NO_LIMIT},
        "rc_joins_per_room": _NO_LIMIT,
        "rc_invites": {"per_room": _NO_LIMIT, "per_user": _NO_LIMIT, "per_issuer": _NO_LIMIT},
        "rc_room_creation": _NO_LIMIT,
        "rc_key_requests": _NO_LIMIT,
        "rc_media_create": _NO_LIMIT,
        "rc_presence": {"per_user": _NO_LIMIT},
        "rc_delayed_event_mgmt": _NO_LIMIT,
        "rc_3pid_validation": _NO_LIMIT,
        "rc_admin_redaction": _NO_LIMIT,
    }


_LOG_CONFIG = """\
version: 1
formatters:
  precise:
    format: '%(asctime)s - %(name)s - %(lineno)d - %(levelname)s - %(message)s'
handlers:
  file:
    class: logging.FileHandler
    formatter: precise
    filename: {log}
root:
  level: WARNING
  handlers: [file]
disable_existing_loggers: false
"""


@dataclass
class RegisteredUser:
    user_id: str
    localpart: str
    password: str
    access_token: str


@dataclass
class LocalSynapse:
    """One Synapse process. Use as a context manager or call start()/stop()."""

    folder: Path
    port: int = field(default_factory=free_port)
    shared_secret: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    server_name: str = "localhost"
    process: subprocess.Popen[bytes] | None = None
    _stderr: Any = None
    # Stable across restarts of the same object, so tokens stay valid (outage tests).
    _secrets: dict[str, str] = field(
        default_factory=lambda: {
            "macaroon": secrets.token_urlsafe(32),
            "form": secrets.token_urlsafe(32),
        }
    )

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def database(self) -> Path:
        return self.folder / "homeserver.db"

    def write_config(self) -> Path:
        self.folder.mkdir(parents=True, exist_ok=True)
        os.chmod(self.folder, 0o700)
        (self.folder / "log.yaml").write_text(
            _LOG_CONFIG.format(log=json.dumps(str(self.folder / "homeserver.log")))
        )
        key_file = self.folder / "signing.key"
        if not key_file.exists():
            seed = base64.b64encode(secrets.token_bytes(32)).decode().rstrip("=")
            key_file.write_text(f"ed25519 a_pli {seed}\n")
        config = self.folder / "homeserver.yaml"
        # JSON is YAML; no YAML writer needed.
        config.write_text(
            json.dumps(
                _config(self.folder, self.port, self.shared_secret, self.server_name, self._secrets)
            )
        )
        return config

    def launch(self) -> None:
        """Start the process without waiting. Call it from a long-lived thread (the main
        one): on Linux, Synapse is told to stop when the *thread* that started it ends."""
        if not synapse_available():
            raise HomeserverError(
                "Synapse is not installed. Install Pli with its demo extra: "
                "pip install 'pli[demo]'."
            )
        config = self.write_config()
        self._stderr = open(self.folder / "stderr.log", "ab")  # closed in stop()
        self.process = subprocess.Popen(
            _synapse_argv(config),
            cwd=self.folder,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=self._stderr,
        )

    def start(self, timeout: float = 60.0) -> None:
        self.launch()
        self.wait_ready(timeout)

    async def start_async(self, timeout: float = 60.0) -> None:
        """launch() here, on the loop's thread; wait for readiness in a worker thread."""
        from client.demo.threads import run_blocking

        self.launch()
        await run_blocking(self.wait_ready, timeout)

    def wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                tail = (self.folder / "stderr.log").read_text(errors="replace")[-2000:]
                raise HomeserverError(f"Synapse exited at start:\n{tail}")
            try:
                with urllib.request.urlopen(  # noqa: S310 - our own loopback URL
                    f"{self.url}/_matrix/client/versions", timeout=2
                ):
                    return
            except (OSError, urllib.error.URLError):
                time.sleep(0.1)
        self.stop()
        raise HomeserverError(f"Synapse did not answer within {timeout:.0f} s")

    def stop(self) -> None:
        process, self.process = self.process, None
        try:
            if process is None or process.poll() is not None:
                return
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        finally:
            stderr, self._stderr = self._stderr, None
            if stderr is not None:
                stderr.close()

    def __enter__(self) -> LocalSynapse:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _post(self, path: str, body: dict[str, object]) -> dict[str, object]:
        request = urllib.request.Request(  # noqa: S310 - our own loopback URL
            self.url + path,
            data=json.dumps(body).encode(),
            headers={"Content-Type": "application/json"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
                result: dict[str, object] = json.loads(response.read())
                return result
        except urllib.error.HTTPError as error:
            raise HomeserverError(
                f"{path} answered {error.code}: {error.read().decode(errors='replace')}"
            ) from error

    def register(self, localpart: str, password: str, admin: bool = False) -> RegisteredUser:
        """Register through /_synapse/admin/v1/register with the shared secret (HMAC-SHA1)."""
        with urllib.request.urlopen(  # noqa: S310
            f"{self.url}/_synapse/admin/v1/register", timeout=10
        ) as response:
            nonce = json.loads(response.read())["nonce"]
        message = b"\x00".join(
            [
                nonce.encode(),
                localpart.encode(),
                password.encode(),
                b"admin" if admin else b"notadmin",
            ]
        )
        mac = hmac.new(self.shared_secret.encode(), message, hashlib.sha1).hexdigest()
        result = self._post(
            "/_synapse/admin/v1/register",
            {
                "nonce": nonce,
                "username": localpart,
                "password": password,
                "admin": admin,
                "mac": mac,
            },
        )
        return RegisteredUser(
            user_id=str(result["user_id"]),
            localpart=localpart,
            password=password,
            access_token=str(result["access_token"]),
        )
