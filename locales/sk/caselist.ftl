### Plánovacie stĺpce zoznamu prípadov (slovenčina, preklad z locales/en/caselist.ftl;
### ostatné texty zoznamu prípadov sú v ui.ftl).

caselist-col-activity = Aktivita
caselist-col-reflected = Reflexia
caselist-col-hint = Upozornenie
caselist-never = —
# Upozornenie, nikdy nie rozvrh: symbol a pár slov, aby sa dalo čítať aj bez farieb.
caselist-hint-retention-due = ⌛ uchovávanie skončilo
caselist-hint-goal-overdue = ⏰ cieľ po termíne
caselist-hint-review-due = ⟳ čas na reflexiu
# Short forms, for a terminal too narrow for the long ones.
caselist-hint-retention-due-short = ⌛ uchovávanie
caselist-hint-goal-overdue-short = ⏰ po termíne
caselist-hint-review-due-short = ⟳ reflexia
