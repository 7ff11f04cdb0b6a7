### CaseReflector: prehľad prípadu, priebeh reflexie, ciele a vývoj (slovenčina, preklad z locales/en/reflection.ftl).
### Čísla podľa plurálnych kategórií CLDR (sk: one, few, many, other).
### Osobu neoznačujeme ako „extrémistu“; hovoríme o „osobe“.

## Dôležitosť, kto tému otvoril

relevance-unknown = neznáma
relevance-none = žiadna
relevance-some = stredná
relevance-high = vysoká
raised-unset = nezaznamenané
raised-person = osoba
raised-caseworker = pracovník/-čka
raised-both = obe strany

## Prehľad prípadu

overview-profile = Profil
overview-last-reflection = Posledná reflexia
overview-hints = Vyžaduje pozornosť
overview-hint-goal-overdue = ⏰ jeden z cieľov je po termíne
overview-hint-retention-due = ⌛ nastal dátum uchovávania: vymažte prípad (F9) alebo ho znova otvorte a uchovajte ho dlhšie s uvedením dôvodu
overview-hint-review-due = ⟳ čas na reflexiu: ešte žiadna alebo už dlhšie žiadna
overview-sessions = Reflexie a sedenia s kartami
overview-reflection-item = { $date } · reflexia · { $recorded ->
        [one] jeden faktor
        [few] { $recorded } faktory
        [many] { $recorded } faktora
       *[other] { $recorded } faktorov
    }{ $later ->
        [yes] {" "}(zapísaná dodatočne)
       *[no] {""}
    }
overview-corrected = opravená
overview-cards-item = { $date } · sedenie s kartami · { $cards ->
        [one] jedna karta
        [few] { $cards } karty
        [many] { $cards } karty
       *[other] { $cards } kariet
    }
overview-draft = ✎ Čaká nedokončená reflexia z { $date } (F5 v nej pokračuje).
overview-goals = Ciele a intervencie
overview-no-goals = Zatiaľ nie sú dohodnuté žiadne ciele (F6 pridá nový).
overview-goal-item = { $symbol } { $text }{ $target ->
        [none] {""}
       *[other] {" "}· do { $target }
    } · { $status }
overview-intervention-item = {"    "}→ { $what }{ $who ->
        [none] {""}
       *[other] {" "}· { $who }
    }{ $when ->
        [none] {""}
       *[other] {" "}· { $when }
    } · {$status}
overview-development = Vývoj
overview-development-legend = Pohľad osoby ○ žiadna ◐ stredná ● vysoká ? neznáma · stĺpce: pomáha, ťažké
overview-development-none = Zobrazí sa, keď sa niektorý faktor reflektuje viac než raz.
overview-problems = Niektoré sedenia sa nepodarilo načítať:
key-new-reflection = Nová reflexia
key-continue-reflection = Pokračovať
key-cards = Karty
key-goals = Ciele
key-edit-profile = Profil
key-compare = Porovnať
key-open = Otvoriť

goal-status-open = otvorený
goal-status-achieved = dosiahnutý
goal-status-dropped = zrušený
intervention-status-planned = naplánovaná
intervention-status-active = prebieha
intervention-status-done = hotová
intervention-status-dropped = zrušená

## Začiatok reflexie

start-title = Nová reflexia
start-which = Ktoré faktory?
start-all = Všetky faktory ({ $count })
start-area = Jedna oblasť
start-relevant = Dôležité minule ({ $count })
start-suggested = Navrhnuté z posledného sedenia s kartami ({ $count })
start-pick = Vybrať ručne
start-held-on = Dátum reflexie (RRRR-MM-DD; skorší dátum ju označí ako zapísanú dodatočne)
start-none-chosen = Vyberte aspoň jeden faktor.
start-bad-date = Dátum napíšte v tvare RRRR-MM-DD; nemôže byť v budúcnosti.
key-start = Začať

resume-title = Pokračovať v nedokončenej reflexii?
resume-text = Reflexia z { $date } nebola dokončená (zaznamenané faktory: { $done } z { $total }). Chcete v nej pokračovať, alebo ju zahodiť a začať odznova?
resume-continue = Pokračovať
resume-discard = Začať odznova
resume-discard-confirm = Zahodiť nedokončenú reflexiu? Už sa to nedá vrátiť späť.

## Priebeh

flow-step = Krok { $n } z { $total }
flow-area = Oblasť: { $area }
flow-cw-questions = Na zamyslenie (pre vás)
flow-ask-questions = Otázky pre osobu
flow-goals-title = Ciele dohodnuté s osobou
flow-goals-help = Priraďte k faktorom ciele, na ktorých sa v tejto reflexii pracovalo; ciele pridáte alebo zmeníte klávesom F6.
flow-summary-title = Zhrnutie – skontrolujte ho, potom ho F10 uloží ako konečné
flow-read-only = Iba na čítanie: prípad je otvorený v inej relácii; nič sa tu neuloží.
flow-saved = Uložené o { $time }
flow-unsaved = Zatiaľ neuložené
flow-save-failed = Automatické ukladanie zlyhalo: { $error }. Váš text tu stále je; uvoľnite miesto na disku alebo skontrolujte trezor a potom pokračujte.
flow-finished = Reflexia je uložená.
flow-finish-empty = Zatiaľ nie je nič zaznamenané: pred dokončením zaznamenajte aspoň jeden faktor.
flow-leave-saved = Reflexia je uložená ako rozpracovaná; pokračovať v nej môžete z prehľadu prípadu klávesom F5.

step-done = hotové
step-skipped = preskočené
step-empty = prázdne
step-goals = Ciele
step-summary = Zhrnutie
steps-title = Kroky – Enter preskočí na krok

field-person = Pohľad osoby
field-caseworker = Váš pohľad
field-relevance-person = Dôležitosť teraz – ako ju vidí osoba
field-relevance-caseworker = Dôležitosť teraz – ako ju vidíte vy
field-raised-by = Kto tému otvoril
field-resources = Čo pomáha (zdroje), po jednom na riadok
field-needs = Čo je ťažké (potreby), po jednom na riadok
field-own-words = Vlastnými slovami osoby
field-view = Váš odborný pohľad
field-goals = Priradené ciele
field-note = Poznámka k celej reflexii
field-words = { $count ->
        [one] jedno slovo
        [few] { $count } slová
        [many] { $count } slova
       *[other] { $count } slov
    }

key-next = Ďalej
key-previous = Späť
key-steps = Kroky
key-skip = Preskočiť
key-finish = Dokončiť
key-leave = Uložiť a odísť

summary-held-on = Reflexia z { $date }
summary-entered-later = zapísaná dodatočne
summary-correction = oprava staršej verzie
summary-counts = { $recorded ->
        [one] Zaznamenaný jeden faktor
        [few] Zaznamenané { $recorded } faktory
        [many] Zaznamenané { $recorded } faktora
       *[other] Zaznamenaných { $recorded } faktorov
    }, preskočené: { $skipped }
summary-relevance = Dôležitosť —

## Ciele a intervencie

goal-title-new = Nový cieľ
goal-title-edit = Cieľ
goal-text = Cieľ (vašimi slovami)
goal-own-words = Cieľ vlastnými slovami osoby
goal-target = Termín (RRRR-MM-DD, nepovinné)
goal-status = Stav
goal-factors = Faktory, ku ktorým cieľ patrí
goal-interventions = Intervencie (Tab presunie do zoznamu; Enter upraví, F7 pridá novú)
goal-empty = Najprv napíšte cieľ.
goal-saved = Cieľ je uložený.
intervention-title = Intervencia
intervention-what = Čo je naplánované
intervention-who = Kto (rola, napr. „mentor“, „úrad práce“ – nikdy nie skutočné meno)
intervention-when = Kedy (RRRR-MM-DD, nepovinné)
intervention-status = Stav
intervention-empty = Najprv napíšte, čo je naplánované.
goals-title = Ciele a intervencie – Enter upraví, F6 pridá cieľ
key-new-goal = Nový cieľ
key-new-intervention = Nový krok
discard-title = Zahodiť zmeny?
discard-text = To, čo ste tu napísali, ešte nie je uložené.
discard-yes = Zahodiť
discard-no = Upravovať ďalej

## Čítanie, porovnanie, vývoj

key-correct = Opraviť
compare-title = Porovnanie: { $earlier } → { $later }
compare-choose = Označte dve reflexie (medzerník alebo Enter označí a zruší označenie); porovnanie sa zobrazí nižšie
compare-need-two = Na porovnanie sú potrebné dve reflexie.
compare-unchanged = bez zmeny
compare-new = nové v tejto reflexii
compare-not-now = tentoraz nebol na programe
compare-need-to-resource = bolo ťažké, teraz pomáha
trend-helps = pomáha
trend-hard = ťažké
development-title = Vývoj prípadu { $code }
profile-title = Profil prípadu
profile-code-taken = Kód { $code } už má iný prípad.
summary-resources = Čo pomáha
summary-needs = Čo je ťažké
