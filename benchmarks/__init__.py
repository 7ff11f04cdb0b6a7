"""DesistKit TUI benchmarks: the budgets of docs/architecture.md, Budgets. Run ``python -m benchmarks``."""
