"""Card mode (DesistCards): set-up, the table, presenter view, sorting, summary.

The entry point is :class:`CardSetupScreen` (``workspace=None`` is the demo without a case).
"""

from desistkit_tui.screens.cards.setup import CardSetupScreen

__all__ = ["CardSetupScreen"]
