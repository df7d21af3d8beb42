"""The application flow: secrets -> restore or sign in -> main window -> quit or sign out."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import logging
import signal
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from client.core.errors import (
    ConnectionLost,
    NoKeyring,
    PliError,
    ProfileDamaged,
    ProfileInUse,
    SecretStoreLocked,
    SecretStoreUnavailable,
    ServerRefused,
)
from client.core.policy.loader import Policy
from client.core.secrets.store import KeyringSecretStore, SecretStore, self_test
from client.core.session import MatrixSession
from client.core.storage.paths import Profile
from client.ui.bridge.session_bridge import SessionBridge
from client.ui.bridge.tasks import TaskRunner
from client.ui.dialogs.common import ask_yes_no, show_and_wait, show_error
from client.ui.dialogs.login import LoginDialog
from client.ui.i18n import error_text, render
from client.ui.qt import (
    QCoreApplication,
    QDialog,
    QEvent,
    QLabel,
    QObject,
    QProgressBar,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from client.ui.verification_controller import VerificationController
from client.ui.views.main_window import MainWindow

log = logging.getLogger(__name__)

FIRST_PAINT_WAIT = 2.0  # seconds: a window never drawn (minimised) does not hold the engine back


class Splash(QWidget):
    """Shown while the demo starts its homeserver: long work shows progress."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("splash")
        self.setWindowTitle("Pli")
        self.setAccessibleName(QCoreApplication.translate("AppController", "Starting Pli"))
        layout = QVBoxLayout(self)
        self.label = QLabel(QCoreApplication.translate("AppController", "Starting the demo…"), self)
        self.label.setAccessibleName(QCoreApplication.translate("AppController", "Progress"))
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 4)
        self.bar.setAccessibleName(QCoreApplication.translate("AppController", "Progress"))
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.resize(420, 100)

    def step(self, name: str) -> None:
        texts = {
            "homeserver": QCoreApplication.translate(
                "AppController", "Starting a local homeserver…"
            ),
            "accounts": QCoreApplication.translate(
                "AppController", "Creating your demo account and a demo contact…"
            ),
            "login": QCoreApplication.translate(
                "AppController", "Signing in and creating encryption keys…"
            ),
            "chat": QCoreApplication.translate(
                "AppController", "Opening an encrypted chat with the demo contact…"
            ),
        }
        self.label.setText(texts.get(name, name))
        self.bar.setValue(self.bar.value() + 1)


class WhenPainted(QObject):
    """Calls back once, at the first paint of a widget: a window is usable when it is drawn,
    not when show() returns."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: Any, event: Any) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            watched.removeEventFilter(self)
            callback()
        return False


class AppController:
    def __init__(
        self, args: argparse.Namespace, started: float | None = None, policy: Policy | None = None
    ) -> None:
        self.args = args
        self.policy = policy or Policy()
        self.started = started or time.monotonic()
        self.window: MainWindow | None = None
        self.session: MatrixSession | None = None
        self.demo: Any = None
        self._quit: asyncio.Future[int] | None = None
        self._lock: Any = None
        self.tasks = TaskRunner()
        self._online = False  # the window's session has started syncing
        self._painted: asyncio.Future[None] | None = None  # the room list's first paint

    def _request_quit(self, code: int = 0) -> None:
        if self._quit is not None and not self._quit.done():
            self._quit.set_result(code)

    async def run(self) -> int:
        loop = asyncio.get_running_loop()
        self._quit = loop.create_future()
        for sig in (signal.SIGINT, signal.SIGTERM):
            try:
                loop.add_signal_handler(sig, self._request_quit, 0)
            except (NotImplementedError, RuntimeError):
                signal.signal(sig, lambda *_: self._request_quit(0))
        try:
            # Quitting (Ctrl+C, SIGTERM at logout or shutdown) works at every stage, also while
            # a sign-in or error dialog waits for the user.
            work = asyncio.ensure_future(self._run())
            done, _pending = await asyncio.wait(
                {work, self._quit}, return_when=asyncio.FIRST_COMPLETED
            )
            if work in done:
                return work.result()
            work.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await work
            return int(self._quit.result())
        finally:
            await self._shutdown()

    async def _run(self) -> int:
        if self.args.demo:
            session = await self._start_demo()
            if session is None:
                return 1
        else:
            if not self._lock_profile():
                error = ProfileInUse("profile locked")
                await show_error(
                    None, QCoreApplication.translate("AppController", "Pli"), error_text(error)
                )
                return 3
            store = await self._secret_store()
            if store is None:
                return 2
            restored = await self._restore_or_login(
                MatrixSession(Profile.default(), store, policy=self.policy)
            )
            if restored is None:
                return 0
            session = restored
        self.session = session
        return await self._main_window(session)

    async def _secret_store(self) -> SecretStore | None:
        allowed = bool(self.policy.get("allow_passphrase_store"))
        if allowed and self._passphrase_file().exists():
            # Once the keys live in the passphrase file they stay there, keyring or not.
            return await self._passphrase_store()
        try:
            store = KeyringSecretStore()
            store.check_backend()
            if not self._account_exists():
                # Before a sign-in, proven before the server makes a device. A saved account's
                # own entries, read at once, prove it at each start (four D-Bus calls fewer).
                self_test(store)
            return store
        except NoKeyring as error:
            # No keyring at all (not one that failed just now, which may be back at the next
            # start) and no account kept elsewhere: the policy's passphrase file may stand in.
            if allowed and not self._account_exists():
                log.warning("no system keyring (%s): the policy allows a passphrase store", error)
                return await self._passphrase_store()
            await self._no_keyring(error)
            return None
        except PliError as error:
            await self._no_keyring(error)
            return None

    @staticmethod
    def _passphrase_file() -> Path:
        from client.core.secrets.passphrase_store import PassphraseSecretStore
        from client.core.storage.paths import default_profile_root

        return PassphraseSecretStore.file_in(default_profile_root())

    @staticmethod
    def _account_exists() -> bool:
        """An account signed in with the keyring: its keys are there, not in a new file."""
        try:
            return Profile.default().read_account() is not None
        except PliError:
            return True  # unreadable: do not offer to start over beside it

    async def _no_keyring(self, error: PliError) -> None:
        title = (
            QCoreApplication.translate("AppController", "Keyring locked")
            if isinstance(error, SecretStoreLocked)
            else QCoreApplication.translate("AppController", "No safe place for your keys")
        )
        await show_error(None, title, render(error.sentence), render(error.advice_sentence))

    async def _passphrase_store(self) -> SecretStore | None:
        """Only when the policy allows it: create or open the passphrase-protected file."""
        from client.core.secrets.passphrase_store import PassphraseSecretStore
        from client.core.storage.paths import default_profile_root, make_private_dir
        from client.ui.dialogs.passphrase_store import PassphraseStoreDialog

        make_private_dir(default_profile_root())
        path = self._passphrase_file()
        create = not path.exists()
        dialog = PassphraseStoreDialog(create)
        try:
            while await show_and_wait(dialog) == QDialog.DialogCode.Accepted:
                passphrase = dialog.passphrase.text()
                dialog.set_busy(True)
                dialog.show()
                try:
                    if create:
                        return await asyncio.to_thread(
                            PassphraseSecretStore.create, path, passphrase
                        )
                    return await asyncio.to_thread(PassphraseSecretStore.unlock, path, passphrase)
                except PliError as error:
                    dialog.show_problem(f"{render(error.sentence)} {render(error.advice_sentence)}")
                finally:
                    dialog.set_busy(False)
            return None
        finally:
            dialog.deleteLater()

    def _lock_profile(self) -> bool:
        """One Pli per profile: two processes sharing one Olm account would corrupt it."""
        from client.core.storage.paths import default_profile_root, make_private_dir
        from client.ui.qt import QtCore

        root = make_private_dir(default_profile_root())
        self._lock = QtCore.QLockFile(str(root / "pli.lock"))
        self._lock.setStaleLockTime(0)
        return bool(self._lock.tryLock(200))

    async def _restore_or_login(self, session: MatrixSession) -> MatrixSession | None:
        """The saved account in two steps: the window drawn from the encrypted cache first,
        then the Matrix engine (nio) loaded behind it. A profile that cannot be opened (keys
        lost, store unreadable) closes that window and leads to the sign-in, as before."""
        self.session = session  # a quit while the engine loads closes it
        try:
            if session.open_cached():
                self._show_window(session)
                # The engine's import competes for the interpreter: the window is drawn first.
                if self._painted is not None:
                    with contextlib.suppress(TimeoutError):
                        await asyncio.wait_for(asyncio.shield(self._painted), FIRST_PAINT_WAIT)
                await session.load_engine()
                log.info("Matrix engine loaded %.2f s after start", time.monotonic() - self.started)
                return session
        except ProfileDamaged as error:
            await self._drop_window()
            if not await ask_yes_no(
                None,
                QCoreApplication.translate("AppController", "Sign in again"),
                error_text(error)
                + "\n\n"
                + QCoreApplication.translate(
                    "AppController", "Delete the unreadable local data and sign in again?"
                ),
            ):
                return None
            await session.discard_unreadable_profile()
            # A fresh session: nothing of the unreadable one (rooms from its cache) carries over.
            session = MatrixSession(Profile.default(), session.secret_store, policy=self.policy)
            self.session = session
        except (SecretStoreLocked, SecretStoreUnavailable, NoKeyring) as error:
            await self._drop_window()
            await self._no_keyring(error)  # as when the start's keyring check fails
            return None
        except PliError as error:
            await self._drop_window()
            await show_error(
                None,
                QCoreApplication.translate("AppController", "Pli cannot start"),
                error_text(error),
            )
            return None
        dialog = LoginDialog(session)
        result = await show_and_wait(dialog)
        return session if result and session.logged_in else None

    async def _drop_window(self) -> None:
        """The window shown from the cache, for a profile that then failed to open."""
        window, self.window = self.window, None
        if window is None:
            return
        await window.tasks.cancel_all()
        window.closed.disconnect()
        window.hide()
        window.deleteLater()

    async def _start_demo(self) -> MatrixSession | None:
        from client.demo.environment import DemoEnvironment

        splash = Splash()
        splash.show()
        self.demo = DemoEnvironment()
        try:
            session: MatrixSession = await self.demo.start(splash.step)
            self.session = session
            self._open_window(session)
            splash.step("chat")
            await asyncio.sleep(0)
            await self.demo.open_chat(session)
        except Exception as error:
            log.exception("demo failed to start")
            text = error_text(error) if isinstance(error, PliError) else str(error).splitlines()[0]
            await show_error(
                None, QCoreApplication.translate("AppController", "The demo could not start"), text
            )
            return None
        finally:
            splash.close()
        return session

    def _open_window(self, session: MatrixSession) -> MainWindow:
        """The main window, shown (if it is not yet) and online: syncing, trust checked."""
        window = self._show_window(session)
        if not self._online:
            self._online = True
            session.start()
            window.tasks.run(self.verification.check_cross_signing())
            asyncio.get_event_loop().create_task(self._log_first_sync(session))
        return window

    def _show_window(self, session: MatrixSession) -> MainWindow:
        """The window with what the session has: after a restore's first step, the rooms and
        messages of the encrypted cache, before the Matrix engine has even loaded."""
        if self.window is not None:
            return self.window
        bridge = SessionBridge()
        session.add_sink(bridge)
        window = MainWindow(session, bridge, policy=self.policy)
        window.closed.connect(lambda: self._request_quit(0))
        window.logoutRequested.connect(self._on_logout_requested)
        bridge.loggedOut.connect(self._on_logged_out)
        self.verification = VerificationController(
            session, bridge, window, offer_backup=not getattr(self.args, "demo", False)
        )
        self.verification.apply_policy(self.policy)
        window.show()
        self.window = window
        self._painted = asyncio.get_running_loop().create_future()
        WhenPainted(window.room_view.viewport(), lambda: self._first_paint(window))
        room = getattr(self.args, "open_room", None)
        if room:
            opened = time.monotonic()
            window.select_room(room)
            window.timeline_view.doItemsLayout()
            model = window.timeline_view.model()
            log.info(
                "room opened in %.1f ms, %d rows",
                (time.monotonic() - opened) * 1000,
                model.rowCount() if model is not None else -1,
            )
        return window

    def _first_paint(self, window: MainWindow) -> None:
        """The room list is on screen: logged (bench/large_account.py), and the engine may
        load."""
        if self._painted is not None and not self._painted.done():
            self._painted.set_result(None)
        log.info(
            "window shown %.2f s after start, %d rooms listed, Matrix engine %s",
            time.monotonic() - self.started,
            window.rooms.rowCount(),
            "loaded" if window.session.logged_in else "not loaded yet",
        )

    async def _log_first_sync(self, session: MatrixSession) -> None:
        try:
            await session.wait_synced(timeout=120)
        except TimeoutError:
            return
        log.info("first sync done %.2f s after start", time.monotonic() - self.started)

    async def _main_window(self, session: MatrixSession) -> int:
        window = self._open_window(session)
        if self.args.quit_after:
            QTimer.singleShot(int(self.args.quit_after * 1000), lambda: self._request_quit(0))
        if self.args.screenshot:
            QTimer.singleShot(1500, lambda: self._screenshot(window))
        assert self._quit is not None
        return await self._quit

    def _screenshot(self, window: MainWindow) -> None:
        self.args.screenshot.parent.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(self.args.screenshot))
        log.warning("screenshot saved to %s", self.args.screenshot)

    def _on_logout_requested(self) -> None:
        self.tasks.run(self._logout(), on_error=self._fatal)

    async def _logout(self) -> None:
        session = self.session
        if session is None or not session.logged_in:
            return
        if not await ask_yes_no(
            self.window,
            QCoreApplication.translate("AppController", "Sign out"),
            QCoreApplication.translate(
                "AppController",
                "Sign out of this device? Its encryption keys and local data are deleted; "
                "messages you cannot read on another device will stay unreadable.",
            ),
        ):
            return
        try:
            await session.logout()
        except (ConnectionLost, ServerRefused) as error:
            if not await ask_yes_no(
                self.window,
                QCoreApplication.translate("AppController", "Sign out"),
                error_text(error)
                + "\n\n"
                + QCoreApplication.translate(
                    "AppController",
                    "Delete the local data anyway? The device stays listed on the server until "
                    "you remove it from another device.",
                ),
            ):
                return
            await session.logout(force=True)

    def _on_logged_out(self, reason: str) -> None:
        if reason == "soft":
            self.tasks.run(self._soft_logged_out(), on_error=self._fatal)
        elif reason == "server":
            self.tasks.run(self._server_logged_out(), on_error=self._fatal)
        else:
            self._request_quit(0)

    async def _soft_logged_out(self) -> None:
        """The token expired but the device exists: sign in again on it, keys kept."""
        assert self.session is not None
        dialog = LoginDialog(self.session, self.window, relogin=True)
        if not await show_and_wait(dialog):
            self._request_quit(0)  # nothing deleted; the next start asks again

    async def _server_logged_out(self) -> None:
        """Signed out elsewhere: nothing is deleted until the user says so (issue 8)."""
        from client.ui.dialogs.signed_out import SignedOutDialog

        dialog = SignedOutDialog(self.window)
        self.signed_out_dialog = dialog
        dialog.exportRequested.connect(self.verification.export_keys)
        if await show_and_wait(dialog) == SignedOutDialog.DELETE and self.session is not None:
            await self.session.wipe_local()
        self._request_quit(0)

    def _fatal(self, error: BaseException) -> None:
        """Last resort for a failed background action: a sentence, then a clean quit."""

        async def report() -> None:
            await show_error(
                self.window, QCoreApplication.translate("AppController", "Pli"), error_text(error)
            )
            self._request_quit(1)

        asyncio.get_event_loop().create_task(report())

    async def _shutdown(self) -> None:
        await self.tasks.cancel_all()
        if self.window is not None:
            await self.window.tasks.cancel_all()
            self.window.hide()
        if self.session is not None:
            await self.session.close()
        if self.demo is not None:
            await self.demo.stop()
        # No app.processEvents() here: run from inside a coroutine it re-enters qasync, which
        # can drop a task's wake-up (seen as a rare hang at the end of the demo test).
