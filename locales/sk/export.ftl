### Tlač a export: vytlačené karty, dokumenty prípadu, export na žiadosť o prístup.

## Vytlačené karty (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] Jedna karta
        [few] { $count } karty
        [many] { $count } karty
       *[other] { $count } kariet
    } · { $language } · { $layout }
print-cover-categories = Kategórie
print-howto-title = Ako tlačiť a strihať
print-howto-duplex = Tlačte obojstranne na A4 s otáčaním po dlhšej hrane v mierke 100 % (bez „prispôsobiť strane“): zadná strana každej karty potom leží za jej prednou stranou.
print-howto-one-sided = Tlačte na A4 v mierke 100 % (bez „prispôsobiť strane“). Predné a zadné strany sú na samostatných hárkoch: pred strihaním nalepte každý hárok zadných strán na hárok predných strán.
print-howto-cut = Strihajte podľa značiek na okrajoch každého hárku; hrubší papier (160–250 g/m²) dá odolné karty.
print-howto-use = Rozložte karty podľa kategórií lícom nahor; osoba si jednu vyberie, otočí ju a odpovie tak, ako ukazuje zadná strana. Príručka (F1 v aplikácii) opisuje spôsoby ťahania.

## Dokumenty prípadu: správa, zhrnutie pre prípadovú konferenciu (jazyk pracovníka)

export-footer = { $code } · pseudonymizované · dôverné
export-report-title = Správa o prípade: { $code }
export-report-subtitle = Reflexie: { $reflections } · sedenia s kartami: { $cards } · vytvorené { $date }
export-profile = Profil
export-col-field = Pole
export-col-value = Hodnota
export-retention = Uchovávať do
export-left-out = Na žiadosť vynechané: { $what }
export-left-own-words = vlastné slová osoby
export-left-view = pohľad pracovníka
export-development = Vývoj v čase
export-development-none = Na zobrazenie vývoja musí byť faktor zaznamenaný aspoň v dvoch reflexiách.
export-person-view = Pohľad osoby
export-caseworker-view = Pohľad pracovníka
export-changes = Zdroje, ktoré narástli, potreby, ktoré sa zmiernili
export-changes-between = Medzi reflexiami z { $first } a z { $last }:
export-changes-none = Medzi prvou a najnovšou reflexiou sa nič nezmenilo.
export-resource-grew = nový zdroj
export-need-eased = potreba sa zmiernila
export-col-factor = Faktor
export-col-change = Zmena
export-col-item = Čo
export-reflections = Reflexie
export-no-reflections = Zatiaľ žiadna reflexia.
export-goals = Ciele a intervencie
export-no-goals = Nie sú zaznamenané žiadne ciele.
export-col-goal = Cieľ
export-col-status = Stav
export-col-target = Termín
export-col-agreed = Dohodnuté dňa
export-col-step = Krok
export-col-role = Kto (rola)
export-col-when = Kedy
export-card-sessions = Sedenia s kartami
export-no-card-sessions = Zatiaľ žiadne sedenie s kartami.
export-card-session = Sedenie s kartami z { $date }
export-cards-talked = Prebrané karty: { $count }
export-summary-title = Zhrnutie pre prípadovú konferenciu: { $code }
export-summary-subtitle = Pseudonymizované; roly namiesto mien · { $date }
export-current = Súčasný obraz
export-current-of = Súčasný obraz (reflexia z { $date })
export-since-first = Od prvej reflexie ({ $date }): nové zdroje { $grown }, zmiernené potreby { $eased }.
export-goal-n = Cieľ { $n }
export-next-steps = Ďalšie kroky
export-step-n = Krok { $n }
export-no-steps = Žiadne otvorené kroky.
export-no-free-text = Bez voľného textu: iba faktory, hodnotenia, počty, stavy a dátumy.
export-free-text = Voľný text zahrnutý podľa výberu pracovníka: { $fields }
export-field-resources = čo pomáha
export-field-needs = čo je ťažké
export-field-goals = texty cieľov
export-field-goal-own-words = ciele slovami osoby
export-field-steps = texty krokov
export-field-roles = roly
export-field-own-words = vlastné slová osoby
export-field-view = pohľad pracovníka

## Stránka pre osobu (v jej jazyku a oslovení)

handout-title = Na čom sme sa dohodli
handout-goals = { $address ->
        [informal] Tvoje ciele
       *[formal] Vaše ciele
    }
handout-steps = Ďalšie kroky
handout-resources = { $address ->
        [informal] Čo ti pomáha
       *[formal] Čo vám pomáha
    }
handout-next-meeting-title = Naše ďalšie stretnutie
handout-nothing = Zatiaľ nič zapísané.
handout-closing = { $address ->
        [informal] Táto stránka patrí tebe. Ak chceš, prines ju na naše ďalšie stretnutie.
       *[formal] Táto stránka patrí vám. Ak chcete, prineste ju na naše ďalšie stretnutie.
    }

## Export na žiadosť o prístup (všetko o jednom prípade)

export-access-title = Všetko, čo je uložené o prípade { $code }
export-access-subtitle = Export podľa práva na prístup (GDPR čl. 15 a 20) · vytvorené { $date }
export-access-readme = Tento priečinok obsahuje všetko, čo DesistKit uchováva o jednom prípade, v dešifrovanej podobe: case.md na čítanie (profil, ciele a intervencie, každú reflexiu s opravami ako verziami, sedenia s kartami, otvorené koncepty a záznamy denníka o prípade) a case.json s tými istými údajmi pre programy (schému opisuje docs/subject-access.md). Nie je šifrovaný: odovzdajte ho bezpečne a túto kópiu potom vymažte.
export-replaced = Táto verzia bola neskôr opravená; oprava nasleduje.
export-drafts = Otvorené koncepty
export-no-drafts = Žiadne otvorené koncepty.
export-draft-reflection = Koncept reflexie, nedokončený:
export-draft-other = Koncept { $id } (iná rozpracovaná práca; jej obsah je v case.json)
export-audit = Záznamy denníka o prípade
export-no-audit = Žiadny záznam denníka neuvádza tento prípad.
export-col-who = Kto (kľúčový slot)
export-col-action = Akcia
export-problems = Čo sa nepodarilo prečítať
export-done-plain = Zapísané do { $path }. NIE je to šifrované: uchovávajte to tak, aby to mohli čítať iba vy, a vymažte to, keď to už nebude potrebné.
export-done-encrypted = Zapísané do { $path }, šifrované pomocou age.

## V aplikácii: klávesy a dialóg exportu

key-export-report = Správa
key-export-summary = Konferencia
key-export-handout = Stránka pre osobu
key-export-access = Exportovať všetko
key-print-cards = Tlačiť karty
export-title-report = Správa o prípade
export-title-summary = Zhrnutie pre prípadovú konferenciu: zaškrtnite každé pole voľného textu zvlášť
export-title-handout = Stránka pre osobu (v jej jazyku)
export-title-consent = Strana o súhlase (v jazyku textu súhlasu)
export-title-access = Všetko o tomto prípade (právo na prístup)
export-title-cards = Tlač kariet (A4, značky na strihanie)
export-dialog-path = Zapísať do (nový súbor alebo priečinok):
export-dialog-preview = Ukážka toho, čo sa zapíše:
export-dialog-not-encrypted = Súbor NIE JE šifrovaný. Zapíšte ho iba tam, kde ho nikto iný nemôže čítať, a potom ho vymažte.
export-dialog-write = Zapísať
export-dialog-cancel = Zrušiť
export-dialog-no-path = Zadajte cestu na zápis.
export-dialog-next-meeting = Najbližšie stretnutie (nepovinné):
export-dialog-bad-day = Dátum napíšte v tvare RRRR-MM-DD alebo nechajte pole prázdne.
export-opt-own-words = Zahrnúť vlastné slová osoby
export-opt-view = Zahrnúť pohľad pracovníka
export-replace-title = Nahradiť súbor?
export-replace-text = Súbor alebo priečinok s týmto názvom už existuje. Nahradiť ho?
export-replace-yes = Nahradiť
export-replace-no = Ponechať
export-opt-one-sided = Jednostranne: predné a zadné strany na samostatných hárkoch

# F8 v prehľade: ktorý dokument exportovať.
key-export = Exportovať…
export-menu-title = Export: ktorý dokument?
export-menu-report = celý prípad v čase, s grafom vývoja (PDF alebo Markdown)
export-menu-summary = jedna až dve strany na prípadovú konferenciu; voľný text len tam, kde ho označíte
export-menu-handout = jedna strana pre osobu v jej jazyku: ciele, ďalšie kroky, zdroje
export-menu-access = všetko, čo je k prípadu uložené, pre žiadosť o prístup k údajom (Markdown a JSON)

# The export dialog: the case's recorded legal basis, checked before anything is written.
export-basis = Právny základ: { $basis }
