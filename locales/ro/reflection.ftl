### CaseReflector: privirea de ansamblu asupra cazului, reflecția pas cu pas, obiectivele și evoluția (română).
### Numere după categoriile de plural CLDR (ro: one, few, other).
### Nu folosiți etichete precum „extremist” pentru persoană; spuneți „persoana”.

## Cât contează, cine a adus vorba

relevance-unknown = nu se știe
relevance-none = deloc
relevance-some = oarecum
relevance-high = mult
raised-unset = nenotat
raised-person = persoana
raised-caseworker = specialistul
raised-both = ambele părți

## Privire de ansamblu asupra cazului

overview-profile = Profil
overview-last-reflection = Ultima reflecție
overview-hints = Necesită atenție
overview-hint-goal-overdue = ⏰ un obiectiv a depășit data propusă
overview-hint-retention-due = ⌛ a sosit data de păstrare: ștergeți cazul (F9) sau deschideți-l din nou pentru a-l păstra mai mult, cu un motiv
overview-hint-review-due = ⟳ e timpul unei reflecții: încă niciuna sau niciuna de mult timp
overview-sessions = Reflecții și sesiuni cu cartonașe
overview-reflection-item = { $date } · reflecție · { $recorded ->
        [one] un factor
        [few] { $recorded } factori
       *[other] { $recorded } de factori
    }{ $later ->
        [yes] {" "}(introdusă ulterior)
       *[no] {""}
    }
overview-corrected = corectată
overview-cards-item = { $date } · sesiune cu cartonașe · { $cards ->
        [one] un cartonaș
        [few] { $cards } cartonașe
       *[other] { $cards } de cartonașe
    }
overview-draft = ✎ Vă așteaptă o reflecție neterminată din { $date } (F5 o continuă).
overview-goals = Obiective și intervenții
overview-no-goals = Încă nu a fost stabilit niciun obiectiv (F6 adaugă unul).
overview-goal-item = { $symbol } { $text }{ $target ->
        [none] {""}
       *[other] {" "}· până la { $target }
    } · { $status }
overview-intervention-item = {"    "}→ { $what }{ $who ->
        [none] {""}
       *[other] {" "}· { $who }
    }{ $when ->
        [none] {""}
       *[other] {" "}· { $when }
    } · {$status}
overview-development = Evoluție
overview-development-legend = Perspectiva persoanei ○ deloc ◐ oarecum ● mult ? nu se știe · bare: ajută, greu
overview-development-none = Apare după ce un factor a fost discutat în mai multe reflecții.
overview-problems = Unele sesiuni nu au putut fi citite:
key-new-reflection = Reflecție nouă
key-continue-reflection = Continuare
key-cards = Cartonașe
key-goals = Obiective
key-edit-profile = Profil
key-compare = Comparare
key-open = Deschidere

goal-status-open = deschis
goal-status-achieved = atins
goal-status-dropped = abandonat
intervention-status-planned = planificată
intervention-status-active = în desfășurare
intervention-status-done = încheiată
intervention-status-dropped = anulată

## Începerea unei reflecții

start-title = Reflecție nouă
start-which = Ce factori?
start-all = Toți factorii ({ $count })
start-area = O singură arie
start-relevant = Cei care contau data trecută ({ $count })
start-suggested = Sugerați de ultima sesiune cu cartonașe ({ $count })
start-pick = Alegere manuală
start-held-on = Data reflecției (AAAA-LL-ZZ; o dată trecută o marchează ca introdusă ulterior)
start-none-chosen = Alegeți cel puțin un factor.
start-bad-date = Scrieți data în formatul AAAA-LL-ZZ; nu poate fi în viitor.
key-start = Începere

resume-title = Continuați reflecția neterminată?
resume-text = O reflecție din { $date } nu a fost terminată (factori înregistrați: { $done } din { $total }). O continuați sau renunțați la ea și începeți din nou?
resume-continue = Continuați
resume-discard = Începeți din nou
resume-discard-confirm = Renunțați la reflecția neterminată? Pasul acesta nu poate fi anulat.

## Reflecția pas cu pas

flow-step = Pasul { $n } din { $total }
flow-area = Arie: { $area }
flow-cw-questions = De reflectat (pentru dumneavoastră)
flow-ask-questions = De întrebat persoana
flow-goals-title = Obiective stabilite împreună cu persoana
flow-goals-help = Legați de factori obiectivele la care s-a lucrat în această reflecție; cu F6 adăugați sau modificați obiective.
flow-summary-title = Rezumat — verificați-l, apoi F10 îl salvează ca variantă finală
flow-read-only = Doar citire: cazul e deschis într-o altă sesiune; nimic nu se salvează aici.
flow-saved = Salvat la { $time }
flow-unsaved = Nesalvat încă
flow-save-failed = Salvarea automată a eșuat: { $error }. Textul dumneavoastră este încă aici; eliberați spațiu pe disc sau verificați seiful, apoi continuați.
flow-finished = Reflecția a fost salvată.
flow-finish-empty = Încă nu ați înregistrat nimic: înregistrați cel puțin un factor înainte de a încheia.
flow-leave-saved = Reflecția a fost salvată ca ciornă; o puteți continua din pagina cazului, cu F5.

step-done = gata
step-skipped = omis
step-empty = gol
step-goals = Obiective
step-summary = Rezumat
steps-title = Pași — Enter sare la pasul ales

field-person = Perspectiva persoanei
field-caseworker = Perspectiva dumneavoastră
field-relevance-person = Cât contează acum — după persoană
field-relevance-caseworker = Cât contează acum — după dumneavoastră
field-raised-by = Cine a adus vorba
field-resources = Ce ajută (resurse), câte unul pe rând
field-needs = Ce e greu (nevoi), câte unul pe rând
field-own-words = În cuvintele persoanei
field-view = Perspectiva dumneavoastră profesională
field-goals = Obiective legate
field-note = Notă despre întreaga reflecție
field-words = { $count ->
        [one] un cuvânt
        [few] { $count } cuvinte
       *[other] { $count } de cuvinte
    }

key-next = Înainte
key-previous = Înapoi
key-steps = Pași
key-skip = Omitere
key-finish = Încheiere
key-leave = Salvare

summary-held-on = Reflecția din { $date }
summary-entered-later = introdusă ulterior
summary-correction = corectarea unei versiuni anterioare
summary-counts = { $recorded ->
        [one] Un factor înregistrat
        [few] { $recorded } factori înregistrați
       *[other] { $recorded } de factori înregistrați
    }, omiși: { $skipped }
summary-relevance = Cât contează —

## Obiective și intervenții

goal-title-new = Obiectiv nou
goal-title-edit = Obiectiv
goal-text = Obiectivul (în cuvintele dumneavoastră)
goal-own-words = Obiectivul în cuvintele persoanei
goal-target = Data propusă (AAAA-LL-ZZ, opțional)
goal-status = Stare
goal-factors = Factorii de care ține
goal-interventions = Intervenții (Tab trece la listă; Enter editează, F7 adaugă una)
goal-empty = Scrieți mai întâi obiectivul.
goal-saved = Obiectivul a fost salvat.
intervention-title = Intervenție
intervention-what = Ce este planificat
intervention-who = Cine (un rol, de ex. „mentor”, „agenția de ocupare” — niciodată un nume real)
intervention-when = Când (AAAA-LL-ZZ, opțional)
intervention-status = Stare
intervention-empty = Scrieți mai întâi ce este planificat.
goals-title = Obiective și intervenții — Enter editează, F6 adaugă un obiectiv
key-new-goal = Obiectiv nou
key-new-intervention = Pas nou
discard-title = Renunțați la modificări?
discard-text = Ce ați scris aici nu a fost salvat.
discard-yes = Renunțați
discard-no = Continuați editarea

## Citire, comparare, evoluție

key-correct = Corectare
compare-title = Comparație: { $earlier } → { $later }
compare-choose = Marcați două reflecții (Spațiu sau Enter marchează și demarchează); comparația apare dedesubt
compare-need-two = Pentru comparație sunt necesare două reflecții.
compare-unchanged = neschimbat
compare-new = nou în această reflecție
compare-not-now = nu s-a lucrat la el de data aceasta
compare-need-to-resource = era greu, acum ajută
trend-helps = ajută
trend-hard = greu
development-title = Evoluția cazului { $code }
profile-title = Profilul cazului
profile-code-taken = Un alt caz are deja codul { $code }.
summary-resources = Ce ajută
summary-needs = Ce e greu
