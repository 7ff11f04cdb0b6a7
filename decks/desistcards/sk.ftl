### DesistCards: slovenské texty (preklad z en.ftl).
###
### Karty hovoria k osobe: otázky a výzvy v druhej osobe, výroky v prvej osobe („ja …“),
### s ktorými osoba môže súhlasiť alebo nesúhlasiť. Tón je vľúdny, jednoduchý a bez súdenia.
### Názvy kariet majú 2 až 5 slov.
###
### Premenné:
###   $address  formal (vykanie, predvolené) alebo informal (tykanie)
###   $gender   feminine, masculine alebo neutral (predvolené, aj pre „neuvedené“):
###             neutrálny tvar sa vyhýba rodovým tvarom
###
### Osobu neoznačujeme ako „extrémistu“; hovoríme o „skupine“ alebo „scéne“.

# The deck's own name, shown where a deck is picked.
deck-title = DesistCards – karty na rozhovor

## Kategórie
## Popisy kategórií sa formátujú bez $address/$gender, preto sú v prvej osobe ako názvy.

category-my-story = Ja a môj príbeh
category-my-story-description = Odkiaľ pochádzam, kto som a ako sa vidím.
category-people = Ľudia okolo mňa
category-people-description = Rodina, priatelia, partneri a komunity v mojom živote.
category-everyday = Každodenný život
category-everyday-description = Práca, domov, peniaze, voľný čas a všetko, z čoho sa skladá obyčajný deň.
category-feelings = Pocity a telo
category-feelings-description = Ako sa cítim, ako sa má moje telo a čo mi pomáha zvládať ťažkosti.
category-values = Hodnoty a presvedčenia
category-values-description = Na čom mi záleží, čomu verím a ako sa menili moje názory.
category-strengths = Silné stránky a zdroje
category-strengths-description = Čo viem, čo mám a čo ma doteraz podržalo.
category-future = Budúcnosť a ciele
category-future-description = V čo dúfam, k čomu chcem smerovať a aké sú moje ďalšie kroky.
category-turning-points = Zlomové chvíle
category-turning-points-description = Chvíle pochybností, rozhodnutí a nových začiatkov, ktoré vo mne niečo zmenili.

## Kategória: Ja a môj príbeh

card-my-story-three-words-title = Tri slová o mne
card-my-story-three-words =
    { $address ->
        [informal] Vyber tri slová, ktoré ťa vystihujú.
       *[formal] Ktoré tri slová Vás podľa Vás vystihujú najlepšie?
    }

card-my-story-good-place-title = Dobré miesto z detstva
card-my-story-good-place =
    { $address ->
        [informal] Bolo v tvojom detstve miesto, kde ti bolo dobre a bezpečne? Aké bolo?
       *[formal] Bolo vo Vašom detstve miesto, kde ste sa cítili v bezpečí a šťastne? Aké bolo?
    }

card-my-story-before-the-group-title = Pred skupinou
card-my-story-before-the-group =
    { $address ->
        [informal] Čo ťa bavilo predtým, než prišla skupina?
       *[formal] Čo Vás bavilo robiť predtým, než ste sa zapojili do skupiny?
    }

card-my-story-proud-of-title =
    { $gender ->
        [feminine] Na toto som hrdá
        [masculine] Na toto som hrdý
       *[neutral] Dôvod na hrdosť
    }
card-my-story-proud-of =
    { $address ->
        [informal] Čo ťa v živote napĺňa hrdosťou?
       *[formal] Môžete spomenúť niečo vo svojom živote, čo Vás napĺňa hrdosťou?
    }

card-my-story-more-than-my-past-title = Viac než moja minulosť
card-my-story-more-than-my-past =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Som viac ako to, čo som spravila.
                [masculine] Som viac ako to, čo som spravil.
               *[neutral] Som viac ako moje minulé skutky.
            }
       *[formal]
            { $gender ->
                [feminine] Som viac než to, čo som urobila.
                [masculine] Som viac než to, čo som urobil.
               *[neutral] Som viac než moje minulé činy.
            }
    }

card-my-story-wanting-to-belong-title = Túžba niekam patriť
card-my-story-wanting-to-belong =
    { $address ->
        [informal] K skupine ma sčasti pritiahla túžba niekam patriť.
       *[formal] Do skupiny ma okrem iného priviedla túžba niekam patriť.
    }

card-my-story-in-my-own-words-title = Vlastnými slovami
card-my-story-in-my-own-words =
    { $address ->
        [informal] Svoj príbeh môžem povedať po svojom, tak, ako ho vidím.
       *[formal] Svoj príbeh môžem vyrozprávať vlastnými slovami, tak, ako ho vidím ja.
    }

card-my-story-nothing-to-prove-title = Nemusím nič dokazovať
card-my-story-nothing-to-prove =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Môžem byť sama sebou a nemusím nikomu dokazovať, že som pravá žena.
                [masculine] Môžem byť sám sebou a nemusím nikomu dokazovať, že som pravý chlap.
               *[neutral] Môžem žiť po svojom a nemusím nikomu dokazovať, kto som.
            }
       *[formal]
            { $gender ->
                [feminine] Môžem byť sama sebou bez toho, aby som musela dokazovať, že som skutočná žena.
                [masculine] Môžem byť sám sebou bez toho, aby som musel dokazovať, že som skutočný muž.
               *[neutral] Môžem byť tým, kým som, a nemusím nikomu nič dokazovať.
            }
    }

card-my-story-current-chapter-title = Kapitola, v ktorej som
card-my-story-current-chapter =
    { $address ->
        [informal] Keby bol tvoj život kniha, ako veľmi ťa teší kapitola, v ktorej práve si?
       *[formal] Keby bol Váš život kniha, nakoľko by Vám vyhovovala kapitola, v ktorej sa práve nachádzate?
    }
card-my-story-current-chapter-low = Vôbec nie
card-my-story-current-chapter-high = Úplne

card-my-story-known-by-others-title = Kto ma naozaj pozná
card-my-story-known-by-others =
    { $address ->
        [informal] Nakoľko ľudia okolo teba vedia, kým naozaj si?
       *[formal] Nakoľko ľudia vo Vašom okolí vedia, kým naozaj ste?
    }
card-my-story-known-by-others-low = Vôbec nie
card-my-story-known-by-others-high = Veľmi dobre

card-my-story-my-roles-title = Moje roly
card-my-story-my-roles =
    { $address ->
        [informal] Ktoré z týchto rolí máš vo svojom živote?
       *[formal] Ktoré z týchto rolí máte vo svojom živote?
    }
card-my-story-my-roles-option-child =
    { $gender ->
        [feminine] Dcéra
        [masculine] Syn
       *[neutral] Dieťa mojich rodičov
    }
card-my-story-my-roles-option-sibling =
    { $gender ->
        [feminine] Sestra
        [masculine] Brat
       *[neutral] Súrodenec
    }
card-my-story-my-roles-option-parent =
    { $gender ->
        [feminine] Matka
        [masculine] Otec
       *[neutral] Rodič
    }
card-my-story-my-roles-option-partner =
    { $gender ->
        [feminine] Partnerka
        [masculine] Partner
       *[neutral] Človek v partnerskom vzťahu
    }
card-my-story-my-roles-option-friend =
    { $gender ->
        [feminine] Kamarátka
        [masculine] Kamarát
       *[neutral] Súčasť partie priateľov
    }
card-my-story-my-roles-option-colleague =
    { $gender ->
        [feminine] Kolegyňa
        [masculine] Kolega
       *[neutral] Súčasť pracovného kolektívu
    }
card-my-story-my-roles-option-neighbour =
    { $gender ->
        [feminine] Susedka
        [masculine] Sused
       *[neutral] Niekto zo susedstva
    }
card-my-story-my-roles-option-team-mate =
    { $gender ->
        [feminine] Spoluhráčka
        [masculine] Spoluhráč
       *[neutral] Súčasť tímu
    }
card-my-story-my-roles-option-carer = Niekto, kto sa stará o druhých
card-my-story-my-roles-option-learner = Niekto, kto sa učí

## Kategória: Ľudia okolo mňa

card-people-someone-to-call-title = Komu zavolať
card-people-someone-to-call =
    { $address ->
        [informal] Komu môžeš zavolať o tretej ráno, keď potrebuješ pomoc?
       *[formal] Komu by ste mohli zavolať uprostred noci, keby ste potrebovali pomoc?
    }

card-people-best-in-me-title = To najlepšie vo mne
card-people-best-in-me =
    { $address ->
        [informal] Kto v tebe prebúdza to najlepšie?
       *[formal] Kto vo Vašom živote vo Vás prebúdza to najlepšie?
    }

card-people-lost-touch-title = Stratený kontakt
card-people-lost-touch =
    { $address ->
        [informal] Je niekto, s kým sa už nevídaš a koho by bolo fajn znova vidieť?
       *[formal] Je niekto, s kým ste stratili kontakt a koho by ste chceli znova vidieť?
    }

card-people-family-on-my-side-title = Rodina na mojej strane
card-people-family-on-my-side =
    { $address ->
        [informal] Mám v rodine niekoho, kto drží so mnou.
       *[formal] V mojej rodine je niekto, kto stojí na mojej strane.
    }

card-people-friends-outside-title = Priatelia mimo scény
card-people-friends-outside =
    { $address ->
        [informal] Mám kamarátov, ktorí nemajú so scénou nič spoločné.
       *[formal] Mám priateľov, ktorí nemajú so scénou nič spoločné.
    }

card-people-respect-at-home-title = Rešpekt doma
card-people-respect-at-home =
    { $address ->
        [informal] V mojom vzťahu sa k sebe správame slušne a s rešpektom.
       *[formal] V našom vzťahu sa k sebe správame s rešpektom.
    }

card-people-someone-relies-on-me-title = Niekto sa na mňa spolieha
card-people-someone-relies-on-me =
    { $address ->
        [informal] Niekto sa na mňa spolieha a na tom mi záleží.
       *[formal] Je niekto, kto sa na mňa spolieha, a to je pre mňa dôležité.
    }

card-people-connected-title = Blízkosť k ľuďom
card-people-connected =
    { $address ->
        [informal] Ako blízko máš teraz k iným ľuďom?
       *[formal] Ako blízko máte momentálne k iným ľuďom?
    }
card-people-connected-low = Úplná samota
card-people-connected-high = Veľká blízkosť

card-people-trusting-others-title = Dôvera v druhých
card-people-trusting-others =
    { $address ->
        [informal] Ako ľahko dôveruješ ľuďom?
       *[formal] Ako ľahko dôverujete ľuďom?
    }
card-people-trusting-others-low = Veľmi ťažko
card-people-trusting-others-high = Veľmi ľahko

card-people-my-circle-title = Môj okruh ľudí
card-people-my-circle =
    { $address ->
        [informal] Kto je teraz v tvojom živote?
       *[formal] Koho máte momentálne vo svojom živote?
    }
card-people-my-circle-option-family = Rodina
card-people-my-circle-option-partner = Partner či partnerka
card-people-my-circle-option-children = Deti
card-people-my-circle-option-friends = Priatelia
card-people-my-circle-option-neighbours = Susedia
card-people-my-circle-option-colleagues = Kolegovia alebo spolužiaci
card-people-my-circle-option-team-mates = Spoluhráči
card-people-my-circle-option-faith-community = Náboženská komunita
card-people-my-circle-option-professionals = Odborníci, ktorí ma podporujú
card-people-my-circle-option-online-friends = Priatelia z internetu

card-people-places-to-meet-title = Kde spoznať ľudí
card-people-places-to-meet =
    { $address ->
        [informal] Kde môžeš stretnúť ľudí, ktorých baví to isté ako teba?
       *[formal] Kde by ste mohli stretnúť ľudí s podobnými záujmami?
    }
card-people-places-to-meet-option-sports-club = Športový klub
card-people-places-to-meet-option-course = Kurz alebo krúžok
card-people-places-to-meet-option-volunteering = Dobrovoľníctvo
card-people-places-to-meet-option-workplace = V práci
card-people-places-to-meet-option-faith-group = Náboženská skupina
card-people-places-to-meet-option-music = Spoločné muzicírovanie
card-people-places-to-meet-option-hobby-group = Záujmová skupina
card-people-places-to-meet-option-neighbourhood = V susedstve
card-people-places-to-meet-option-community-centre = Komunitné centrum

## Kategória: Každodenný život

card-everyday-good-ordinary-day-title = Dobrý obyčajný deň
card-everyday-good-ordinary-day =
    { $address ->
        [informal] Ako vyzerá tvoj dobrý obyčajný deň, od rána do večera?
       *[formal] Ako pre Vás vyzerá dobrý obyčajný deň, od rána do večera?
    }

card-everyday-evenings-weekends-title = Večery a víkendy
card-everyday-evenings-weekends =
    { $address ->
        [informal] Čo v poslednom čase robievaš večer a cez víkendy?
       *[formal] Ako v súčasnosti trávite večery a víkendy?
    }

card-everyday-help-that-counts-title = Pomoc, ktorá by sa hodila
card-everyday-help-that-counts =
    { $address ->
        [informal] Ktorá každodenná vec by bola s trochou pomoci oveľa ľahšia?
       *[formal] V ktorej každodennej záležitosti by Vám pomoc najviac uľahčila život?
    }

card-everyday-routine-title = Režim, ktorý funguje
card-everyday-routine =
    { $address ->
        [informal] Mám denný režim, ktorý mi sedí.
       *[formal] Mám denný režim, ktorý mi vyhovuje.
    }

card-everyday-safe-home-title = Bezpečný domov
card-everyday-safe-home =
    { $address ->
        [informal] Tam, kde bývam, som v bezpečí.
       *[formal] Tam, kde bývam, sa cítim bezpečne.
    }

card-everyday-own-feet-title = Na vlastných nohách
card-everyday-own-feet =
    { $address ->
        [informal] Vystačím si aj bez peňazí a láskavostí od skupiny.
       *[formal] Zvládnem to bez peňazí či láskavostí od skupiny.
    }

card-everyday-my-days-title = Ako trávim dni
card-everyday-my-days =
    { $address ->
        [informal] Nakoľko ti vyhovuje to, čo cez deň robíš – či je to práca, škola alebo niečo iné?
       *[formal] Nakoľko Vám vyhovuje to, čo robíte počas dňa – či už ide o prácu, odbornú prípravu alebo niečo iné?
    }
card-everyday-my-days-low = Vôbec nie
card-everyday-my-days-high = Úplne

card-everyday-money-worries-title = Starosti s peniazmi
card-everyday-money-worries =
    { $address ->
        [informal] Nakoľko ťa teraz trápia starosti s peniazmi?
       *[formal] Nakoľko Vás momentálne ťažia finančné starosti?
    }
card-everyday-money-worries-low = Vôbec nie
card-everyday-money-worries-high = Veľmi silno

card-everyday-things-i-enjoy-title = Čo ma baví
card-everyday-things-i-enjoy =
    { $address ->
        [informal] Čo ťa baví alebo čo ťa láka vyskúšať?
       *[formal] Čo Vás baví alebo čo by ste chceli vyskúšať?
    }
card-everyday-things-i-enjoy-option-sport = Šport
card-everyday-things-i-enjoy-option-music = Hudba
card-everyday-things-i-enjoy-option-games = Hry
card-everyday-things-i-enjoy-option-reading = Čítanie
card-everyday-things-i-enjoy-option-cooking = Varenie
card-everyday-things-i-enjoy-option-nature = Pobyt vonku
card-everyday-things-i-enjoy-option-making-things = Vyrábanie alebo opravovanie vecí
card-everyday-things-i-enjoy-option-films = Filmy a seriály
card-everyday-things-i-enjoy-option-fitness = Cvičenie
card-everyday-things-i-enjoy-option-art = Kreslenie, maľovanie alebo fotografovanie

card-everyday-practical-matters-title = Praktické veci
card-everyday-practical-matters =
    { $address ->
        [informal] Ktoré praktické veci chceš vybaviť?
       *[formal] Ktoré praktické záležitosti by ste chceli vyriešiť?
    }
card-everyday-practical-matters-option-housing = Bývanie
card-everyday-practical-matters-option-debts = Dlhy
card-everyday-practical-matters-option-documents = Doklady a úradné papiere
card-everyday-practical-matters-option-job-search = Hľadanie práce
card-everyday-practical-matters-option-training = Odborná príprava alebo škola
card-everyday-practical-matters-option-health-care = Zdravotná starostlivosť
card-everyday-practical-matters-option-benefits = Sociálne dávky
card-everyday-practical-matters-option-court-probation = Súd alebo probácia
card-everyday-practical-matters-option-driving-licence = Vodičský preukaz
card-everyday-practical-matters-option-bank-account = Bankový účet

## Kategória: Pocity a telo

card-feelings-where-i-feel-calm-title = Kde nachádzam pokoj
card-feelings-where-i-feel-calm =
    { $address ->
        [informal] Kde alebo s kým sa cítiš pokojne?
       *[formal] Na akých miestach alebo s ktorými ľuďmi sa cítite pokojne?
    }

card-feelings-early-signals-title = Včasné varovné signály
card-feelings-early-signals =
    { $address ->
        [informal] Čo si všímaš na svojom tele, keď sa začínaš hnevať?
       *[formal] Ako Vám Vaše telo dáva najavo, že sa začínate hnevať?
    }

card-feelings-what-i-miss-title = Čo mi chýba
card-feelings-what-i-miss =
    { $address ->
        [informal] Čo ti chýba, odkedy máš od skupiny odstup?
       *[formal] Je niečo, čo Vám chýba, odkedy ste sa od skupiny vzdialili?
    }

card-feelings-showing-feelings-title = Ukázať, čo cítim
card-feelings-showing-feelings =
    { $address ->
        [informal] Viem dať najavo, čo cítim, a nestratím pri tom tvár.
       *[formal] Dokážem ukázať, čo cítim, a nestratím pritom tvár.
    }

card-feelings-sleeping-well-title = Dobrý spánok
card-feelings-sleeping-well =
    { $address ->
        [informal] Väčšinou sa v noci dobre vyspím.
       *[formal] Väčšinu nocí spím dobre.
    }

card-feelings-asking-for-help-title = Požiadať o pomoc
card-feelings-asking-for-help =
    { $address ->
        [informal] Keď si poviem o pomoc, je to pre mňa znak sily, nie slabosti.
       *[formal] Požiadať o pomoc je pre mňa prejavom sily, nie slabosti.
    }

card-feelings-energy-title = Moja energia
card-feelings-energy =
    { $address ->
        [informal] Ako to bolo s tvojou energiou za posledný týždeň?
       *[formal] Koľko energie ste mali za posledný týždeň?
    }
card-feelings-energy-low = Vôbec žiadna
card-feelings-energy-high = Veľmi veľa

card-feelings-stress-level-title = Miera stresu
card-feelings-stress-level =
    { $address ->
        [informal] Nakoľko si teraz v strese?
       *[formal] Nakoľko sa momentálne cítite v strese?
    }
card-feelings-stress-level-low = Úplná pohoda
card-feelings-stress-level-high = Extrémny stres

card-feelings-mood-today-title = Dnešná nálada
card-feelings-mood-today =
    { $address ->
        [informal] Ako sa dnes máš?
       *[formal] Ako sa dnes cítite?
    }
card-feelings-mood-today-low = Veľmi zle
card-feelings-mood-today-high = Veľmi dobre

card-feelings-what-helps-me-cope-title = Čo mi pomáha zvládať
card-feelings-what-helps-me-cope =
    { $address ->
        [informal] Čo ti pomáha, keď je toho na teba priveľa?
       *[formal] Čo Vám pomáha, keď je toho na Vás priveľa?
    }
card-feelings-what-helps-me-cope-option-talking = Rozhovor s niekým
card-feelings-what-helps-me-cope-option-moving = Pohyb: chôdza, beh, šport
card-feelings-what-helps-me-cope-option-music = Hudba
card-feelings-what-helps-me-cope-option-breathing = Pomalé dýchanie
card-feelings-what-helps-me-cope-option-sleep = Spánok a oddych
card-feelings-what-helps-me-cope-option-writing = Zapisovanie si vecí
card-feelings-what-helps-me-cope-option-time-alone = Chvíľa osamote
card-feelings-what-helps-me-cope-option-nature = Pobyt vonku
card-feelings-what-helps-me-cope-option-prayer = Modlitba alebo meditácia
card-feelings-what-helps-me-cope-option-someone-i-trust = Byť s niekým, komu dôverujem

card-feelings-how-stress-shows-title = Ako sa prejavuje stres
card-feelings-how-stress-shows =
    { $address ->
        [informal] Ako sa u teba prejavuje stres?
       *[formal] Ako sa u Vás prejavuje stres?
    }
card-feelings-how-stress-shows-option-headaches = Bolesti hlavy
card-feelings-how-stress-shows-option-tense-muscles = Stuhnuté svaly
card-feelings-how-stress-shows-option-poor-sleep = Zlý spánok
card-feelings-how-stress-shows-option-racing-heart = Búšenie srdca
card-feelings-how-stress-shows-option-short-temper = Výbušnosť
card-feelings-how-stress-shows-option-no-appetite = Nechutenstvo
card-feelings-how-stress-shows-option-drinking-more = Viac alkoholu alebo drog
card-feelings-how-stress-shows-option-pulling-back = Sťahovanie sa od ľudí
card-feelings-how-stress-shows-option-restless = Nepokoj

## Kategória: Hodnoty a presvedčenia

card-values-what-i-stand-for-title = Za čím stojím
card-values-what-i-stand-for =
    { $address ->
        [informal] Pre aké hodnoty chceš žiť?
       *[formal] Aké hodnoty by ste chceli, aby Váš život vyjadroval?
    }

card-values-changing-my-mind-title = Zmena názoru
card-values-changing-my-mind =
    { $address ->
        [informal] Kedy sa naposledy zmenil tvoj názor na niečo dôležité? Čo k tomu viedlo?
       *[formal] Spomeniete si, kedy ste zmenili názor na niečo dôležité? Čo k tomu viedlo?
    }

card-values-standing-up-title = Zastať sa niečoho
card-values-standing-up =
    { $address ->
        [informal] Ako sa môžeš zastať toho, na čom ti záleží, a pritom nikomu neublížiť?
       *[formal] Ako by ste sa mohli zastať niečoho, na čom Vám záleží, bez toho, aby niekto prišiel k ujme?
    }

card-values-living-with-differences-title = Žiť s rozdielmi
card-values-living-with-differences =
    { $address ->
        [informal] Dokážem vyjsť s ľuďmi, ktorí vidia svet inak ako ja.
       *[formal] Viem vychádzať s ľuďmi, ktorí vidia svet inak než ja.
    }

card-values-violence-costs-title = Cena násilia
card-values-violence-costs =
    { $address ->
        [informal] Násilie nakoniec narobí viac problémov, ako ich vyrieši.
       *[formal] Násilie napokon spôsobí viac problémov, než ich vyrieši.
    }

card-values-room-for-doubt-title = Priestor na pochybnosti
card-values-room-for-doubt =
    { $address ->
        [informal] Je okej, že pochybujem o veciach, ktoré mi kedysi prišli isté.
       *[formal] Je v poriadku, že pochybujem o veciach, ktoré mi kedysi pripadali isté.
    }

card-values-fair-to-everyone-title = Férovosť pre všetkých
card-values-fair-to-everyone =
    { $address ->
        [informal] Férovosť má platiť pre všetkých, aj pre tých, čo nie sú ako ja.
       *[formal] Spravodlivosť by mala platiť pre všetkých, aj pre ľudí, ktorí nie sú ako ja.
    }

card-values-how-sure-title = Miera istoty
card-values-how-sure =
    { $address ->
        [informal] Nakoľko dnes ešte veríš názorom, ktoré platili v skupine?
       *[formal] Nakoľko dnes veríte názorom, ktoré ste zastávali v skupine?
    }
card-values-how-sure-low = Vôbec neverím
card-values-how-sure-high = Verím úplne

card-values-open-to-views-title = Otvorená myseľ
card-values-open-to-views =
    { $address ->
        [informal] Nakoľko máš otvorenú myseľ pre názory, ktoré sa líšia od tvojich?
       *[formal] Nakoľko máte otvorenú myseľ pre názory, ktoré sa líšia od Vašich?
    }
card-values-open-to-views-low = Zatvorená
card-values-open-to-views-high = Úplne otvorená

card-values-values-i-hold-title = Moje hodnoty
card-values-values-i-hold =
    { $address ->
        [informal] Ktoré z týchto hodnôt sú pre teba dôležité?
       *[formal] Ktoré z týchto hodnôt sú pre Vás dôležité?
    }
card-values-values-i-hold-option-honesty = Čestnosť
card-values-values-i-hold-option-loyalty = Vernosť
card-values-values-i-hold-option-justice = Spravodlivosť
card-values-values-i-hold-option-family = Rodina
card-values-values-i-hold-option-freedom = Sloboda
card-values-values-i-hold-option-respect = Rešpekt
card-values-values-i-hold-option-courage = Odvaha
card-values-values-i-hold-option-faith = Viera
card-values-values-i-hold-option-solidarity = Solidarita
card-values-values-i-hold-option-kindness = Láskavosť

card-values-making-a-difference-title = Ako niečo zmeniť
card-values-making-a-difference =
    { $address ->
        [informal] Ktoré z týchto spôsobov, ako niečo zmeniť, ťa oslovujú?
       *[formal] Ktoré z týchto spôsobov, ako niečo zmeniť, by Vám vyhovovali?
    }
card-values-making-a-difference-option-volunteering = Dobrovoľníctvo
card-values-making-a-difference-option-voting = Chodiť voliť
card-values-making-a-difference-option-petitions = Podpísať alebo založiť petíciu
card-values-making-a-difference-option-associations = Vstúpiť do spolku alebo odborov
card-values-making-a-difference-option-conversations = Rozprávať sa s ľuďmi o veciach
card-values-making-a-difference-option-helping-neighbours = Pomáhať ľuďom v okolí
card-values-making-a-difference-option-art-music = Vyjadriť sa cez umenie alebo hudbu
card-values-making-a-difference-option-mentoring = Sprevádzať niekoho mladšieho
card-values-making-a-difference-option-peaceful-protest = Pokojný protest

## Kategória: Silné stránky a zdroje

card-strengths-getting-through-title = Cez ťažké časy
card-strengths-getting-through =
    { $address ->
        [informal] Čo ti doteraz pomohlo prejsť ťažkými časmi?
       *[formal] Čo Vám v minulosti pomohlo prekonať ťažké obdobia?
    }

card-strengths-what-friends-see-title = Čo na mne vidia priatelia
card-strengths-what-friends-see =
    { $address ->
        [informal] Čo ti podľa dobrého kamaráta ide?
       *[formal] Čo by dobrý priateľ označil za Vaše silné stránky?
    }

card-strengths-skills-that-travel-title = Prenosné schopnosti
card-strengths-skills-that-travel =
    { $address ->
        [informal] Ktoré svoje schopnosti – napríklad organizovanie, vernosť alebo odvahu – môžeš využiť niekde inde?
       *[formal] Ktoré zo svojich schopností – napríklad organizovanie, vernosť či odvahu – by ste mohli využiť v novom prostredí?
    }

card-strengths-finding-a-way-title = Nájdem cestu
card-strengths-finding-a-way =
    { $address ->
        [informal] Keď sa niečo pokazí, zvyčajne si nejako poradím.
       *[formal] Keď sa niečo pokazí, väčšinou nájdem spôsob, ako to zvládnuť.
    }

card-strengths-really-good-at-title = Moja silná stránka
card-strengths-really-good-at =
    { $address ->
        [informal] Niečo mi ide fakt dobre.
       *[formal] Je niečo, čo mi ide naozaj dobre.
    }

card-strengths-still-learning-title = Stále sa učím
card-strengths-still-learning =
    { $address ->
        [informal] Nové veci sa môžem naučiť v akomkoľvek veku.
       *[formal] Stále sa môžem učiť nové veci, bez ohľadu na vek.
    }

card-strengths-trusting-myself-title = Dôvera v seba
card-strengths-trusting-myself =
    { $address ->
        [informal] Nakoľko si veríš, že zvládneš to, čo príde?
       *[formal] Nakoľko si veríte, že zvládnete to, čo Vás čaká?
    }
card-strengths-trusting-myself-low = Vôbec nie
card-strengths-trusting-myself-high = Úplne

card-strengths-backing-title = Ľudia za mnou
card-strengths-backing =
    { $address ->
        [informal] Koľko podpory cítiš pri zmenách, ktoré robíš?
       *[formal] Koľko podpory cítite pri zmenách, ktoré robíte?
    }
card-strengths-backing-low = Žiadna
card-strengths-backing-high = Veľa

card-strengths-my-qualities-title = Moje vlastnosti
card-strengths-my-qualities =
    { $address ->
        [informal] Ktoré z týchto vlastností na sebe vidíš?
       *[formal] Ktoré z týchto vlastností na sebe vidíte?
    }
card-strengths-my-qualities-option-patience = Trpezlivosť
card-strengths-my-qualities-option-humour = Humor
card-strengths-my-qualities-option-reliability = Spoľahlivosť
card-strengths-my-qualities-option-courage = Odvaha
card-strengths-my-qualities-option-honesty = Čestnosť
card-strengths-my-qualities-option-loyalty = Vernosť
card-strengths-my-qualities-option-curiosity = Zvedavosť
card-strengths-my-qualities-option-care = Starostlivosť o druhých
card-strengths-my-qualities-option-determination = Odhodlanie
card-strengths-my-qualities-option-calm = Zachovať pokoj

card-strengths-my-skills-title = Moje zručnosti
card-strengths-my-skills =
    { $address ->
        [informal] Čo z tohto ti ide?
       *[formal] Ktoré z týchto zručností máte?
    }
card-strengths-my-skills-option-hands-on = Práca rukami
card-strengths-my-skills-option-organising = Organizovanie
card-strengths-my-skills-option-languages = Jazyky
card-strengths-my-skills-option-computers = Počítače
card-strengths-my-skills-option-driving = Šoférovanie
card-strengths-my-skills-option-cooking = Varenie
card-strengths-my-skills-option-sport = Šport
card-strengths-my-skills-option-caring = Starostlivosť o ľudí
card-strengths-my-skills-option-explaining = Vysvetľovanie vecí iným
card-strengths-my-skills-option-music = Hudba

card-strengths-where-to-get-help-title = Kde nájsť pomoc
card-strengths-where-to-get-help =
    { $address ->
        [informal] Kde môžeš nájsť pomoc, keď ju potrebuješ?
       *[formal] Kde môžete nájsť pomoc, keď ju potrebujete?
    }
card-strengths-where-to-get-help-option-family = Rodina
card-strengths-where-to-get-help-option-friends = Priatelia
card-strengths-where-to-get-help-option-counsellor = Poradňa, ktorá ma sprevádza
card-strengths-where-to-get-help-option-doctor = Lekár alebo lekárka
card-strengths-where-to-get-help-option-therapist = Terapeut alebo terapeutka
card-strengths-where-to-get-help-option-faith-community = Náboženská komunita
card-strengths-where-to-get-help-option-helpline = Linka pomoci
card-strengths-where-to-get-help-option-probation = Moja probačná služba
card-strengths-where-to-get-help-option-self-help-group = Svojpomocná skupina

## Kategória: Budúcnosť a ciele

card-future-a-year-from-now-title = O rok
card-future-a-year-from-now =
    { $address ->
        [informal] Predstav si, že je o rok neskôr a veci sa vydarili. Čo je inak?
       *[formal] Predstavte si, že uplynul rok a veci sa vydarili. Čo sa zmenilo?
    }

card-future-small-step-title = Ďalší malý krok
card-future-small-step =
    { $address ->
        [informal] Aký malý krok zvládneš tento týždeň?
       *[formal] Aký malý krok by ste mohli urobiť tento týždeň?
    }

card-future-someone-to-look-up-to-title = Môj vzor
card-future-someone-to-look-up-to =
    { $address ->
        [informal] Koho poznáš, kto žije taký život, aký chceš ty?
       *[formal] Poznáte niekoho, kto žije taký život, aký by ste chceli žiť Vy?
    }

card-future-it-can-get-better-title = Môže to byť lepšie
card-future-it-can-get-better =
    { $address ->
        [informal] Verím, že sa môj život môže zlepšiť.
       *[formal] Verím, že môj život môže byť lepší.
    }

card-future-worth-the-effort-title = Stojí to za to
card-future-worth-the-effort =
    { $address ->
        [informal] Zmeny, ktoré robím, stoja za to.
       *[formal] Zmeny, ktoré robím, stoja za námahu.
    }

card-future-the-parent-i-want-to-be-title =
    { $gender ->
        [feminine] Ja ako matka
        [masculine] Ja ako otec
       *[neutral] Ja ako rodič
    }
card-future-the-parent-i-want-to-be =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Viem, aká mama chcem byť – teraz alebo niekedy v budúcnosti.
                [masculine] Viem, aký otec chcem byť – teraz alebo niekedy v budúcnosti.
               *[neutral] Viem, akým rodičom chcem byť – teraz alebo niekedy v budúcnosti.
            }
       *[formal]
            { $gender ->
                [feminine] Viem, akou matkou chcem byť – teraz alebo raz v budúcnosti.
                [masculine] Viem, akým otcom chcem byť – teraz alebo raz v budúcnosti.
               *[neutral] Viem, akým rodičom chcem byť – teraz alebo raz v budúcnosti.
            }
    }

card-future-hopeful-title = Nádej do budúcnosti
card-future-hopeful =
    { $address ->
        [informal] S akou nádejou sa pozeráš do svojej budúcnosti?
       *[formal] S akou nádejou sa pozeráte do svojej budúcnosti?
    }
card-future-hopeful-low = Bez nádeje
card-future-hopeful-high = S veľkou nádejou

card-future-closer-to-my-goal-title = Bližšie k cieľu
card-future-closer-to-my-goal =
    { $address ->
        [informal] Mysli na cieľ, ktorý je pre teba teraz najdôležitejší. Ako blízko k nemu si?
       *[formal] Ako blízko ste k cieľu, ktorý je pre Vás momentálne najdôležitejší?
    }
card-future-closer-to-my-goal-low = Ešte ďaleko
card-future-closer-to-my-goal-high = Už som v cieli

card-future-my-goals-title = Moje ciele
card-future-my-goals =
    { $address ->
        [informal] Na čom chceš pracovať?
       *[formal] Na ktorých cieľoch by ste chceli pracovať?
    }
card-future-my-goals-option-work = Práca
card-future-my-goals-option-training = Odborná príprava alebo škola
card-future-my-goals-option-home = Vlastný domov
card-future-my-goals-option-health = Moje zdravie
card-future-my-goals-option-family = Moja rodina
card-future-my-goals-option-friends = Priateľstvá
card-future-my-goals-option-relationship = Dobrý vzťah
card-future-my-goals-option-inner-peace = Viac vnútorného pokoja
card-future-my-goals-option-debt-free = Život bez dlhov
card-future-my-goals-option-new-hobby = Nový koníček

card-future-what-would-help-title = Čo by pomohlo
card-future-what-would-help =
    { $address ->
        [informal] Čo by ti pomohlo dosiahnuť tvoje ciele?
       *[formal] Čo by Vám pomohlo dosiahnuť Vaše ciele?
    }
card-future-what-would-help-option-information = Informácie
card-future-what-would-help-option-contacts = Správne kontakty
card-future-what-would-help-option-money = Peniaze
card-future-what-would-help-option-time = Čas
card-future-what-would-help-option-training = Vzdelávanie
card-future-what-would-help-option-someone-to-talk-to = Niekto, s kým sa dá porozprávať
card-future-what-would-help-option-encouragement = Povzbudenie
card-future-what-would-help-option-practical-help = Praktická pomoc
card-future-what-would-help-option-patience = Trpezlivosť so sebou

## Kategória: Zlomové chvíle

card-turning-points-first-doubt-title = Prvá pochybnosť
card-turning-points-first-doubt =
    { $address ->
        [informal] Kedy ťa prvýkrát napadli pochybnosti o skupine? Čo sa stalo?
       *[formal] Kedy ste prvýkrát začali pochybovať o skupine? Čo sa vtedy stalo?
    }

card-turning-points-someone-made-a-difference-title = Niekto, kto pomohol
card-turning-points-someone-made-a-difference =
    { $address ->
        [informal] Bol niekto, kto v kľúčovej chvíli niečo zmenil? Čo ten človek urobil?
       *[formal] Bol nejaký človek, ktorý v dôležitej chvíli niečo zmenil? Čo urobil?
    }

card-turning-points-a-good-decision-title = Dobré rozhodnutie
card-turning-points-a-good-decision =
    { $address ->
        [informal] Ktoré tvoje rozhodnutie ťa dodnes teší?
       *[formal] Ktoré rozhodnutie vo Vašom živote Vás dodnes teší?
    }

card-turning-points-something-has-to-change-title = Niečo sa musí zmeniť
card-turning-points-something-has-to-change =
    { $address ->
        [informal] Povedz mi o chvíli, keď ti napadlo: niečo sa musí zmeniť.
       *[formal] Môžete mi povedať o chvíli, keď ste si pomysleli: niečo sa musí zmeniť?
    }

card-turning-points-not-who-i-want-to-be-title = Toto nie som ja
card-turning-points-not-who-i-want-to-be =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Raz mi to docvaklo: takáto nechcem byť.
                [masculine] Raz mi to docvaklo: takýto nechcem byť.
               *[neutral] Raz mi to docvaklo: toto nie je to, kým chcem byť.
            }
       *[formal]
            { $gender ->
                [feminine] Prišla chvíľa, keď mi došlo: takáto nechcem byť.
                [masculine] Prišla chvíľa, keď mi došlo: takýto nechcem byť.
               *[neutral] Prišla chvíľa, keď mi došlo: toto nie je to, kým chcem byť.
            }
    }

card-turning-points-worn-out-title = Toho bolo dosť
card-turning-points-worn-out =
    { $address ->
        [informal] V istej chvíli ma ten stres okolo scény jednoducho zmohol.
       *[formal] Prišiel čas, keď ma stres spojený so scénou jednoducho vyčerpal.
    }

card-turning-points-new-start-title = Nový začiatok
card-turning-points-new-start =
    { $address ->
        [informal] Aspoň v jednej časti života mám nový štart už za sebou.
       *[formal] Aspoň v jednej oblasti môjho života už mám za sebou nový začiatok.
    }

card-turning-points-how-far-title = Prejdená cesta
card-turning-points-how-far =
    { $address ->
        [informal] Koľko cesty máš za sebou, odkedy sa vzďaľuješ od skupiny?
       *[formal] Aký kus cesty máte podľa seba za sebou, odkedy ste sa začali od skupiny vzďaľovať?
    }
card-turning-points-how-far-low = Len začínam
card-turning-points-how-far-high = Veľký kus cesty

card-turning-points-ready-title = Pripravenosť na ďalší krok
card-turning-points-ready =
    { $address ->
        [informal] Nakoľko sa cítiš na ďalší krok?
       *[formal] Nakoľko sa cítite na svoj ďalší krok?
    }
card-turning-points-ready-low = Ešte nie
card-turning-points-ready-high = Úplne

card-turning-points-what-moved-me-title = Čo ma pohlo
card-turning-points-what-moved-me =
    { $address ->
        [informal] Čo ťa priviedlo k odstupu od skupiny?
       *[formal] Čo Vás viedlo k tomu, že ste sa začali od skupiny vzďaľovať?
    }
card-turning-points-what-moved-me-option-disappointment = Sklamanie z ľudí v skupine
card-turning-points-what-moved-me-option-violence = Zážitky s násilím
card-turning-points-what-moved-me-option-family = Moja rodina
card-turning-points-what-moved-me-option-partner = Partner či partnerka
card-turning-points-what-moved-me-option-children = Moje deti
card-turning-points-what-moved-me-option-work = Práca alebo odborná príprava
card-turning-points-what-moved-me-option-exhaustion = Vyčerpanie
card-turning-points-what-moved-me-option-doubts = Pochybnosti o myšlienkach skupiny
card-turning-points-what-moved-me-option-legal-consequences = Právne následky
card-turning-points-what-moved-me-option-new-people = Stretnutie s novými ľuďmi

card-turning-points-what-keeps-me-going-title = Čo ma poháňa
card-turning-points-what-keeps-me-going =
    { $address ->
        [informal] Čo ťa drží na tvojej novej ceste?
       *[formal] Čo Vás doteraz držalo na novej ceste?
    }
card-turning-points-what-keeps-me-going-option-family = Rodina
card-turning-points-what-keeps-me-going-option-friends = Priatelia
card-turning-points-what-keeps-me-going-option-faith = Viera
card-turning-points-what-keeps-me-going-option-work = Práca
card-turning-points-what-keeps-me-going-option-sport = Šport
card-turning-points-what-keeps-me-going-option-counselling = Poradenstvo
card-turning-points-what-keeps-me-going-option-own-will = Moje vlastné odhodlanie
card-turning-points-what-keeps-me-going-option-children = Moje deti
card-turning-points-what-keeps-me-going-option-goals = Moje ciele
card-turning-points-what-keeps-me-going-option-new-interests = Nové záujmy
