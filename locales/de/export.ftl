### Drucken und Exportieren: die gedruckten Karten, die Falldokumente, der Auskunftsexport.

## Gedruckte Karten (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] Eine Karte
       *[other] { $count } Karten
    } · { $language } · { $layout }
print-cover-categories = Kategorien
print-howto-title = Drucken und Schneiden
print-howto-duplex = Beidseitig auf A4 drucken, Wenden an der langen Kante, in Originalgröße (nicht „an Seite anpassen“): Dann liegt jede Rückseite hinter ihrer Vorderseite.
print-howto-one-sided = Auf A4 in Originalgröße drucken (nicht „an Seite anpassen“). Vorder- und Rückseiten stehen auf getrennten Blättern: Jedes Rückseitenblatt vor dem Schneiden auf sein Vorderseitenblatt kleben.
print-howto-cut = An den Marken am Rand jedes Blattes schneiden; festeres Papier (160–250 g/m²) ergibt haltbare Karten.
print-howto-use = Die Karten nach Kategorien offen auslegen; die Person wählt eine, dreht sie um und antwortet so, wie es die Rückseite zeigt. Das Handbuch (F1 in der App) beschreibt die Arten zu ziehen.

## Falldokumente: Bericht, Zusammenfassung für die Fallkonferenz (Sprache der Fachkraft)

export-footer = { $code } · pseudonymisiert · vertraulich
export-report-title = Fallbericht: { $code }
export-report-subtitle = Reflexionen: { $reflections } · Kartensitzungen: { $cards } · erstellt am { $date }
export-profile = Profil
export-col-field = Feld
export-col-value = Wert
export-retention = Aufbewahren bis
export-left-out = Auf Wunsch weggelassen: { $what }
export-left-own-words = die eigenen Worte der Person
export-left-view = die Sicht der Fachkraft
export-development = Entwicklung im Verlauf
export-development-none = Für einen Verlauf muss ein Faktor in mindestens zwei Reflexionen erfasst sein.
export-person-view = Sicht der Person
export-caseworker-view = Sicht der Fachkraft
export-changes = Gewachsene Ressourcen, entlastete Bedarfe
export-changes-between = Zwischen den Reflexionen vom { $first } und vom { $last }:
export-changes-none = Zwischen der ersten und der neuesten Reflexion hat sich nichts verändert.
export-resource-grew = neue Ressource
export-need-eased = Bedarf entlastet
export-col-factor = Faktor
export-col-change = Veränderung
export-col-item = Was
export-reflections = Reflexionen
export-no-reflections = Noch keine Reflexion.
export-goals = Ziele und Maßnahmen
export-no-goals = Keine Ziele erfasst.
export-col-goal = Ziel
export-col-status = Stand
export-col-target = Zieldatum
export-col-agreed = Vereinbart am
export-col-step = Schritt
export-col-role = Wer (Rolle)
export-col-when = Wann
export-card-sessions = Kartensitzungen
export-no-card-sessions = Noch keine Kartensitzung.
export-card-session = Kartensitzung vom { $date }
export-cards-talked = Besprochene Karten: { $count }
export-summary-title = Zusammenfassung für die Fallkonferenz: { $code }
export-summary-subtitle = Pseudonymisiert; Rollen statt Namen · { $date }
export-current = Aktuelles Bild
export-current-of = Aktuelles Bild (Reflexion vom { $date })
export-since-first = Seit der ersten Reflexion ({ $date }): neue Ressourcen { $grown }, entlastete Bedarfe { $eased }.
export-goal-n = Ziel { $n }
export-next-steps = Nächste Schritte
export-step-n = Schritt { $n }
export-no-steps = Keine offenen Schritte.
export-no-free-text = Kein Freitext enthalten: nur Faktoren, Einschätzungen, Anzahlen, Stände und Daten.
export-free-text = Freitext nach Auswahl der Fachkraft enthalten: { $fields }
export-field-resources = was hilft
export-field-needs = was schwer ist
export-field-goals = Zieltexte
export-field-goal-own-words = Ziele in den Worten der Person
export-field-steps = Texte der Schritte
export-field-roles = Rollen
export-field-own-words = die eigenen Worte der Person
export-field-view = die Sicht der Fachkraft

## Die Seite für die Person (in ihrer Sprache und Anrede)

handout-title = Was wir vereinbart haben
handout-goals = { $address ->
        [informal] Deine Ziele
       *[formal] Ihre Ziele
    }
handout-steps = Die nächsten Schritte
handout-resources = { $address ->
        [informal] Was dir hilft
       *[formal] Was Ihnen hilft
    }
handout-next-meeting-title = Unser nächstes Treffen
handout-nothing = Noch nichts festgehalten.
handout-closing = { $address ->
        [informal] Diese Seite gehört dir. Bring sie gern zu unserem nächsten Treffen mit.
       *[formal] Diese Seite gehört Ihnen. Bringen Sie sie gern zu unserem nächsten Treffen mit.
    }

## Auskunftsexport (alles zu einem Fall)

export-access-title = Alles, was zum Fall { $code } gespeichert ist
export-access-subtitle = Auskunftsexport (DSGVO Art. 15 und 20) · erstellt am { $date }
export-access-readme = Dieser Ordner enthält alles, was DesistKit zu einem Fall speichert, entschlüsselt: case.md zum Lesen (Profil, Ziele und Maßnahmen, jede Reflexion mit ihren Korrekturen als Fassungen, Kartensitzungen, offene Entwürfe und die Protokolleinträge zum Fall) und case.json mit denselben Daten für Programme (das Schema beschreibt docs/subject-access.md). Er ist nicht verschlüsselt: Geben Sie ihn sicher weiter und löschen Sie diese Kopie danach.
export-replaced = Diese Fassung wurde später korrigiert; die Korrektur folgt.
export-drafts = Offene Entwürfe
export-no-drafts = Keine offenen Entwürfe.
export-draft-reflection = Entwurf einer Reflexion, nicht abgeschlossen:
export-draft-other = Entwurf { $id } (eine andere angefangene Arbeit; ihr Inhalt steht in case.json)
export-audit = Protokolleinträge zum Fall
export-no-audit = Kein Protokolleintrag nennt diesen Fall.
export-col-who = Wer (Schlüsselplatz)
export-col-action = Aktion
export-problems = Was sich nicht lesen ließ
export-done-plain = Geschrieben nach { $path }. Die Datei ist NICHT verschlüsselt: Bewahren Sie sie so auf, dass nur Sie sie lesen können, und löschen Sie sie, sobald sie nicht mehr gebraucht wird.
export-done-encrypted = Geschrieben nach { $path }, mit age verschlüsselt.

## In der App: Tasten und der Exportdialog

key-export-report = Bericht
key-export-summary = Fallkonferenz
key-export-handout = Seite für die Person
key-export-access = Alles exportieren
key-print-cards = Karten drucken
export-title-report = Fallbericht
export-title-summary = Zusammenfassung für die Fallkonferenz: jedes Freitextfeld einzeln ankreuzen
export-title-handout = Die Seite für die Person (in ihrer Sprache)
export-title-consent = Die Seite zur Einwilligung (in der Sprache des Einwilligungstexts)
export-title-access = Alles zu diesem Fall (Auskunft)
export-title-cards = Karten drucken (A4, Schnittmarken)
export-dialog-path = Schreiben nach (neue Datei oder neuer Ordner):
export-dialog-preview = Vorschau dessen, was geschrieben wird:
export-dialog-not-encrypted = Die Datei ist NICHT verschlüsselt. Schreiben Sie sie nur dorthin, wo niemand sonst sie lesen kann, und löschen Sie sie danach.
export-dialog-write = Schreiben
export-dialog-cancel = Abbrechen
export-dialog-no-path = Geben Sie einen Pfad an.
export-dialog-next-meeting = Nächster Termin (optional):
export-dialog-bad-day = Schreiben Sie das Datum als JJJJ-MM-TT oder lassen Sie das Feld leer.
export-opt-own-words = Die eigenen Worte der Person aufnehmen
export-opt-view = Die Sicht der Fachkraft aufnehmen
export-replace-title = Datei ersetzen?
export-replace-text = Es gibt schon eine Datei oder einen Ordner mit diesem Namen. Ersetzen?
export-replace-yes = Ersetzen
export-replace-no = Behalten
export-opt-one-sided = Einseitig: Vorder- und Rückseiten auf getrennten Blättern

# Die F8 der Übersicht: welches Dokument exportieren.
key-export = Exportieren…
export-menu-title = Exportieren: welches Dokument?
export-menu-report = der ganze Fall im Verlauf, mit dem Entwicklungsdiagramm (PDF oder Markdown)
export-menu-summary = ein bis zwei Seiten für eine Fallkonferenz; Freitext nur, wo Sie ihn ankreuzen
export-menu-handout = eine Seite für die Person, in ihrer Sprache: Ziele, nächste Schritte, Ressourcen
export-menu-access = alles, was zum Fall gespeichert ist, für eine Auskunftsanfrage (Markdown und JSON)

# The export dialog: the case's recorded legal basis, checked before anything is written.
export-basis = Rechtsgrundlage: { $basis }
