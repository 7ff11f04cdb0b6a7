### Coloanele de planificare din lista de cazuri (celelalte texte ale listei sunt în ui.ftl).

caselist-col-activity = Activitate
caselist-col-reflected = Reflecție
caselist-col-hint = Atenție
caselist-never = —
# Un semnal, niciodată un program: un simbol și câteva cuvinte, ca să se înțeleagă și fără culori.
caselist-hint-retention-due = ⌛ păstrarea a expirat
caselist-hint-goal-overdue = ⏰ obiectiv restant
caselist-hint-review-due = ⟳ e timpul reflecției
# Short forms, for a terminal too narrow for the long ones.
caselist-hint-retention-due-short = ⌛ păstrare
caselist-hint-goal-overdue-short = ⏰ restant
caselist-hint-review-due-short = ⟳ reflecție
