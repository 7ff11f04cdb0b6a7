### Tipărire și export: cărțile tipărite, documentele cazului, exportul pentru dreptul de acces.

## Cărți tipărite (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] O carte
        [few] { $count } cărți
       *[other] { $count } de cărți
    } · { $language } · { $layout }
print-cover-categories = Categorii
print-howto-title = Cum se tipărește și se taie
print-howto-duplex = Tipăriți față-verso pe A4, cu întoarcere pe latura lungă, la 100 % (fără „potrivire în pagină”): astfel spatele fiecărei cărți ajunge în spatele feței ei.
print-howto-one-sided = Tipăriți pe A4 la 100 % (fără „potrivire în pagină”). Fețele și spatele sunt pe foi separate: lipiți fiecare foaie cu spatele pe foaia cu fețele înainte de tăiere.
print-howto-cut = Tăiați de-a lungul semnelor de pe marginile fiecărei foi; hârtia mai groasă (160–250 g/m²) face cărți rezistente.
print-howto-use = Așezați cărțile pe categorii, cu fața în sus; persoana alege una, o întoarce și răspunde așa cum arată spatele. Manualul (F1 în aplicație) descrie modurile de a trage cărți.
