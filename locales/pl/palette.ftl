## Paleta poleceń (Ctrl+P) i jej klawisz w stopce.

key-palette = Polecenia
palette-theme = Motyw
palette-theme-help = Zmień motyw kolorów
palette-quit = Zakończ
palette-quit-help = Zamknij DesistKit
palette-keys = Klawisze
palette-keys-show-help = Pokaż klawisze tego ekranu i pomoc do aktywnego pola
palette-keys-hide-help = Ukryj panel klawiszy
palette-maximize = Maksymalizuj
palette-maximize-help = Pokaż aktywny element na całym ekranie
palette-minimize = Przywróć
palette-minimize-help = Przywróć aktywny element do zwykłego rozmiaru
palette-search = Szukaj poleceń…
palette-search-themes = Szukaj motywów…
theme-default = DesistKit (domyślny)
theme-high-contrast = Wysoki kontrast (projektor)
theme-monochrome = Monochromatyczny (bez kolorów)
