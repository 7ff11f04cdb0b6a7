"""Find the strings a running process still holds: every object the garbage collector tracks,
and everything they refer to (``str`` and ``bytes`` are not tracked, so containers are walked).
"""

from __future__ import annotations

import gc
from collections.abc import Iterable


def count_live(needles: Iterable[str], ignore: Iterable[object] = ()) -> int:
    """How many live ``str``/``bytes``/``bytearray`` objects contain one of ``needles`` (as
    text, or UTF-8 encoded), not counting the objects in ``ignore`` (the test's own copies)."""
    return len(_live(list(needles), ignore))


def describe_live(
    needles: Iterable[str], roots: Iterable[object], ignore: Iterable[object] = ()
) -> str:
    """Those objects, each with a path from ``roots`` (or from some object the collector
    tracks) to it; the needles are masked in the report."""
    words = list(needles)
    parents: dict[int, object] = {}
    found = _live(words, ignore, roots=list(roots), parents=parents)
    lines = []
    for n in range(min(len(found), 15)):
        text = found[n]
        shown = str(text[:70])
        for k, word in enumerate(words):
            shown = shown.replace(word, f"<needle{k}>")
        path: list[str] = []
        obj: object = text
        while id(obj) in parents and len(path) < 40:
            parent = parents[id(obj)]
            path.append(_step(parent, obj))
            obj = parent
        lines.append(f"{type(text).__name__} {shown!r}\n    <- " + " <- ".join(path))
    return "\n".join(lines)


def _step(parent: object, child: object) -> str:
    name = type(parent).__name__
    if isinstance(parent, dict):
        if "__name__" in parent and "__builtins__" in parent:
            return f"globals of {parent['__name__']}"
        for key, value in parent.items():
            if value is child:
                return f"dict[{key!r}]"
    return name


def _live(
    words: list[str],
    ignore: Iterable[object],
    roots: list[object] | None = None,
    parents: dict[int, object] | None = None,
) -> list[str | bytes | bytearray]:
    from collections import deque

    gc.collect()
    words = [w for w in words if w]
    encoded = [w.encode("utf-8") for w in words]
    skip = {id(o) for o in ignore} | {id(w) for w in words} | {id(e) for e in encoded}
    found: list[str | bytes | bytearray] = []
    tracked = gc.get_objects()
    queue: deque[object] = deque(roots or [])
    queue.extend(tracked)
    done: set[int] = set()
    skip.update((id(tracked), id(queue), id(done), id(found), id(words), id(encoded)))
    if parents is not None:
        skip.add(id(parents))
    while queue:
        obj = queue.popleft()
        if id(obj) in done or id(obj) in skip:
            continue
        done.add(id(obj))
        if isinstance(obj, str):
            if any(w in obj for w in words):
                found.append(obj)
            continue
        if isinstance(obj, bytes | bytearray):
            if any(e in obj for e in encoded):
                found.append(obj)
            continue
        for ref in gc.get_referents(obj):
            if id(ref) not in done:
                queue.append(ref)
                if parents is not None and id(ref) not in parents:
                    parents[id(ref)] = obj
    return found
