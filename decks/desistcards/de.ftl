### DesistCards: deutsche Texte.
###
### Die Struktur (Kategorien, Karten, Arten, Optionen) steht in deck.toml neben dieser Datei.
### Karten sprechen die Person an: Fragen und Impulse in der zweiten Person (Sie oder du),
### Aussagen in der ersten Person ("Ich …"), denen man zustimmen kann oder nicht.
### Ton: warm, schlicht, ohne Wertung. Titel haben 2 bis 5 Wörter.
###
### Variablen:
###   $address  Anrede der Person: formal (Sie, Standard) oder informal (du). Bei Aussagen in
###             der ersten Person ist die du-Fassung etwas umgangssprachlicher.
###   $gender   die gewählte Form: feminine, masculine oder neutral (Standard, auch bei
###             "nicht angegeben"; geschlechtergerecht umformuliert)
###
### Bitte keine Etiketten wie "Extremist" für die Person; besser "die Gruppe" oder "die Szene".

# The deck's own name, shown where a deck is picked.
deck-title = DesistCards – Gesprächskarten

## Categories

category-my-story = Ich und meine Geschichte
category-my-story-description = Woher ich komme, wer ich bin und wie ich mich selbst sehe.
category-people = Menschen um mich herum
category-people-description = Familie, Freundschaften, Partnerschaft und die Gemeinschaften in meinem Leben.
category-everyday = Alltag
category-everyday-description = Arbeit, Wohnen, Geld, Freizeit und alles, was einen ganz normalen Tag ausmacht.
category-feelings = Gefühle und Körper
category-feelings-description = Wie ich mich fühle, wie es meinem Körper geht und was mir hilft, gut durchzukommen.
category-values = Werte und Überzeugungen
category-values-description = Was mir wichtig ist, woran ich glaube und wie sich meine Ansichten verändert haben.
category-strengths = Stärken und Ressourcen
category-strengths-description = Was ich kann, was ich habe und was mich bis hierher getragen hat.
category-future = Zukunft und Ziele
category-future-description = Worauf ich hoffe, worauf ich hinarbeiten will und was meine nächsten Schritte sind.
category-turning-points = Wendepunkte
category-turning-points-description = Momente des Zweifels, der Entscheidung und des Neuanfangs, die für mich etwas verändert haben.

## Category: Me and my story

card-my-story-three-words-title = Drei Wörter über mich
card-my-story-three-words =
    { $address ->
        [informal] Such dir drei Wörter aus, die dich beschreiben.
       *[formal] Welche drei Wörter beschreiben Sie am besten?
    }

card-my-story-good-place-title = Ein guter Ort von früher
card-my-story-good-place =
    { $address ->
        [informal] Gab es einen Ort, an dem du dich als Kind sicher und glücklich gefühlt hast? Wie war es dort?
       *[formal] Gab es in Ihrer Kindheit einen Ort, an dem Sie sich sicher und glücklich gefühlt haben? Wie war es dort?
    }

card-my-story-before-the-group-title = Vor der Gruppe
card-my-story-before-the-group =
    { $address ->
        [informal] Was hast du gern gemacht, bevor die Gruppe in dein Leben kam?
       *[formal] Was haben Sie gern gemacht, bevor Sie mit der Gruppe in Berührung kamen?
    }

card-my-story-proud-of-title = Worauf ich stolz bin
card-my-story-proud-of =
    { $address ->
        [informal] Worauf in deinem Leben bist du stolz?
       *[formal] Können Sie etwas in Ihrem Leben nennen, auf das Sie stolz sind?
    }

card-my-story-more-than-my-past-title = Mehr als meine Vergangenheit
card-my-story-more-than-my-past =
    { $address ->
        [informal] Ich bin mehr als das, was ich gemacht habe.
       *[formal] Ich bin mehr als das, was ich getan habe.
    }

card-my-story-wanting-to-belong-title = Dazugehören wollen
card-my-story-wanting-to-belong =
    { $address ->
        [informal] Ich bin auch in die Gruppe gegangen, weil ich irgendwo dazugehören wollte.
       *[formal] Ein Grund, warum mich die Gruppe angezogen hat, war der Wunsch, irgendwo dazuzugehören.
    }

card-my-story-in-my-own-words-title = In meinen eigenen Worten
card-my-story-in-my-own-words =
    { $address ->
        [informal] Ich kann meine Geschichte so erzählen, wie ich sie sehe, mit meinen eigenen Worten.
       *[formal] Ich kann meine Geschichte in meinen eigenen Worten erzählen, so wie ich sie sehe.
    }

card-my-story-nothing-to-prove-title = Nichts zu beweisen
# Weiblich/männlich: nicht beweisen müssen, eine "richtige" Frau / ein "richtiger" Mann zu sein;
# neutral bleibt allgemein.
card-my-story-nothing-to-prove =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Ich kann einfach ich sein und muss niemandem beweisen, dass ich eine echte Frau bin.
                [masculine] Ich kann einfach ich sein und muss niemandem beweisen, dass ich ein echter Mann bin.
               *[neutral] Ich kann einfach ich sein und muss niemandem beweisen, wer ich bin.
            }
       *[formal]
            { $gender ->
                [feminine] Ich kann ich selbst sein, ohne beweisen zu müssen, dass ich eine richtige Frau bin.
                [masculine] Ich kann ich selbst sein, ohne beweisen zu müssen, dass ich ein richtiger Mann bin.
               *[neutral] Ich kann ich selbst sein, ohne irgendetwas darüber beweisen zu müssen, wer ich bin.
            }
    }

card-my-story-current-chapter-title = Mein jetziges Kapitel
card-my-story-current-chapter =
    { $address ->
        [informal] Wenn dein Leben ein Buch wäre: Wie zufrieden bist du mit dem Kapitel, in dem du gerade steckst?
       *[formal] Wenn Ihr Leben ein Buch wäre: Wie zufrieden wären Sie mit dem Kapitel, in dem Sie gerade sind?
    }
card-my-story-current-chapter-low = Gar nicht
card-my-story-current-chapter-high = Voll und ganz

card-my-story-known-by-others-title = Wer mich wirklich kennt
card-my-story-known-by-others =
    { $address ->
        [informal] Wie gut wissen die Menschen um dich herum, wer du wirklich bist?
       *[formal] Wie gut wissen die Menschen in Ihrem Umfeld, wer Sie wirklich sind?
    }
card-my-story-known-by-others-low = Gar nicht
card-my-story-known-by-others-high = Sehr gut

card-my-story-my-roles-title = Meine Rollen
card-my-story-my-roles =
    { $address ->
        [informal] Welche dieser Rollen hast du in deinem Leben?
       *[formal] Welche dieser Rollen haben Sie in Ihrem Leben?
    }
card-my-story-my-roles-option-child =
    { $gender ->
        [feminine] Tochter
        [masculine] Sohn
       *[neutral] Kind meiner Eltern
    }
card-my-story-my-roles-option-sibling =
    { $gender ->
        [feminine] Schwester
        [masculine] Bruder
       *[neutral] Geschwisterkind
    }
card-my-story-my-roles-option-parent =
    { $gender ->
        [feminine] Mutter
        [masculine] Vater
       *[neutral] Elternteil
    }
card-my-story-my-roles-option-partner =
    { $gender ->
        [feminine] Partnerin
        [masculine] Partner
       *[neutral] Teil einer Partnerschaft
    }
card-my-story-my-roles-option-friend =
    { $gender ->
        [feminine] Freundin
        [masculine] Freund
       *[neutral] Teil eines Freundeskreises
    }
card-my-story-my-roles-option-colleague =
    { $gender ->
        [feminine] Kollegin
        [masculine] Kollege
       *[neutral] Teil eines Teams bei der Arbeit
    }
card-my-story-my-roles-option-neighbour =
    { $gender ->
        [feminine] Nachbarin
        [masculine] Nachbar
       *[neutral] Teil einer Nachbarschaft
    }
card-my-story-my-roles-option-team-mate =
    { $gender ->
        [feminine] Mitspielerin
        [masculine] Mitspieler
       *[neutral] Teil einer Mannschaft
    }
card-my-story-my-roles-option-carer = Für andere sorgen
card-my-story-my-roles-option-learner = Etwas Neues lernen

## Category: People around me

card-people-someone-to-call-title = Jemand zum Anrufen
card-people-someone-to-call =
    { $address ->
        [informal] Wen könntest du um drei Uhr nachts anrufen, wenn du Hilfe bräuchtest?
       *[formal] Wen könnten Sie mitten in der Nacht anrufen, wenn Sie Hilfe bräuchten?
    }

card-people-best-in-me-title = Das Beste in mir
card-people-best-in-me =
    { $address ->
        [informal] Wer bringt das Beste in dir zum Vorschein?
       *[formal] Wer in Ihrem Leben bringt das Beste in Ihnen zum Vorschein?
    }

card-people-lost-touch-title = Aus den Augen verloren
card-people-lost-touch =
    { $address ->
        [informal] Gibt's jemanden, den du aus den Augen verloren hast und gern wiedersehen würdest?
       *[formal] Gibt es jemanden, den Sie aus den Augen verloren haben und gern wiedersehen würden?
    }

card-people-family-on-my-side-title = Familie auf meiner Seite
card-people-family-on-my-side =
    { $address ->
        [informal] In meiner Familie hält jemand zu mir.
       *[formal] In meiner Familie gibt es jemanden, der auf meiner Seite steht.
    }

card-people-friends-outside-title = Freundschaften außerhalb der Szene
card-people-friends-outside =
    { $address ->
        [informal] In meinem Freundeskreis sind Leute, die mit der Szene nichts zu tun haben.
       *[formal] Ich habe Freundinnen und Freunde, die nichts mit der Szene zu tun haben.
    }

card-people-respect-at-home-title = Respekt zu Hause
card-people-respect-at-home =
    { $address ->
        [informal] In meiner Beziehung behandeln wir uns gegenseitig mit Respekt.
       *[formal] In meiner Beziehung gehen wir respektvoll miteinander um.
    }

card-people-someone-relies-on-me-title = Jemand verlässt sich auf mich
card-people-someone-relies-on-me =
    { $address ->
        [informal] Jemand verlässt sich auf mich, und das bedeutet mir was.
       *[formal] Es gibt jemanden, der sich auf mich verlässt, und das ist mir wichtig.
    }

card-people-connected-title = Verbunden sein
card-people-connected =
    { $address ->
        [informal] Wie verbunden fühlst du dich gerade mit anderen Menschen?
       *[formal] Wie verbunden fühlen Sie sich im Moment mit anderen Menschen?
    }
card-people-connected-low = Ganz allein
card-people-connected-high = Sehr verbunden

card-people-trusting-others-title = Anderen vertrauen
card-people-trusting-others =
    { $address ->
        [informal] Wie leicht fällt es dir, Menschen zu vertrauen?
       *[formal] Wie leicht fällt es Ihnen, anderen Menschen zu vertrauen?
    }
card-people-trusting-others-low = Sehr schwer
card-people-trusting-others-high = Sehr leicht

card-people-my-circle-title = Mein Umfeld
card-people-my-circle =
    { $address ->
        [informal] Wer gehört gerade zu deinem Leben?
       *[formal] Wer gehört im Moment zu Ihrem Leben?
    }
card-people-my-circle-option-family = Familie
card-people-my-circle-option-partner = Partnerin oder Partner
card-people-my-circle-option-children = Kinder
card-people-my-circle-option-friends = Freundinnen und Freunde
card-people-my-circle-option-neighbours = Nachbarinnen und Nachbarn
card-people-my-circle-option-colleagues = Leute aus Arbeit, Schule oder Ausbildung
card-people-my-circle-option-team-mates = Leute aus meinem Team oder Verein
card-people-my-circle-option-faith-community = Eine Glaubensgemeinschaft
card-people-my-circle-option-professionals = Fachleute, die mich unterstützen
card-people-my-circle-option-online-friends = Online-Freundschaften

card-people-places-to-meet-title = Orte zum Kennenlernen
card-people-places-to-meet =
    { $address ->
        [informal] Wo könntest du Leute treffen, die auf die gleichen Sachen stehen wie du?
       *[formal] Wo könnten Sie Menschen kennenlernen, die Ihre Interessen teilen?
    }
card-people-places-to-meet-option-sports-club = Ein Sportverein
card-people-places-to-meet-option-course = Ein Kurs
card-people-places-to-meet-option-volunteering = Ehrenamt
card-people-places-to-meet-option-workplace = Bei der Arbeit
card-people-places-to-meet-option-faith-group = Eine Glaubensgruppe
card-people-places-to-meet-option-music = Gemeinsam Musik machen
card-people-places-to-meet-option-hobby-group = Eine Hobbygruppe
card-people-places-to-meet-option-neighbourhood = In der Nachbarschaft
card-people-places-to-meet-option-community-centre = Ein Stadtteilzentrum

## Category: Everyday life

card-everyday-good-ordinary-day-title = Ein guter normaler Tag
card-everyday-good-ordinary-day =
    { $address ->
        [informal] Wie sieht für dich ein guter normaler Tag aus, von morgens bis abends?
       *[formal] Wie sieht ein guter, ganz normaler Tag für Sie aus, von morgens bis abends?
    }

card-everyday-evenings-weekends-title = Abende und Wochenenden
card-everyday-evenings-weekends =
    { $address ->
        [informal] Was machst du zurzeit abends und am Wochenende?
       *[formal] Wie verbringen Sie zurzeit Ihre Abende und Wochenenden?
    }

card-everyday-help-that-counts-title = Hilfe, die zählt
card-everyday-help-that-counts =
    { $address ->
        [informal] Was im Alltag wäre mit ein bisschen Hilfe viel leichter?
       *[formal] Bei welcher Alltagsangelegenheit würde Unterstützung für Sie den größten Unterschied machen?
    }

card-everyday-routine-title = Ein Ablauf, der passt
card-everyday-routine =
    { $address ->
        [informal] Mein Tag hat einen Ablauf, der für mich passt.
       *[formal] Ich habe einen Tagesablauf, der für mich funktioniert.
    }

card-everyday-safe-home-title = Ein sicheres Zuhause
card-everyday-safe-home =
    { $address ->
        [informal] Da, wo ich wohne, fühle ich mich sicher.
       *[formal] Ich fühle mich dort sicher, wo ich wohne.
    }

card-everyday-own-feet-title = Auf eigenen Beinen
card-everyday-own-feet =
    { $address ->
        [informal] Ich komme klar, ohne Geld oder Gefallen von der Gruppe.
       *[formal] Ich komme ohne Geld oder Gefälligkeiten von der Gruppe zurecht.
    }

card-everyday-my-days-title = Wie ich meine Tage verbringe
card-everyday-my-days =
    { $address ->
        [informal] Wie zufrieden bist du mit dem, was du tagsüber machst, ob Arbeit, Ausbildung oder etwas anderes?
       *[formal] Wie zufrieden sind Sie mit dem, was Sie tagsüber tun, ob Arbeit, Ausbildung oder etwas anderes?
    }
card-everyday-my-days-low = Gar nicht
card-everyday-my-days-high = Voll und ganz

card-everyday-money-worries-title = Geldsorgen
card-everyday-money-worries =
    { $address ->
        [informal] Wie sehr machen dir Geldsorgen gerade zu schaffen?
       *[formal] Wie sehr belasten Sie Geldsorgen im Moment?
    }
card-everyday-money-worries-low = Gar nicht
card-everyday-money-worries-high = Sehr stark

card-everyday-things-i-enjoy-title = Was mir Spaß macht
card-everyday-things-i-enjoy =
    { $address ->
        [informal] Was machst du gern, oder worauf hättest du Lust, es mal auszuprobieren?
       *[formal] Was machen Sie gern, oder was würden Sie gern einmal ausprobieren?
    }
card-everyday-things-i-enjoy-option-sport = Sport
card-everyday-things-i-enjoy-option-music = Musik
card-everyday-things-i-enjoy-option-games = Spiele
card-everyday-things-i-enjoy-option-reading = Lesen
card-everyday-things-i-enjoy-option-cooking = Kochen
card-everyday-things-i-enjoy-option-nature = Draußen in der Natur sein
card-everyday-things-i-enjoy-option-making-things = Etwas bauen oder reparieren
card-everyday-things-i-enjoy-option-films = Filme und Serien
card-everyday-things-i-enjoy-option-fitness = Fitnesstraining
card-everyday-things-i-enjoy-option-art = Zeichnen, Malen oder Fotografieren

card-everyday-practical-matters-title = Praktische Angelegenheiten
card-everyday-practical-matters =
    { $address ->
        [informal] Welche praktischen Dinge möchtest du regeln?
       *[formal] Welche praktischen Angelegenheiten möchten Sie regeln?
    }
card-everyday-practical-matters-option-housing = Wohnung
card-everyday-practical-matters-option-debts = Schulden
card-everyday-practical-matters-option-documents = Ausweise und Unterlagen
card-everyday-practical-matters-option-job-search = Arbeit finden
card-everyday-practical-matters-option-training = Ausbildung oder Schule
card-everyday-practical-matters-option-health-care = Gesundheitsversorgung
card-everyday-practical-matters-option-benefits = Sozialleistungen
card-everyday-practical-matters-option-court-probation = Gericht oder Bewährung
card-everyday-practical-matters-option-driving-licence = Führerschein
card-everyday-practical-matters-option-bank-account = Bankkonto

## Category: Feelings and body

card-feelings-where-i-feel-calm-title = Wo ich zur Ruhe komme
card-feelings-where-i-feel-calm =
    { $address ->
        [informal] Wo oder mit wem kommst du zur Ruhe?
       *[formal] An welchen Orten oder mit welchen Menschen kommen Sie zur Ruhe?
    }

card-feelings-early-signals-title = Frühe Warnzeichen
card-feelings-early-signals =
    { $address ->
        [informal] Was merkst du in deinem Körper, wenn du anfängst, wütend zu werden?
       *[formal] Woran merken Sie im Körper, dass Wut in Ihnen aufsteigt?
    }

card-feelings-what-i-miss-title = Was mir fehlt
card-feelings-what-i-miss =
    { $address ->
        [informal] Was fehlt dir, seit du Abstand von der Gruppe genommen hast?
       *[formal] Gibt es etwas, das Ihnen fehlt, seit Sie Abstand von der Gruppe genommen haben?
    }

card-feelings-showing-feelings-title = Zeigen, was ich fühle
card-feelings-showing-feelings =
    { $address ->
        [informal] Ich kann zeigen, was in mir los ist, ohne das Gesicht zu verlieren.
       *[formal] Ich kann zeigen, was ich fühle, ohne mein Gesicht zu verlieren.
    }

card-feelings-sleeping-well-title = Gut schlafen
card-feelings-sleeping-well =
    { $address ->
        [informal] Meistens schlafe ich nachts gut.
       *[formal] In den meisten Nächten schlafe ich gut.
    }

card-feelings-asking-for-help-title = Um Hilfe bitten
card-feelings-asking-for-help =
    { $address ->
        [informal] Sich Hilfe zu holen ist für mich ein Zeichen von Stärke, nicht von Schwäche.
       *[formal] Für mich ist es ein Zeichen von Stärke, um Hilfe zu bitten, nicht von Schwäche.
    }

card-feelings-energy-title = Meine Energie
card-feelings-energy =
    { $address ->
        [informal] Wie viel Energie hattest du in der letzten Woche?
       *[formal] Wie viel Energie hatten Sie in der vergangenen Woche?
    }
card-feelings-energy-low = Gar keine
card-feelings-energy-high = Jede Menge

card-feelings-stress-level-title = Mein Stresspegel
card-feelings-stress-level =
    { $address ->
        [informal] Wie gestresst bist du gerade?
       *[formal] Wie gestresst fühlen Sie sich im Moment?
    }
card-feelings-stress-level-low = Völlig entspannt
card-feelings-stress-level-high = Extrem gestresst

card-feelings-mood-today-title = Meine Stimmung heute
card-feelings-mood-today =
    { $address ->
        [informal] Wie geht's dir heute?
       *[formal] Wie fühlen Sie sich heute?
    }
card-feelings-mood-today-low = Sehr schlecht
card-feelings-mood-today-high = Sehr gut

card-feelings-what-helps-me-cope-title = Was mir hilft
card-feelings-what-helps-me-cope =
    { $address ->
        [informal] Was hilft dir, wenn dir alles zu viel wird?
       *[formal] Was hilft Ihnen, wenn Ihnen alles zu viel wird?
    }
card-feelings-what-helps-me-cope-option-talking = Mit jemandem reden
card-feelings-what-helps-me-cope-option-moving = Bewegung: Gehen, Laufen, Sport
card-feelings-what-helps-me-cope-option-music = Musik
card-feelings-what-helps-me-cope-option-breathing = Langsam atmen
card-feelings-what-helps-me-cope-option-sleep = Schlafen und ausruhen
card-feelings-what-helps-me-cope-option-writing = Dinge aufschreiben
card-feelings-what-helps-me-cope-option-time-alone = Etwas Zeit für mich
card-feelings-what-helps-me-cope-option-nature = Draußen sein
card-feelings-what-helps-me-cope-option-prayer = Beten oder Meditieren
card-feelings-what-helps-me-cope-option-someone-i-trust = Bei einem Menschen sein, dem ich vertraue

card-feelings-how-stress-shows-title = Wie sich Stress zeigt
card-feelings-how-stress-shows =
    { $address ->
        [informal] Woran merkst du Stress bei dir?
       *[formal] Woran merken Sie, dass Sie gestresst sind?
    }
card-feelings-how-stress-shows-option-headaches = Kopfschmerzen
card-feelings-how-stress-shows-option-tense-muscles = Verspannte Muskeln
card-feelings-how-stress-shows-option-poor-sleep = Schlechter Schlaf
card-feelings-how-stress-shows-option-racing-heart = Herzrasen
card-feelings-how-stress-shows-option-short-temper = Schnell gereizt sein
card-feelings-how-stress-shows-option-no-appetite = Kein Appetit
card-feelings-how-stress-shows-option-drinking-more = Mehr trinken oder konsumieren
card-feelings-how-stress-shows-option-pulling-back = Mich von anderen zurückziehen
card-feelings-how-stress-shows-option-restless = Innere Unruhe

## Category: Values and beliefs

card-values-what-i-stand-for-title = Wofür ich stehe
card-values-what-i-stand-for =
    { $address ->
        [informal] Wofür soll dein Leben stehen?
       *[formal] Für welche Werte soll Ihr Leben stehen?
    }

card-values-changing-my-mind-title = Meine Meinung ändern
card-values-changing-my-mind =
    { $address ->
        [informal] Wann hast du zuletzt deine Meinung über etwas Wichtiges geändert? Was hat das ausgelöst?
       *[formal] Erinnern Sie sich an einen Moment, in dem Sie Ihre Meinung über etwas Wichtiges geändert haben? Wie kam es dazu?
    }

card-values-standing-up-title = Für etwas einstehen
card-values-standing-up =
    { $address ->
        [informal] Wie kannst du für das einstehen, was dir wichtig ist, ohne jemandem wehzutun?
       *[formal] Wie könnten Sie sich für etwas einsetzen, das Ihnen wichtig ist, ohne dass jemand zu Schaden kommt?
    }

card-values-living-with-differences-title = Mit Unterschieden leben
card-values-living-with-differences =
    { $address ->
        [informal] Ich komme mit Leuten klar, die die Welt anders sehen als ich.
       *[formal] Ich kann mit Menschen auskommen, die die Welt anders sehen als ich.
    }

card-values-violence-costs-title = Was Gewalt kostet
card-values-violence-costs =
    { $address ->
        [informal] Gewalt bringt am Ende mehr Probleme, als sie löst.
       *[formal] Am Ende schafft Gewalt mehr Probleme, als sie löst.
    }

card-values-room-for-doubt-title = Platz für Zweifel
card-values-room-for-doubt =
    { $address ->
        [informal] Ich darf an Sachen zweifeln, bei denen ich mir früher sicher war.
       *[formal] Es ist in Ordnung, dass ich an Dingen zweifle, bei denen ich mir früher sicher war.
    }

card-values-fair-to-everyone-title = Fair zu allen
card-values-fair-to-everyone =
    { $address ->
        [informal] Fair sein sollte für alle gelten, auch für Leute, die anders sind als ich.
       *[formal] Fairness sollte für alle gelten, auch für Menschen, die anders sind als ich.
    }

card-values-how-sure-title = Wie sicher ich bin
card-values-how-sure =
    { $address ->
        [informal] Wie sicher bist du dir heute bei den Ansichten, die du in der Gruppe vertreten hast?
       *[formal] Wie sicher sind Sie sich heute bei den Ansichten, die Sie in der Gruppe vertreten haben?
    }
card-values-how-sure-low = Gar nicht sicher
card-values-how-sure-high = Völlig sicher

card-values-open-to-views-title = Offen für andere Sichtweisen
card-values-open-to-views =
    { $address ->
        [informal] Wie offen bist du dafür, dir Meinungen anzuhören, die anders sind als deine?
       *[formal] Wie offen sind Sie dafür, Ansichten zu hören, die sich von Ihren eigenen unterscheiden?
    }
card-values-open-to-views-low = Nicht offen
card-values-open-to-views-high = Sehr offen

card-values-values-i-hold-title = Meine Werte
card-values-values-i-hold =
    { $address ->
        [informal] Welche dieser Werte sind dir wichtig?
       *[formal] Welche dieser Werte sind Ihnen wichtig?
    }
card-values-values-i-hold-option-honesty = Ehrlichkeit
card-values-values-i-hold-option-loyalty = Loyalität
card-values-values-i-hold-option-justice = Gerechtigkeit
card-values-values-i-hold-option-family = Familie
card-values-values-i-hold-option-freedom = Freiheit
card-values-values-i-hold-option-respect = Respekt
card-values-values-i-hold-option-courage = Mut
card-values-values-i-hold-option-faith = Glaube
card-values-values-i-hold-option-solidarity = Solidarität
card-values-values-i-hold-option-kindness = Freundlichkeit

card-values-making-a-difference-title = Etwas bewegen
card-values-making-a-difference =
    { $address ->
        [informal] Welche dieser Wege, etwas zu bewegen, sprechen dich an?
       *[formal] Welche dieser Wege, etwas zu bewegen, würden zu Ihnen passen?
    }
card-values-making-a-difference-option-volunteering = Ehrenamt
card-values-making-a-difference-option-voting = Wählen gehen
card-values-making-a-difference-option-petitions = Eine Petition unterschreiben oder starten
card-values-making-a-difference-option-associations = In einem Verein oder einer Gewerkschaft mitmachen
card-values-making-a-difference-option-conversations = Mit Menschen über Dinge reden
card-values-making-a-difference-option-helping-neighbours = Menschen in meiner Nähe helfen
card-values-making-a-difference-option-art-music = Mich mit Kunst oder Musik ausdrücken
card-values-making-a-difference-option-mentoring = Jüngere begleiten
card-values-making-a-difference-option-peaceful-protest = Friedlicher Protest

## Category: Strengths and resources

card-strengths-getting-through-title = Durchhalten
card-strengths-getting-through =
    { $address ->
        [informal] Was hat dir früher durch schwere Zeiten geholfen?
       *[formal] Was hat Ihnen in der Vergangenheit geholfen, schwere Zeiten zu überstehen?
    }

card-strengths-what-friends-see-title = Was Vertraute in mir sehen
card-strengths-what-friends-see =
    { $address ->
        [informal] Was würde jemand, der dich gut kennt, sagen: Was kannst du gut?
       *[formal] Was würde jemand, der Sie gut kennt, über Ihre Stärken sagen?
    }

card-strengths-skills-that-travel-title = Fähigkeiten zum Mitnehmen
card-strengths-skills-that-travel =
    { $address ->
        [informal] Welche deiner Fähigkeiten, wie Organisieren, Loyalität oder Mut, könntest du auch woanders einsetzen?
       *[formal] Welche Ihrer Fähigkeiten, etwa Organisationstalent, Loyalität oder Mut, könnten Sie in einem neuen Umfeld einsetzen?
    }

card-strengths-finding-a-way-title = Einen Weg finden
card-strengths-finding-a-way =
    { $address ->
        [informal] Wenn was schiefläuft, finde ich meistens einen Weg, damit klarzukommen.
       *[formal] Wenn etwas schiefgeht, finde ich meistens einen Weg, damit umzugehen.
    }

card-strengths-really-good-at-title = Was ich gut kann
card-strengths-really-good-at =
    { $address ->
        [informal] Es gibt was, das ich richtig gut kann.
       *[formal] Es gibt etwas, das ich wirklich gut kann.
    }

card-strengths-still-learning-title = Immer noch lernen
card-strengths-still-learning =
    { $address ->
        [informal] Egal wie alt ich bin: Ich kann noch Neues lernen.
       *[formal] Ich kann noch Neues lernen, ganz gleich, wie alt ich bin.
    }

card-strengths-trusting-myself-title = Mir selbst vertrauen
card-strengths-trusting-myself =
    { $address ->
        [informal] Wie sehr traust du dir zu, mit dem klarzukommen, was auf dich zukommt?
       *[formal] Wie sehr trauen Sie sich zu, mit dem umzugehen, was vor Ihnen liegt?
    }
card-strengths-trusting-myself-low = Gar nicht
card-strengths-trusting-myself-high = Voll und ganz

card-strengths-backing-title = Wer hinter mir steht
card-strengths-backing =
    { $address ->
        [informal] Wie viel Unterstützung spürst du für die Veränderungen, die du gerade angehst?
       *[formal] Wie viel Unterstützung spüren Sie für die Veränderungen, die Sie gerade angehen?
    }
card-strengths-backing-low = Keine
card-strengths-backing-high = Sehr viel

card-strengths-my-qualities-title = Meine Eigenschaften
card-strengths-my-qualities =
    { $address ->
        [informal] Welche dieser Eigenschaften siehst du an dir?
       *[formal] Welche dieser Eigenschaften sehen Sie an sich?
    }
card-strengths-my-qualities-option-patience = Geduld
card-strengths-my-qualities-option-humour = Humor
card-strengths-my-qualities-option-reliability = Zuverlässigkeit
card-strengths-my-qualities-option-courage = Mut
card-strengths-my-qualities-option-honesty = Ehrlichkeit
card-strengths-my-qualities-option-loyalty = Loyalität
card-strengths-my-qualities-option-curiosity = Neugier
card-strengths-my-qualities-option-care = Fürsorge für andere
card-strengths-my-qualities-option-determination = Entschlossenheit
card-strengths-my-qualities-option-calm = Ruhe bewahren

card-strengths-my-skills-title = Meine Fähigkeiten
card-strengths-my-skills =
    { $address ->
        [informal] Was davon kannst du gut?
       *[formal] Welche dieser Fähigkeiten haben Sie?
    }
card-strengths-my-skills-option-hands-on = Mit den Händen arbeiten
card-strengths-my-skills-option-organising = Organisieren
card-strengths-my-skills-option-languages = Sprachen
card-strengths-my-skills-option-computers = Computer
card-strengths-my-skills-option-driving = Autofahren
card-strengths-my-skills-option-cooking = Kochen
card-strengths-my-skills-option-sport = Sport
card-strengths-my-skills-option-caring = Mich um Menschen kümmern
card-strengths-my-skills-option-explaining = Anderen etwas erklären
card-strengths-my-skills-option-music = Musik

card-strengths-where-to-get-help-title = Wo ich Hilfe finde
card-strengths-where-to-get-help =
    { $address ->
        [informal] Wo kannst du Hilfe bekommen, wenn du sie brauchst?
       *[formal] Wo können Sie Hilfe bekommen, wenn Sie sie brauchen?
    }
card-strengths-where-to-get-help-option-family = Familie
card-strengths-where-to-get-help-option-friends = Freundinnen und Freunde
card-strengths-where-to-get-help-option-counsellor = Meine Beratung oder Ausstiegsbegleitung
card-strengths-where-to-get-help-option-doctor = Eine Arztpraxis
card-strengths-where-to-get-help-option-therapist = Eine Therapie
card-strengths-where-to-get-help-option-faith-community = Eine Glaubensgemeinschaft
card-strengths-where-to-get-help-option-helpline = Ein Hilfetelefon
card-strengths-where-to-get-help-option-probation = Meine Bewährungshilfe
card-strengths-where-to-get-help-option-self-help-group = Eine Selbsthilfegruppe

## Category: Future and goals

card-future-a-year-from-now-title = In einem Jahr
card-future-a-year-from-now =
    { $address ->
        [informal] Stell dir vor, ein Jahr ist vergangen und es ist gut gelaufen. Was ist anders?
       *[formal] Stellen Sie sich vor, ein Jahr ist vergangen und die Dinge haben sich gut entwickelt. Was hat sich verändert?
    }

card-future-small-step-title = Der nächste kleine Schritt
card-future-small-step =
    { $address ->
        [informal] Welchen kleinen Schritt könntest du diese Woche machen?
       *[formal] Welchen kleinen Schritt könnten Sie diese Woche gehen?
    }

card-future-someone-to-look-up-to-title = Ein Vorbild
card-future-someone-to-look-up-to =
    { $address ->
        [informal] Kennst du jemanden, der so lebt, wie du gern leben würdest?
       *[formal] Kennen Sie jemanden, der so lebt, wie Sie gern leben würden?
    }

card-future-it-can-get-better-title = Es kann besser werden
card-future-it-can-get-better =
    { $address ->
        [informal] Ich glaube, mein Leben kann besser werden.
       *[formal] Ich glaube daran, dass mein Leben besser werden kann.
    }

card-future-worth-the-effort-title = Die Mühe wert
card-future-worth-the-effort =
    { $address ->
        [informal] Was ich gerade in meinem Leben verändere, lohnt sich.
       *[formal] Die Veränderungen, die ich angehe, sind die Mühe wert.
    }

card-future-the-parent-i-want-to-be-title =
    { $gender ->
        [feminine] Ich als Mutter
        [masculine] Ich als Vater
       *[neutral] Ich als Elternteil
    }
card-future-the-parent-i-want-to-be =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Ich weiß, was für eine Mutter ich sein will, jetzt oder irgendwann mal.
                [masculine] Ich weiß, was für ein Vater ich sein will, jetzt oder irgendwann mal.
               *[neutral] Ich weiß, wie ich als Elternteil sein will, jetzt oder irgendwann mal.
            }
       *[formal]
            { $gender ->
                [feminine] Ich weiß, was für eine Mutter ich sein möchte, jetzt oder eines Tages.
                [masculine] Ich weiß, was für ein Vater ich sein möchte, jetzt oder eines Tages.
               *[neutral] Ich weiß, wie ich als Elternteil sein möchte, jetzt oder eines Tages.
            }
    }

card-future-hopeful-title = Hoffnung für die Zukunft
card-future-hopeful =
    { $address ->
        [informal] Wie zuversichtlich bist du, was deine Zukunft angeht?
       *[formal] Wie zuversichtlich sind Sie, was Ihre Zukunft angeht?
    }
card-future-hopeful-low = Gar nicht zuversichtlich
card-future-hopeful-high = Sehr zuversichtlich

card-future-closer-to-my-goal-title = Näher an meinem Ziel
card-future-closer-to-my-goal =
    { $address ->
        [informal] Denk an das Ziel, das dir gerade am wichtigsten ist. Wie nah bist du dran?
       *[formal] Wie nah sind Sie dem Ziel, das Ihnen im Moment am wichtigsten ist?
    }
card-future-closer-to-my-goal-low = Noch weit weg
card-future-closer-to-my-goal-high = Schon angekommen

card-future-my-goals-title = Meine Ziele
card-future-my-goals =
    { $address ->
        [informal] Woran willst du arbeiten?
       *[formal] An welchen Zielen möchten Sie arbeiten?
    }
card-future-my-goals-option-work = Arbeit
card-future-my-goals-option-training = Ausbildung oder Schule
card-future-my-goals-option-home = Eine eigene Wohnung
card-future-my-goals-option-health = Meine Gesundheit
card-future-my-goals-option-family = Meine Familie
card-future-my-goals-option-friends = Freundschaften
card-future-my-goals-option-relationship = Eine gute Beziehung
card-future-my-goals-option-inner-peace = Mehr innere Ruhe
card-future-my-goals-option-debt-free = Schuldenfrei sein
card-future-my-goals-option-new-hobby = Ein neues Hobby

card-future-what-would-help-title = Was helfen würde
card-future-what-would-help =
    { $address ->
        [informal] Was würde dir helfen, deine Ziele zu erreichen?
       *[formal] Was würde Ihnen helfen, Ihre Ziele zu erreichen?
    }
card-future-what-would-help-option-information = Informationen
card-future-what-would-help-option-contacts = Die richtigen Kontakte
card-future-what-would-help-option-money = Geld
card-future-what-would-help-option-time = Zeit
card-future-what-would-help-option-training = Schulung oder Weiterbildung
card-future-what-would-help-option-someone-to-talk-to = Jemand zum Reden
card-future-what-would-help-option-encouragement = Ermutigung
card-future-what-would-help-option-practical-help = Praktische Hilfe
card-future-what-would-help-option-patience = Geduld mit mir selbst

## Category: Turning points

card-turning-points-first-doubt-title = Der erste Zweifel
card-turning-points-first-doubt =
    { $address ->
        [informal] Wann hast du zum ersten Mal an der Gruppe gezweifelt? Was war da los?
       *[formal] Wann kamen Ihnen zum ersten Mal Zweifel an der Gruppe? Was ist damals passiert?
    }

card-turning-points-someone-made-a-difference-title = Wer etwas verändert hat
card-turning-points-someone-made-a-difference =
    { $address ->
        [informal] Gab es jemanden, der in einem wichtigen Moment etwas für dich verändert hat? Was hat diese Person getan?
       *[formal] Gab es einen Menschen, der in einem entscheidenden Moment etwas für Sie verändert hat? Was hat diese Person getan?
    }

card-turning-points-a-good-decision-title = Eine gute Entscheidung
card-turning-points-a-good-decision =
    { $address ->
        [informal] Welche Entscheidung hast du getroffen, über die du heute froh bist?
       *[formal] Über welche Entscheidung in Ihrem Leben sind Sie froh?
    }

card-turning-points-something-has-to-change-title = Etwas muss sich ändern
card-turning-points-something-has-to-change =
    { $address ->
        [informal] Erzähl mir von einem Moment, in dem du gedacht hast: Etwas muss sich ändern.
       *[formal] Mögen Sie mir von einem Moment erzählen, in dem Sie gedacht haben: Etwas muss sich ändern?
    }

card-turning-points-not-who-i-want-to-be-title = Das bin nicht ich
card-turning-points-not-who-i-want-to-be =
    { $address ->
        [informal] Irgendwann habe ich gemerkt: So will ich nicht sein.
       *[formal] Es gab einen Moment, in dem mir klar wurde: So möchte ich nicht sein.
    }

card-turning-points-worn-out-title = Ausgelaugt
card-turning-points-worn-out =
    { $address ->
        [informal] Irgendwann war ich den ganzen Stress mit der Szene einfach leid.
       *[formal] Irgendwann hatte ich den Stress, der mit der Szene einherging, einfach satt.
    }

card-turning-points-new-start-title = Ein Neuanfang
card-turning-points-new-start =
    { $address ->
        [informal] In mindestens einem Teil meines Lebens habe ich schon neu angefangen.
       *[formal] In mindestens einem Bereich meines Lebens habe ich bereits einen Neuanfang gemacht.
    }

card-turning-points-how-far-title = Wie weit ich gekommen bin
card-turning-points-how-far =
    { $address ->
        [informal] Wie weit bist du gekommen, seit du angefangen hast, dich zu lösen?
       *[formal] Wie weit sind Sie Ihrem Gefühl nach gekommen, seit Sie begonnen haben, auf Abstand zu gehen?
    }
card-turning-points-how-far-low = Ganz am Anfang
card-turning-points-how-far-high = Ein weites Stück

card-turning-points-ready-title = Bereit für den nächsten Schritt
card-turning-points-ready =
    { $address ->
        [informal] Wie bereit fühlst du dich für deinen nächsten Schritt?
       *[formal] Wie bereit fühlen Sie sich für Ihren nächsten Schritt?
    }
card-turning-points-ready-low = Noch nicht bereit
card-turning-points-ready-high = Völlig bereit

card-turning-points-what-moved-me-title = Was mich bewegt hat
card-turning-points-what-moved-me =
    { $address ->
        [informal] Was hat dich dazu gebracht, dich von der Gruppe zu lösen?
       *[formal] Was hat Sie dazu bewogen, auf Abstand zu gehen?
    }
card-turning-points-what-moved-me-option-disappointment = Enttäuschung über Leute in der Gruppe
card-turning-points-what-moved-me-option-violence = Gewalt, die ich gesehen oder erlebt habe
card-turning-points-what-moved-me-option-family = Meine Familie
card-turning-points-what-moved-me-option-partner = Meine Partnerin oder mein Partner
card-turning-points-what-moved-me-option-children = Meine Kinder
card-turning-points-what-moved-me-option-work = Arbeit oder Ausbildung
card-turning-points-what-moved-me-option-exhaustion = Erschöpfung
card-turning-points-what-moved-me-option-doubts = Zweifel an den Ideen
card-turning-points-what-moved-me-option-legal-consequences = Rechtliche Folgen
card-turning-points-what-moved-me-option-new-people = Neue Menschen kennenlernen

card-turning-points-what-keeps-me-going-title = Was mich trägt
card-turning-points-what-keeps-me-going =
    { $address ->
        [informal] Was hilft dir, auf deinem neuen Weg dranzubleiben?
       *[formal] Was hat Ihnen bisher geholfen, auf Ihrem neuen Weg zu bleiben?
    }
card-turning-points-what-keeps-me-going-option-family = Familie
card-turning-points-what-keeps-me-going-option-friends = Freundschaften
card-turning-points-what-keeps-me-going-option-faith = Glaube
card-turning-points-what-keeps-me-going-option-work = Arbeit
card-turning-points-what-keeps-me-going-option-sport = Sport
card-turning-points-what-keeps-me-going-option-counselling = Beratung
card-turning-points-what-keeps-me-going-option-own-will = Mein eigener Wille
card-turning-points-what-keeps-me-going-option-children = Meine Kinder
card-turning-points-what-keeps-me-going-option-goals = Meine Ziele
card-turning-points-what-keeps-me-going-option-new-interests = Neue Interessen
