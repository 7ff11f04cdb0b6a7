### Wersja demonstracyjna (desistkit demo): tymczasowy sejf z fikcyjnymi sprawami (Polish).

demo-banner = DEMO · fikcyjne sprawy · usuwane po zamknięciu
demo-no-lock = Wersja demonstracyjna nie ma blokady: zawiera wyłącznie fikcyjne sprawy i zostanie usunięta po zamknięciu programu (Ctrl+Q).

## The demo's fictional content, written in this language (every name and sentence invented).
## DEMO-01: informal, feminine; DEMO-02: formal, masculine; DEMO-03: informal, neutral.

demo-mark = DEMO
demo-goal = Ukończyć staż w piekarni
demo-goal-own-words = Tym razem chcę dać radę sama.
demo-step = Cotygodniowa rozmowa z opiekunem stażu
demo-step-who = opiekun stażu
demo-aunt = Ciotka, która utrzymuje z nią kontakt
demo-no-father = Brak kontaktu z ojcem
demo-rows = Kłótnie w domu
demo-no-job = Brak pracy
demo-sleeps = Śpi do południa
demo-friends-in-group = Większość jej znajomych jest w grupie
demo-sister = Siostra ją odwiedza
demo-course = Wstaje na kurs
demo-climbing = Dołączyła do grupy wspinaczkowej
demo-calmer-talks = Spokojniejsze rozmowy w domu
demo-internship = Staż w piekarni
demo-new-number = Nowy numer telefonu
demo-old-contacts = Dawne kontakty czasem piszą
demo-one-room = Znowu możemy być w jednym pokoju.
demo-flat = Własne mieszkanie do wiosny
demo-flat-own-words = Chciałbym mieć własne klucze i być tego pewny.
demo-housing = Wizyta w biurze mieszkaniowym
demo-housing-who = doradca mieszkaniowy
demo-card-note-story = Opowiedziała o ostatnim roku własnymi słowami, bez haseł grupy.
demo-card-note-chapter = Mówi, że zaczął się nowy rozdział, ale nie jest jeszcze tego pewna.
demo-card-note-getting-through = Wstaje wcześnie na kurs, nawet po złych nocach.

# The demo cases' legal basis (fictional).
demo-basis-recipient = kurator sądowy
demo-basis-note = poradnictwo nakazane przez sąd
