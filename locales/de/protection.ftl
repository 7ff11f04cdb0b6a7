# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Löschen
erase-title = Fall { $code } löschen?
erase-text = Damit wird der Fall endgültig gelöscht: sein Profil, alle Sitzungen und Entwürfe und sein Schlüssel. Das Audit-Protokoll hält fest, dass er gelöscht wurde, von wem und wann. Sicherungen und früher angelegte Kopien des Tresors werden nicht erreicht: Entfernen Sie diese ebenfalls.
erase-type-code = Geben Sie zur Bestätigung den Fallcode ein:
erase-yes = Endgültig löschen
erase-no = Fall behalten
erase-mismatch = Der eingegebene Code passt nicht zu diesem Fall.
erase-done = Der Fall { $code } wurde gelöscht.

# The dialog when a case whose retention date has passed is opened.
retention-title = Fall { $code }: Aufbewahrungsdatum überschritten
retention-text = Dieser Fall sollte bis { $date } aufbewahrt werden. Löschen Sie ihn jetzt oder bewahren Sie ihn mit neuem Datum und Grund länger auf. Der Grund wird verschlüsselt im Fall gespeichert; das Audit-Protokoll hält nur die Änderung des Datums fest.
retention-read-only = Dieser Fall ist in einer anderen Sitzung geöffnet und hier nur lesbar: Löschen oder länger aufbewahren können Sie ihn nur dort.
retention-vault-read-only = Der Tresor wurde schreibgeschützt geöffnet (er kann gerade nicht beschrieben werden); der Fall kann daher hier weder gelöscht noch länger aufbewahrt werden.
retention-until = Aufbewahren bis (ein Datum nach heute)
retention-reason = Grund für die längere Aufbewahrung (erforderlich)
retention-keep = Länger aufbewahren
retention-erase = Jetzt löschen…
key-retention-later = Nicht jetzt
retention-later = Nicht jetzt
retention-past-date = Das neue Datum muss nach dem heutigen Tag liegen.
retention-no-reason = Geben Sie den Grund für die längere Aufbewahrung an.
retention-saved = Der Fall { $code } wird bis { $date } aufbewahrt.
