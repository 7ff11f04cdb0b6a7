### Demo (desistkit demo): dočasný trezor s vymyslenými prípadmi (slovenčina, preklad z locales/en/demo.ftl).

demo-banner = DEMO · vymyslené prípady · po skončení sa vymažú
demo-no-lock = Demo nemá zámok: obsahuje iba vymyslené prípady a po skončení (Ctrl+Q) sa vymaže.

## The demo's fictional content, written in this language (every name and sentence invented).
## DEMO-01: informal, feminine; DEMO-02: formal, masculine; DEMO-03: informal, neutral.

demo-mark = DEMO
demo-goal = Dokončiť stáž v pekárni
demo-goal-own-words = Tentoraz to chcem zvládnuť sama.
demo-step = Týždenný rozhovor s mentorom stáže
demo-step-who = mentor stáže
demo-aunt = Teta, ktorá s ňou udržiava kontakt
demo-no-father = Žiadny kontakt s otcom
demo-rows = Hádky doma
demo-no-job = Bez práce
demo-sleeps = Spí do obeda
demo-friends-in-group = Väčšina jej priateľov je v skupine
demo-sister = Sestra ju navštevuje
demo-course = Vstáva na kurz
demo-climbing = Pridala sa k lezeckej skupine
demo-calmer-talks = Pokojnejšie rozhovory doma
demo-internship = Stáž v pekárni
demo-new-number = Nové telefónne číslo
demo-old-contacts = Staré kontakty občas píšu
demo-one-room = Znova môžeme byť v jednej miestnosti.
demo-flat = Vlastný byt do jari
demo-flat-own-words = Chcel by som mať vlastné kľúče a byť si tým istý.
demo-housing = Termín na bytovom oddelení úradu
demo-housing-who = poradca pre bývanie
demo-card-note-story = Porozprávala o poslednom roku vlastnými slovami, bez hesiel skupiny.
demo-card-note-chapter = Hovorí, že sa začala nová kapitola, ale ešte si tým nie je istá.
demo-card-note-getting-through = Vstáva skoro na kurz, aj po zlých nociach.

# The demo cases' legal basis (fictional).
demo-basis-recipient = probačná služba
demo-basis-note = poradenstvo nariadené súdom
