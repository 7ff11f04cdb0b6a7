"""The terminal matrix in CI (issue 16): 6 TERMs × UTF-8 and C locales × 80x24 and 60x20, the
real console script on a pseudo-terminal, keys as each terminal sends them (PuTTY's for
TERM=xterm, the Linux console's for TERM=linux). The table goes to build/terminal-matrix.md.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tui.terminal_matrix import all_cells, run_matrix, table

REPORT = Path(__file__).resolve().parents[2] / "build" / "terminal-matrix.md"


@pytest.mark.slow
def test_every_terminal_and_size_gets_through_a_round(tmp_path: Path) -> None:
    cells = run_matrix(all_cells(), tmp_path, workers=4)
    REPORT.parent.mkdir(exist_ok=True)
    REPORT.write_text(table(cells) + "\n")
    failed = [f"{c.name}: {c.why}" for c in cells if not c.ok]
    assert not failed, table(cells) + "\n\n" + "\n\n".join(failed)
