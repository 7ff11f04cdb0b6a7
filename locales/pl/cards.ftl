## DesistKit TUI: sesje z kartami (DesistCards), Polish.
## Strings for the caseworker are in the UI language: short imperatives ("Wybierz", "Wpisz")
## and impersonal forms ("wyciągnięto", "odłożono"), no past tense that assumes a gender.
## Strings marked "person" are read by the person beside the caseworker: they are formatted
## in the card language with the case's $address (formal | informal) and $gender
## (feminine | masculine | neutral); as in decks/desistcards/pl.ftl, informal uses "ty"
## forms and formal uses "Proszę …". First-person labels ("Zgadzam się") fit both.
## Terms: talia (deck), karta, kategoria, stos (sorting pile), odłożyć (set aside),
## zwrócić do talii (put back), sesja z kartami (card session).
## Numbers by CLDR plural category (pl: one, few, many, other).
## Text is shown as is: no markup, brackets stay brackets.

## Keys (footer)
key-cards-start = Rozpocznij
key-cards-resume = Wznów
key-cards-discard = Odrzuć
key-cards-draw = Wyciągnij
key-cards-ways = Sposoby
key-cards-notes = Notatki
key-cards-presenter = Pokaz
key-cards-important = Ważne
key-cards-later = Później
key-cards-put-back = Do talii
key-cards-skip = Pomiń
key-cards-end = Koniec
key-cards-leave = Wyjdź
key-cards-save = Zapisz
key-cards-finish = Zakończ
key-cards-pick = Wybierz
key-cards-rank = Kolejność
key-cards-done = Gotowe
key-cards-up = W górę
key-cards-down = W dół
key-cards-previous = Poprzednia
key-cards-next = Następna
key-cards-back-to-cards = Do kart

## Set-up
cards-setup-title = Sesja z kartami · sprawa { $code }
cards-setup-title-demo = Sesja z kartami · demo
cards-demo-note = Demo bez sprawy: nic nie jest zapisywane ani nie trafia na dysk.
cards-read-only-note = Ta sprawa jest otwarta w innej sesji: można korzystać z kart, ale nic nie zostanie tu zapisane.
cards-setup-deck = Talia
cards-setup-lang = Język kart
cards-setup-lang2 = Drugi język, obok
cards-setup-lang2-none = Brak
cards-setup-way = Sposób wybierania kart
cards-setup-seed = Numer kolejności
cards-setup-seed-hint = Ten sam numer kolejności rozdaje karty ponownie w tej samej kolejności (widać go w każdym podsumowaniu sesji).
cards-setup-bad-seed = Numer kolejności to liczba całkowita od 0 do { $max }.
cards-setup-lang-missing = Talia nie ma jeszcze tekstów w tym języku: { $language }. Karty są pokazywane po angielsku.
cards-setup-deck-missing = Nie zainstalowano żadnej talii kart. Uruchom `desistkit deck check`, aby sprawdzić dlaczego.
cards-draft-found = Niedokończona sesja z kartami z { $date }: { $cards ->
    [one] wyciągnięto 1 kartę
    [few] wyciągnięto { $cards } karty
    [many] wyciągnięto { $cards } kart
   *[other] wyciągnięto { $cards } karty
}. F6 ją wznawia, F8 odrzuca.
cards-draft-unreadable = Nie udało się odczytać niedokończonej sesji z kartami ({ $error }). F8 ją odrzuca.
cards-draft-discarded = Niedokończona sesja z kartami została odrzucona.

## Ways of drawing
cards-way-random = Losowo
cards-way-category = Według kategorii
cards-way-face-up = Osoba wybiera: karty odkryte
cards-way-face-down = Osoba wybiera: karty zakryte, po numerze
cards-way-browse = Przeglądanie talii
cards-way-later = Powrót do odłożonej karty ({ $count })
cards-way-sorting = Sortowanie kart
cards-ways-title = Wybierz, jak kontynuować
cards-way-short-random = losowo
cards-way-short-category = wg kategorii
cards-way-short-face-up = odkryte
cards-way-short-face-down = zakryte
cards-way-short-browse = przeglądanie

## The table (caseworker's view)
cards-status = Sprawa { $code } · { $way } · wyciągnięto { $drawn } · w talii { $left }
cards-status-demo = Demo · { $way } · wyciągnięto { $drawn } · w talii { $left }
cards-status-set-aside = · odłożono { $count }
cards-status-not-saved = · bez zapisu
cards-empty-table = Na stole nie ma karty. F2 wyciąga kartę ({ $way }); F3 pokazuje inne sposoby.
cards-important-mark = ! ważne
cards-later-mark = odłożona
cards-notes = Notatki (tylko dla osoby prowadzącej; Tab: pisanie, Esc: wyjście)
cards-notes-question = Notatki (tylko dla osoby prowadzącej; pisz tutaj, Esc: wyjście)
cards-new-round = Wyciągnięto już wszystkie karty: talia jest tasowana od nowa (runda { $round }).
cards-category-spent = W tej rundzie nie została już żadna karta z kategorii „{ $category }”.
cards-nothing-set-aside = Nie odłożono żadnej karty.
cards-no-card = Najpierw wyciągnij kartę (F2).
cards-put-back-done = Karta wróciła do talii: pojawi się jeszcze później.
cards-skipped = Pominięto.
cards-set-aside-done = Odłożono: F3 pozwala do niej później wrócić.
cards-kind-question = pytanie
cards-kind-statement = stwierdzenie
cards-kind-scale = skala 0–10
cards-kind-resource = zasoby
cards-card-keys = F6 ważne · F7 później · F8 do talii · F9 pomiń
cards-hint-question = Pytanie otwarte: zapisz w notatkach, co się pojawiło.
cards-hint-statement = 1–5 lub ↑ ↓ wybiera odpowiedź · Delete ją czyści · Tab: notatki
cards-hint-scale = 0–9, ← → lub End (10) ustawia skalę · Delete ją czyści · Tab: notatki
cards-hint-resource = ↑ ↓ ← → przesuwa · Spacja zaznacza · Tab: notatki
cards-leave-title = Wyjść z sesji z kartami?
cards-leave-saved = Zostanie zachowana jako niedokończona: otwórz karty ponownie, aby ją wznowić.
cards-leave-demo = W trybie demo nic nie jest zachowywane.
cards-leave-yes = Wyjdź (Enter)
cards-leave-no = Zostań (Esc)
cards-save-failed = Nie udało się zapisać sesji z kartami: { $error }
cards-autosave-failed = Automatyczny zapis się nie powiódł: { $error }

## Pickers
cards-category-title = Wybierz kategorię
cards-category-left = { $left ->
    [0] nic nie zostało
    [one] została 1
    [few] zostały { $left }
    [many] zostało { $left }
   *[other] zostało { $left }
}
cards-spread-title = Wybierz kartę
cards-backs-title = Wybierz kartę po numerze
cards-backs-hint = 1–{ $count } lub ← → i Enter
cards-browse-title = Cała talia
cards-browse-filter = Wpisz, aby filtrować…
cards-browse-drawn = ✓
cards-later-title = Odłożone karty

## Person-facing texts (person)
cards-agreement-strongly-agree = Zdecydowanie się zgadzam
cards-agreement-agree = Zgadzam się
cards-agreement-neither = Ani tak, ani nie
cards-agreement-disagree = Nie zgadzam się
cards-agreement-strongly-disagree = Zdecydowanie się nie zgadzam
cards-pile-have = Moje mocne strony
cards-pile-develop = Chcę to rozwijać
cards-pile-not-me = To nie o mnie
cards-pile-agree = Zgadzam się
cards-pile-unsure = Trudno powiedzieć
cards-pile-disagree = Nie zgadzam się
cards-sort-rank-intro =
    { $address ->
        [informal] Ułóż je w kolejności: najważniejsze na początku.
       *[formal] Proszę ułożyć je w kolejności: najważniejsze na początku.
    }

## Sorting exercise
cards-sort-title = Sortowanie kart
cards-sort-preset = Stosy
cards-sort-preset-strengths = Mocne strony: mam / chcę rozwijać / nie o mnie
cards-sort-preset-agreement = Zgadzam się / trudno powiedzieć / nie zgadzam się
cards-sort-source = Karty do posortowania
cards-sort-source-drawn = Karty wyciągnięte w tej sesji ({ $count })
cards-sort-source-category = { $symbol } { $category } (kart: { $count })
cards-sort-start = Rozpocznij (F5)
cards-sort-empty = W tym zestawie nie ma kart do posortowania.
cards-sort-progress = Karta { $n } z { $total } · posortowano { $sorted }
cards-sort-hint = 1–{ $piles } kładzie kartę na stos · ← → poprzednia / następna · F9 ustala kolejność, gdy wszystkie są posortowane
cards-sort-rank-hint = ↑ ↓ wybiera · + − przesuwa · F10 gotowe
cards-sort-not-complete = Najpierw posortuj wszystkie karty (zostało: { $left }).
cards-sort-nothing-to-rank = Pierwszy stos jest pusty: nie ma czego układać.

## Summary
cards-summary-title = Koniec sesji z kartami
cards-summary-held = { $date } · talia { $deck } · numer kolejności { $seed }
cards-summary-langs = Język kart: { $lang }
cards-summary-langs2 = Język kart: { $lang }, obok: { $lang2 }
cards-summary-talked = Omówione karty ({ $count })
cards-summary-none = Nie omówiono żadnej karty.
cards-summary-important = ważne
cards-summary-notes = Notatki: { $notes }
cards-summary-scale = { $value } z 10 ({ $low } … { $high })
cards-summary-ticked = Zaznaczono: { $options }
cards-summary-nothing-ticked = Nic nie zaznaczono
cards-summary-no-answer = brak odpowiedzi
cards-summary-set-aside = Odłożone, bez powrotu do nich ({ $count })
cards-summary-skipped = Pominięte ({ $count })
cards-summary-returned = Zwrócone do talii, z notatkami ({ $count })
cards-summary-sorting = Sortowanie: { $preset } · { $source }
cards-summary-ranked = uszeregowane
cards-summary-suggested = Propozycje do następnej refleksji
cards-summary-no-suggestions = Karty nie dotyczyły jeszcze żadnego czynnika.
cards-summary-unknown-card = { $id } (karty nie ma już w talii)
cards-summary-save-hint = F10 zapisuje sesję w sprawie, zaszyfrowaną. Esc wraca do kart.
cards-summary-demo-hint = Demo: nic nie jest zapisywane. F10 kończy, Esc wraca do kart.
cards-summary-read-only-hint = Tylko do odczytu: tej sesji nie można tu zapisać. F10 kończy bez zapisu, Esc wraca do kart.
cards-saved = Sesja z kartami zapisana.

## Reading a saved card session back (case overview, Enter)
