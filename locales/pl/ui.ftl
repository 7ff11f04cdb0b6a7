## DesistKit TUI: application strings (Polish).
## Variables: $address (formal | informal), $gender (feminine | masculine | neutral),
## numbers by CLDR plural category (pl: one, few, many, other).
## Text is shown as is: no markup, brackets stay brackets.
## These strings speak to the caseworker: short imperatives ("Wpisz", "Naciśnij"),
## and no past-tense forms that would assume the caseworker's gender.

app-title = DesistKit

## Keys (footer)
key-quit = Zakończ
key-lock = Zablokuj
key-help = Pomoc
key-blank = Wygaś
key-contrast = Kontrast
key-unlock = Odblokuj
key-other-slot = Inny slot
key-create-vault = Utwórz sejf
key-continue = Dalej
key-open-case = Otwórz
key-new-case = Nowa sprawa
key-clear-filter = Wyczyść filtr
key-save = Zapisz
key-cancel = Anuluj
key-back = Wstecz
key-contents = Spis treści

## Unlock
unlock-title = Odblokuj sejf
unlock-locked = Zablokowano. Klucze sejfu zostały wymazane, a otwarte sprawy zamknięte.
unlock-locked-idle =
    Zablokowano po { $minutes ->
        [one] { $minutes } minucie
        [few] { $minutes } minutach
        [many] { $minutes } minutach
       *[other] { $minutes } minuty
    } bez naciśnięcia klawisza. Klucze sejfu zostały wymazane, a otwarte sprawy zamknięte.
unlock-passphrase = Hasło
unlock-hint-recovery = Nie pamiętasz hasła? Wpisz zamiast niego klucz odzyskiwania.
unlock-empty = Wpisz hasło i naciśnij Enter.
unlock-working = Odblokowywanie…
# While Argon2id derives the key: a turning | / - \ and the seconds so far.
unlock-progress = Odblokowywanie { $spinner } { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s (Esc przerywa czekanie)
unlock-cancelled = Anulowano odblokowywanie. Możesz ponownie wpisać hasło.
# A team vault: the key slot the unlock will try (F2 picks another).
unlock-slot = Slot klucza: { $slot }
unlock-slot-last = Slot klucza: { $slot } (ostatnio używany na tym koncie)
unlock-slot-any = Slot klucza: dowolny (próbowane są kolejno wszystkie)

## Create
create-title = Utwórz sejf
create-intro = Wszystko, co tu zapiszesz, jest przechowywane w postaci zaszyfrowanej. Wybierz hasło, które znasz tylko ty: kilka słów łatwiej zapamiętać i trudniej odgadnąć.
create-passphrase = Hasło
create-again = Powtórz hasło
create-strength-short = Za krótkie: co najmniej 10 znaków.
create-strength-weak = Zbyt łatwe do odgadnięcia (popularne hasło lub wzór): spróbuj czterech lub więcej niepowiązanych słów.
create-strength-fair = Do przyjęcia. Im dłuższe, tym silniejsze: spróbuj czterech lub więcej słów.
create-strength-good = Silne.
create-too-short = Hasło musi mieć co najmniej { $min ->
    [one] { $min } znak
    [few] { $min } znaki
    [many] { $min } znaków
   *[other] { $min } znaku
}.
create-mismatch = Hasła się różnią. Wpisz drugie jeszcze raz.
create-working = Tworzenie sejfu…

## Recovery key
recovery-title = Twój klucz odzyskiwania
recovery-intro = Jeśli hasło kiedyś przepadnie, ten klucz otworzy sejf. Jest wyświetlany tylko teraz.
recovery-keep = Zapisz go na papierze i schowaj pod zamknięciem, jak najważniejsze dokumenty. Nigdy nie trzymaj go obok sejfu ani w e-mailu.
recovery-written = Klucz jest zapisany
recovery-continue = Dalej
recovery-confirm-first = Najpierw zaznacz „Klucz jest zapisany”.

## Case list
cases-filter = Wpisz, aby filtrować sprawy…
cases-col-code = Kod
cases-col-status = Status
cases-col-last = Ostatnia aktywność
cases-col-reflections = Refl.
cases-col-cards = Karty
cases-count = { $shown } z { $total ->
    [one] { $total } sprawy
    [few] { $total } spraw
    [many] { $total } spraw
   *[other] { $total } sprawy
}
cases-empty = Nie ma jeszcze żadnych spraw. Naciśnij F2, aby dodać pierwszą.
case-created = Utworzono sprawę { $code }.
damaged = uszkodzona
status-active = aktywna
status-paused = wstrzymana
status-closed = zamknięta

## New case
newcase-title = Nowa sprawa
newcase-code = Kod sprawy (pseudonim, nigdy imię ani nazwisko)
newcase-code-hint = Litery, cyfry oraz . _ / - (do 32 znaków), na przykład K-2026-014.
newcase-address = Forma zwracania się
newcase-gender = Rodzaj gramatyczny
newcase-language = Język osoby
newcase-retention = Przechowywać do (opcjonalnie)
newcase-bad-code = Kod sprawy ma od 1 do 32 znaków (litery, cyfry lub . _ / -) i zaczyna się od litery lub cyfry.
newcase-bad-date = Wpisz datę w formacie RRRR-MM-DD, na przykład 2028-06-30.
newcase-past-date = Data przechowywania musi przypadać w przyszłości.
address-formal = Formalna
address-informal = Nieformalna
gender-feminine = Żeński
gender-masculine = Męski
gender-neutral = Neutralny / inkluzywny
gender-unspecified = Nie określono
language-en = English (angielski)
language-de = Deutsch (niemiecki)
language-pl = Polski
language-mk = Македонски (macedoński)
language-sk = Slovenčina (słowacki)
language-ro = Română (rumuński)

## Case overview
case-title = Sprawa { $code }
case-read-only = Tylko do odczytu: ta sprawa jest otwarta w innej sesji. Zamknij ją tam, aby wprowadzać zmiany tutaj.
case-created-on = Utworzono
case-no-retention = nie ustawiono
case-sessions = Sesje
case-no-sessions = Nie ma jeszcze refleksji ani sesji z kartami.
case-session-count = { $reflections ->
    [one] 1 refleksja
    [few] { $reflections } refleksje
    [many] { $reflections } refleksji
   *[other] { $reflections } refleksji
}, { $cards ->
    [one] 1 sesja z kartami
    [few] { $cards } sesje z kartami
    [many] { $cards } sesji z kartami
   *[other] { $cards } sesji z kartami
}

## Content
content-skipped = Nie udało się wczytać jednej z talii

## Safety
screenshot-refused = Zrzuty ekranu są wyłączone: zapisałyby dane sprawy na dysku bez szyfrowania.
crash-message = DesistKit został zatrzymany z powodu błędu wewnętrznego. Sejf zablokowano, a zapisane dane pozostały bez zmian. Opisz administratorowi, co działo się tuż przed błędem; aby zobaczyć szczegóły, uruchom program z DESISTKIT_DEBUG=1.

## The grey hint in an empty date field
date-placeholder = RRRR-MM-DD

## Letters typed into a closed dropdown (they are not taken)
choice-typed-while-closed = To pole jest listą wyboru, a nie polem tekstowym: Enter ją otwiera, Tab przechodzi do następnego pola. Wpisany tekst nie został przyjęty.

## The settings file (settings.toml)
settings-problems = Plik ustawień: tam, gdzie są błędy, obowiązują wartości domyślne
