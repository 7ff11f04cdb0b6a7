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


def _path(ctx: typer.Context) -> Path:
    from desistkit_tui.core.paths import resolve_vault

    root = ctx.find_root()
    explicit = root.obj.get("vault") if isinstance(root.obj, dict) else None
    return resolve_vault(explicit)


@vault_app.command("keys")
def keys(ctx: typer.Context) -> None:
    """List the key slots (no passphrase needed: slots hold no secret in the clear)."""
    from desistkit_tui.core.text import safe
    from desistkit_tui.core.vault.store import read_header

    header = read_header(_path(ctx)).header
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

    vault = unlock(_path(ctx), passphrase_file, passphrase_fd)
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
    passphrase_file: PassFile = None,
    passphrase_fd: PassFd = None,
) -> None:
    """Revoke a key slot."""
    from desistkit_tui.core.vault import admin

    vault = unlock(_path(ctx), passphrase_file, passphrase_fd)
    try:
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
) -> None:
    """Replace the master key; keeps your passphrase, shows a new recovery key. The --kdf-…
    options give your slot and the recovery slot new Argon2id settings (see vault tune)."""
    from desistkit_tui.core.errors import PassphraseTooShort
    from desistkit_tui.core.passphrase import check_new
    from desistkit_tui.core.vault import admin
    from desistkit_tui.core.vault.secret import Secret

    path = _path(ctx)
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
        kdf = kdf_params(kdf_memory_mib, kdf_iterations, kdf_lanes, vault.slot.kdf)
        result = admin.rekey(vault, secret, kdf, show=_show_recovery_key)
    finally:
        secret.wipe()
        vault.lock()
    typer.echo("The master key was replaced: the recovery key above is now the only one.")
    if result.removed_labels:
        typer.echo("These passphrases no longer open the vault; add them again with add-key:")
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

    vault = unlock(_path(ctx), passphrase_file, passphrase_fd)
    try:
        report = admin.verify(vault, rebuild_index=rebuild_index, repair=repair)
    finally:
        vault.lock()
    for fixed in report.repaired:
        typer.echo(f"REPAIRED {error_text(fixed)}")
    for problem in report.problems:
        typer.echo(f"{'RECOVERABLE' if problem.recoverable else 'DAMAGED'}  {error_text(problem)}")
    typer.echo(f"{report.files_checked} files checked, {len(report.problems)} problems.")
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
