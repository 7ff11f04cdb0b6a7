# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Löschen
erase-title = Fall { $code } löschen?
erase-text = Damit wird der Fall endgültig gelöscht: sein Profil, alle Sitzungen und Entwürfe und sein Schlüssel. Das Audit-Protokoll hält fest, dass er gelöscht wurde, von wem und wann. Sicherungen und früher angelegte Kopien des Tresors werden nicht erreicht: Entfernen Sie diese ebenfalls.
erase-type-code = Geben Sie zur Bestätigung den Fallcode ein:
erase-yes = Endgültig löschen
erase-no = Fall behalten
erase-mismatch = Der eingegebene Code passt nicht zu diesem Fall.
erase-done = Der Fall { $code } wurde gelöscht.
