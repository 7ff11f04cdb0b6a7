### The case list's planning columns (the other case-list strings are in ui.ftl).

caselist-col-activity = Activity
caselist-col-reflected = Reflected
caselist-col-hint = Hint
caselist-never = —
# A hint, never a schedule: a symbol and a few words, so it reads without colour.
caselist-hint-retention-due = ⌛ retention ended
caselist-hint-goal-overdue = ⏰ goal overdue
caselist-hint-review-due = ⟳ review due
# Short forms, for a terminal too narrow for the long ones (the filter still finds the long).
caselist-hint-retention-due-short = ⌛ retention
caselist-hint-goal-overdue-short = ⏰ overdue
caselist-hint-review-due-short = ⟳ review
