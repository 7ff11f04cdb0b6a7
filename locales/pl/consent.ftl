### Strona o zgodzie, którą osoba czyta i zachowuje (issue 18). Krótko i prosto, w języku i formie
### zwracania się wybranej dla osoby. Jak w DesistCards: "ty" (małą literą) przy $address =
### informal; przy formal "Pani" / "Pan" dla form feminine / masculine, a dla neutral (domyślnie,
### także "unspecified") konstrukcje bezosobowe, bez Pan/Pani i bez "Państwo".

consent-page-title =
    { $address ->
        [informal] Twoja zgoda
       *[formal]
            { $gender ->
                [feminine] Pani zgoda
                [masculine] Pana zgoda
               *[neutral] Zgoda na zapisywanie informacji
            }
    }
consent-page-intro =
    { $address ->
        [informal] W naszych rozmowach możesz mówić o swoich poglądach, swojej wierze, zdrowiu albo o sprawach z przeszłości. To informacje wrażliwe. Zapisujemy je tylko za twoją zgodą.
       *[formal]
            { $gender ->
                [feminine] W naszych rozmowach może Pani mówić o swoich poglądach, swojej wierze, zdrowiu albo o sprawach z przeszłości. To informacje wrażliwe. Zapisujemy je tylko za Pani zgodą.
                [masculine] W naszych rozmowach może Pan mówić o swoich poglądach, swojej wierze, zdrowiu albo o sprawach z przeszłości. To informacje wrażliwe. Zapisujemy je tylko za Pana zgodą.
               *[neutral] W naszych rozmowach można mówić o swoich poglądach, swojej wierze, zdrowiu albo o sprawach z przeszłości. To informacje wrażliwe. Zapisujemy je tylko za zgodą.
            }
    }
consent-page-what =
    { $address ->
        [informal] To, co zapisujemy, przechowujemy w formie zaszyfrowanej. Czytać to mogą tylko osoby, które z tobą pracują.
       *[formal]
            { $gender ->
                [feminine] To, co zapisujemy, przechowujemy w formie zaszyfrowanej. Czytać to mogą tylko osoby, które z Panią pracują.
                [masculine] To, co zapisujemy, przechowujemy w formie zaszyfrowanej. Czytać to mogą tylko osoby, które z Panem pracują.
               *[neutral] To, co zapisujemy, przechowujemy w formie zaszyfrowanej. Czytać to mogą tylko osoby prowadzące tę sprawę.
            }
    }
consent-page-scope =
    { $address ->
        [informal] Zgadzasz się, abyśmy wykorzystywali je do:
       *[formal]
            { $gender ->
                [feminine] Zgadza się Pani, abyśmy wykorzystywali je do:
                [masculine] Zgadza się Pan, abyśmy wykorzystywali je do:
               *[neutral] Zgoda obejmuje wykorzystanie ich do:
            }
    }
consent-page-scope-counselling-records =
    { $address ->
        [informal] notatek z naszych rozmów z tobą i wspólnie ustalonych celów
       *[formal]
            { $gender ->
                [feminine] notatek z naszych rozmów z Panią i wspólnie ustalonych celów
                [masculine] notatek z naszych rozmów z Panem i wspólnie ustalonych celów
               *[neutral] notatek z naszych rozmów i wspólnie ustalonych celów
            }
    }
consent-page-scope-card-sessions =
    { $address ->
        [informal] kart, które wybierasz, i tego, co o nich mówisz
       *[formal]
            { $gender ->
                [feminine] kart, które Pani wybiera, i tego, co Pani o nich mówi
                [masculine] kart, które Pan wybiera, i tego, co Pan o nich mówi
               *[neutral] wybranych kart i wypowiedzi na ich temat
            }
    }
consent-page-scope-case-conference =
    { $address ->
        [informal] krótkich podsumowań na spotkania z innymi instytucjami w twojej sprawie
       *[formal]
            { $gender ->
                [feminine] krótkich podsumowań na spotkania z innymi instytucjami w Pani sprawie
                [masculine] krótkich podsumowań na spotkania z innymi instytucjami w Pana sprawie
               *[neutral] krótkich podsumowań na spotkania z innymi instytucjami w tej sprawie
            }
    }
consent-page-scope-handover =
    { $address ->
        [informal] przekazania twojej sprawy innej instytucji
       *[formal]
            { $gender ->
                [feminine] przekazania Pani sprawy innej instytucji
                [masculine] przekazania Pana sprawy innej instytucji
               *[neutral] przekazania sprawy innej instytucji
            }
    }
consent-page-recipients =
    { $address ->
        [informal] Twoje informacje mogą otrzymać: { $recipients }
       *[formal]
            { $gender ->
                [feminine] Pani informacje mogą otrzymać: { $recipients }
                [masculine] Pana informacje mogą otrzymać: { $recipients }
               *[neutral] Informacje mogą otrzymać: { $recipients }
            }
    }
consent-page-voluntary =
    { $address ->
        [informal] Zgoda jest dobrowolna. Jeśli się nie zgodzisz, nadal otrzymasz nasze wsparcie.
       *[formal]
            { $gender ->
                [feminine] Zgoda jest dobrowolna. Jeśli się Pani nie zgodzi, nadal otrzyma Pani nasze wsparcie.
                [masculine] Zgoda jest dobrowolna. Jeśli się Pan nie zgodzi, nadal otrzyma Pan nasze wsparcie.
               *[neutral] Zgoda jest dobrowolna. Jej brak nie odbiera prawa do naszego wsparcia.
            }
    }
consent-page-withdraw =
    { $address ->
        [informal] Możesz wycofać zgodę w każdej chwili, bez podawania powodu. Wystarczy nam to powiedzieć. Od tej chwili niczego już nie przekazujemy.
       *[formal]
            { $gender ->
                [feminine] Może Pani wycofać zgodę w każdej chwili, bez podawania powodu. Wystarczy nam to powiedzieć. Od tej chwili niczego już nie przekazujemy.
                [masculine] Może Pan wycofać zgodę w każdej chwili, bez podawania powodu. Wystarczy nam to powiedzieć. Od tej chwili niczego już nie przekazujemy.
               *[neutral] Zgodę można wycofać w każdej chwili, bez podawania powodu. Wystarczy nam to powiedzieć. Od tej chwili niczego już nie przekazujemy.
            }
    }
consent-page-rights =
    { $address ->
        [informal] Zawsze możesz zapytać, jakie informacje o tobie mamy, i poprosić o ich poprawienie lub usunięcie.
       *[formal]
            { $gender ->
                [feminine] Zawsze może Pani zapytać, jakie informacje o Pani mamy, i poprosić o ich poprawienie lub usunięcie.
                [masculine] Zawsze może Pan zapytać, jakie informacje o Panu mamy, i poprosić o ich poprawienie lub usunięcie.
               *[neutral] Zawsze można zapytać, jakie informacje przechowujemy, i poprosić o ich poprawienie lub usunięcie.
            }
    }
consent-page-given =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Zgodę wyraziłaś dnia { $date }.
                [masculine] Zgodę wyraziłeś dnia { $date }.
               *[neutral] Zgoda została wyrażona dnia { $date }.
            }
       *[formal]
            { $gender ->
                [feminine] Zgodę wyraziła Pani dnia { $date }.
                [masculine] Zgodę wyraził Pan dnia { $date }.
               *[neutral] Zgoda została wyrażona dnia { $date }.
            }
    }
consent-page-keep =
    { $address ->
        [informal] Ta kartka jest dla ciebie, do zachowania.
       *[formal]
            { $gender ->
                [feminine] Ta kartka jest dla Pani, do zachowania.
                [masculine] Ta kartka jest dla Pana, do zachowania.
               *[neutral] Tę kartkę można zachować.
            }
    }
