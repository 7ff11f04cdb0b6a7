## DesistKit TUI: Texte der Anwendung (Deutsch).
## Die Oberfläche spricht die Fachkraft an (Sie). Zahlen nach CLDR-Pluralkategorien (one, other).
## Texte werden unverändert angezeigt: kein Markup, Klammern bleiben Klammern.

app-title = DesistKit

## Keys (footer)
key-quit = Beenden
key-lock = Sperren
key-help = Hilfe
key-blank = Leer
key-contrast = Kontrast
key-unlock = Entsperren
key-other-slot = Anderer Platz
key-create-vault = Tresor anlegen
key-continue = Weiter
key-open-case = Öffnen
key-new-case = Neuer Fall
key-clear-filter = Filter leeren
key-save = Speichern
key-cancel = Abbrechen
key-back = Zurück
key-contents = Inhalt

## Unlock
unlock-title = Tresor entsperren
unlock-locked = Gesperrt. Die Schlüssel des Tresors wurden gelöscht und offene Fälle geschlossen.
unlock-locked-idle =
    Nach { $minutes ->
        [one] { $minutes } Minute
       *[other] { $minutes } Minuten
    } ohne Tastendruck gesperrt. Die Schlüssel des Tresors wurden gelöscht und offene Fälle geschlossen.
unlock-passphrase = Passphrase
unlock-hint-recovery = Passphrase verloren? Geben Sie stattdessen den Wiederherstellungsschlüssel ein.
unlock-empty = Geben Sie Ihre Passphrase ein und drücken Sie dann die Eingabetaste.
unlock-working = Wird entsperrt…
# While Argon2id derives the key: a turning | / - \ and the seconds so far.
unlock-progress = Wird entsperrt { $spinner } { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s (Esc bricht das Warten ab)
unlock-cancelled = Entsperren abgebrochen. Sie können die Passphrase erneut eingeben.
# A team vault: the key slot the unlock will try (F2 picks another).
unlock-slot = Schlüsselplatz: { $slot }
unlock-slot-last = Schlüsselplatz: { $slot } (zuletzt unter diesem Konto verwendet)
unlock-slot-any = Schlüsselplatz: beliebig (alle werden nacheinander probiert)

## Create
create-title = Tresor anlegen
create-intro = Alles, was Sie erfassen, wird hier verschlüsselt aufbewahrt. Wählen Sie eine Passphrase, die nur Sie kennen: Mehrere Wörter sind leichter zu merken und schwerer zu erraten.
create-passphrase = Passphrase
create-again = Dieselbe Passphrase noch einmal
create-strength-short = Zu kurz: mindestens 10 Zeichen.
create-strength-weak = Zu leicht zu erraten (ein verbreitetes Passwort oder ein Muster): Versuchen Sie es mit vier oder mehr Wörtern ohne Zusammenhang.
create-strength-fair = Ausreichend. Länger ist sicherer: Versuchen Sie es mit vier oder mehr Wörtern.
create-strength-good = Stark.
create-too-short = Die Passphrase muss mindestens { $min } Zeichen lang sein.
create-mismatch = Die beiden Passphrasen stimmen nicht überein. Geben Sie die zweite noch einmal ein.
create-working = Tresor wird angelegt…

## Recovery key
recovery-title = Ihr Wiederherstellungsschlüssel
recovery-intro = Falls die Passphrase einmal verloren geht, öffnet dieser Schlüssel den Tresor. Er wird nur jetzt angezeigt.
recovery-keep = Schreiben Sie ihn auf Papier und bewahren Sie ihn verschlossen auf, wie den Schlüssel zu einem Safe. Speichern Sie ihn nie neben dem Tresor oder in einer E-Mail.
recovery-written = Ich habe ihn aufgeschrieben
recovery-continue = Weiter
recovery-confirm-first = Setzen Sie zuerst das Häkchen bei „Ich habe ihn aufgeschrieben“.

## Case list
cases-filter = Tippen, um Fälle zu filtern…
cases-col-code = Code
cases-col-status = Status
cases-col-last = Letzte Aktivität
cases-col-reflections = Refl.
cases-col-cards = Karten
cases-count = { $shown } von { $total ->
    [one] { $total } Fall
   *[other] { $total } Fällen
}
cases-empty = Noch keine Fälle. Drücken Sie F2, um den ersten anzulegen.
case-created = Fall { $code } angelegt.
damaged = beschädigt
status-active = aktiv
status-paused = pausiert
status-closed = abgeschlossen

## New case
newcase-title = Neuer Fall
newcase-code = Fallcode (ein Pseudonym, nie ein Name)
newcase-code-hint = Buchstaben, Ziffern und . _ / - (bis zu 32), zum Beispiel K-2026-014.
newcase-address = Anrede
newcase-gender = Geschlechtsform
newcase-language = Sprache der Person
newcase-retention = Aufbewahren bis (optional)
newcase-bad-code = Ein Fallcode besteht aus 1–32 Buchstaben, Ziffern oder . _ / - und beginnt mit einem Buchstaben oder einer Ziffer.
newcase-bad-date = Schreiben Sie das Datum als JJJJ-MM-TT, zum Beispiel 2028-06-30.
newcase-past-date = Das Aufbewahrungsdatum muss in der Zukunft liegen.
address-formal = Förmlich (Sie)
address-informal = Vertraut (du)
gender-feminine = Weiblich
gender-masculine = Männlich
gender-neutral = Neutral / geschlechtergerecht
gender-unspecified = Nicht angegeben
language-en = English (Englisch)
language-de = Deutsch
language-pl = Polski (Polnisch)
language-mk = Македонски (Mazedonisch)
language-sk = Slovenčina (Slowakisch)
language-ro = Română (Rumänisch)

## Case overview
case-title = Fall { $code }
case-read-only = Nur lesen: Dieser Fall ist in einer anderen Sitzung geöffnet. Schließen Sie ihn dort, um hier Änderungen vorzunehmen.
case-created-on = Angelegt
case-no-retention = nicht festgelegt
case-sessions = Sitzungen
case-no-sessions = Noch keine Reflexionen oder Kartengespräche.
case-session-count = { $reflections ->
    [one] 1 Reflexion
   *[other] { $reflections } Reflexionen
}, { $cards ->
    [one] 1 Kartengespräch
   *[other] { $cards } Kartengespräche
}

## Content
content-skipped = Ein Kartensatz konnte nicht geladen werden

## Safety
screenshot-refused = Bildschirmfotos sind abgeschaltet, weil sie Falldaten unverschlüsselt auf die Festplatte schreiben würden.
crash-message = DesistKit wurde wegen eines internen Fehlers beendet. Der Tresor wurde gesperrt, Ihre gespeicherten Daten sind unverändert. Bitte teilen Sie Ihrer IT-Administration mit, was Sie gerade getan haben; starten Sie mit DESISTKIT_DEBUG=1, um Einzelheiten zu sehen.

## The grey hint in an empty date field
date-placeholder = JJJJ-MM-TT

## Letters typed into a closed dropdown (they are not taken)
choice-typed-while-closed = Dieses Feld ist eine Auswahlliste, kein Textfeld: Enter öffnet sie, Tab geht zum nächsten Feld. Das Getippte wurde nicht übernommen.

## The settings file (settings.toml)
settings-problems = Einstellungsdatei: Für Fehlerhaftes gelten die Voreinstellungen
