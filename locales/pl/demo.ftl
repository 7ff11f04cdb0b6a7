### Wersja demonstracyjna (desistkit demo): tymczasowy sejf z fikcyjnymi sprawami (Polish).

demo-banner = DEMO · fikcyjne sprawy · usuwane po zamknięciu
demo-no-lock = Wersja demonstracyjna nie ma blokady: zawiera wyłącznie fikcyjne sprawy i zostanie usunięta po zamknięciu programu (Ctrl+Q).
