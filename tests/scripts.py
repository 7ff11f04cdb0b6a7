"""Run a Python script in a fresh interpreter (what a module imports, seen from outside)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import Any


def run_json(script: str, *args: str, timeout: float = 120) -> Any:
    """Run ``script`` with ``args``; it must succeed and print JSON as its last line."""
    done = subprocess.run(
        [sys.executable, "-c", script, *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=os.environ.copy(),
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])
