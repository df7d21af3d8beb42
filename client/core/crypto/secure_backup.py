"""Secure backup: secret storage (4S) holding the cross-signing keys and the key backup's
decryption key, unlocked by a recovery key or a passphrase, and the server-side key backup
itself (upload in the background, restore on a new device).

    set_up(passphrase?)      4S key (random, or PBKDF2 of the passphrase) ─┐
                             backup key (Curve25519) → new backup version   │ secrets in
                             cross-signing seeds + backup key ─────────────┘ account data
                             → the recovery key, shown once
    unlock(key or phrase)    4S key checked → seeds (must match the published keys) and the
                             backup key (must match the backup version) into the keyring →
                             this device signed by our self-signing key → restore()
    back_up_new_keys()       sessions not yet uploaded, in batches (resumable: the ids done
                             are kept in <profile>/backup-progress.json)
    restore()                every backed-up room key imported; waiting messages retried

Uploads go only to a backup version whose public key matches the private key we hold (a
trusted source: secret storage, a verified device, the user), never to one we cannot trust.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from client.core.crypto import recovery_key, secret_storage
from client.core.crypto.backup_crypto import ALGORITHM, BackupDataError, BackupKey, encrypt_session
from client.core.crypto.cross_signing import (
    MASTER,
    SELF_SIGNING,
    USER_SIGNING,
    CrossSigningSeeds,
    sign_device,
)
from client.core.crypto.directory import KeyDirectory
from client.core.crypto.keys_api import KeysApi
from client.core.crypto.recovery_key import RecoveryKeyError
from client.core.crypto.secret_storage import KeyDescription, SecretStorageError, WrongRecoveryKey
from client.core.crypto.signing import sign_json, signing_key_from_seed, unpadded_b64
from client.core.crypto.trust import TrustEngine
from client.core.errors import PliError
from client.core.i18n import QT_TRANSLATE_NOOP
from client.core.secrets.store import AccountSecrets

log = logging.getLogger(__name__)

BATCH = 200  # sessions per upload request
SECRET_NAMES = {
    MASTER: secret_storage.MASTER,
    SELF_SIGNING: secret_storage.SELF_SIGNING,
    USER_SIGNING: secret_storage.USER_SIGNING,
}


class NoSecureBackup(PliError):
    message = QT_TRANSLATE_NOOP("Errors", "This account has no secure backup yet.")
    advice = QT_TRANSLATE_NOOP(
        "Errors", "Set it up on a device that can read your messages, or verify this device."
    )


@dataclass(frozen=True)
class BackupStatus:
    has_secret_storage: bool
    version: str | None  # the server's current backup version
    trusted: bool  # we hold its private key
    backed_up: int  # sessions uploaded from this device
    total: int  # sessions this device holds


RoomKeys = Callable[[set[str] | None], list[dict[str, Any]]]
ImportKeys = Callable[[list[dict[str, Any]]], int]


class SecureBackup:
    def __init__(
        self,
        *,
        api: KeysApi,
        user_id: str,
        device_id: str,
        secrets: AccountSecrets,
        directory: KeyDirectory,
        trust: TrustEngine,
        export_keys: RoomKeys,
        import_keys: ImportKeys,
        on_imported: Callable[[], None],
        progress_file: Path,
    ) -> None:
        self.api = api
        self.user_id = user_id
        self.device_id = device_id
        self.secrets = secrets
        self.directory = directory
        self.trust = trust
        self.export_keys = export_keys
        self.import_keys = import_keys
        self.on_imported = on_imported
        self.progress_file = progress_file
        self._upload_lock = asyncio.Lock()
        self._key: BackupKey | None = None
        self._key_read = False  # the keyring is read once, not on every sync

    # --- local state --------------------------------------------------------------------------

    def backup_key(self) -> BackupKey | None:
        if not self._key_read:
            self._key_read = True
            value = self.secrets.backup_key()
            try:
                self._key = BackupKey.from_base64(value) if value is not None else None
            except ValueError:
                log.warning("the backup key in the keyring is unusable")
        return self._key

    def _keep_backup_key(self, key: BackupKey) -> None:
        self.secrets.save_backup_key(key.to_base64())
        self._key, self._key_read = key, True

    def _done_ids(self, version: str) -> set[str]:
        try:
            data = json.loads(self.progress_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return set()
        if not isinstance(data, dict) or data.get("version") != version:
            return set()  # another backup version: everything goes up again
        ids = data.get("sessions")
        return {i for i in ids if isinstance(i, str)} if isinstance(ids, list) else set()

    def _done_ids_any(self) -> int:
        """How many sessions this device uploaded to its current backup version."""
        try:
            data = json.loads(self.progress_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return 0
        sessions = data.get("sessions") if isinstance(data, dict) else None
        return len(sessions) if isinstance(sessions, list) else 0

    def _save_done(self, version: str, ids: set[str]) -> None:
        tmp = self.progress_file.with_name(self.progress_file.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"version": version, "sessions": sorted(ids)}, handle)
        os.replace(tmp, self.progress_file)

    async def status(self) -> BackupStatus:
        default = await self.api.get_account_data(secret_storage.DEFAULT_KEY_EVENT)
        info = await self.api.backup_version()
        version = info.get("version") if info else None
        trusted = info is not None and self._trusted(info)
        done = self._done_ids(str(version)) if isinstance(version, str) else set()
        total = len(self.export_keys(None))
        return BackupStatus(
            bool(default and default.get("key")),
            version if isinstance(version, str) else None,
            trusted,
            len(done),
            total,
        )

    def _trusted(self, info: dict[str, Any]) -> bool:
        """We only write to a backup whose public key is the one of the private key we hold."""
        key = self.backup_key()
        auth = info.get("auth_data")
        if key is None or info.get("algorithm") != ALGORITHM or not isinstance(auth, dict):
            return False
        return auth.get("public_key") == key.public_key

    # --- set up -------------------------------------------------------------------------------

    async def change_key(self, passphrase: str | None = None) -> str:
        """A new recovery key (and passphrase, or none) for the same secrets and the same
        backup: the old recovery key stops opening secret storage. Needs the secrets here."""
        seeds, backup = self._seeds(), self.backup_key()
        if seeds is None or backup is None:
            raise NoSecureBackup("this device does not hold the secrets to re-lock")
        key, description = await self._new_key(passphrase)
        await self._store_secrets(key, description, seeds, backup)
        return recovery_key.encode(key)

    async def _new_key(self, passphrase: str | None) -> tuple[bytes, dict[str, Any]]:
        if passphrase:
            salt = secret_storage.new_salt()
            rounds = secret_storage.PASSPHRASE_ROUNDS
            probe = KeyDescription("new", "", None, None, salt, rounds, 256)
            key = await asyncio.get_running_loop().run_in_executor(
                None, secret_storage.key_from_passphrase, probe, passphrase
            )
            return key, secret_storage.new_key_description(key, salt, rounds)
        key = os.urandom(32)
        return key, secret_storage.new_key_description(key)

    async def _store_secrets(
        self, key: bytes, description: dict[str, Any], seeds: CrossSigningSeeds, backup: BackupKey
    ) -> None:
        key_id = secret_storage.new_key_id()
        await self.api.put_account_data(secret_storage.KEY_EVENT_PREFIX + key_id, description)
        secrets = {
            secret_storage.MASTER: unpadded_b64(seeds.master),
            secret_storage.SELF_SIGNING: unpadded_b64(seeds.self_signing),
            secret_storage.USER_SIGNING: unpadded_b64(seeds.user_signing),
            secret_storage.BACKUP: backup.to_base64(),
        }
        for name, value in secrets.items():
            sealed = secret_storage.encrypt(key, name, value.encode())
            await self.api.put_account_data(name, {"encrypted": {key_id: sealed}})
        await self.api.put_account_data(secret_storage.DEFAULT_KEY_EVENT, {"key": key_id})

    async def set_up(self, passphrase: str | None = None) -> str:
        """Create secret storage and a key backup; returns the recovery key to show once.
        Needs the cross-signing private keys (the account's first device, or unlocked)."""
        seeds = self._seeds()
        if seeds is None:
            raise NoSecureBackup("no cross-signing private keys on this device")
        key, description = await self._new_key(passphrase)
        backup = BackupKey.generate()
        version = await self.api.create_backup_version(ALGORITHM, self._auth_data(backup, seeds))
        self._keep_backup_key(backup)
        await self._store_secrets(key, description, seeds, backup)
        await self.api.put_account_data("m.key_backup", {"enabled": True})
        log.info("secure backup set up, backup version %s", version)
        return recovery_key.encode(key)

    def _auth_data(self, backup: BackupKey, seeds: CrossSigningSeeds) -> dict[str, Any]:
        auth: dict[str, Any] = {"public_key": backup.public_key}
        master = seeds.public(MASTER)
        return sign_json(
            auth, self.user_id, f"ed25519:{master}", signing_key_from_seed(seeds.master)
        )

    def _seeds(self) -> CrossSigningSeeds | None:
        saved = self.secrets.cross_signing()
        if not saved:
            return None
        try:
            return CrossSigningSeeds.from_dict(saved)
        except ValueError:
            return None

    # --- unlock on a new device ---------------------------------------------------------------

    async def _default_key(self) -> KeyDescription:
        default = await self.api.get_account_data(secret_storage.DEFAULT_KEY_EVENT)
        key_id = default.get("key") if default else None
        if not isinstance(key_id, str):
            raise NoSecureBackup("no default secret storage key")
        content = await self.api.get_account_data(secret_storage.KEY_EVENT_PREFIX + key_id)
        if content is None:
            raise NoSecureBackup(f"secret storage key {key_id} is not described")
        return KeyDescription.parse(key_id, content)

    async def key_from_user(self, text: str) -> tuple[KeyDescription, bytes]:
        """The 4S key from what the user typed: a recovery key, else a passphrase. Raises
        WrongRecoveryKey (a sentence) when neither opens secret storage."""
        description = await self._default_key()
        candidates: list[bytes] = []
        try:
            candidates.append(recovery_key.decode(text))
        except RecoveryKeyError:
            pass
        if description.has_passphrase and text:
            candidates.append(
                await asyncio.get_running_loop().run_in_executor(
                    None, secret_storage.key_from_passphrase, description, text
                )
            )
        for key in candidates:
            if secret_storage.check_key(description, key):
                return description, key
        raise WrongRecoveryKey("neither a recovery key nor the passphrase of this account")

    async def unlock(self, text: str) -> tuple[int, int]:
        """Unlock with a recovery key or passphrase: take the cross-signing keys and the backup
        key, sign this device, and restore the backed-up room keys. Returns (restored,
        failed)."""
        description, key = await self.key_from_user(text)
        secrets: dict[str, bytes] = {}
        for name in (*SECRET_NAMES.values(), secret_storage.BACKUP):
            content = await self.api.get_account_data(name)
            encrypted = content.get("encrypted") if isinstance(content, dict) else None
            if not isinstance(encrypted, dict) or description.key_id not in encrypted:
                continue
            secrets[name] = secret_storage.decrypt(key, name, encrypted[description.key_id])
        await self._take_cross_signing(secrets)
        backup = secrets.get(secret_storage.BACKUP)
        if backup is not None:
            await self.accept_backup_key(backup.decode("ascii", "replace"))
        return await self.restore()

    async def _take_cross_signing(self, secrets: dict[str, bytes]) -> None:
        try:
            seeds = CrossSigningSeeds.from_dict(
                {usage: secrets[name].decode("ascii") for usage, name in SECRET_NAMES.items()}
            )
        except (KeyError, ValueError, UnicodeDecodeError):
            log.warning("secret storage holds no usable cross-signing keys")
            return
        await self.adopt_cross_signing(seeds)

    async def adopt_cross_signing(self, seeds: CrossSigningSeeds) -> None:
        """Take cross-signing private keys (from secret storage or a verified own device):
        only if they are the account's published keys; then trust our master key and sign
        this device, so that every other device and contact sees it verified."""
        await self.directory.refresh([self.user_id])
        cross = self.directory.cross_signing(self.user_id)
        published = (
            (cross.master, cross.self_signing, cross.user_signing) if cross else (None, None, None)
        )
        mine = (seeds.public(MASTER), seeds.public(SELF_SIGNING), seeds.public(USER_SIGNING))
        if mine != published:
            # Keys that are not the published ones: stale or planted. Never use them.
            raise SecretStorageError("the cross-signing keys received are not the account's")
        self.secrets.save_cross_signing(seeds.to_dict())
        self.trust.store.mark_master(self.user_id, seeds.public(MASTER))
        info = self.directory.device(self.user_id, self.device_id)
        if info is not None:
            unsigned = {k: v for k, v in info.raw.items() if k != "unsigned"}
            signed = sign_device(self.user_id, unsigned, seeds)
            await self.api.upload_signatures({self.user_id: {self.device_id: signed}})
            await self.directory.refresh([self.user_id])

    async def accept_backup_key(self, value: str) -> bool:
        """A backup key from secret storage or a verified own device: kept only if it opens
        the current backup version."""
        try:
            key = BackupKey.from_base64(value)
        except ValueError:
            log.warning("received backup key is not a key")
            return False
        info = await self.api.backup_version()
        auth = info.get("auth_data") if info else None
        if not isinstance(auth, dict) or auth.get("public_key") != key.public_key:
            log.warning("received backup key does not open the current backup: ignored")
            return False
        self._keep_backup_key(key)
        return True

    async def take_shared_backup_key(self, value: str) -> tuple[int, int]:
        """A backup key sent by a verified own device (m.secret.send): accepted, then the
        backup is restored."""
        return await self.restore() if await self.accept_backup_key(value) else (0, 0)

    # --- upload -------------------------------------------------------------------------------

    async def back_up_new_keys(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Upload every session not yet in the backup, in batches; returns how many went up.
        Nothing is uploaded to a backup version we cannot trust."""
        async with self._upload_lock:
            info = await self.api.backup_version()
            key = self.backup_key()
            if info is None or key is None or not self._trusted(info):
                return 0
            version = str(info["version"])
            done = self._done_ids(version)
            pending = self.export_keys(done)
            sent = 0
            for start in range(0, len(pending), BATCH):
                batch = pending[start : start + BATCH]
                rooms: dict[str, Any] = {}
                for session in batch:
                    rooms.setdefault(session["room_id"], {"sessions": {}})["sessions"][
                        session["session_id"]
                    ] = {
                        "first_message_index": int(session.get("first_message_index", 0)),
                        "forwarded_count": len(session["forwarding_curve25519_key_chain"]),
                        "is_verified": False,
                        "session_data": encrypt_session(key.public_key, _backed_up(session)),
                    }
                await self.api.put_backup_keys(version, rooms)
                done.update(s["session_id"] for s in batch)
                self._save_done(version, done)
                sent += len(batch)
                if progress is not None:
                    progress(sent, len(pending))
                await asyncio.sleep(0)  # let the UI breathe between batches
            return sent

    # --- restore ------------------------------------------------------------------------------

    async def restore(self) -> tuple[int, int]:
        """Import every room key of the backup we can decrypt; (imported, failed)."""
        info = await self.api.backup_version()
        key = self.backup_key()
        if info is None or key is None:
            return 0, 0
        if not self._trusted(info):
            log.warning(
                "backup version %s is not sealed to our key; not restoring", info.get("version")
            )
            return 0, 0
        data = await self.api.get_backup_keys(str(info["version"]))
        sessions: list[dict[str, Any]] = []
        failed = 0
        rooms = data.get("rooms")
        for room_id, room in rooms.items() if isinstance(rooms, dict) else []:
            entries = room.get("sessions") if isinstance(room, dict) else None
            for session_id, entry in entries.items() if isinstance(entries, dict) else []:
                try:
                    content = key.decrypt_session(
                        entry.get("session_data") if isinstance(entry, dict) else None
                    )
                except BackupDataError:
                    failed += 1
                    continue
                sessions.append({**content, "room_id": room_id, "session_id": session_id})
        imported = self.import_keys(sessions)
        if imported:
            self.on_imported()
        return imported, failed


def _backed_up(session: dict[str, Any]) -> dict[str, Any]:
    """The BackedUpSessionData of one exported session (no room_id/session_id: those are
    the keys of the upload)."""
    return {
        "algorithm": session["algorithm"],
        "sender_key": session["sender_key"],
        "sender_claimed_keys": session["sender_claimed_keys"],
        "forwarding_curve25519_key_chain": session["forwarding_curve25519_key_chain"],
        "session_key": session["session_key"],
    }
