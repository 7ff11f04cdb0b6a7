## Палета со команди (Ctrl+P) и нејзиното копче во долната лента.

key-palette = Команди
palette-theme = Тема
palette-theme-help = Променете ја темата на бои
palette-quit = Излез
palette-quit-help = Затворете го DesistKit
palette-keys = Копчиња
palette-keys-show-help = Прикажете ги копчињата на овој екран и помош за активното поле
palette-keys-hide-help = Скријте го панелот со копчиња
palette-maximize = Зголеми
palette-maximize-help = Прикажете го активниот дел на целиот екран
palette-minimize = Намали
palette-minimize-help = Вратете го активниот дел во нормална големина
palette-search = Пребарајте команди…
palette-search-themes = Пребарајте теми…
theme-default = DesistKit (стандардна)
theme-high-contrast = Висок контраст (проектор)
theme-monochrome = Црно-бела (без бои)
