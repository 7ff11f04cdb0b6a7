# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Vymazať
erase-title = Vymazať prípad { $code }?
erase-text = Týmto sa prípad natrvalo vymaže: jeho profil, všetky sedenia a koncepty a jeho kľúč. Auditný denník zaznamená, že bol vymazaný, kým a kedy. Zálohy a skôr vytvorené kópie trezora sa tým nezasiahnu: odstráňte aj tie.
erase-type-code = Na potvrdenie zadajte kód prípadu:
erase-yes = Natrvalo vymazať
erase-no = Ponechať prípad
erase-mismatch = Zadaný kód sa nezhoduje s kódom prípadu.
erase-done = Prípad { $code } bol vymazaný.

# The dialog when a case whose retention date has passed is opened.
retention-title = Dátum uchovávania prípadu { $code } uplynul
retention-text = Tento prípad sa mal uchovávať do { $date }. Vymažte ho teraz alebo ho uchovajte dlhšie s novým dátumom a dôvodom. Dôvod sa uloží v prípade zašifrovaný; auditný denník zaznamená iba zmenu dátumu.
retention-read-only = Tento prípad je otvorený v inej relácii, preto je tu iba na čítanie: vymazať ho alebo predĺžiť jeho uchovávanie možno iba tam.
retention-vault-read-only = Trezor sa otvoril iba na čítanie (teraz doň nemožno zapisovať), preto tu tento prípad nemožno vymazať ani uchovávať dlhšie.
retention-until = Uchovávať do (dátum po dnešku)
retention-reason = Dôvod dlhšieho uchovávania (povinný)
retention-keep = Uchovávať dlhšie
retention-erase = Vymazať teraz…
key-retention-later = Teraz nie
retention-later = Teraz nie
retention-past-date = Nový dátum musí byť po dnešku.
retention-no-reason = Uveďte dôvod dlhšieho uchovávania prípadu.
retention-saved = Prípad { $code } sa uchováva do { $date }.
