## DesistKit TUI: Fehlermeldungen (Deutsch). Siehe locales/en/errors.ftl.
## Jede Meldung sagt, was geschah, die meisten auch, was zu tun ist (…-hint); beide werden als
## eine Zeile über error-with-hint gezeigt. Angesprochen ist die Fachkraft (Sie). Variablen
## sind Pfade, Fallcodes, Kennungen und Zahlen, nie Geheimnisse.
## Texte werden unverändert angezeigt: kein Markup, Klammern bleiben Klammern.

error-with-hint = { $message } – { $hint }
error-internal = Etwas ist schiefgegangen, womit DesistKit nicht gerechnet hat ({ $kind })

## Der Tresor
error-vault = Der Tresor konnte das nicht ausführen
error-no-vault = Unter { $path } gibt es keinen Tresor
error-no-vault-hint = legen Sie mit `desistkit init` einen an oder verweisen Sie mit --vault oder DESISTKIT_VAULT auf ihn
error-header-missing = Dem Tresor unter { $path } fehlt seine Kopfdatei vault.toml: ohne sie öffnet keine Passphrase die Fälle darin
error-header-missing-hint = stellen Sie vault.toml aus einer Sicherung wieder her; führen Sie dort nicht `desistkit init` aus
error-vault-exists-vault = Unter { $path } gibt es bereits einen Tresor
error-vault-exists-not-empty = Der Ordner { $path } ist nicht leer
error-vault-exists-hint = wählen Sie einen anderen Ordner oder öffnen Sie diesen
error-wrong-passphrase = Mit dieser Passphrase ließ sich der Tresor nicht entsperren
error-wrong-passphrase-hint = prüfen Sie die Feststelltaste und das Tastaturlayout und versuchen Sie es dann erneut
error-bad-recovery-key-length =
    Ein Wiederherstellungsschlüssel hat { $groups } Gruppen zu je { $size } Zeichen; dieser hat { $length ->
        [one] { $length } Zeichen
       *[other] { $length } Zeichen
    }
error-bad-recovery-key-character = In diesem Wiederherstellungsschlüssel enthält Gruppe { $group } ein Zeichen, das nie vorkommt: „{ $char }“
error-bad-recovery-key-typo = In diesem Wiederherstellungsschlüssel enthält Gruppe { $group } einen Tippfehler
error-bad-recovery-key-hint = vergleichen Sie ihn Gruppe für Gruppe mit dem ausgedruckten Schlüssel
error-vault-locked = Der Tresor ist gesperrt
error-vault-locked-hint = entsperren Sie ihn zuerst
error-audit-busy = Das Audit-Protokoll ist gerade belegt
error-audit-busy-hint = versuchen Sie es noch einmal
error-vault-busy = Eine andere Sitzung ändert gerade den Tresor
error-vault-busy-hint = versuchen Sie es gleich noch einmal
error-audit-not-written = Es wurde ausgeführt, aber sein Eintrag im Audit-Protokoll („{ $action }“) ließ sich nicht schreiben
error-audit-not-written-hint = schaffen Sie Platz; das Protokoll bleibt prüfbar, nur dieser Eintrag fehlt
error-rekey-unfinished = Der Hauptschlüssel wurde ersetzt und der neue Wiederherstellungsschlüssel gilt, aber das Neuversiegeln der Dateien brach ab
error-rekey-unfinished-hint = nichts ist verloren: das nächste Entsperren schließt es ab

## Zustände, die ein unterbrochener Schreibvorgang hinterlässt: keine Beschädigung, nichts ist verloren
error-recoverable-incomplete-case = { $path } ist ein Fall, dessen Anlegen unterbrochen wurde; er enthielt nie etwas
error-recoverable-uncounted-sessions = Im Fall { $code } { $count ->
        [one] ist eine gespeicherte Sitzung
       *[other] sind { $count } gespeicherte Sitzungen
    } noch nicht mitgezählt
error-recoverable-finished-draft = { $path } ist der Entwurf einer Sitzung, die schon gespeichert ist
error-recoverable-temp-file = { $path } ist von einem unterbrochenen Schreibvorgang übrig
error-recoverable-loose-permissions = Andere Benutzer dieses Rechners können { $path } öffnen (Modus { $mode })
error-recoverable-unfinished-rekey = Ein neuer Hauptschlüssel hat noch nicht alle Dateien neu versiegelt
error-recoverable-hint = nichts ist verloren; `desistkit vault verify --repair` bringt es in Ordnung

## Beschädigte Dateien
error-tampered-integrity = { $path } hat die Integritätsprüfung nicht bestanden
error-tampered-truncated = { $path } ist abgeschnitten
error-tampered-not-vault-file = { $path } ist keine Tresordatei von DesistKit (oder ihre ersten Bytes sind beschädigt)
error-tampered-bad-header = { $path } hat einen beschädigten Dateikopf
error-tampered-other-key = { $path } wurde mit einem anderen Schlüssel versiegelt (oder ihr Dateikopf ist beschädigt)
error-tampered-key-length = { $path } hat nicht die Länge eines Schlüssels
error-tampered-not-document = { $path } wurde entschlüsselt, ist aber kein gültiges Dokument
error-tampered-wrong-record = { $path } enthält einen anderen Eintrag, als ihr Name sagt
error-tampered-other-case = { $path } gehört zu einem anderen Fall
error-tampered-changed-outside = { $path } wurde außerhalb von DesistKit geändert (ihr MAC stimmt nicht)
error-tampered-checksum = { $path } ist beschädigt (ihre Prüfsumme fehlt oder stimmt nicht)
error-tampered-missing = { $path } fehlt
error-tampered-audit-gap = { $path } fehlt in der Audit-Kette
error-tampered-audit-order = { $path } schließt nicht an den vorigen Eintrag an
error-tampered-not-toml = { $path } ist kein gültiges TOML-Dokument (oder verschachtelt seine Werte zu tief)
error-tampered-too-large = { $path } ist weit größer als jede Datei, die DesistKit schreibt
error-tampered-erased = { $path } gehört zu einem gelöschten Fall: Er wurde in den Tresor zurückkopiert, und kein Schlüssel des Tresors öffnet ihn
error-tampered-audit-truncated = { $path }: Die neuesten Einträge des Audit-Protokolls fehlen (der Kopf des Tresors verzeichnet ein längeres Protokoll)
error-tampered-hint = stellen Sie diese Datei aus einer Sicherung wieder her; `desistkit vault verify` listet alle beschädigten Dateien auf
error-unsupported-version = { $path } hat die Formatversion { $version }, die diese Version von DesistKit nicht lesen kann
error-unsupported-version-hint = aktualisieren Sie DesistKit TUI auf die Version, die diesen Tresor geschrieben hat

## Ein Dokument unerwarteter Form: $key ist das betroffene Feld; $expected und $found sind
## Typnamen (str, int, list, table, date…) und $value ein gespeicherter Wert: unverändert lassen.
error-schema-missing = { $path }: { $key } fehlt
error-schema-unknown-key = { $path }: { $key } ist kein bekanntes Feld
error-schema-wrong-type = { $path }: { $key } müsste { $expected } sein, ist aber { $found }
error-schema-unknown-value = { $path }: { $key } hat einen hier unbekannten Wert: { $value }
error-schema-out-of-range = { $path }: { $key } muss zwischen { $low } und { $high } liegen
error-schema-too-small = { $path }: { $key } muss eine ganze Zahl von mindestens { $low } sein
error-schema-no-time-zone = { $path }: { $key } ist eine Uhrzeit ohne Zeitzone
error-schema-repeated = { $path }: { $key } nennt etwas doppelt
error-schema-invalid = { $path }: { $key } ist hier nicht gültig
error-schema-no-migration = { $path }: Für Schema { $schema } eines Dokuments vom Typ „{ $document }“ gibt es keine Aktualisierung
error-schema-hint = die Datei wurde von anderer Software geschrieben oder bearbeitet; stellen Sie sie aus einer Sicherung wieder her
error-deck-not-installed = Dieses Kartengespräch nutzte den Kartensatz „{ $deck }“, der hier nicht installiert ist
error-deck-not-installed-hint = installieren Sie ihn wieder, um das Gespräch zu lesen; nichts wurde verändert

## Fälle
error-case-busy = Der Fall { $code } ist in einer anderen Sitzung geöffnet
error-case-busy-hint = schließen Sie ihn dort; bis dahin öffnet er sich hier nur zum Lesen
error-vault-read-only = Der Tresor wurde nur zum Lesen geöffnet: In dieser Sitzung können Sie alle Fälle lesen, aber nichts speichern
error-vault-read-only-hint = der Ordner oder das Laufwerk ist schreibgeschützt oder das Laufwerk ist voll; machen Sie ihn beschreibbar oder schaffen Sie Platz, dann sperren und entsperren Sie erneut
error-read-only-case = Der Fall { $code } ist in einer anderen Sitzung geöffnet und hier deshalb nur zum Lesen offen
error-read-only-case-hint = schließen Sie ihn dort und öffnen Sie ihn dann erneut
error-conflict-case-changed = Der Fall { $code } wurde an anderer Stelle geändert
error-conflict-session-exists = Eine Sitzung { $session } gibt es bereits
error-conflict-hint = öffnen Sie den Fall erneut, um die andere Änderung zu sehen; nichts wurde überschrieben
error-no-such-case = Es gibt keinen Fall „{ $case }“
error-no-such-case-hint = `desistkit case list` zeigt die Fälle
error-duplicate-case = Einen Fall mit dem Code „{ $code }“ gibt es bereits
error-duplicate-case-hint = wählen Sie einen anderen pseudonymen Code

## Datenträger und Ordner. $oserror sind die Worte des Betriebssystems (oft Englisch).
error-disk-full = Es ist kein Platz mehr, um { $path } zu schreiben
error-disk-full-hint = schaffen Sie Platz und speichern Sie dann erneut; die vorige Fassung ist unversehrt
error-storage-read = { $path } ließ sich nicht lesen
error-storage-write = { $path } ließ sich nicht schreiben
error-storage-lock = { $path } ließ sich nicht sperren
error-storage-verify = Was in { $path } geschrieben wurde, ließ sich nicht unverändert zurücklesen
error-storage-hint =
    { $cause ->
        [permission] keine Berechtigung: prüfen Sie die Berechtigungen des Ordners
        [read-only] der Datenträger ist schreibgeschützt eingebunden: wenden Sie sich an die Administration des Servers
        [io] der Datenträger meldet einen Ein-/Ausgabefehler: prüfen Sie ihn und versuchen Sie es dann erneut
       *[other] { $oserror }: prüfen Sie die Berechtigungen des Ordners und den freien Platz
    }

## Schlüsselplätze (die Passphrasen und der Wiederherstellungsschlüssel, die einen Tresor öffnen)
error-key-slot-no-such-slot = Kein Schlüsselplatz heißt „{ $slot }“
error-key-slot-several-slots = Mehr als ein Schlüsselplatz heißt „{ $slot }“
error-key-slot-label-taken = Die Bezeichnung „{ $label }“ ist leer oder schon vergeben: wählen Sie eine neue
error-key-slot-last-passphrase = Dies ist die letzte Passphrase; fügen Sie eine weitere hinzu, bevor Sie sie entfernen
error-key-slot-slot-in-use = Diese Sitzung wurde mit diesem Schlüsselplatz entsperrt; entsperren Sie zuerst mit einem anderen
error-key-slot-rekey-needs-passphrase = Ein neuer Hauptschlüssel lässt sich nur aus einer mit Passphrase entsperrten Sitzung erzeugen, nicht mit dem Wiederherstellungsschlüssel
error-key-slot-hint = `desistkit vault keys` listet die Schlüsselplätze auf
error-passphrase-too-short =
    Die Passphrase ist zu kurz; sie muss mindestens { $minimum ->
        [one] { $minimum } Zeichen
       *[other] { $minimum } Zeichen
    } lang sein
error-passphrase-too-short-hint = wählen Sie eine längere; vier oder mehr Wörter ohne Zusammenhang kann man sich leicht merken
error-passphrase-too-weak = Diese Passphrase gehört zu den am leichtesten zu erratenden (ein verbreitetes Passwort, eine Tastaturreihe oder ein wiederholtes Muster)
error-passphrase-too-weak-hint = wählen Sie vier oder mehr Wörter ohne Zusammenhang; Namen, Daten und bekannte Redewendungen sind leicht zu erraten
error-kdf-bounds-iterations = Die Zahl der Argon2id-Durchläufe muss zwischen { $low } und { $high } liegen, nicht bei { $value }
error-kdf-bounds-lanes = Die Zahl der Argon2id-Lanes muss zwischen { $low } und { $high } liegen, nicht bei { $value }
error-kdf-bounds-memory = Der Argon2id-Speicher muss zwischen { $low } KiB und { $high } KiB liegen, nicht bei { $value } KiB
error-kdf-bounds-cost = Argon2id-Speicher × Durchläufe darf höchstens 1 GiB × 64 Durchläufe betragen (insgesamt { $high } KiB), nicht { $value } KiB
error-kdf-bounds-hint = `desistkit vault tune` schlägt Einstellungen vor, die zu diesem Server passen

## Die Reflexion
error-flow-no-factors = Wählen Sie mindestens einen Faktor
error-flow-no-step = Es gibt keinen Schritt { $step }
error-flow-not-a-factor-step = Nur ein Faktor-Schritt lässt sich überspringen
error-flow-no-factor = Dieser Schritt hat keinen Faktor zum Erfassen
error-flow-unknown-field = Es gibt kein Feld „{ $field }“ zum Erfassen
error-flow-factor-not-included = Der Faktor „{ $factor }“ gehört nicht zu dieser Reflexion
error-flow-nothing-recorded = Es ist noch nichts erfasst: Erfassen Sie mindestens einen Faktor, bevor Sie abschließen

## Beim Start übersprungene Kartensätze ($folder: wo der Kartensatz liegt; $location: wo sein
## erstes Problem steht, Datei:Zeile)
error-deck-skipped =
    Kartensatz { $deck } übersprungen ({ $folder }): { $count ->
        [one] ein Problem, in { $location }
       *[other] { $count } Probleme, das erste in { $location }
    }
error-deck-additions-skipped =
    Ergänzungen zum Kartensatz { $deck } übersprungen ({ $folder }): { $count ->
        [one] ein Problem, in { $location }
       *[other] { $count } Probleme, das erste in { $location }
    }
error-deck-skipped-hint = `desistkit deck check` listet sie auf

## Löschungen und Rücksetzungen: echte Dateien, aber älter oder weniger als im Tresor verzeichnet
error-rolled-back-case-deleted = Der Fall { $code } fehlt: Sein Ordner wurde gelöscht oder verschoben
error-rolled-back-case-older = Der Fall { $code } wurde zurückgesetzt: Seine Falldatei hat Revision { $rev }, verzeichnet ist { $expected }
error-rolled-back-session-missing = Im Fall { $code } { $count ->
        [one] fehlt eine gespeicherte Sitzung
       *[other] fehlen { $count } gespeicherte Sitzungen
    } (gelöscht oder zurückgesetzt)
error-rolled-back-index-lost = Das Verzeichnis der Fälle des Tresors (index/) wurde gelöscht oder beschädigt: Frühere Löschungen und Rücksetzungen lassen sich nicht prüfen
error-rolled-back-hint = Stellen Sie die fehlenden oder älteren Dateien aus einer Sicherung wieder her; danach übernimmt `desistkit vault verify --repair` den jetzigen Stand

## Exporte und Druck

error-export = Der Export ließ sich nicht erstellen
error-export-hint = es wurde nichts geschrieben; prüfen Sie den Zielordner und versuchen Sie es dann erneut
error-export-exists = { $path } gibt es schon
error-export-exists-hint = wählen Sie einen anderen Namen oder ersetzen Sie die Datei mit --force (in der App: Ersetzen bestätigen)
error-export-failed-disk-full = Es ist kein Platz mehr, um { $path } zu schreiben
error-export-failed-permission = Keine Berechtigung, { $path } zu schreiben
error-export-failed-read-only = { $path } liegt auf einem schreibgeschützten Datenträger
error-export-failed-no-folder = Den Ordner für { $path } gibt es nicht
error-export-failed-other = { $path } ließ sich nicht schreiben ({ $oserror })
error-export-recipient = „{ $recipient }“ ist kein age-Empfänger
error-export-recipient-hint = ein age-Empfänger beginnt mit „age1“; bitten Sie die Kollegin oder den Kollegen um die Zeile, die `age-keygen` als „public key“ ausgegeben hat
## Rechtsgrundlage: ein Export, den die erfasste Grundlage des Falls nicht deckt; nichts wurde geschrieben
## ($purpose: report, summary, handover oder deck; $date: JJJJ-MM-TT; $recipient: die Rolle einer Stelle)
error-export-refused-no-basis = Nichts hat den Tresor verlassen: Für diesen Fall ist noch keine Rechtsgrundlage erfasst
error-export-refused-no-note = Nichts hat den Tresor verlassen: Die Rechtsgrundlage des Falls ist „Sonstige“, sagt aber nicht, welche
error-export-refused-withdrawn = Nichts hat den Tresor verlassen: Die Person hat ihre Einwilligung am { $date } widerrufen
error-export-refused-not-in-scope = Nichts hat den Tresor verlassen: Die erfasste Einwilligung deckt { $purpose ->
        [report] den Fallbericht
        [summary] Zusammenfassungen für Fallkonferenzen
        [handover] eine Übergabe an eine andere Stelle
       *[deck] gedruckte Kartensitzungen
    } nicht
error-export-refused-no-recipient = Nichts hat den Tresor verlassen: Eine Übergabe braucht die empfangende Stelle, benannt nach ihrer Rolle
error-export-refused-recipient-not-named = Nichts hat den Tresor verlassen: Die erfasste Einwilligung nennt „{ $recipient }“ nicht als Empfänger
error-export-refused-hint = erfassen oder ändern Sie die Rechtsgrundlage in der Fallübersicht (F3); `desistkit case basis CODE` zeigt sie
## Die Einstellungsdatei (settings.toml)
error-settings-unreadable = { $file } kann nicht gelesen werden: { $detail }
error-settings-syntax = { $file }, Zeile { $line }: kein gültiges TOML ({ $detail })
error-settings-unknown-key = { $file }, Zeile { $line }: „{ $key }“ ist keine Einstellung
error-settings-wrong-type = { $file }, Zeile { $line }: „{ $key }“ muss { $expected ->
        [number] eine Zahl
        [table] eine Tabelle
       *[string] ein Text in Anführungszeichen
    } sein
error-settings-bad-value = { $file }, Zeile { $line }: „{ $key }“ darf nicht { $value } sein (erlaubt: { $allowed })
error-settings-unknown-binding = { $file }, Zeile { $line }: Es gibt keine Tastenbelegung „{ $key }“ (`desistkit keys` zeigt alle)
error-settings-key-clash = { $file }, Zeile { $line }: { $keys } würde auf einem Bildschirm sowohl „{ $first }“ als auch „{ $second }“ auslösen
error-settings-unknown-theme = { $file }, Zeile { $line }: Es gibt kein Farbschema { $value } (Farbschemata: { $allowed })
error-settings-hint = DesistKit verwendet stattdessen die Voreinstellung; `desistkit doctor` prüft die Datei
