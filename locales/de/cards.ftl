## DesistKit TUI: Kartengespräche (DesistCards), Deutsch.
## Texte für die Fachkraft stehen in der Sprache der Oberfläche (Sie). Texte unter „Person“ liest
## die Person neben der Fachkraft: Sie stehen in der Kartensprache, mit $address (formal | informal)
## und $gender (feminine | masculine | neutral) des Falls, und sprechen sie an wie die Karten.
## Texte werden unverändert angezeigt: kein Markup, Klammern bleiben Klammern.

## Keys (footer)
key-cards-start = Beginnen
key-cards-resume = Fortsetzen
key-cards-discard = Verwerfen
key-cards-draw = Ziehen
key-cards-ways = Ziehart
key-cards-notes = Notizen
key-cards-presenter = Großansicht
key-cards-important = Wichtig
key-cards-later = Später
key-cards-put-back = Zurücklegen
key-cards-skip = Überspringen
key-cards-end = Schluss
key-cards-leave = Verlassen
key-cards-save = Speichern
key-cards-finish = Abschließen
key-cards-pick = Wählen
key-cards-rank = Rangfolge
key-cards-done = Fertig
key-cards-up = Nach oben
key-cards-down = Nach unten
key-cards-previous = Zurück
key-cards-next = Weiter
key-cards-back-to-cards = Zu den Karten

## Set-up
cards-setup-title = Kartengespräch · Fall { $code }
cards-setup-title-demo = Kartengespräch · Demo
cards-demo-note = Demo ohne Fall: Nichts wird gespeichert, nichts auf die Festplatte geschrieben.
cards-read-only-note = Dieser Fall ist in einer anderen Sitzung geöffnet: Sie können die Karten nutzen, aber hier wird nichts gespeichert.
cards-setup-deck = Kartensatz
cards-setup-lang = Kartensprache
cards-setup-lang2 = Zweite Sprache, daneben
cards-setup-lang2-none = Keine
cards-setup-way = Art zu ziehen
cards-setup-seed = Mischnummer
cards-setup-seed-hint = Mit derselben Mischnummer kommen die Karten wieder in derselben Reihenfolge (steht in jeder Zusammenfassung).
cards-setup-bad-seed = Die Mischnummer ist eine ganze Zahl von 0 bis { $max }.
cards-setup-lang-missing = Für { $language } hat der Kartensatz noch keine Texte: Die Karten erscheinen auf Englisch.
cards-setup-deck-missing = Es ist kein Kartensatz installiert. `desistkit deck check` zeigt, warum.
cards-draft-found = Ein unfertiges Kartengespräch vom { $date }: { $cards ->
    [one] 1 Karte gezogen
   *[other] { $cards } Karten gezogen
}. F6 setzt es fort, F8 verwirft es.
cards-draft-unreadable = Ein unfertiges Kartengespräch ließ sich nicht lesen ({ $error }). F8 verwirft es.
cards-draft-discarded = Das unfertige Kartengespräch wurde verworfen.

## Ways of drawing
cards-way-random = Zufällig
cards-way-category = Nach Kategorie
cards-way-face-up = Die Person wählt: Karten offen
cards-way-face-down = Die Person wählt: Karten verdeckt, nach Nummer
cards-way-browse = Im Kartensatz stöbern
cards-way-later = Eine beiseitegelegte Karte wieder aufnehmen ({ $count })
cards-way-sorting = Sortierübung
cards-ways-title = Wie soll es weitergehen?
cards-way-short-random = zufällig
cards-way-short-category = nach Kategorie
cards-way-short-face-up = offen
cards-way-short-face-down = verdeckt
cards-way-short-browse = stöbern

## The table (caseworker's view)
cards-status = Fall { $code } · { $way } · gezogen { $drawn } · im Stapel { $left }
cards-status-demo = Demo · { $way } · gezogen { $drawn } · im Stapel { $left }
cards-status-set-aside = · beiseite { $count }
cards-status-not-saved = · nicht gespeichert
cards-empty-table = Keine Karte auf dem Tisch. F2 zieht eine ({ $way }); F3 bietet die anderen Arten an.
cards-important-mark = ! wichtig
cards-later-mark = beiseitegelegt
cards-notes = Notizen (nur für Sie; Tab zum Schreiben, Esc zum Verlassen)
cards-notes-question = Notizen (nur für Sie; hier schreiben, Esc zum Verlassen)
cards-new-round = Alle Karten sind gezogen: Der Kartensatz wird neu gemischt (Runde { $round }).
cards-category-spent = Aus „{ $category }“ ist in dieser Runde keine Karte mehr übrig.
cards-nothing-set-aside = Keine Karte ist beiseitegelegt.
cards-no-card = Ziehen Sie zuerst eine Karte (F2).
cards-put-back-done = Die Karte ist zurück im Stapel: Sie kommt später wieder.
cards-skipped = Übersprungen.
cards-set-aside-done = Beiseitegelegt: Mit F3 holen Sie sie später zurück.
cards-kind-question = Frage
cards-kind-statement = Aussage
cards-kind-scale = Skala 0–10
cards-kind-resource = Ressource
cards-card-keys = F6 wichtig · F7 später · F8 zurücklegen · F9 überspringen
cards-hint-question = Offene Frage: Notieren Sie, was zur Sprache kam.
cards-hint-statement = 1–5 oder ↑ ↓ wählt eine Antwort · Entf löscht sie · Tab: Notizen
cards-hint-scale = 0–9, ← → oder Ende (10) stellen die Skala ein · Entf löscht sie · Tab: Notizen
cards-hint-resource = ↑ ↓ ← → bewegen · Leertaste hakt an · Tab: Notizen
cards-leave-title = Kartengespräch verlassen?
cards-leave-saved = Es bleibt als unfertiges Gespräch erhalten: Öffnen Sie die Karten wieder, um es fortzusetzen.
cards-leave-demo = Im Demomodus wird nichts aufbewahrt.
cards-leave-yes = Verlassen (Eingabetaste)
cards-leave-no = Bleiben (Esc)
cards-save-failed = Das Kartengespräch ließ sich nicht speichern: { $error }
cards-autosave-failed = Automatisches Speichern fehlgeschlagen: { $error }

## Pickers
cards-category-title = Kategorie wählen
cards-category-left = { $left ->
    [0] keine übrig
    [one] 1 übrig
   *[other] { $left } übrig
}
cards-spread-title = Karte wählen
cards-backs-title = Karte nach Nummer wählen
cards-backs-hint = 1–{ $count } oder ← → und Eingabetaste
cards-browse-title = Der ganze Kartensatz
cards-browse-filter = Tippen, um zu filtern…
cards-browse-drawn = ✓
cards-later-title = Beiseitegelegte Karten

## Person-facing texts (person)
cards-agreement-strongly-agree = Stimme voll zu
cards-agreement-agree = Stimme zu
cards-agreement-neither = Teils, teils
cards-agreement-disagree = Stimme nicht zu
cards-agreement-strongly-disagree = Stimme gar nicht zu
cards-pile-have = Stärken, die ich habe
cards-pile-develop = Stärken, die ich entwickeln will
cards-pile-not-me = Passt nicht zu mir
cards-pile-agree = Ich stimme zu
cards-pile-unsure = Unsicher
cards-pile-disagree = Ich stimme nicht zu
cards-sort-rank-intro = { $address ->
    [informal] Ordne diese Karten: die wichtigste zuerst.
   *[formal] Ordnen Sie diese Karten: die wichtigste zuerst.
}

## Sorting exercise
cards-sort-title = Sortierübung
cards-sort-preset = Stapel
cards-sort-preset-strengths = Stärken: habe ich / will ich entwickeln / passt nicht
cards-sort-preset-agreement = Stimme zu / unsicher / stimme nicht zu
cards-sort-source = Karten zum Sortieren
cards-sort-source-drawn = Die in diesem Gespräch gezogenen Karten ({ $count })
cards-sort-source-category = { $symbol } { $category } ({ $count ->
    [one] 1 Karte
   *[other] { $count } Karten
})
cards-sort-start = Beginnen (F5)
cards-sort-empty = In dieser Auswahl gibt es keine Karten zum Sortieren.
cards-sort-progress = Karte { $n } von { $total } · sortiert { $sorted }
cards-sort-hint = 1–{ $piles } legt die Karte auf einen Stapel · ← → vorige / nächste · F9 ordnet, sobald alle sortiert sind
cards-sort-rank-hint = ↑ ↓ wählen · + − verschieben · F10 fertig
cards-sort-not-complete = Sortieren Sie zuerst alle Karten (noch { $left } übrig).
cards-sort-nothing-to-rank = Der erste Stapel ist leer: Es gibt nichts zu ordnen.

## Summary
cards-summary-title = Ende des Kartengesprächs
cards-summary-held = { $date } · Kartensatz { $deck } · Mischnummer { $seed }
cards-summary-langs = Kartensprache: { $lang }
cards-summary-langs2 = Kartensprache: { $lang }, daneben { $lang2 }
cards-summary-talked = Besprochene Karten ({ $count })
cards-summary-none = Keine Karte wurde besprochen.
cards-summary-important = wichtig
cards-summary-notes = Notizen: { $notes }
cards-summary-scale = { $value } von 10 ({ $low } … { $high })
cards-summary-ticked = Angehakt: { $options }
cards-summary-nothing-ticked = Nichts angehakt
cards-summary-no-answer = keine Antwort
cards-summary-set-aside = Beiseitegelegt, nicht wieder aufgenommen ({ $count })
cards-summary-skipped = Übersprungen ({ $count })
cards-summary-returned = Zurückgelegt, mit Notizen ({ $count })
cards-summary-sorting = Sortierung: { $preset } · { $source }
cards-summary-ranked = geordnet
cards-summary-suggested = Vorschläge für die nächste Reflexion
cards-summary-no-suggestions = Die besprochenen Karten betreffen noch keinen Faktor.
cards-summary-unknown-card = { $id } (nicht mehr im Kartensatz)
cards-summary-save-hint = F10 speichert das Gespräch verschlüsselt im Fall. Esc führt zurück zu den Karten.
cards-summary-demo-hint = Demo: Nichts wird gespeichert. F10 schließt ab, Esc führt zurück zu den Karten.
cards-summary-read-only-hint = Nur lesen: Dieses Gespräch lässt sich hier nicht speichern. F10 schließt ohne Speichern ab, Esc führt zurück zu den Karten.
cards-saved = Kartengespräch gespeichert.

## Reading a saved card session back (case overview, Enter)
