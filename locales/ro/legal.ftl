### Temeiul legal înregistrat pentru fiecare caz: indiciul din listă, prezentarea, dialogul și ce
### urmează după retragerea consimțământului (docs/data-protection.md, „Legal basis and consent”).

# Un indiciu, niciodată un program: un simbol și câteva cuvinte, lizibil și fără culoare.
caselist-hint-basis-missing = § lipsește temeiul
caselist-hint-basis-missing-short = § temei
overview-hint-basis-missing = § niciun temei legal înregistrat încă: F3 îl înregistrează

key-legal-basis = Temei
key-withdraw = Retragere
key-print-consent = Pagina de consimțământ

legal-basis = Temei legal
legal-basis-key = Temei legal (F3)
legal-title = Temeiul legal al cazului { $code }
legal-kind-to-be-recorded = de înregistrat
legal-kind-consent = consimțământ
legal-kind-statutory-task = sarcină legală
legal-kind-other = altul
legal-given = Consimțământ dat la
legal-scope = Consimțământul acoperă
legal-scope-counselling-records = evidența consilierii
legal-scope-card-sessions = sesiunile cu cărți
legal-scope-case-conference = rezumate pentru conferința de caz
legal-scope-handover = predarea către altă instituție
legal-recipients = Instituții (după rol)
legal-recipients-hint = Roluri, separate prin virgule (de ex. serviciul de probațiune), niciodată numele unei persoane.
legal-language = Textul consimțământului în
legal-language-none = neînregistrat
legal-note = Notă
legal-note-hint = Sarcină legală: legea sau mandatul. Altul: care este temeiul.
legal-later = Domeniul și instituțiile: F3 în prezentarea cazului.
legal-consent-summary = consimțământ dat la { $date }
legal-consent-withdrawn = consimțământ retras la { $date }
legal-scope-none = nimic încă
legal-needs-date = Consimțământul are nevoie de ziua în care a fost dat.
legal-needs-note = „Altul” are nevoie de o notă care spune care este temeiul.
legal-withdraw-not-now = Se poate retrage doar un consimțământ valabil.
legal-withdrawal-before = O retragere nu poate fi înaintea zilei în care a fost dat consimțământul.
legal-withdrawn-on = Retras la
legal-next-title = Ce urmează după retragere:
legal-next-stop = • Predările și rezumatele pentru conferința de caz încetează imediat: de la Ctrl+S DesistKit le refuză pentru acest caz.
legal-next-erase = • Ștergeți sau restricționați cazul conform regulilor instituției dumneavoastră. Pentru ștergere: desistkit case erase { $code }
legal-next-tell = • Informați instituțiile care au primit deja un rezumat, conform regulilor instituției dumneavoastră.
legal-next-audit = Jurnalul de audit înregistrează retragerea (când, cine, ce caz), niciodată conținutul ei.
legal-saved = Temeiul legal a fost salvat.
legal-withdrawal-saved = Retragere înregistrată: predările acestui caz sunt refuzate de acum înainte.
