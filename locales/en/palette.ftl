## Command palette (ctrl+p) and its key in the footer. Textual's own commands, in our words.

key-palette = Commands
palette-theme = Theme
palette-theme-help = Change the colour theme
palette-quit = Quit
palette-quit-help = Close DesistKit
palette-keys = Keys
palette-keys-show-help = Show the keys of this screen and help for the focused field
palette-keys-hide-help = Hide the keys panel
palette-maximize = Maximize
palette-maximize-help = Show the focused part on the whole screen
palette-minimize = Minimize
palette-minimize-help = Return the focused part to its normal size
palette-search = Search for commands…
palette-search-themes = Search for themes…
theme-default = DesistKit (default)
theme-high-contrast = High contrast (projector)
theme-monochrome = Monochrome (no colours)
