### Tipărire și export: cărțile tipărite, documentele cazului, exportul pentru dreptul de acces.

## Cărți tipărite (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] O carte
        [few] { $count } cărți
       *[other] { $count } de cărți
    } · { $language } · { $layout }
print-cover-categories = Categorii
print-howto-title = Cum se tipărește și se taie
print-howto-duplex = Tipăriți față-verso pe A4, cu întoarcere pe latura lungă, la 100 % (fără „potrivire în pagină”): astfel spatele fiecărei cărți ajunge în spatele feței ei.
print-howto-one-sided = Tipăriți pe A4 la 100 % (fără „potrivire în pagină”). Fețele și spatele sunt pe foi separate: lipiți fiecare foaie cu spatele pe foaia cu fețele înainte de tăiere.
print-howto-cut = Tăiați de-a lungul semnelor de pe marginile fiecărei foi; hârtia mai groasă (160–250 g/m²) face cărți rezistente.
print-howto-use = Așezați cărțile pe categorii, cu fața în sus; persoana alege una, o întoarce și răspunde așa cum arată spatele. Manualul (F1 în aplicație) descrie modurile de a trage cărți.

## Documentele cazului: raport, rezumat pentru conferința de caz (limba specialistului)

export-footer = { $code } · pseudonimizat · confidențial
export-report-title = Raportul cazului: { $code }
export-report-subtitle = Reflecții: { $reflections } · sesiuni cu cărți: { $cards } · întocmit la { $date }
export-profile = Profil
export-col-field = Câmp
export-col-value = Valoare
export-retention = Se păstrează până la
export-left-out = Omis la cerere: { $what }
export-left-own-words = cuvintele proprii ale persoanei
export-left-view = perspectiva specialistului
export-development = Evoluția în timp
export-development-none = Pentru evoluție, un factor trebuie să fie înregistrat în cel puțin două reflecții.
export-person-view = Perspectiva persoanei
export-caseworker-view = Perspectiva specialistului
export-changes = Resurse care au crescut, nevoi care s-au atenuat
export-changes-between = Între reflecțiile din { $first } și din { $last }:
export-changes-none = Între prima și cea mai nouă reflecție nu s-a schimbat nimic.
export-resource-grew = resursă nouă
export-need-eased = nevoie atenuată
export-col-factor = Factor
export-col-change = Schimbare
export-col-item = Ce
export-reflections = Reflecții
export-no-reflections = Încă nicio reflecție.
export-goals = Obiective și intervenții
export-no-goals = Niciun obiectiv înregistrat.
export-col-goal = Obiectiv
export-col-status = Stare
export-col-target = Termen
export-col-agreed = Convenit la
export-col-step = Pas
export-col-role = Cine (rol)
export-col-when = Când
export-card-sessions = Sesiuni cu cărți
export-no-card-sessions = Încă nicio sesiune cu cărți.
export-card-session = Sesiunea cu cărți din { $date }
export-cards-talked = Cărți discutate: { $count }
export-summary-title = Rezumat pentru conferința de caz: { $code }
export-summary-subtitle = Pseudonimizat; roluri, nu nume · { $date }
export-current = Imaginea actuală
export-current-of = Imaginea actuală (reflecția din { $date })
export-since-first = De la prima reflecție ({ $date }): resurse noi { $grown }, nevoi atenuate { $eased }.
export-goal-n = Obiectivul { $n }
export-next-steps = Pașii următori
export-step-n = Pasul { $n }
export-no-steps = Niciun pas deschis.
export-no-free-text = Fără text liber: doar factori, evaluări, numere, stări și date.
export-free-text = Text liber inclus la alegerea specialistului: { $fields }
export-field-resources = ce ajută
export-field-needs = ce este greu
export-field-goals = textele obiectivelor
export-field-goal-own-words = obiectivele în cuvintele persoanei
export-field-steps = textele pașilor
export-field-roles = roluri
export-field-own-words = cuvintele proprii ale persoanei
export-field-view = perspectiva specialistului

## Pagina persoanei (în limba și forma de adresare a persoanei)

handout-title = Ce am stabilit
handout-goals = { $address ->
        [informal] Obiectivele tale
       *[formal] Obiectivele dumneavoastră
    }
handout-steps = Pașii următori
handout-resources = { $address ->
        [informal] Ce te ajută
       *[formal] Ce vă ajută
    }
handout-next-meeting-title = Următoarea noastră întâlnire
handout-nothing = Încă nimic notat.
handout-closing = { $address ->
        [informal] Această pagină este a ta. Dacă vrei, adu-o la următoarea noastră întâlnire.
       *[formal] Această pagină este a dumneavoastră. Dacă doriți, aduceți-o la următoarea noastră întâlnire.
    }

## Export pentru dreptul de acces (tot ce privește un caz)

export-access-title = Tot ce este stocat despre cazul { $code }
export-access-subtitle = Export pentru dreptul de acces (RGPD art. 15 și 20) · întocmit la { $date }
export-access-readme = Acest folder conține tot ce stochează DesistKit despre un caz, decriptat: case.md pentru citit (profilul, obiectivele și intervențiile, fiecare reflecție cu corecturile ei ca versiuni, sesiunile cu cărți, ciornele deschise și înregistrările din jurnal despre caz) și case.json cu aceleași date pentru programe (schema este descrisă în docs/subject-access.md). Nu este criptat: predați-l în siguranță și ștergeți apoi această copie.
export-replaced = Această versiune a fost corectată ulterior; corectura urmează.
export-drafts = Ciorne deschise
export-no-drafts = Nicio ciornă deschisă.
export-draft-reflection = Ciornă a unei reflecții, neterminată:
export-draft-other = Ciorna { $id } (altă lucrare începută; conținutul ei este în case.json)
export-audit = Înregistrări din jurnal despre caz
export-no-audit = Nicio înregistrare din jurnal nu numește acest caz.
export-col-who = Cine (slot de cheie)
export-col-action = Acțiune
export-problems = Ce nu a putut fi citit
export-done-plain = Scris în { $path }. NU este criptat: păstrați-l acolo unde doar dumneavoastră îl puteți citi și ștergeți-l când nu mai este necesar.
export-done-encrypted = Scris în { $path }, criptat cu age.

## În aplicație: taste și dialogul de export

key-export-report = Raport
key-export-summary = Conferință
key-export-handout = Pagina persoanei
key-export-access = Exportă tot
key-print-cards = Tipărește cărțile
export-title-report = Raportul cazului
export-title-summary = Rezumat pentru conferința de caz: bifați separat fiecare câmp de text liber
export-title-handout = Pagina persoanei (în limba ei)
export-title-consent = Pagina despre consimțământ (în limba textului de consimțământ)
export-title-access = Tot ce privește acest caz (dreptul de acces)
export-title-cards = Tipărirea cărților (A4, semne de tăiere)
export-dialog-path = Scrie în (fișier sau folder nou):
export-dialog-preview = Previzualizarea a ceea ce se va scrie:
export-dialog-not-encrypted = Fișierul NU este criptat. Scrieți-l doar acolo unde nimeni altcineva nu îl poate citi și ștergeți-l apoi.
export-dialog-write = Scrie
export-dialog-cancel = Anulează
export-dialog-no-path = Indicați o cale pentru scriere.
export-dialog-next-meeting = Următoarea întâlnire (opțional):
export-dialog-bad-day = Scrieți data în formatul AAAA-LL-ZZ sau lăsați câmpul gol.
export-opt-own-words = Include cuvintele proprii ale persoanei
export-opt-view = Include perspectiva specialistului
export-replace-title = Înlocuiți fișierul?
export-replace-text = Există deja un fișier sau un folder cu acest nume. Îl înlocuiți?
export-replace-yes = Înlocuiește
export-replace-no = Păstrează
export-opt-one-sided = Pe o singură față: fețele și spatele pe foi separate

# F8 din prezentare: ce document se exportă.
key-export = Exportă…
export-menu-title = Export: ce document?
export-menu-report = întregul caz în timp, cu graficul evoluției (PDF sau Markdown)
export-menu-summary = una sau două pagini pentru o conferință de caz; text liber doar unde bifați
export-menu-handout = o pagină pentru persoană, în limba sa: obiective, pașii următori, resurse
export-menu-access = tot ce este stocat despre caz, pentru o cerere de acces la date (Markdown și JSON)

# The export dialog: the case's recorded legal basis, checked before anything is written.
export-basis = Temei legal: { $basis }
