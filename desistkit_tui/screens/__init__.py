"""Screens: one per module; they hold the model objects and call the service layer
(``core/vault_session.py``, ``core/workspace.py``) from worker threads."""
