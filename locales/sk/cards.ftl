## DesistKit TUI: sedenia s kartami (DesistCards), slovenčina (preklad z locales/en/cards.ftl).
## Texty pre pracovníka/-čku sú v jazyku aplikácie. Texty označené „osoba“ číta osoba vedľa
## pracovníka/-čky: formátujú sa v jazyku kariet s $address (formal | informal) a $gender
## (feminine | masculine | neutral) daného prípadu.
## Čísla podľa plurálnych kategórií CLDR (sk: one, few, many, other).
## Text sa zobrazuje tak, ako je: bez značiek, zátvorky zostávajú zátvorkami.

## Klávesy (päta)
key-cards-start = Začať
key-cards-resume = Pokračovať
key-cards-discard = Zahodiť
key-cards-draw = Ťahať
key-cards-ways = Spôsoby
key-cards-notes = Poznámky
key-cards-presenter = Prezentácia
key-cards-important = Dôležité
key-cards-later = Neskôr
key-cards-put-back = Vrátiť
key-cards-skip = Preskočiť
key-cards-end = Ukončiť
key-cards-leave = Odísť
key-cards-save = Uložiť
key-cards-finish = Dokončiť
key-cards-pick = Vybrať
key-cards-rank = Zoradiť
key-cards-done = Hotovo
key-cards-up = Vyššie
key-cards-down = Nižšie
key-cards-previous = Predošlá
key-cards-next = Ďalšia
key-cards-back-to-cards = Ku kartám

## Príprava
cards-setup-title = Sedenie s kartami · prípad { $code }
cards-setup-title-demo = Sedenie s kartami · demo
cards-demo-note = Demo bez prípadu: nič sa neukladá, na disk sa nič nezapisuje.
cards-read-only-note = Tento prípad je otvorený v inej relácii: karty môžete používať, ale nič sa tu neuloží.
cards-setup-deck = Balíček
cards-setup-lang = Jazyk kariet
cards-setup-lang2 = Druhý jazyk, vedľa prvého
cards-setup-lang2-none = Žiadny
cards-setup-way = Spôsob ťahania
cards-setup-seed = Číslo zamiešania
cards-setup-seed-hint = Rovnaké číslo zamiešania rozdá karty znova v rovnakom poradí (uvádza sa v zhrnutí každého sedenia).
cards-setup-bad-seed = Číslo zamiešania je celé číslo od 0 do { $max }.
cards-setup-lang-missing = Balíček zatiaľ nemá texty v jazyku { $language }: karty sa zobrazia po anglicky.
cards-setup-deck-missing = Nie je nainštalovaný žiadny balíček kariet. Príčinu ukáže príkaz `desistkit deck check`.
cards-draft-found = Nedokončené sedenie s kartami z { $date }: { $cards ->
    [one] vytiahnutá 1 karta
    [few] vytiahnuté { $cards } karty
    [many] vytiahnuté { $cards } karty
   *[other] vytiahnutých { $cards } kariet
}. F6 v ňom pokračuje, F8 ho zahodí.
cards-draft-unreadable = Nedokončené sedenie s kartami sa nepodarilo načítať ({ $error }). F8 ho zahodí.
cards-draft-discarded = Nedokončené sedenie s kartami bolo zahodené.

## Spôsoby ťahania
cards-way-random = Náhodne
cards-way-category = Podľa kategórie
cards-way-face-up = Osoba vyberá: karty lícom nahor
cards-way-face-down = Osoba vyberá: karty rubom nahor, podľa čísla
cards-way-browse = Prezerať celý balíček
cards-way-later = Vrátiť sa k odloženej karte ({ $count })
cards-way-sorting = Triedenie kariet
cards-ways-title = Vyberte, ako pokračovať
cards-way-short-random = náhodne
cards-way-short-category = podľa kategórie
cards-way-short-face-up = lícom nahor
cards-way-short-face-down = rubom nahor
cards-way-short-browse = prezeranie

## Stôl (pohľad pracovníka/-čky)
cards-status = Prípad { $code } · { $way } · vytiahnuté { $drawn } · v kôpke { $left }
cards-status-demo = Demo · { $way } · vytiahnuté { $drawn } · v kôpke { $left }
cards-status-set-aside = · odložené { $count }
cards-status-not-saved = · neuložené
cards-empty-table = Na stole nie je žiadna karta. F2 jednu vytiahne ({ $way }); F3 ponúkne iné spôsoby.
cards-important-mark = ! dôležitá
cards-later-mark = odložená
cards-notes = Poznámky (len pre vás; Tab: písať, Esc: odísť)
cards-notes-question = Poznámky (len pre vás; píšte sem, Esc: odísť)
cards-new-round = Všetky karty sú vytiahnuté: balíček sa znova zamieša (kolo { $round }).
cards-category-spent = Z kategórie „{ $category }“ už v tomto kole nezostala žiadna karta.
cards-nothing-set-aside = Žiadna karta nie je odložená.
cards-no-card = Najprv vytiahnite kartu (F2).
cards-put-back-done = Karta sa vrátila do kôpky: príde znova neskôr.
cards-skipped = Preskočené.
cards-set-aside-done = Odložená: F3 ju neskôr vráti.
cards-kind-question = otázka
cards-kind-statement = výrok
cards-kind-scale = škála 0–10
cards-kind-resource = zdroje
cards-card-keys = F6 dôležitá · F7 neskôr · F8 vrátiť · F9 preskočiť
cards-hint-question = Otvorená otázka: zapíšte do poznámok, čo zaznelo.
cards-hint-statement = 1–5 alebo ↑ ↓ vyberie odpoveď · Delete ju zmaže · Tab: poznámky
cards-hint-scale = 0–9, ← → alebo End (10) nastaví škálu · Delete ju zmaže · Tab: poznámky
cards-hint-resource = ↑ ↓ ← → presun · medzerník zaškrtne · Tab: poznámky
cards-leave-title = Odísť zo sedenia s kartami?
cards-leave-saved = Zostane ako nedokončené sedenie: keď karty znova otvoríte, môžete v ňom pokračovať.
cards-leave-demo = V deme sa nič neuchováva.
cards-leave-yes = Odísť (Enter)
cards-leave-no = Zostať (Esc)
cards-save-failed = Sedenie s kartami sa nepodarilo uložiť: { $error }
cards-autosave-failed = Automatické ukladanie zlyhalo: { $error }

## Výber
cards-category-title = Vyberte kategóriu
cards-category-left = { $left ->
    [0] nezostala žiadna
    [one] zostáva 1
    [few] zostávajú { $left }
    [many] zostáva { $left }
   *[other] zostáva { $left }
}
cards-spread-title = Vyberte kartu
cards-backs-title = Vyberte kartu podľa čísla
cards-backs-hint = 1–{ $count } alebo ← → a Enter
cards-browse-title = Celý balíček
cards-browse-filter = Píšte a karty sa vyfiltrujú…
cards-browse-drawn = ✓
cards-later-title = Odložené karty

## Texty, ktoré číta osoba (osoba)
## Odpovede a kôpky sú v prvej osobe ako výroky na kartách; výzva osobu oslovuje ako karty.
cards-agreement-strongly-agree = Úplne súhlasím
cards-agreement-agree = Súhlasím
cards-agreement-neither = Ani súhlasím, ani nesúhlasím
cards-agreement-disagree = Nesúhlasím
cards-agreement-strongly-disagree = Vôbec nesúhlasím
cards-pile-have = Silné stránky, ktoré mám
cards-pile-develop = Silné stránky, ktoré chcem rozvíjať
cards-pile-not-me = To nie som ja
cards-pile-agree = Súhlasím
cards-pile-unsure = Neviem
cards-pile-disagree = Nesúhlasím
cards-sort-rank-intro =
    { $address ->
        [informal] Zoraď ich: najdôležitejšie ako prvé.
       *[formal] Zoraďte ich: najdôležitejšie ako prvé.
    }

## Triedenie kariet
cards-sort-title = Triedenie kariet
cards-sort-preset = Kôpky
cards-sort-preset-strengths = Silné stránky: mám / chcem rozvíjať / to nie som ja
cards-sort-preset-agreement = Súhlasím / neviem / nesúhlasím
cards-sort-source = Karty na triedenie
cards-sort-source-drawn = Karty vytiahnuté v tomto sedení ({ $count })
cards-sort-source-category = { $symbol } { $category } ({ $count ->
    [one] 1 karta
    [few] { $count } karty
    [many] { $count } karty
   *[other] { $count } kariet
})
cards-sort-start = Začať (F5)
cards-sort-empty = V tomto výbere nie sú žiadne karty na triedenie.
cards-sort-progress = Karta { $n } z { $total } · roztriedené { $sorted }
cards-sort-hint = 1–{ $piles } dá kartu na kôpku · ← → predošlá / ďalšia · F9 po roztriedení zoradí
cards-sort-rank-hint = ↑ ↓ vybrať · + − presunúť · F10 hotovo
cards-sort-not-complete = Najprv roztrieďte všetky karty (zostáva: { $left }).
cards-sort-nothing-to-rank = Prvá kôpka je prázdna: nie je čo zoradiť.

## Zhrnutie
cards-summary-title = Koniec sedenia s kartami
cards-summary-held = { $date } · balíček { $deck } · číslo zamiešania { $seed }
cards-summary-langs = Jazyk kariet: { $lang }
cards-summary-langs2 = Jazyk kariet: { $lang }, popri ňom { $lang2 }
cards-summary-talked = Karty, o ktorých sa hovorilo ({ $count })
cards-summary-none = O žiadnej karte sa nehovorilo.
cards-summary-important = dôležitá
cards-summary-notes = Poznámky: { $notes }
cards-summary-scale = { $value } z 10 ({ $low } … { $high })
cards-summary-ticked = Zaškrtnuté: { $options }
cards-summary-nothing-ticked = Nič nezaškrtnuté
cards-summary-no-answer = bez odpovede
cards-summary-set-aside = Odložené, no už neotvorené ({ $count })
cards-summary-skipped = Preskočené ({ $count })
cards-summary-returned = Vrátené do kôpky, s poznámkami ({ $count })
cards-summary-sorting = Triedenie: { $preset } · { $source }
cards-summary-ranked = zoradené
cards-summary-suggested = Navrhnuté pre ďalšiu reflexiu
cards-summary-no-suggestions = Karty sa zatiaľ nedotkli žiadneho faktora.
cards-summary-unknown-card = { $id } (už nie je v balíčku)
cards-summary-save-hint = F10 uloží sedenie zašifrované do prípadu. Esc sa vráti ku kartám.
cards-summary-demo-hint = Demo: nič sa neukladá. F10 ukončí, Esc sa vráti ku kartám.
cards-summary-read-only-hint = Iba na čítanie: toto sedenie sa tu nedá uložiť. F10 ukončí bez uloženia, Esc sa vráti ku kartám.
cards-saved = Sedenie s kartami je uložené.

## Reading a saved card session back (case overview, Enter)
