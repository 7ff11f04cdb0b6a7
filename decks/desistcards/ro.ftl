### DesistCards: textele în limba română.
###
### Structura (categorii, cartonașe, tipuri, opțiuni) se află în deck.toml, alături.
### Cartonașele i se adresează persoanei: întrebări și îndemnuri la persoana a doua,
### afirmații la persoana întâi („Eu ...”), cu care persoana poate fi sau nu de acord.
### Ton cald, simplu, fără judecăți. Titlurile au 2–5 cuvinte.
###
### Variabile:
###   $address  tonul față de persoană: formal (implicit, „dumneavoastră”) sau informal („tu”);
###             afirmațiile la persoana întâi au și ele o variantă mai familiară
###   $gender   forma aleasă de persoană: feminine, masculine sau neutral (implicit; folosit
###             și pentru „nespecificat”): formulări care nu marchează genul
###
### Evitați etichete precum „extremist” pentru persoană; spuneți „grupul” sau „mediul grupului”
### (un „mediul” singur se citește întâi ca „mediul înconjurător”).

# The deck's own name, shown where a deck is picked.
deck-title = DesistCards – cărți pentru conversație

## Categories

category-my-story = Eu și povestea mea
category-my-story-description = De unde vin, cine sunt și cum mă văd.
category-people = Oamenii din jurul meu
category-people-description = Familia, prietenii, partenerii de viață și comunitățile din viața mea.
category-everyday = Viața de zi cu zi
category-everyday-description = Munca, locuința, banii, timpul liber și tot ce alcătuiește o zi obișnuită.
category-feelings = Emoții și corp
category-feelings-description = Cum mă simt, cum îi merge corpului meu și ce mă ajută să fac față.
category-values = Valori și convingeri
category-values-description = Ce contează pentru mine, în ce cred și cum mi s-au schimbat părerile.
category-strengths = Puncte forte și resurse
category-strengths-description = Ce știu să fac, ce am și ce m-a ajutat să merg mai departe până acum.
category-future = Viitor și obiective
category-future-description = Ce sper, spre ce vreau să merg și care sunt următorii mei pași.
category-turning-points = Momente de cotitură
category-turning-points-description = Momente de îndoială, de decizie și de nou început care au schimbat ceva pentru mine.

## Category: Me and my story

card-my-story-three-words-title = Trei cuvinte despre mine
card-my-story-three-words =
    { $address ->
        [informal] Alege trei cuvinte care te descriu.
       *[formal] Care ar fi cele trei cuvinte care vă descriu cel mai bine?
    }

card-my-story-good-place-title = Un loc bun de altădată
card-my-story-good-place =
    { $address ->
        [informal] În copilărie, aveai un loc în care îți era bine și te simțeai în siguranță? Cum era acolo?
       *[formal] A existat în copilăria dumneavoastră un loc în care vă era bine și vă simțeați în siguranță? Cum era acolo?
    }

card-my-story-before-the-group-title = Înainte de grup
card-my-story-before-the-group =
    { $address ->
        [informal] Ce-ți plăcea să faci înainte să apară grupul în viața ta?
       *[formal] Ce vă plăcea să faceți înainte de a vă implica în grup?
    }

card-my-story-proud-of-title = Ceva cu care mă mândresc
card-my-story-proud-of =
    { $address ->
        [informal] Cu ce te mândrești în viața ta?
       *[formal] Ați putea numi ceva din viața dumneavoastră cu care vă mândriți?
    }

card-my-story-more-than-my-past-title = Mai mult decât trecutul meu
card-my-story-more-than-my-past =
    { $address ->
        [informal] Sunt mai mult decât ce am făcut.
       *[formal] Sunt mai mult decât faptele mele din trecut.
    }

card-my-story-wanting-to-belong-title = Să fiu parte din ceva
card-my-story-wanting-to-belong =
    { $address ->
        [informal] M-a tras spre grup și faptul că voiam să fiu și eu parte din ceva.
       *[formal] Ceea ce m-a atras la grup a fost, în parte, dorința de a-mi găsi locul undeva.
    }

card-my-story-in-my-own-words-title = Cu vorbele mele
card-my-story-in-my-own-words =
    { $address ->
        [informal] Pot să-mi spun povestea cu vorbele mele, așa cum o văd eu.
       *[formal] Îmi pot spune povestea cu propriile cuvinte, așa cum o văd eu.
    }

card-my-story-nothing-to-prove-title = Nimic de dovedit
card-my-story-nothing-to-prove =
    { $gender ->
        [feminine]
            { $address ->
                [informal] Pot să fiu eu însămi fără să dovedesc că sunt o femeie adevărată.
               *[formal] Pot fi eu însămi fără să fie nevoie să dovedesc că sunt o femeie adevărată.
            }
        [masculine]
            { $address ->
                [informal] Pot să fiu eu însumi fără să dovedesc că sunt un bărbat adevărat.
               *[formal] Pot fi eu însumi fără să fie nevoie să dovedesc că sunt un bărbat adevărat.
            }
       *[neutral]
            { $address ->
                [informal] Pot să fiu cine sunt fără să le dovedesc nimic celorlalți.
               *[formal] Pot fi cine sunt fără să fie nevoie să dovedesc ceva despre mine.
            }
    }

card-my-story-current-chapter-title = Capitolul meu de acum
card-my-story-current-chapter =
    { $address ->
        [informal] Dacă viața ta ar fi o carte, cât de mult îți place capitolul în care ești acum?
       *[formal] Dacă viața dumneavoastră ar fi o carte, cât de mulțumitor vi se pare capitolul în care vă aflați acum?
    }
card-my-story-current-chapter-low = Deloc
card-my-story-current-chapter-high = Pe deplin

card-my-story-known-by-others-title = Să mă cunoască ceilalți
card-my-story-known-by-others =
    { $address ->
        [informal] Cât de bine știu oamenii din jurul tău cine ești cu adevărat?
       *[formal] Cât de bine știu oamenii din jurul dumneavoastră cine sunteți cu adevărat?
    }
card-my-story-known-by-others-low = Deloc
card-my-story-known-by-others-high = Foarte bine

card-my-story-my-roles-title = Rolurile mele
card-my-story-my-roles =
    { $address ->
        [informal] Pe care dintre aceste roluri le ai în viața ta?
       *[formal] Pe care dintre aceste roluri le aveți în viața dumneavoastră?
    }
card-my-story-my-roles-option-child =
    { $gender ->
        [feminine] Fiică
        [masculine] Fiu
       *[neutral] Copil al părinților mei
    }
card-my-story-my-roles-option-sibling =
    { $gender ->
        [feminine] Soră
        [masculine] Frate
       *[neutral] Cineva cu frați sau surori
    }
card-my-story-my-roles-option-parent =
    { $gender ->
        [feminine] Mamă
        [masculine] Tată
       *[neutral] Părinte
    }
card-my-story-my-roles-option-partner =
    { $gender ->
        [feminine] Parteneră de viață
        [masculine] Partener de viață
       *[neutral] Parte dintr-un cuplu
    }
card-my-story-my-roles-option-friend =
    { $gender ->
        [feminine] Prietenă
        [masculine] Prieten
       *[neutral] Cineva cu prieteni apropiați
    }
card-my-story-my-roles-option-colleague =
    { $gender ->
        [feminine] Colegă
        [masculine] Coleg
       *[neutral] Parte dintr-un colectiv de muncă
    }
card-my-story-my-roles-option-neighbour =
    { $gender ->
        [feminine] Vecină
        [masculine] Vecin
       *[neutral] Cineva care își cunoaște vecinii
    }
card-my-story-my-roles-option-team-mate =
    { $gender ->
        [feminine] Coechipieră
        [masculine] Coechipier
       *[neutral] Parte dintr-o echipă
    }
card-my-story-my-roles-option-carer = Cineva care are grijă de alții
card-my-story-my-roles-option-learner = Cineva care învață

## Category: People around me

card-people-someone-to-call-title = Pe cine pot suna
card-people-someone-to-call =
    { $address ->
        [informal] Pe cine ai putea suna la trei dimineața dacă ai avea nevoie de ajutor?
       *[formal] Pe cine ați putea suna în miezul nopții dacă ați avea nevoie de ajutor?
    }

card-people-best-in-me-title = Ce e mai bun în mine
card-people-best-in-me =
    { $address ->
        [informal] Cine scoate la iveală ce e mai bun în tine?
       *[formal] Cine din viața dumneavoastră scoate la iveală ce este mai bun în dumneavoastră?
    }

card-people-lost-touch-title = Legături pierdute
card-people-lost-touch =
    { $address ->
        [informal] E cineva cu care ai pierdut legătura și pe care ai vrea să-l revezi?
       *[formal] Există cineva cu care ați pierdut legătura și pe care ați dori să-l revedeți?
    }

card-people-family-on-my-side-title = Familia de partea mea
card-people-family-on-my-side =
    { $address ->
        [informal] Am pe cineva în familie care ține cu mine.
       *[formal] În familia mea există cineva care este de partea mea.
    }

card-people-friends-outside-title = Prieteni din afara grupului
card-people-friends-outside =
    { $address ->
        [informal] Am prieteni care n-au nicio treabă cu mediul grupului.
       *[formal] Am prieteni care nu au nicio legătură cu mediul grupului.
    }

card-people-respect-at-home-title = Respect acasă
card-people-respect-at-home =
    { $address ->
        [informal] În relația mea ne respectăm reciproc.
       *[formal] În relația de cuplu ne tratăm reciproc cu respect.
    }

card-people-someone-relies-on-me-title = Cineva se bazează pe mine
card-people-someone-relies-on-me =
    { $address ->
        [informal] E cineva care se bazează pe mine, și asta contează pentru mine.
       *[formal] Există cineva care se bizuie pe mine, iar acest lucru contează pentru mine.
    }

card-people-connected-title = Aproape de oameni
card-people-connected =
    { $address ->
        [informal] Cât de aproape te simți acum de ceilalți oameni?
       *[formal] Cât de aproape vă simțiți de ceilalți oameni în această perioadă?
    }
card-people-connected-low = Foarte departe de ceilalți
card-people-connected-high = Foarte aproape de ceilalți

card-people-trusting-others-title = Încrederea în ceilalți
card-people-trusting-others =
    { $address ->
        [informal] Cât de ușor îți e să ai încredere în oameni?
       *[formal] Cât de ușor vă este să aveți încredere în oameni?
    }
card-people-trusting-others-low = Foarte greu
card-people-trusting-others-high = Foarte ușor

card-people-my-circle-title = Cercul meu
card-people-my-circle =
    { $address ->
        [informal] Cine face parte acum din viața ta?
       *[formal] Pe cine aveți în viața dumneavoastră în această perioadă?
    }
card-people-my-circle-option-family = Familie
card-people-my-circle-option-partner = O persoană iubită
card-people-my-circle-option-children = Copii
card-people-my-circle-option-friends = Prieteni
card-people-my-circle-option-neighbours = Vecini
card-people-my-circle-option-colleagues = Colegi de muncă sau de clasă
card-people-my-circle-option-team-mates = Coechipieri
card-people-my-circle-option-faith-community = O comunitate religioasă
card-people-my-circle-option-professionals = Specialiști care mă sprijină
card-people-my-circle-option-online-friends = Prieteni cunoscuți pe internet

card-people-places-to-meet-title = Unde pot cunoaște oameni
card-people-places-to-meet =
    { $address ->
        [informal] Unde ai putea cunoaște oameni cărora le plac aceleași lucruri ca ție?
       *[formal] Unde ați putea cunoaște oameni cu interese asemănătoare cu ale dumneavoastră?
    }
card-people-places-to-meet-option-sports-club = Un club sportiv
card-people-places-to-meet-option-course = Un curs
card-people-places-to-meet-option-volunteering = Voluntariat
card-people-places-to-meet-option-workplace = La locul de muncă
card-people-places-to-meet-option-faith-group = Un grup religios
card-people-places-to-meet-option-music = Să cânt împreună cu alții
card-people-places-to-meet-option-hobby-group = Un grup cu un hobby comun
card-people-places-to-meet-option-neighbourhood = În cartier
card-people-places-to-meet-option-community-centre = Un centru comunitar

## Category: Everyday life

card-everyday-good-ordinary-day-title = O zi obișnuită bună
card-everyday-good-ordinary-day =
    { $address ->
        [informal] Cum arată pentru tine o zi obișnuită bună, de dimineața până seara?
       *[formal] Cum arată pentru dumneavoastră o zi obișnuită bună, de dimineața până seara?
    }

card-everyday-evenings-weekends-title = Serile și weekendurile
card-everyday-evenings-weekends =
    { $address ->
        [informal] Ce faci în ultima vreme serile și în weekend?
       *[formal] Cum vă petreceți în prezent serile și weekendurile?
    }

card-everyday-help-that-counts-title = Ajutor care contează
card-everyday-help-that-counts =
    { $address ->
        [informal] Ce treabă de zi cu zi ți-ar fi mult mai ușoară cu puțin ajutor?
       *[formal] În ce problemă de zi cu zi v-ar fi de cel mai mare folos un ajutor?
    }

card-everyday-routine-title = O rutină care merge
card-everyday-routine =
    { $address ->
        [informal] Am un program zilnic care mi se potrivește.
       *[formal] Am o rutină zilnică ce funcționează pentru mine.
    }

card-everyday-safe-home-title = Un cămin sigur
card-everyday-safe-home =
    { $address ->
        [informal] Mă simt în siguranță acolo unde stau.
       *[formal] Mă simt în siguranță în locul în care locuiesc.
    }

card-everyday-own-feet-title = Pe picioarele mele
card-everyday-own-feet =
    { $address ->
        [informal] Mă descurc fără bani sau favoruri de la grup.
       *[formal] Mă pot descurca fără bani sau favoruri din partea grupului.
    }

card-everyday-my-days-title = Cum îmi petrec zilele
card-everyday-my-days =
    { $address ->
        [informal] Cât de mulțumitor ți se pare ce faci peste zi, fie că e vorba de muncă, de școală sau de altceva?
       *[formal] Cât de mulțumitor vi se pare ceea ce faceți în timpul zilei, fie că e vorba de muncă, de formare sau de altceva?
    }
card-everyday-my-days-low = Deloc
card-everyday-my-days-high = Pe deplin

card-everyday-money-worries-title = Griji legate de bani
card-everyday-money-worries =
    { $address ->
        [informal] Cât de tare te apasă acum grijile legate de bani?
       *[formal] Cât de mult vă apasă în această perioadă grijile legate de bani?
    }
card-everyday-money-worries-low = Deloc
card-everyday-money-worries-high = Foarte mult

card-everyday-things-i-enjoy-title = Lucruri care îmi plac
card-everyday-things-i-enjoy =
    { $address ->
        [informal] Ce-ți place să faci sau ce ți-ar plăcea să încerci?
       *[formal] Ce vă place să faceți sau ce ați dori să încercați?
    }
card-everyday-things-i-enjoy-option-sport = Sport
card-everyday-things-i-enjoy-option-music = Muzică
card-everyday-things-i-enjoy-option-games = Jocuri
card-everyday-things-i-enjoy-option-reading = Lectură
card-everyday-things-i-enjoy-option-cooking = Gătit
card-everyday-things-i-enjoy-option-nature = Timp petrecut în aer liber
card-everyday-things-i-enjoy-option-making-things = Să construiesc sau să repar lucruri
card-everyday-things-i-enjoy-option-films = Filme și seriale
card-everyday-things-i-enjoy-option-fitness = Antrenamente la sală
card-everyday-things-i-enjoy-option-art = Desen, pictură sau fotografie

card-everyday-practical-matters-title = Treburi practice
card-everyday-practical-matters =
    { $address ->
        [informal] Ce treburi practice ai vrea să rezolvi?
       *[formal] Ce chestiuni practice ați dori să rezolvați?
    }
card-everyday-practical-matters-option-housing = Locuința
card-everyday-practical-matters-option-debts = Datoriile
card-everyday-practical-matters-option-documents = Acte și documente
card-everyday-practical-matters-option-job-search = Găsirea unui loc de muncă
card-everyday-practical-matters-option-training = Formare profesională sau școală
card-everyday-practical-matters-option-health-care = Îngrijire medicală
card-everyday-practical-matters-option-benefits = Ajutoare sociale
card-everyday-practical-matters-option-court-probation = Instanță sau probațiune
card-everyday-practical-matters-option-driving-licence = Permis de conducere
card-everyday-practical-matters-option-bank-account = Cont bancar

## Category: Feelings and body

card-feelings-where-i-feel-calm-title = Unde găsesc liniște
card-feelings-where-i-feel-calm =
    { $address ->
        [informal] Unde sau lângă cine îți găsești liniștea?
       *[formal] În ce locuri sau lângă ce oameni vă găsiți liniștea?
    }

card-feelings-early-signals-title = Primele semnale
card-feelings-early-signals =
    { $address ->
        [informal] Ce observi în corpul tău când începi să te enervezi?
       *[formal] Cum vă semnalează corpul că începeți să vă înfuriați?
    }

card-feelings-what-i-miss-title = Ce îmi lipsește
card-feelings-what-i-miss =
    { $address ->
        [informal] Ce-ți lipsește de când te-ai îndepărtat de grup?
       *[formal] Există ceva ce vă lipsește de când v-ați distanțat de grup?
    }

card-feelings-showing-feelings-title = Să arăt ce simt
card-feelings-showing-feelings =
    { $address ->
        [informal] Pot să arăt ce simt fără să mă fac de râs.
       *[formal] Îmi pot arăta sentimentele fără să-mi pierd demnitatea.
    }

card-feelings-sleeping-well-title = Un somn bun
card-feelings-sleeping-well =
    { $address ->
        [informal] Dorm bine aproape în fiecare noapte.
       *[formal] În cele mai multe nopți dorm bine.
    }

card-feelings-asking-for-help-title = Să cer ajutor
card-feelings-asking-for-help =
    { $address ->
        [informal] Pentru mine, să cer ajutor e semn de putere, nu de slăbiciune.
       *[formal] Pentru mine, a cere ajutor este un semn de putere, nu de slăbiciune.
    }

card-feelings-energy-title = Energia mea
card-feelings-energy =
    { $address ->
        [informal] Câtă energie ai avut în ultima săptămână?
       *[formal] Câtă energie ați avut în ultima săptămână?
    }
card-feelings-energy-low = Deloc
card-feelings-energy-high = Din plin

card-feelings-stress-level-title = Nivelul de stres
card-feelings-stress-level =
    { $address ->
        [informal] Cât stres simți acum?
       *[formal] Cât de mult stres simțiți în această perioadă?
    }
card-feelings-stress-level-low = Deloc stres
card-feelings-stress-level-high = Stres extrem

card-feelings-mood-today-title = Starea de azi
card-feelings-mood-today =
    { $address ->
        [informal] Cum îți merge azi?
       *[formal] Cum vă simțiți astăzi?
    }
card-feelings-mood-today-low = Foarte rău
card-feelings-mood-today-high = Foarte bine

card-feelings-what-helps-me-cope-title = Ce mă ajută să fac față
card-feelings-what-helps-me-cope =
    { $address ->
        [informal] Ce te ajută când totul devine prea mult?
       *[formal] Ce vă ajută atunci când lucrurile devin prea greu de dus?
    }
card-feelings-what-helps-me-cope-option-talking = Să vorbesc cu cineva
card-feelings-what-helps-me-cope-option-moving = Mișcarea: plimbări, alergare, sport
card-feelings-what-helps-me-cope-option-music = Muzica
card-feelings-what-helps-me-cope-option-breathing = Respirația lentă
card-feelings-what-helps-me-cope-option-sleep = Somnul și odihna
card-feelings-what-helps-me-cope-option-writing = Să pun lucrurile pe hârtie
card-feelings-what-helps-me-cope-option-time-alone = Puțin timp doar pentru mine
card-feelings-what-helps-me-cope-option-nature = Timpul petrecut în aer liber
card-feelings-what-helps-me-cope-option-prayer = Rugăciunea sau meditația
card-feelings-what-helps-me-cope-option-someone-i-trust = Să fiu cu cineva în care am încredere

card-feelings-how-stress-shows-title = Cum se vede stresul
card-feelings-how-stress-shows =
    { $address ->
        [informal] Cum se manifestă stresul la tine?
       *[formal] Cum se manifestă stresul la dumneavoastră?
    }
card-feelings-how-stress-shows-option-headaches = Dureri de cap
card-feelings-how-stress-shows-option-tense-muscles = Mușchi încordați
card-feelings-how-stress-shows-option-poor-sleep = Somn prost
card-feelings-how-stress-shows-option-racing-heart = Bătăi rapide ale inimii
card-feelings-how-stress-shows-option-short-temper = Mă enervez repede
card-feelings-how-stress-shows-option-no-appetite = Lipsa poftei de mâncare
card-feelings-how-stress-shows-option-drinking-more = Beau sau consum mai mult
card-feelings-how-stress-shows-option-pulling-back = Mă retrag de lângă oameni
card-feelings-how-stress-shows-option-restless = Neliniște

## Category: Values and beliefs

card-values-what-i-stand-for-title = Ce reprezint
card-values-what-i-stand-for =
    { $address ->
        [informal] Ce vrei să reprezinte viața ta?
       *[formal] Ce valori ați dori să reprezinte viața dumneavoastră?
    }

card-values-changing-my-mind-title = Când mi-am schimbat părerea
card-values-changing-my-mind =
    { $address ->
        [informal] Când ți-ai schimbat ultima dată părerea despre ceva important? Ce te-a făcut să o schimbi?
       *[formal] Vă amintiți un moment în care v-ați schimbat părerea despre ceva important? Ce a dus la asta?
    }

card-values-standing-up-title = Să iau atitudine
card-values-standing-up =
    { $address ->
        [informal] Cum poți să susții ce contează pentru tine fără să rănești pe nimeni?
       *[formal] Cum ați putea susține ceva important pentru dumneavoastră fără ca cineva să fie rănit?
    }

card-values-living-with-differences-title = Conviețuirea cu diferențele
card-values-living-with-differences =
    { $address ->
        [informal] Mă pot înțelege cu oameni care văd lumea altfel decât mine.
       *[formal] Pot avea relații bune cu oameni care văd lumea altfel decât mine.
    }

card-values-violence-costs-title = Prețul violenței
card-values-violence-costs =
    { $address ->
        [informal] Până la urmă, violența face mai multe probleme decât rezolvă.
       *[formal] În cele din urmă, violența creează mai multe probleme decât rezolvă.
    }

card-values-room-for-doubt-title = Loc pentru îndoieli
card-values-room-for-doubt =
    { $address ->
        [informal] E în regulă să pun la îndoială lucruri care înainte mi se păreau sigure.
       *[formal] Este în regulă să am îndoieli cu privire la lucruri care înainte mi se păreau sigure.
    }

card-values-fair-to-everyone-title = Dreptate pentru toți
card-values-fair-to-everyone =
    { $address ->
        [informal] Dreptatea trebuie să fie pentru toți, și pentru oamenii care nu sunt ca mine.
       *[formal] Corectitudinea ar trebui să se aplice tuturor, inclusiv oamenilor care nu seamănă cu mine.
    }

card-values-how-sure-title = Cât mai cred
card-values-how-sure =
    { $address ->
        [informal] Cât de mult mai crezi azi în ideile pe care le aveai în grup?
       *[formal] Cât de mult mai credeți astăzi în ideile pe care le aveați în grup?
    }
card-values-how-sure-low = Deloc
card-values-how-sure-high = Pe deplin

card-values-open-to-views-title = Deschidere spre alte păreri
card-values-open-to-views =
    { $address ->
        [informal] Câtă deschidere ai față de păreri diferite de ale tale?
       *[formal] Câtă deschidere aveți față de păreri diferite de ale dumneavoastră?
    }
card-values-open-to-views-low = Nicio deschidere
card-values-open-to-views-high = Multă deschidere

card-values-values-i-hold-title = Valorile mele
card-values-values-i-hold =
    { $address ->
        [informal] Care dintre aceste valori sunt importante pentru tine?
       *[formal] Care dintre aceste valori sunt importante pentru dumneavoastră?
    }
card-values-values-i-hold-option-honesty = Onestitate
card-values-values-i-hold-option-loyalty = Loialitate
card-values-values-i-hold-option-justice = Dreptate
card-values-values-i-hold-option-family = Familie
card-values-values-i-hold-option-freedom = Libertate
card-values-values-i-hold-option-respect = Respect
card-values-values-i-hold-option-courage = Curaj
card-values-values-i-hold-option-faith = Credință
card-values-values-i-hold-option-solidarity = Solidaritate
card-values-values-i-hold-option-kindness = Bunătate

card-values-making-a-difference-title = Moduri de a schimba ceva
card-values-making-a-difference =
    { $address ->
        [informal] Care dintre aceste moduri de a schimba ceva te atrag?
       *[formal] Care dintre aceste moduri de a schimba ceva vi s-ar potrivi?
    }
card-values-making-a-difference-option-volunteering = Voluntariat
card-values-making-a-difference-option-voting = Votul
card-values-making-a-difference-option-petitions = Semnarea sau inițierea unei petiții
card-values-making-a-difference-option-associations = Intrarea într-o asociație sau într-un sindicat
card-values-making-a-difference-option-conversations = Discuții deschise cu oamenii
card-values-making-a-difference-option-helping-neighbours = Ajutor pentru oamenii din apropiere
card-values-making-a-difference-option-art-music = Exprimarea prin artă sau muzică
card-values-making-a-difference-option-mentoring = Mentorat pentru cineva mai tânăr
card-values-making-a-difference-option-peaceful-protest = Protestul pașnic

## Category: Strengths and resources

card-strengths-getting-through-title = Cum trec prin greutăți
card-strengths-getting-through =
    { $address ->
        [informal] Ce te-a ajutat până acum să treci prin perioade grele?
       *[formal] Ce v-a ajutat în trecut să treceți prin perioade grele?
    }

card-strengths-what-friends-see-title = Ce văd prietenii în mine
card-strengths-what-friends-see =
    { $address ->
        [informal] La ce ar spune un prieten bun că te pricepi?
       *[formal] Ce puncte forte credeți că ar vedea la dumneavoastră un prieten bun?
    }

card-strengths-skills-that-travel-title = Abilități pe care le iau cu mine
card-strengths-skills-that-travel =
    { $address ->
        [informal] Pe care dintre abilitățile tale, cum ar fi organizarea, loialitatea sau curajul, le-ai putea folosi în altă parte?
       *[formal] Pe care dintre abilitățile dumneavoastră, cum ar fi organizarea, loialitatea sau curajul, le-ați putea folosi într-un context nou?
    }

card-strengths-finding-a-way-title = Găsesc o cale
card-strengths-finding-a-way =
    { $address ->
        [informal] Când ceva merge prost, de obicei găsesc o cale să mă descurc.
       *[formal] Atunci când ceva nu merge bine, de obicei găsesc o modalitate de a face față.
    }

card-strengths-really-good-at-title = Ceva la care mă pricep
card-strengths-really-good-at =
    { $address ->
        [informal] E ceva la care mă pricep foarte bine.
       *[formal] Există ceva la care mă pricep cu adevărat.
    }

card-strengths-still-learning-title = Încă învăț
card-strengths-still-learning =
    { $address ->
        [informal] Pot să învăț lucruri noi, indiferent de vârstă.
       *[formal] Încă pot învăța lucruri noi, oricâți ani aș avea.
    }

card-strengths-trusting-myself-title = Încrederea în mine
card-strengths-trusting-myself =
    { $address ->
        [informal] Cât de mult ai încredere că poți face față la ce urmează?
       *[formal] Cât de mult aveți încredere că veți face față la ceea ce urmează?
    }
card-strengths-trusting-myself-low = Deloc
card-strengths-trusting-myself-high = Pe deplin

card-strengths-backing-title = Oameni alături de mine
card-strengths-backing =
    { $address ->
        [informal] Cât sprijin simți că ai pentru schimbările pe care le faci?
       *[formal] Cât sprijin simțiți că aveți pentru schimbările pe care le faceți?
    }
card-strengths-backing-low = Niciun sprijin
card-strengths-backing-high = Mult sprijin

card-strengths-my-qualities-title = Calitățile mele
card-strengths-my-qualities =
    { $address ->
        [informal] Pe care dintre aceste calități le vezi la tine?
       *[formal] Pe care dintre aceste calități le vedeți la dumneavoastră?
    }
card-strengths-my-qualities-option-patience = Răbdare
card-strengths-my-qualities-option-humour = Umor
card-strengths-my-qualities-option-reliability = Seriozitate
card-strengths-my-qualities-option-courage = Curaj
card-strengths-my-qualities-option-honesty = Onestitate
card-strengths-my-qualities-option-loyalty = Loialitate
card-strengths-my-qualities-option-curiosity = Curiozitate
card-strengths-my-qualities-option-care = Grijă față de ceilalți
card-strengths-my-qualities-option-determination = Determinare
card-strengths-my-qualities-option-calm = Calm

card-strengths-my-skills-title = Abilitățile mele
card-strengths-my-skills =
    { $address ->
        [informal] La care dintre acestea te pricepi?
       *[formal] Pe care dintre aceste abilități le aveți?
    }
card-strengths-my-skills-option-hands-on = Lucrul cu mâinile
card-strengths-my-skills-option-organising = Organizare
card-strengths-my-skills-option-languages = Limbi străine
card-strengths-my-skills-option-computers = Lucrul pe calculator
card-strengths-my-skills-option-driving = Șofat
card-strengths-my-skills-option-cooking = Gătit
card-strengths-my-skills-option-sport = Sport
card-strengths-my-skills-option-caring = Îngrijirea altor oameni
card-strengths-my-skills-option-explaining = Să le explic lucruri altora
card-strengths-my-skills-option-music = Muzică

card-strengths-where-to-get-help-title = Unde găsesc ajutor
card-strengths-where-to-get-help =
    { $address ->
        [informal] Unde poți găsi ajutor dacă ai nevoie?
       *[formal] Unde puteți găsi ajutor dacă aveți nevoie?
    }
card-strengths-where-to-get-help-option-family = Familia
card-strengths-where-to-get-help-option-friends = Prietenii
card-strengths-where-to-get-help-option-counsellor = Persoana care mă consiliază
card-strengths-where-to-get-help-option-doctor = Un medic
card-strengths-where-to-get-help-option-therapist = Un terapeut
card-strengths-where-to-get-help-option-faith-community = O comunitate religioasă
card-strengths-where-to-get-help-option-helpline = O linie telefonică de sprijin
card-strengths-where-to-get-help-option-probation = Consilierul de probațiune
card-strengths-where-to-get-help-option-self-help-group = Un grup de sprijin

## Category: Future and goals

card-future-a-year-from-now-title = Peste un an
card-future-a-year-from-now =
    { $address ->
        [informal] Imaginează-ți că a trecut un an și lucrurile au mers bine. Ce e diferit?
       *[formal] Imaginați-vă că a trecut un an și lucrurile au mers bine. Ce s-a schimbat?
    }

card-future-small-step-title = Următorul pas mic
card-future-small-step =
    { $address ->
        [informal] Care e un pas mic pe care l-ai putea face săptămâna asta?
       *[formal] Ce pas mic ați putea face săptămâna aceasta?
    }

card-future-someone-to-look-up-to-title = Un model pentru mine
card-future-someone-to-look-up-to =
    { $address ->
        [informal] Pe cine știi care trăiește genul de viață pe care ți-l dorești?
       *[formal] Cunoașteți pe cineva care trăiește genul de viață pe care v-ați dori să-l trăiți?
    }

card-future-it-can-get-better-title = Poate fi mai bine
card-future-it-can-get-better =
    { $address ->
        [informal] Cred că viața mea poate să fie mai bună.
       *[formal] Cred că viața mea se poate îmbunătăți.
    }

card-future-worth-the-effort-title = Merită efortul
card-future-worth-the-effort =
    { $address ->
        [informal] Schimbările pe care le fac merită efortul.
       *[formal] Schimbările pe care le fac merită tot efortul.
    }

card-future-the-parent-i-want-to-be-title =
    { $gender ->
        [feminine] Eu ca mamă
        [masculine] Eu ca tată
       *[neutral] Eu ca părinte
    }
card-future-the-parent-i-want-to-be =
    { $gender ->
        [feminine]
            { $address ->
                [informal] Știu ce fel de mamă vreau să fiu, acum sau într-o zi.
               *[formal] Știu ce fel de mamă doresc să fiu, acum sau cândva în viitor.
            }
        [masculine]
            { $address ->
                [informal] Știu ce fel de tată vreau să fiu, acum sau într-o zi.
               *[formal] Știu ce fel de tată doresc să fiu, acum sau cândva în viitor.
            }
       *[neutral]
            { $address ->
                [informal] Știu ce fel de părinte vreau să fiu, acum sau într-o zi.
               *[formal] Știu ce fel de părinte doresc să fiu, acum sau cândva în viitor.
            }
    }

card-future-hopeful-title = Speranță pentru viitor
card-future-hopeful =
    { $address ->
        [informal] Câtă speranță ai în viitorul tău?
       *[formal] Câtă speranță aveți în viitorul dumneavoastră?
    }
card-future-hopeful-low = Nicio speranță
card-future-hopeful-high = Foarte multă speranță

card-future-closer-to-my-goal-title = Mai aproape de obiectiv
card-future-closer-to-my-goal =
    { $address ->
        [informal] Gândește-te la obiectivul care contează cel mai mult pentru tine acum. Cât de aproape ești de el?
       *[formal] Cât de aproape sunteți de obiectivul care contează cel mai mult pentru dumneavoastră în această perioadă?
    }
card-future-closer-to-my-goal-low = Încă departe
card-future-closer-to-my-goal-high = Am ajuns deja

card-future-my-goals-title = Obiectivele mele
card-future-my-goals =
    { $address ->
        [informal] La ce vrei să lucrezi?
       *[formal] La ce obiective ați dori să lucrați?
    }
card-future-my-goals-option-work = Muncă
card-future-my-goals-option-training = Formare sau școală
card-future-my-goals-option-home = O locuință a mea
card-future-my-goals-option-health = Sănătatea mea
card-future-my-goals-option-family = Familia mea
card-future-my-goals-option-friends = Prietenii
card-future-my-goals-option-relationship = O relație bună
card-future-my-goals-option-inner-peace = Mai multă liniște interioară
card-future-my-goals-option-debt-free = O viață fără datorii
card-future-my-goals-option-new-hobby = Un hobby nou

card-future-what-would-help-title = Ce m-ar ajuta
card-future-what-would-help =
    { $address ->
        [informal] Ce te-ar ajuta să-ți atingi obiectivele?
       *[formal] Ce v-ar ajuta să vă atingeți obiectivele?
    }
card-future-what-would-help-option-information = Informații
card-future-what-would-help-option-contacts = Contactele potrivite
card-future-what-would-help-option-money = Bani
card-future-what-would-help-option-time = Timp
card-future-what-would-help-option-training = Formare
card-future-what-would-help-option-someone-to-talk-to = Cineva cu care să vorbesc
card-future-what-would-help-option-encouragement = Încurajare
card-future-what-would-help-option-practical-help = Ajutor practic
card-future-what-would-help-option-patience = Răbdare cu mine

## Category: Turning points

card-turning-points-first-doubt-title = Prima îndoială
card-turning-points-first-doubt =
    { $address ->
        [informal] Când ai început să ai îndoieli despre grup? Ce s-a întâmplat?
       *[formal] Când ați început să aveți îndoieli în privința grupului? Ce s-a întâmplat atunci?
    }

card-turning-points-someone-made-a-difference-title = Cineva care a contat
card-turning-points-someone-made-a-difference =
    { $address ->
        [informal] A fost cineva care a făcut diferența într-un moment-cheie? Ce a făcut?
       *[formal] A existat o persoană care a făcut diferența într-un moment important? Ce a făcut?
    }

card-turning-points-a-good-decision-title = O decizie bună
card-turning-points-a-good-decision =
    { $address ->
        [informal] Ce decizie ai luat de care te bucuri acum?
       *[formal] Care este o decizie din viața dumneavoastră de care vă bucurați?
    }

card-turning-points-something-has-to-change-title = Ceva trebuie să se schimbe
card-turning-points-something-has-to-change =
    { $address ->
        [informal] Povestește-mi despre un moment în care ți-ai zis: ceva trebuie să se schimbe.
       *[formal] Mi-ați putea povesti despre un moment în care v-ați gândit: ceva trebuie să se schimbe?
    }

card-turning-points-not-who-i-want-to-be-title = Nu sunt eu
card-turning-points-not-who-i-want-to-be =
    { $address ->
        [informal] La un moment dat mi-am dat seama: nu așa vreau să fiu.
       *[formal] A existat un moment în care am înțeles: nu acesta este felul în care vreau să fiu.
    }

card-turning-points-worn-out-title = Am obosit
card-turning-points-worn-out =
    { $address ->
        [informal] La un moment dat, m-am săturat pur și simplu de tot stresul care venea odată cu mediul grupului.
       *[formal] La un moment dat, pur și simplu m-a obosit stresul care venea odată cu mediul grupului.
    }

card-turning-points-new-start-title = Un nou început
card-turning-points-new-start =
    { $address ->
        [informal] Am luat-o deja de la capăt în cel puțin o parte a vieții mele.
       *[formal] Am făcut deja un nou început în cel puțin un domeniu al vieții mele.
    }

card-turning-points-how-far-title = Cât drum am făcut
card-turning-points-how-far =
    { $address ->
        [informal] Cât drum ai făcut de când ai început să te distanțezi?
       *[formal] Cât drum simțiți că ați parcurs de când ați început să vă distanțați?
    }
card-turning-points-how-far-low = Abia am început
card-turning-points-how-far-high = Un drum lung

card-turning-points-ready-title = Gata de pasul următor
card-turning-points-ready =
    { $address ->
        [informal] Cât de gata te simți pentru următorul tău pas?
       *[formal] Cât de gata vă simțiți pentru următorul pas?
    }
card-turning-points-ready-low = Încă nu sunt gata
card-turning-points-ready-high = Complet gata

card-turning-points-what-moved-me-title = Ce m-a pus în mișcare
card-turning-points-what-moved-me =
    { $address ->
        [informal] Ce te-a făcut să începi să te distanțezi?
       *[formal] Ce v-a determinat să începeți să vă distanțați?
    }
card-turning-points-what-moved-me-option-disappointment = Dezamăgirea față de oameni din grup
card-turning-points-what-moved-me-option-violence = Violența pe care am văzut-o sau am trăit-o
card-turning-points-what-moved-me-option-family = Familia mea
card-turning-points-what-moved-me-option-partner = Persoana iubită
card-turning-points-what-moved-me-option-children = Copiii mei
card-turning-points-what-moved-me-option-work = Munca sau formarea profesională
card-turning-points-what-moved-me-option-exhaustion = Epuizarea
card-turning-points-what-moved-me-option-doubts = Îndoieli legate de idei
card-turning-points-what-moved-me-option-legal-consequences = Consecințele legale
card-turning-points-what-moved-me-option-new-people = Oameni noi pe care i-am cunoscut

card-turning-points-what-keeps-me-going-title = Ce mă ține pe drum
card-turning-points-what-keeps-me-going =
    { $address ->
        [informal] Ce te ține pe noul tău drum?
       *[formal] Ce v-a ajutat până acum să mergeți mai departe pe noul drum?
    }
card-turning-points-what-keeps-me-going-option-family = Familia
card-turning-points-what-keeps-me-going-option-friends = Prietenii
card-turning-points-what-keeps-me-going-option-faith = Credința
card-turning-points-what-keeps-me-going-option-work = Munca
card-turning-points-what-keeps-me-going-option-sport = Sportul
card-turning-points-what-keeps-me-going-option-counselling = Consilierea
card-turning-points-what-keeps-me-going-option-own-will = Voința mea
card-turning-points-what-keeps-me-going-option-children = Copiii mei
card-turning-points-what-keeps-me-going-option-goals = Obiectivele mele
card-turning-points-what-keeps-me-going-option-new-interests = Interese noi
