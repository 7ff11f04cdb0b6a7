## DesistKit TUI: application strings (English, the reference).
## Variables: $address (formal | informal), $gender (feminine | masculine | neutral),
## numbers by CLDR plural category. Text is shown as is: no markup, brackets stay brackets.

app-title = DesistKit

## Keys (footer)
key-quit = Quit
key-lock = Lock
key-help = Help
key-blank = Blank
key-contrast = Contrast
key-unlock = Unlock
key-other-slot = Other slot
key-create-vault = Create vault
key-continue = Continue
key-open-case = Open
key-new-case = New case
key-clear-filter = Clear filter
key-save = Save
key-cancel = Cancel
key-back = Back
key-contents = Contents

## Unlock
unlock-title = Unlock the vault
unlock-locked = Locked. The vault's keys were wiped and open cases were closed.
unlock-locked-idle =
    Locked after { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } without a key press. The vault's keys were wiped and open cases were closed.
unlock-passphrase = Passphrase
unlock-hint-recovery = Lost it? Type the recovery key instead.
unlock-empty = Type your passphrase, then press Enter.
unlock-working = Unlocking…
# While Argon2id derives the key: a turning | / - \ and the seconds so far.
unlock-progress = Unlocking { $spinner } { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s (Esc stops waiting)
unlock-cancelled = Unlocking cancelled. You can type the passphrase again.
# A team vault: the key slot the unlock will try (F2 picks another).
unlock-slot = Key slot: { $slot }
unlock-slot-last = Key slot: { $slot } (used last on this account)
unlock-slot-any = Key slot: any (each is tried in turn)

## Create
create-title = Create a vault
create-intro = Everything you record is kept here, encrypted. Choose a passphrase only you know: several words are easier to remember and harder to guess.
create-passphrase = Passphrase
create-again = The same passphrase again
create-strength-short = Too short: at least 10 characters.
create-strength-weak = Too easy to guess (a common password or a pattern): try four or more unrelated words.
create-strength-fair = Acceptable. Longer is stronger: try four or more words.
create-strength-good = Strong.
create-too-short =
    The passphrase needs at least { $min ->
        [one] { $min } character
       *[other] { $min } characters
    }.
create-mismatch = The two passphrases differ. Type the second one again.
create-working = Creating the vault…

## Recovery key
recovery-title = Your recovery key
recovery-intro = If the passphrase is ever lost, this key opens the vault. It is shown only now.
recovery-keep = Write it on paper and keep it locked away, like a key to a safe. Never store it beside the vault or in an e-mail.
recovery-written = I have written it down
recovery-continue = Continue
recovery-confirm-first = Tick "I have written it down" first.

## Case list
cases-filter = Type to filter cases…
cases-col-code = Code
cases-col-status = Status
cases-col-last = Last activity
cases-col-reflections = Refl.
cases-col-cards = Cards
cases-count = { $shown } of { $total ->
    [one] { $total } case
   *[other] { $total } cases
}
cases-empty = No cases yet. Press F2 to add the first one.
case-created = Case { $code } created.
damaged = damaged
status-active = active
status-paused = paused
status-closed = closed

## New case
newcase-title = New case
newcase-code = Case code (a pseudonym, never a name)
newcase-code-hint = Letters, digits and . _ / - (up to 32), for example K-2026-014.
newcase-address = Address form
newcase-gender = Gender form
newcase-language = The person's language
newcase-retention = Keep until (optional)
newcase-bad-code = A case code is 1–32 letters, digits or . _ / - and starts with a letter or digit.
newcase-bad-date = Write the date as YYYY-MM-DD, for example 2028-06-30.
newcase-past-date = The retention date must be in the future.
address-formal = Formal
address-informal = Informal
gender-feminine = Feminine
gender-masculine = Masculine
gender-neutral = Neutral / inclusive
gender-unspecified = Not specified
language-en = English
language-de = Deutsch (German)
language-pl = Polski (Polish)
language-mk = Македонски (Macedonian)
language-sk = Slovenčina (Slovak)
language-ro = Română (Romanian)

## Case overview
case-title = Case { $code }
case-read-only = Read-only: this case is open in another session. Close it there to make changes here.
case-created-on = Created
case-no-retention = not set
case-sessions = Sessions
case-no-sessions = No reflections or card sessions yet.
case-session-count = { $reflections ->
    [one] 1 reflection
   *[other] { $reflections } reflections
}, { $cards ->
    [one] 1 card session
   *[other] { $cards } card sessions
}

## Content
content-skipped = A deck could not be loaded

## Safety
screenshot-refused = Screenshots are switched off: they would write case data to disk unencrypted.
crash-message = DesistKit stopped because of an internal error. The vault was locked and your saved data is unchanged. Please tell your administrator what you were doing; run with DESISTKIT_DEBUG=1 to see details.

## The grey hint in an empty date field
date-placeholder = YYYY-MM-DD

## Letters typed into a closed dropdown (they are not taken)
choice-typed-while-closed = This field is a list to choose from, not text: Enter opens it, Tab goes to the next field. What you typed was not taken.

## The settings file (settings.toml)
settings-problems = Settings file: defaults used for what is wrong
