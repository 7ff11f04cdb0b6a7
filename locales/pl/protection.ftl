# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Usuń
erase-title = Usunąć sprawę { $code }?
erase-text = Sprawa zostanie usunięta na zawsze: jej profil, wszystkie sesje i szkice oraz jej klucz. Dziennik audytu zachowa informację, że ją usunięto, kto to zrobił i kiedy. Kopie zapasowe i wcześniejsze kopie sejfu nie zostaną objęte: usuń je również.
erase-type-code = Aby potwierdzić, wpisz kod sprawy:
erase-yes = Usuń na zawsze
erase-no = Zachowaj sprawę
erase-mismatch = Wpisany kod nie zgadza się z kodem sprawy.
erase-done = Sprawa { $code } została usunięta.
