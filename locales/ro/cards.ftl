## DesistKit TUI: sesiunile cu cartonașe (DesistCards), română.
## Textele pentru specialist sunt în limba interfeței. Textele marcate „persoana” sunt citite de
## persoana de lângă specialist: se formulează în limba cartonașelor, cu $address (formal | informal)
## și $gender (feminine | masculine | neutral) ale cazului.
## Numere după categoriile de plural CLDR (ro: one, few, other).
## Textul se afișează ca atare: fără marcaje, parantezele rămân paranteze.

## Keys (footer)
key-cards-start = Începere
key-cards-resume = Reluare
key-cards-discard = Ștergere ciornă
key-cards-draw = Tragere
key-cards-ways = Moduri
key-cards-notes = Notițe
key-cards-presenter = Prezentare
key-cards-important = Important
key-cards-later = Deoparte
key-cards-put-back = La loc
key-cards-skip = Omitere
key-cards-end = Încheiere
key-cards-leave = Ieșire
key-cards-save = Salvare
key-cards-finish = Terminare
key-cards-pick = Alegere
key-cards-rank = Ordonare
key-cards-done = Gata
key-cards-up = Mai sus
key-cards-down = Mai jos
key-cards-previous = Înapoi
key-cards-next = Înainte
key-cards-back-to-cards = La cartonașe

## Pregătire
cards-setup-title = Sesiune cu cartonașe · cazul { $code }
cards-setup-title-demo = Sesiune cu cartonașe · demo
cards-demo-note = Demo fără caz: nu se salvează nimic și nu se scrie nimic pe disc.
cards-read-only-note = Acest caz este deschis într-o altă sesiune: puteți folosi cartonașele, dar aici nu se salvează nimic.
cards-setup-deck = Pachet
cards-setup-lang = Limba cartonașelor
cards-setup-lang2 = A doua limbă, alăturată
cards-setup-lang2-none = Niciuna
cards-setup-way = Modul de tragere
cards-setup-seed = Număr de ordine
cards-setup-seed-hint = Același număr de ordine împarte din nou cartonașele în aceeași ordine (apare în rezumatul fiecărei sesiuni).
cards-setup-bad-seed = Numărul de ordine este un număr întreg de la 0 la { $max }.
cards-setup-lang-missing = Pachetul nu are încă texte pentru { $language }: cartonașele apar în engleză.
cards-setup-deck-missing = Nu este instalat niciun pachet de cartonașe. Rulați `desistkit deck check` pentru a vedea de ce.
cards-draft-found = O sesiune cu cartonașe neterminată din { $date }: { $cards ->
    [one] 1 cartonaș tras
    [few] { $cards } cartonașe trase
   *[other] { $cards } de cartonașe trase
}. F6 o reia, F8 o șterge.
cards-draft-unreadable = O sesiune cu cartonașe neterminată nu a putut fi citită ({ $error }). F8 o șterge.
cards-draft-discarded = Sesiunea cu cartonașe neterminată a fost ștearsă.

## Moduri de tragere
cards-way-random = La întâmplare
cards-way-category = Pe categorii
cards-way-face-up = Persoana alege: cartonașe cu fața în sus
cards-way-face-down = Persoana alege: cartonașe cu fața în jos, după număr
cards-way-browse = Răsfoirea pachetului
cards-way-later = Revenire la un cartonaș pus deoparte ({ $count })
cards-way-sorting = Exercițiu de sortare
cards-ways-title = Alegeți cum continuați
cards-way-short-random = la întâmplare
cards-way-short-category = pe categorii
cards-way-short-face-up = cu fața în sus
cards-way-short-face-down = cu fața în jos
cards-way-short-browse = răsfoire

## Masa (ce vede specialistul)
cards-status = Cazul { $code } · { $way } · trase: { $drawn } · în pachet: { $left }
cards-status-demo = Demo · { $way } · trase: { $drawn } · în pachet: { $left }
cards-status-set-aside = · deoparte: { $count }
cards-status-not-saved = · nu se salvează
cards-empty-table = Niciun cartonaș pe masă. F2 trage unul ({ $way }); F3 oferă celelalte moduri.
cards-important-mark = ! important
cards-later-mark = pus deoparte
cards-notes = Notițe (doar pentru dumneavoastră; Tab pentru a scrie, Esc pentru a ieși)
cards-notes-question = Notițe (doar pentru dumneavoastră; scrieți aici, Esc pentru a ieși)
cards-new-round = Toate cartonașele au fost trase: pachetul se amestecă din nou (runda { $round }).
cards-category-spent = În această rundă nu mai e niciun cartonaș din „{ $category }”.
cards-nothing-set-aside = Niciun cartonaș nu e pus deoparte.
cards-no-card = Trageți mai întâi un cartonaș (F2).
cards-put-back-done = Cartonașul a fost pus la loc în pachet: va apărea din nou mai târziu.
cards-skipped = Omis.
cards-set-aside-done = Pus deoparte: F3 îl aduce înapoi mai târziu.
cards-kind-question = întrebare
cards-kind-statement = afirmație
cards-kind-scale = scală 0–10
cards-kind-resource = resursă
cards-card-keys = F6 important · F7 deoparte · F8 la loc · F9 omitere
cards-hint-question = Întrebare deschisă: scrieți în notițe ce a reieșit.
cards-hint-statement = 1–5 sau ↑ ↓ aleg un răspuns · Delete îl șterge · Tab: notițe
cards-hint-scale = 0–9, ← → sau End (10) aleg valoarea · Delete o șterge · Tab: notițe
cards-hint-resource = ↑ ↓ ← → mută · Spațiu bifează · Tab: notițe
cards-leave-title = Ieșiți din sesiunea cu cartonașe?
cards-leave-saved = Rămâne ca sesiune neterminată: deschideți din nou cartonașele pentru a o relua.
cards-leave-demo = În modul demo nu se păstrează nimic.
cards-leave-yes = Ieșiți (Enter)
cards-leave-no = Rămâneți (Esc)
cards-save-failed = Sesiunea cu cartonașe nu a putut fi salvată: { $error }
cards-autosave-failed = Salvarea automată a eșuat: { $error }

## Alegere
cards-category-title = Alegeți o categorie
cards-category-left = { $left ->
    [0] nu mai e niciunul
    [one] mai e 1
    [few] mai sunt { $left }
   *[other] mai sunt { $left }
}
cards-spread-title = Alegeți un cartonaș
cards-backs-title = Alegeți un cartonaș după număr
cards-backs-hint = 1–{ $count } sau ← → și Enter
cards-browse-title = Tot pachetul
cards-browse-filter = Tastați pentru a filtra…
cards-browse-drawn = ✓
cards-later-title = Cartonașe puse deoparte

## Texte pentru persoană (persoana)
cards-agreement-strongly-agree = Total de acord
cards-agreement-agree = De acord
cards-agreement-neither = Nici da, nici nu
cards-agreement-disagree = Nu sunt de acord
cards-agreement-strongly-disagree = Deloc de acord
cards-pile-have = Puncte forte pe care le am
cards-pile-develop = Puncte forte pe care vreau să le dezvolt
cards-pile-not-me = Nu mă descrie
cards-pile-agree = Sunt de acord
cards-pile-unsure = Nu știu sigur
cards-pile-disagree = Nu sunt de acord
cards-sort-rank-intro =
    { $address ->
        [informal] Pune-le în ordine: întâi ce contează cel mai mult.
       *[formal] Puneți-le în ordine: întâi ce contează cel mai mult.
    }

## Exercițiul de sortare
cards-sort-title = Exercițiu de sortare
cards-sort-preset = Teancuri
cards-sort-preset-strengths = Puncte forte: am / vreau să dezvolt / nu mă descrie
cards-sort-preset-agreement = De acord / nu știu sigur / nu sunt de acord
cards-sort-source = Cartonașe de sortat
cards-sort-source-drawn = Cartonașele trase în această sesiune ({ $count })
cards-sort-source-category = { $symbol } { $category } ({ $count })
cards-sort-start = Începere (F5)
cards-sort-empty = În acest set nu există cartonașe de sortat.
cards-sort-progress = Cartonașul { $n } din { $total } · sortate: { $sorted }
cards-sort-hint = 1–{ $piles } pune cartonașul într-un teanc · ← → înapoi / înainte · F9 ordonează după ce toate sunt sortate
cards-sort-rank-hint = ↑ ↓ alegere · + − mutare · F10 gata
cards-sort-not-complete = Sortați mai întâi toate cartonașele (rămase: { $left }).
cards-sort-nothing-to-rank = Primul teanc e gol: nu e nimic de ordonat.

## Rezumat
cards-summary-title = Încheierea sesiunii cu cartonașe
cards-summary-held = { $date } · pachetul { $deck } · număr de ordine { $seed }
cards-summary-langs = Limba cartonașelor: { $lang }
cards-summary-langs2 = Limba cartonașelor: { $lang }, alături de { $lang2 }
cards-summary-talked = Cartonașe discutate ({ $count })
cards-summary-none = Nu s-a discutat niciun cartonaș.
cards-summary-important = important
cards-summary-notes = Notițe: { $notes }
cards-summary-scale = { $value } din 10 ({ $low } … { $high })
cards-summary-ticked = Bifate: { $options }
cards-summary-nothing-ticked = Nimic bifat
cards-summary-no-answer = fără răspuns
cards-summary-set-aside = Puse deoparte și nereluate ({ $count })
cards-summary-skipped = Omise ({ $count })
cards-summary-returned = Puse la loc, cu notițe ({ $count })
cards-summary-sorting = Sortare: { $preset } · { $source }
cards-summary-ranked = ordonat
cards-summary-suggested = Factori sugerați pentru reflecția următoare
cards-summary-no-suggestions = Cartonașele nu au atins încă niciun factor.
cards-summary-unknown-card = { $id } (nu mai există în pachet)
cards-summary-save-hint = F10 salvează sesiunea, criptată, în caz. Esc revine la cartonașe.
cards-summary-demo-hint = Demo: nu se salvează nimic. F10 încheie, Esc revine la cartonașe.
cards-summary-read-only-hint = Doar citire: sesiunea nu poate fi salvată aici. F10 încheie fără salvare, Esc revine la cartonașe.
cards-saved = Sesiunea cu cartonașe a fost salvată.

## Reading a saved card session back (case overview, Enter)
