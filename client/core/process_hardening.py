"""No crash dump of Pli ever reaches the disk or the network (issue 16.5).

A core dump holds the process's memory: the store key, the access token, Olm and Megolm keys,
decrypted messages. apport and systemd-coredump write them under /var; Windows Error Reporting
(WER) keeps LocalDumps and may send a minidump to Microsoft. At start, before any secret is
read: on Linux, no core file (RLIMIT_CORE 0) and not dumpable (PR_SET_DUMPABLE 0, which also
keeps other processes of the same user from ptrace-attaching or reading /proc/<pid>/mem); on
Windows, WerAddExcludedApplication for this executable (the GPO that does it for a whole
ministry is in docs/ADMIN.md). Failures are logged, never fatal: a machine without prctl must
still start.
"""

from __future__ import annotations

import ctypes
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def harden_process() -> list[str]:
    """Apply what the platform offers; returns what was done (for the log and the tests)."""
    done: list[str] = []
    if sys.platform.startswith("linux"):
        try:
            import resource

            resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
            done.append("RLIMIT_CORE=0")
        except (ValueError, OSError) as error:
            log.warning("core dumps not disabled: %r", error)
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0:
                done.append("PR_SET_DUMPABLE=0")
            else:
                log.warning("prctl(PR_SET_DUMPABLE) failed: errno %d", ctypes.get_errno())
        except (OSError, AttributeError) as error:
            log.warning("prctl unavailable: %r", error)
    elif sys.platform == "win32":
        try:
            wer = ctypes.WinDLL("wer.dll")  # type: ignore[attr-defined]
            result = wer.WerAddExcludedApplication(ctypes.c_wchar_p(sys.executable), False)
            if result == 0:  # S_OK
                done.append("WER excluded")
            else:
                log.warning("WerAddExcludedApplication: 0x%08x", result & 0xFFFFFFFF)
        except (OSError, AttributeError) as error:
            log.warning("WER exclusion unavailable: %r", error)
    return done


def dumpable() -> int | None:
    """PR_GET_DUMPABLE on Linux (0: not dumpable), None elsewhere."""
    if not sys.platform.startswith("linux"):
        return None
    return int(ctypes.CDLL(None).prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
