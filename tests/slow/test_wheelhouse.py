"""`make wheelhouse` gives an offline install (issue 16, README "Offline install"): the
installed app runs ``--version``, ``deck list`` and ``doctor``.

The wheelhouse is built as an admin would (it downloads from PyPI, checked against the lock's
hashes), then installed into a fresh venv with no index and no pip configuration, exactly as
the README tells the admin on the air-gapped server; the installed ``desistkit`` must run.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PY = f"{sys.version_info.major}.{sys.version_info.minor}"
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("make") is None, reason="needs make"),
]


def _run(
    args: list[str | Path], cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=300
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("offline")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    house = tmp / "wheelhouse"
    built = _run(["make", "-s", "wheelhouse", f"PY={PY}", f"WHEELHOUSE={house}"], ROOT, env)
    assert built.returncode == 0, built.stdout + built.stderr
    wheels = sorted(p.name for p in house.glob("*.whl"))
    assert any(name.startswith("desistkit_tui-") for name in wheels), wheels
    assert (house / "requirements.txt").is_file() and (house / "SHA256SUMS").is_file()
    # The server: no index, no pip.conf (this machine's find-links must not help), and a
    # folder outside the checkout.
    server = {**env, "PIP_CONFIG_FILE": os.devnull, "PIP_NO_INDEX": "1"}
    server["DESISTKIT_CONFIG_DIR"] = str(tmp / "config")
    server["XDG_DATA_HOME"] = str(tmp / "data")
    venv = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", venv], tmp, server)
    assert made.returncode == 0, made.stderr
    install = _run(
        [
            venv / "bin" / "python",
            "-m",
            "pip",
            "install",
            "-q",
            "--no-index",
            "--find-links",
            house,
            "desistkit-tui",
        ],
        tmp,
        server,
    )
    assert install.returncode == 0, install.stdout + install.stderr
    return venv, tmp, server


def test_offline_install_runs_version_deck_list_and_doctor(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    venv, cwd, env = installed
    desistkit = venv / "bin" / "desistkit"
    version = _run([desistkit, "--version"], cwd, env)
    assert version.returncode == 0 and version.stdout.startswith("desistkit "), version.stderr
    decks = _run([desistkit, "deck", "list"], cwd, env)
    assert decks.returncode == 0, decks.stderr
    assert "casereflector" in decks.stdout
    doctor = _run([desistkit, "doctor"], cwd, env)
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "ok      libraries    desistkit-tui" in doctor.stdout
    assert "0 error(s)" in doctor.stdout
    # Installed from the wheelhouse, not from the checkout.
    where = _run(
        [venv / "bin" / "python", "-c", "import desistkit_tui; print(desistkit_tui.__file__)"],
        cwd,
        env,
    )
    assert where.stdout.startswith(str(venv)), where.stdout
