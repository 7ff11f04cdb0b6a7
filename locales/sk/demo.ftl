### Demo (desistkit demo): dočasný trezor s vymyslenými prípadmi (slovenčina, preklad z locales/en/demo.ftl).

demo-banner = DEMO · vymyslené prípady · po skončení sa vymažú
demo-no-lock = Demo nemá zámok: obsahuje iba vymyslené prípady a po skončení (Ctrl+Q) sa vymaže.
