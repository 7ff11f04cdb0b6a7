# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Șterge
erase-title = Ștergeți cazul { $code }?
erase-text = Astfel cazul este șters definitiv: profilul său, toate sesiunile și ciornele și cheia sa. Jurnalul de audit păstrează faptul că a fost șters, de cine și când. Copiile de rezervă și copiile seifului făcute înainte nu sunt atinse: ștergeți-le și pe acestea.
erase-type-code = Tastați codul cazului pentru confirmare:
erase-yes = Șterge definitiv
erase-no = Păstrează cazul
erase-mismatch = Codul tastat nu corespunde cazului.
erase-done = Cazul { $code } a fost șters.
