"""Keep key material and case text out of core dumps and away from other processes.

A core file written while the vault is open holds the passphrase, the master key and decrypted
case text in plaintext, on disk. At start-up, before any secret is read, the process therefore

- sets ``RLIMIT_CORE`` to 0 (soft and hard: no core file, and it cannot be raised again), on
  every POSIX system;
- on Linux, also clears its "dumpable" flag with ``prctl(PR_SET_DUMPABLE, 0)``: no core is
  handed to a ``core_pattern`` pipe (systemd-coredump, apport ignore ``RLIMIT_CORE``), and
  other processes of the same user cannot ``ptrace`` it or read ``/proc/<pid>/mem``.

Other systems (macOS, the BSDs) get only the resource limit; ``docs/architecture.md``,
"Secrets in memory", says so. Neither step needs privileges, and neither can fail in a way
that should stop the app: what could not be done is returned, for ``doctor`` to report.
"""

from __future__ import annotations

import sys

#: ``prctl`` options (linux/prctl.h).
PR_SET_DUMPABLE = 4
PR_GET_DUMPABLE = 3


def _libc_prctl(option: int, arg: int = 0) -> int:
    import ctypes
    import ctypes.util

    libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
    result = libc.prctl(option, arg, 0, 0, 0)
    return int(result)


def dumpable() -> bool | None:
    """Whether this process may be dumped or traced (``None`` where that cannot be asked)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return _libc_prctl(PR_GET_DUMPABLE) != 0
    except OSError:
        return None


def harden_process() -> list[str]:
    """No core dumps, no tracing by the same user; returns what could not be done (empty: all)."""
    missing: list[str] = []
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, ValueError, OSError):
        missing.append("RLIMIT_CORE")
    if sys.platform.startswith("linux"):
        try:
            if _libc_prctl(PR_SET_DUMPABLE, 0) != 0:
                missing.append("PR_SET_DUMPABLE")
        except OSError:
            missing.append("PR_SET_DUMPABLE")
    return missing
