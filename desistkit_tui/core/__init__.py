"""The domain core: models, content, languages, flows and the vault.

Nothing in this package imports Textual (``tests/unit/test_core_isolation.py`` checks it),
so the CLI, scripts and tests can use it without a terminal.
"""
