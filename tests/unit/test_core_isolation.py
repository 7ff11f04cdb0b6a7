"""The core never imports Textual: the CLI, scripts and tests use it without a terminal."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from tests.scripts import run_json

_SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys
    import desistkit_tui.core as core

    names = [core.__name__]
    for info in pkgutil.walk_packages(core.__path__, core.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
    textual = sorted(m for m in sys.modules if m == "textual" or m.startswith("textual."))
    print(json.dumps({"imported": names, "textual": textual}))
    """
)


def test_core_imports_no_textual() -> None:
    result = run_json(_SCRIPT)
    assert result["textual"] == []
    # the walk reached the vault and its modules (so an empty walk cannot pass)
    assert "desistkit_tui.core.vault.store" in result["imported"]
    assert "desistkit_tui.core.model" in result["imported"]


def test_the_check_would_see_textual() -> None:
    """The same check, on a module that does import Textual, reports it."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, textual; print(any(m.startswith('textual') for m in sys.modules))",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ.copy(),
        check=False,
    )
    assert done.stdout.strip() == "True", done.stderr
