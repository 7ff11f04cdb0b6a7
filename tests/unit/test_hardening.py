"""No core dumps and no tracing: set before any secret is read (issue 13, item 8)."""

from __future__ import annotations

import sys

import pytest

from tests.scripts import run_json

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="prctl is Linux-only")

_CORE = """
import json, resource
from desistkit_tui.core.hardening import dumpable, harden_process
before = dumpable()
missing = harden_process()
print(json.dumps([before, dumpable(), list(resource.getrlimit(resource.RLIMIT_CORE)), missing]))
"""

_CLI = """
import json, resource, sys
from desistkit_tui import cli
from desistkit_tui.core.hardening import dumpable
before = dumpable()
try:
    cli.command()(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
print(json.dumps([before, dumpable(), list(resource.getrlimit(resource.RLIMIT_CORE))]))
"""


def test_harden_process_forbids_core_dumps_and_tracing() -> None:
    before, after, core, missing = run_json(_CORE)
    assert before is True  # a normal process is dumpable: the check below can fail
    assert after is False
    assert core == [0, 0]
    assert missing == []


def test_every_command_hardens_before_it_runs() -> None:
    before, after, core = run_json(_CLI, "deck", "list")
    assert before is True
    assert after is False
    assert core == [0, 0]


def test_help_alone_does_not_need_it() -> None:
    """``--help`` never reads a secret; it stays as fast as before (no ctypes)."""
    before, after, _core = run_json(_CLI, "--help")
    assert before is True and after is True
