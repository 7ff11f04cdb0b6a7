### Die Demo (desistkit demo): ein Wegwerf-Tresor mit erfundenen Fällen (Deutsch).

demo-banner = DEMO · erfundene Fälle · beim Beenden gelöscht
demo-no-lock = Die Demo hat keine Sperre: Sie enthält nur erfundene Fälle und wird beim Beenden gelöscht (Strg+Q).

## The demo's fictional content, written in this language (every name and sentence invented).
## DEMO-01: informal, feminine; DEMO-02: formal, masculine; DEMO-03: informal, neutral.

demo-mark = DEMO
demo-goal = Das Praktikum in der Bäckerei abschließen
demo-goal-own-words = Diesmal will ich es selbst bis zum Ende schaffen.
demo-step = Wöchentliches Gespräch mit der Praktikumsbetreuung
demo-step-who = Praktikumsbetreuung
demo-aunt = Eine Tante, die den Kontakt hält
demo-no-father = Kein Kontakt zu ihrem Vater
demo-rows = Streit zu Hause
demo-no-job = Keine Arbeit
demo-sleeps = Schläft bis mittags
demo-friends-in-group = Die meisten ihrer Freundinnen und Freunde sind in der Gruppe
demo-sister = Ihre Schwester besucht sie
demo-course = Steht für den Kurs auf
demo-climbing = Ist einer Klettergruppe beigetreten
demo-calmer-talks = Ruhigere Gespräche zu Hause
demo-internship = Praktikum in einer Bäckerei
demo-new-number = Neue Telefonnummer
demo-old-contacts = Alte Kontakte schreiben ab und zu
demo-one-room = Wir können wieder in einem Raum sein.
demo-flat = Bis zum Frühjahr eine eigene Wohnung
demo-flat-own-words = Ich hätte gern eigene Schlüssel und möchte mir da sicher sein.
demo-housing = Termin bei der Wohnungsberatung
demo-housing-who = Wohnungsberatung
demo-card-note-story = Hat das letzte Jahr in eigenen Worten erzählt, ohne die Parolen der Gruppe.
demo-card-note-chapter = Sagt, ein neues Kapitel hat begonnen, aber sie ist sich noch nicht sicher.
demo-card-note-getting-through = Steht für den Kurs früh auf, auch nach schlechten Nächten.

# The demo cases' legal basis (fictional).
demo-basis-recipient = Bewährungshilfe
demo-basis-note = gerichtlich angeordnete Beratung
