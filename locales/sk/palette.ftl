## Paleta príkazov (Ctrl+P) a jej kláves v päte.

key-palette = Príkazy
palette-theme = Farebná téma
palette-theme-help = Zmeniť farebnú tému
palette-quit = Koniec
palette-quit-help = Zatvoriť DesistKit
palette-keys = Klávesy
palette-keys-show-help = Zobraziť klávesy tejto obrazovky a pomoc k aktívnemu poľu
palette-keys-hide-help = Skryť panel klávesov
palette-maximize = Maximalizovať
palette-maximize-help = Zobraziť aktívnu časť na celej obrazovke
palette-minimize = Obnoviť
palette-minimize-help = Vrátiť aktívnu časť do bežnej veľkosti
palette-search = Hľadať príkazy…
palette-search-themes = Hľadať farebné témy…
theme-default = DesistKit (predvolená)
theme-high-contrast = Vysoký kontrast (projektor)
theme-monochrome = Čiernobiela (bez farieb)
