### Der CaseReflector: Fallübersicht, Reflexionsablauf, Ziele und Entwicklungsansicht (Deutsch).
### Die Oberfläche spricht die Fachkraft an (Sie). Zahlen nach CLDR-Pluralkategorien (one, other).
### Begriffe wie im Faktorenkatalog: Faktor, Bereich, Ressourcen (was hilft), Bedarfe (was schwerfällt).

## Relevance, who raised it

relevance-unknown = unbekannt
relevance-none = nicht relevant
relevance-some = etwas
relevance-high = hoch
raised-unset = nicht notiert
raised-person = die Person
raised-caseworker = die Fachkraft
raised-both = beide

## Case overview

overview-profile = Profil
overview-last-reflection = Letzte Reflexion
overview-hints = Bitte beachten
overview-hint-goal-overdue = ⏰ ein Ziel hat sein Zieldatum überschritten
overview-hint-retention-due = ⌛ das Aufbewahrungsdatum ist erreicht: Löschen Sie den Fall (F9) oder öffnen Sie ihn erneut, um ihn mit Begründung länger aufzubewahren
overview-hint-review-due = ⟳ Zeit für eine Reflexion: bisher keine oder schon länger keine
overview-sessions = Reflexionen und Kartengespräche
overview-reflection-item = { $date } · Reflexion · { $recorded ->
        [one] ein Faktor
       *[other] { $recorded } Faktoren
    }{ $later ->
        [yes] {" "}(nachgetragen)
       *[no] {""}
    }
overview-corrected = korrigiert
overview-cards-item = { $date } · Kartengespräch · { $cards ->
        [one] eine Karte
       *[other] { $cards } Karten
    }
overview-draft = ✎ Eine unfertige Reflexion vom { $date } wartet auf Sie (F5 setzt sie fort).
overview-goals = Ziele und Maßnahmen
overview-no-goals = Noch keine Ziele vereinbart (F6 legt eines an).
overview-goal-item = { $symbol } { $text }{ $target ->
        [none] {""}
       *[other] {" "}· bis { $target }
    } · { $status }
overview-intervention-item = {"    "}→ { $what }{ $who ->
        [none] {""}
       *[other] {" "}· { $who }
    }{ $when ->
        [none] {""}
       *[other] {" "}· am { $when }
    } · { $status }
overview-development = Entwicklung
overview-development-legend = Sicht der Person: ○ nicht relevant ◐ etwas ● hoch ? unbekannt · Balken: hilft, schwer
overview-development-none = Erscheint, sobald ein Faktor mehr als einmal reflektiert wurde.
overview-problems = Einige Sitzungen ließen sich nicht lesen:
key-new-reflection = Reflektieren
key-continue-reflection = Fortsetzen
key-cards = Karten
key-goals = Ziele
key-edit-profile = Profil
key-compare = Vergleichen
key-open = Öffnen

goal-status-open = offen
goal-status-achieved = erreicht
goal-status-dropped = verworfen
intervention-status-planned = geplant
intervention-status-active = läuft
intervention-status-done = erledigt
intervention-status-dropped = entfallen

## Starting a reflection

start-title = Neue Reflexion
start-which = Welche Faktoren?
start-all = Alle Faktoren ({ $count })
start-area = Ein Bereich
start-relevant = Beim letzten Mal relevant ({ $count })
start-suggested = Vorschläge aus dem letzten Kartengespräch ({ $count })
start-pick = Selbst auswählen
start-held-on = Datum (JJJJ-MM-TT; ein früheres Datum gilt als nachgetragen)
start-none-chosen = Wählen Sie mindestens einen Faktor aus.
start-bad-date = Schreiben Sie das Datum als JJJJ-MM-TT; es darf nicht in der Zukunft liegen.
key-start = Beginnen

resume-title = Unfertige Reflexion fortsetzen?
resume-text = Eine Reflexion vom { $date } wurde nicht abgeschlossen ({ $done } von { $total } Faktoren erfasst). Möchten Sie sie fortsetzen, oder verwerfen und neu beginnen?
resume-continue = Fortsetzen
resume-discard = Neu beginnen
resume-discard-confirm = Die unfertige Reflexion verwerfen? Das lässt sich nicht rückgängig machen.

## The flow

flow-step = Schritt { $n } von { $total }
flow-area = Bereich: { $area }
flow-cw-questions = Zum Nachdenken (für Sie)
flow-ask-questions = Fragen an die Person
flow-goals-title = Mit der Person vereinbarte Ziele
flow-goals-help = Verknüpfen Sie die Ziele, an denen in dieser Reflexion gearbeitet wurde, mit ihren Faktoren; mit F6 legen Sie Ziele an oder ändern sie.
flow-summary-title = Zusammenfassung — bitte prüfen, dann speichert F10 sie endgültig
flow-read-only = Nur lesen: Dieser Fall ist in einer anderen Sitzung geöffnet; hier wird nichts gespeichert.
flow-saved = Gespeichert um { $time }
flow-unsaved = Noch nicht gespeichert
flow-save-failed = Automatisches Speichern fehlgeschlagen: { $error }. Ihr Text ist noch da; schaffen Sie Platz auf dem Datenträger oder prüfen Sie den Tresor und machen Sie dann weiter.
flow-finished = Reflexion gespeichert.
flow-finish-empty = Es ist noch nichts erfasst: Erfassen Sie mindestens einen Faktor, bevor Sie abschließen.
flow-leave-saved = Die Reflexion ist als Entwurf gespeichert; im Fall setzen Sie sie mit F5 fort.

step-done = erledigt
step-skipped = übersprungen
step-empty = leer
step-goals = Ziele
step-summary = Zusammenfassung
steps-title = Schritte — Eingabetaste springt dorthin

field-person = Sicht der Person
field-caseworker = Ihre Sicht
field-relevance-person = Relevanz jetzt — aus Sicht der Person
field-relevance-caseworker = Relevanz jetzt — aus Ihrer Sicht
field-raised-by = Angesprochen von
field-resources = Was hilft (Ressourcen), eins pro Zeile
field-needs = Was schwerfällt (Bedarfe), eins pro Zeile
field-own-words = In den eigenen Worten der Person
field-view = Ihre Sicht als Fachkraft
field-goals = Verknüpfte Ziele
field-note = Notiz zur ganzen Reflexion
field-words = { $count ->
        [one] ein Wort
       *[other] { $count } Wörter
    }

key-next = Weiter
key-previous = Zurück
key-steps = Schritte
key-skip = Auslassen
key-finish = Fertig
key-leave = Speichern

summary-held-on = Reflexion vom { $date }
summary-entered-later = nachgetragen
summary-correction = Korrektur einer früheren Fassung
summary-counts = { $recorded ->
        [one] Ein Faktor erfasst
       *[other] { $recorded } Faktoren erfasst
    }, { $skipped } übersprungen
summary-relevance = Relevanz —

## Goals and interventions

goal-title-new = Neues Ziel
goal-title-edit = Ziel
goal-text = Das Ziel (in Ihren Worten)
goal-own-words = Das Ziel in den eigenen Worten der Person
goal-target = Zieldatum (JJJJ-MM-TT, optional)
goal-status = Status
goal-factors = Zugehörige Faktoren
goal-interventions = Maßnahmen (Tab zur Liste; Eingabe bearbeitet, F7 fügt hinzu)
goal-empty = Schreiben Sie zuerst das Ziel auf.
goal-saved = Ziel gespeichert.
intervention-title = Maßnahme
intervention-what = Was ist geplant?
intervention-who = Wer (Rolle, z. B. „Mentor“, „Jobcenter“ – nie ein Klarname)
intervention-when = Wann (JJJJ-MM-TT, optional)
intervention-status = Status
intervention-empty = Schreiben Sie zuerst auf, was geplant ist.
goals-title = Ziele und Maßnahmen — Eingabetaste bearbeitet, F6 legt ein Ziel an
key-new-goal = Neues Ziel
key-new-intervention = Neuer Schritt
discard-title = Änderungen verwerfen?
discard-text = Was Sie hier eingegeben haben, ist noch nicht gespeichert.
discard-yes = Verwerfen
discard-no = Weiter bearbeiten

## Reading, comparing, development

key-correct = Korrigieren
compare-title = Vergleich: { $earlier } → { $later }
compare-choose = Markieren Sie zwei Reflexionen (Leertaste oder Eingabetaste markiert und hebt auf); der Vergleich steht darunter
compare-need-two = Für einen Vergleich braucht es zwei Reflexionen.
compare-unchanged = unverändert
compare-new = neu in dieser Reflexion
compare-not-now = diesmal nicht bearbeitet
compare-need-to-resource = fiel schwer, hilft jetzt
trend-helps = hilft
trend-hard = schwer
development-title = Entwicklung im Fall { $code }
profile-title = Profil des Falls
profile-code-taken = Ein anderer Fall hat bereits den Code { $code }.
summary-resources = Was hilft
summary-needs = Was schwerfällt
