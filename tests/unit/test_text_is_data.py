"""Terminal control characters never leave the core: read from a vault, formatted from a
user's translation, or printed as JSON (issue 13, item 1: fixed at the source, once)."""

from __future__ import annotations

import json
from pathlib import Path

from desistkit_tui.core.i18n.resolver import Texts
from desistkit_tui.core.schema import Fields
from desistkit_tui.core.text import REPLACEMENT, is_safe, json_escaped

OSC52 = "\x1b]52;c;ZXZpbA==\x07"
HOSTILE = f"before{OSC52}\x9b2J\u202eafter\x7f"


def test_text_read_from_a_document_is_neutralised() -> None:
    fields = Fields(
        {"text": f"line one\n\t{HOSTILE}", "tags": [HOSTILE, "plain"]}, "x", {"text", "tags"}
    )
    text = fields.get("text", str)
    assert is_safe(text, multiline=True)
    assert text.startswith("line one\n\tbefore")  # newlines and tabs are kept
    assert text.count(REPLACEMENT) == 5  # ESC, BEL, CSI, U+202E and DEL: each one mark
    tags = fields.texts("tags")
    assert all(is_safe(tag, multiline=True) for tag in tags) and tags[1] == "plain"


def test_numbers_and_flags_are_left_alone() -> None:
    fields = Fields({"n": 3, "ok": True}, "x", {"n", "ok"})
    assert fields.get("n", int) == 3
    assert fields.get("ok", bool) is True


def test_a_translated_message_cannot_drive_the_terminal(tmp_path: Path) -> None:
    """A user's ``.ftl`` (or an argument such as a folder name) carries an escape sequence."""
    (tmp_path / "en").mkdir()
    (tmp_path / "en" / "ui.ftl").write_text(
        f"greeting = Hello{OSC52} {{ $name }}\n", encoding="utf-8"
    )
    texts = Texts(locales=tmp_path)
    shown = texts.ui("en", "greeting", name=f"deck{OSC52}")
    assert is_safe(shown)
    assert shown.startswith("Hello") and "deck" in shown


def test_json_output_escapes_what_json_dumps_leaves_raw() -> None:
    rows = [{"code": HOSTILE, "name": "Македонски ș ț"}]
    printed = json_escaped(json.dumps(rows, ensure_ascii=False, indent=1))
    assert all(ch not in printed for ch in "\x1b\x07\x9b\u202e\x7f")
    assert json.loads(printed) == rows  # the same data for a program
    assert "Македонски ș ț" in printed  # and still readable for a person
    assert printed.count("\n") == json.dumps(rows, indent=1).count("\n")  # laid out as before
