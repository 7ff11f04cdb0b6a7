"""Where the shipped content lives: inside an installed wheel, or beside the package in a checkout.

The wheel carries ``decks/`` and ``locales/`` as ``desistkit_tui/_data/…`` (see pyproject's
``force-include``); a source checkout or an editable install keeps them at the project root.
Both are reached through :mod:`importlib.resources`, so nothing depends on ``__file__`` layout
inside the code that reads content.
"""

from __future__ import annotations

from importlib.resources import files

from desistkit_tui.core.compat import Traversable

_PACKAGE = "desistkit_tui"


def data_root() -> Traversable:
    """The folder that holds ``decks/`` and ``locales/``."""
    package = files(_PACKAGE)
    bundled = package / "_data"
    if bundled.is_dir():
        return bundled
    # A checkout: the package is a plain folder, its parent holds decks/ and locales/.
    parent = package / ".."
    if (parent / "decks").is_dir() or (parent / "locales").is_dir():
        return parent
    raise FileNotFoundError("DesistKit's content (decks/, locales/) is missing from this install")


def decks_root() -> Traversable:
    """The shipped ``decks/`` folder."""
    return data_root() / "decks"


def locales_root() -> Traversable:
    """The shipped ``locales/`` folder."""
    return data_root() / "locales"
