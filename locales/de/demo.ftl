### Die Demo (desistkit demo): ein Wegwerf-Tresor mit erfundenen Fällen (Deutsch).

demo-banner = DEMO · erfundene Fälle · beim Beenden gelöscht
demo-no-lock = Die Demo hat keine Sperre: Sie enthält nur erfundene Fälle und wird beim Beenden gelöscht (Strg+Q).
