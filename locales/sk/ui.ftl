## DesistKit TUI: texty aplikácie (slovenčina, preklad z locales/en/ui.ftl).
## Premenné: $address (formal | informal), $gender (feminine | masculine | neutral),
## čísla podľa plurálnych kategórií CLDR (sk: one, few, many, other).
## Text sa zobrazuje tak, ako je: bez značiek, zátvorky zostávajú zátvorkami.

app-title = DesistKit

## Klávesy (päta)
key-quit = Koniec
key-lock = Zamknúť
key-help = Pomoc
key-blank = Zhasnúť
key-contrast = Kontrast
key-unlock = Odomknúť
key-other-slot = Iný slot
key-create-vault = Vytvoriť trezor
key-continue = Pokračovať
key-open-case = Otvoriť
key-new-case = Nový prípad
key-clear-filter = Zrušiť filter
key-save = Uložiť
key-cancel = Zrušiť
key-back = Späť
key-contents = Obsah

## Odomknutie
unlock-title = Odomknúť trezor
unlock-locked = Zamknuté. Kľúče trezoru boli vymazané a otvorené prípady zatvorené.
unlock-locked-idle =
    Zamknuté po { $minutes ->
        [one] { $minutes } minúte
        [few] { $minutes } minútach
        [many] { $minutes } minúty
       *[other] { $minutes } minútach
    } bez stlačenia klávesu. Kľúče trezoru boli vymazané a otvorené prípady zatvorené.
unlock-passphrase = Prístupová fráza
unlock-hint-recovery = Stratili ste ju? Namiesto nej zadajte obnovovací kľúč.
unlock-empty = Zadajte prístupovú frázu a stlačte Enter.
unlock-working = Odomyká sa…
# While Argon2id derives the key: a turning | / - \ and the seconds so far.
unlock-progress = Odomyká sa { $spinner } { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s (Esc preruší čakanie)
unlock-cancelled = Odomykanie bolo zrušené. Prístupovú frázu môžete zadať znova.
# A team vault: the key slot the unlock will try (F2 picks another).
unlock-slot = Slot kľúča: { $slot }
unlock-slot-last = Slot kľúča: { $slot } (naposledy použitý v tomto účte)
unlock-slot-any = Slot kľúča: ľubovoľný (postupne sa skúšajú všetky)

## Vytvorenie
create-title = Vytvoriť trezor
create-intro = Všetko, čo zaznamenáte, sa ukladá sem, zašifrované. Zvoľte si prístupovú frázu, ktorú poznáte iba vy: viac slov sa ľahšie pamätá a ťažšie uhádne.
create-passphrase = Prístupová fráza
create-again = Tá istá prístupová fráza ešte raz
create-strength-short = Príliš krátka: aspoň 10 znakov.
create-strength-weak = Príliš ľahko uhádnuteľná (bežné heslo alebo vzor): skúste štyri alebo viac nesúvisiacich slov.
create-strength-fair = Prijateľná. Dlhšia je silnejšia: skúste štyri alebo viac slov.
create-strength-good = Silná.
create-too-short =
    Prístupová fráza musí mať aspoň { $min ->
        [one] { $min } znak
        [few] { $min } znaky
        [many] { $min } znaku
       *[other] { $min } znakov
    }.
create-mismatch = Prístupové frázy sa líšia. Zadajte druhú ešte raz.
create-working = Trezor sa vytvára…

## Obnovovací kľúč
recovery-title = Váš obnovovací kľúč
recovery-intro = Ak by ste prístupovú frázu niekedy stratili, týmto kľúčom trezor otvoríte. Zobrazuje sa iba teraz.
recovery-keep = Napíšte si ho na papier a uložte pod zámok ako kľúč od sejfu. Nikdy ho neukladajte vedľa trezoru ani do e-mailu.
recovery-written = Mám ho zapísaný
recovery-continue = Pokračovať
recovery-confirm-first = Najprv zaškrtnite „Mám ho zapísaný“.

## Zoznam prípadov
cases-filter = Píšte a prípady sa vyfiltrujú…
cases-col-code = Kód
cases-col-status = Stav
cases-col-last = Posledná aktivita
cases-col-reflections = Refl.
cases-col-cards = Karty
cases-count = { $shown } z { $total ->
    [one] { $total } prípadu
    [few] { $total } prípadov
    [many] { $total } prípadu
   *[other] { $total } prípadov
}
cases-empty = Zatiaľ tu nie sú žiadne prípady. Prvý pridáte klávesom F2.
case-created = Prípad { $code } bol vytvorený.
damaged = poškodený
status-active = aktívny
status-paused = pozastavený
status-closed = uzavretý

## Nový prípad
newcase-title = Nový prípad
newcase-code = Kód prípadu (pseudonym, nikdy nie meno)
newcase-code-hint = Písmená, číslice a . _ / - (najviac 32), napríklad K-2026-014.
newcase-address = Forma oslovenia
newcase-gender = Rodová forma
newcase-language = Jazyk osoby
newcase-retention = Uchovať do (nepovinné)
newcase-bad-code = Kód prípadu má 1–32 písmen, číslic alebo znakov . _ / - a začína písmenom alebo číslicou.
newcase-bad-date = Dátum napíšte v tvare RRRR-MM-DD, napríklad 2028-06-30.
newcase-past-date = Dátum uchovania musí byť v budúcnosti.
address-formal = Vykanie
address-informal = Tykanie
gender-feminine = Ženský rod
gender-masculine = Mužský rod
gender-neutral = Neutrálne / inkluzívne
gender-unspecified = Neuvedené
language-en = English (angličtina)
language-de = Deutsch (nemčina)
language-pl = Polski (poľština)
language-mk = Македонски (macedónčina)
language-sk = Slovenčina
language-ro = Română (rumunčina)

## Prehľad prípadu
case-title = Prípad { $code }
case-read-only = Iba na čítanie: tento prípad je otvorený v inej relácii. Ak tu chcete robiť zmeny, zatvorte ho tam.
case-created-on = Vytvorený
case-no-retention = nenastavené
case-sessions = Sedenia
case-no-sessions = Zatiaľ žiadne reflexie ani sedenia s kartami.
case-session-count = { $reflections ->
    [one] { $reflections } reflexia
    [few] { $reflections } reflexie
    [many] { $reflections } reflexie
   *[other] { $reflections } reflexií
}, { $cards ->
    [one] { $cards } sedenie s kartami
    [few] { $cards } sedenia s kartami
    [many] { $cards } sedenia s kartami
   *[other] { $cards } sedení s kartami
}

## Obsah
content-skipped = Balíček sa nepodarilo načítať

## Bezpečnosť
screenshot-refused = Snímky obrazovky sú vypnuté: zapísali by údaje o prípade na disk bez šifrovania.
crash-message = DesistKit sa zastavil pre internú chybu. Trezor sa zamkol a vaše uložené údaje zostali nezmenené. Povedzte, prosím, správcovi, čo ste práve robili; podrobnosti uvidíte, ak program spustíte s DESISTKIT_DEBUG=1.

## The grey hint in an empty date field
date-placeholder = RRRR-MM-DD

## Letters typed into a closed dropdown (they are not taken)
choice-typed-while-closed = Toto pole je zoznam na výber, nie text: Enter ho otvorí, Tab prejde na ďalšie pole. Napísaný text sa neprevzal.

## The settings file (settings.toml)
settings-problems = Súbor s nastaveniami: pre chybné položky platia predvolené hodnoty
