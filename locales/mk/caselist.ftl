### Планските колони во листата на случаи (the case list's planning columns, Macedonian,
### Cyrillic; the other case-list strings are in ui.ftl).

caselist-col-activity = Активност
caselist-col-reflected = Рефлексија
caselist-col-hint = Напомена
caselist-never = —
# A hint, never a schedule: a symbol and a few words, so it reads without colour.
caselist-hint-retention-due = ⌛ рокот за чување истече
caselist-hint-goal-overdue = ⏰ цел по рокот
caselist-hint-review-due = ⟳ време за преглед
# Short forms, for a terminal too narrow for the long ones.
caselist-hint-retention-due-short = ⌛ чување
caselist-hint-goal-overdue-short = ⏰ по рокот
caselist-hint-review-due-short = ⟳ преглед
