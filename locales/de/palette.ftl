## Befehlspalette (Strg+P) und ihre Taste in der Fußzeile.

key-palette = Befehle
palette-theme = Farbschema
palette-theme-help = Das Farbschema wechseln
palette-quit = Beenden
palette-quit-help = DesistKit schließen
palette-keys = Tasten
palette-keys-show-help = Die Tasten dieses Bildschirms und Hilfe zum aktiven Feld zeigen
palette-keys-hide-help = Die Tastenübersicht ausblenden
palette-maximize = Maximieren
palette-maximize-help = Den aktiven Bereich bildschirmfüllend zeigen
palette-minimize = Verkleinern
palette-minimize-help = Den aktiven Bereich wieder in normaler Größe zeigen
palette-search = Befehle suchen…
palette-search-themes = Farbschemata suchen…
theme-default = DesistKit (Standard)
theme-high-contrast = Hoher Kontrast (Beamer)
theme-monochrome = Schwarz-Weiß (ohne Farben)
