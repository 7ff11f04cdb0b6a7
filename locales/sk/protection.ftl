# Data protection: erasure, retention, audit, backup (docs/data-protection.md).

key-erase-case = Vymazať
erase-title = Vymazať prípad { $code }?
erase-text = Týmto sa prípad natrvalo vymaže: jeho profil, všetky sedenia a koncepty a jeho kľúč. Auditný denník zaznamená, že bol vymazaný, kým a kedy. Zálohy a skôr vytvorené kópie trezora sa tým nezasiahnu: odstráňte aj tie.
erase-type-code = Na potvrdenie zadajte kód prípadu:
erase-yes = Natrvalo vymazať
erase-no = Ponechať prípad
erase-mismatch = Zadaný kód sa nezhoduje s kódom prípadu.
erase-done = Prípad { $code } bol vymazaný.
