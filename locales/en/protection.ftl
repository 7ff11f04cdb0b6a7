# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Erase
erase-title = Erase case { $code }?
erase-text = This erases the case for good: its profile, every session and draft, and its key. The audit log keeps that it was erased, by whom and when. Backups and copies of the vault made before are not reached: remove them too.
erase-type-code = Type the case code to confirm:
erase-yes = Erase for good
erase-no = Keep the case
erase-mismatch = The code typed does not match the case.
erase-done = Case { $code } was erased.
