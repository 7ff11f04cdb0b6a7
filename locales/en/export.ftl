### Printing and exporting: the printed cards, the case documents, the subject-access export.

## Printed cards (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] One card
       *[other] { $count } cards
    } · { $language } · { $layout }
print-cover-categories = Categories
print-howto-title = How to print and cut
print-howto-duplex = Print double-sided on A4, flipping on the long edge, at 100 % (no “fit to page”): each card's back then lies behind its front.
print-howto-one-sided = Print on A4 at 100 % (no “fit to page”). Fronts and backs are on separate sheets: glue each back sheet to its front sheet before cutting.
print-howto-cut = Cut along the marks at the edges of each sheet; thicker paper (160–250 g/m²) makes cards that last.
print-howto-use = Lay the cards out by category, face up; the person picks one, turns it over and answers in the way the back shows. The manual (F1 in the app) describes the ways to draw.
