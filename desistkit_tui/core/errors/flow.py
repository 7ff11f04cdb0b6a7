"""The reflection wizard's refusals."""

from __future__ import annotations

from desistkit_tui.core.errors.base import DesistKitError


class FlowError(DesistKitError, ValueError):
    """A move or a finish that the reflection flow refuses.

    Variants: ``no-factors``, ``no-step`` (``step``), ``not-a-factor-step``, ``no-factor``,
    ``unknown-field`` (``field``), ``factor-not-included`` (``factor``), ``nothing-recorded``."""

    msg_id = "error-flow"
    variants = (
        "no-factors",
        "no-step",
        "not-a-factor-step",
        "no-factor",
        "unknown-field",
        "factor-not-included",
        "nothing-recorded",
    )
