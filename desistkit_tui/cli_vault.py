"""``desistkit vault …``: key slots, rekey, verify and tune."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from desistkit_tui.cli_io import (
    SLOT_LABEL_HELP,
    KdfIterations,
    KdfLanes,
    KdfMemory,
    PassFd,
    PassFile,
    error_text,
    fail,
    kdf_params,
    opened,
    read_new_secret,
    read_secret,
    unlock,
    vault_path,
)
from desistkit_tui.core.vault.kdf import MAX_MEMORY_KIB

vault_app = typer.Typer(help="Keys, verification and tuning of a vault.", no_args_is_help=True)

NewPassFile = Annotated[
    Path | None,
    typer.Option(
        "--new-passphrase-file",
        help="The new passphrase from a file ('-': stdin).",
        allow_dash=True,
    ),
]
NewPassFd = Annotated[
    int | None, typer.Option("--new-passphrase-fd", help="The new passphrase from a descriptor.")
]
Yes = Annotated[bool, typer.Option("--yes", help="Do not ask (needed without a terminal).")]


def _ask(question: str, yes: bool) -> None:
    """Go on only if confirmed: ``--yes``, or "y" at a terminal; without one, say to use --yes."""
    import sys

    if yes:
        return
    if not sys.stdin.isatty():
        fail("nothing was changed: confirm with --yes (no terminal to ask)")
    if not typer.confirm(question, default=False):
        fail("nothing was changed")


@vault_app.command("keys")
def keys(ctx: typer.Context) -> None:
    """List the key slots (no passphrase needed: slots hold no secret in the clear)."""
    from desistkit_tui.core.text import safe
    from desistkit_tui.core.vault.store import read_header

    header = read_header(vault_path(ctx)).header
    typer.echo(f"{'id':<9} {'label':<20} {'kind':<11} {'created':<26} KDF")
    for s in header.slots:
        kdf = f"argon2id m={memory_text(s.kdf.memory_kib)} t={s.kdf.iterations} p={s.kdf.lanes}"
        typer.echo(f"{safe(s.id):<9} {safe(s.label):<20} {s.kind:<11} {safe(s.created):<26} {kdf}")


def memory_text(kib: int) -> str:
    """Argon2id memory as ``--kdf-memory-mib`` takes it (MiB), or in KiB when it is not whole
    MiB (test and demo slots: 64 KiB is not "0 MiB")."""
    return f"{kib // 1024} MiB" if kib % 1024 == 0 else f"{kib} KiB"


@vault_app.command("add-key")
def add_key(
    ctx: typer.Context,
    label: Annotated[str, typer.Option(help=SLOT_LABEL_HELP)],
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
    new_passphrase_file: NewPassFile = None,
    new_passphrase_fd: NewPassFd = None,
    kdf_memory_mib: KdfMemory = None,
    kdf_iterations: KdfIterations = None,
    kdf_lanes: KdfLanes = None,
) -> None:
    """Add a passphrase slot (a colleague on a team vault); Argon2id settings as your slot's
    unless --kdf-… options say otherwise."""
    from desistkit_tui.core.vault import admin

    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        kdf = kdf_params(kdf_memory_mib, kdf_iterations, kdf_lanes, vault.slot.kdf)
        secret = read_new_secret(new_passphrase_file, new_passphrase_fd, "New passphrase")
        slot = admin.add_passphrase(vault, label, secret, kdf)
        secret.wipe()
    finally:
        vault.lock()
    typer.echo(f"Added key slot {slot.id} ({slot.label}).")


@vault_app.command("remove-key")
def remove_key(
    ctx: typer.Context,
    slot: Annotated[str, typer.Argument(help="Slot id or label (see `vault keys`).")],
    yes: Yes = False,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Remove a key slot from vault.toml. Copies of vault.toml made before still open with it,
    and the case keys do not change (see docs/data-protection.md)."""
    from desistkit_tui.core.text import safe
    from desistkit_tui.core.vault import admin

    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        found = admin.find_slot(vault, slot)
        typer.echo(
            f"This removes key slot {safe(found.id)} ({safe(found.label)}) from vault.toml: it "
            "will no longer open this vault."
        )
        if found.kind == "recovery":
            typer.echo(
                "It is the recovery key: without one, a forgotten passphrase means the vault "
                "cannot be opened at all. `vault rekey` makes a new recovery key."
            )
        typer.echo(
            "Copies of vault.toml made before still open with it. The case keys do not change, "
            "so whoever kept such a copy and the key store can still read what they protect: "
            "`vault rekey --rotate-case-keys` afterwards cuts them off from what is written later."
        )
        _ask("Remove it?", yes)
        removed = admin.remove_slot(vault, slot)
    finally:
        vault.lock()
    typer.echo(f"Removed key slot {removed.id} ({removed.label}).")


def _show_recovery_key(code: str) -> None:
    """Shown before the new key is written (docs/vault-format.md §13)."""
    typer.echo("New recovery key (shown only now):")
    typer.echo(f"\n    {code}\n")
    typer.echo("It replaces the old one once this command says so; until then keep both.")


@vault_app.command("rekey")
def rekey(
    ctx: typer.Context,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
    kdf_memory_mib: KdfMemory = None,
    kdf_iterations: KdfIterations = None,
    kdf_lanes: KdfLanes = None,
    rotate_case_keys: Annotated[
        bool,
        typer.Option(
            "--rotate-case-keys",
            help="Also give every case a new key and re-encrypt its files, so that case keys "
            "copied before open nothing written afterwards.",
        ),
    ] = False,
    yes: Yes = False,
) -> None:
    """Replace the master key; keeps your passphrase, shows a new recovery key, removes every
    other slot. The case keys change only with --rotate-case-keys. The --kdf-… options give
    your slot and the recovery slot new Argon2id settings (see vault tune)."""
    from desistkit_tui.core.errors import PassphraseTooShort, PassphraseTooWeak
    from desistkit_tui.core.passphrase import check_new
    from desistkit_tui.core.vault import admin
    from desistkit_tui.core.vault.secret import Secret

    path = vault_path(ctx)
    secret = read_secret(passphrase_file, passphrase_fd, "Your passphrase")
    from desistkit_tui.core.errors import KeySlotError
    from desistkit_tui.core.vault.recovery import looks_like_recovery_key
    from desistkit_tui.core.vault.store import Vault

    if looks_like_recovery_key(secret.reveal().decode("utf-8", "replace")):
        # Said before any key is derived: a recovery key cannot rekey (admin.rekey refuses
        # it too), and as a passphrase it would only be "a passphrase that did not unlock".
        secret.wipe()
        raise KeySlotError("rekey-needs-passphrase")
    vault = opened(Vault.unlock(path, Secret(secret.buffer)))
    try:
        try:
            check_new(secret)  # the new master key is kept under this same passphrase
        except PassphraseTooShort as exc:
            fail(
                f"rekey keeps your passphrase, and it is shorter than {exc.minimum} characters: "
                "add a longer one with `vault add-key`, then rekey with that one"
            )
        except PassphraseTooWeak:
            fail(
                "rekey keeps your passphrase, and it is among the most guessed ones: add a "
                "stronger one with `vault add-key`, then rekey with that one"
            )
        kdf = kdf_params(kdf_memory_mib, kdf_iterations, kdf_lanes, vault.slot.kdf)
        others = [
            s.label for s in vault.header.slots if s.id != vault.slot.id and s.kind != "recovery"
        ]
        typer.echo(
            "This replaces the master key. Afterwards your passphrase and a new recovery key "
            "(shown next) open this vault; the old recovery key no longer does."
        )
        if others:
            typer.echo(
                "These slots are removed (add them again with add-key): " + ", ".join(others)
            )
        if rotate_case_keys:
            typer.echo(
                "Every case also gets a new key and its files are re-encrypted: copies of "
                "vault.toml and of the key store made before still open what the cases held "
                "until now, but nothing written afterwards."
            )
        else:
            typer.echo(
                "The case keys do not change: copies of vault.toml and of the key store made "
                "before still open the cases with the passphrases valid then, sessions written "
                "later included (--rotate-case-keys changes that)."
            )
        _ask("Rekey?", yes)
        result = admin.rekey(vault, secret, kdf, show=_show_recovery_key)
        typer.echo("The master key was replaced: the recovery key above is now the only one.")
        if rotate_case_keys:
            from desistkit_tui.core.vault.rotate import rotate_case_keys as rotate

            rotated = rotate(vault)
            typer.echo(f"New keys for {len(rotated.rotated)} cases; their files re-encrypted.")
            if rotated.busy:
                typer.echo(
                    f"{len(rotated.busy)} cases were open in another session and kept their "
                    "keys: run `vault rekey --rotate-case-keys` again when they are closed."
                )
    finally:
        secret.wipe()
        vault.lock()
    if result.removed_labels:
        typer.echo(
            "These passphrases no longer open this vault (copies of vault.toml made before "
            "still do); add them again with add-key:"
        )
        for label in result.removed_labels:
            typer.echo(f"  - {label}")


@vault_app.command("verify")
def verify(
    ctx: typer.Context,
    rebuild_index: Annotated[
        bool, typer.Option("--rebuild-index", help="Rebuild the index too.")
    ] = False,
    repair: Annotated[
        bool,
        typer.Option(
            "--repair",
            help="Set right what is recoverable (left by interrupted writes; modes open to "
            "other users, for files you own). Damaged files are only reported.",
        ),
    ] = False,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Decrypt and check every file, the audit chain, the index and the permissions."""
    from desistkit_tui.core.vault import admin

    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        report = admin.verify(vault, rebuild_index=rebuild_index, repair=repair)
    finally:
        vault.lock()
    for fixed in report.repaired:
        typer.echo(f"REPAIRED {error_text(fixed)}")
    for problem in report.problems:
        typer.echo(f"{'RECOVERABLE' if problem.recoverable else 'DAMAGED'}  {error_text(problem)}")
    found = len(report.problems)
    typer.echo(f"{report.files_checked} files checked, {found} problem{'' if found == 1 else 's'}.")
    if not report.ok:
        raise typer.Exit(1)


@vault_app.command("audit")
def audit(
    ctx: typer.Context,
    case: Annotated[
        str | None, typer.Option("--case", help="Only entries about this case.")
    ] = None,
    since: Annotated[
        str | None, typer.Option("--since", help="Only entries from this day on (YYYY-MM-DD).")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    check: Annotated[
        bool, typer.Option("--verify", help="Check the whole chain and say where it breaks.")
    ] = False,
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """The audit log: who (the key slot's label), what, which case, when; never content.
    A damaged entry is listed as such; --verify checks the chain against the head the header
    keeps (entries removed at the end are found too)."""
    from datetime import date

    from desistkit_tui.core.text import json_escaped, safe

    try:
        day = date.fromisoformat(since) if since else None
    except ValueError:
        fail(f"--since: not a date (YYYY-MM-DD): {since}")
    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        rows = vault.audit.listing()
        problems = vault.audit.verify(vault.header.audit_head) if check else []
    finally:
        vault.lock()
    wanted = case.strip().casefold() if case else None
    rows = [
        r
        for r in rows
        if (wanted is None or r.case.casefold() == wanted) and (day is None or r.at.date() >= day)
    ]
    if as_json:
        import json

        doc: dict[str, object] = {"entries": [r.as_json() for r in rows]}
        if check:
            doc["problems"] = [error_text(p) for p in problems]
        typer.echo(json_escaped(json.dumps(doc, ensure_ascii=False, indent=1)))
    else:
        for r in rows:
            when = r.at.strftime("%Y-%m-%d %H:%M:%S") if r.problem is None else "?"
            what = r.action if r.problem is None else f"DAMAGED: {error_text(r.problem)}"
            line = f"{r.seq:>6}  {when:<19}  {safe(r.who):<16} {what:<16} {safe(r.case)}"
            detail = r.detail_text() if r.problem is None else ""
            typer.echo(f"{line}  {safe(detail)}" if detail else line)
        if check:
            for problem in problems:
                typer.echo(f"BROKEN  {error_text(problem)}")
            typer.echo("The audit chain is whole." if not problems else "The audit chain breaks.")
    if problems:
        raise typer.Exit(1)


@vault_app.command("backup")
def backup(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="The archive to write (must not exist).")],
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Write one archive of the whole vault, still encrypted (nothing is decrypted), and
    verify it with the vault's keys. It holds every case as it is now: a case erased later
    is not erased from it."""
    from desistkit_tui.core.vault import backup as vault_backup

    if file.exists():
        fail(f"{file} exists already; nothing was written")
    vault = unlock(vault_path(ctx), passphrase_file, passphrase_fd)
    try:
        report = vault_backup.backup(vault, file)
    finally:
        vault.lock()
    for problem in report.problems:
        typer.echo(f"{'RECOVERABLE' if problem.recoverable else 'DAMAGED'}  {error_text(problem)}")
    typer.echo(
        f"Wrote {file}: {report.files_checked} files checked, {len(report.problems)} problems."
    )
    if not report.ok:
        raise typer.Exit(1)


@vault_app.command("restore")
def restore(
    file: Annotated[Path, typer.Argument(help="An archive written by `vault backup`.")],
    folder: Annotated[Path, typer.Argument(help="An empty (or new) folder to restore into.")],
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Restore a backup into an empty folder, then unlock it (a passphrase valid when the
    backup was made) and verify every file."""
    from desistkit_tui.core.vault import admin
    from desistkit_tui.core.vault import backup as vault_backup

    vault_backup.unpack(file, folder)
    vault = unlock(folder, passphrase_file, passphrase_fd)
    try:
        report = admin.verify(vault)
        vault.record("backup-restored")
    finally:
        vault.lock()
    for problem in report.problems:
        typer.echo(f"{'RECOVERABLE' if problem.recoverable else 'DAMAGED'}  {error_text(problem)}")
    typer.echo(
        f"Restored into {folder}: {report.files_checked} files checked, "
        f"{len(report.problems)} problems."
    )
    if not report.ok:
        raise typer.Exit(1)


@vault_app.command("tune")
def tune(
    target: Annotated[float, typer.Option(help="Seconds one unlock should take (0.3-1).")] = 0.5,
    memory_mib: Annotated[
        int | None,
        typer.Option(
            help="Argon2id memory in MiB.  [default: 19]",
            show_default=False,
            min=1,
            max=MAX_MEMORY_KIB // 1024,
        ),
    ] = None,
) -> None:
    """Measure this machine and propose Argon2id settings that unlock in 0.3-1 s; show their
    strength (against OWASP's minimum) and their cost to the server (unlocks per minute)."""
    from desistkit_tui.core.vault.keys import (
        DEFAULT_MEMORY_KIB,
        cpu_seconds,
        propose_params,
        strength,
    )

    if not 0.1 <= target <= 5:
        fail("choose a target between 0.1 and 5 seconds")
    memory_kib = memory_mib * 1024 if memory_mib else DEFAULT_MEMORY_KIB
    params, seconds = propose_params(target, memory_kib)
    mib = params.memory_kib // 1024
    typer.echo(
        f"argon2id memory={mib} MiB iterations={params.iterations} "
        f"lanes={params.lanes}: {seconds:.2f} s here"
    )
    cpu = max(cpu_seconds(params), 1e-3)
    typer.echo(
        f"Strength: memory x passes is {strength(params):.0f}x OWASP's minimum Argon2id "
        "setting (19 MiB, 2 passes) for each guess."
    )
    typer.echo(
        f"Server cost: {cpu:.2f} CPU-seconds per unlock here, about {120 / cpu:.0f} unlocks "
        "per minute on 2 cores (each caseworker unlocks at log-in and after every idle "
        "lock; a wrong passphrase costs the same)."
    )
    typer.echo(
        f"Use: desistkit init --kdf-memory-mib {mib} "
        f"--kdf-iterations {params.iterations} --kdf-lanes {params.lanes}"
    )
    typer.echo(
        f"An existing vault: desistkit vault rekey --kdf-memory-mib {mib} "
        f"--kdf-iterations {params.iterations} --kdf-lanes {params.lanes} (your slot and the "
        "recovery slot; others: add-key with the same options)"
    )
    typer.echo(
        f"While it runs, each unlock adds {mib} MiB to the app's ~55 MiB "
        "(the default, 19 MiB, keeps a session under 80 MiB)."
    )
