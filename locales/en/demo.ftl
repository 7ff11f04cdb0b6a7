### The demo (desistkit demo): a throw-away vault of fictional cases.

demo-banner = DEMO · fictional cases · deleted when you quit
demo-no-lock = The demo has no lock: it holds fictional cases only and is deleted when you quit (Ctrl+Q).
