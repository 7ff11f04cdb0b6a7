# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Usuń
erase-title = Usunąć sprawę { $code }?
erase-text = Sprawa zostanie usunięta na zawsze: jej profil, wszystkie sesje i szkice oraz jej klucz. Dziennik audytu zachowa informację, że ją usunięto, kto to zrobił i kiedy. Kopie zapasowe i wcześniejsze kopie sejfu nie zostaną objęte: usuń je również.
erase-type-code = Aby potwierdzić, wpisz kod sprawy:
erase-yes = Usuń na zawsze
erase-no = Zachowaj sprawę
erase-mismatch = Wpisany kod nie zgadza się z kodem sprawy.
erase-done = Sprawa { $code } została usunięta.

# The dialog when a case whose retention date has passed is opened.
retention-title = Minął termin przechowywania sprawy { $code }
retention-text = Tę sprawę miano przechowywać do { $date }. Usuń ją teraz albo przechowuj dłużej, podając nową datę i powód. Powód jest przechowywany w sprawie w postaci zaszyfrowanej; dziennik audytu odnotowuje tylko zmianę daty.
retention-read-only = Ta sprawa jest otwarta w innej sesji, więc tutaj jest tylko do odczytu: usunąć ją lub przedłużyć jej przechowywanie można tylko tam.
retention-vault-read-only = Sejf otwarto tylko do odczytu (nie można teraz w nim zapisywać), więc tej sprawy nie można tu ani usunąć, ani przechowywać dłużej.
retention-until = Przechowuj do (data późniejsza niż dziś)
retention-reason = Powód dłuższego przechowywania (wymagany)
retention-keep = Przechowuj dłużej
retention-erase = Usuń teraz…
key-retention-later = Nie teraz
retention-later = Nie teraz
retention-past-date = Nowa data musi być późniejsza niż dzisiejsza.
retention-no-reason = Podaj powód dłuższego przechowywania sprawy.
retention-saved = Sprawa { $code } będzie przechowywana do { $date }.
