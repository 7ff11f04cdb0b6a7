## DesistKit TUI: chybové hlásenia (slovenčina). Pozri locales/en/errors.ftl.
## Každé hlásenie hovorí, čo sa stalo, a väčšina aj to, čo robiť (…-hint); obe sa zobrazujú
## v jednom riadku cez error-with-hint. Oslovujeme pracovníka či pracovníčku (vykanie).
## Premenné sú cesty, kódy prípadov, identifikátory a čísla, nikdy tajomstvá.
## Čísla podľa plurálnych kategórií CLDR (sk: one, few, many, other). Text sa zobrazuje tak, ako je.

error-with-hint = { $message } – { $hint }
error-internal = Stalo sa niečo, s čím DesistKit nepočítal ({ $kind })

## Trezor
error-vault = Trezor to nemohol vykonať
error-no-vault = V { $path } nie je žiadny trezor
error-no-vault-hint = vytvorte ho príkazom `desistkit init` alebo naň ukážte pomocou --vault či DESISTKIT_VAULT
error-header-missing = Trezor v { $path } prišiel o svoju hlavičku, súbor vault.toml: bez nej žiadna prístupová fráza neotvorí prípady, ktoré sú v ňom
error-header-missing-hint = obnovte súbor vault.toml zo zálohy; nespúšťajte tam `desistkit init`
error-vault-exists-vault = V { $path } už trezor je
error-vault-exists-not-empty = Priečinok { $path } nie je prázdny
error-vault-exists-hint = zvoľte iný priečinok alebo otvorte tento
error-wrong-passphrase = Táto prístupová fráza trezor neodomkla
error-wrong-passphrase-hint = skontrolujte Caps Lock a rozloženie klávesnice a skúste to znova
error-bad-recovery-key-length =
    Obnovovací kľúč má { $groups } skupín po { $size } znakov; tento má { $length ->
        [one] { $length } znak
        [few] { $length } znaky
        [many] { $length } znaku
       *[other] { $length } znakov
    }
error-bad-recovery-key-character = V tomto obnovovacom kľúči obsahuje skupina { $group } znak, ktorý sa nikdy nepoužíva: „{ $char }“
error-bad-recovery-key-typo = V tomto obnovovacom kľúči obsahuje skupina { $group } preklep
error-bad-recovery-key-hint = porovnajte ho skupinu po skupine s vytlačeným kľúčom
error-vault-locked = Trezor je zamknutý
error-vault-locked-hint = najprv ho odomknite
error-audit-busy = Auditný protokol je práve obsadený
error-audit-busy-hint = skúste to znova
error-vault-busy = Iná relácia práve mení trezor
error-vault-busy-hint = skúste to o chvíľu znova
error-audit-not-written = Vykonalo sa to, ale záznam v auditnom protokole („{ $action }“) sa nepodarilo zapísať
error-audit-not-written-hint = uvoľnite trochu miesta; protokol sa dá stále overiť, chýba iba tento záznam
error-rekey-unfinished = Hlavný kľúč bol vymenený a nový obnovovací kľúč platí, ale opätovné zapečatenie súborov sa prerušilo
error-rekey-unfinished-hint = nič sa nestratilo: najbližšie odomknutie to dokončí

## Stavy, ktoré zanechá prerušený zápis: nie je to poškodenie, nič sa nestratilo
error-recoverable-incomplete-case = { $path } je prípad, ktorého vytvorenie sa prerušilo; nikdy nič neobsahoval
error-recoverable-uncounted-sessions = Prípad { $code } má { $count ->
        [one] jedno uložené sedenie, ktoré ešte nie je započítané
        [few] { $count } uložené sedenia, ktoré ešte nie sú započítané
        [many] { $count } uloženého sedenia, ktoré ešte nie sú započítané
       *[other] { $count } uložených sedení, ktoré ešte nie sú započítané
    }
error-recoverable-finished-draft = { $path } je rozpracovaná verzia sedenia, ktoré je už uložené
error-recoverable-temp-file = { $path } zostal po prerušenom zápise
error-recoverable-loose-permissions = Iní používatelia tohto počítača môžu otvoriť { $path } (režim { $mode })
error-recoverable-unfinished-rekey = Po výmene hlavného kľúča ešte nie sú všetky súbory znova zapečatené
error-recoverable-hint = nič sa nestratilo; `desistkit vault verify --repair` to napraví

## Poškodené súbory
error-tampered-integrity = Súbor { $path } neprešiel kontrolou integrity
error-tampered-truncated = Súbor { $path } je skrátený
error-tampered-not-vault-file = Súbor { $path } nie je súborom trezoru DesistKit (alebo sú jeho prvé bajty poškodené)
error-tampered-bad-header = Súbor { $path } má poškodenú hlavičku
error-tampered-other-key = Súbor { $path } bol zapečatený iným kľúčom (alebo je jeho hlavička poškodená)
error-tampered-key-length = Súbor { $path } nemá dĺžku kľúča
error-tampered-not-document = Súbor { $path } sa podarilo dešifrovať, ale nie je platným dokumentom
error-tampered-wrong-record = Súbor { $path } obsahuje iný záznam, než hovorí jeho názov
error-tampered-other-case = Súbor { $path } patrí k inému prípadu
error-tampered-changed-outside = Súbor { $path } bol zmenený mimo DesistKit (jeho MAC nesedí)
error-tampered-checksum = Súbor { $path } je poškodený (jeho kontrolný súčet chýba alebo nesedí)
error-tampered-missing = Súbor { $path } chýba
error-tampered-audit-gap = Záznam { $path } chýba v auditnom reťazci
error-tampered-audit-order = Záznam { $path } nenadväzuje na predchádzajúci záznam
error-tampered-not-toml = Súbor { $path } nie je platným dokumentom TOML (alebo sú jeho hodnoty vnorené príliš hlboko)
error-tampered-too-large = Súbor { $path } je oveľa väčší než akýkoľvek súbor, ktorý DesistKit zapisuje
error-tampered-erased = { $path } patrí k vymazanému prípadu: bol skopírovaný späť do trezora a žiadny kľúč trezora ho neotvorí
error-tampered-audit-truncated = { $path }: chýbajú najnovšie záznamy auditného denníka (hlavička trezora zaznamenáva dlhší denník)
error-tampered-hint = obnovte tento súbor zo zálohy; `desistkit vault verify` vypíše všetky poškodené súbory
error-unsupported-version = Súbor { $path } má verziu formátu { $version }, ktorú táto verzia DesistKit nevie prečítať
error-unsupported-version-hint = aktualizujte DesistKit TUI na verziu, ktorá tento trezor zapísala

## Dokument nečakaného tvaru: $key je pole, ktorého sa chyba týka; $expected a $found sú názvy
## typov (str, int, list, table, date…) a $value uložená hodnota: neprekladajte ich.
error-schema-missing = { $path }: pole { $key } chýba
error-schema-unknown-key = { $path }: { $key } nie je známe pole
error-schema-wrong-type = { $path }: pole { $key } má byť { $expected }, no je { $found }
error-schema-unknown-value = { $path }: pole { $key } má hodnotu, ktorá tu nie je známa: { $value }
error-schema-out-of-range = { $path }: pole { $key } musí byť v rozsahu od { $low } do { $high }
error-schema-too-small = { $path }: pole { $key } musí byť celé číslo, aspoň { $low }
error-schema-no-time-zone = { $path }: pole { $key } obsahuje čas bez časového pásma
error-schema-repeated = { $path }: pole { $key } uvádza niečo dvakrát
error-schema-invalid = { $path }: pole { $key } tu nie je platné
error-schema-no-migration = { $path }: neexistuje aktualizácia zo schémy { $schema } pre dokument typu „{ $document }“
error-schema-hint = súbor zapísal iný softvér alebo ho niekto upravil; obnovte ho zo zálohy
error-deck-not-installed = Toto sedenie s kartami používalo balíček „{ $deck }“, ktorý tu nie je nainštalovaný
error-deck-not-installed-hint = ak si chcete sedenie prečítať, nainštalujte ho znova; nič sa nezmenilo

## Prípady
error-case-busy = Prípad { $code } je otvorený v inej relácii
error-case-busy-hint = zatvorte ho tam; dovtedy sa tu otvára iba na čítanie
error-vault-read-only = Trezor sa otvoril len na čítanie: v tejto relácii môžete čítať všetky prípady, ale nič neuložíte
error-vault-read-only-hint = priečinok alebo disk je len na čítanie, alebo je disk plný; umožnite zápis alebo uvoľnite miesto, potom trezor zamknite a znova odomknite
error-read-only-case = Prípad { $code } je otvorený v inej relácii, preto je tu iba na čítanie
error-read-only-case-hint = zatvorte ho tam a potom ho otvorte znova
error-conflict-case-changed = Prípad { $code } bol zmenený na inom mieste
error-conflict-session-exists = Sedenie { $session } už existuje
error-conflict-hint = otvorte prípad znova, aby ste videli druhú zmenu; nič sa neprepísalo
error-no-such-case = Prípad „{ $case }“ neexistuje
error-no-such-case-hint = `desistkit case list` zobrazí prípady
error-duplicate-case = Prípad s kódom „{ $code }“ už existuje
error-duplicate-case-hint = zvoľte iný pseudonymný kód

## Disk a priečinky. $oserror sú slová operačného systému (často v angličtine).
error-disk-full = Na zapísanie { $path } už nie je miesto
error-disk-full-hint = uvoľnite trochu miesta a potom uložte znova; predchádzajúca verzia je neporušená
error-storage-read = { $path } sa nepodarilo prečítať
error-storage-write = { $path } sa nepodarilo zapísať
error-storage-lock = { $path } sa nepodarilo zamknúť
error-storage-verify = To, čo sa zapísalo do { $path }, sa nepodarilo prečítať späť bez zmeny
error-storage-hint =
    { $cause ->
        [permission] prístup zamietnutý: skontrolujte oprávnenia priečinka
        [read-only] disk je pripojený iba na čítanie: obráťte sa na správcu alebo správkyňu servera
        [io] disk hlási chybu vstupu/výstupu: skontrolujte ho a skúste to znova
       *[other] { $oserror }: skontrolujte oprávnenia priečinka a voľné miesto
    }

## Sloty kľúčov (prístupové frázy a obnovovací kľúč, ktoré otvárajú trezor)
error-key-slot-no-such-slot = Žiadny slot kľúča sa nevolá „{ $slot }“
error-key-slot-several-slots = Viac ako jeden slot kľúča sa volá „{ $slot }“
error-key-slot-label-taken = Označenie „{ $label }“ je prázdne alebo už obsadené: zvoľte nové
error-key-slot-last-passphrase = Toto je posledná prístupová fráza; pred jej odstránením pridajte ďalšiu
error-key-slot-slot-in-use = Táto relácia bola odomknutá týmto slotom; najprv odomknite iným
error-key-slot-rekey-needs-passphrase = Nový hlavný kľúč možno vytvoriť len v relácii odomknutej prístupovou frázou, nie obnovovacím kľúčom
error-key-slot-hint = `desistkit vault keys` vypíše sloty
error-passphrase-too-short =
    Prístupová fráza je príliš krátka: musí mať aspoň { $minimum ->
        [one] { $minimum } znak
        [few] { $minimum } znaky
        [many] { $minimum } znaku
       *[other] { $minimum } znakov
    }
error-passphrase-too-short-hint = zvoľte dlhšiu; štyri alebo viac nesúvisiacich slov si ľahko zapamätáte
error-passphrase-too-weak = Táto prístupová fráza patrí medzi najľahšie uhádnuteľné (bežné heslo, rad klávesov alebo opakujúci sa vzor)
error-passphrase-too-weak-hint = zvoľte štyri alebo viac nesúvisiacich slov; mená, dátumy a známe frázy sa ľahko uhádnu
error-kdf-bounds-iterations = Počet prechodov Argon2id musí byť v rozsahu od { $low } do { $high }, nie { $value }
error-kdf-bounds-lanes = Počet pruhov Argon2id musí byť v rozsahu od { $low } do { $high }, nie { $value }
error-kdf-bounds-memory = Pamäť pre Argon2id musí byť v rozsahu od { $low } KiB do { $high } KiB, nie { $value } KiB
error-kdf-bounds-cost = Pamäť × prechody Argon2id smú byť najviac 1 GiB × 64 prechodov (spolu { $high } KiB), nie { $value } KiB
error-kdf-bounds-hint = `desistkit vault tune` navrhne nastavenia, ktoré sa hodia pre tento server

## Reflexia
error-flow-no-factors = Zvoľte aspoň jeden faktor
error-flow-no-step = Krok { $step } neexistuje
error-flow-not-a-factor-step = Preskočiť možno iba krok s faktorom
error-flow-no-factor = Tento krok nemá faktor na zaznamenanie
error-flow-unknown-field = Pole „{ $field }“ na zaznamenanie neexistuje
error-flow-factor-not-included = Faktor „{ $factor }“ nie je súčasťou tejto reflexie
error-flow-nothing-recorded = Zatiaľ nie je nič zaznamenané: pred dokončením zaznamenajte aspoň jeden faktor

## Balíčky preskočené pri spustení ($folder: kde balíček leží; $location: kde je jeho prvý
## problém, súbor:riadok)
error-deck-skipped =
    Balíček { $deck } bol preskočený ({ $folder }): { $count ->
        [one] jeden problém, v { $location }
        [few] { $count } problémy, prvý v { $location }
        [many] { $count } problému, prvý v { $location }
       *[other] { $count } problémov, prvý v { $location }
    }
error-deck-additions-skipped =
    Doplnky k balíčku { $deck } boli preskočené ({ $folder }): { $count ->
        [one] jeden problém, v { $location }
        [few] { $count } problémy, prvý v { $location }
        [many] { $count } problému, prvý v { $location }
       *[other] { $count } problémov, prvý v { $location }
    }
error-deck-skipped-hint = `desistkit deck check` ich vypíše

## Vymazania a vrátenia späť: pravé súbory, ale staršie alebo menej, než trezor zaznamenal
error-rolled-back-case-deleted = Prípad { $code } chýba: jeho priečinok bol vymazaný alebo presunutý
error-rolled-back-case-older = Prípad { $code } bol vrátený späť: jeho súbor má revíziu { $rev }, trezor zaznamenal { $expected }
error-rolled-back-session-missing = V prípade { $code } { $count ->
        [one] chýba jedno uložené sedenie
        [few] chýbajú { $count } uložené sedenia
        [many] chýba { $count } uloženého sedenia
       *[other] chýba { $count } uložených sedení
    } (vymazané alebo vrátené späť)
error-rolled-back-index-lost = Záznam prípadov trezoru (index/) bol vymazaný alebo poškodený: skoršie vymazania a vrátenia späť sa nedajú overiť
error-rolled-back-hint = obnovte chýbajúce alebo staršie súbory zo zálohy; potom `desistkit vault verify --repair` prijme terajší stav

## Export a tlač

error-export = Export sa nepodarilo vytvoriť
error-export-hint = nič sa nezapísalo; skontrolujte cieľový priečinok a skúste to znova
error-export-exists = { $path } už existuje
error-export-exists-hint = zvoľte iný názov alebo súbor nahraďte pomocou --force (v aplikácii: potvrďte nahradenie)
error-export-failed-disk-full = Na zapísanie { $path } už nie je miesto
error-export-failed-permission = Chýba oprávnenie na zápis { $path }
error-export-failed-read-only = { $path } je na disku iba na čítanie
error-export-failed-no-folder = Priečinok pre { $path } neexistuje
error-export-failed-other = { $path } sa nepodarilo zapísať ({ $oserror })
error-export-recipient = „{ $recipient }“ nie je príjemca age
error-export-recipient-hint = príjemca age sa začína na „age1“; požiadajte kolegu alebo kolegyňu o riadok, ktorý `age-keygen` vypísal ako „public key“
## Právny základ: export, ktorý zaznamenaný základ prípadu nepokrýva; nič sa nezapísalo
## ($purpose: report, summary, handover alebo deck; $date: RRRR-MM-DD; $recipient: rola inštitúcie)
error-export-refused-no-basis = Nič neopustilo trezor: pre tento prípad ešte nie je zaznamenaný právny základ
error-export-refused-no-note = Nič neopustilo trezor: právny základ prípadu je „iný“, ale neuvádza, aký
error-export-refused-withdrawn = Nič neopustilo trezor: osoba odvolala svoj súhlas dňa { $date }
error-export-refused-not-in-scope = Nič neopustilo trezor: zaznamenaný súhlas nepokrýva { $purpose ->
        [report] správu o prípade
        [summary] zhrnutia pre prípadovú konferenciu
        [handover] odovzdanie inej inštitúcii
       *[deck] tlač sedení s kartami
    }
error-export-refused-no-recipient = Nič neopustilo trezor: odovzdanie potrebuje prijímajúcu inštitúciu, pomenovanú podľa jej roly
error-export-refused-recipient-not-named = Nič neopustilo trezor: zaznamenaný súhlas neuvádza „{ $recipient }“ ako príjemcu
error-export-refused-hint = zaznamenajte alebo upravte právny základ v prehľade prípadu (F3); `desistkit case basis KÓD` ho zobrazí
## Súbor s nastaveniami (settings.toml)
error-settings-unreadable = Súbor { $file } sa nedá prečítať: { $detail }
error-settings-syntax = { $file }, riadok { $line }: neplatný TOML ({ $detail })
error-settings-unknown-key = { $file }, riadok { $line }: „{ $key }“ nie je nastavenie
error-settings-wrong-type = { $file }, riadok { $line }: „{ $key }“ musí byť { $expected ->
        [number] číslo
        [table] tabuľka
       *[string] text v úvodzovkách
    }
error-settings-bad-value = { $file }, riadok { $line }: „{ $key }“ nemôže mať hodnotu { $value } (povolené: { $allowed })
error-settings-unknown-binding = { $file }, riadok { $line }: klávesová skratka „{ $key }“ neexistuje (`desistkit keys` ukáže všetky)
error-settings-key-clash = { $file }, riadok { $line }: { $keys } by na jednej obrazovke spustil „{ $first }“ aj „{ $second }“
error-settings-unknown-theme = { $file }, riadok { $line }: téma { $value } neexistuje (témy: { $allowed })
error-settings-hint = DesistKit namiesto toho použije predvolenú hodnotu; `desistkit doctor` súbor skontroluje
