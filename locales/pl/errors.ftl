## DesistKit TUI: komunikaty o błędach (polski). Zob. locales/en/errors.ftl.
## Każdy komunikat mówi, co się stało, a większość także, co zrobić (…-hint); oba są pokazywane
## w jednym wierszu przez error-with-hint. Zwracamy się do osoby prowadzącej sprawę (ty).
## Zmienne to ścieżki, kody spraw, identyfikatory i liczby, nigdy sekrety.
## Liczby według kategorii CLDR (pl: one, few, many, other). Tekst jest pokazywany bez zmian.

error-with-hint = { $message } – { $hint }
error-internal = Wystąpił błąd, którego DesistKit się nie spodziewał ({ $kind })

## Sejf
error-vault = Sejf nie mógł wykonać tej operacji
error-no-vault = Pod ścieżką { $path } nie ma sejfu
error-no-vault-hint = utwórz go poleceniem `desistkit init` albo wskaż go opcją --vault lub zmienną DESISTKIT_VAULT
error-header-missing = Sejf w { $path } utracił swój nagłówek, plik vault.toml: bez niego żadne hasło nie otworzy zapisanych w nim spraw
error-header-missing-hint = przywróć plik vault.toml z kopii zapasowej; nie uruchamiaj tam `desistkit init`
error-vault-exists-vault = Pod ścieżką { $path } jest już sejf
error-vault-exists-not-empty = Folder { $path } nie jest pusty
error-vault-exists-hint = wybierz inny folder albo otwórz ten
error-wrong-passphrase = To hasło nie otwiera sejfu
error-wrong-passphrase-hint = sprawdź Caps Lock i układ klawiatury, a potem spróbuj ponownie
error-bad-recovery-key-length =
    Klucz odzyskiwania ma { $groups } grup po { $size } znaków; ten ma { $length ->
        [one] { $length } znak
        [few] { $length } znaki
        [many] { $length } znaków
       *[other] { $length } znaku
    }
error-bad-recovery-key-character = W tym kluczu odzyskiwania grupa { $group } zawiera znak, który nigdy nie występuje: „{ $char }”
error-bad-recovery-key-typo = W tym kluczu odzyskiwania grupa { $group } zawiera literówkę
error-bad-recovery-key-hint = porównaj go grupa po grupie z wydrukowanym kluczem
error-vault-locked = Sejf jest zablokowany
error-vault-locked-hint = najpierw go odblokuj
error-audit-busy = Dziennik audytu jest w tej chwili zajęty
error-audit-busy-hint = spróbuj ponownie
error-vault-busy = Inna sesja właśnie zmienia sejf
error-vault-busy-hint = spróbuj ponownie za chwilę
error-audit-not-written = Zostało to wykonane, ale wpisu w dzienniku audytu („{ $action }”) nie udało się zapisać
error-audit-not-written-hint = zwolnij trochę miejsca; dziennik nadal da się sprawdzić, brakuje tylko tego wpisu
error-rekey-unfinished = Klucz główny został wymieniony i nowy klucz odzyskiwania jest ważny, ale ponowne zaszyfrowanie plików zostało przerwane
error-rekey-unfinished-hint = nic nie zginęło: najbliższe odblokowanie dokończy tę operację

## Stany, które zostawia przerwany zapis: to nie uszkodzenie, nic nie zginęło
error-recoverable-incomplete-case = { $path } to sprawa, której tworzenie zostało przerwane; nigdy niczego nie zawierała
error-recoverable-uncounted-sessions = W sprawie { $code } { $count ->
        [one] jedna zapisana sesja nie jest jeszcze policzona
        [few] { $count } zapisane sesje nie są jeszcze policzone
        [many] { $count } zapisanych sesji nie jest jeszcze policzonych
       *[other] { $count } zapisanej sesji nie jest jeszcze policzone
    }
error-recoverable-finished-draft = { $path } to wersja robocza sesji, która jest już zapisana
error-recoverable-temp-file = { $path } został po przerwanym zapisie
error-recoverable-loose-permissions = Inni użytkownicy tego komputera mogą otworzyć { $path } (tryb { $mode })
error-recoverable-unfinished-rekey = Po wymianie klucza głównego nie wszystkie pliki zostały jeszcze ponownie zaszyfrowane
error-recoverable-hint = nic nie zginęło; `desistkit vault verify --repair` to naprawi

## Uszkodzone pliki
error-tampered-integrity = Plik { $path } nie przeszedł kontroli integralności
error-tampered-truncated = Plik { $path } jest ucięty
error-tampered-not-vault-file = Plik { $path } nie jest plikiem sejfu DesistKit (albo jego pierwsze bajty są uszkodzone)
error-tampered-bad-header = Plik { $path } ma uszkodzony nagłówek
error-tampered-other-key = Plik { $path } został zapieczętowany innym kluczem (albo jego nagłówek jest uszkodzony)
error-tampered-key-length = Plik { $path } nie ma długości klucza
error-tampered-not-document = Plik { $path } został odszyfrowany, ale nie jest prawidłowym dokumentem
error-tampered-wrong-record = Plik { $path } zawiera inny wpis, niż wskazuje jego nazwa
error-tampered-other-case = Plik { $path } należy do innej sprawy
error-tampered-changed-outside = Plik { $path } został zmieniony poza DesistKit (jego MAC się nie zgadza)
error-tampered-checksum = Plik { $path } jest uszkodzony (brak sumy kontrolnej albo się ona nie zgadza)
error-tampered-missing = Brak pliku { $path }
error-tampered-audit-gap = W łańcuchu audytu brak wpisu { $path }
error-tampered-audit-order = Wpis { $path } nie następuje po poprzednim wpisie
error-tampered-not-toml = Plik { $path } nie jest prawidłowym dokumentem TOML (albo jego wartości są zagnieżdżone zbyt głęboko)
error-tampered-too-large = Plik { $path } jest znacznie większy niż jakikolwiek plik zapisywany przez DesistKit
error-tampered-erased = { $path } należy do usuniętej sprawy: skopiowano ją z powrotem do sejfu i żaden klucz sejfu jej nie otwiera
error-tampered-audit-truncated = { $path }: brakuje najnowszych wpisów dziennika audytu (nagłówek sejfu odnotowuje dłuższy dziennik)
error-tampered-hint = przywróć ten plik z kopii zapasowej; `desistkit vault verify` wyświetla wszystkie uszkodzone pliki
error-unsupported-version = Plik { $path } ma wersję formatu { $version }, której ta wersja DesistKit nie umie odczytać
error-unsupported-version-hint = zaktualizuj DesistKit TUI do wersji, która zapisała ten sejf

## Dokument o nieoczekiwanej postaci: $key to pole, którego dotyczy błąd; $expected i $found to
## nazwy typów (str, int, list, table, date…), a $value zapisana wartość: nie tłumaczyć ich.
error-schema-missing = { $path }: brak pola { $key }
error-schema-unknown-key = { $path }: { $key } nie jest znanym polem
error-schema-wrong-type = { $path }: pole { $key } powinno być typu { $expected }, a jest typu { $found }
error-schema-unknown-value = { $path }: pole { $key } ma wartość, która nie jest tu znana: { $value }
error-schema-out-of-range = { $path }: pole { $key } musi mieścić się w zakresie od { $low } do { $high }
error-schema-too-small = { $path }: pole { $key } musi być liczbą całkowitą nie mniejszą niż { $low }
error-schema-no-time-zone = { $path }: pole { $key } zawiera godzinę bez strefy czasowej
error-schema-repeated = { $path }: pole { $key } wymienia coś dwa razy
error-schema-invalid = { $path }: pole { $key } ma tu nieprawidłową wartość
error-schema-no-migration = { $path }: nie ma aktualizacji ze schematu { $schema } dla dokumentu typu „{ $document }”
error-schema-hint = plik zapisał inny program albo ktoś go zmienił; przywróć go z kopii zapasowej
error-deck-not-installed = Ta sesja z kartami korzystała z talii „{ $deck }”, której tu nie zainstalowano
error-deck-not-installed-hint = zainstaluj ją ponownie, aby odczytać sesję; nic nie zostało zmienione

## Sprawy
error-case-busy = Sprawa { $code } jest otwarta w innej sesji
error-case-busy-hint = zamknij ją tam; do tego czasu otwiera się tu tylko do odczytu
error-vault-read-only = Sejf otwarto tylko do odczytu: w tej sesji możesz czytać wszystkie sprawy, ale niczego nie zapiszesz
error-vault-read-only-hint = folder lub dysk jest tylko do odczytu albo dysk jest pełny; umożliw zapis lub zwolnij miejsce, a potem zablokuj i odblokuj sejf ponownie
error-read-only-case = Sprawa { $code } jest otwarta w innej sesji, więc tutaj jest tylko do odczytu
error-read-only-case-hint = zamknij ją tam, a potem otwórz ponownie
error-conflict-case-changed = Sprawa { $code } została zmieniona w innym miejscu
error-conflict-session-exists = Sesja { $session } już istnieje
error-conflict-hint = otwórz sprawę ponownie, aby zobaczyć tamtą zmianę; nic nie zostało nadpisane
error-no-such-case = Nie ma sprawy „{ $case }”
error-no-such-case-hint = `desistkit case list` wyświetla listę spraw
error-duplicate-case = Sprawa z kodem „{ $code }” już istnieje
error-duplicate-case-hint = wybierz inny kod (pseudonim)

## Dysk i foldery. $oserror to słowa systemu operacyjnego (często po angielsku).
error-disk-full = Brak miejsca na zapisanie { $path }
error-disk-full-hint = zwolnij trochę miejsca i zapisz ponownie; poprzednia wersja jest nienaruszona
error-storage-read = Nie udało się odczytać { $path }
error-storage-write = Nie udało się zapisać { $path }
error-storage-lock = Nie udało się zablokować { $path }
error-storage-verify = Tego, co zapisano w { $path }, nie udało się odczytać z powrotem bez zmian
error-storage-hint =
    { $cause ->
        [permission] brak uprawnień: sprawdź uprawnienia folderu
        [read-only] dysk jest zamontowany tylko do odczytu: zwróć się do osoby administrującej serwerem
        [io] dysk zgłosił błąd wejścia/wyjścia: sprawdź go, a potem spróbuj ponownie
       *[other] { $oserror }: sprawdź uprawnienia folderu i wolne miejsce
    }

## Sloty kluczy (hasła i klucz odzyskiwania, które otwierają sejf)
error-key-slot-no-such-slot = Żaden slot klucza nie nazywa się „{ $slot }”
error-key-slot-several-slots = Więcej niż jeden slot klucza nazywa się „{ $slot }”
error-key-slot-label-taken = Etykieta „{ $label }” jest pusta albo już zajęta: wybierz nową
error-key-slot-last-passphrase = To ostatnie hasło; zanim je usuniesz, dodaj inne
error-key-slot-slot-in-use = Ta sesja została odblokowana tym slotem; najpierw odblokuj sejf innym
error-key-slot-rekey-needs-passphrase = Nowy klucz główny można utworzyć tylko w sesji odblokowanej hasłem, nie kluczem odzyskiwania
error-key-slot-hint = `desistkit vault keys` wyświetla listę slotów
error-passphrase-too-short =
    Hasło jest za krótkie: musi mieć co najmniej { $minimum ->
        [one] { $minimum } znak
        [few] { $minimum } znaki
        [many] { $minimum } znaków
       *[other] { $minimum } znaku
    }
error-passphrase-too-short-hint = wybierz dłuższe; cztery lub więcej niepowiązanych ze sobą słów łatwo zapamiętać
error-passphrase-too-weak = To hasło należy do najłatwiejszych do odgadnięcia (popularne hasło, rząd klawiszy lub powtarzający się wzór)
error-passphrase-too-weak-hint = wybierz cztery lub więcej niepowiązanych ze sobą słów; imiona, daty i znane zwroty łatwo odgadnąć
error-kdf-bounds-iterations = Liczba przebiegów Argon2id musi mieścić się w zakresie od { $low } do { $high }, a nie wynosić { $value }
error-kdf-bounds-lanes = Liczba torów Argon2id musi mieścić się w zakresie od { $low } do { $high }, a nie wynosić { $value }
error-kdf-bounds-memory = Pamięć Argon2id musi mieścić się w zakresie od { $low } KiB do { $high } KiB, a nie wynosić { $value } KiB
error-kdf-bounds-cost = Pamięć × przebiegi Argon2id może wynosić najwyżej 1 GiB × 64 przebiegi (łącznie { $high } KiB), a nie { $value } KiB
error-kdf-bounds-hint = `desistkit vault tune` proponuje ustawienia dopasowane do tego serwera

## Refleksja
error-flow-no-factors = Wybierz co najmniej jeden czynnik
error-flow-no-step = Nie ma kroku { $step }
error-flow-not-a-factor-step = Pominąć można tylko krok z czynnikiem
error-flow-no-factor = Ten krok nie ma czynnika do uzupełnienia
error-flow-unknown-field = Nie ma pola „{ $field }” do uzupełnienia
error-flow-factor-not-included = Czynnik „{ $factor }” nie należy do tej refleksji
error-flow-nothing-recorded = Nic jeszcze nie odnotowano: przed zakończeniem uzupełnij co najmniej jeden czynnik

## Talie pominięte przy starcie ($folder: gdzie leży talia; $location: gdzie jest jej pierwszy
## problem, plik:wiersz)
error-deck-skipped =
    Pominięto talię { $deck } ({ $folder }): { $count ->
        [one] jeden problem, w { $location }
        [few] { $count } problemy, pierwszy w { $location }
        [many] { $count } problemów, pierwszy w { $location }
       *[other] { $count } problemu, pierwszy w { $location }
    }
error-deck-additions-skipped =
    Pominięto uzupełnienia talii { $deck } ({ $folder }): { $count ->
        [one] jeden problem, w { $location }
        [few] { $count } problemy, pierwszy w { $location }
        [many] { $count } problemów, pierwszy w { $location }
       *[other] { $count } problemu, pierwszy w { $location }
    }
error-deck-skipped-hint = `desistkit deck check` wyświetla je wszystkie

## Usunięcia i cofnięcia: autentyczne pliki, ale starsze lub nieliczniejsze, niż zapisano w sejfie
error-rolled-back-case-deleted = Brak sprawy { $code }: jej folder został usunięty lub przeniesiony
error-rolled-back-case-older = Sprawa { $code } została cofnięta: jej plik ma wersję { $rev }, a sejf zapisał { $expected }
error-rolled-back-session-missing = W sprawie { $code } brakuje { $count ->
        [one] jednej zapisanej sesji
        [few] { $count } zapisanych sesji
        [many] { $count } zapisanych sesji
       *[other] { $count } zapisanej sesji
    } (usunięte lub cofnięte)
error-rolled-back-index-lost = Rejestr spraw sejfu (index/) został usunięty lub uszkodzony: wcześniejszych usunięć i cofnięć nie da się sprawdzić
error-rolled-back-hint = przywróć brakujące lub starsze pliki z kopii zapasowej; potem `desistkit vault verify --repair` przyjmie obecny stan

## Eksport i drukowanie

error-export = Nie udało się wykonać eksportu
error-export-hint = nic nie zostało zapisane; sprawdź folder docelowy i spróbuj ponownie
error-export-exists = { $path } już istnieje
error-export-exists-hint = wybierz inną nazwę albo zastąp plik opcją --force (w aplikacji: potwierdź zastąpienie)
error-export-failed-disk-full = Brak miejsca na zapisanie { $path }
error-export-failed-permission = Brak uprawnień do zapisania { $path }
error-export-failed-read-only = { $path } znajduje się na dysku tylko do odczytu
error-export-failed-no-folder = Folder dla { $path } nie istnieje
error-export-failed-other = Nie udało się zapisać { $path } ({ $oserror })
error-export-recipient = „{ $recipient }” nie jest odbiorcą age
error-export-recipient-hint = odbiorca age zaczyna się od „age1”; poproś współpracownika o wiersz, który `age-keygen` wypisał jako „public key”
## Podstawa prawna: eksport, którego zapisana podstawa sprawy nie obejmuje; nic nie zostało zapisane
## ($purpose: report, summary, handover lub deck; $date: RRRR-MM-DD; $recipient: rola instytucji)
error-export-refused-no-basis = Nic nie opuściło sejfu: dla tej sprawy nie zapisano jeszcze podstawy prawnej
error-export-refused-no-note = Nic nie opuściło sejfu: podstawa prawna sprawy to „inna”, ale nie podano, jaka
error-export-refused-withdrawn = Nic nie opuściło sejfu: osoba wycofała zgodę dnia { $date }
error-export-refused-not-in-scope = Nic nie opuściło sejfu: zapisana zgoda nie obejmuje { $purpose ->
        [report] raportu ze sprawy
        [summary] podsumowań na konferencję przypadku
        [handover] przekazania sprawy innej instytucji
       *[deck] wydruku sesji z kartami
    }
error-export-refused-no-recipient = Nic nie opuściło sejfu: przekazanie wymaga instytucji przyjmującej, określonej przez jej rolę
error-export-refused-recipient-not-named = Nic nie opuściło sejfu: zapisana zgoda nie wymienia „{ $recipient }” jako odbiorcy
error-export-refused-hint = zapisz lub zaktualizuj podstawę prawną w przeglądzie sprawy (F3); `desistkit case basis KOD` ją pokazuje
## Plik ustawień (settings.toml)
error-settings-unreadable = Nie można odczytać pliku { $file }: { $detail }
error-settings-syntax = { $file }, wiersz { $line }: niepoprawny TOML ({ $detail })
error-settings-unknown-key = { $file }, wiersz { $line }: „{ $key }” nie jest ustawieniem
error-settings-wrong-type = { $file }, wiersz { $line }: „{ $key }” musi być { $expected ->
        [number] liczbą
        [table] tabelą
       *[string] tekstem w cudzysłowie
    }
error-settings-bad-value = { $file }, wiersz { $line }: „{ $key }” nie może mieć wartości { $value } (dozwolone: { $allowed })
error-settings-unknown-binding = { $file }, wiersz { $line }: nie ma skrótu klawiszowego „{ $key }” (`desistkit keys` pokazuje wszystkie)
error-settings-key-clash = { $file }, wiersz { $line }: { $keys } wywołałby na jednym ekranie zarówno „{ $first }”, jak i „{ $second }”
error-settings-unknown-theme = { $file }, wiersz { $line }: nie ma motywu { $value } (motywy: { $allowed })
error-settings-hint = DesistKit używa zamiast tego wartości domyślnej; `desistkit doctor` sprawdza plik
