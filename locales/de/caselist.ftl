### Die Planungsspalten der Fallliste (Deutsch; die übrigen Texte der Fallliste stehen in ui.ftl).

caselist-col-activity = Aktivität
caselist-col-reflected = Reflektiert
caselist-col-hint = Hinweis
caselist-never = —
# Ein Hinweis, nie ein Terminplan: ein Symbol und wenige Wörter, damit er auch ohne Farbe lesbar ist.
caselist-hint-retention-due = ⌛ Aufbewahrung abgelaufen
caselist-hint-goal-overdue = ⏰ Ziel überfällig
caselist-hint-review-due = ⟳ Reflexion fällig
# Short forms, for a terminal too narrow for the long ones.
caselist-hint-retention-due-short = ⌛ Aufbewahrung
caselist-hint-goal-overdue-short = ⏰ überfällig
caselist-hint-review-due-short = ⟳ fällig
