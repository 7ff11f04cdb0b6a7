"""The base of every error: a Fluent message id, a hint id and the message's variables; and
:func:`describe`, the one function that words an error for a formatter (see the package)."""

from __future__ import annotations

import threading
from collections.abc import Iterator, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar, Protocol

from desistkit_tui.core.text import safe

if TYPE_CHECKING:
    from fluent.runtime import FluentBundle

ErrorArg = str | int
"""A value an error passes to its message: text (paths, codes, ids) or a whole number."""

#: Joins a message and its hint (a message of its own, so a language may order them).
WITH_HINT = "error-with-hint"
#: What an exception that is not a :class:`DesistKitError` is shown as.
INTERNAL = "error-internal"


class Formatter(Protocol):
    """Formats a UI message: a screen's ``self.t``, a ``Localizer``, or the English one."""

    def __call__(self, msg_id: str, /, **args: ErrorArg) -> str: ...


class Described(Protocol):
    """What :func:`describe` renders: an error, or a skipped deck."""

    @property
    def msg_id(self) -> str: ...
    @property
    def hint_id(self) -> str | None: ...
    @property
    def msg_args(self) -> Mapping[str, ErrorArg]: ...


def describe(error: BaseException | Described, ui: Formatter) -> str:
    """``error`` in ``ui``'s language: what happened — what to do; one line, no markup."""
    if isinstance(error, BaseException) and not isinstance(error, DesistKitError):
        return safe(ui(INTERNAL, kind=type(error).__name__))
    args = dict(error.msg_args)
    message = ui(error.msg_id, **args)
    if error.hint_id is not None:
        message = ui(WITH_HINT, message=message, hint=ui(error.hint_id, **args))
    return safe(message)


@cache
def _english_bundle() -> tuple[FluentBundle, threading.Lock]:
    from fluent.runtime import FluentBundle, FluentResource

    from desistkit_tui.core.resources import locales_root

    bundle = FluentBundle(["en"], use_isolating=False)
    text = (locales_root() / "en" / "errors.ftl").read_text(encoding="utf-8")
    bundle.add_resource(FluentResource(text))
    return bundle, threading.Lock()


def english(msg_id: str, /, **args: ErrorArg) -> str:
    """An error message in English (``locales/en/errors.ftl``), the id itself if it is missing."""
    bundle, lock = _english_bundle()
    with lock:
        if not bundle.has_message(msg_id):
            return msg_id
        pattern = bundle.get_message(msg_id).value
        if pattern is None:
            return msg_id
        text, errors = bundle.format_pattern(pattern, dict(args))
    return msg_id if errors else str(text)


def _restore(cls: type[DesistKitError], state: dict[str, Any]) -> DesistKitError:
    error = cls.__new__(cls)
    error.__dict__.update(state)
    return error


class DesistKitError(Exception):
    """Base of every error DesistKit tells its user about."""

    #: The message that says what happened (an instance may name a variant of it).
    msg_id: str = INTERNAL
    #: The message that says what to do, or None.
    hint_id: str | None = None
    #: Suffixes of this class's message variants (none: ``msg_id`` itself is the message).
    variants: ClassVar[tuple[str, ...]] = ()

    def __init__(self, variant: str = "", /, **args: ErrorArg) -> None:
        super().__init__()
        cls = type(self)
        if variant or cls.variants:
            if variant not in cls.variants:
                raise ValueError(f"{cls.__name__} has no variant {variant!r}")
            self.msg_id = f"{cls.msg_id}-{variant}"
        self.variant = variant
        self.msg_args: dict[str, ErrorArg] = {"kind": cls.__name__, **args}

    def __str__(self) -> str:
        return describe(self, english)

    def __repr__(self) -> str:
        args = {k: v for k, v in self.msg_args.items() if k != "kind"}
        return f"{type(self).__name__}({self.msg_id!r}, {args!r})"

    def __reduce__(self) -> tuple[Any, ...]:  # pickle and copy, whatever __init__ takes
        return (_restore, (type(self), dict(self.__dict__)))


def error_classes(base: type[DesistKitError] = DesistKitError) -> Iterator[type[DesistKitError]]:
    """``base`` and every subclass of it, recursively (each once)."""
    seen: set[type[DesistKitError]] = set()
    stack = [base]
    while stack:
        cls = stack.pop()
        if cls not in seen:
            seen.add(cls)
            yield cls
            stack.extend(reversed(cls.__subclasses__()))


def class_message_ids(cls: type[DesistKitError]) -> tuple[str, ...]:
    """The messages ``cls`` itself may use (each variant's, or its own), then its hint."""
    own = [f"{cls.msg_id}-{v}" for v in cls.variants] if cls.variants else [cls.msg_id]
    return (*own, *([cls.hint_id] if cls.hint_id else []))
