### Drucken und Exportieren: die gedruckten Karten, die Falldokumente, der Auskunftsexport.

## Gedruckte Karten (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] Eine Karte
       *[other] { $count } Karten
    } · { $language } · { $layout }
print-cover-categories = Kategorien
print-howto-title = Drucken und Schneiden
print-howto-duplex = Beidseitig auf A4 drucken, Wenden an der langen Kante, in Originalgröße (nicht „an Seite anpassen“): Dann liegt jede Rückseite hinter ihrer Vorderseite.
print-howto-one-sided = Auf A4 in Originalgröße drucken (nicht „an Seite anpassen“). Vorder- und Rückseiten stehen auf getrennten Blättern: Jedes Rückseitenblatt vor dem Schneiden auf sein Vorderseitenblatt kleben.
print-howto-cut = An den Marken am Rand jedes Blattes schneiden; festeres Papier (160–250 g/m²) ergibt haltbare Karten.
print-howto-use = Die Karten nach Kategorien offen auslegen; die Person wählt eine, dreht sie um und antwortet so, wie es die Rückseite zeigt. Das Handbuch (F1 in der App) beschreibt die Arten zu ziehen.
