### Drukowanie i eksport: wydrukowane karty, dokumenty sprawy, eksport dostępu do danych.

## Wydrukowane karty (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] Jedna karta
        [few] { $count } karty
        [many] { $count } kart
       *[other] { $count } kart
    } · { $language } · { $layout }
print-cover-categories = Kategorie
print-howto-title = Jak drukować i ciąć
print-howto-duplex = Drukuj dwustronnie na A4, z obracaniem wzdłuż dłuższej krawędzi, w skali 100 % (bez „dopasuj do strony”): wtedy tył każdej karty trafia za jej przód.
print-howto-one-sided = Drukuj na A4 w skali 100 % (bez „dopasuj do strony”). Przody i tyły są na osobnych arkuszach: przed cięciem przyklej każdy arkusz tyłów do arkusza przodów.
print-howto-cut = Tnij wzdłuż znaczników na brzegach każdego arkusza; grubszy papier (160–250 g/m²) daje trwałe karty.
print-howto-use = Rozłóż karty według kategorii, awersem do góry; osoba wybiera jedną, odwraca ją i odpowiada tak, jak pokazuje tył. Podręcznik (F1 w aplikacji) opisuje sposoby losowania.

## Dokumenty sprawy: raport, podsumowanie na konferencję (język pracownika)

export-footer = { $code } · dane spseudonimizowane · poufne
export-report-title = Raport ze sprawy: { $code }
export-report-subtitle = Refleksje: { $reflections } · sesje z kartami: { $cards } · sporządzono { $date }
export-profile = Profil
export-col-field = Pole
export-col-value = Wartość
export-retention = Przechowywać do
export-left-out = Pominięto na życzenie: { $what }
export-left-own-words = własne słowa osoby
export-left-view = spojrzenie pracownika
export-development = Rozwój w czasie
export-development-none = Do pokazania rozwoju czynnik musi być zapisany w co najmniej dwóch refleksjach.
export-person-view = Spojrzenie osoby
export-caseworker-view = Spojrzenie pracownika
export-changes = Zasoby, które urosły, potrzeby, które zelżały
export-changes-between = Między refleksjami z { $first } i z { $last }:
export-changes-none = Między pierwszą a najnowszą refleksją nic się nie zmieniło.
export-resource-grew = nowy zasób
export-need-eased = potrzeba zelżała
export-col-factor = Czynnik
export-col-change = Zmiana
export-col-item = Co
export-reflections = Refleksje
export-no-reflections = Jeszcze nie ma refleksji.
export-goals = Cele i działania
export-no-goals = Nie zapisano celów.
export-col-goal = Cel
export-col-status = Stan
export-col-target = Termin
export-col-agreed = Uzgodniono
export-col-step = Krok
export-col-role = Kto (rola)
export-col-when = Kiedy
export-card-sessions = Sesje z kartami
export-no-card-sessions = Jeszcze nie było sesji z kartami.
export-card-session = Sesja z kartami z { $date }
export-cards-talked = Omówione karty: { $count }
export-summary-title = Podsumowanie na konferencję w sprawie: { $code }
export-summary-subtitle = Dane spseudonimizowane; role zamiast nazwisk · { $date }
export-current = Obecny obraz
export-current-of = Obecny obraz (refleksja z { $date })
export-since-first = Od pierwszej refleksji ({ $date }): nowe zasoby { $grown }, potrzeby, które zelżały { $eased }.
export-goal-n = Cel { $n }
export-next-steps = Następne kroki
export-step-n = Krok { $n }
export-no-steps = Brak otwartych kroków.
export-no-free-text = Bez wolnego tekstu: tylko czynniki, oceny, liczby, stany i daty.
export-free-text = Wolny tekst dołączony z wyboru pracownika: { $fields }
export-field-resources = co pomaga
export-field-needs = co jest trudne
export-field-goals = treść celów
export-field-goal-own-words = cele słowami osoby
export-field-steps = treść kroków
export-field-roles = role
export-field-own-words = własne słowa osoby
export-field-view = spojrzenie pracownika

## Strona dla osoby (w jej języku i formie zwracania się)

handout-title = Co ustaliliśmy
handout-goals = { $address ->
        [informal] Twoje cele
       *[formal] { $gender ->
            [feminine] Cele Pani
            [masculine] Cele Pana
           *[neutral] Państwa cele
        }
    }
handout-steps = Następne kroki
handout-resources = { $address ->
        [informal] Co ci pomaga
       *[formal] { $gender ->
            [feminine] Co Pani pomaga
            [masculine] Co Panu pomaga
           *[neutral] Co Państwu pomaga
        }
    }
handout-next-meeting-title = Nasze następne spotkanie
handout-nothing = Jeszcze nic nie zapisano.
handout-closing = { $address ->
        [informal] Ta strona należy do ciebie. Jeśli chcesz, przynieś ją na nasze następne spotkanie.
       *[formal] { $gender ->
            [feminine] Ta strona należy do Pani. Jeśli Pani chce, proszę ją przynieść na nasze następne spotkanie.
            [masculine] Ta strona należy do Pana. Jeśli Pan chce, proszę ją przynieść na nasze następne spotkanie.
           *[neutral] Ta strona należy do Państwa. Jeśli Państwo chcą, proszę ją przynieść na nasze następne spotkanie.
        }
    }

## Eksport dostępu do danych (wszystko o jednej sprawie)

export-access-title = Wszystko, co zapisano o sprawie { $code }
export-access-subtitle = Eksport w ramach prawa dostępu (RODO art. 15 i 20) · sporządzono { $date }
export-access-readme = Ten folder zawiera wszystko, co DesistKit przechowuje o jednej sprawie, w postaci odszyfrowanej: case.md do czytania (profil, cele i działania, każda refleksja z poprawkami jako wersjami, sesje z kartami, otwarte wersje robocze i wpisy dziennika dotyczące sprawy) oraz case.json z tymi samymi danymi dla programów (schemat opisuje docs/subject-access.md). Nie jest zaszyfrowany: przekaż go bezpiecznie i usuń tę kopię po przekazaniu.
export-replaced = Ta wersja została później poprawiona; poprawka jest niżej.
export-drafts = Otwarte wersje robocze
export-no-drafts = Brak otwartych wersji roboczych.
export-draft-reflection = Wersja robocza refleksji, niedokończona:
export-draft-other = Wersja robocza { $id } (inna rozpoczęta praca; jej treść jest w case.json)
export-audit = Wpisy dziennika dotyczące sprawy
export-no-audit = Żaden wpis dziennika nie dotyczy tej sprawy.
export-col-who = Kto (klucz)
export-col-action = Czynność
export-problems = Czego nie udało się odczytać
export-done-plain = Zapisano w { $path }. Plik NIE jest zaszyfrowany: przechowuj go tak, by tylko ty mogła lub mógł go czytać, i usuń go, gdy nie będzie już potrzebny.
export-done-encrypted = Zapisano w { $path }, zaszyfrowane za pomocą age.

## W aplikacji: klawisze i okno eksportu

key-export-report = Raport
key-export-summary = Konferencja
key-export-handout = Strona dla osoby
key-export-access = Eksportuj wszystko
key-print-cards = Drukuj karty
export-title-report = Raport ze sprawy
export-title-summary = Podsumowanie na konferencję: zaznacz każde pole wolnego tekstu osobno
export-title-handout = Strona dla osoby (w jej języku)
export-title-consent = Strona o zgodzie (w języku tekstu zgody)
export-title-access = Wszystko o tej sprawie (prawo dostępu)
export-title-cards = Drukuj karty (A4, znaczniki cięcia)
export-dialog-path = Zapisz w (nowy plik lub folder):
export-dialog-preview = Podgląd tego, co zostanie zapisane:
export-dialog-not-encrypted = Plik NIE jest zaszyfrowany. Zapisz go tylko tam, gdzie nikt inny nie może go czytać, i usuń go potem.
export-dialog-write = Zapisz
export-dialog-cancel = Anuluj
export-dialog-no-path = Podaj ścieżkę zapisu.
export-dialog-next-meeting = Następne spotkanie (opcjonalnie):
export-dialog-bad-day = Wpisz datę w formacie RRRR-MM-DD albo zostaw pole puste.
export-opt-own-words = Dołącz własne słowa osoby
export-opt-view = Dołącz spojrzenie pracownika
export-replace-title = Zastąpić plik?
export-replace-text = Plik lub folder o tej nazwie już istnieje. Zastąpić go?
export-replace-yes = Zastąp
export-replace-no = Zachowaj
export-opt-one-sided = Jednostronnie: przody i tyły na osobnych arkuszach

# F8 w przeglądzie: który dokument wyeksportować.
key-export = Eksportuj…
export-menu-title = Eksport: który dokument?
export-menu-report = cała sprawa w czasie, z wykresem rozwoju (PDF lub Markdown)
export-menu-summary = jedna lub dwie strony na konferencję; wolny tekst tylko tam, gdzie go zaznaczysz
export-menu-handout = jedna strona dla osoby, w jej języku: cele, kolejne kroki, zasoby
export-menu-access = wszystko, co zapisano o sprawie, na wniosek o dostęp do danych (Markdown i JSON)

# The export dialog: the case's recorded legal basis, checked before anything is written.
export-basis = Podstawa prawna: { $basis }
