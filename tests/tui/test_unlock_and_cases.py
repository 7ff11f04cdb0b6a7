"""Pilot tests: create → unlock → add case → filter → open, on a real vault with real crypto."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from desistkit_tui.core.model import AddressForm, GenderForm, Goal
from desistkit_tui.core.vault.names import case_rel
from desistkit_tui.core.vault.store import Vault
from desistkit_tui.core.vault_session import VaultSession
from desistkit_tui.screens.case import CaseScreen
from desistkit_tui.screens.cases import CasesScreen
from desistkit_tui.screens.confirm import ConfirmScreen
from desistkit_tui.screens.create_vault import CreateVaultScreen, RecoveryKeyScreen
from desistkit_tui.screens.unlock import UnlockScreen
from desistkit_tui.widgets.case_list import CaseList
from desistkit_tui.widgets.secret_input import SecretInput
from tests.tui.helpers import (
    PASSPHRASE,
    make_app,
    make_vault,
    screen_text,
    settle,
    top_screen,
    top_screen_soon,
    type_text,
    unlock,
)
from tests.tui.planning import planning_vault


async def test_first_run_creates_vault_and_shows_recovery_key_once(tmp_path: Path) -> None:
    path = tmp_path / "vault"
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, CreateVaultScreen)
        await type_text(pilot, "short")
        assert "Too short" in screen_text(app)
        await pilot.press("enter")
        await type_text(pilot, "mismatch!!")
        await pilot.press("enter")
        assert isinstance(app.screen, CreateVaultScreen)
        assert "at least 10" in screen_text(app)
        field = app.screen.query_one("#first", SecretInput)
        field.value = ""
        field.focus()
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await type_text(pilot, PASSPHRASE)
        await pilot.press("enter")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, RecoveryKeyScreen)
        code = app.screen.code
        assert code in screen_text(app)
        await pilot.press("ctrl+s")  # not ticked yet: stays
        assert isinstance(app.screen, RecoveryKeyScreen)
        await pilot.press("space", "tab", "enter")
        await settle(pilot)
        assert isinstance(app.screen, CasesScreen)
        assert code not in screen_text(app)
    # The recovery key shown really opens the vault.
    assert Vault.unlock(path, code).who == "recovery"


async def test_the_strength_hint_calls_common_passphrases_weak_and_refuses_them(
    tmp_path: Path,
) -> None:
    app = make_app(tmp_path / "vault")
    async with app.run_test(size=(80, 24)) as pilot:
        for common in ("aaaaaaaaaa", "password123"):
            field = app.screen.query_one("#first", SecretInput)
            field.value = ""
            field.focus()
            await type_text(pilot, common)
            assert "Too easy to guess" in screen_text(app), common
            assert "Acceptable" not in screen_text(app)
        await pilot.press("enter")
        await type_text(pilot, "password123")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, CreateVaultScreen)
        assert "among the most guessed" in screen_text(app)
        assert not app.screen.query_one("#first", SecretInput).disabled
    assert not (tmp_path / "vault").exists()


async def test_wrong_passphrase_then_retry(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault")
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, UnlockScreen)
        await unlock(pilot, "not the passphrase")
        assert isinstance(app.screen, UnlockScreen)
        assert "did not unlock" in screen_text(app)
        assert app.screen.query_one(SecretInput).value == ""  # the secret is not kept
        await unlock(pilot)
        assert isinstance(app.screen, CasesScreen)


async def test_add_filter_open_case(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-2026-001", "K-2026-002", "B-77"))
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = top_screen(app, CasesScreen)
        assert screen.query_one(CaseList).row_count == 3
        await pilot.press("f2")
        await type_text(pilot, "K-2026-014")
        await pilot.press("tab", "enter", "down", "enter")  # address: formal -> informal
        await pilot.press("tab", "enter", "up", "enter")  # gender: unspecified -> neutral
        await pilot.press("tab", "tab")
        await type_text(pilot, "2031-12-31")
        await pilot.press("ctrl+s")
        await settle(pilot)  # created, then the list read again, in workers
        assert screen.is_active
        assert screen.query_one(CaseList).row_count == 4
        await type_text(pilot, "k-2026-0")
        assert screen.query_one(CaseList).row_count == 3
        await type_text(pilot, "14")
        assert [s.code for s in screen.shown] == ["K-2026-014"]
        assert "1 of 4 cases" in screen_text(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        text = screen_text(app)
        assert "Case K-2026-014" in text and "Informal" in text and "Dec 31, 2031" in text
        await pilot.press("escape")
        await pilot.pause()
        assert screen.is_active
    # What the TUI wrote is really in the vault.
    vault = Vault.unlock(path, PASSPHRASE)
    case = vault.read_case(vault.find("K-2026-014").id)
    assert case.address is AddressForm.INFORMAL
    assert case.gender is GenderForm.NEUTRAL
    assert str(case.retention) == "2031-12-31"


async def test_new_case_rejects_bad_code_and_date(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-1",))
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("f2")
        await type_text(pilot, "Max Mustermann")
        await pilot.press("ctrl+s")
        assert "A case code is 1–32" in screen_text(app)
        code = app.screen.query_one("#code", Input)
        code.value = "K-1"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "exists already" in screen_text(app)
        code.value = "K-2"
        app.screen.query_one("#retention", Input).value = "31.12.2030"
        await pilot.press("ctrl+s")
        assert "YYYY-MM-DD" in screen_text(app)
        await pilot.press("escape")  # something was typed: "Discard changes?" first
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("tab", "enter")  # discard
        await pilot.pause()
        assert isinstance(app.screen, CasesScreen)
        assert app.screen.query_one(CaseList).row_count == 1


async def test_second_session_opens_case_read_only(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-9",))
    other = Vault.unlock(path, PASSPHRASE)
    held = other.open_case(other.find("K-9").id)
    try:
        app = make_app(path)
        async with app.run_test(size=(80, 24)) as pilot:
            await unlock(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, CaseScreen)
            assert app.screen.workspace is not None and app.screen.workspace.read_only
            assert "Read-only" in screen_text(app)
    finally:
        held.close()


async def test_lock_drops_keys_and_returns_to_unlock(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("K-5",))
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen)
        vault = app.vault
        assert vault is not None
        keys = vault.files.keys
        assert keys is not None
        master = keys.master.buffer
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(app.screen, UnlockScreen)
        assert app.vault is None and vault.locked
        assert not any(master)  # overwritten
        assert "Locked. The vault's keys were wiped and open cases were closed." in screen_text(app)
        # The case lock was released: another session can now write.
        other = Vault.unlock(path, PASSPHRASE)
        with other.open_case(other.find("K-5").id) as handle:
            assert not handle.read_only
        await unlock(pilot)
        assert isinstance(app.screen, CasesScreen)


# -- the case list: planning columns, hints, filter, keys ------------------------------------


def _cells(case_list: CaseList, column: str) -> list[str]:
    index = [c.key for c in case_list.columns].index(column)
    return [row.cells[index] for row in case_list.shown]


async def test_the_list_shows_last_reflection_and_hints(tmp_path: Path) -> None:
    app = make_app(planning_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = top_screen(app, CasesScreen)
        case_list = screen.query_one(CaseList)
        assert [s.code for s in screen.shown] == ["P-1", "P-2", "P-3", "P-4", "P-5"]
        assert _cells(case_list, "reflected") == [
            "2026-03-01", "2026-02-20", "—", "—", "2025-10-01"
        ]  # fmt: skip
        assert _cells(case_list, "hint") == [
            "⏰ goal overdue",
            "",
            "",  # never reflected, but recently active: a new case is not review due
            "",
            "⏰ goal overdue ⟳ review due",
        ]
        text = screen_text(app)
        assert "Reflected" in text and "Hint" in text
        lines = {line.split()[0]: line for line in text.splitlines() if line.startswith(" P-")}
        assert "2026-03-01" in lines["P-1"] and "⏰ goal overdue" in lines["P-1"]
        assert "goal" not in lines["P-2"] and "review" not in lines["P-2"]
        assert "—" in lines["P-3"] and "review" not in lines["P-3"]
        assert "closed" in lines["P-4"] and "⏰" not in lines["P-4"]
        assert "⏰ goal overdue ⟳ review due" in lines["P-5"]
        # both hints fit at 80 columns; the card count was left out to make room, not a hint
        assert case_list.columns_shown == (
            "code", "status", "activity", "reflected", "reflections", "hint"
        )  # fmt: skip


async def test_narrow_terminal_drops_the_counts_before_the_hints(tmp_path: Path) -> None:
    app = make_app(planning_vault(tmp_path / "vault"))
    async with app.run_test(size=(60, 20)) as pilot:
        await unlock(pilot)
        case_list = app.screen.query_one(CaseList)
        assert case_list.columns_shown == ("code", "status", "activity", "reflected", "hint")
        lines = {line.split()[0]: line for line in screen_text(app).splitlines() if "P-" in line}
        assert "⏰ goal overdue" in lines["P-1"]  # the long form where it fits
        assert "⏰ overdue ⟳ review" in lines["P-5"]  # both hints, in their short forms
        assert "…" not in "".join(lines.values())


async def test_typing_a_hint_filters_by_it(tmp_path: Path) -> None:
    app = make_app(planning_vault(tmp_path / "vault"))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = top_screen(app, CasesScreen)
        await type_text(pilot, "overdue")
        assert [s.code for s in screen.shown] == ["P-1", "P-5"]
        assert "2 of 5 cases" in screen_text(app)
        await pilot.press("escape")  # clears the filter
        await pilot.pause()
        assert screen.query_one("#filter", Input).value == ""
        assert len(screen.shown) == 5
        await type_text(pilot, "review")
        assert [s.code for s in screen.shown] == ["P-5"]
        await pilot.press("escape")
        await type_text(pilot, "closed")
        assert [s.code for s in screen.shown] == ["P-4"]
        await pilot.press("escape")
        await type_text(pilot, "p-5 review")  # every word must match
        assert [s.code for s in screen.shown] == ["P-5"]
        await type_text(pilot, " nothing")
        assert screen.shown == [] and "0 of 5 cases" in screen_text(app)
        await pilot.press("enter")  # nothing to open: nothing happens
        await pilot.pause()
        assert screen.is_active


async def test_arrows_and_pages_move_and_enter_opens_the_highlighted_case(tmp_path: Path) -> None:
    codes = tuple(f"M-{n:02d}" for n in range(30))
    app = make_app(make_vault(tmp_path / "vault", codes))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = top_screen(app, CasesScreen)
        case_list = screen.query_one(CaseList)
        assert app.focused is screen.query_one("#filter", Input)  # typing filters at once
        assert case_list.cursor == 0 and case_list.page == 18  # 24 lines minus the screen's
        await pilot.press("down", "down", "up")
        assert case_list.cursor == 1
        await pilot.press("pagedown")
        assert case_list.cursor == 19
        assert f" {screen.shown[19].code} " in screen_text(app)  # scrolled into view
        await pilot.press("pagedown", "pagedown")
        assert case_list.cursor == 29  # stops at the last case
        await pilot.press("pageup", "up")
        assert case_list.cursor == 10
        wanted = screen.shown[10]
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, CaseScreen) and app.screen.case_id == wanted.id
        await pilot.press("escape")
        await settle(pilot)
        assert screen.is_active
        assert case_list.highlighted is not None
        assert case_list.highlighted.summary.id == wanted.id  # still on the case it opened


async def test_a_new_case_gets_the_cursor(tmp_path: Path) -> None:
    app = make_app(make_vault(tmp_path / "vault", ("A-1", "A-2", "A-3")))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = top_screen(app, CasesScreen)
        await type_text(pilot, "a-2")
        await pilot.press("f2")
        await type_text(pilot, "A-9")
        await pilot.press("ctrl+s")
        await settle(pilot)
        case_list = screen.query_one(CaseList)
        assert screen.query_one("#filter", Input).value == ""
        assert case_list.row_count == 4
        assert case_list.highlighted is not None and case_list.highlighted.summary.code == "A-9"


async def test_a_damaged_case_is_listed_and_says_what_is_wrong(tmp_path: Path) -> None:
    path = make_vault(tmp_path / "vault", ("OK-1", "BAD-1"))
    vault = Vault.unlock(path, PASSPHRASE)
    bad = vault.find("BAD-1")
    vault.lock()
    case_file = path / case_rel(bad.id)
    data = bytearray(case_file.read_bytes())
    data[len(data) // 2] ^= 0xFF
    case_file.write_bytes(bytes(data))
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = top_screen(app, CasesScreen)
        text = screen_text(app)
        assert "⚠ ? " in text and "damaged" in text
        await type_text(pilot, "damaged")
        assert [s.id for s in screen.shown] == [bad.id]
        await pilot.press("enter")
        await pilot.pause()
        assert screen.is_active  # not opened
        messages = " ".join(str(n.message) for n in app._notifications)
        assert case_rel(bad.id) in messages


async def test_a_rolled_back_case_is_marked_once_the_list_is_checked(tmp_path: Path) -> None:
    """The list is painted from the index, then checked against the case files in a worker
    (issue 17): a case document older than the vault's ledger says gets its problem in the
    list when the check is done, the other rows stay as they were, and it does not open."""
    path = make_vault(tmp_path / "vault", ("OK-1", "OLD-1"))
    vault = Vault.unlock(path, PASSPHRASE)
    old = vault.find("OLD-1")
    case_file = path / case_rel(old.id)
    older = case_file.read_bytes()
    with vault.open_case(old.id) as handle:
        handle.save_profile(handle.case.with_goal(Goal("g1", "A flat")))
    vault.lock()
    case_file.write_bytes(older)  # an authentic copy from before the goal
    app = make_app(path)
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        screen = top_screen(app, CasesScreen)
        text = screen_text(app)
        assert "⚠ OLD-1" in text and "OK-1" in text and "⚠ OK-1" not in text
        assert len(screen.rows) == 2 and len(screen.shown) == 2
        await type_text(pilot, "old")
        assert [s.id for s in screen.shown] == [old.id]
        await pilot.press("enter")
        await settle(pilot)
        assert screen.is_active  # not opened
        messages = " ".join(str(n.message) for n in app._notifications)
        assert "OLD-1" in messages and "A flat" not in messages


async def test_the_unlock_reads_the_case_index_before_the_list_is_shown(tmp_path: Path) -> None:
    """Issue 17: the index is read in the unlock's own thread, so the case list has its rows
    in its first frames rather than reading them after it is shown."""
    app = make_app(make_vault(tmp_path / "vault", ("K-1",)))
    read_before: list[bool] = []
    opened = app.vault_opened

    def spy(vault: Vault | VaultSession) -> None:
        assert isinstance(vault, Vault)
        read_before.append(vault.index.loaded)
        opened(vault)

    app.vault_opened = spy  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert read_before == [True]
        assert "K-1" in screen_text(app)


async def test_a_missing_index_is_rebuilt_before_the_list_is_shown(tmp_path: Path) -> None:
    """Issue 17: an index that is gone is rebuilt in the unlock's thread too, so the list has
    every case in its first frame (no worker of its own reads the cases after it is laid
    out); the rebuilt index is written once the list is checked."""
    import shutil

    from desistkit_tui.core.vault.index import REL

    path = make_vault(tmp_path / "vault", ("K-1", "K-2", "K-3"))
    shutil.rmtree(path / REL)
    app = make_app(path)
    in_hand: list[int | None] = []
    opened = app.vault_opened

    def spy(vault: Vault | VaultSession) -> None:
        assert isinstance(vault, Vault)
        summaries = vault.summaries_at_hand()
        in_hand.append(None if summaries is None else len(summaries))
        opened(vault)

    app.vault_opened = spy  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        assert in_hand == [3]
        text = screen_text(app)
        assert all(code in text for code in ("K-1", "K-2", "K-3"))
        for _ in range(100):  # written a moment after the list was checked
            if (path / REL).is_dir():
                break
            await pilot.pause(0.05)
        assert (path / REL).is_dir()


async def test_keys_typed_after_enter_do_not_join_the_passphrase(tmp_path: Path) -> None:
    """The passphrase, Enter and more keys in one burst (a slow SSH link, a fast typist): the
    field's Enter posts its Submitted message from the app, after the key came back up, and
    the next key was let through before that message reached the screen, so the passphrase
    read was one letter longer and the unlock failed ("wrong passphrase")."""
    from textual import events

    app = make_app(make_vault(tmp_path / "vault", ("K-1",)))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        keys = [events.Key("space" if ch == " " else ch, ch) for ch in PASSPHRASE]
        keys += [events.Key("enter", "\r"), *(events.Key(ch, ch) for ch in "xyz")]
        for key in keys:
            app.post_message(key)
        await top_screen_soon(pilot, CasesScreen)
        await settle(pilot)
        assert "K-1" in screen_text(app)


async def test_the_list_takes_the_new_colours_when_the_theme_changes(tmp_path: Path) -> None:
    """The list keeps its line styles between frames (issue 17); Ctrl+T (high contrast) must
    still recolour every line: the row under the cursor, the others and the title line."""
    app = make_app(make_vault(tmp_path / "vault", ("K-1", "K-2", "K-3")))
    async with app.run_test(size=(80, 24)) as pilot:
        await unlock(pilot)
        case_list = top_screen(app, CasesScreen).query_one(CaseList)

        def styles() -> list[object]:  # the title's, the cursor row's, the next row's
            return [next(iter(case_list.render_line(y))).style for y in (0, 1, 2)]

        def expected() -> list[object]:
            base = case_list.rich_style
            return [
                base + case_list.get_component_rich_style(name)
                for name in ("case-list--header", "case-list--cursor")
            ]

        before = styles()
        assert before[0] == expected()[0] and before[1] == expected()[1]
        await pilot.press("ctrl+t")
        await pilot.pause()
        after = styles()
        assert after != before
        assert after[0] == expected()[0] and after[1] == expected()[1]
