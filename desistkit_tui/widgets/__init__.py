"""Widgets: render and post messages; no file or crypto I/O."""
