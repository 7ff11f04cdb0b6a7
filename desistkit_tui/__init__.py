"""DesistKit TUI: CaseReflector, DesistCards and the manual, in the terminal."""

__version__ = "0.1.0"
