# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Erase
erase-title = Erase case { $code }?
erase-text = This erases the case for good: its profile, every session and draft, and its key. The audit log keeps that it was erased, by whom and when. Backups and copies of the vault made before are not reached: remove them too.
erase-type-code = Type the case code to confirm:
erase-yes = Erase for good
erase-no = Keep the case
erase-mismatch = The code typed does not match the case.
erase-done = Case { $code } was erased.

# The dialog when a case whose retention date has passed is opened.
retention-title = The retention date of case { $code } has passed
retention-text = This case was to be kept until { $date }. Erase it now, or keep it longer with a new date and the reason. The reason is kept, encrypted, in the case; the audit log records only the change of date.
retention-read-only = This case is open in another session, so it is read-only here: it can be erased or kept longer only there.
retention-vault-read-only = The vault opened read-only (it cannot be written now), so this case can be neither erased nor kept longer here.
retention-until = Keep until (a date after today)
retention-reason = Reason for keeping it longer (required)
retention-keep = Keep longer
retention-erase = Erase now…
key-retention-later = Not now
retention-later = Not now
retention-past-date = The new date must be after today.
retention-no-reason = Give the reason for keeping the case longer.
retention-saved = Case { $code } is kept until { $date }.
