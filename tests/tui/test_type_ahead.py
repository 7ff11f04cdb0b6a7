"""Type-ahead over a slow link: keys that arrive in one burst with a Tab land in the field the
Tab moved to (issue 12, item 3). Driven on a real pseudo-terminal, the burst in one write."""

from __future__ import annotations

from pathlib import Path

from desistkit_tui.core.vault.store import Vault
from tests.tui.helpers import PASSPHRASE
from tests.tui.reflection_helpers import make_case_vault
from tests.tui.terminal import Terminal, real_cli
from tests.tui.test_cards_helpers import CODE, card_vault, saved_bodies

TAB = b"\t"


def wait_for(term: Terminal, marker: bytes) -> None:
    seen = term.read_until(marker)
    assert marker in seen, seen[-2000:]


def start_reflection(term: Terminal) -> None:
    """Unlock, open the only case, F5, ctrl+s: step 1 of a new reflection is on screen."""
    wait_for(term, b"Unlock")
    term.write(PASSPHRASE.encode() + b"\r")
    wait_for(term, b"K-2026-014")
    term.write(b"\r")  # the only case
    # the overview has loaded (its keys wait until then): its profile is drawn (at 24 rows
    # the development view starts below the fold since the profile shows the legal basis)
    wait_for(term, b"Legal basis")
    term.write(b"\x1b[15~")  # F5: a new reflection
    wait_for(term, b"Which factors")
    term.write(b"\x13")  # ctrl+s: start with the first way offered
    wait_for(term, "Step\u00a01\u00a0of".encode())  # kept on one line by no-break spaces


def draft_entries(path: Path) -> list[dict[str, str]]:
    """The entries of the one reflection draft of the vault's one case, read by a fresh unlock."""
    vault = Vault.unlock(path, PASSPHRASE)
    with vault.open_case(vault.summaries()[0].id) as handle:
        (draft_id,) = handle.draft_ids()
        entries: list[dict[str, str]] = handle.load_draft(draft_id)["body"]["entries"]
    return entries


def test_text_after_tab_in_one_burst_lands_in_the_next_field(tmp_path: Path) -> None:
    path = make_case_vault(tmp_path / "vault")
    with real_cli(path) as term:
        start_reflection(term)
        # The person's relevance, the caseworker's, raised by, resources, needs: then the
        # person's own words and, after one more Tab, the caseworker's view -- all one burst.
        term.write(TAB * 5 + b"Sleeps badly" + TAB + b"Seems tired")
        wait_for(term, b"tired")
        term.write(b"\x1b")  # save and leave
        wait_for(term, b"draft")
    entries = draft_entries(path)
    typed = [(e["own_words"], e["view"]) for e in entries if e["own_words"] or e["view"]]
    assert typed == [("Sleeps badly", "Seems tired")]


def test_a_filter_and_enter_in_one_burst_open_the_case_typed() -> None:
    """Enter on the case list is a priority binding: Textual runs it as the key arrives, while
    the letters before it still wait in the filter's queue. It opened the case highlighted
    before the filter took them (DEMO-01) instead of the one typed (DEMO-02)."""
    with real_cli(None, "demo") as term:
        wait_for(term, b"DEMO-03")
        term.write(b"DEMO-02\r")
        # DEMO-02's retention date has passed: opening it shows its retention dialog
        wait_for(term, b"The retention date of case DEMO-02 has passed")


def test_text_and_next_step_in_one_burst_stay_on_the_step_they_were_typed_in(
    tmp_path: Path,
) -> None:
    """F3 ("next step") is a priority binding too: the words typed before it in the same burst
    belong to the step the caseworker saw, and they are kept there."""
    path = make_case_vault(tmp_path / "vault")
    with real_cli(path) as term:
        start_reflection(term)
        term.write(TAB * 5 + b"Sleeps badly since leaving" + b"\x1b[13~")  # F3: next step
        wait_for(term, "Step\u00a02\u00a0of".encode())
        term.write(b"\x1b")
        wait_for(term, b"draft")
    entries = draft_entries(path)
    typed = [(i, e["own_words"]) for i, e in enumerate(entries) if e["own_words"]]
    assert typed == [(0, "Sleeps badly since leaving")]


def test_a_note_and_the_next_card_in_one_burst_keep_the_note_on_its_card(tmp_path: Path) -> None:
    """F2 ("draw") on the card table is a priority binding: a note typed just before it in the
    same burst belongs to the card on the table, not to the next one or to nobody."""
    path = card_vault(tmp_path / "vault")
    with real_cli(path) as term:
        wait_for(term, b"Passphrase")
        for keys, marker in (
            (PASSPHRASE.encode() + b"\r", CODE.encode()),
            (b"\r", b"Case " + CODE.encode()),
            (b"\x1bOS", b"Card session"),  # F4: set-up
            (b"\x1b[15~", b"No card on the table"),  # F5: start
        ):
            term.write(keys)
            wait_for(term, marker)
        # F2: a card at random, F4: to its notes, the note, F2: the next card -- all in one
        # burst. F4, not Tab: the random card may be a question card, whose notes already
        # have the focus and which Tab would leave (the hint says so).
        term.write(b"\x1bOQ" + b"\x1bOS" + b"Talks about work" + b"\x1bOQ")
        wait_for(term, b"drawn 2")
        assert term.hang_up() == 129  # the draft is saved as the link drops
    _, [draft] = saved_bodies(path)
    assert [card["notes"] for card in draft["cards"]] == ["Talks about work", ""]


def test_text_after_an_arrow_in_one_burst_lands_where_the_arrow_moved(tmp_path: Path) -> None:
    """The arrows are the field's own (non-priority) bindings, which run once the key has gone
    through the field: a letter right behind an arrow in the same burst was typed at the old
    place ("Up X" put the X on the line the cursor was leaving)."""
    path = make_case_vault(tmp_path / "vault")
    with real_cli(path) as term:
        start_reflection(term)
        term.write(TAB * 5 + b"abc\rd")  # the person's own words: two lines
        wait_for(term, b"2 words")
        term.write(b"\x1b[AX")  # Up, then X: in one burst
        term.read_until(b"X")
        term.write(b"\x1b")
        wait_for(term, b"draft")
    entries = draft_entries(path)
    assert [e["own_words"] for e in entries if e["own_words"]] == ["aXbc\nd"]
