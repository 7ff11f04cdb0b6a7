# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Избриши
erase-title = Да се избрише случајот { $code }?
erase-text = Со ова случајот се брише трајно: неговиот профил, сите сесии и нацрти и неговиот клуч. Ревизискиот дневник бележи дека е избришан, од кого и кога. Резервните копии и претходно направените копии на сефот не се опфатени: отстранете ги и нив.
erase-type-code = Внесете ја шифрата на случајот за потврда:
erase-yes = Избриши трајно
erase-no = Задржи го случајот
erase-mismatch = Внесената шифра не одговара на случајот.
erase-done = Случајот { $code } е избришан.

# The dialog when a case whose retention date has passed is opened.
retention-title = Рокот за чување на случајот { $code } истече
retention-text = До { $date } требаше да се чува овој случај. Избришете го сега или чувајте го подолго, со нов датум и причина. Причината се чува шифрирана во случајот; ревизискиот дневник ја бележи само промената на датумот.
retention-read-only = Овој случај е отворен во друга сесија, па тука е само за читање: може да се избрише или да се чува подолго само таму.
retention-until = Чувај до (датум по денешниот)
retention-reason = Причина за подолго чување (задолжително)
retention-keep = Чувај подолго
retention-erase = Избриши сега…
key-retention-later = Не сега
retention-later = Не сега
retention-past-date = Новиот датум мора да биде по денешниот.
retention-no-reason = Наведете ја причината за подолго чување на случајот.
retention-saved = До { $date } се чува случајот { $code }.
