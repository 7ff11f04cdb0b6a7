"""The manual cut into sections and blocks (the screen draws them; no Textual here)."""

from __future__ import annotations

from desistkit_tui.core.languages import codes
from desistkit_tui.core.manual import blocks, manual_text, split_sections

SAMPLE = """# Title

Intro line one
continues here.

## First

- a **bold** point
- another
  continued

```
## not a heading (code)
```

## Second

| A | B |
|---|---|
| x | y |

1. one
2. two
"""


def test_sections_start_at_each_second_level_heading() -> None:
    sections = split_sections(SAMPLE)
    assert [s.title for s in sections] == ["Title", "First", "Second"]
    assert "continues here" in sections[0].markdown
    assert "## not a heading (code)" in sections[1].markdown


def test_blocks_of_a_section() -> None:
    first = blocks(split_sections(SAMPLE)[1].markdown)
    assert [(b.kind, b.text) for b in first[:3]] == [
        ("heading", "First"),
        ("item", "a **bold** point"),
        ("item", "another continued"),
    ]
    second = blocks(split_sections(SAMPLE)[2].markdown)
    table = next(b for b in second if b.kind == "table")
    assert table.rows == (("A", "B"), ("x", "y"))
    assert [b.marker for b in second if b.kind == "item"] == ["1.", "2."]


def test_every_manual_has_the_english_sections() -> None:
    """Sections are found by position: every language has as many as English."""
    english = split_sections(manual_text("en"))
    assert len(english) >= 8
    for lang in codes():
        assert len(split_sections(manual_text(lang))) == len(english), lang
