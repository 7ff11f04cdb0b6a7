### Podstawa prawna zapisana dla sprawy: wskazówka na liście spraw, przegląd, okno dialogowe i to,
### co wynika z wycofania zgody (docs/data-protection.md, „Legal basis and consent”).

# Wskazówka, nigdy harmonogram: symbol i kilka słów, czytelne także bez koloru.
caselist-hint-basis-missing = § brak podstawy
caselist-hint-basis-missing-short = § podstawa
overview-hint-basis-missing = § nie zapisano jeszcze podstawy prawnej: F3 ją zapisuje

key-legal-basis = Podstawa
key-withdraw = Wycofanie zgody
key-print-consent = Strona zgody

legal-basis = Podstawa prawna
legal-basis-key = Podstawa prawna (F3)
legal-title = Podstawa prawna sprawy { $code }
legal-kind-to-be-recorded = do zapisania
legal-kind-consent = zgoda
legal-kind-statutory-task = zadanie ustawowe
legal-kind-other = inna
legal-given = Zgoda udzielona dnia
legal-scope = Zgoda obejmuje
legal-scope-counselling-records = dokumentację konsultacji
legal-scope-card-sessions = sesje z kartami
legal-scope-case-conference = podsumowania na konferencję przypadku
legal-scope-handover = przekazanie innej instytucji
legal-recipients = Instytucje (według roli)
legal-recipients-hint = Role oddzielone przecinkami (np. kurator sądowy), nigdy imię i nazwisko.
legal-language = Język tekstu zgody
legal-language-none = nie zapisano
legal-note = Notatka
legal-note-hint = Zadanie ustawowe: ustawa lub mandat. Inna: jaka to podstawa.
legal-later = Zakres i instytucje: F3 w przeglądzie sprawy.
legal-consent-summary = zgoda udzielona { $date }
legal-consent-withdrawn = zgoda wycofana { $date }
legal-scope-none = jeszcze nic
legal-needs-date = Przy zgodzie potrzebny jest dzień jej udzielenia.
legal-needs-note = Przy podstawie „inna” potrzebna jest notatka, jaka to podstawa.
legal-withdraw-not-now = Wycofać można tylko zgodę, która obowiązuje.
legal-withdrawal-before = Wycofanie nie może nastąpić przed dniem udzielenia zgody.
legal-withdrawn-on = Wycofana dnia
legal-next-title = Co wynika z wycofania zgody:
legal-next-stop = • Przekazania i podsumowania na konferencję przypadku ustają od razu: od Ctrl+S DesistKit odmawia ich dla tej sprawy.
legal-next-erase = • Usuń lub ogranicz sprawę zgodnie z zasadami swojej instytucji. Aby ją usunąć: desistkit case erase { $code }
legal-next-tell = • Poinformuj instytucje, które już otrzymały podsumowanie, zgodnie z zasadami swojej instytucji.
legal-next-audit = Dziennik audytu zapisuje wycofanie (kiedy, kto, która sprawa), nigdy jego treść.
legal-saved = Podstawa prawna zapisana.
legal-withdrawal-saved = Wycofanie zapisane: przekazania tej sprawy są od teraz odrzucane.
