"""DesistKit TUI benchmarks: the budgets of DESIGN.md section 7. Run ``python -m benchmarks``."""
