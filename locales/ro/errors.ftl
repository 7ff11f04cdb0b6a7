## DesistKit TUI: mesaje de eroare (română). Vezi locales/en/errors.ftl.
## Fiecare mesaj spune ce s-a întâmplat, iar cele mai multe și ce e de făcut (…-hint); ambele
## apar pe un singur rând prin error-with-hint. Ne adresăm specialistului (dumneavoastră).
## Variabilele sunt căi, coduri de caz, identificatori și numere, niciodată secrete.
## Numere după categoriile de plural CLDR (ro: one, few, other). Textul se afișează ca atare.

error-with-hint = { $message } – { $hint }
error-internal = S-a întâmplat ceva la care DesistKit nu se aștepta ({ $kind })

## Seiful
error-vault = Seiful nu a putut face acest lucru
error-no-vault = Nu există niciun seif la { $path }
error-no-vault-hint = creați unul cu `desistkit init` sau indicați-l cu --vault ori DESISTKIT_VAULT
error-header-missing = Seiful de la { $path } și-a pierdut antetul, fișierul vault.toml: fără el nicio frază de acces nu deschide cazurile din seif
error-header-missing-hint = restaurați vault.toml dintr-o copie de rezervă; nu rulați `desistkit init` acolo
error-vault-exists-vault = La { $path } există deja un seif
error-vault-exists-not-empty = Dosarul { $path } nu este gol
error-vault-exists-hint = alegeți alt dosar sau deschideți-l pe acesta
error-wrong-passphrase = Această frază de acces nu a deblocat seiful
error-wrong-passphrase-hint = verificați tasta Caps Lock și aranjamentul tastaturii, apoi încercați din nou
error-bad-recovery-key-length =
    O cheie de recuperare are { $groups } grupuri a câte { $size } caractere; aceasta are { $length ->
        [one] { $length } caracter
        [few] { $length } caractere
       *[other] { $length } de caractere
    }
error-bad-recovery-key-character = În această cheie de recuperare, grupul { $group } conține un caracter care nu se folosește niciodată: „{ $char }”
error-bad-recovery-key-typo = În această cheie de recuperare, grupul { $group } conține o greșeală de tastare
error-bad-recovery-key-hint = comparați-o grup cu grup cu cheia tipărită
error-vault-locked = Seiful este blocat
error-vault-locked-hint = deblocați-l mai întâi
error-audit-busy = Jurnalul de audit este ocupat în acest moment
error-audit-busy-hint = încercați din nou
error-vault-busy = O altă sesiune modifică seiful chiar acum
error-vault-busy-hint = încercați din nou peste câteva clipe
error-audit-not-written = Operația a fost făcută, dar intrarea ei în jurnalul de audit („{ $action }”) nu a putut fi scrisă
error-audit-not-written-hint = eliberați puțin spațiu; jurnalul poate fi verificat în continuare, lipsește doar această intrare
error-rekey-unfinished = Cheia principală a fost înlocuită și noua cheie de recuperare este valabilă, dar resigilarea fișierelor s-a întrerupt
error-rekey-unfinished-hint = nu s-a pierdut nimic: următoarea deblocare o duce la capăt

## Stări pe care le lasă o scriere întreruptă: nu sunt deteriorări, nu s-a pierdut nimic
error-recoverable-incomplete-case = { $path } este un caz a cărui creare a fost întreruptă; nu a conținut niciodată nimic
error-recoverable-uncounted-sessions = Cazul { $code } are { $count ->
        [one] o sesiune salvată care nu este încă numărată
        [few] { $count } sesiuni salvate care nu sunt încă numărate
       *[other] { $count } de sesiuni salvate care nu sunt încă numărate
    }
error-recoverable-finished-draft = { $path } este ciorna unei sesiuni care a fost deja salvată
error-recoverable-temp-file = { $path } a rămas de la o scriere întreruptă
error-recoverable-loose-permissions = Alți utilizatori ai acestui calculator pot deschide { $path } (modul { $mode })
error-recoverable-unfinished-rekey = După înlocuirea cheii principale, nu toate fișierele au fost încă resigilate
error-recoverable-hint = nu s-a pierdut nimic; `desistkit vault verify --repair` rezolvă problema

## Fișiere deteriorate
error-tampered-integrity = Fișierul { $path } nu a trecut verificarea de integritate
error-tampered-truncated = Fișierul { $path } este trunchiat
error-tampered-not-vault-file = Fișierul { $path } nu este un fișier de seif DesistKit (sau primii săi octeți sunt deteriorați)
error-tampered-bad-header = Fișierul { $path } are antetul deteriorat
error-tampered-other-key = Fișierul { $path } a fost sigilat cu altă cheie (sau antetul său este deteriorat)
error-tampered-key-length = Fișierul { $path } nu are lungimea unei chei
error-tampered-not-document = Fișierul { $path } a fost decriptat, dar nu este un document valid
error-tampered-wrong-record = Fișierul { $path } conține altă înregistrare decât arată numele său
error-tampered-other-case = Fișierul { $path } aparține altui caz
error-tampered-changed-outside = Fișierul { $path } a fost modificat în afara DesistKit (codul său MAC nu se potrivește)
error-tampered-checksum = Fișierul { $path } este deteriorat (suma sa de control lipsește sau nu se potrivește)
error-tampered-missing = Fișierul { $path } lipsește
error-tampered-audit-gap = Intrarea { $path } lipsește din lanțul de audit
error-tampered-audit-order = Intrarea { $path } nu urmează după intrarea dinaintea ei
error-tampered-not-toml = Fișierul { $path } nu este un document TOML valid (sau își imbrică valorile prea adânc)
error-tampered-too-large = Fișierul { $path } este mult mai mare decât orice fișier scris de DesistKit
error-tampered-erased = { $path } aparține unui caz șters: a fost copiat înapoi în seif și nicio cheie a seifului nu îl deschide
error-tampered-audit-truncated = { $path }: lipsesc cele mai noi intrări ale jurnalului de audit (antetul seifului consemnează un jurnal mai lung)
error-tampered-hint = restaurați acest fișier dintr-o copie de rezervă; `desistkit vault verify` afișează toate fișierele deteriorate
error-unsupported-version = Fișierul { $path } are versiunea de format { $version }, pe care această versiune de DesistKit nu o poate citi
error-unsupported-version-hint = actualizați DesistKit TUI la versiunea care a scris acest seif

## Un document cu o formă neașteptată: $key este câmpul în cauză; $expected și $found sunt nume
## de tipuri (str, int, list, table, date…), iar $value o valoare salvată: nu le traduceți.
error-schema-missing = { $path }: câmpul { $key } lipsește
error-schema-unknown-key = { $path }: { $key } nu este un câmp cunoscut
error-schema-wrong-type = { $path }: câmpul { $key } ar trebui să fie { $expected }, nu { $found }
error-schema-unknown-value = { $path }: câmpul { $key } are o valoare necunoscută aici: { $value }
error-schema-out-of-range = { $path }: câmpul { $key } trebuie să fie între { $low } și { $high }
error-schema-too-small = { $path }: câmpul { $key } trebuie să fie un număr întreg de cel puțin { $low }
error-schema-no-time-zone = { $path }: câmpul { $key } conține o oră fără fus orar
error-schema-repeated = { $path }: câmpul { $key } numește ceva de două ori
error-schema-invalid = { $path }: câmpul { $key } nu este valid aici
error-schema-no-migration = { $path }: nu există o actualizare de la schema { $schema } pentru un document de tipul „{ $document }”
error-schema-hint = fișierul a fost scris de alt program sau a fost editat; restaurați-l dintr-o copie de rezervă
error-deck-not-installed = Această sesiune cu cartonașe a folosit pachetul „{ $deck }”, care nu este instalat aici
error-deck-not-installed-hint = instalați-l din nou pentru a citi sesiunea; nu s-a schimbat nimic

## Cazuri
error-case-busy = Cazul { $code } este deschis într-o altă sesiune
error-case-busy-hint = închideți-l acolo; până atunci, aici se deschide doar pentru citire
error-vault-read-only = Seiful a fost deschis doar pentru citire: în această sesiune puteți citi toate cazurile, dar nu puteți salva nimic
error-vault-read-only-hint = folderul sau discul este doar pentru citire ori discul este plin; permiteți scrierea sau eliberați spațiu, apoi blocați și deblocați din nou
error-read-only-case = Cazul { $code } este deschis într-o altă sesiune, așa că aici este doar pentru citire
error-read-only-case-hint = închideți-l acolo, apoi deschideți-l din nou
error-conflict-case-changed = Cazul { $code } a fost modificat în alt loc
error-conflict-session-exists = Sesiunea { $session } există deja
error-conflict-hint = redeschideți cazul ca să vedeți cealaltă modificare; nu s-a suprascris nimic
error-no-such-case = Nu există niciun caz „{ $case }”
error-no-such-case-hint = `desistkit case list` afișează cazurile
error-duplicate-case = Există deja un caz cu codul „{ $code }”
error-duplicate-case-hint = alegeți alt cod pseudonim

## Disc și dosare. $oserror sunt cuvintele sistemului de operare (adesea în engleză).
error-disk-full = Nu mai este spațiu pentru a scrie { $path }
error-disk-full-hint = eliberați puțin spațiu, apoi salvați din nou; versiunea anterioară este intactă
error-storage-read = Nu s-a putut citi { $path }
error-storage-write = Nu s-a putut scrie { $path }
error-storage-lock = Nu s-a putut bloca { $path }
error-storage-verify = Ce s-a scris în { $path } nu a putut fi recitit neschimbat
error-storage-hint =
    { $cause ->
        [permission] acces refuzat: verificați permisiunile dosarului
        [read-only] discul este montat doar pentru citire: adresați-vă persoanei care administrează serverul
        [io] discul a raportat o eroare de intrare/ieșire: verificați-l, apoi încercați din nou
       *[other] { $oserror }: verificați permisiunile dosarului și spațiul liber
    }

## Sloturi de cheie (frazele de acces și cheia de recuperare care deschid un seif)
error-key-slot-no-such-slot = Niciun slot de cheie nu se numește „{ $slot }”
error-key-slot-several-slots = Mai multe sloturi de cheie se numesc „{ $slot }”
error-key-slot-label-taken = Eticheta „{ $label }” este goală sau deja folosită: alegeți una nouă
error-key-slot-last-passphrase = Aceasta este ultima frază de acces; adăugați alta înainte să o eliminați
error-key-slot-slot-in-use = Această sesiune a fost deblocată cu acel slot; deblocați mai întâi cu altul
error-key-slot-rekey-needs-passphrase = O cheie principală nouă se poate crea doar dintr-o sesiune deblocată cu o frază de acces, nu cu cheia de recuperare
error-key-slot-hint = `desistkit vault keys` afișează sloturile
error-passphrase-too-short =
    Fraza de acces este prea scurtă: trebuie să aibă cel puțin { $minimum ->
        [one] { $minimum } caracter
        [few] { $minimum } caractere
       *[other] { $minimum } de caractere
    }
error-passphrase-too-short-hint = alegeți una mai lungă; patru sau mai multe cuvinte fără legătură între ele se rețin ușor
error-passphrase-too-weak = Această frază de acces se numără printre cele mai ușor de ghicit (o parolă obișnuită, un rând de taste sau un model repetat)
error-passphrase-too-weak-hint = alegeți patru sau mai multe cuvinte fără legătură între ele; numele, datele și expresiile cunoscute se ghicesc ușor
error-kdf-bounds-iterations = Numărul de treceri Argon2id trebuie să fie între { $low } și { $high }, nu { $value }
error-kdf-bounds-lanes = Numărul de benzi Argon2id trebuie să fie între { $low } și { $high }, nu { $value }
error-kdf-bounds-memory = Memoria Argon2id trebuie să fie între { $low } KiB și { $high } KiB, nu { $value } KiB
error-kdf-bounds-cost = Memoria × trecerile Argon2id pot fi cel mult 1 GiB × 64 de treceri ({ $high } KiB în total), nu { $value } KiB
error-kdf-bounds-hint = `desistkit vault tune` propune setări potrivite pentru acest server

## Reflecția
error-flow-no-factors = Alegeți cel puțin un factor
error-flow-no-step = Nu există pasul { $step }
error-flow-not-a-factor-step = Doar un pas cu un factor poate fi sărit
error-flow-no-factor = Acest pas nu are un factor de înregistrat
error-flow-unknown-field = Nu există câmpul „{ $field }” de înregistrat
error-flow-factor-not-included = Factorul „{ $factor }” nu face parte din această reflecție
error-flow-nothing-recorded = Încă nu ați înregistrat nimic: înregistrați cel puțin un factor înainte de a încheia

## Pachete omise la pornire ($folder: unde se află pachetul; $location: unde este prima lui
## problemă, fișier:rând)
error-deck-skipped =
    Pachetul { $deck } a fost omis ({ $folder }): { $count ->
        [one] o problemă, în { $location }
        [few] { $count } probleme, prima în { $location }
       *[other] { $count } de probleme, prima în { $location }
    }
error-deck-additions-skipped =
    Completările la pachetul { $deck } au fost omise ({ $folder }): { $count ->
        [one] o problemă, în { $location }
        [few] { $count } probleme, prima în { $location }
       *[other] { $count } de probleme, prima în { $location }
    }
error-deck-skipped-hint = `desistkit deck check` le afișează pe toate

## Ștergeri și reveniri: fișiere autentice, dar mai vechi sau mai puține decât a înregistrat seiful
error-rolled-back-case-deleted = Cazul { $code } lipsește: dosarul său a fost șters sau mutat
error-rolled-back-case-older = Cazul { $code } a fost readus la o versiune mai veche: fișierul său are revizia { $rev }, seiful a înregistrat { $expected }
error-rolled-back-session-missing = În cazul { $code } { $count ->
        [one] lipsește o sesiune salvată
        [few] lipsesc { $count } sesiuni salvate
       *[other] lipsesc { $count } de sesiuni salvate
    } (șterse sau readuse la o versiune mai veche)
error-rolled-back-index-lost = Evidența cazurilor seifului (index/) a fost ștearsă sau deteriorată: ștergerile și revenirile anterioare nu pot fi verificate
error-rolled-back-hint = restaurați fișierele lipsă sau mai vechi dintr-o copie de siguranță; apoi `desistkit vault verify --repair` acceptă starea de acum

## Export și tipărire

error-export = Exportul nu a putut fi făcut
error-export-hint = nu s-a scris nimic; verificați folderul țintă, apoi încercați din nou
error-export-exists = { $path } există deja
error-export-exists-hint = alegeți alt nume sau înlocuiți fișierul cu --force (în aplicație: confirmați înlocuirea)
error-export-failed-disk-full = Nu mai este spațiu pentru a scrie { $path }
error-export-failed-permission = Nu există permisiunea de a scrie { $path }
error-export-failed-read-only = { $path } se află pe un disc numai pentru citire
error-export-failed-no-folder = Folderul pentru { $path } nu există
error-export-failed-other = { $path } nu a putut fi scris ({ $oserror })
error-export-recipient = „{ $recipient }” nu este un destinatar age
error-export-recipient-hint = un destinatar age începe cu „age1”; cereți colegului sau colegei rândul pe care `age-keygen` l-a afișat ca „public key”
## Temei legal: un export pe care temeiul înregistrat al cazului nu îl acoperă; nu s-a scris nimic
## ($purpose: report, summary, handover sau deck; $date: AAAA-LL-ZZ; $recipient: rolul unei instituții)
error-export-refused-no-basis = Nimic nu a ieșit din seif: pentru acest caz nu este încă înregistrat niciun temei legal
error-export-refused-no-note = Nimic nu a ieșit din seif: temeiul legal al cazului este „altul”, dar nu spune care
error-export-refused-withdrawn = Nimic nu a ieșit din seif: persoana și-a retras consimțământul la { $date }
error-export-refused-not-in-scope = Nimic nu a ieșit din seif: consimțământul înregistrat nu acoperă { $purpose ->
        [report] raportul cazului
        [summary] rezumatele pentru conferința de caz
        [handover] predarea către o altă instituție
       *[deck] sesiunile cu cărți tipărite
    }
error-export-refused-no-recipient = Nimic nu a ieșit din seif: o predare are nevoie de instituția care primește, numită după rolul ei
error-export-refused-recipient-not-named = Nimic nu a ieșit din seif: consimțământul înregistrat nu numește „{ $recipient }” ca destinatar
error-export-refused-hint = înregistrați sau actualizați temeiul legal în prezentarea cazului (F3); `desistkit case basis COD` îl afișează
## Fișierul de setări (settings.toml)
error-settings-unreadable = { $file } nu poate fi citit: { $detail }
error-settings-syntax = { $file }, rândul { $line }: nu este TOML valid ({ $detail })
error-settings-unknown-key = { $file }, rândul { $line }: „{ $key }” nu este o setare
error-settings-wrong-type = { $file }, rândul { $line }: „{ $key }” trebuie să fie { $expected ->
        [number] un număr
        [table] un tabel
       *[string] un text între ghilimele
    }
error-settings-bad-value = { $file }, rândul { $line }: „{ $key }” nu poate fi { $value } (permis: { $allowed })
error-settings-unknown-binding = { $file }, rândul { $line }: nu există combinația de taste „{ $key }” (`desistkit keys` le arată pe toate)
error-settings-key-clash = { $file }, rândul { $line }: { $keys } ar declanșa pe același ecran atât „{ $first }”, cât și „{ $second }”
error-settings-unknown-theme = { $file }, rândul { $line }: nu există tema { $value } (teme: { $allowed })
error-settings-hint = DesistKit folosește în schimb valoarea implicită; `desistkit doctor` verifică fișierul
