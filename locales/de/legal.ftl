### Die je Fall erfasste Rechtsgrundlage: Hinweis in der Fallliste, Übersicht, Dialog und was ein
### Widerruf nach sich zieht (docs/data-protection.md, „Legal basis and consent“).

# Ein Hinweis, nie ein Terminplan: ein Symbol und wenige Wörter, auch ohne Farbe lesbar.
caselist-hint-basis-missing = § Grundlage fehlt
caselist-hint-basis-missing-short = § Grundlage
overview-hint-basis-missing = § noch keine Rechtsgrundlage erfasst: F3 erfasst sie

key-legal-basis = Grundlage
key-withdraw = Widerruf
key-print-consent = Einwilligungsseite

legal-basis = Rechtsgrundlage
legal-basis-key = Rechtsgrundlage (F3)
legal-title = Rechtsgrundlage des Falls { $code }
legal-kind-to-be-recorded = noch zu erfassen
legal-kind-consent = Einwilligung
legal-kind-statutory-task = gesetzlicher Auftrag
legal-kind-other = Sonstige
legal-given = Einwilligung erteilt am
legal-scope = Einwilligung umfasst
legal-scope-counselling-records = Beratungsdokumentation
legal-scope-card-sessions = Kartensitzungen
legal-scope-case-conference = Zusammenfassungen für Fallkonferenzen
legal-scope-handover = Übergabe an eine andere Stelle
legal-recipients = Stellen (nach Rolle)
legal-recipients-hint = Rollen, durch Kommas getrennt (z. B. Bewährungshilfe), nie der Name einer Person.
legal-language = Einwilligungstext in
legal-language-none = nicht erfasst
legal-note = Notiz
legal-note-hint = Gesetzlicher Auftrag: Gesetz oder Mandat. Sonstige: welche Grundlage.
legal-later = Umfang und Stellen: F3 in der Fallübersicht.
legal-consent-summary = Einwilligung, erteilt am { $date }
legal-consent-withdrawn = Einwilligung, widerrufen am { $date }
legal-scope-none = noch nichts
legal-needs-date = Eine Einwilligung braucht den Tag, an dem sie erteilt wurde.
legal-needs-note = „Sonstige“ braucht eine Notiz, welche Grundlage es ist.
legal-withdraw-not-now = Widerrufen werden kann nur eine Einwilligung, die gilt.
legal-withdrawal-before = Ein Widerruf kann nicht vor dem Tag der Einwilligung liegen.
legal-withdrawn-on = Widerrufen am
legal-next-title = Was aus dem Widerruf folgt:
legal-next-stop = • Übergaben und Zusammenfassungen für Fallkonferenzen enden sofort: DesistKit verweigert sie für diesen Fall ab Strg+S.
legal-next-erase = • Löschen oder einschränken Sie den Fall, wie es die Regeln Ihrer Stelle vorsehen. Zum Löschen: desistkit case erase { $code }
legal-next-tell = • Informieren Sie Stellen, die schon eine Zusammenfassung erhalten haben, wie es die Regeln Ihrer Stelle vorsehen.
legal-next-audit = Das Audit-Protokoll vermerkt den Widerruf (wann, wer, welcher Fall), nie seinen Inhalt.
legal-saved = Rechtsgrundlage gespeichert.
legal-withdrawal-saved = Widerruf erfasst: Übergaben dieses Falls werden ab jetzt verweigert.
