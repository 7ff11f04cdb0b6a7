"""Screens: one per module; they hold the model objects and call the vault."""
