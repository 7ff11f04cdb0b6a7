## DesistKit TUI: errors, English (the reference). See desistkit_tui/core/errors/.
## Each error has a message (what happened) and most a hint (what to do); they are shown as
## one line through error-with-hint. Errors address the caseworker. Variables are paths, case
## codes, ids and numbers, never secrets; $kind (the error's class name) is always given.
## This file must stand alone: str() of an error formats it from this file only.
## Text is shown as is: no markup, brackets stay brackets.

error-with-hint = { $message } — { $hint }
error-internal = Something went wrong that DesistKit did not expect ({ $kind })

## The vault
error-vault = The vault could not do this
error-no-vault = There is no vault at { $path }
error-no-vault-hint = create one with `desistkit init`, or point --vault or DESISTKIT_VAULT at it
error-header-missing = The vault at { $path } has lost its header, vault.toml: without it no passphrase opens the cases in it
error-header-missing-hint = restore vault.toml from a backup; do not run `desistkit init` there
error-vault-exists-vault = There is a vault at { $path } already
error-vault-exists-not-empty = The folder { $path } is not empty
error-vault-exists-hint = choose another folder, or open this one
error-wrong-passphrase = That passphrase did not unlock the vault
error-wrong-passphrase-hint = check caps lock and the keyboard layout, then try again
error-bad-recovery-key-length =
    A recovery key has { $groups } groups of { $size } characters; this one has { $length ->
        [one] { $length } character
       *[other] { $length } characters
    }
error-bad-recovery-key-character = In this recovery key, group { $group } has a character that is never used: “{ $char }”
error-bad-recovery-key-typo = In this recovery key, group { $group } has a typo
error-bad-recovery-key-hint = compare it group by group with the printed key
error-vault-locked = The vault is locked
error-vault-locked-hint = unlock it first
error-audit-busy = The audit log is busy
error-audit-busy-hint = try again
error-vault-busy = Another session is changing the vault right now
error-vault-busy-hint = try again in a moment
error-audit-not-written = It was done, but its entry in the audit log (“{ $action }”) could not be written
error-audit-not-written-hint = free some space; the log can still be checked, only this entry is missing
error-rekey-unfinished = The master key was replaced and the new recovery key is valid, but re-sealing the files under it stopped
error-rekey-unfinished-hint = nothing is lost: the next unlock finishes it

## States an interrupted write leaves behind: not damage, nothing is lost
error-recoverable-incomplete-case = { $path } is a case whose creation was interrupted; it never held anything
error-recoverable-uncounted-sessions = Case { $code } has { $count ->
        [one] a saved session
       *[other] { $count } saved sessions
    } not counted yet
error-recoverable-finished-draft = { $path } is the draft of a session that was saved already
error-recoverable-temp-file = { $path } is left over from an interrupted write
error-recoverable-loose-permissions = Other users of this computer can open { $path } (mode { $mode })
error-recoverable-unfinished-rekey = A rekey has not yet re-sealed every file under the new key
error-recoverable-hint = nothing is lost; `desistkit vault verify --repair` sets it right

## Damaged files
error-tampered-integrity = { $path } failed its integrity check
error-tampered-truncated = { $path } is cut short
error-tampered-not-vault-file = { $path } is not a DesistKit vault file (or its first bytes are damaged)
error-tampered-bad-header = { $path } has a damaged header
error-tampered-other-key = { $path } was sealed with another key (or its header is damaged)
error-tampered-key-length = { $path } has the wrong length for a key
error-tampered-not-document = { $path } was decrypted, but is not a valid document
error-tampered-wrong-record = { $path } holds another record than its name says
error-tampered-other-case = { $path } belongs to another case
error-tampered-changed-outside = { $path } was changed outside DesistKit (its MAC does not match)
error-tampered-checksum = { $path } is damaged (its checksum is missing or does not match)
error-tampered-missing = { $path } is missing
error-tampered-audit-gap = { $path } is missing from the audit chain
error-tampered-audit-order = { $path } does not follow the entry before it
error-tampered-not-toml = { $path } is not a valid TOML document (or nests its values too deeply)
error-tampered-too-large = { $path } is far larger than any file DesistKit writes
error-tampered-erased = { $path } belongs to a case that was erased: it was copied back into the vault, and no key of the vault opens it
error-tampered-audit-truncated = { $path }: the newest entries of the audit log are missing (the vault header records a longer log)
error-tampered-hint = restore this file from a backup; `desistkit vault verify` lists every damaged file
error-unsupported-version = { $path } has format version { $version }, which this version of DesistKit cannot read
error-unsupported-version-hint = update DesistKit TUI to the version that wrote this vault

## A document of an unexpected shape: $key is the field at fault; $expected and $found are
## type names (str, int, list, table, date…) and $value a stored value: keep them as they are.
error-schema-missing = { $path }: { $key } is missing
error-schema-unknown-key = { $path }: { $key } is not a known field
error-schema-wrong-type = { $path }: { $key } should be { $expected }, not { $found }
error-schema-unknown-value = { $path }: { $key } has a value not known here: { $value }
error-schema-out-of-range = { $path }: { $key } must be between { $low } and { $high }
error-schema-too-small = { $path }: { $key } must be a whole number of at least { $low }
error-schema-no-time-zone = { $path }: { $key } is a time without a time zone
error-schema-repeated = { $path }: { $key } names something twice
error-schema-invalid = { $path }: { $key } is not valid here
error-schema-no-migration = { $path }: there is no upgrade from schema { $schema } of a “{ $document }” document
error-schema-hint = the file was written by other software or edited; restore it from a backup
error-deck-not-installed = This card session used the deck “{ $deck }”, which is not installed here
error-deck-not-installed-hint = install it again to read the session; nothing was changed

## Cases
error-case-busy = Case { $code } is open in another session
error-case-busy-hint = close it there; until then it opens read-only here
error-vault-read-only = The vault was opened read-only: this session can read every case but save nothing
error-vault-read-only-hint = the folder or the disk is read-only, or the disk is full; make it writable or free some space, then lock and unlock again
error-read-only-case = Case { $code } is open in another session, so it is read-only here
error-read-only-case-hint = close it there, then open it again
error-conflict-case-changed = Case { $code } was changed in another place
error-conflict-session-exists = A session { $session } exists already
error-conflict-hint = reopen the case to see the other change; nothing was overwritten
error-no-such-case = There is no case “{ $case }”
error-no-such-case-hint = `desistkit case list` shows the cases
error-duplicate-case = A case with the code “{ $code }” exists already
error-duplicate-case-hint = choose another pseudonymous code

## Disk and folders. $oserror is the operating system's own words (often English).
error-disk-full = There is no space left to write { $path }
error-disk-full-hint = free some space, then save again; the previous version is intact
error-storage-read = Could not read { $path }
error-storage-write = Could not write { $path }
error-storage-lock = Could not lock { $path }
error-storage-verify = What was written to { $path } could not be read back unchanged
error-storage-hint =
    { $cause ->
        [permission] permission denied: check the folder's permissions
        [read-only] the disk is mounted read-only: ask whoever runs the server
        [io] the disk reported an input/output error: check the disk, then try again
       *[other] { $oserror }: check the folder's permissions and free space
    }

## Key slots (the passphrases and the recovery key that open a vault)
error-key-slot-no-such-slot = No key slot is called “{ $slot }”
error-key-slot-several-slots = More than one key slot is called “{ $slot }”
error-key-slot-label-taken = The label “{ $label }” is empty or taken already: choose a new one
error-key-slot-last-passphrase = This is the last passphrase; add another before removing it
error-key-slot-slot-in-use = This session was unlocked with that slot; unlock with another first
error-key-slot-rekey-needs-passphrase = Rekey from a session unlocked with a passphrase, not with the recovery key
error-key-slot-hint = `desistkit vault keys` lists the slots
error-passphrase-too-short =
    The passphrase is too short: it needs at least { $minimum ->
        [one] { $minimum } character
       *[other] { $minimum } characters
    }
error-passphrase-too-short-hint = choose a longer one: four or more unrelated words are easy to remember
error-passphrase-too-weak = This passphrase is among the most guessed ones (a common password, a keyboard row or a repeated pattern)
error-passphrase-too-weak-hint = choose four or more unrelated words; names, dates and well-known phrases are easy to guess
error-kdf-bounds-iterations = Argon2id passes must be between { $low } and { $high }, not { $value }
error-kdf-bounds-lanes = Argon2id lanes must be between { $low } and { $high }, not { $value }
error-kdf-bounds-memory = Argon2id memory must be between { $low } KiB and { $high } KiB, not { $value } KiB
error-kdf-bounds-cost = Argon2id memory × passes may be at most 1 GiB × 64 passes ({ $high } KiB in all), not { $value } KiB
error-kdf-bounds-hint = `desistkit vault tune` proposes settings that fit this server

## The reflection wizard
error-flow-no-factors = Choose at least one factor
error-flow-no-step = There is no step { $step }
error-flow-not-a-factor-step = Only a factor step can be skipped
error-flow-no-factor = This step has no factor to record
error-flow-unknown-field = There is no field “{ $field }” to record
error-flow-factor-not-included = The factor “{ $factor }” is not part of this reflection
error-flow-nothing-recorded = Nothing has been recorded yet: record at least one factor before finishing

## Decks skipped at start-up ($folder is where the deck lies, $location where its first
## problem is: file:line)
error-deck-skipped =
    Skipped deck { $deck } ({ $folder }): { $count ->
        [one] one problem, at { $location }
       *[other] { $count } problems, the first at { $location }
    }
error-deck-additions-skipped =
    Skipped additions to deck { $deck } ({ $folder }): { $count ->
        [one] one problem, at { $location }
       *[other] { $count } problems, the first at { $location }
    }
error-deck-skipped-hint = `desistkit deck check` lists them

## Deletions and rollbacks: authentic files, but older or fewer than the vault recorded
error-rolled-back-case-deleted = Case { $code } is gone: its folder was deleted or moved away
error-rolled-back-case-older = Case { $code } was rolled back: its case file is revision { $rev }, the vault recorded { $expected }
error-rolled-back-session-missing = Case { $code } is missing { $count ->
        [one] a saved session
       *[other] { $count } saved sessions
    } (deleted or rolled back)
error-rolled-back-index-lost = The vault's record of its cases (index/) was deleted or damaged: earlier deletions and rollbacks cannot be checked
error-rolled-back-hint = restore the missing or older files from a backup; `desistkit vault verify --repair` then accepts what is there now

## Exports and printing

error-export = The export could not be made
error-export-hint = nothing was written; check the target folder, then try again
error-export-exists = { $path } exists already
error-export-exists-hint = choose another name, or replace it with --force (in the app: confirm replacing)
error-export-failed-disk-full = There is no space left to write { $path }
error-export-failed-permission = Permission denied writing { $path }
error-export-failed-read-only = { $path } is on a read-only disk
error-export-failed-no-folder = The folder for { $path } does not exist
error-export-failed-other = Could not write { $path } ({ $oserror })
error-export-recipient = “{ $recipient }” is not an age recipient
error-export-recipient-hint = an age recipient starts with “age1”; ask the colleague for the line their `age-keygen` printed as “public key”
## Legal basis: an export the case's recorded basis does not cover; nothing was written
## ($purpose: report, summary, handover or deck; $date: YYYY-MM-DD; $recipient: an agency's role)
error-export-refused-no-basis = Nothing left the vault: no legal basis is recorded for this case yet
error-export-refused-no-note = Nothing left the vault: the case's legal basis is “other” but does not say what it is
error-export-refused-withdrawn = Nothing left the vault: the person withdrew their consent on { $date }
error-export-refused-not-in-scope = Nothing left the vault: the recorded consent does not cover { $purpose ->
        [report] the case report
        [summary] case-conference summaries
        [handover] a hand-over to another agency
       *[deck] printed card sessions
    }
error-export-refused-no-recipient = Nothing left the vault: a hand-over needs the receiving agency, named by its role
error-export-refused-recipient-not-named = Nothing left the vault: the recorded consent does not name “{ $recipient }” as a recipient
error-export-refused-hint = record or update the legal basis in the case overview (F3); `desistkit case basis CODE` shows it
## The settings file (settings.toml)
error-settings-unreadable = { $file } cannot be read: { $detail }
error-settings-syntax = { $file }, line { $line }: not valid TOML ({ $detail })
error-settings-unknown-key = { $file }, line { $line }: “{ $key }” is not a setting
error-settings-wrong-type = { $file }, line { $line }: “{ $key }” must be { $expected ->
        [number] a number
        [table] a table
       *[string] a text in quotes
    }
error-settings-bad-value = { $file }, line { $line }: “{ $key }” cannot be { $value } (allowed: { $allowed })
error-settings-unknown-binding = { $file }, line { $line }: there is no key binding “{ $key }” (`desistkit keys` lists them)
error-settings-key-clash = { $file }, line { $line }: { $keys } would do both “{ $first }” and “{ $second }” on one screen
error-settings-unknown-theme = { $file }, line { $line }: there is no theme { $value } (themes: { $allowed })
error-settings-hint = DesistKit uses the default instead; `desistkit doctor` checks the file
