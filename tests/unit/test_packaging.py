"""The install is reproducible and the code runs on every supported Python (issue 16).

The lock files (``make lock``) pin every dependency with hashes; these tests check that they
cover what pyproject.toml asks for, so a dependency added without ``make lock`` fails CI rather
than floating. The code must not use what Python 3.11 added except through core/compat.py.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import tomli
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[2]
PYPROJECT = tomli.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
#: lock file -> the pyproject extras it holds
LOCKS = {
    "requirements.txt": (),
    "requirements-test.txt": ("test",),
    "requirements-dev.txt": ("test", "dev"),
}


def _pins(lock: str) -> dict[str, list[str]]:
    """name -> the pinned lines of that name (several where markers split the versions)."""
    text = (ROOT / lock).read_text(encoding="utf-8")
    pins: dict[str, list[str]] = {}
    for entry in re.split(r"\n(?=\S)", text):
        if entry.startswith("#") or not entry.strip():
            continue
        name = canonicalize_name(re.split(r"[=;\s]", entry, maxsplit=1)[0])
        pins.setdefault(name, []).append(entry)
    return pins


def _wanted(extras: tuple[str, ...]) -> list[Requirement]:
    project = PYPROJECT["project"]
    wanted = [Requirement(r) for r in project["dependencies"]]
    for extra in extras:
        wanted += [Requirement(r) for r in project["optional-dependencies"][extra]]
    return [r for r in wanted if canonicalize_name(r.name) != "desistkit-tui"]


@pytest.mark.parametrize("lock", sorted(LOCKS))
def test_every_dependency_is_pinned_with_hashes(lock: str) -> None:
    pins = _pins(lock)
    assert pins, f"{lock} is empty"
    for entry_list in pins.values():
        for entry in entry_list:
            first = entry.splitlines()[0]
            assert re.match(r"^[A-Za-z0-9._-]+==\S+", first), f"{lock}: not pinned: {first}"
            assert "--hash=sha256:" in entry, f"{lock}: no hash: {first}"
    for requirement in _wanted(LOCKS[lock]):
        name = canonicalize_name(requirement.name)
        assert name in pins, f"{name} is in pyproject.toml but not in {lock}: run `make lock`"
        for entry in pins[name]:
            version = entry.split("==", 1)[1].split()[0]
            assert requirement.specifier.contains(version, prereleases=True), (
                f"{lock} pins {name}=={version}, pyproject.toml asks {requirement}: run `make lock`"
            )


def test_lock_covers_every_supported_python() -> None:
    assert PYPROJECT["project"]["requires-python"] == ">=3.10"
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "--universal --python-version 3.10" in makefile  # `make lock`
    # A universal lock: what only 3.10 needs (pytest's exceptiongroup) is there, with a marker.
    assert re.search(r"^exceptiongroup==\S+ ; python_full_version < '3.11'", _lock_text(), re.M)


def _lock_text() -> str:
    return (ROOT / "requirements-test.txt").read_text(encoding="utf-8")


#: What Python 3.11 added, imported directly: fails on 3.10 (core/compat.py has each).
NEWER_THAN_310 = re.compile(
    r"^\s*(from enum import .*\bStrEnum\b|from datetime import .*\bUTC\b|"
    r"from typing import .*\bSelf\b|import tomllib|from importlib\.resources\.abc import)",
    re.MULTILINE,
)


def test_no_python_311_only_imports_outside_compat() -> None:
    found = []
    for folder in ("desistkit_tui", "tests", "benchmarks", "reliability"):
        for path in (ROOT / folder).rglob("*.py"):
            if path.name == "compat.py":
                continue
            for match in NEWER_THAN_310.finditer(path.read_text(encoding="utf-8")):
                found.append(f"{path.relative_to(ROOT)}: {match.group(0).strip()}")
    assert not found, "import these from desistkit_tui.core.compat:\n" + "\n".join(found)


def test_str_enum_of_compat_behaves_as_311s() -> None:
    from desistkit_tui.core.compat import StrEnum

    class Colour(StrEnum):
        RED = "red"

    as_str: str = Colour.RED
    assert str(Colour.RED) == "red" and f"{Colour.RED}" == "red" and as_str == "red"
    assert f"{Colour.RED:>5}" == "  red"
