## Paleta de comenzi (Ctrl+P) și tasta ei din bara de jos.

key-palette = Comenzi
palette-theme = Temă
palette-theme-help = Schimbarea temei de culori
palette-quit = Ieșire
palette-quit-help = Închiderea DesistKit
palette-keys = Taste
palette-keys-show-help = Afișarea tastelor acestui ecran și a ajutorului pentru câmpul activ
palette-keys-hide-help = Ascunderea panoului de taste
palette-maximize = Maximizare
palette-maximize-help = Afișarea părții active pe tot ecranul
palette-minimize = Restaurare
palette-minimize-help = Readucerea părții active la dimensiunea normală
palette-search = Căutare în comenzi…
palette-search-themes = Căutare în teme…
theme-default = DesistKit (implicită)
theme-high-contrast = Contrast ridicat (proiector)
theme-monochrome = Monocromă (fără culori)
