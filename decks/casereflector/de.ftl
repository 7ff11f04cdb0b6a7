### CaseReflector-Faktorenkatalog: deutsche Texte.
###
### Die Struktur (Bereiche, Faktoren, Fragen-IDs) steht in catalogue.toml neben dieser Datei.
### Fragen mit "cw" dienen der eigenen Reflexion der Fachkraft und sprechen in der dritten
### Person über die begleitete Person. Fragen mit "ask" werden der Person direkt gestellt.
###
### Variablen:
###   $gender   wie über die Person gesprochen wird: feminine (sie), masculine (er),
###             neutral (Standard, auch bei "nicht angegeben"): umformuliert mit "die Person"
###   $address  Anrede der Person: formal (Sie, Standard) oder informal (du)
###
### Bitte keine Etiketten wie "Extremist" für die Person; besser "die Person",
### "Distanzierung", "die Gruppe" oder "die Szene".

# The deck's own name, shown where a deck is picked.
deck-title = CaseReflector – Distanzierungsfaktoren

## Area: Relationships and belonging

area-relationships = Beziehungen und Zugehörigkeit
area-relationships-description =
    Die Menschen und Gruppen im Leben der Person: was sie ihr geben und was sie dafür verlangen. Für die Distanzierung zählt Zugehörigkeit oft mehr als Ideen.

## Factor: Family of origin

factor-family-of-origin = Herkunftsfamilie
factor-family-of-origin-description =
    Eltern, Geschwister und andere, mit denen die Person aufgewachsen ist. Familie kann viel Halt geben, alte Konflikte mit sich bringen oder zurück in Richtung Szene ziehen – oft alles zugleich.

factor-family-of-origin-cw-support =
    { $gender ->
        [feminine] Wer in ihrer Familie steht ihr zur Seite, und wie sieht diese Unterstützung im Alltag aus?
        [masculine] Wer in seiner Familie steht ihm zur Seite, und wie sieht diese Unterstützung im Alltag aus?
       *[neutral] Wer in der Familie steht der Person zur Seite, und wie sieht diese Unterstützung im Alltag aus?
    }
factor-family-of-origin-cw-contact =
    { $gender ->
        [feminine] Wie verlaufen Kontakte mit ihrer Familie meistens, und wie wirkt sie danach?
        [masculine] Wie verlaufen Kontakte mit seiner Familie meistens, und wie wirkt er danach?
       *[neutral] Wie verlaufen Kontakte mit der Familie meistens, und wie wirkt die Person danach?
    }
factor-family-of-origin-cw-old-conflicts =
    { $gender ->
        [feminine] Welche alten Konflikte oder Verletzungen in der Familie prägen sie bis heute?
        [masculine] Welche alten Konflikte oder Verletzungen in der Familie prägen ihn bis heute?
       *[neutral] Welche alten Konflikte oder Verletzungen in der Familie prägen die Person bis heute?
    }
factor-family-of-origin-cw-pull-back =
    { $gender ->
        [feminine] Teilt oder bestärkt jemand in ihrer Familie die Ansichten der Szene, und was bedeutet das für ihre Distanzierung?
        [masculine] Teilt oder bestärkt jemand in seiner Familie die Ansichten der Szene, und was bedeutet das für seine Distanzierung?
       *[neutral] Teilt oder bestärkt jemand in der Familie die Ansichten der Szene, und was bedeutet das für die Distanzierung der Person?
    }
factor-family-of-origin-ask-who-is-there =
    { $address ->
        [informal] Auf wen in deiner Familie kannst du zählen?
       *[formal] An wen in Ihrer Familie könnten Sie sich wenden, wenn Sie Hilfe bräuchten?
    }
factor-family-of-origin-ask-what-helps =
    { $address ->
        [informal] Was macht deine Familie, das dir wirklich hilft?
       *[formal] Was tut Ihre Familie, das für Sie hilfreich ist?
    }
factor-family-of-origin-ask-weighs =
    { $address ->
        [informal] Gibt es gerade etwas mit deiner Familie, das dich belastet?
       *[formal] Gibt es im Moment etwas in Ihrer Familie, das Sie belastet?
    }
factor-family-of-origin-ask-wish =
    { $address ->
        [informal] Wenn du eine Sache in deiner Familie ändern könntest – welche wäre das?
       *[formal] Wenn Sie eine Sache in Ihrer Familie ändern könnten, welche wäre das?
    }

## Factor: Partner and intimate relationships

factor-partner = Partnerschaft und Liebesbeziehungen
factor-partner-description =
    Eine aktuelle oder frühere Partnerschaft und was sie mit sich bringt. Partnerin oder Partner können Veränderung unterstützen oder selbst mit der Szene verbunden sein; in der Beziehung können auch Kontrolle oder Gewalt eine Rolle spielen.

factor-partner-cw-support =
    { $gender ->
        [feminine] Wie unterstützt ihre Partnerin oder ihr Partner die Veränderungen, die sie gerade angeht?
        [masculine] Wie unterstützt seine Partnerin oder sein Partner die Veränderungen, die er gerade angeht?
       *[neutral] Wie unterstützt die Partnerin oder der Partner die Veränderungen, die die Person gerade angeht?
    }
factor-partner-cw-partner-ties =
    { $gender ->
        [feminine] Welche Verbindungen hat ihre Partnerin oder ihr Partner zur Szene, und wie wirkt sich das auf ihre eigene Distanzierung aus?
        [masculine] Welche Verbindungen hat seine Partnerin oder sein Partner zur Szene, und wie wirkt sich das auf seine eigene Distanzierung aus?
       *[neutral] Welche Verbindungen hat die Partnerin oder der Partner zur Szene, und wie wirkt sich das auf die Distanzierung der Person aus?
    }
factor-partner-cw-respect-safety =
    { $gender ->
        [feminine] Gibt es in der Beziehung Anzeichen von Kontrolle, Angst oder Gewalt, egal von welcher Seite, und ist sie sicher?
        [masculine] Gibt es in der Beziehung Anzeichen von Kontrolle, Angst oder Gewalt, egal von welcher Seite, und ist er sicher?
       *[neutral] Gibt es in der Beziehung Anzeichen von Kontrolle, Angst oder Gewalt, egal von welcher Seite, und ist die Person sicher?
    }
factor-partner-ask-good-together =
    { $address ->
        [informal] Was läuft gerade gut zwischen euch beiden?
       *[formal] Was ist im Moment gut an Ihrer Beziehung?
    }
factor-partner-ask-reaction =
    { $address ->
        [informal] Wie geht deine Partnerin oder dein Partner mit den Veränderungen um, die du gerade angehst?
       *[formal] Wie reagiert Ihre Partnerin oder Ihr Partner auf die Veränderungen, die Sie gerade angehen?
    }
factor-partner-ask-safe =
    { $address ->
        [informal] Fühlst du dich in deiner Beziehung sicher und respektiert?
       *[formal] Fühlen Sie sich in Ihrer Beziehung sicher und respektiert?
    }

## Factor: Children and caring roles

factor-children-caring = Kinder und Fürsorge
factor-children-caring-description =
    Mutter oder Vater sein, Stiefelternteil oder für jemanden sorgen. Fürsorge kann starke Gründe für Veränderung geben – und Sorgen mit sich bringen, etwa ums Sorgerecht oder um das, was Kinder miterlebt haben.

factor-children-caring-cw-meaning =
    { $gender ->
        [feminine] Was bedeutet es ihr, für Kinder oder andere Menschen zu sorgen, und wie viel Antrieb gibt ihr das?
        [masculine] Was bedeutet es ihm, für Kinder oder andere Menschen zu sorgen, und wie viel Antrieb gibt ihm das?
       *[neutral] Was bedeutet es der Person, für Kinder oder andere Menschen zu sorgen, und wie viel Antrieb gibt ihr das?
    }
factor-children-caring-cw-wishes =
    { $gender ->
        [feminine] Was wünscht sie sich für die Zukunft ihrer Kinder, und wie passt das zu den Vorstellungen der Szene?
        [masculine] Was wünscht er sich für die Zukunft seiner Kinder, und wie passt das zu den Vorstellungen der Szene?
       *[neutral] Was wünscht sich die Person für die Zukunft ihrer Kinder, und wie passt das zu den Vorstellungen der Szene?
    }
factor-children-caring-cw-worries =
    { $gender ->
        [feminine] Welche Sorgen um ihre Kinder trägt sie mit sich, etwa wegen Kontakt, Sorgerecht oder dem, was die Kinder gesehen und gehört haben?
        [masculine] Welche Sorgen um seine Kinder trägt er mit sich, etwa wegen Kontakt, Sorgerecht oder dem, was die Kinder gesehen und gehört haben?
       *[neutral] Welche Sorgen um die Kinder trägt die Person mit sich, etwa wegen Kontakt, Sorgerecht oder dem, was die Kinder gesehen und gehört haben?
    }
factor-children-caring-ask-proud =
    { $address ->
        [informal] Worauf bist du stolz, wenn du mit deinen Kindern oder den Menschen zusammen bist, um die du dich kümmerst?
       *[formal] Worauf sind Sie stolz, wenn Sie daran denken, wie Sie für Ihre Kinder oder andere Menschen da sind?
    }
factor-children-caring-ask-wish =
    { $address ->
        [informal] Was wünschst du dir für deine Kinder, wenn sie groß sind?
       *[formal] Was würden Sie Ihren Kindern wünschen, wenn sie einmal erwachsen sind?
    }
factor-children-caring-ask-hardest =
    { $address ->
        [informal] Was ist gerade am schwersten daran, für andere da zu sein?
       *[formal] Was ist für Sie im Moment am schwersten daran, für andere zu sorgen?
    }

## Factor: Friendships outside the scene

factor-friendships = Freundschaften außerhalb der Szene
factor-friendships-description =
    Freundinnen und Freunde, die nicht zur Szene gehören: von früher, von heute oder solche, die sich erst noch finden. Solche Freundschaften sind eine oft unterschätzte Ressource, und Einsamkeit gehört zu dem, was am stärksten zurückzieht.

factor-friendships-cw-who-remains =
    { $gender ->
        [feminine] Welche Freundschaften außerhalb der Szene hat sie behalten, oder welche könnte sie wieder aufnehmen?
        [masculine] Welche Freundschaften außerhalb der Szene hat er behalten, oder welche könnte er wieder aufnehmen?
       *[neutral] Welche Freundschaften außerhalb der Szene sind der Person geblieben, oder welche ließen sich wieder aufnehmen?
    }
factor-friendships-cw-new-contacts =
    { $gender ->
        [feminine] Wo könnte sie neue Menschen kennenlernen, die ihre Interessen teilen?
        [masculine] Wo könnte er neue Menschen kennenlernen, die seine Interessen teilen?
       *[neutral] Wo könnte die Person neue Menschen kennenlernen, die ihre Interessen teilen?
    }
factor-friendships-cw-loneliness =
    { $gender ->
        [feminine] Wie einsam ist sie, und wann spürt sie es am stärksten?
        [masculine] Wie einsam ist er, und wann spürt er es am stärksten?
       *[neutral] Wie einsam ist die Person, und wann spürt sie es am stärksten?
    }
factor-friendships-ask-who-remains =
    { $address ->
        [informal] Mit wem bist du außerhalb der Szene befreundet?
       *[formal] Wen außerhalb der Szene zählen Sie zu Ihrem Freundeskreis?
    }
factor-friendships-ask-reconnect =
    { $address ->
        [informal] Gibt's jemanden von früher, mit dem du gern wieder Kontakt hättest?
       *[formal] Gibt es jemanden von früher, mit dem Sie gern wieder in Kontakt kommen würden?
    }
factor-friendships-ask-lonely =
    { $address ->
        [informal] Wann fühlst du dich einsam, und was hilft dir dann?
       *[formal] Wann fühlen Sie sich einsam, und was hilft Ihnen dann?
    }

## Factor: Ties to the scene and costs of leaving

factor-scene-ties = Bindungen an die Szene und Preis des Ausstiegs
factor-scene-ties-description =
    Was die Person noch mit der Gruppe verbindet und was ein Ausstieg kostet oder riskiert. Dazu gehören Verpflichtungen, die Angst vor Vergeltung, das, was die Gruppe gegeben hat und nun ersetzt werden muss, und die Enttäuschungen, die die Distanzierung angestoßen haben.

factor-scene-ties-cw-steps-taken =
    { $gender ->
        [feminine] Welche Schritte der Distanzierung ist sie schon gegangen, und was hat ihr das ermöglicht?
        [masculine] Welche Schritte der Distanzierung ist er schon gegangen, und was hat ihm das ermöglicht?
       *[neutral] Welche Schritte der Distanzierung ist die Person schon gegangen, und was hat das möglich gemacht?
    }
factor-scene-ties-cw-what-it-gave =
    { $gender ->
        [feminine] Was hat die Gruppe ihr gegeben, etwa Zugehörigkeit, Schutz, Ansehen oder Spannung, das sie jetzt anderswo finden muss?
        [masculine] Was hat die Gruppe ihm gegeben, etwa Zugehörigkeit, Schutz, Ansehen oder Spannung, das er jetzt anderswo finden muss?
       *[neutral] Was hat die Gruppe der Person gegeben, etwa Zugehörigkeit, Schutz, Ansehen oder Spannung, das jetzt anderswo gefunden werden muss?
    }
factor-scene-ties-cw-disillusionment =
    { $gender ->
        [feminine] Was hat sie an der Gruppe, an deren Führungsfiguren oder Mitgliedern enttäuscht?
        [masculine] Was hat ihn an der Gruppe, an deren Führungsfiguren oder Mitgliedern enttäuscht?
       *[neutral] Was hat die Person an der Gruppe, an deren Führungsfiguren oder Mitgliedern enttäuscht?
    }
factor-scene-ties-cw-barriers =
    { $gender ->
        [feminine] Was bindet sie noch an die Szene, etwa Schulden, Verpflichtungen, eine gemeinsame Wohnung oder Angst vor Vergeltung, und wie sicher ist sie?
        [masculine] Was bindet ihn noch an die Szene, etwa Schulden, Verpflichtungen, eine gemeinsame Wohnung oder Angst vor Vergeltung, und wie sicher ist er?
       *[neutral] Was bindet die Person noch an die Szene, etwa Schulden, Verpflichtungen, eine gemeinsame Wohnung oder Angst vor Vergeltung, und wie sicher ist sie?
    }
factor-scene-ties-ask-steps =
    { $address ->
        [informal] Was hast du im Umgang mit der Gruppe schon verändert?
       *[formal] Was haben Sie an Ihrem Kontakt zur Gruppe bereits verändert?
    }
factor-scene-ties-ask-what-it-gave =
    { $address ->
        [informal] Was hat dir die Gruppe gegeben, das dir fehlen würde?
       *[formal] Was hat Ihnen die Gruppe gegeben, das Sie vermissen würden?
    }
factor-scene-ties-ask-disappointed =
    { $address ->
        [informal] Was hat dich an der Gruppe enttäuscht?
       *[formal] Gab es etwas an der Gruppe, das Sie enttäuscht hat?
    }
factor-scene-ties-ask-worries =
    { $address ->
        [informal] Was macht dir Sorgen, wenn du noch mehr Abstand nimmst?
       *[formal] Gibt es etwas, das Ihnen Sorgen macht, wenn Sie noch weiter auf Abstand gehen?
    }

## Factor: Community, faith and civic life

factor-community-faith = Gemeinschaft, Glaube und gesellschaftliches Leben
factor-community-faith-description =
    Vereine, Initiativen, Nachbarschaft, religiöse und kulturelle Gemeinschaften, Ehrenamt. Hier kann die Person Zugehörigkeit und Sinn finden – und auch auf Offenheit oder Ablehnung stoßen.

factor-community-faith-cw-places =
    { $gender ->
        [feminine] Zu welchen Gemeinschaften, Vereinen oder Glaubensgruppen gehört sie, oder zu welchen fühlt sie sich hingezogen?
        [masculine] Zu welchen Gemeinschaften, Vereinen oder Glaubensgruppen gehört er, oder zu welchen fühlt er sich hingezogen?
       *[neutral] Zu welchen Gemeinschaften, Vereinen oder Glaubensgruppen gehört die Person, oder zu welchen fühlt sie sich hingezogen?
    }
factor-community-faith-cw-welcome =
    { $gender ->
        [feminine] Wo wurde sie willkommen geheißen, und wer dort könnte eine gute Ansprechperson für sie sein?
        [masculine] Wo wurde er willkommen geheißen, und wer dort könnte eine gute Ansprechperson für ihn sein?
       *[neutral] Wo wurde die Person willkommen geheißen, und wer dort könnte für sie eine gute Ansprechperson sein?
    }
factor-community-faith-cw-rejection =
    { $gender ->
        [feminine] Wo ist sie auf Ablehnung oder Misstrauen gestoßen, und wie ist sie damit umgegangen?
        [masculine] Wo ist er auf Ablehnung oder Misstrauen gestoßen, und wie ist er damit umgegangen?
       *[neutral] Wo ist die Person auf Ablehnung oder Misstrauen gestoßen, und wie ist sie damit umgegangen?
    }
factor-community-faith-ask-belong =
    { $address ->
        [informal] Wo gehörst du dazu, außer in deiner Familie?
       *[formal] Wo würden Sie sagen, dass Sie dazugehören – abgesehen von Ihrer Familie?
    }
factor-community-faith-ask-faith =
    { $address ->
        [informal] Ist dir Glaube oder etwas Spirituelles wichtig? Was gibt es dir?
       *[formal] Spielt Glaube oder eine spirituelle Praxis in Ihrem Leben eine Rolle? Wenn ja, was gibt Ihnen das?
    }
factor-community-faith-ask-more-involved =
    { $address ->
        [informal] Wo würdest du gern mehr mitmachen, und was würde es dir leichter machen?
       *[formal] Wo würden Sie sich gern stärker einbringen, und was würde Ihnen das erleichtern?
    }

## Area: Identity and self

area-identity = Identität und Selbstbild
area-identity-description =
    Wie die Person sich selbst sieht, welche Rollen sie einnimmt und wo sie sich respektiert fühlt und ihr Leben selbst gestalten kann.

## Factor: Self-image beyond the scene

factor-self-image = Selbstbild jenseits der Szene
factor-self-image-description =
    Wer die Person jenseits der Szene ist: Eigenschaften, Rollen, Interessen und Lebensgeschichte. Ein vielseitiges Selbstbild macht es leichter, eine Gruppenidentität loszulassen.

factor-self-image-cw-valued-sides =
    { $gender ->
        [feminine] Welche Eigenschaften und Rollen schätzt sie an sich, die nichts mit der Szene zu tun haben?
        [masculine] Welche Eigenschaften und Rollen schätzt er an sich, die nichts mit der Szene zu tun haben?
       *[neutral] Welche Eigenschaften und Rollen schätzt die Person an sich, die nichts mit der Szene zu tun haben?
    }
factor-self-image-cw-other-sides =
    { $gender ->
        [feminine] Welche Seiten an ihr, aus der Zeit vor der Szene oder von außerhalb, könnten wieder stärker zum Vorschein kommen?
        [masculine] Welche Seiten an ihm, aus der Zeit vor der Szene oder von außerhalb, könnten wieder stärker zum Vorschein kommen?
       *[neutral] Welche Seiten der Person, aus der Zeit vor der Szene oder von außerhalb, könnten wieder stärker zum Vorschein kommen?
    }
factor-self-image-cw-group-identity =
    { $gender ->
        [feminine] Wie sehr ist ihr Selbstverständnis noch mit der Gruppe verknüpft, mit deren Symbolen, Stil oder Sprache?
        [masculine] Wie sehr ist sein Selbstverständnis noch mit der Gruppe verknüpft, mit deren Symbolen, Stil oder Sprache?
       *[neutral] Wie sehr ist das Selbstverständnis der Person noch mit der Gruppe verknüpft, mit deren Symbolen, Stil oder Sprache?
    }
factor-self-image-ask-describe =
    { $address ->
        [informal] Wie würdest du dich jemand Neuem beschreiben?
       *[formal] Wie würden Sie sich jemandem beschreiben, der Sie noch nicht kennt?
    }
factor-self-image-ask-like =
    { $address ->
        [informal] Was magst du an dir?
       *[formal] Was schätzen Sie an sich selbst?
    }
factor-self-image-ask-changed =
    { $address ->
        [informal] Wie hast du dich in den letzten Jahren verändert?
       *[formal] Wie haben Sie sich in den letzten Jahren verändert?
    }

## Factor: Gender roles and expectations

factor-gender-roles = Geschlechterrollen und Erwartungen
factor-gender-roles-description =
    Vorstellungen davon, was ein Mann oder eine Frau sein, tun oder aushalten soll. Szenen bauen oft auf solchen Bildern auf – etwa dem Kämpfer, dem Versorger oder der aufopfernden Mutter –, und sie können mit Gewalt und mit dem Gefühl des eigenen Werts verknüpft sein.

factor-gender-roles-cw-beyond-roles =
    { $gender ->
        [feminine] Wo handelt sie schon heute auf eine Weise, die über eine feste Rolle hinausgeht?
        [masculine] Wo handelt er schon heute auf eine Weise, die über eine feste Rolle hinausgeht?
       *[neutral] Wo handelt die Person schon heute auf eine Weise, die über eine feste Rolle hinausgeht?
    }
# Weiblich/männlich fragen nach "Frau sein" / "Mann sein", neutral allgemein nach Geschlecht.
factor-gender-roles-cw-own-ideas =
    { $gender ->
        [feminine] Was bedeutet es für sie, eine Frau zu sein, und woher kommen diese Vorstellungen?
        [masculine] Was bedeutet es für ihn, ein Mann zu sein, und woher kommen diese Vorstellungen?
       *[neutral] Welche Bedeutung hat Geschlecht für die Person, und woher kommen ihre Vorstellungen davon?
    }
factor-gender-roles-cw-pressure =
    { $gender ->
        [feminine] Wo spürt sie Druck, einem Bild zu entsprechen, zum Beispiel zu beschützen, zu versorgen, hart zu sein oder zu gehorchen?
        [masculine] Wo spürt er Druck, einem Bild zu entsprechen, zum Beispiel zu beschützen, zu versorgen, hart zu sein oder zu gehorchen?
       *[neutral] Wo spürt die Person Druck, einem Bild zu entsprechen, zum Beispiel zu beschützen, zu versorgen, hart zu sein oder zu gehorchen?
    }
factor-gender-roles-cw-link-violence =
    { $gender ->
        [feminine] Wie hängen ihre Vorstellungen von Geschlecht mit der Ideologie, mit Kontrolle über andere oder mit Gewalt zusammen?
        [masculine] Wie hängen seine Vorstellungen von Geschlecht mit der Ideologie, mit Kontrolle über andere oder mit Gewalt zusammen?
       *[neutral] Wie hängen die Vorstellungen der Person von Geschlecht mit der Ideologie, mit Kontrolle über andere oder mit Gewalt zusammen?
    }
factor-gender-roles-ask-role-models =
    { $address ->
        [informal] Wer ist ein gutes Vorbild für den Menschen, der du sein willst?
       *[formal] Wen würden Sie als gutes Vorbild für den Menschen sehen, der Sie sein möchten?
    }
# Weiblich/männlich nennen "als Frau" / "als Mann", neutral bleibt allgemein.
factor-gender-roles-ask-expectations =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Was erwarten die Leute um dich herum von dir als Frau?
                [masculine] Was erwarten die Leute um dich herum von dir als Mann?
               *[neutral] Was erwarten die Leute um dich herum von dir wegen deines Geschlechts?
            }
       *[formal]
            { $gender ->
                [feminine] Was erwarten die Menschen in Ihrem Umfeld von Ihnen als Frau?
                [masculine] Was erwarten die Menschen in Ihrem Umfeld von Ihnen als Mann?
               *[neutral] Was erwarten die Menschen in Ihrem Umfeld von Ihnen aufgrund Ihres Geschlechts?
            }
    }
factor-gender-roles-ask-let-go =
    { $address ->
        [informal] Gibt es Erwartungen an deine Rolle, die du gern loswerden würdest?
       *[formal] Gibt es Erwartungen an Ihre Rolle, die Sie gern loslassen würden?
    }

## Factor: Recognition and discrimination

factor-recognition = Anerkennung und Diskriminierung
factor-recognition-description =
    Wo sich die Person gesehen und respektiert fühlt und wo sie Ausgrenzung, Rassismus oder Demütigung erlebt hat. Szenen gewinnen Menschen oft über echte Kränkungen und Ungerechtigkeiten; diese verdienen es, ernst genommen zu werden.

factor-recognition-cw-respected =
    { $gender ->
        [feminine] Wo und von wem fühlt sie sich respektiert und ernst genommen?
        [masculine] Wo und von wem fühlt er sich respektiert und ernst genommen?
       *[neutral] Wo und von wem fühlt sich die Person respektiert und ernst genommen?
    }
factor-recognition-cw-experiences =
    { $gender ->
        [feminine] Welche Erfahrungen mit Ausgrenzung, Diskriminierung oder Demütigung hat sie gemacht?
        [masculine] Welche Erfahrungen mit Ausgrenzung, Diskriminierung oder Demütigung hat er gemacht?
       *[neutral] Welche Erfahrungen mit Ausgrenzung, Diskriminierung oder Demütigung hat die Person gemacht?
    }
factor-recognition-cw-grievances =
    { $gender ->
        [feminine] Welche ihrer Kränkungen und Ungerechtigkeitserfahrungen hat die Szene aufgegriffen, und wie lassen sich diese anerkennen, ohne die Antworten der Szene zu übernehmen?
        [masculine] Welche seiner Kränkungen und Ungerechtigkeitserfahrungen hat die Szene aufgegriffen, und wie lassen sich diese anerkennen, ohne die Antworten der Szene zu übernehmen?
       *[neutral] Welche Kränkungen und Ungerechtigkeitserfahrungen der Person hat die Szene aufgegriffen, und wie lassen sich diese anerkennen, ohne die Antworten der Szene zu übernehmen?
    }
factor-recognition-ask-respected =
    { $address ->
        [informal] Wo respektieren dich die Leute und nehmen dich ernst?
       *[formal] Wo fühlen Sie sich respektiert und ernst genommen?
    }
factor-recognition-ask-unfair =
    { $address ->
        [informal] Wurdest du schon mal unfair behandelt, weil du bist, wer du bist, oder wegen deiner Herkunft?
       *[formal] Wurden Sie schon einmal ungerecht behandelt, weil Sie sind, wer Sie sind, oder wegen Ihrer Herkunft?
    }
factor-recognition-ask-what-it-takes =
    { $address ->
        [informal] Was würde dir helfen, dich mehr respektiert zu fühlen?
       *[formal] Was würde Ihnen helfen, sich mehr respektiert zu fühlen?
    }

## Factor: Agency and self-efficacy

factor-agency = Handlungsfähigkeit und Selbstwirksamkeit
factor-agency-description =
    Das Gefühl der Person, das eigene Leben gestalten und etwas bewirken zu können. Distanzierung fällt leichter, wenn Menschen erleben, dass ihre eigenen Schritte etwas verändern.

factor-agency-cw-successes =
    { $gender ->
        [feminine] Was hat sie in letzter Zeit aus eigener Kraft geschafft?
        [masculine] Was hat er in letzter Zeit aus eigener Kraft geschafft?
       *[neutral] Was hat die Person in letzter Zeit aus eigener Kraft geschafft?
    }
factor-agency-cw-decisions =
    { $gender ->
        [feminine] Welche Entscheidungen über ihr Leben trifft sie selbst, und wo hat sie das Gefühl, dass andere über sie bestimmen?
        [masculine] Welche Entscheidungen über sein Leben trifft er selbst, und wo hat er das Gefühl, dass andere über ihn bestimmen?
       *[neutral] Welche Entscheidungen über das eigene Leben trifft die Person selbst, und wo hat sie das Gefühl, dass andere über sie bestimmen?
    }
factor-agency-cw-powerless =
    { $gender ->
        [feminine] In welchen Situationen fühlt sie sich machtlos, und was tut sie dann?
        [masculine] In welchen Situationen fühlt er sich machtlos, und was tut er dann?
       *[neutral] In welchen Situationen fühlt sich die Person machtlos, und was tut sie dann?
    }
factor-agency-ask-managed =
    { $address ->
        [informal] Was hast du in letzter Zeit hinbekommen, worüber du dich freust?
       *[formal] Was haben Sie in letzter Zeit geschafft, womit Sie zufrieden sind?
    }
factor-agency-ask-in-your-hands =
    { $address ->
        [informal] Was in deinem Leben liegt gerade in deiner Hand?
       *[formal] Was in Ihrem Leben liegt im Moment in Ihrer eigenen Hand?
    }
factor-agency-ask-stuck =
    { $address ->
        [informal] Wo kommst du gerade nicht weiter?
       *[formal] Gibt es einen Bereich in Ihrem Leben, in dem Sie im Moment feststecken?
    }
factor-agency-ask-next-step =
    { $address ->
        [informal] Was wäre ein kleiner Schritt, den du diese Woche machen könntest?
       *[formal] Welchen kleinen Schritt könnten Sie diese Woche gehen?
    }

## Factor: Meaning and purpose

factor-meaning-purpose = Sinn und Orientierung
factor-meaning-purpose-description =
    Was dem Leben der Person Sinn und Richtung gibt. Die Szene hat vielleicht eine Mission versprochen; Distanzierung heißt oft, Sinn an anderen Orten zu finden.

factor-meaning-purpose-cw-sources =
    { $gender ->
        [feminine] Was gibt ihrem Leben heute Sinn, abgesehen von der Szene?
        [masculine] Was gibt seinem Leben heute Sinn, abgesehen von der Szene?
       *[neutral] Was gibt dem Leben der Person heute Sinn, abgesehen von der Szene?
    }
factor-meaning-purpose-cw-mission =
    { $gender ->
        [feminine] Welches Sendungsbewusstsein hat ihr die Gruppe vermittelt, und was ist an seine Stelle getreten?
        [masculine] Welches Sendungsbewusstsein hat ihm die Gruppe vermittelt, und was ist an seine Stelle getreten?
       *[neutral] Welches Sendungsbewusstsein hat die Gruppe der Person vermittelt, und was ist an seine Stelle getreten?
    }
factor-meaning-purpose-cw-emptiness =
    { $gender ->
        [feminine] Spricht sie von Leere oder Langeweile, seit sie auf Abstand gegangen ist, und wann ist das am stärksten?
        [masculine] Spricht er von Leere oder Langeweile, seit er auf Abstand gegangen ist, und wann ist das am stärksten?
       *[neutral] Spricht die Person von Leere oder Langeweile, seit sie auf Abstand gegangen ist, und wann ist das am stärksten?
    }
factor-meaning-purpose-ask-matters =
    { $address ->
        [informal] Was ist dir wirklich wichtig?
       *[formal] Was ist Ihnen im Leben am wichtigsten?
    }
factor-meaning-purpose-ask-worthwhile =
    { $address ->
        [informal] Wann hattest du zuletzt das Gefühl, dass sich das, was du machst, lohnt?
       *[formal] Wann hatten Sie zuletzt das Gefühl, dass das, was Sie tun, sinnvoll ist?
    }
factor-meaning-purpose-ask-contribute =
    { $address ->
        [informal] Was möchtest du den Menschen um dich herum geben?
       *[formal] Was möchten Sie den Menschen in Ihrem Umfeld geben?
    }

## Area: Wellbeing and coping

area-coping = Wohlbefinden und Bewältigung
area-coping-description =
    Wie es der Person seelisch und körperlich geht und wie sie mit Druck, Konflikten und schmerzhaften Erfahrungen umgeht.

## Factor: Mental and emotional wellbeing

factor-wellbeing = Seelisches Wohlbefinden
factor-wellbeing-description =
    Stimmung, Schlaf, Sorgen und die Fähigkeit, sich an etwas zu freuen. Der Ausstieg aus einer Szene kann eine einsame und belastende Zeit sein, und frühere Schwierigkeiten können wieder hochkommen.

factor-wellbeing-cw-good-days =
    { $gender ->
        [feminine] Wie sieht für sie ein guter Tag aus, und was trägt dazu bei?
        [masculine] Wie sieht für ihn ein guter Tag aus, und was trägt dazu bei?
       *[neutral] Wie sieht für die Person ein guter Tag aus, und was trägt dazu bei?
    }
factor-wellbeing-cw-support =
    { $gender ->
        [feminine] Welche Unterstützung für ihre seelische Gesundheit gibt es schon, oder welche wäre erreichbar?
        [masculine] Welche Unterstützung für seine seelische Gesundheit gibt es schon, oder welche wäre erreichbar?
       *[neutral] Welche Unterstützung für die seelische Gesundheit der Person gibt es schon, oder welche wäre erreichbar?
    }
factor-wellbeing-cw-strain =
    { $gender ->
        [feminine] Zeigt sie Anzeichen von gedrückter Stimmung, Ängsten, Schlafproblemen oder Erschöpfung?
        [masculine] Zeigt er Anzeichen von gedrückter Stimmung, Ängsten, Schlafproblemen oder Erschöpfung?
       *[neutral] Zeigt die Person Anzeichen von gedrückter Stimmung, Ängsten, Schlafproblemen oder Erschöpfung?
    }
factor-wellbeing-cw-safety =
    { $gender ->
        [feminine] Gibt es Anzeichen, dass sie daran denkt, sich selbst etwas anzutun, und muss darauf heute noch reagiert werden?
        [masculine] Gibt es Anzeichen, dass er daran denkt, sich selbst etwas anzutun, und muss darauf heute noch reagiert werden?
       *[neutral] Gibt es Anzeichen, dass die Person daran denkt, sich selbst etwas anzutun, und muss darauf heute noch reagiert werden?
    }
factor-wellbeing-ask-good-day =
    { $address ->
        [informal] Wie sieht ein guter Tag für dich aus?
       *[formal] Wie sieht ein guter Tag für Sie aus?
    }
factor-wellbeing-ask-feel-better =
    { $address ->
        [informal] Was hilft dir, wenn es dir nicht gut geht?
       *[formal] Was hilft Ihnen, sich besser zu fühlen, wenn es Ihnen schlecht geht?
    }
factor-wellbeing-ask-weighs =
    { $address ->
        [informal] Was belastet dich gerade?
       *[formal] Gibt es etwas, das Sie im Moment belastet?
    }

## Factor: Physical health and substance use

factor-health-substances = Körperliche Gesundheit und Konsum
factor-health-substances-description =
    Körperliche Gesundheit, Schlaf, Bewegung und der Umgang mit Alkohol, Drogen oder Medikamenten. In vielen Szenen gehören viel Alkohol oder Drogen zum Gruppenleben; das kann den Konsum verstärken und das Aufhören erschweren.

factor-health-substances-cw-healthy-habits =
    { $gender ->
        [feminine] Welche gesunden Gewohnheiten hat sie schon, und welche möchte sie aufbauen?
        [masculine] Welche gesunden Gewohnheiten hat er schon, und welche möchte er aufbauen?
       *[neutral] Welche gesunden Gewohnheiten hat die Person schon, und welche möchte sie aufbauen?
    }
factor-health-substances-cw-health =
    { $gender ->
        [feminine] Welche gesundheitlichen Probleme oder unbehandelten Verletzungen beeinträchtigen ihren Alltag?
        [masculine] Welche gesundheitlichen Probleme oder unbehandelten Verletzungen beeinträchtigen seinen Alltag?
       *[neutral] Welche gesundheitlichen Probleme oder unbehandelten Verletzungen beeinträchtigen den Alltag der Person?
    }
factor-health-substances-cw-substances =
    { $gender ->
        [feminine] Welche Rolle spielen Alkohol, Drogen oder Medikamente in ihrem Leben, und wie hängt das mit der Gruppe zusammen?
        [masculine] Welche Rolle spielen Alkohol, Drogen oder Medikamente in seinem Leben, und wie hängt das mit der Gruppe zusammen?
       *[neutral] Welche Rolle spielen Alkohol, Drogen oder Medikamente im Leben der Person, und wie hängt das mit der Gruppe zusammen?
    }
factor-health-substances-ask-look-after =
    { $address ->
        [informal] Wie sorgst du für dich selbst?
       *[formal] Was tun Sie für Ihre Gesundheit?
    }
factor-health-substances-ask-health =
    { $address ->
        [informal] Wie geht's dir gerade gesundheitlich?
       *[formal] Wie würden Sie Ihre Gesundheit im Moment beschreiben?
    }
factor-health-substances-ask-substances =
    { $address ->
        [informal] Welche Rolle spielen Alkohol oder andere Substanzen gerade in deinem Leben?
       *[formal] Mögen Sie mir erzählen, welche Rolle Alkohol oder andere Substanzen im Moment in Ihrem Leben spielen?
    }

## Factor: Stress, anger and conflict

factor-stress-anger = Stress, Wut und Konflikte
factor-stress-anger-description =
    Wie die Person mit Druck, Provokationen und Meinungsverschiedenheiten umgeht. Wut ist an sich kein Problem; entscheidend ist, was die Person damit macht.

factor-stress-anger-cw-calming =
    { $gender ->
        [feminine] Was hilft ihr, sich zu beruhigen, und welche Bewältigungsstrategien hat sie schon erfolgreich genutzt?
        [masculine] Was hilft ihm, sich zu beruhigen, und welche Bewältigungsstrategien hat er schon erfolgreich genutzt?
       *[neutral] Was hilft der Person, sich zu beruhigen, und welche Bewältigungsstrategien hat sie schon erfolgreich genutzt?
    }
factor-stress-anger-cw-triggers =
    { $gender ->
        [feminine] Welche Situationen machen sie typischerweise angespannt oder wütend?
        [masculine] Welche Situationen machen ihn typischerweise angespannt oder wütend?
       *[neutral] Welche Situationen machen die Person typischerweise angespannt oder wütend?
    }
factor-stress-anger-cw-conflicts =
    { $gender ->
        [feminine] Wie geht sie meist mit Konflikten um: indem sie redet, sich zurückzieht oder Gewalt anwendet?
        [masculine] Wie geht er meist mit Konflikten um: indem er redet, sich zurückzieht oder Gewalt anwendet?
       *[neutral] Wie geht die Person meist mit Konflikten um: indem sie redet, sich zurückzieht oder Gewalt anwendet?
    }
factor-stress-anger-ask-calm-down =
    { $address ->
        [informal] Was hilft dir runterzukommen, wenn du gestresst bist?
       *[formal] Was hilft Ihnen, sich zu beruhigen, wenn Sie unter Druck stehen?
    }
factor-stress-anger-ask-went-well =
    { $address ->
        [informal] Denk an einen Konflikt, den du gut gelöst hast. Was hast du da gemacht?
       *[formal] Fällt Ihnen ein Konflikt ein, mit dem Sie gut umgegangen sind? Was haben Sie da getan?
    }
factor-stress-anger-ask-triggers =
    { $address ->
        [informal] Was bringt dich so richtig auf die Palme?
       *[formal] In welchen Situationen werden Sie leicht wütend?
    }

## Factor: Violence and harm, experienced and done
## Im Tempo der Person. Diese Fragen laden ein; sie verlangen nie Einzelheiten.

factor-violence-harm = Gewalt und Verletzungen, erlebt und ausgeübt
factor-violence-harm-description =
    Gewalt oder Verletzungen, die die Person erlitten, miterlebt oder anderen zugefügt hat, innerhalb oder außerhalb der Szene. Das Tempo bestimmt die Person: Sicherheit und Vertrauen gehen vor, und Einzelheiten sind nie nötig.

factor-violence-harm-cw-safe-to-talk =
    { $gender ->
        [feminine] Was braucht sie, um sich sicher genug zu fühlen, über schwierige Erfahrungen zu sprechen, und bestimmt sie selbst das Tempo?
        [masculine] Was braucht er, um sich sicher genug zu fühlen, über schwierige Erfahrungen zu sprechen, und bestimmt er selbst das Tempo?
       *[neutral] Was braucht die Person, um sich sicher genug zu fühlen, über schwierige Erfahrungen zu sprechen, und bestimmt sie selbst das Tempo?
    }
factor-violence-harm-cw-support =
    { $gender ->
        [feminine] Welche Unterstützung, etwa Therapie, Opferhilfe oder Vertrauenspersonen, hat sie, oder welche könnte sie erreichen?
        [masculine] Welche Unterstützung, etwa Therapie, Opferhilfe oder Vertrauenspersonen, hat er, oder welche könnte er erreichen?
       *[neutral] Welche Unterstützung, etwa Therapie, Opferhilfe oder Vertrauenspersonen, hat die Person, oder welche könnte sie erreichen?
    }
factor-violence-harm-cw-experienced =
    { $gender ->
        [feminine] Welche Gewalt oder Verletzungen hat sie erlebt oder miterlebt, soweit sie davon erzählen wollte?
        [masculine] Welche Gewalt oder Verletzungen hat er erlebt oder miterlebt, soweit er davon erzählen wollte?
       *[neutral] Welche Gewalt oder Verletzungen hat die Person erlebt oder miterlebt, soweit sie davon erzählen wollte?
    }
factor-violence-harm-cw-done =
    { $gender ->
        [feminine] Wie geht sie mit dem Schaden um, den sie anderen zugefügt hat: mit Leugnen, Scham, Verantwortungsgefühl oder dem Wunsch, etwas wiedergutzumachen?
        [masculine] Wie geht er mit dem Schaden um, den er anderen zugefügt hat: mit Leugnen, Scham, Verantwortungsgefühl oder dem Wunsch, etwas wiedergutzumachen?
       *[neutral] Wie geht die Person mit dem Schaden um, den sie anderen zugefügt hat: mit Leugnen, Scham, Verantwortungsgefühl oder dem Wunsch, etwas wiedergutzumachen?
    }
factor-violence-harm-ask-comfortable =
    { $address ->
        [informal] Wir reden nur über das, worüber du reden willst. Was würde dir helfen, dich hier wohlzufühlen?
       *[formal] Wir sprechen nur über das, worüber Sie sprechen möchten. Was würde Ihnen helfen, sich hier wohlzufühlen?
    }
factor-violence-harm-ask-memories =
    { $address ->
        [informal] Wenn schlimme Erinnerungen hochkommen, was hilft dir dann?
       *[formal] Wenn schwierige Erinnerungen hochkommen, was hilft Ihnen dann?
    }
factor-violence-harm-ask-weighs =
    { $address ->
        [informal] Belastet dich noch etwas, das passiert ist, dir oder durch dich? Du musst keine Einzelheiten erzählen.
       *[formal] Gibt es etwas, das passiert ist, Ihnen oder durch Sie, und das Sie noch belastet? Sie müssen keine Einzelheiten nennen.
    }

## Area: Everyday life and prospects

area-everyday-life = Alltag und Perspektiven
area-everyday-life-description =
    Die praktische Grundlage für ein Leben außerhalb der Szene: Lernen, Arbeit, Wohnen, Geld, Freizeit und der Umgang mit Gerichten und Behörden.

## Factor: Education and learning

factor-education = Bildung und Lernen
factor-education-description =
    Schule, Ausbildung, Kurse und Lernen auf eigene Faust. Etwas Neues zu lernen stärkt das Selbstvertrauen und bringt Kontakt zu Menschen außerhalb der Szene.

factor-education-cw-achievements =
    { $gender ->
        [feminine] Was hat sie gelernt oder erreicht, in der Schule, in der Ausbildung oder auf eigene Faust?
        [masculine] Was hat er gelernt oder erreicht, in der Schule, in der Ausbildung oder auf eigene Faust?
       *[neutral] Was hat die Person gelernt oder erreicht, in der Schule, in der Ausbildung oder auf eigene Faust?
    }
factor-education-cw-interests =
    { $gender ->
        [feminine] Was würde sie gern lernen, und welche Möglichkeiten stehen ihr offen?
        [masculine] Was würde er gern lernen, und welche Möglichkeiten stehen ihm offen?
       *[neutral] Was würde die Person gern lernen, und welche Möglichkeiten stehen ihr offen?
    }
factor-education-cw-barriers =
    { $gender ->
        [feminine] Was steht ihr im Weg, etwa Lücken in der Schulbildung, schlechte Erfahrungen oder fehlende Abschlüsse?
        [masculine] Was steht ihm im Weg, etwa Lücken in der Schulbildung, schlechte Erfahrungen oder fehlende Abschlüsse?
       *[neutral] Was steht der Person im Weg, etwa Lücken in der Schulbildung, schlechte Erfahrungen oder fehlende Abschlüsse?
    }
factor-education-ask-good-at =
    { $address ->
        [informal] Was hast du schon immer schnell kapiert?
       *[formal] Was ist Ihnen schon immer leichtgefallen zu lernen?
    }
factor-education-ask-learn =
    { $address ->
        [informal] Gibt's etwas, das du gern lernen oder in dem du einen Abschluss machen würdest?
       *[formal] Gibt es etwas, das Sie gern lernen oder worin Sie gern einen Abschluss machen würden?
    }
factor-education-ask-school =
    { $address ->
        [informal] Wie war die Schule für dich?
       *[formal] Wie würden Sie Ihre Schulzeit beschreiben?
    }

## Factor: Work and daily structure

factor-work-structure = Arbeit und Tagesstruktur
factor-work-structure-description =
    Beschäftigung, Ausbildung, Ehrenamt und ein geregelter Tagesablauf. Arbeit bringt Einkommen, Struktur und neue Kolleginnen und Kollegen – und gehört damit zu dem, was am stärksten aus einer Szene herausführt.

factor-work-structure-cw-skills =
    { $gender ->
        [feminine] Welche Fähigkeiten und Berufserfahrung bringt sie mit?
        [masculine] Welche Fähigkeiten und Berufserfahrung bringt er mit?
       *[neutral] Welche Fähigkeiten und Berufserfahrung bringt die Person mit?
    }
factor-work-structure-cw-routine =
    { $gender ->
        [feminine] Was gibt ihren Tagen Struktur, und wie beständig ist das?
        [masculine] Was gibt seinen Tagen Struktur, und wie beständig ist das?
       *[neutral] Was gibt den Tagen der Person Struktur, und wie beständig ist das?
    }
factor-work-structure-cw-obstacles =
    { $gender ->
        [feminine] Was erschwert es ihr, Arbeit zu finden oder zu behalten, etwa Vorstrafen, Lücken im Lebenslauf oder sichtbare Zeichen ihrer Vergangenheit?
        [masculine] Was erschwert es ihm, Arbeit zu finden oder zu behalten, etwa Vorstrafen, Lücken im Lebenslauf oder sichtbare Zeichen seiner Vergangenheit?
       *[neutral] Was erschwert es der Person, Arbeit zu finden oder zu behalten, etwa Vorstrafen, Lücken im Lebenslauf oder sichtbare Zeichen der Vergangenheit?
    }
factor-work-structure-ask-experience =
    { $address ->
        [informal] Welche Jobs hast du schon gemacht, und was hat dir daran gefallen?
       *[formal] Welche Arbeit haben Sie bisher gemacht, und was hat Ihnen daran Freude gemacht?
    }
factor-work-structure-ask-weekday =
    { $address ->
        [informal] Erzähl mal, wie ein normaler Wochentag bei dir abläuft.
       *[formal] Mögen Sie mir erzählen, wie ein normaler Wochentag bei Ihnen abläuft?
    }
factor-work-structure-ask-wish =
    { $address ->
        [informal] Was für eine Arbeit würdest du in einem Jahr gern machen?
       *[formal] Welche Art von Arbeit würden Sie in einem Jahr gern machen?
    }

## Factor: Housing and money

factor-housing-money = Wohnen und Geld
factor-housing-money-description =
    Ein sicherer Ort zum Leben und genug Geld zum Auskommen. Wo Wohnung, geliehenes Geld oder Jobs über die Szene laufen, kann diese materielle Abhängigkeit ein echtes Hindernis für den Ausstieg sein.

factor-housing-money-cw-stable =
    { $gender ->
        [feminine] Was an ihrer Wohn- und Geldsituation ist stabil und sicher?
        [masculine] Was an seiner Wohn- und Geldsituation ist stabil und sicher?
       *[neutral] Was an der Wohn- und Geldsituation der Person ist stabil und sicher?
    }
factor-housing-money-cw-dependency =
    { $gender ->
        [feminine] Ist sie bei Wohnung, Geld, Arbeit oder Fahrten auf Leute aus der Szene angewiesen?
        [masculine] Ist er bei Wohnung, Geld, Arbeit oder Fahrten auf Leute aus der Szene angewiesen?
       *[neutral] Ist die Person bei Wohnung, Geld, Arbeit oder Fahrten auf Leute aus der Szene angewiesen?
    }
factor-housing-money-cw-pressure =
    { $gender ->
        [feminine] Welche Schulden, offenen Rechnungen oder Risiken für ihre Wohnung setzen sie unter Druck?
        [masculine] Welche Schulden, offenen Rechnungen oder Risiken für seine Wohnung setzen ihn unter Druck?
       *[neutral] Welche Schulden, offenen Rechnungen oder Risiken beim Wohnen setzen die Person unter Druck?
    }
factor-housing-money-ask-home =
    { $address ->
        [informal] Wie geht's dir damit, wo du gerade wohnst?
       *[formal] Wie fühlen Sie sich dort, wo Sie im Moment wohnen?
    }
factor-housing-money-ask-getting-by =
    { $address ->
        [informal] Wie kommst du mit dem Geld klar?
       *[formal] Wie kommen Sie im Moment mit dem Geld zurecht?
    }
factor-housing-money-ask-help =
    { $address ->
        [informal] Gibt's was bei Wohnung oder Geld, wobei du Unterstützung willst?
       *[formal] Gibt es etwas rund um Wohnung oder Geld, wobei Sie sich Unterstützung wünschen?
    }

## Factor: Leisure, sport and excitement

factor-leisure-excitement = Freizeit, Sport und Nervenkitzel
factor-leisure-excitement-description =
    Freizeit, Hobbys, Sport und die Suche nach dem Kick. Szenen bieten oft Action und Adrenalin; andere Quellen für Spannung und Spaß zu finden hilft, diese Lücke zu füllen.

factor-leisure-excitement-cw-interests =
    { $gender ->
        [feminine] Welche Hobbys, Sportarten oder Interessen hat sie heute, oder welche hatte sie früher?
        [masculine] Welche Hobbys, Sportarten oder Interessen hat er heute, oder welche hatte er früher?
       *[neutral] Welche Hobbys, Sportarten oder Interessen hat die Person heute, oder welche hatte sie früher?
    }
factor-leisure-excitement-cw-thrill =
    { $gender ->
        [feminine] Welchen Nervenkitzel hat ihr die Szene gegeben, und wo könnte sie ihn finden, ohne dass jemand zu Schaden kommt?
        [masculine] Welchen Nervenkitzel hat ihm die Szene gegeben, und wo könnte er ihn finden, ohne dass jemand zu Schaden kommt?
       *[neutral] Welchen Nervenkitzel hat die Szene der Person gegeben, und wo könnte sie ihn finden, ohne dass jemand zu Schaden kommt?
    }
factor-leisure-excitement-cw-empty-time =
    { $gender ->
        [feminine] Wann fällt ihr freie Zeit schwer, zum Beispiel abends, am Wochenende oder an den Tagen, an denen sich die Gruppe früher getroffen hat?
        [masculine] Wann fällt ihm freie Zeit schwer, zum Beispiel abends, am Wochenende oder an den Tagen, an denen sich die Gruppe früher getroffen hat?
       *[neutral] Wann fällt der Person freie Zeit schwer, zum Beispiel abends, am Wochenende oder an den Tagen, an denen sich die Gruppe früher getroffen hat?
    }
factor-leisure-excitement-ask-fun =
    { $address ->
        [informal] Was machst du gern, einfach so zum Spaß?
       *[formal] Was machen Sie gern in Ihrer Freizeit?
    }
factor-leisure-excitement-ask-buzz =
    { $address ->
        [informal] Was gibt dir zurzeit einen Kick?
       *[formal] Wo finden Sie zurzeit Spannung oder ein Gefühl von Abenteuer?
    }
factor-leisure-excitement-ask-restless =
    { $address ->
        [informal] Wann wird dir langweilig, oder wann wirst du unruhig?
       *[formal] Welche Zeiten in der Woche sind für Sie am schwersten zu füllen?
    }

## Factor: Legal situation and institutions

factor-legal-institutions = Rechtliche Lage und Institutionen
factor-legal-institutions-description =
    Gerichtsverfahren, Bewährung, Haft und Entlassung sowie der Umgang mit Polizei, Jobcenter oder Sozialamt. Dazu gehört auch, was online über die Person zu finden ist: Name oder Bilder können ihr noch lange nach dem Ausstieg folgen.

factor-legal-institutions-cw-support-network =
    { $gender ->
        [feminine] Welche Fachkräfte und Stellen unterstützen sie, und wie gut funktioniert das?
        [masculine] Welche Fachkräfte und Stellen unterstützen ihn, und wie gut funktioniert das?
       *[neutral] Welche Fachkräfte und Stellen unterstützen die Person, und wie gut funktioniert das?
    }
factor-legal-institutions-cw-proceedings =
    { $gender ->
        [feminine] Welche Verfahren, Auflagen oder Fristen betreffen sie gerade, zum Beispiel vor Gericht, in der Bewährung, rund um Entlassung oder Aufenthalt?
        [masculine] Welche Verfahren, Auflagen oder Fristen betreffen ihn gerade, zum Beispiel vor Gericht, in der Bewährung, rund um Entlassung oder Aufenthalt?
       *[neutral] Welche Verfahren, Auflagen oder Fristen betreffen die Person gerade, zum Beispiel vor Gericht, in der Bewährung, rund um Entlassung oder Aufenthalt?
    }
factor-legal-institutions-cw-exposure =
    { $gender ->
        [feminine] Ist sie öffentlich bloßgestellt, online oder in den Medien, und welche Folgen hat das für sie?
        [masculine] Ist er öffentlich bloßgestellt, online oder in den Medien, und welche Folgen hat das für ihn?
       *[neutral] Ist die Person öffentlich bloßgestellt, online oder in den Medien, und welche Folgen hat das für sie?
    }
factor-legal-institutions-cw-trust =
    { $gender ->
        [feminine] Wie erlebt sie Institutionen: mit Vertrauen, mit Angst oder mit Feindseligkeit?
        [masculine] Wie erlebt er Institutionen: mit Vertrauen, mit Angst oder mit Feindseligkeit?
       *[neutral] Wie erlebt die Person Institutionen: mit Vertrauen, mit Angst oder mit Feindseligkeit?
    }
factor-legal-institutions-ask-helpful =
    { $address ->
        [informal] Wer von Ämtern oder Beratungsstellen hat dir wirklich geholfen?
       *[formal] Welche Fachleute oder Stellen waren für Sie hilfreich?
    }
factor-legal-institutions-ask-coming-up =
    { $address ->
        [informal] Stehen Gerichtstermine, andere Termine oder Auflagen an, die dir im Kopf herumgehen?
       *[formal] Stehen Termine, Gerichtstermine oder Auflagen an, die Sie beschäftigen?
    }
factor-legal-institutions-ask-online =
    { $address ->
        [informal] Gibt es etwas über dich im Netz, das dir Sorgen macht?
       *[formal] Gibt es etwas über Sie im Internet, das Ihnen Sorgen macht?
    }

## Area: Worldview and orientation

area-worldview = Weltbild und Orientierung
area-worldview-description =
    Die Überzeugungen und Zweifel der Person, woher sie ihre Informationen bezieht, wie sie über Gewalt denkt und worauf sie hofft.

## Factor: Worldview and doubts

factor-worldview-doubts = Weltbild und Zweifel
factor-worldview-doubts-description =
    Die heutigen politischen oder religiösen Ansichten der Person und die Zweifel und Widersprüche, die ihr auffallen. Zweifel wachsen oft eher aus Erfahrungen als aus Argumenten.

factor-worldview-doubts-cw-bridging-values =
    { $gender ->
        [feminine] Welche ihrer Werte, etwa Fairness, Loyalität oder Gerechtigkeit, könnten eine Brücke zu einer offeneren Sicht werden?
        [masculine] Welche seiner Werte, etwa Fairness, Loyalität oder Gerechtigkeit, könnten eine Brücke zu einer offeneren Sicht werden?
       *[neutral] Welche Werte der Person, etwa Fairness, Loyalität oder Gerechtigkeit, könnten eine Brücke zu einer offeneren Sicht werden?
    }
factor-worldview-doubts-cw-doubts =
    { $gender ->
        [feminine] Welche Zweifel oder Widersprüche sind ihr an der Ideologie oder in der Gruppe aufgefallen?
        [masculine] Welche Zweifel oder Widersprüche sind ihm an der Ideologie oder in der Gruppe aufgefallen?
       *[neutral] Welche Zweifel oder Widersprüche sind der Person an der Ideologie oder in der Gruppe aufgefallen?
    }
factor-worldview-doubts-cw-still-holds =
    { $gender ->
        [feminine] Welche Vorstellungen der Szene vertritt sie noch, und wie fest?
        [masculine] Welche Vorstellungen der Szene vertritt er noch, und wie fest?
       *[neutral] Welche Vorstellungen der Szene vertritt die Person noch, und wie fest?
    }
factor-worldview-doubts-ask-values =
    { $address ->
        [informal] Was ist dir wichtig, wenn es darum geht, wie Menschen miteinander umgehen?
       *[formal] Welche Werte sind Ihnen wichtig im Umgang der Menschen miteinander?
    }
factor-worldview-doubts-ask-changed =
    { $address ->
        [informal] Hat sich dein Blick auf die Welt in letzter Zeit verändert? Wie?
       *[formal] Hat sich Ihr Blick auf die Welt in den letzten Jahren verändert? Inwiefern?
    }
factor-worldview-doubts-ask-did-not-add-up =
    { $address ->
        [informal] Gab es einen Moment, in dem etwas, das die Gruppe gesagt hat, einfach nicht zusammengepasst hat?
       *[formal] Gab es einen Moment, in dem etwas, das die Gruppe gesagt hat, für Sie keinen Sinn mehr ergeben hat?
    }

## Factor: Media and online spaces

factor-media-online = Medien und Online-Räume
factor-media-online-description =
    Die Kanäle, Foren, Spiele, Videos und Chats, die die Person nutzt. Online-Räume können alte Verbindungen und Ansichten am Leben halten – und auch den Weg zu neuen Menschen und Sichtweisen öffnen.

factor-media-online-cw-positive =
    { $gender ->
        [feminine] Welche Medien, Kanäle oder Online-Communitys eröffnen ihr neue Sichtweisen oder gute Kontakte?
        [masculine] Welche Medien, Kanäle oder Online-Communitys eröffnen ihm neue Sichtweisen oder gute Kontakte?
       *[neutral] Welche Medien, Kanäle oder Online-Communitys eröffnen der Person neue Sichtweisen oder gute Kontakte?
    }
factor-media-online-cw-scene-channels =
    { $gender ->
        [feminine] In welchen Kanälen, Gruppen oder Kontakten der Szene ist sie noch, und wie aktiv ist sie dort?
        [masculine] In welchen Kanälen, Gruppen oder Kontakten der Szene ist er noch, und wie aktiv ist er dort?
       *[neutral] In welchen Kanälen, Gruppen oder Kontakten der Szene ist die Person noch, und wie aktiv ist sie dort?
    }
factor-media-online-cw-habits =
    { $gender ->
        [feminine] Wie viel Zeit verbringt sie online, und wie wirkt sich das auf ihre Stimmung und ihre Ansichten aus?
        [masculine] Wie viel Zeit verbringt er online, und wie wirkt sich das auf seine Stimmung und seine Ansichten aus?
       *[neutral] Wie viel Zeit verbringt die Person online, und wie wirkt sich das auf ihre Stimmung und ihre Ansichten aus?
    }
factor-media-online-ask-into =
    { $address ->
        [informal] Was machst du online so am liebsten?
       *[formal] Was schauen, lesen oder spielen Sie gern online?
    }
factor-media-online-ask-after-online =
    { $address ->
        [informal] Wie fühlst du dich, wenn du eine Weile gescrollt hast?
       *[formal] Wie fühlen Sie sich meistens, nachdem Sie Zeit online verbracht haben?
    }
factor-media-online-ask-old-groups =
    { $address ->
        [informal] Bist du noch in Chats oder Gruppen von damals? Wie ist das für dich?
       *[formal] Sind Sie noch in Chats oder Gruppen von früher? Wie ist das für Sie?
    }

## Factor: Attitude to violence and ways of acting

factor-violence-attitude = Haltung zu Gewalt und Handlungswege
factor-violence-attitude-description =
    Wie die Person über Gewalt als Mittel denkt und welche anderen Wege sie kennt, sich für das einzusetzen, was ihr wichtig ist. Anliegen können echt und berechtigt sein; die Frage ist, wie man sich für sie einsetzt, ohne jemandem zu schaden.

factor-violence-attitude-cw-non-violent =
    { $gender ->
        [feminine] Welche gewaltfreien Wege, sich für ihre Anliegen einzusetzen, kennt oder nutzt sie schon, etwa Gespräche, Wählen, sich organisieren oder helfen?
        [masculine] Welche gewaltfreien Wege, sich für seine Anliegen einzusetzen, kennt oder nutzt er schon, etwa Gespräche, Wählen, sich organisieren oder helfen?
       *[neutral] Welche gewaltfreien Wege, sich für die eigenen Anliegen einzusetzen, kennt oder nutzt die Person schon, etwa Gespräche, Wählen, sich organisieren oder helfen?
    }
factor-violence-attitude-cw-change =
    { $gender ->
        [feminine] Wie hat sich ihre Sicht auf Gewalt mit der Zeit verändert, und wodurch?
        [masculine] Wie hat sich seine Sicht auf Gewalt mit der Zeit verändert, und wodurch?
       *[neutral] Wie hat sich die Sicht der Person auf Gewalt mit der Zeit verändert, und wodurch?
    }
factor-violence-attitude-cw-justify =
    { $gender ->
        [feminine] In welchen Situationen hält sie Gewalt noch für gerechtfertigt oder notwendig?
        [masculine] In welchen Situationen hält er Gewalt noch für gerechtfertigt oder notwendig?
       *[neutral] In welchen Situationen hält die Person Gewalt noch für gerechtfertigt oder notwendig?
    }
factor-violence-attitude-ask-make-a-difference =
    { $address ->
        [informal] Wenn dich etwas in der Gesellschaft richtig stört, was kannst du dagegen tun?
       *[formal] Wenn Sie etwas in der Gesellschaft wütend macht, was könnten Sie dagegen tun?
    }
factor-violence-attitude-ask-view-now =
    { $address ->
        [informal] Wie siehst du Gewalt heute, verglichen mit vor ein paar Jahren?
       *[formal] Wie sehen Sie Gewalt heute, im Vergleich zu vor einigen Jahren?
    }
factor-violence-attitude-ask-instead =
    { $address ->
        [informal] Wenn es mal hitzig wird, was könntest du tun, statt handgreiflich zu werden?
       *[formal] Wenn eine Situation hitzig wird, was könnten Sie tun, statt Gewalt anzuwenden?
    }

## Factor: Future, goals and hope

factor-future-hope = Zukunft, Ziele und Hoffnung
factor-future-hope-description =
    Worauf die Person hofft und worauf sie hinarbeitet. Hoffnung und konkrete Ziele gehören zu den verlässlichsten Stützen für dauerhafte Veränderung.

factor-future-hope-cw-goals =
    { $gender ->
        [feminine] Welche Ziele nennt sie für sich selbst, in ihren eigenen Worten?
        [masculine] Welche Ziele nennt er für sich selbst, in seinen eigenen Worten?
       *[neutral] Welche Ziele nennt die Person für sich selbst, in eigenen Worten?
    }
factor-future-hope-cw-hope =
    { $gender ->
        [feminine] Wie zuversichtlich blickt sie in die Zukunft, und was nährt diese Hoffnung?
        [masculine] Wie zuversichtlich blickt er in die Zukunft, und was nährt diese Hoffnung?
       *[neutral] Wie zuversichtlich blickt die Person in die Zukunft, und was nährt diese Hoffnung?
    }
factor-future-hope-cw-obstacles =
    { $gender ->
        [feminine] Was steht zwischen ihr und ihren Zielen, und welche Unterstützung würde beim nächsten Schritt helfen?
        [masculine] Was steht zwischen ihm und seinen Zielen, und welche Unterstützung würde beim nächsten Schritt helfen?
       *[neutral] Was steht zwischen der Person und ihren Zielen, und welche Unterstützung würde beim nächsten Schritt helfen?
    }
factor-future-hope-ask-one-year =
    { $address ->
        [informal] Wo willst du in einem Jahr stehen?
       *[formal] Wo möchten Sie in einem Jahr stehen?
    }
factor-future-hope-ask-hope =
    { $address ->
        [informal] Was gibt dir gerade Hoffnung?
       *[formal] Was gibt Ihnen im Moment Hoffnung?
    }
factor-future-hope-ask-first-step =
    { $address ->
        [informal] Was wäre ein erster Schritt dahin, wo du hinwillst?
       *[formal] Was könnte ein erster Schritt in die Richtung sein, in die Sie gehen möchten?
    }
