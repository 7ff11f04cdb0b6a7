"""Figure 8's vault: one case, ``R-0050``, with 50 finished reflections of fictional text.

Everything goes through the real API: ``Vault.create`` (the test KDF, the passphrase of
``common.py``), ``create_case``, ``open_case`` → ``CaseHandle.save_profile`` (four goals, three
interventions) and ``CaseHandle.save_session`` for each reflection, every one filled through
``ReflectionFlow``. The vault lands in ``benchmarks/.work/reflection-vault``;
``reflection-vault.json`` records what was generated (written last, so an interrupted generation
is redone). Each child process of figure 8 works on a copy (:func:`scratch_vault`), because
opening a case appends to the audit log and autosave writes drafts.

The fictional text here also fills the half-done draft of the typing figures
(:mod:`benchmarks.bench_typing`).
"""

from __future__ import annotations

import json
import os
import random
import shutil
import statistics
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from benchmarks.common import PASSPHRASE, WORK
from desistkit_tui.core.compat import UTC

if TYPE_CHECKING:
    from desistkit_tui.core.model import Goal, Intervention, Reflection

#: The number of reflections of the one case: 50 (figure 8), or ``DESISTKIT_BENCH_REFLECTIONS``
#: (the scale figure, ``bench_scale.py``, asks for 500), each in a vault of its own.
REFLECTIONS = int(os.environ.get("DESISTKIT_BENCH_REFLECTIONS", "50"))
_SUFFIX = "" if REFLECTIONS == 50 else f"-{REFLECTIONS}"
RVAULT = WORK / f"reflection-vault{_SUFFIX}"
RSTAMP = WORK / f"reflection-vault{_SUFFIX}.json"
#: Bump when the generator changes what it writes; an older cached vault is then regenerated.
RVERSION = 1
CASE_CODE = f"R-{REFLECTIONS:04d}"
SLOT = "bench"

# -- fictional text ------------------------------------------------------------------------

RESOURCES = [
    "Football training twice a week, the coach counts on him",
    "An aunt who answers the phone at any hour",
    "Apprenticeship place at the bakery from September",
    "Keeps every appointment at the probation office",
    "Cooks for the younger brother on weekdays",
    "A neighbour who helps with letters from offices",
    "Two months without contact to the old group",
    "Goes running along the river in the morning",
    "Trusts the youth club worker",
    "Has saved money towards a driving licence",
    "Writes down what makes him angry before answering",
    "Wants to be there for his daughter",
    "Finished the first-aid course",
    "Plays guitar in the community centre band",
    "Mother visits every Sunday",
    "Asks for help earlier than last year",
    "Has a doctor he goes to on his own",
    "Reads about history, likes to argue about it fairly",
    "Sleeps better since the phone stays in the kitchen",
    "Pays the rent on time since spring",
    "Volunteers at the food bank on Saturdays",
    "A cousin who left the scene and talks about it",
    "Likes repairing bicycles, neighbours bring theirs",
    "Can name three people he would call in a crisis",
]
NEEDS = [
    "Debts from a mobile phone contract",
    "No fixed place to sleep since March",
    "Old friends wait outside the building",
    "Stays up gaming and misses the morning bus",
    "Loses his temper when he feels disrespected",
    "The court date in spring weighs on him",
    "Drinks more at weekends than he wants to",
    "Feels nobody at the job centre listens",
    "Conflict with the stepfather about money",
    "Watches videos that make him furious for hours",
    "Thinks he has nothing to offer anyone",
    "Avoids the school office since the last warning",
    "Gets pulled into arguments in online groups",
    "Lonely in the evenings",
    "No plan for the time after the course ends",
    "Afraid the old group will call him a traitor",
    "Headaches, has not seen a doctor about them",
    "Contact with the daughter depends on the youth office",
    "Finds forms overwhelming",
    "Spends money as soon as it comes in",
]
OWN_WORDS = [
    "I just want some peace at home.",
    "When I train I don't think about the rest.",
    "They only call me when they need something.",
    "I know it's stupid, but it feels good in the moment.",
    "Nobody asked me that before.",
    "My brother looks up to me, that's the thing.",
    "I'm done with that, really done.",
    "It's easier when I know what happens next week.",
    "Sometimes I still miss them, I won't lie.",
    "If I get the job, everything else gets easier.",
    "I don't want my daughter to see me like that.",
    "Online it's different, there they listen.",
    "I can do more than people think.",
    "The letters make me nervous, I leave them closed.",
]
VIEWS = [
    "More open than last time; talked about the brother without being asked.",
    "Tense at the start, relaxed once we spoke about training.",
    "Describes the old group with less warmth than in spring.",
    "Needs are concrete and nameable; a good basis for a next step.",
    "Takes responsibility for the missed appointment, no excuses.",
    "The online contacts still carry weight; we stay on it.",
    "Resources are growing here, especially the contact to the aunt.",
    "Relevance seen differently: he finds it minor, I see it as central.",
    "Reported a conflict and how he left before it escalated.",
    "Money remains the main source of stress; debt advice agreed.",
    "Shows pride when talking about the apprenticeship.",
    "Little energy today, we kept this factor short.",
]
NOTES = [
    "Shorter session, he had to leave for work.",
    "Agreed to look at the letters together next time.",
    "Good atmosphere; he brought the training schedule.",
    "Talked about the court date; he wants the lawyer's number again.",
    "",
]


def pick(rng: random.Random, items: list[str], low: int, high: int) -> list[str]:
    """``low`` to ``high`` different items."""
    return rng.sample(items, rng.randint(low, high))


def sentences(rng: random.Random, items: list[str], low: int, high: int) -> str:
    """``low`` to ``high`` different items, joined into one text."""
    return " ".join(pick(rng, items, low, high))


# -- the vault -----------------------------------------------------------------------------


def _goals(rng: random.Random, start: date) -> tuple[list[Goal], list[Intervention]]:
    from desistkit_tui.core.model import (
        Goal,
        GoalStatus,
        Intervention,
        InterventionStatus,
        new_plan_id,
    )

    goals = [
        Goal(
            new_plan_id(),
            "Finish the first year of the apprenticeship",
            "Get through the first year.",
            ("work-structure", "future-hope"),
            start + timedelta(days=420),
            GoalStatus.OPEN,
            start,
        ),
        Goal(
            new_plan_id(),
            "A debt repayment plan with the debt advice service",
            "No more letters I'm afraid of.",
            ("housing-money",),
            start + timedelta(days=200),
            GoalStatus.ACHIEVED,
            start,
        ),
        Goal(
            new_plan_id(),
            "Weekly contact with the daughter, arranged with the youth office",
            "See her every week.",
            ("children-caring", "legal-institutions"),
            start + timedelta(days=900),
            GoalStatus.OPEN,
            start + timedelta(days=60),
        ),
        Goal(
            new_plan_id(),
            "Leave online groups that stir him up",
            "",
            ("media-online", "scene-ties"),
            None,
            GoalStatus.OPEN,
            start + timedelta(days=120),
        ),
    ]
    interventions = [
        Intervention(
            new_plan_id(), "Appointment at the debt advice service", "caseworker", None, goal=""
        ),
        Intervention(
            new_plan_id(),
            "Meeting with the training workshop",
            "mentor",
            start + timedelta(days=30),
            InterventionStatus.DONE,
            goals[0].id,
        ),
        Intervention(
            new_plan_id(),
            "Joint meeting with the youth office",
            "caseworker",
            start + timedelta(days=75),
            InterventionStatus.ACTIVE,
            goals[2].id,
        ),
    ]
    return goals, interventions


def _reflection(
    rng: random.Random,
    held_on: date,
    created: datetime,
    order: list[str],
    focus: list[str],
    goal_ids: list[str],
) -> Reflection:
    """One finished reflection of 6-12 factors, filled through the real wizard."""
    from desistkit_tui.core.flow import ReflectionFlow
    from desistkit_tui.core.model import RaisedBy, Relevance

    count = rng.randint(6, 12)
    mine = rng.sample(focus, min(count, rng.randint(4, len(focus))))
    others = [f for f in order if f not in mine]
    chosen = set(mine + rng.sample(others, count - len(mine)))
    factors = [f for f in order if f in chosen]
    flow = ReflectionFlow.start(factors, held_on, source="manual", at=created)
    levels = list(Relevance)
    for i in range(len(factors)):
        flow.jump(i)
        flow.update(
            person=rng.choice(levels),
            caseworker=rng.choice(levels),
            resources=pick(rng, RESOURCES, 1, 4),
            needs=pick(rng, NEEDS, 1, 4),
            own_words=sentences(rng, OWN_WORDS, 1, 2),
            view=sentences(rng, VIEWS, 1, 3),
            raised_by=rng.choice([RaisedBy.PERSON, RaisedBy.CASEWORKER, RaisedBy.BOTH]),
            goals=rng.sample(goal_ids, 1) if rng.random() < 0.2 else [],
        )
    flow.reflection.note = rng.choice(NOTES)
    return flow.finish()


def is_current() -> bool:
    try:
        meta = json.loads(RSTAMP.read_text())
    except (OSError, ValueError):
        return False
    return meta.get("version") == RVERSION and (RVAULT / "vault.toml").is_file()


def generate() -> dict[str, Any]:
    """The one-case vault, through the real API; ``reflection-vault.json`` is written last."""
    import tomli_w

    from desistkit_tui.core.content import load_content
    from desistkit_tui.core.model import AddressForm, GenderForm, SessionKind
    from desistkit_tui.core.vault.keys import KdfParams
    from desistkit_tui.core.vault.secret import Secret
    from desistkit_tui.core.vault.store import Vault

    RSTAMP.unlink(missing_ok=True)
    if RVAULT.exists():
        shutil.rmtree(RVAULT)
    WORK.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    rng = random.Random(20261124)
    order = [f.id for f in load_content(user_decks=False).catalogue().factors]
    focus = [
        "family-of-origin",
        "children-caring",
        "scene-ties",
        "self-image",
        "stress-anger",
        "work-structure",
        "housing-money",
        "legal-institutions",
        "media-online",
        "future-hope",
    ]
    vault, _recovery = Vault.create(
        RVAULT, Secret.from_text(PASSPHRASE), SLOT, kdf=KdfParams(1, 1, 64)
    )
    body_bytes: list[int] = []
    entries = 0
    try:
        case = vault.create_case(
            CASE_CODE,
            address=AddressForm.INFORMAL,
            gender=GenderForm.MASCULINE,
            language="de",
            retention=date(2031, 6, 30),
        )
        first_day = date(2024, 12, 2)
        goals, interventions = _goals(rng, first_day)
        with vault.open_case(case.id) as handle:
            profile = handle.case
            for goal in goals:
                profile = profile.with_goal(goal)
            for item in interventions:
                profile = profile.with_intervention(item)
            handle.save_profile(profile)
            goal_ids = [g.id for g in goals]
            day = first_day
            for _ in range(REFLECTIONS):
                created = datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC) + timedelta(
                    minutes=rng.randint(0, 480)
                )
                reflection = _reflection(rng, day, created, order, focus, goal_ids)
                body = reflection.to_body()
                handle.save_session(
                    SessionKind.REFLECTION, body, reflection.id, held_on=reflection.held_on
                )
                body_bytes.append(len(tomli_w.dumps(body).encode("utf-8")))
                entries += len(reflection.entries)
                day += timedelta(days=rng.randint(9, 19))
            saved = handle.case
    finally:
        vault.lock()
    sessions = RVAULT / "cases" / case.id / "sessions"
    meta = {
        "version": RVERSION,
        "case_id": case.id,
        "code": CASE_CODE,
        "reflections": REFLECTIONS,
        "counted_in_case_doc": saved.reflections,
        "entries": entries,
        "goals": len(goals),
        "body_bytes_median": statistics.median(body_bytes),
        "body_bytes_total": sum(body_bytes),
        "session_files_bytes": sum(p.stat().st_size for p in sessions.iterdir()),
        "first_day": first_day.isoformat(),
        "last_day": saved.last_reflection.isoformat() if saved.last_reflection else "",
        "seconds": round(time.perf_counter() - started, 2),
        "method": "Vault.create_case + CaseHandle.save_profile/save_session (real API)",
    }
    RSTAMP.write_text(json.dumps(meta, indent=1))
    return meta


def load_meta() -> dict[str, Any]:
    meta: dict[str, Any] = json.loads(RSTAMP.read_text())
    return meta


@contextmanager
def scratch_vault() -> Iterator[Path]:
    """A private copy of the cached vault for one child process (removed afterwards)."""
    path = WORK / f"reflection-scratch-{os.getpid()}"
    if path.exists():
        shutil.rmtree(path)
    shutil.copytree(RVAULT, path)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
