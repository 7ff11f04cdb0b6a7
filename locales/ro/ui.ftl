## DesistKit TUI: textele aplicației (română).
## Variabile: $address (formal | informal), $gender (feminine | masculine | neutral),
## numere după categoriile de plural CLDR (ro: one, few, other). Textul se afișează ca atare:
## fără marcaje, parantezele rămân paranteze.

app-title = DesistKit

## Keys (footer)
key-quit = Ieșire
key-lock = Blocare
key-help = Ajutor
key-blank = Ecran gol
key-contrast = Contrast
key-unlock = Deblocare
key-other-slot = Alt slot
key-create-vault = Creare seif
key-continue = Continuare
key-open-case = Deschidere
key-new-case = Caz nou
key-clear-filter = Fără filtru
key-save = Salvare
key-cancel = Anulare
key-back = Înapoi
key-contents = Cuprins

## Unlock
unlock-title = Deblocați seiful
unlock-locked = Seiful este blocat. Cheile seifului au fost șterse, iar cazurile deschise au fost închise.
unlock-locked-idle =
    Seiful s-a blocat după { $minutes ->
        [one] { $minutes } minut
        [few] { $minutes } minute
       *[other] { $minutes } de minute
    } fără nicio tastă apăsată. Cheile seifului au fost șterse, iar cazurile deschise au fost închise.
unlock-passphrase = Fraza de acces
unlock-hint-recovery = Ați pierdut-o? Introduceți în schimb cheia de recuperare.
unlock-empty = Introduceți fraza de acces, apoi apăsați Enter.
unlock-working = Se deblochează…
# While Argon2id derives the key: a turning | / - \ and the seconds so far.
unlock-progress = Se deblochează { $spinner } { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s (Esc oprește așteptarea)
unlock-cancelled = Deblocarea a fost anulată. Puteți introduce din nou fraza de acces.
# A team vault: the key slot the unlock will try (F2 picks another).
unlock-slot = Slot de cheie: { $slot }
unlock-slot-last = Slot de cheie: { $slot } (folosit ultima dată în acest cont)
unlock-slot-any = Slot de cheie: oricare (se încearcă pe rând toate)

## Create
create-title = Creați un seif
create-intro = Tot ce înregistrați se păstrează aici, criptat. Alegeți o frază de acces pe care doar dumneavoastră o cunoașteți: mai multe cuvinte se rețin mai ușor și se ghicesc mai greu.
create-passphrase = Fraza de acces
create-again = Aceeași frază de acces, încă o dată
create-strength-short = Prea scurtă: cel puțin 10 caractere.
create-strength-weak = Prea ușor de ghicit (o parolă obișnuită sau un model): încercați patru sau mai multe cuvinte fără legătură între ele.
create-strength-fair = Acceptabilă. Cu cât e mai lungă, cu atât e mai sigură: încercați patru cuvinte sau mai multe.
create-strength-good = Puternică.
create-too-short =
    Fraza de acces trebuie să aibă cel puțin { $min ->
        [one] { $min } caracter
        [few] { $min } caractere
       *[other] { $min } de caractere
    }.
create-mismatch = Cele două fraze de acces diferă. Introduceți-o din nou pe a doua.
create-working = Se creează seiful…

## Recovery key
recovery-title = Cheia dumneavoastră de recuperare
recovery-intro = Dacă fraza de acces se pierde vreodată, această cheie deschide seiful. Este afișată doar acum.
recovery-keep = Scrieți-o pe hârtie și păstrați-o sub cheie, ca pe un document de valoare. Nu o păstrați niciodată lângă seif sau într-un e-mail.
recovery-written = Am notat-o
recovery-continue = Continuați
recovery-confirm-first = Bifați mai întâi „Am notat-o”.

## Case list
cases-filter = Tastați pentru a filtra cazurile…
cases-col-code = Cod
cases-col-status = Stare
cases-col-last = Ultima activitate
cases-col-reflections = Refl.
cases-col-cards = Cartonașe
cases-count =
    { $shown } din { $total ->
        [one] { $total } caz
        [few] { $total } cazuri
       *[other] { $total } de cazuri
    }
cases-empty = Încă nu există niciun caz. Apăsați F2 pentru a-l adăuga pe primul.
case-created = Cazul { $code } a fost creat.
damaged = deteriorat
status-active = activ
status-paused = în pauză
status-closed = închis

## New case
newcase-title = Caz nou
newcase-code = Codul cazului (un pseudonim, niciodată un nume)
newcase-code-hint = Litere, cifre și . _ / - (maximum 32), de exemplu K-2026-014.
newcase-address = Formă de adresare
newcase-gender = Formă de gen
newcase-language = Limba persoanei
newcase-retention = Păstrare până la (opțional)
newcase-bad-code = Codul cazului are 1–32 de litere, cifre sau . _ / - și începe cu o literă sau o cifră.
newcase-bad-date = Scrieți data în formatul AAAA-LL-ZZ, de exemplu 2028-06-30.
newcase-past-date = Data de păstrare trebuie să fie în viitor.
address-formal = Formală
address-informal = Informală
gender-feminine = Feminin
gender-masculine = Masculin
gender-neutral = Neutru / incluziv
gender-unspecified = Nespecificat
language-en = English (engleză)
language-de = Deutsch (germană)
language-pl = Polski (poloneză)
language-mk = Македонски (macedoneană)
language-sk = Slovenčina (slovacă)
language-ro = Română

## Case overview
case-title = Cazul { $code }
case-read-only = Doar citire: acest caz este deschis într-o altă sesiune. Închideți-l acolo pentru a face modificări aici.
case-created-on = Creat
case-no-retention = nestabilită
case-sessions = Sesiuni
case-no-sessions = Încă nu există reflecții sau sesiuni cu cartonașe.
case-session-count =
    { $reflections ->
        [one] 1 reflecție
        [few] { $reflections } reflecții
       *[other] { $reflections } de reflecții
    }, { $cards ->
        [one] 1 sesiune cu cartonașe
        [few] { $cards } sesiuni cu cartonașe
       *[other] { $cards } de sesiuni cu cartonașe
    }

## Content
content-skipped = Un pachet nu a putut fi încărcat

## Safety
screenshot-refused = Capturile de ecran sunt dezactivate: ar scrie datele cazului pe disc, necriptate.
crash-message = DesistKit s-a oprit din cauza unei erori interne. Seiful a fost blocat, iar datele salvate au rămas neschimbate. Vă rugăm să-i spuneți administratorului ce făceați; rulați cu DESISTKIT_DEBUG=1 pentru a vedea detaliile.

## The grey hint in an empty date field
date-placeholder = AAAA-LL-ZZ

## Letters typed into a closed dropdown (they are not taken)
choice-typed-while-closed = Acest câmp este o listă de opțiuni, nu un text: Enter o deschide, Tab trece la câmpul următor. Ce ați tastat nu a fost preluat.

## The settings file (settings.toml)
settings-problems = Fișierul de setări: pentru ce este greșit se folosesc valorile implicite
