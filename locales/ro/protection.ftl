# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Șterge
erase-title = Ștergeți cazul { $code }?
erase-text = Astfel cazul este șters definitiv: profilul său, toate sesiunile și ciornele și cheia sa. Jurnalul de audit păstrează faptul că a fost șters, de cine și când. Copiile de rezervă și copiile seifului făcute înainte nu sunt atinse: ștergeți-le și pe acestea.
erase-type-code = Tastați codul cazului pentru confirmare:
erase-yes = Șterge definitiv
erase-no = Păstrează cazul
erase-mismatch = Codul tastat nu corespunde cazului.
erase-done = Cazul { $code } a fost șters.

# The dialog when a case whose retention date has passed is opened.
retention-title = Data de păstrare a cazului { $code } a trecut
retention-text = Acest caz trebuia păstrat până la { $date }. Ștergeți-l acum sau păstrați-l mai mult, cu o dată nouă și motivul. Motivul se păstrează criptat în caz; jurnalul de audit înregistrează doar schimbarea datei.
retention-read-only = Acest caz este deschis într-o altă sesiune, deci aici este doar pentru citire: poate fi șters sau păstrat mai mult doar acolo.
retention-vault-read-only = Seiful a fost deschis doar pentru citire (acum nu se poate scrie în el), deci aici cazul nu poate fi nici șters, nici păstrat mai mult.
retention-until = Păstrează până la (o dată după ziua de azi)
retention-reason = Motivul păstrării mai îndelungate (obligatoriu)
retention-keep = Păstrează mai mult
retention-erase = Șterge acum…
key-retention-later = Nu acum
retention-later = Nu acum
retention-past-date = Data nouă trebuie să fie după ziua de azi.
retention-no-reason = Indicați motivul pentru care cazul este păstrat mai mult.
retention-saved = Cazul { $code } se păstrează până la { $date }.
