### Demonstrația (desistkit demo): un seif temporar cu cazuri fictive (română).

demo-banner = DEMO · cazuri fictive · se șterg la ieșire
demo-no-lock = Demonstrația nu are blocare: conține doar cazuri fictive și se șterge când ieșiți (Ctrl+Q).
