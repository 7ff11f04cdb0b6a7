### CaseReflector: przegląd sprawy, przebieg refleksji, cele i widok rozwoju (Polish).
### Teksty zwracają się do osoby prowadzącej sprawę: krótkie tryby rozkazujące ("Wpisz", "Wybierz")
### i formy bezosobowe ("wpisano", "odnotowano"), bez Pan/Pani i bez form czasu przeszłego,
### które zakładałyby płeć. Liczby według kategorii CLDR (pl: one, few, many, other).
### Terminy jak w katalogu czynników: czynnik, obszar, zasoby (co pomaga), potrzeby (co jest trudne);
### interventions = działania; card session = sesja z kartami.

## Relevance, who raised it

relevance-unknown = nieznane
relevance-none = bez znaczenia
relevance-some = umiarkowane
relevance-high = duże
raised-unset = nie odnotowano
raised-person = osoba
raised-caseworker = osoba prowadząca
raised-both = obie strony

## Case overview

overview-profile = Profil
overview-last-reflection = Ostatnia refleksja
overview-hints = Wymaga uwagi
overview-hint-goal-overdue = ⏰ minął termin jednego z celów
overview-hint-retention-due = ⌛ minął termin przechowywania: usuń sprawę (F9) albo otwórz ją ponownie, aby przechowywać ją dłużej, podając powód
overview-hint-review-due = ⟳ czas na przegląd: nie ma jeszcze refleksji albo ostatnia była dawno
overview-sessions = Refleksje i sesje z kartami
overview-reflection-item = { $date } · refleksja · { $recorded ->
        [one] jeden czynnik
        [few] { $recorded } czynniki
        [many] { $recorded } czynników
       *[other] { $recorded } czynnika
    }{ $later ->
        [yes] {" "}(wpisana później)
       *[no] {""}
    }
overview-corrected = poprawiona
overview-cards-item = { $date } · sesja z kartami · { $cards ->
        [one] jedna karta
        [few] { $cards } karty
        [many] { $cards } kart
       *[other] { $cards } karty
    }
overview-draft = ✎ Czeka niedokończona refleksja z { $date } (F5 pozwala ją dokończyć).
overview-goals = Cele i działania
overview-no-goals = Nie uzgodniono jeszcze żadnych celów (F6 dodaje cel).
overview-goal-item = { $symbol } { $text }{ $target ->
        [none] {""}
       *[other] {" "}· do { $target }
    } · { $status }
overview-intervention-item = {"    "}→ { $what }{ $who ->
        [none] {""}
       *[other] {" "}· { $who }
    }{ $when ->
        [none] {""}
       *[other] {" "}· dnia { $when }
    } · { $status }
overview-development = Rozwój
overview-development-legend = Ocena osoby: ○ bez znaczenia ◐ umiarkowane ● duże ? nieznane · słupki: pomaga, trudne
overview-development-none = Pojawi się, gdy któryś czynnik zostanie omówiony w refleksji więcej niż raz.
overview-problems = Nie udało się odczytać niektórych sesji:
key-new-reflection = Refleksja
key-continue-reflection = Kontynuuj
key-cards = Karty
key-goals = Cele
key-edit-profile = Profil
key-compare = Porównaj
key-open = Otwórz

goal-status-open = otwarty
goal-status-achieved = osiągnięty
goal-status-dropped = zarzucony
intervention-status-planned = zaplanowane
intervention-status-active = w toku
intervention-status-done = wykonane
intervention-status-dropped = zarzucone

## Starting a reflection

start-title = Nowa refleksja
start-which = Które czynniki?
start-all = Wszystkie czynniki ({ $count })
start-area = Jeden obszar
start-relevant = Istotne ostatnim razem ({ $count })
start-suggested = Propozycje z ostatniej sesji z kartami ({ $count })
start-pick = Wybór ręczny
start-held-on = Data (RRRR-MM-DD; wcześniejsza data oznacza wpis po fakcie)
start-none-chosen = Wybierz co najmniej jeden czynnik.
start-bad-date = Wpisz datę w formacie RRRR-MM-DD; nie może to być data z przyszłości.
key-start = Rozpocznij

resume-title = Kontynuować niedokończoną refleksję?
resume-text = Refleksja z { $date } nie została dokończona (uzupełnione czynniki: { $done } z { $total }). Kontynuować ją czy odrzucić i zacząć od nowa?
resume-continue = Kontynuuj
resume-discard = Zacznij od nowa
resume-discard-confirm = Odrzucić niedokończoną refleksję? Tego nie da się cofnąć.

## The flow

flow-step = Krok { $n } z { $total }
flow-area = Obszar: { $area }
flow-cw-questions = Do własnych przemyśleń
flow-ask-questions = Pytania do osoby
flow-goals-title = Cele uzgodnione z osobą
flow-goals-help = Powiąż cele, nad którymi pracowano w tej refleksji, z odpowiednimi czynnikami; F6 dodaje lub zmienia cele.
flow-summary-title = Podsumowanie — sprawdź, a potem F10 zapisze je jako ostateczne
flow-read-only = Tylko do odczytu: ta sprawa jest otwarta w innej sesji; nic tu nie zostanie zapisane.
flow-saved = Zapisano o { $time }
flow-unsaved = Jeszcze nie zapisano
flow-save-failed = Automatyczny zapis się nie powiódł: { $error }. Wpisany tekst nadal tu jest; zwolnij miejsce na dysku lub sprawdź sejf, a potem pracuj dalej.
flow-finished = Refleksja zapisana.
flow-finish-empty = Nic jeszcze nie odnotowano: przed zakończeniem uzupełnij co najmniej jeden czynnik.
flow-leave-saved = Refleksja jest zapisana jako wersja robocza; można ją dokończyć z widoku sprawy klawiszem F5.

step-done = gotowe
step-skipped = pominięto
step-empty = brak wpisów
step-goals = Cele
step-summary = Podsumowanie
steps-title = Kroki — Enter przechodzi do wybranego

field-person = Ocena osoby
field-caseworker = Własna ocena
field-relevance-person = Znaczenie obecnie — w ocenie osoby
field-relevance-caseworker = Znaczenie obecnie — we własnej ocenie
field-raised-by = Kto poruszył temat
field-resources = Co pomaga (zasoby), po jednym w wierszu
field-needs = Co jest trudne (potrzeby), po jednym w wierszu
field-own-words = Słowami samej osoby
field-view = Własna ocena z perspektywy zawodowej
field-goals = Powiązane cele
field-note = Uwaga do całej refleksji
field-words = { $count ->
        [one] jedno słowo
        [few] { $count } słowa
        [many] { $count } słów
       *[other] { $count } słowa
    }

key-next = Dalej
key-previous = Wstecz
key-steps = Kroki
key-skip = Pomiń
key-finish = Zatwierdź
key-leave = Zapisz i wyjdź

summary-held-on = Refleksja z { $date }
summary-entered-later = wpisana później
summary-correction = korekta wcześniejszej wersji
summary-counts = { $recorded ->
        [one] Odnotowano jeden czynnik
        [few] Odnotowano { $recorded } czynniki
        [many] Odnotowano { $recorded } czynników
       *[other] Odnotowano { $recorded } czynnika
    }, pominięto { $skipped }
summary-relevance = Znaczenie —

## Goals and interventions

goal-title-new = Nowy cel
goal-title-edit = Cel
goal-text = Cel (własnymi słowami)
goal-own-words = Cel słowami samej osoby
goal-target = Termin (RRRR-MM-DD, opcjonalnie)
goal-status = Status
goal-factors = Powiązane czynniki
goal-interventions = Działania (Tab przechodzi do listy; Enter edytuje, F7 dodaje)
goal-empty = Najpierw wpisz cel.
goal-saved = Cel zapisany.
intervention-title = Działanie
intervention-what = Co zaplanowano
intervention-who = Kto (rola, np. „mentor”, „urząd pracy” — nigdy imię i nazwisko)
intervention-when = Kiedy (RRRR-MM-DD, opcjonalnie)
intervention-status = Status
intervention-empty = Najpierw wpisz, co zaplanowano.
goals-title = Cele i działania — Enter edytuje, F6 dodaje cel
key-new-goal = Nowy cel
key-new-intervention = Nowy krok
discard-title = Odrzucić zmiany?
discard-text = To, co tu wpisano, nie zostało zapisane.
discard-yes = Odrzuć
discard-no = Edytuj dalej

## Reading, comparing, development

key-correct = Popraw
compare-title = Porównanie: { $earlier } → { $later }
compare-choose = Zaznacz dwie refleksje (spacja lub Enter zaznacza i odznacza); porównanie pojawi się poniżej
compare-need-two = Do porównania potrzebne są dwie refleksje.
compare-unchanged = bez zmian
compare-new = po raz pierwszy w tej refleksji
compare-not-now = tym razem nie omawiano
compare-need-to-resource = było trudne, teraz pomaga
trend-helps = pomaga
trend-hard = trudne
development-title = Rozwój w sprawie { $code }
profile-title = Profil sprawy
profile-code-taken = Inna sprawa ma już kod { $code }.
summary-resources = Co pomaga
summary-needs = Co jest trudne
