### Die Seite zur Einwilligung, die die Person liest und behält (Issue 18). Kurz und einfach, in
### der Sprache und Anrede der Person ($address: formal = Sie, informal = du). Das Deutsche
### braucht hier keine $gender-Auswahl: keiner der Sätze zeigt das Geschlecht der Person.

consent-page-title =
    { $address ->
        [informal] Deine Einwilligung
       *[formal] Ihre Einwilligung
    }
consent-page-intro =
    { $address ->
        [informal] In unseren Gesprächen sprichst du vielleicht über deine Ansichten, deinen Glauben, deine Gesundheit oder über Dinge aus deiner Vergangenheit. Das sind sensible Angaben. Wir schreiben sie nur auf, wenn du einverstanden bist.
       *[formal] In unseren Gesprächen sprechen Sie vielleicht über Ihre Ansichten, Ihren Glauben, Ihre Gesundheit oder über Dinge aus Ihrer Vergangenheit. Das sind sensible Angaben. Wir schreiben sie nur auf, wenn Sie einverstanden sind.
    }
consent-page-what =
    { $address ->
        [informal] Was wir aufschreiben, wird verschlüsselt aufbewahrt. Lesen können es nur die Menschen, die mit dir arbeiten.
       *[formal] Was wir aufschreiben, wird verschlüsselt aufbewahrt. Lesen können es nur die Menschen, die mit Ihnen arbeiten.
    }
consent-page-scope =
    { $address ->
        [informal] Du bist einverstanden, dass wir es hierfür nutzen:
       *[formal] Sie sind einverstanden, dass wir es hierfür nutzen:
    }
consent-page-scope-counselling-records =
    { $address ->
        [informal] Notizen aus unseren Gesprächen mit dir und die Ziele, die wir vereinbaren
       *[formal] Notizen aus unseren Gesprächen mit Ihnen und die Ziele, die wir vereinbaren
    }
consent-page-scope-card-sessions =
    { $address ->
        [informal] die Karten, die du wählst, und was du dazu sagst
       *[formal] die Karten, die Sie wählen, und was Sie dazu sagen
    }
consent-page-scope-case-conference =
    { $address ->
        [informal] kurze Zusammenfassungen für Treffen mit anderen Stellen über deinen Fall
       *[formal] kurze Zusammenfassungen für Treffen mit anderen Stellen über Ihren Fall
    }
consent-page-scope-handover =
    { $address ->
        [informal] die Übergabe deines Falls an eine andere Stelle
       *[formal] die Übergabe Ihres Falls an eine andere Stelle
    }
consent-page-recipients =
    { $address ->
        [informal] Deine Angaben dürfen an diese Stellen gehen: { $recipients }
       *[formal] Ihre Angaben dürfen an diese Stellen gehen: { $recipients }
    }
consent-page-voluntary =
    { $address ->
        [informal] Ob du zustimmst, entscheidest du. Auch wenn du Nein sagst, bekommst du unsere Unterstützung.
       *[formal] Ob Sie zustimmen, entscheiden Sie. Auch wenn Sie Nein sagen, bekommen Sie unsere Unterstützung.
    }
consent-page-withdraw =
    { $address ->
        [informal] Du kannst deine Einwilligung jederzeit zurücknehmen, ohne einen Grund zu nennen. Sag es uns einfach. Ab dann geben wir nichts mehr weiter.
       *[formal] Sie können Ihre Einwilligung jederzeit zurücknehmen, ohne einen Grund zu nennen. Sagen Sie es uns einfach. Ab dann geben wir nichts mehr weiter.
    }
consent-page-rights =
    { $address ->
        [informal] Du kannst immer fragen, was wir über dich aufbewahren, und verlangen, dass wir es berichtigen oder löschen.
       *[formal] Sie können immer fragen, was wir über Sie aufbewahren, und verlangen, dass wir es berichtigen oder löschen.
    }
consent-page-given =
    { $address ->
        [informal] Du hast am { $date } eingewilligt.
       *[formal] Sie haben am { $date } eingewilligt.
    }
consent-page-keep =
    { $address ->
        [informal] Diese Seite ist für dich, zum Behalten.
       *[formal] Diese Seite ist für Sie, zum Behalten.
    }
