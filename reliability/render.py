"""Target 6, rendering safety: hostile payloads in every field, on a real terminal.

Payloads (:mod:`.payloads`) are stored into every editable field through the vault API, as a
paste would store them (case codes, goals, interventions, reflection answers, a reflection
draft, card notes, a finished card session's deck id), into a user catalogue's translated
``.ftl`` override and into user deck folder names; one more copy of each is *pasted* into the
goal editor. Then the real ``desistkit`` console script runs on a pty (XDG folders, config and
vault in the work folder) and walks every screen that shows them: the case list, a case's
overview and profile editor, the goals list and both editors, each saved session, a resumed
reflection draft, a resumed card session, the notices. ``desistkit case list`` (text and
``--json``) and ``case add`` are run too. Each (payload, field, screen) where the payload's
tag shows is one try; held when none of its control sequences reached the terminal raw. A
pasted payload is also judged as stored: held when the saved goal holds no control character.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import replace
from pathlib import Path

from desistkit_tui.core.flow import ReflectionFlow
from desistkit_tui.core.model import Goal, Intervention, SessionKind, new_record_id
from desistkit_tui.core.vault.secret import Secret
from desistkit_tui.core.vault.store import Vault

from reliability import fixture, payloads, terminal
from reliability.harness import Context, TargetResult
from reliability.payloads import Payload

NAME = "rendering safety"
FIELDS = {
    "K": "case code",
    "G": "goal text",
    "O": "goal own words",
    "W": "intervention what",
    "H": "intervention who",
    "R": "reflection answers",
    "C": "card notes (saved session)",
    "D": "deck id in a saved session",
    "F": "reflection draft answers",
    "T": "factor title (user's de.ftl override)",
    "N": "user deck folder name",
    "M": "card notes (draft)",
    "P": "pasted into the goal editor",
}
CONTENT = "W-CONTENT"
_STORED_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
Seen = dict[str, bytearray]  # screen -> every byte written while it was shown


def _vault(path: Path) -> Vault:
    vault, _ = Vault.create(path, Secret.from_text(fixture.PASS), "anna", kdf=fixture.FAST_KDF)
    return vault


def _env(work: Path, vault: Path, lang: str = "en") -> dict[str, str]:
    config = work / "config"
    config.mkdir(parents=True, exist_ok=True)
    return {
        "DESISTKIT_VAULT": str(vault),
        "DESISTKIT_CONFIG_DIR": str(config),
        "XDG_CONFIG_HOME": str(work / "xdg-config"),
        "XDG_DATA_HOME": str(work / "xdg-data"),
        "XDG_STATE_HOME": str(work / "xdg-state"),
        "XDG_CACHE_HOME": str(work / "xdg-cache"),
        "TMPDIR": str(work),
        "HOME": str(work),
        "DESISTKIT_LANG": lang,
    }


def _see(seen: Seen, screen: str, data: bytes) -> None:
    seen.setdefault(screen, bytearray()).extend(data)


# -- case codes: the list, the overview, the profile editor, the CLI ---------------------------


def _codes_session(work: Path, batch: list[Payload], deep: int, seen: Seen) -> None:
    """Every payload of the batch as a case code in the list; the first ``deep`` ones also
    opened (overview, profile editor)."""
    vault = _vault(work / "vault")
    # The list shows the most recently active case first: saved last to first, the batch's
    # first ``deep`` payloads are the first rows, the ones opened below.
    for n, payload in reversed(list(enumerate(batch))):
        case = vault.create_case(f"TMP-{n}")
        with vault.open_case(case.id) as handle:
            handle.save_profile(replace(handle.case, code=payload.for_field("K").text))
    vault.lock()
    env = _env(work, work / "vault")
    first = batch[0].for_field("K").marker
    with terminal.running(env=env) as term:
        term.read_until("Passphrase")
        term.type(fixture.PASS + "\r")
        _see(seen, "case list", term.read_until(first) + term.settle(0.4))
        for n, payload in enumerate(batch[:deep]):
            if n:
                term.press("down")
            marker = payload.for_field("K").marker
            term.press("enter")
            _see(seen, "case overview", term.read_until(marker, 5) + term.settle(0.2))
            term.press("f2")
            _see(seen, "profile editor", term.read_until(marker, 5) + term.settle(0.2))
            term.press("escape")
            # A code the field cannot hold as stored (its control characters are left out)
            # is a change: "Discard changes?" is asked, and "Discard" is the answer.
            if "Discard changes?" in terminal.visible(term.read_until("Discard changes?", 1.5)):
                term.press("tab", "enter")
                term.settle(0.2)
            term.press("escape")
            term.settle(0.3)
    secret = work / "passphrase"
    secret.write_text(fixture.PASS + "\n")
    for screen, extra in (("CLI case list", ()), ("CLI case list --json", ("--json",))):
        out = _cli(env, "case", "list", "--passphrase-file", str(secret), *extra)
        _see(seen, screen, out)
    payload = batch[0].for_field("K")
    if "\x00" not in payload.text:
        _see(
            seen,
            "CLI case add",
            _cli(env, "case", "add", payload.text, "--passphrase-file", str(secret)),
        )


def _cli(env: dict[str, str], *args: str) -> bytes:
    done = subprocess.run(
        [terminal.console_script(), *args],
        env={"PATH": "/usr/bin:/bin", **env},
        capture_output=True,
        timeout=120,
        check=False,
    )
    return done.stdout + done.stderr


# -- everything else: one case holding every field ---------------------------------------------


def _content_vault(work: Path, batch: list[Payload], deep: int, factors: list[str]) -> None:
    vault = _vault(work / "vault")
    case = vault.create_case(CONTENT, language="de")
    with vault.open_case(case.id) as handle:
        profile = handle.case
        for p in batch:
            goal = Goal(f"g{p.number}", p.for_field("G").text, own_words=p.for_field("O").text)
            step = Intervention(
                f"i{p.number}", p.for_field("W").text, who=p.for_field("H").text, goal=goal.id
            )
            profile = profile.with_goal(goal).with_intervention(step)
        handle.save_profile(profile)
        for p in batch[:deep]:
            body = fixture.reflection_body(p.for_field("R").text, factors=tuple(factors[:2]))
            handle.save_session(SessionKind.REFLECTION, body)
            handle.save_session(SessionKind.CARDS, fixture.card_body(p.for_field("C").text))
            missing = fixture.card_body("notes") | {"deck": p.for_field("D").text}
            handle.save_session(SessionKind.CARDS, missing)
        flow = ReflectionFlow.start(factors[:deep], fixture.DAY)
        for n, p in enumerate(batch[: len(flow.reflection.entries)]):
            flow.position = n
            flow.update(own_words=p.for_field("F").text, view=p.for_field("F").text)
        flow.position = 0
        handle.save_draft(new_record_id(), flow.to_draft())
        handle.save_draft(new_record_id(), fixture.card_body(batch[0].for_field("M").text))
    vault.lock()
    decks = work / "config" / "decks"
    override = decks / "casereflector"
    override.mkdir(parents=True, exist_ok=True)
    lines = [
        f"factor-{factor} = {p.for_field('T').text}"
        for factor, p in zip(factors, batch[:deep], strict=False)
        if not set(p.text) & set("\r\n{}\x0b\x0c\x85")
    ]
    (override / "de.ftl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    for p in batch[:deep]:
        name = p.for_field("N").text.replace("/", "∕")
        if "\x00" not in name and len(name.encode()) < 200:
            (decks / name).mkdir(exist_ok=True)


def _content_session(work: Path, batch: list[Payload], deep: int, seen: Seen) -> None:
    """Every payload of the batch in the goals and interventions; the first ``deep`` ones in
    every other field, and opened in every editor and view."""
    factors = [f.id for f in fixture.shipped_content().catalogue().factors]
    deep = min(deep, len(factors))
    _content_vault(work, batch, deep, factors)
    marks = {letter: [p.for_field(letter).marker for p in batch] for letter in FIELDS}
    with terminal.running(env=_env(work, work / "vault", "de")) as term:
        start = term.read_until("Passphrase") + term.settle(0.3)
        term.type(fixture.PASS + "\r")
        start += term.read_until(CONTENT) + term.settle(1.0)
        _see(seen, "start and unlock (notices)", start)
        term.type(CONTENT)
        term.settle(0.3)
        term.press("enter")
        _see(seen, "case overview", term.read_until(marks["G"][0], 5) + term.settle(0.3))
        term.press("f6")
        _see(seen, "goals list", term.read_until(marks["G"][0], 5) + term.settle(0.3))
        for row in range(2 * deep):
            term.press("home" if row == 0 else "down", "enter")
            letters, screen = (
                (("W", "H"), "intervention editor") if row % 2 else (("G", "O"), "goal editor")
            )
            # Both fields painted (the second can follow the first by a frame on a busy machine).
            shown = term.read_until_all([marks[x][row // 2] for x in letters])
            _see(seen, screen, shown + term.settle(0.1))
            term.press("ctrl+s")  # Escape would ask "discard changes?" (see the report)
            term.settle(0.3)
        for p in batch[:deep]:
            term.press("f6")
            term.settle(0.15)
            pasted = p.for_field("P")
            term.paste(pasted.text)
            _see(
                seen,
                "goal editor (pasted)",
                term.read_until_any([pasted.marker]) + term.settle(0.1),
            )
            term.press("ctrl+s")
            term.settle(0.15)
        term.press("escape")
        term.settle(0.4)
        _sessions(term, 3 * deep, seen, marks)
        term.press("f5")
        term.settle(0.4)
        term.press("enter")
        _see(seen, "reflection draft resumed", term.read_until(marks["F"][0], 5) + term.settle(0.3))
        for following in marks["F"][1:deep]:
            term.press("f3")
            _see(
                seen,
                "reflection draft resumed",
                term.read_until_any([following]) + term.settle(0.1),
            )
        term.press("ctrl+l")  # out of the flow by locking: Escape may stay in a text field
        term.read_until("Passphrase")
        term.settle(0.3)
        term.type(fixture.PASS + "\r")
        term.read_until(CONTENT)
        term.settle(0.3)
        term.type(CONTENT)
        term.settle(0.3)
        term.press("enter")
        term.read_until_any(marks["G"][:1])
        term.settle(0.3)
        term.press("f4")
        term.settle(0.5)
        term.press("f6")
        _see(seen, "card draft resumed", term.read_until(marks["M"][0], 5) + term.settle(0.3))


def _sessions(term: terminal.Terminal, rows: int, seen: Seen, marks: dict[str, list[str]]) -> None:
    """Open each saved session from the overview; a notice (deck not installed) opens no
    screen, so no Escape follows it (it would leave the case)."""
    every = marks["R"] + marks["C"] + marks["D"]
    for row in range(rows):
        term.press("home" if row == 0 else "down", "enter")
        shown = term.read_until_any(every) + term.settle(0.1)
        _see(seen, "saved session opened", shown)
        if not any(m.encode() in shown for m in marks["D"]) or any(
            m.encode() in shown for m in marks["R"] + marks["C"]
        ):
            term.press("escape")
            term.settle(0.15)


def _stored(work: Path, batch: list[Payload], result: TargetResult) -> None:
    """The pasted payloads, as saved: held when no control character was kept."""
    vault = Vault.unlock(work / "vault", fixture.PASS)
    with vault.open_case(vault.find(CONTENT).id, write=False) as handle:
        texts = [g.text for g in handle.case.goals]
    vault.lock()
    for p in batch:
        pasted = p.for_field("P")
        found = [t for t in texts if pasted.marker in t]
        if not found:
            result.notes.append(f"payload {p.number}: the pasted goal was not saved")
            continue
        controls = _STORED_CONTROL.findall(found[0])
        if controls:
            repro = f"paste payload {p.number} ({p.describe()}) into a new goal, Ctrl+S"
            why = f"the saved goal keeps U+{ord(controls[0]):04X}"
            result.fail("pasted text stored with control characters", why, repro)
        else:
            result.hold()


#: Notices stay up for seconds, over whatever screen comes next: judged as the notice.
NOTICES = {"N": "skipped-deck notice", "D": "deck-not-installed notice"}


def _judge(result: TargetResult, batch: list[Payload], seen: Seen) -> None:
    shown: dict[tuple[str, str], bytearray] = {}
    for screen, data in seen.items():
        for letter in FIELDS:
            shown.setdefault((letter, NOTICES.get(letter, screen)), bytearray()).extend(data)
    tried: set[str] = set()
    for (letter, screen), data in shown.items():
        output = bytes(data)
        field = FIELDS[letter]
        for p in batch:
            tagged = p.for_field(letter)
            if not tagged.shown(output):
                continue
            tried.add(letter)
            leaked = tagged.leaks(output)
            if not leaked:
                result.hold()
                continue
            repro = f"payload {p.number} ({p.describe()}) as the {field}, shown in {screen}"
            why = f"{leaked[0].name} written raw to the terminal"
            result.fail(f"{field} → {screen}", why, repro)
    # A walk that went astray (a key that opened another screen, a row that was not the one
    # meant) shows fewer payloads and would still pass: a field never shown is a failure.
    for letter in sorted(FIELDS.keys() - tried):
        why = "no payload in it was shown on any screen walked: the walk did not reach it"
        result.fail(f"{FIELDS[letter]} never shown", why, f"batch of {len(batch)} payloads")


def run(ctx: Context) -> TargetResult:
    result = TargetResult(NAME)
    every = payloads.make(ctx.pick(46, 320, 400), ctx.rng(NAME))
    rng = ctx.rng(f"{NAME}:deep")
    if ctx.quick:
        chosen = [every[n - 1] for n in payloads.QUICK]
        deep_numbers = {1, 22}
    else:
        # Every payload goes into the lists; each element alone and a sample of the
        # combinations also through every editor and view (--full: all of them).
        chosen = every
        singles = len(payloads.ELEMENTS)
        combos = [p.number for p in every[singles:]]
        sample = rng.sample(combos, min(len(combos), 15))
        deep_numbers = set(range(1, singles + 1)) | set(sample)
        if ctx.level == "full":
            deep_numbers = {p.number for p in every}
    size = ctx.pick(11, 40, 20)
    ordered = sorted(chosen, key=lambda p: (p.number not in deep_numbers, p.number))
    deep_left = [p for p in ordered if p.number in deep_numbers]
    bulk_left = [p for p in ordered if p.number not in deep_numbers]
    per_batch = max(1, -(-len(deep_left) // max(1, -(-len(ordered) // size))))
    n = 0
    while deep_left or bulk_left:
        deep_part, deep_left = deep_left[:per_batch], deep_left[per_batch:]
        room = size - len(deep_part)
        bulk_part, bulk_left = bulk_left[:room], bulk_left[room:]
        batch = deep_part + bulk_part
        seen: Seen = {}
        _codes_session(ctx.folder(f"{NAME}/codes-{n}"), batch, len(deep_part), seen)
        work = ctx.folder(f"{NAME}/content-{n}")
        _content_session(work, batch, len(deep_part), seen)
        _judge(result, batch, seen)
        _stored(work, batch[: len(deep_part)], result)
        n += 1
    result.notes.append(
        f"{len(chosen)} payloads in lists, notices and the CLI; {len(deep_numbers)} of them "
        f"(each sequence alone, and combinations) through every editor and view; "
        f"{len(FIELDS)} fields; a try = (payload, field, screen) where the payload showed"
    )
    return result
