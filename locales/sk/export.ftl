### Tlač a export: vytlačené karty, dokumenty prípadu, export na žiadosť o prístup.

## Vytlačené karty (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] Jedna karta
        [few] { $count } karty
        [many] { $count } karty
       *[other] { $count } kariet
    } · { $language } · { $layout }
print-cover-categories = Kategórie
print-howto-title = Ako tlačiť a strihať
print-howto-duplex = Tlačte obojstranne na A4 s otáčaním po dlhšej hrane v mierke 100 % (bez „prispôsobiť strane“): zadná strana každej karty potom leží za jej prednou stranou.
print-howto-one-sided = Tlačte na A4 v mierke 100 % (bez „prispôsobiť strane“). Predné a zadné strany sú na samostatných hárkoch: pred strihaním nalepte každý hárok zadných strán na hárok predných strán.
print-howto-cut = Strihajte podľa značiek na okrajoch každého hárku; hrubší papier (160–250 g/m²) dá odolné karty.
print-howto-use = Rozložte karty podľa kategórií lícom nahor; osoba si jednu vyberie, otočí ju a odpovie tak, ako ukazuje zadná strana. Príručka (F1 v aplikácii) opisuje spôsoby ťahania.
