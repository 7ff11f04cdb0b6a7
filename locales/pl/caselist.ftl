### Kolumny planowania na liście spraw (pozostałe teksty listy spraw są w ui.ftl) (Polish).

caselist-col-activity = Aktywność
caselist-col-reflected = Refleksja
caselist-col-hint = Uwaga
caselist-never = —
# A hint, never a schedule: a symbol and a few words, so it reads without colour.
caselist-hint-retention-due = ⌛ koniec przechowywania
caselist-hint-goal-overdue = ⏰ cel po terminie
caselist-hint-review-due = ⟳ czas na przegląd
# Short forms, for a terminal too narrow for the long ones.
caselist-hint-retention-due-short = ⌛ przechowywanie
caselist-hint-goal-overdue-short = ⏰ po terminie
caselist-hint-review-due-short = ⟳ przegląd
