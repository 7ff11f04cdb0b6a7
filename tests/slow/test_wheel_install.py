"""The built wheel carries the shipped decks and finds them when installed.

The wheel is installed into a fresh venv (no pip inside it); its dependencies come from this
test environment through a ``.pth`` file, so nothing is downloaded. Commands run from a folder
outside the checkout, so only the installed copy of the package can be imported.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from desistkit_tui.core.content import load_content

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def _run(
    args: list[str | Path], cwd: Path, env: dict[str, str]
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    tmp = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME")}
    env["DESISTKIT_CONFIG_DIR"] = str(tmp / "config")
    dist = tmp / "dist"
    built = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            dist,
            ROOT,
        ],
        tmp,
        env,
    )
    assert built.returncode == 0, built.stderr
    [wheel] = dist.glob("desistkit_tui-*.whl")
    venv = tmp / "venv"
    made = _run([sys.executable, "-m", "venv", "--without-pip", venv], tmp, env)
    assert made.returncode == 0, made.stderr
    python = venv / "bin" / "python"
    purelib = _run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], tmp, env
    )
    deps = sysconfig.get_paths()["purelib"]
    (Path(purelib.stdout.strip()) / "_test_deps.pth").write_text(deps + "\n", encoding="utf-8")
    install = _run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            python,
            "install",
            "-q",
            "--no-deps",
            "--no-index",
            wheel,
        ],
        tmp,
        env,
    )
    assert install.returncode == 0, install.stderr
    return venv, tmp, env


def test_installed_package_reads_its_bundled_decks(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    venv, cwd, env = installed
    code = (
        "import desistkit_tui, desistkit_tui.core.resources as r\n"
        "print(desistkit_tui.__file__)\n"
        "print(r.decks_root())\n"
    )
    done = _run([venv / "bin" / "python", "-c", code], cwd, env)
    assert done.returncode == 0, done.stderr
    package_file, decks = done.stdout.splitlines()
    assert package_file.startswith(str(venv))
    assert decks.startswith(str(venv)) and decks.endswith("_data/decks")


def test_deck_list_from_the_installed_wheel(installed: tuple[Path, Path, dict[str, str]]) -> None:
    venv, cwd, env = installed
    expected = load_content(user_decks=False)  # the checkout's own content
    code = "from desistkit_tui.cli_content import deck_app; deck_app(['list', '--json'])"
    runs: list[list[str | Path]] = [[venv / "bin" / "python", "-c", code]]
    help_text = _run([venv / "bin" / "desistkit", "--help"], cwd, env)
    if help_text.returncode == 0 and " deck " in help_text.stdout:
        runs.append([venv / "bin" / "desistkit", "deck", "list", "--json"])
    for args in runs:
        done = _run(args, cwd, env)
        assert done.returncode == 0, done.stderr
        decks = {d["id"]: d for d in json.loads(done.stdout)["decks"]}
        for deck in expected.decks.values():
            assert decks[deck.id]["cards"] == len(deck.cards)
            assert decks[deck.id]["sources"] == [f"decks/{deck.id}"]
        for catalogue in expected.catalogues.values():
            assert decks[catalogue.id]["factors"] == len(catalogue.factors)


def test_installed_wheel_prints_with_its_own_font(
    installed: tuple[Path, Path, dict[str, str]],
) -> None:
    """The font and its licence are package data: a PDF renders from the installed wheel."""
    venv, cwd, env = installed
    code = (
        "from datetime import UTC, datetime\n"
        "from desistkit_tui.core.export import Document, Paragraph\n"
        "from desistkit_tui.core.export.pdf import font_files, render_pdf\n"
        "regular, bold = font_files()\n"
        "print(regular)\n"
        "print((regular.parent / 'OFL.txt').is_file())\n"
        "pdf = render_pdf(Document('ș ț ľ ô ą ѓ', 'ro', datetime(2026, 1, 1, tzinfo=UTC),"
        " (Paragraph('x'),)))\n"
        "print(pdf[:5].decode())\n"
    )
    done = _run([venv / "bin" / "python", "-c", code], cwd, env)
    assert done.returncode == 0, done.stderr
    font, licence, head = done.stdout.splitlines()
    assert font.startswith(str(venv)) and font.endswith("NotoSans-Regular.ttf")
    assert licence == "True"
    assert head == "%PDF-"
