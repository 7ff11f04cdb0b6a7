### Drukowanie i eksport: wydrukowane karty, dokumenty sprawy, eksport dostępu do danych.

## Wydrukowane karty (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] Jedna karta
        [few] { $count } karty
        [many] { $count } kart
       *[other] { $count } kart
    } · { $language } · { $layout }
print-cover-categories = Kategorie
print-howto-title = Jak drukować i ciąć
print-howto-duplex = Drukuj dwustronnie na A4, z obracaniem wzdłuż dłuższej krawędzi, w skali 100 % (bez „dopasuj do strony”): wtedy tył każdej karty trafia za jej przód.
print-howto-one-sided = Drukuj na A4 w skali 100 % (bez „dopasuj do strony”). Przody i tyły są na osobnych arkuszach: przed cięciem przyklej każdy arkusz tyłów do arkusza przodów.
print-howto-cut = Tnij wzdłuż znaczników na brzegach każdego arkusza; grubszy papier (160–250 g/m²) daje trwałe karty.
print-howto-use = Rozłóż karty według kategorii, awersem do góry; osoba wybiera jedną, odwraca ją i odpowiada tak, jak pokazuje tył. Podręcznik (F1 w aplikacji) opisuje sposoby losowania.
