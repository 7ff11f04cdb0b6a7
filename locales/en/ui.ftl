## DesistKit TUI: application strings (English, the reference).
## Variables: $address (formal | informal), $gender (feminine | masculine | neutral), numbers by CLDR plural.

app-title = DesistKit
