### CaseReflector: catalogul de factori în limba română.
###
### Structura (arii, factori, id-urile întrebărilor) se află în catalogue.toml, alături.
### Întrebările „cw” sunt pentru reflecția proprie a specialistului și vorbesc despre
### persoană la persoana a treia. Întrebările „ask” i se adresează direct persoanei.
###
### Variabile:
###   $gender   cum se vorbește despre persoană: feminine (ea), masculine (el),
###             neutral (implicit; folosit și pentru „nespecificat”): formulări fără gen,
###             de regulă cu „persoana” sau cu forme care nu marchează genul
###   $address  tonul față de persoană: formal (implicit, „dumneavoastră”) sau informal („tu”)
###
### Evitați etichete precum „extremist” pentru persoană; spuneți „persoana”,
### „distanțarea”, „grupul” sau „mediul”; în întrebările „ask”, care îi sunt citite
### persoanei, „mediul grupului” (un „mediul” singur se citește întâi ca „mediul înconjurător”).

# The deck's own name, shown where a deck is picked.
deck-title = CaseReflector – factori de distanțare

## Area: Relationships and belonging

area-relationships = Relații și apartenență
area-relationships-description =
    Oamenii și grupurile din viața persoanei, ce îi oferă și ce îi cer în schimb. Pentru distanțare, nevoia de apartenență contează adesea mai mult decât ideile.

## Factor: Family of origin

factor-family-of-origin = Familia de origine
factor-family-of-origin-description =
    Părinții, frații, surorile și ceilalți oameni alături de care a crescut persoana. Familia poate fi un sprijin puternic, o sursă de conflicte vechi sau ceva ce trage înapoi spre mediu, adesea câte puțin din toate deodată.

factor-family-of-origin-cw-support =
    { $gender ->
        [feminine] Cine din familie o sprijină și cum arată, concret, acest sprijin?
        [masculine] Cine din familie îl sprijină și cum arată, concret, acest sprijin?
       *[neutral] Pe cine din familie se poate baza persoana și cum arată, concret, acest sprijin?
    }
factor-family-of-origin-cw-contact =
    { $gender ->
        [feminine] Cum decurge de obicei contactul cu familia ei și în ce stare pare să fie după aceea?
        [masculine] Cum decurge de obicei contactul cu familia lui și în ce stare pare să fie după aceea?
       *[neutral] Cum decurge de obicei contactul persoanei cu familia și în ce stare pare să fie după aceea?
    }
factor-family-of-origin-cw-old-conflicts =
    { $gender ->
        [feminine] Ce conflicte sau răni mai vechi din familie o marchează și astăzi?
        [masculine] Ce conflicte sau răni mai vechi din familie îl marchează și astăzi?
       *[neutral] Ce conflicte sau răni mai vechi din familie își pun și astăzi amprenta asupra persoanei?
    }
factor-family-of-origin-cw-pull-back =
    { $gender ->
        [feminine] Împărtășește sau încurajează cineva din familia ei ideile mediului și cum îi influențează asta distanțarea?
        [masculine] Împărtășește sau încurajează cineva din familia lui ideile mediului și cum îi influențează asta distanțarea?
       *[neutral] Împărtășește sau încurajează cineva din familia persoanei ideile mediului și cum îi influențează asta distanțarea?
    }
factor-family-of-origin-ask-who-is-there =
    { $address ->
        [informal] Pe cine din familie te poți baza?
       *[formal] La cine din familie ați putea apela dacă ați avea nevoie de ajutor?
    }
factor-family-of-origin-ask-what-helps =
    { $address ->
        [informal] Cu ce te ajută cu adevărat familia ta?
       *[formal] În ce fel vă este de ajutor familia dumneavoastră?
    }
factor-family-of-origin-ask-weighs =
    { $address ->
        [informal] E ceva legat de familie care te apasă în perioada asta?
       *[formal] Există ceva legat de familie care vă apasă în această perioadă?
    }
factor-family-of-origin-ask-wish =
    { $address ->
        [informal] Dacă ai putea, ce lucru ai schimba în relația cu familia ta?
       *[formal] Dacă ați putea schimba un singur lucru în relația cu familia, care ar fi acela?
    }

## Factor: Partner and intimate relationships

factor-partner = Partener și relații de cuplu
factor-partner-description =
    Relația de cuplu actuală sau din trecut și ce aduce ea. Partenerul sau partenera poate sprijini schimbarea ori poate avea propriile legături cu mediul, iar relația poate presupune control sau violență.

factor-partner-cw-support =
    { $gender ->
        [feminine] În ce fel o sprijină partenerul sau partenera în schimbările pe care le face?
        [masculine] În ce fel îl sprijină partenerul sau partenera în schimbările pe care le face?
       *[neutral] În ce fel sprijină partenerul sau partenera schimbările pe care le face persoana?
    }
factor-partner-cw-partner-ties =
    { $gender ->
        [feminine] Ce legături cu mediul are partenerul sau partenera ei și cum îi influențează acestea propria distanțare?
        [masculine] Ce legături cu mediul are partenerul sau partenera lui și cum îi influențează acestea propria distanțare?
       *[neutral] Ce legături cu mediul are partenerul sau partenera persoanei și cum îi influențează acestea propria distanțare?
    }
factor-partner-cw-respect-safety =
    { $gender ->
        [feminine] Există în relație semne de control, teamă sau violență, din partea oricăruia dintre parteneri, și este ea în siguranță?
        [masculine] Există în relație semne de control, teamă sau violență, din partea oricăruia dintre parteneri, și este el în siguranță?
       *[neutral] Există în relație semne de control, teamă sau violență, din partea oricăruia dintre parteneri, și este persoana în siguranță?
    }
factor-partner-ask-good-together =
    { $address ->
        [informal] Ce merge bine între voi acum?
       *[formal] Ce este bun în relația dumneavoastră în această perioadă?
    }
factor-partner-ask-reaction =
    { $address ->
        [informal] Cum reacționează persoana de lângă tine la schimbările pe care le faci?
       *[formal] Cum reacționează persoana de lângă dumneavoastră la schimbările pe care le faceți?
    }
factor-partner-ask-safe =
    { $address ->
        [informal] În relația ta te simți în siguranță și simți că există respect?
       *[formal] În relația dumneavoastră vă simțiți în siguranță și simțiți că există respect?
    }

## Factor: Children and caring roles

factor-children-caring = Copii și roluri de îngrijire
factor-children-caring-description =
    Rolul de părinte, de părinte vitreg sau de om care are grijă de cineva. Rolurile de îngrijire pot da motive puternice pentru schimbare și pot aduce griji, de exemplu legate de custodie sau de ce au văzut copiii.

factor-children-caring-cw-meaning =
    { $gender ->
        [feminine] Ce înseamnă pentru ea să fie părinte sau să aibă grijă de cineva și cât de mult o motivează asta?
        [masculine] Ce înseamnă pentru el să fie părinte sau să aibă grijă de cineva și cât de mult îl motivează asta?
       *[neutral] Ce înseamnă pentru persoana respectivă să fie părinte sau să aibă grijă de cineva și ce motivație îi dă asta?
    }
factor-children-caring-cw-wishes =
    { $gender ->
        [feminine] Ce își dorește pentru viitorul copiilor ei și cum se împacă asta cu ideile mediului?
        [masculine] Ce își dorește pentru viitorul copiilor lui și cum se împacă asta cu ideile mediului?
       *[neutral] Ce își dorește persoana pentru viitorul copiilor săi și cum se împacă asta cu ideile mediului?
    }
factor-children-caring-cw-worries =
    { $gender ->
        [feminine] Ce griji are în legătură cu copiii ei, de exemplu privind contactul, custodia sau ce au văzut și auzit aceștia?
        [masculine] Ce griji are în legătură cu copiii lui, de exemplu privind contactul, custodia sau ce au văzut și auzit aceștia?
       *[neutral] Ce griji are persoana în legătură cu copiii săi, de exemplu privind contactul, custodia sau ce au văzut și auzit aceștia?
    }
factor-children-caring-ask-proud =
    { $address ->
        [informal] Cu ce te mândrești când ești cu copiii tăi sau cu oamenii de care ai grijă?
       *[formal] Cu ce vă mândriți în rolul dumneavoastră de părinte sau de om care are grijă de alții?
    }
factor-children-caring-ask-wish =
    { $address ->
        [informal] Ce îți dorești pentru copiii tăi când vor fi mari?
       *[formal] Ce v-ați dori pentru copiii dumneavoastră când vor fi mari?
    }
factor-children-caring-ask-hardest =
    { $address ->
        [informal] Ce ți-e cel mai greu acum, când ai grijă de alții?
       *[formal] Ce vă este cel mai greu în această perioadă, atunci când aveți grijă de alții?
    }

## Factor: Friendships outside the scene

factor-friendships = Prietenii în afara mediului
factor-friendships-description =
    Prieteni care nu fac parte din mediu: vechi, actuali sau care abia urmează să apară. Astfel de prietenii sunt o resursă adesea prea puțin folosită, iar singurătatea este unul dintre cele mai puternice motive de întoarcere.

factor-friendships-cw-who-remains =
    { $gender ->
        [feminine] Ce prietenii din afara mediului și-a păstrat ea sau ar putea relua?
        [masculine] Ce prietenii din afara mediului și-a păstrat el sau ar putea relua?
       *[neutral] Ce prietenii din afara mediului și-a păstrat persoana sau ar putea relua?
    }
factor-friendships-cw-new-contacts =
    { $gender ->
        [feminine] Unde ar putea cunoaște oameni noi, cu interese asemănătoare cu ale ei?
        [masculine] Unde ar putea cunoaște oameni noi, cu interese asemănătoare cu ale lui?
       *[neutral] Unde ar putea persoana să cunoască oameni noi, cu interese asemănătoare?
    }
factor-friendships-cw-loneliness =
    { $gender ->
        [feminine] Cât de singură se simte și când simte asta cel mai puternic?
        [masculine] Cât de singur se simte și când simte asta cel mai puternic?
       *[neutral] Câtă singurătate simte persoana și când o resimte cel mai puternic?
    }
factor-friendships-ask-who-remains =
    { $address ->
        [informal] Cine sunt prietenii tăi din afara mediului grupului?
       *[formal] Cu cine din afara mediului grupului aveți o relație de prietenie?
    }
factor-friendships-ask-reconnect =
    { $address ->
        [informal] E cineva din trecut cu care ai vrea să reiei legătura?
       *[formal] Există cineva din trecut cu care ați dori să reluați legătura?
    }
factor-friendships-ask-lonely =
    { $address ->
        [informal] Când te apasă singurătatea și ce te ajută atunci?
       *[formal] În ce momente simțiți singurătatea și ce vă ajută atunci?
    }

## Factor: Ties to the scene and costs of leaving

factor-scene-ties = Legături cu mediul și costurile plecării
factor-scene-ties-description =
    Ce o mai leagă pe persoană de grup și ce costuri sau riscuri presupune plecarea. Aici intră obligațiile, teama de răzbunare, ce oferea grupul și acum trebuie înlocuit, precum și dezamăgirile care au pus în mișcare distanțarea.

factor-scene-ties-cw-steps-taken =
    { $gender ->
        [feminine] Ce pași spre distanțare a făcut ea deja și ce i-a făcut posibili?
        [masculine] Ce pași spre distanțare a făcut el deja și ce i-a făcut posibili?
       *[neutral] Ce pași spre distanțare a făcut deja persoana și ce i-a făcut posibili?
    }
factor-scene-ties-cw-what-it-gave =
    { $gender ->
        [feminine] Ce îi oferea grupul, de exemplu apartenență, protecție, statut sau adrenalină, și unde ar putea ea găsi acum aceste lucruri în altă parte?
        [masculine] Ce îi oferea grupul, de exemplu apartenență, protecție, statut sau adrenalină, și unde ar putea el găsi acum aceste lucruri în altă parte?
       *[neutral] Ce îi oferea grupul persoanei, de exemplu apartenență, protecție, statut sau adrenalină, și unde ar putea găsi acum aceste lucruri în altă parte?
    }
factor-scene-ties-cw-disillusionment =
    { $gender ->
        [feminine] Ce a dezamăgit-o la grup, la liderii sau la membrii acestuia?
        [masculine] Ce l-a dezamăgit la grup, la liderii sau la membrii acestuia?
       *[neutral] Ce dezamăgiri a trăit persoana în legătură cu grupul, cu liderii sau cu membrii acestuia?
    }
factor-scene-ties-cw-barriers =
    { $gender ->
        [feminine] Ce o mai leagă de mediu, de exemplu datorii, obligații, o locuință comună sau teama de răzbunare, și cât de sigură este situația ei?
        [masculine] Ce îl mai leagă de mediu, de exemplu datorii, obligații, o locuință comună sau teama de răzbunare, și cât de sigură este situația lui?
       *[neutral] Ce o mai leagă pe persoană de mediu, de exemplu datorii, obligații, o locuință comună sau teama de răzbunare, și cât de sigură este situația sa?
    }
factor-scene-ties-ask-steps =
    { $address ->
        [informal] Ce ai schimbat deja în felul în care te raportezi la grup?
       *[formal] Ce ați schimbat deja în contactul cu grupul?
    }
factor-scene-ties-ask-what-it-gave =
    { $address ->
        [informal] Ce primeai de la grup și ți-ar lipsi?
       *[formal] Ce vă oferea grupul și v-ar lipsi?
    }
factor-scene-ties-ask-disappointed =
    { $address ->
        [informal] Ce te-a dezamăgit la grup?
       *[formal] A fost ceva la grup care v-a dezamăgit?
    }
factor-scene-ties-ask-worries =
    { $address ->
        [informal] Ce te îngrijorează când te gândești să te distanțezi și mai mult?
       *[formal] Există ceva care vă îngrijorează la gândul de a vă distanța și mai mult?
    }

## Factor: Community, faith and civic life

factor-community-faith = Comunitate, credință și viață civică
factor-community-faith-description =
    Cluburi, asociații, cartierul, comunități religioase și culturale, voluntariat. Aceste locuri pot oferi apartenență și sens; tot acolo persoana poate fi întâmpinată cu căldură sau poate întâlni respingere.

factor-community-faith-cw-places =
    { $gender ->
        [feminine] Din ce comunități, cluburi sau grupuri religioase face parte ori spre care se simte atrasă?
        [masculine] Din ce comunități, cluburi sau grupuri religioase face parte ori spre care se simte atras?
       *[neutral] Din ce comunități, cluburi sau grupuri religioase face parte persoana ori spre care simte o atracție?
    }
factor-community-faith-cw-welcome =
    { $gender ->
        [feminine] Unde a fost primită cu căldură și cine de acolo ar putea fi un contact bun pentru ea?
        [masculine] Unde a fost primit cu căldură și cine de acolo ar putea fi un contact bun pentru el?
       *[neutral] Unde a găsit persoana o primire caldă și cine de acolo i-ar putea fi un contact bun?
    }
factor-community-faith-cw-rejection =
    { $gender ->
        [feminine] Unde s-a lovit ea de respingere sau neîncredere și cum a făcut față?
        [masculine] Unde s-a lovit el de respingere sau neîncredere și cum a făcut față?
       *[neutral] Unde s-a lovit persoana de respingere sau neîncredere și cum a făcut față?
    }
factor-community-faith-ask-belong =
    { $address ->
        [informal] În afară de familie, unde simți că îți e locul?
       *[formal] În afară de familie, unde ați spune că vă este locul?
    }
factor-community-faith-ask-faith =
    { $address ->
        [informal] Contează pentru tine credința sau ceva spiritual? Ce îți aduce?
       *[formal] Are credința sau o practică spirituală un rol în viața dumneavoastră? Dacă da, ce vă aduce?
    }
factor-community-faith-ask-more-involved =
    { $address ->
        [informal] Unde ți-ar plăcea să te implici mai mult și ce te-ar ajuta să o faci?
       *[formal] Unde v-ați dori să vă implicați mai mult și ce v-ar ușura acest lucru?
    }

## Area: Identity and self

area-identity = Identitate și sine
area-identity-description =
    Cum se vede persoana, ce roluri își asumă și unde simte că are parte de respect și că își poate modela propria viață.

## Factor: Self-image beyond the scene

factor-self-image = Imaginea de sine dincolo de mediu
factor-self-image-description =
    Cine este persoana în afara mediului: calități, roluri, interese și povestea sa. O imagine de sine cu multe fațete face mai ușoară desprinderea de identitatea de grup.

factor-self-image-cw-valued-sides =
    { $gender ->
        [feminine] Ce calități și roluri ale ei, fără legătură cu mediul, prețuiește?
        [masculine] Ce calități și roluri ale lui, fără legătură cu mediul, prețuiește?
       *[neutral] Ce calități și roluri proprii, fără legătură cu mediul, prețuiește persoana?
    }
factor-self-image-cw-other-sides =
    { $gender ->
        [feminine] Ce laturi ale ei, de dinainte de mediu sau din afara lui, ar putea reveni în prim-plan?
        [masculine] Ce laturi ale lui, de dinainte de mediu sau din afara acestuia, ar putea reveni în prim-plan?
       *[neutral] Ce laturi ale persoanei, de dinainte de mediu sau din afara lui, ar putea reveni în prim-plan?
    }
factor-self-image-cw-group-identity =
    { $gender ->
        [feminine] Cât din felul în care se vede ea pe sine mai este legat de grup, de simbolurile, stilul sau limbajul acestuia?
        [masculine] Cât din felul în care se vede el pe sine mai este legat de grup, de simbolurile, stilul sau limbajul acestuia?
       *[neutral] Cât din felul în care se vede persoana pe sine mai este legat de grup, de simbolurile, stilul sau limbajul acestuia?
    }
factor-self-image-ask-describe =
    { $address ->
        [informal] Cum te-ai descrie cuiva care abia te cunoaște?
       *[formal] Cum v-ați descrie cuiva care nu vă cunoaște încă?
    }
factor-self-image-ask-like =
    { $address ->
        [informal] Ce îți place la tine?
       *[formal] Ce apreciați la dumneavoastră?
    }
factor-self-image-ask-changed =
    { $address ->
        [informal] Cum te-ai schimbat în ultimii ani?
       *[formal] Cum v-ați schimbat în ultimii ani?
    }

## Factor: Gender roles and expectations

factor-gender-roles = Roluri de gen și așteptări
factor-gender-roles-description =
    Idei despre ce ar trebui să fie, să facă sau să suporte un bărbat ori o femeie. Mediile se sprijină adesea pe astfel de imagini, precum luptătorul, cel care aduce pâinea în casă sau mama devotată, iar ele pot fi legate de violență și de sentimentul propriei valori.

factor-gender-roles-cw-beyond-roles =
    { $gender ->
        [feminine] În ce situații iese ea deja din tiparele unui rol fix?
        [masculine] În ce situații iese el deja din tiparele unui rol fix?
       *[neutral] În ce situații iese persoana deja din tiparele unui rol fix?
    }
factor-gender-roles-cw-own-ideas =
    { $gender ->
        [feminine] Ce înseamnă pentru ea să fie femeie și de unde vin aceste idei?
        [masculine] Ce înseamnă pentru el să fie bărbat și de unde vin aceste idei?
       *[neutral] Ce înseamnă genul pentru persoana respectivă și de unde îi vin ideile despre asta?
    }
factor-gender-roles-cw-pressure =
    { $gender ->
        [feminine] Unde simte presiunea de a corespunde unei imagini, de exemplu de a proteja, de a asigura traiul, de a fi dură sau ascultătoare?
        [masculine] Unde simte presiunea de a corespunde unei imagini, de exemplu de a proteja, de a asigura traiul, de a fi dur sau ascultător?
       *[neutral] Unde simte persoana presiunea de a corespunde unei imagini, de exemplu de a proteja, de a asigura traiul, de a arăta duritate sau supunere?
    }
factor-gender-roles-cw-link-violence =
    { $gender ->
        [feminine] Cum se leagă ideile ei despre gen de ideologie, de controlul asupra altora sau de violență?
        [masculine] Cum se leagă ideile lui despre gen de ideologie, de controlul asupra altora sau de violență?
       *[neutral] Cum se leagă ideile persoanei despre gen de ideologie, de controlul asupra altora sau de violență?
    }
factor-gender-roles-ask-role-models =
    { $address ->
        [informal] Cine e un model bun pentru persoana care vrei să fii?
       *[formal] Pe cine ați vedea ca un model bun pentru persoana care v-ați dori să fiți?
    }
factor-gender-roles-ask-expectations =
    { $gender ->
        [feminine]
            { $address ->
                [informal] Ce așteaptă de la tine, ca femeie, oamenii din jurul tău?
               *[formal] Ce așteaptă de la dumneavoastră, ca femeie, oamenii din jur?
            }
        [masculine]
            { $address ->
                [informal] Ce așteaptă de la tine, ca bărbat, oamenii din jurul tău?
               *[formal] Ce așteaptă de la dumneavoastră, ca bărbat, oamenii din jur?
            }
       *[neutral]
            { $address ->
                [informal] Ce așteaptă de la tine oamenii din jurul tău din cauza genului tău?
               *[formal] Ce așteaptă de la dumneavoastră oamenii din jur din cauza genului?
            }
    }
factor-gender-roles-ask-let-go =
    { $address ->
        [informal] Există așteptări legate de rolul tău de care ai vrea să scapi?
       *[formal] Există așteptări legate de rolul dumneavoastră la care ați dori să renunțați?
    }

## Factor: Recognition and discrimination

factor-recognition = Recunoaștere și discriminare
factor-recognition-description =
    Unde primește persoana atenție și respect și unde s-a confruntat cu excludere, rasism sau umilință. Mediile atrag adesea oameni pornind de la nedreptăți reale, așa că acestea merită luate în serios.

factor-recognition-cw-respected =
    { $gender ->
        [feminine] Unde și de către cine se simte respectată și luată în serios?
        [masculine] Unde și de către cine se simte respectat și luat în serios?
       *[neutral] Unde și din partea cui simte persoana că i se acordă respect și importanță?
    }
factor-recognition-cw-experiences =
    { $gender ->
        [feminine] Ce experiențe de excludere, discriminare sau umilire a trăit ea?
        [masculine] Ce experiențe de excludere, discriminare sau umilire a trăit el?
       *[neutral] Ce experiențe de excludere, discriminare sau umilire a trăit persoana?
    }
factor-recognition-cw-grievances =
    { $gender ->
        [feminine] Care dintre nemulțumirile ei au fost preluate de mediu și cum pot fi recunoscute fără a accepta răspunsurile mediului?
        [masculine] Care dintre nemulțumirile lui au fost preluate de mediu și cum pot fi recunoscute fără a accepta răspunsurile mediului?
       *[neutral] Care dintre nemulțumirile persoanei au fost preluate de mediu și cum pot fi recunoscute fără a accepta răspunsurile mediului?
    }
factor-recognition-ask-respected =
    { $address ->
        [informal] Unde te respectă oamenii și te iau în serios?
       *[formal] Unde simțiți că vi se acordă respect și că vi se dă importanță?
    }
factor-recognition-ask-unfair =
    { $address ->
        [informal] Te-a tratat cineva nedrept din cauza a ceea ce ești sau a locului de unde vii?
       *[formal] V-a tratat cineva nedrept din cauza identității dumneavoastră sau a locului de unde veniți?
    }
factor-recognition-ask-what-it-takes =
    { $address ->
        [informal] Ce te-ar ajuta să simți că primești mai mult respect?
       *[formal] Ce v-ar ajuta să simțiți că vi se acordă mai mult respect?
    }

## Factor: Agency and self-efficacy

factor-agency = Autonomie și încredere în propriile puteri
factor-agency-description =
    Sentimentul persoanei că își poate modela propria viață și că poate face lucrurile să se întâmple. Distanțarea devine mai ușoară atunci când oamenii văd că propriii lor pași contează.

factor-agency-cw-successes =
    { $gender ->
        [feminine] Ce a reușit ea în ultima vreme prin propriile puteri?
        [masculine] Ce a reușit el în ultima vreme prin propriile puteri?
       *[neutral] Ce a reușit persoana în ultima vreme prin propriile puteri?
    }
factor-agency-cw-decisions =
    { $gender ->
        [feminine] Ce decizii despre viața ei ia singură și unde simte că alții decid în locul ei?
        [masculine] Ce decizii despre viața lui ia singur și unde simte că alții decid în locul lui?
       *[neutral] Ce decizii despre propria viață ia persoana fără ajutorul altora și unde simte că alții decid în locul său?
    }
factor-agency-cw-powerless =
    { $gender ->
        [feminine] În ce situații se simte neputincioasă și ce face atunci?
        [masculine] În ce situații se simte neputincios și ce face atunci?
       *[neutral] În ce situații simte persoana că nu are nicio putere și ce face atunci?
    }
factor-agency-ask-managed =
    { $address ->
        [informal] Ce ai reușit în ultima vreme și te bucură?
       *[formal] Ce ați reușit în ultima vreme și vă bucură?
    }
factor-agency-ask-in-your-hands =
    { $address ->
        [informal] Ce anume din viața ta depinde acum doar de tine?
       *[formal] Ce anume din viața dumneavoastră depinde acum de dumneavoastră?
    }
factor-agency-ask-stuck =
    { $address ->
        [informal] Unde simți că te-ai împotmolit?
       *[formal] Există un domeniu al vieții dumneavoastră în care simțiți că stați pe loc în această perioadă?
    }
factor-agency-ask-next-step =
    { $address ->
        [informal] Care ar fi un pas mic pe care l-ai putea face săptămâna asta?
       *[formal] Care ar fi un pas mic pe care l-ați putea face săptămâna aceasta?
    }

## Factor: Meaning and purpose

factor-meaning-purpose = Sens și scop
factor-meaning-purpose-description =
    Ce dă sens și direcție vieții persoanei. Mediul poate să fi oferit o misiune; distanțarea înseamnă adesea găsirea unui scop în alte locuri.

factor-meaning-purpose-cw-sources =
    { $gender ->
        [feminine] Ce îi dă acum sens vieții ei, în afară de mediu?
        [masculine] Ce îi dă acum sens vieții lui, în afară de mediu?
       *[neutral] Ce dă acum sens vieții persoanei, în afară de mediu?
    }
factor-meaning-purpose-cw-mission =
    { $gender ->
        [feminine] Ce sentiment al unei misiuni îi dădea grupul și ce i-a luat locul în viața ei?
        [masculine] Ce sentiment al unei misiuni îi dădea grupul și ce i-a luat locul în viața lui?
       *[neutral] Ce sentiment al unei misiuni îi dădea grupul persoanei și ce i-a luat locul?
    }
factor-meaning-purpose-cw-emptiness =
    { $gender ->
        [feminine] Vorbește ea despre gol sau plictiseală de când s-a retras și când sunt acestea cel mai puternice?
        [masculine] Vorbește el despre gol sau plictiseală de când s-a retras și când sunt acestea cel mai puternice?
       *[neutral] Vorbește persoana despre gol sau plictiseală de când s-a retras și când sunt acestea cel mai puternice?
    }
factor-meaning-purpose-ask-matters =
    { $address ->
        [informal] Ce contează cu adevărat pentru tine?
       *[formal] Ce contează cel mai mult pentru dumneavoastră în viață?
    }
factor-meaning-purpose-ask-worthwhile =
    { $address ->
        [informal] Când ai simțit ultima dată că ce faci merită?
       *[formal] Când ați simțit ultima dată că ceea ce faceți are rost?
    }
factor-meaning-purpose-ask-contribute =
    { $address ->
        [informal] Ce ai vrea să le dai oamenilor din jurul tău?
       *[formal] Ce ați dori să le oferiți oamenilor din jurul dumneavoastră?
    }

## Area: Wellbeing and coping

area-coping = Stare de bine și puterea de a face față
area-coping-description =
    Cum se simte persoana, psihic și fizic, și cum face față presiunii, conflictelor și experiențelor dureroase.

## Factor: Mental and emotional wellbeing

factor-wellbeing = Sănătatea psihică și emoțională
factor-wellbeing-description =
    Starea de spirit, somnul, grijile și capacitatea de a se bucura de lucruri. Plecarea dintr-un mediu poate fi o perioadă de singurătate și stres, iar dificultăți mai vechi pot ieși la suprafață.

factor-wellbeing-cw-good-days =
    { $gender ->
        [feminine] Cum arată pentru ea o zi bună și ce face ca ziua să fie bună?
        [masculine] Cum arată pentru el o zi bună și ce face ca ziua să fie bună?
       *[neutral] Cum arată o zi bună pentru persoana respectivă și ce face ca ziua să fie bună?
    }
factor-wellbeing-cw-support =
    { $gender ->
        [feminine] Ce sprijin pentru sănătatea ei psihică există deja sau este la îndemână?
        [masculine] Ce sprijin pentru sănătatea lui psihică există deja sau este la îndemână?
       *[neutral] Ce sprijin pentru sănătatea psihică a persoanei există deja sau este la îndemână?
    }
factor-wellbeing-cw-strain =
    { $gender ->
        [feminine] Se observă la ea semne de tristețe, anxietate, probleme de somn sau epuizare?
        [masculine] Se observă la el semne de tristețe, anxietate, probleme de somn sau epuizare?
       *[neutral] Se observă la persoana respectivă semne de tristețe, anxietate, probleme de somn sau epuizare?
    }
factor-wellbeing-cw-safety =
    { $gender ->
        [feminine] Există semne că ea se gândește să își facă rău și este nevoie de o reacție chiar astăzi?
        [masculine] Există semne că el se gândește să își facă rău și este nevoie de o reacție chiar astăzi?
       *[neutral] Există semne că persoana se gândește să își facă rău și este nevoie de o reacție chiar astăzi?
    }
factor-wellbeing-ask-good-day =
    { $address ->
        [informal] Cum arată o zi bună pentru tine?
       *[formal] Cum arată pentru dumneavoastră o zi bună?
    }
factor-wellbeing-ask-feel-better =
    { $address ->
        [informal] Ce te ajută când ești la pământ?
       *[formal] Ce vă ajută să vă simțiți mai bine atunci când sunteți într-o pasă proastă?
    }
factor-wellbeing-ask-weighs =
    { $address ->
        [informal] Ce te apasă acum?
       *[formal] Este ceva ce vă apasă în această perioadă?
    }

## Factor: Physical health and substance use

factor-health-substances = Sănătatea fizică și consumul de substanțe
factor-health-substances-description =
    Sănătatea fizică, somnul, mișcarea și consumul de alcool, droguri sau medicamente. În multe medii, băutura în exces sau drogurile fac parte din viața de grup, ceea ce face mai complicate atât consumul, cât și renunțarea.

factor-health-substances-cw-healthy-habits =
    { $gender ->
        [feminine] Ce obiceiuri sănătoase are ea deja și pe care ar vrea să și le formeze?
        [masculine] Ce obiceiuri sănătoase are el deja și pe care ar vrea să și le formeze?
       *[neutral] Ce obiceiuri sănătoase are persoana deja și pe care ar vrea să și le formeze?
    }
factor-health-substances-cw-health =
    { $gender ->
        [feminine] Ce probleme de sănătate sau răni netratate îi afectează viața de zi cu zi?
        [masculine] Ce probleme de sănătate sau răni netratate îi afectează viața de zi cu zi?
       *[neutral] Ce probleme de sănătate sau răni netratate afectează viața de zi cu zi a persoanei?
    }
factor-health-substances-cw-substances =
    { $gender ->
        [feminine] Ce rol au alcoolul, drogurile sau medicamentele în viața ei și cum se leagă asta de grup?
        [masculine] Ce rol au alcoolul, drogurile sau medicamentele în viața lui și cum se leagă asta de grup?
       *[neutral] Ce rol au alcoolul, drogurile sau medicamentele în viața persoanei și cum se leagă asta de grup?
    }
factor-health-substances-ask-look-after =
    { $address ->
        [informal] Cum ai grijă de tine?
       *[formal] Ce faceți pentru a vă îngriji sănătatea?
    }
factor-health-substances-ask-health =
    { $address ->
        [informal] Cum stai cu sănătatea acum?
       *[formal] Cum v-ați descrie starea de sănătate în această perioadă?
    }
factor-health-substances-ask-substances =
    { $address ->
        [informal] Ce loc au acum alcoolul sau alte substanțe în viața ta?
       *[formal] Mi-ați putea spune ce rol au în această perioadă alcoolul sau alte substanțe în viața dumneavoastră?
    }

## Factor: Stress, anger and conflict

factor-stress-anger = Stres, furie și conflict
factor-stress-anger-description =
    Cum face față persoana presiunii, provocărilor și dezacordurilor. Furia nu este o problemă în sine; contează ce face persoana cu ea.

factor-stress-anger-cw-calming =
    { $gender ->
        [feminine] Ce o ajută să se calmeze și ce moduri de a face față a folosit deja cu succes?
        [masculine] Ce îl ajută să se calmeze și ce moduri de a face față a folosit deja cu succes?
       *[neutral] Ce îi este de ajutor persoanei ca să se calmeze și ce moduri de a face față a folosit deja cu succes?
    }
factor-stress-anger-cw-triggers =
    { $gender ->
        [feminine] Ce situații o fac de obicei să devină tensionată sau furioasă?
        [masculine] Ce situații îl fac de obicei să devină tensionat sau furios?
       *[neutral] Ce situații îi provoacă de obicei persoanei tensiune sau furie?
    }
factor-stress-anger-cw-conflicts =
    { $gender ->
        [feminine] Cum gestionează ea de obicei conflictele: prin discuție, prin retragere sau prin forță?
        [masculine] Cum gestionează el de obicei conflictele: prin discuție, prin retragere sau prin forță?
       *[neutral] Cum gestionează persoana de obicei conflictele: prin discuție, prin retragere sau prin forță?
    }
factor-stress-anger-ask-calm-down =
    { $address ->
        [informal] Ce te ajută să te liniștești când te stresezi?
       *[formal] Ce vă ajută să vă calmați atunci când sunteți sub presiune?
    }
factor-stress-anger-ask-went-well =
    { $address ->
        [informal] Gândește-te la o dată când ai gestionat bine un conflict. Ce ai făcut?
       *[formal] V-ați putea gândi la un conflict pe care l-ați gestionat bine? Ce ați făcut atunci?
    }
factor-stress-anger-ask-triggers =
    { $address ->
        [informal] Ce te scoate cel mai tare din sărite?
       *[formal] Ce fel de situații vă înfurie de obicei?
    }

## Factor: Violence and harm, experienced and done
## Go at the person's pace. These questions invite, they never demand details.

factor-violence-harm = Violență și rău, suferite și provocate
factor-violence-harm-description =
    Violența sau răul pe care persoana le-a suferit, la care a asistat sau pe care le-a provocat, în mediu sau în afara lui. Mergeți în ritmul persoanei: siguranța și încrederea vin pe primul loc, iar detaliile nu sunt niciodată obligatorii.

factor-violence-harm-cw-safe-to-talk =
    { $gender ->
        [feminine] De ce are nevoie ca să se simtă în siguranță atunci când vorbește despre experiențe grele și este ea cea care stabilește ritmul?
        [masculine] De ce are nevoie ca să se simtă în siguranță atunci când vorbește despre experiențe grele și este el cel care stabilește ritmul?
       *[neutral] De ce are nevoie persoana ca să se simtă în siguranță atunci când vorbește despre experiențe grele și cine stabilește ritmul discuției?
    }
factor-violence-harm-cw-support =
    { $gender ->
        [feminine] Ce sprijin are ea sau ar putea accesa, de exemplu terapie, servicii pentru victime sau oameni de încredere?
        [masculine] Ce sprijin are el sau ar putea accesa, de exemplu terapie, servicii pentru victime sau oameni de încredere?
       *[neutral] Ce sprijin are persoana sau ar putea accesa, de exemplu terapie, servicii pentru victime sau oameni de încredere?
    }
factor-violence-harm-cw-experienced =
    { $gender ->
        [feminine] Ce violență sau ce rău a trăit ori a văzut, atât cât a ales ea să povestească?
        [masculine] Ce violență sau ce rău a trăit ori a văzut, atât cât a ales el să povestească?
       *[neutral] Ce violență sau ce rău a trăit ori a văzut, atât cât a ales persoana să povestească?
    }
factor-violence-harm-cw-done =
    { $gender ->
        [feminine] Cum se raportează ea la răul pe care l-a făcut altora: prin negare, rușine, asumarea responsabilității sau dorința de a repara?
        [masculine] Cum se raportează el la răul pe care l-a făcut altora: prin negare, rușine, asumarea responsabilității sau dorința de a repara?
       *[neutral] Cum se raportează persoana la răul pe care l-a făcut altora: prin negare, rușine, asumarea responsabilității sau dorința de a repara?
    }
factor-violence-harm-ask-comfortable =
    { $address ->
        [informal] Vorbim doar despre ce vrei tu. Ce te-ar ajuta să te simți bine aici?
       *[formal] Vom vorbi doar despre ceea ce doriți dumneavoastră. Ce v-ar ajuta să vă simțiți în largul dumneavoastră aici?
    }
factor-violence-harm-ask-memories =
    { $address ->
        [informal] Când îți revin amintiri urâte, ce te ajută?
       *[formal] Când vă revin amintiri dificile, ce vă ajută?
    }
factor-violence-harm-ask-weighs =
    { $address ->
        [informal] Te mai apasă ceva ce s-a întâmplat, ție sau din cauza ta? Nu e nevoie de detalii.
       *[formal] Există ceva ce s-a întâmplat, dumneavoastră sau din cauza dumneavoastră, care încă vă apasă? Nu este nevoie să dați detalii.
    }

## Area: Everyday life and prospects

area-everyday-life = Viața de zi cu zi și perspective
area-everyday-life-description =
    Temelia practică pentru o viață în afara mediului: învățătura, munca, o locuință, banii, timpul liber și relația cu instanțele și autoritățile.

## Factor: Education and learning

factor-education = Educație și învățare
factor-education-description =
    Școala, formarea profesională, cursurile și învățarea pe cont propriu. A învăța ceva nou aduce încredere în sine și contact cu oameni din afara mediului.

factor-education-cw-achievements =
    { $gender ->
        [feminine] Ce a învățat sau ce a realizat ea, la școală, în formare sau pe cont propriu?
        [masculine] Ce a învățat sau ce a realizat el, la școală, în formare sau pe cont propriu?
       *[neutral] Ce a învățat sau ce a realizat persoana, la școală, în formare sau pe cont propriu?
    }
factor-education-cw-interests =
    { $gender ->
        [feminine] Ce ar vrea ea să învețe și ce posibilități i se deschid?
        [masculine] Ce ar vrea el să învețe și ce posibilități i se deschid?
       *[neutral] Ce ar vrea persoana să învețe și ce posibilități i se deschid?
    }
factor-education-cw-barriers =
    { $gender ->
        [feminine] Ce îi stă în cale, de exemplu întreruperi ale școlii, experiențe neplăcute sau diplome lipsă?
        [masculine] Ce îi stă în cale, de exemplu întreruperi ale școlii, experiențe neplăcute sau diplome lipsă?
       *[neutral] Ce îi stă în cale persoanei, de exemplu întreruperi ale școlii, experiențe neplăcute sau diplome lipsă?
    }
factor-education-ask-good-at =
    { $address ->
        [informal] Ce ți-a fost mereu ușor să înveți?
       *[formal] Ce fel de lucruri ați învățat dintotdeauna cu ușurință?
    }
factor-education-ask-learn =
    { $address ->
        [informal] E ceva ce ai vrea să înveți sau în care ai vrea să te califici?
       *[formal] Există ceva ce ați dori să învățați sau în care ați dori să obțineți o calificare?
    }
factor-education-ask-school =
    { $address ->
        [informal] Cum a fost școala pentru tine?
       *[formal] Cum ați descrie anii de școală?
    }

## Factor: Work and daily structure

factor-work-structure = Muncă și structura zilei
factor-work-structure-description =
    Un loc de muncă, formarea profesională, voluntariatul și o rutină zilnică. Munca aduce venit, structură și colegi noi, iar acestea se numără printre cele mai puternice lucruri care îndepărtează de un mediu.

factor-work-structure-cw-skills =
    { $gender ->
        [feminine] Ce abilități și ce experiență profesională aduce ea cu sine?
        [masculine] Ce abilități și ce experiență profesională aduce el cu sine?
       *[neutral] Ce abilități și ce experiență profesională aduce persoana cu sine?
    }
factor-work-structure-cw-routine =
    { $gender ->
        [feminine] Ce le dă structură zilelor ei și cât de stabilă este aceasta?
        [masculine] Ce le dă structură zilelor lui și cât de stabilă este aceasta?
       *[neutral] Ce le dă structură zilelor persoanei și cât de stabilă este aceasta?
    }
factor-work-structure-cw-obstacles =
    { $gender ->
        [feminine] Ce îi îngreunează găsirea sau păstrarea unui loc de muncă, de exemplu cazierul, golurile din CV sau semnele vizibile ale trecutului ei?
        [masculine] Ce îi îngreunează găsirea sau păstrarea unui loc de muncă, de exemplu cazierul, golurile din CV sau semnele vizibile ale trecutului lui?
       *[neutral] Ce îi îngreunează persoanei găsirea sau păstrarea unui loc de muncă, de exemplu cazierul, golurile din CV sau semnele vizibile ale trecutului său?
    }
factor-work-structure-ask-experience =
    { $address ->
        [informal] Ce joburi ai avut și ce ți-a plăcut la ele?
       *[formal] Ce locuri de muncă ați avut până acum și ce v-a plăcut la ele?
    }
factor-work-structure-ask-weekday =
    { $address ->
        [informal] Povestește-mi cum arată o zi obișnuită din timpul săptămânii.
       *[formal] Mi-ați putea povesti cum arată o zi obișnuită din timpul săptămânii?
    }
factor-work-structure-ask-wish =
    { $address ->
        [informal] Ce fel de muncă ți-ar plăcea să faci peste un an?
       *[formal] Ce fel de muncă v-ați dori să faceți peste un an?
    }

## Factor: Housing and money

factor-housing-money = Locuință și bani
factor-housing-money-description =
    Un loc sigur de locuit și destui bani pentru traiul de zi cu zi. Acolo unde locuința, împrumuturile sau joburile vin prin mediu, această dependență materială poate fi o piedică reală în calea plecării.

factor-housing-money-cw-stable =
    { $gender ->
        [feminine] Ce este stabil și sigur în situația ei locativă și financiară?
        [masculine] Ce este stabil și sigur în situația lui locativă și financiară?
       *[neutral] Ce este stabil și sigur în situația locativă și financiară a persoanei?
    }
factor-housing-money-cw-dependency =
    { $gender ->
        [feminine] Depinde ea de oameni din mediu pentru locuință, bani, muncă sau transport?
        [masculine] Depinde el de oameni din mediu pentru locuință, bani, muncă sau transport?
       *[neutral] Depinde persoana de oameni din mediu pentru locuință, bani, muncă sau transport?
    }
factor-housing-money-cw-pressure =
    { $gender ->
        [feminine] Ce datorii, facturi neplătite sau riscuri legate de locuință o pun sub presiune?
        [masculine] Ce datorii, facturi neplătite sau riscuri legate de locuință îl pun sub presiune?
       *[neutral] Ce datorii, facturi neplătite sau riscuri legate de locuință apasă asupra persoanei?
    }
factor-housing-money-ask-home =
    { $address ->
        [informal] Cum te simți acolo unde stai acum?
       *[formal] Cum vă simțiți în locul în care locuiți în prezent?
    }
factor-housing-money-ask-getting-by =
    { $address ->
        [informal] Cum te descurci cu banii?
       *[formal] Cum vă descurcați cu banii în această perioadă?
    }
factor-housing-money-ask-help =
    { $address ->
        [informal] E ceva legat de locuință sau de bani la care ți-ar prinde bine o mână de ajutor?
       *[formal] Există ceva legat de locuință sau de bani la care ați dori ajutor?
    }

## Factor: Leisure, sport and excitement

factor-leisure-excitement = Timp liber, sport și senzații tari
factor-leisure-excitement-description =
    Timpul liber, hobby-urile, sportul și căutarea senzațiilor tari. Mediile oferă adesea acțiune și adrenalină; alte surse de emoție și de distracție ajută la umplerea acestui gol.

factor-leisure-excitement-cw-interests =
    { $gender ->
        [feminine] Ce hobby-uri, sporturi sau interese are ea acum sau avea înainte?
        [masculine] Ce hobby-uri, sporturi sau interese are el acum sau avea înainte?
       *[neutral] Ce hobby-uri, sporturi sau interese are persoana acum sau avea înainte?
    }
factor-leisure-excitement-cw-thrill =
    { $gender ->
        [feminine] Ce fel de senzații tari îi oferea mediul și unde le-ar putea găsi ea fără să facă rău?
        [masculine] Ce fel de senzații tari îi oferea mediul și unde le-ar putea găsi el fără să facă rău?
       *[neutral] Ce fel de senzații tari îi oferea mediul persoanei și unde le-ar putea găsi fără să facă rău?
    }
factor-leisure-excitement-cw-empty-time =
    { $gender ->
        [feminine] Când îi este greu cu timpul liber, de exemplu seara, în weekend sau în zilele în care se întâlnea grupul?
        [masculine] Când îi este greu cu timpul liber, de exemplu seara, în weekend sau în zilele în care se întâlnea grupul?
       *[neutral] Când îi este greu persoanei cu timpul liber, de exemplu seara, în weekend sau în zilele în care se întâlnea grupul?
    }
factor-leisure-excitement-ask-fun =
    { $address ->
        [informal] Ce faci ca să te distrezi?
       *[formal] Ce vă place să faceți în timpul liber?
    }
factor-leisure-excitement-ask-buzz =
    { $address ->
        [informal] Ce-ți mai dă adrenalină în ultima vreme?
       *[formal] Unde găsiți în prezent emoție sau un sentiment de aventură?
    }
factor-leisure-excitement-ask-restless =
    { $address ->
        [informal] Când te plictisești sau nu-ți găsești locul?
       *[formal] Care momente ale săptămânii sunt cel mai greu de umplut?
    }

## Factor: Legal situation and institutions

factor-legal-institutions = Situația juridică și instituțiile
factor-legal-institutions-description =
    Procese, probațiune, detenție și eliberare, precum și relația cu poliția, agenția de ocupare a forței de muncă sau serviciile sociale. Aici intră și numele sau imaginea persoanei pe internet, care o pot urmări mult timp după plecare.

factor-legal-institutions-cw-support-network =
    { $gender ->
        [feminine] Ce specialiști și servicii o sprijină și cât de bine funcționează acest sprijin?
        [masculine] Ce specialiști și servicii îl sprijină și cât de bine funcționează acest sprijin?
       *[neutral] Ce specialiști și servicii îi oferă sprijin persoanei și cât de bine funcționează acest sprijin?
    }
factor-legal-institutions-cw-proceedings =
    { $gender ->
        [feminine] Ce proceduri, condiții sau termene o afectează acum, de exemplu în instanță, în probațiune, în legătură cu eliberarea sau cu dreptul de ședere?
        [masculine] Ce proceduri, condiții sau termene îl afectează acum, de exemplu în instanță, în probațiune, în legătură cu eliberarea sau cu dreptul de ședere?
       *[neutral] Ce proceduri, condiții sau termene au acum un impact asupra persoanei, de exemplu în instanță, în probațiune, în legătură cu eliberarea sau cu dreptul de ședere?
    }
factor-legal-institutions-cw-exposure =
    { $gender ->
        [feminine] Este expusă public, pe internet sau în presă, și ce consecințe are asta pentru ea?
        [masculine] Este expus public, pe internet sau în presă, și ce consecințe are asta pentru el?
       *[neutral] Există o expunere publică a persoanei, pe internet sau în presă, și ce consecințe are asta asupra vieții sale?
    }
factor-legal-institutions-cw-trust =
    { $gender ->
        [feminine] Cum se raportează ea la instituții: cu încredere, cu teamă sau cu ostilitate?
        [masculine] Cum se raportează el la instituții: cu încredere, cu teamă sau cu ostilitate?
       *[neutral] Cum se raportează persoana la instituții: cu încredere, cu teamă sau cu ostilitate?
    }
factor-legal-institutions-ask-helpful =
    { $address ->
        [informal] Cine de la autorități sau de la servicii te-a ajutat cu adevărat?
       *[formal] Ce specialiști sau instituții v-au fost de ajutor?
    }
factor-legal-institutions-ask-coming-up =
    { $address ->
        [informal] Ai în perioada următoare termene la instanță, întâlniri sau condiții la care te tot gândești?
       *[formal] Urmează întâlniri, termene în instanță sau condiții care vă îngrijorează?
    }
factor-legal-institutions-ask-online =
    { $address ->
        [informal] E ceva despre tine pe internet care te îngrijorează?
       *[formal] Există ceva despre dumneavoastră pe internet care vă îngrijorează?
    }

## Area: Worldview and orientation

area-worldview = Viziune asupra lumii și orientare
area-worldview-description =
    Convingerile și îndoielile persoanei, de unde își ia informațiile, cum se gândește la violență și ce speră.

## Factor: Worldview and doubts

factor-worldview-doubts = Viziunea asupra lumii și îndoieli
factor-worldview-doubts-description =
    Convingerile politice sau religioase ale persoanei în prezent, precum și îndoielile și contradicțiile pe care le observă. Îndoielile se nasc adesea din experiență, nu din argumente.

factor-worldview-doubts-cw-bridging-values =
    { $gender ->
        [feminine] Care dintre valorile ei, precum corectitudinea, loialitatea sau dreptatea, ar putea deveni o punte spre o perspectivă mai deschisă?
        [masculine] Care dintre valorile lui, precum corectitudinea, loialitatea sau dreptatea, ar putea deveni o punte spre o perspectivă mai deschisă?
       *[neutral] Care dintre valorile persoanei, precum corectitudinea, loialitatea sau dreptatea, ar putea deveni o punte spre o perspectivă mai deschisă?
    }
factor-worldview-doubts-cw-doubts =
    { $gender ->
        [feminine] Ce îndoieli sau contradicții a observat ea în ideologie sau în grup?
        [masculine] Ce îndoieli sau contradicții a observat el în ideologie sau în grup?
       *[neutral] Ce îndoieli sau contradicții a observat persoana în ideologie sau în grup?
    }
factor-worldview-doubts-cw-still-holds =
    { $gender ->
        [feminine] La care dintre ideile mediului ține ea încă și cât de ferm?
        [masculine] La care dintre ideile mediului ține el încă și cât de ferm?
       *[neutral] La care dintre ideile mediului ține persoana încă și cât de ferm?
    }
factor-worldview-doubts-ask-values =
    { $address ->
        [informal] Ce contează pentru tine în felul în care se poartă oamenii unii cu alții?
       *[formal] Ce valori sunt importante pentru dumneavoastră în felul în care se poartă oamenii unii cu alții?
    }
factor-worldview-doubts-ask-changed =
    { $address ->
        [informal] S-a schimbat în ultima vreme felul în care vezi lumea? Cum?
       *[formal] S-a schimbat în ultimii ani felul în care priviți lumea? În ce fel?
    }
factor-worldview-doubts-ask-did-not-add-up =
    { $address ->
        [informal] A fost vreun moment în care ceva spus de grup pur și simplu nu se lega?
       *[formal] A existat un moment în care ceva din ce spunea grupul nu mai avea sens pentru dumneavoastră?
    }

## Factor: Media and online spaces

factor-media-online = Media și spațiile online
factor-media-online-description =
    Canalele, forumurile, jocurile, clipurile și chaturile pe care le folosește persoana. Spațiile online pot ține vii legăturile și ideile vechi, dar pot deschide și drumul spre oameni și perspective noi.

factor-media-online-cw-positive =
    { $gender ->
        [feminine] Ce media, canale sau comunități online îi aduc perspective noi sau contacte bune?
        [masculine] Ce media, canale sau comunități online îi aduc perspective noi sau contacte bune?
       *[neutral] Ce media, canale sau comunități online îi aduc persoanei perspective noi sau contacte bune?
    }
factor-media-online-cw-scene-channels =
    { $gender ->
        [feminine] Din ce canale, grupuri sau rețele de contacte ale mediului mai face parte și cât de activă este acolo?
        [masculine] Din ce canale, grupuri sau rețele de contacte ale mediului mai face parte și cât de activ este acolo?
       *[neutral] Din ce canale, grupuri sau rețele de contacte ale mediului mai face parte persoana și cât de mult se implică acolo?
    }
factor-media-online-cw-habits =
    { $gender ->
        [feminine] Cât timp petrece ea online și cum îi influențează asta starea și convingerile?
        [masculine] Cât timp petrece el online și cum îi influențează asta starea și convingerile?
       *[neutral] Cât timp petrece persoana online și cum îi influențează asta starea și convingerile?
    }
factor-media-online-ask-into =
    { $address ->
        [informal] Ce-ți place online?
       *[formal] Ce vă place să urmăriți, să citiți sau să jucați online?
    }
factor-media-online-ask-after-online =
    { $address ->
        [informal] Cum te simți după ce ai dat scroll o vreme?
       *[formal] Cum vă simțiți de obicei după ce ați petrecut timp online?
    }
factor-media-online-ask-old-groups =
    { $address ->
        [informal] Mai ești în chaturi sau grupuri de atunci? Cum e asta pentru tine?
       *[formal] Mai faceți parte din chaturi sau grupuri din trecut? Cum este asta pentru dumneavoastră?
    }

## Factor: Attitude to violence and ways of acting

factor-violence-attitude = Atitudinea față de violență și moduri de a acționa
factor-violence-attitude-description =
    Cum se gândește persoana la violență ca mijloc și ce alte moduri cunoaște de a acționa pentru lucrurile care îi sunt importante. Preocupările pot fi reale și legitime; întrebarea este cum se poate acționa în privința lor fără a face rău cuiva.

factor-violence-attitude-cw-non-violent =
    { $gender ->
        [feminine] Ce moduri non-violente de a-și susține preocupările cunoaște sau folosește ea deja, precum discuția, votul, organizarea sau ajutorarea altora?
        [masculine] Ce moduri non-violente de a-și susține preocupările cunoaște sau folosește el deja, precum discuția, votul, organizarea sau ajutorarea altora?
       *[neutral] Ce moduri non-violente de a-și susține preocupările cunoaște sau folosește persoana deja, precum discuția, votul, organizarea sau ajutorarea altora?
    }
factor-violence-attitude-cw-change =
    { $gender ->
        [feminine] Cum s-a schimbat în timp felul ei de a privi violența și ce a dus la această schimbare?
        [masculine] Cum s-a schimbat în timp felul lui de a privi violența și ce a dus la această schimbare?
       *[neutral] Cum s-a schimbat în timp felul persoanei de a privi violența și ce a dus la această schimbare?
    }
factor-violence-attitude-cw-justify =
    { $gender ->
        [feminine] În ce situații mai consideră ea violența justificată sau necesară?
        [masculine] În ce situații mai consideră el violența justificată sau necesară?
       *[neutral] În ce situații mai consideră persoana violența justificată sau necesară?
    }
factor-violence-attitude-ask-make-a-difference =
    { $address ->
        [informal] Când ceva din societate te deranjează cu adevărat, ce poți face în privința asta?
       *[formal] Dacă ceva din societate vă înfurie, ce ați putea face în această privință?
    }
factor-violence-attitude-ask-view-now =
    { $address ->
        [informal] Cum vezi violența acum, față de acum câțiva ani?
       *[formal] Cum priviți violența astăzi, în comparație cu acum câțiva ani?
    }
factor-violence-attitude-ask-instead =
    { $address ->
        [informal] Dacă lucrurile s-ar încinge, ce ai putea face în loc să sari la bătaie?
       *[formal] Dacă o situație s-ar tensiona, ce ați putea face în loc să folosiți forța?
    }

## Factor: Future, goals and hope

factor-future-hope = Viitor, obiective și speranță
factor-future-hope-description =
    Ce speră persoana și spre ce lucrează. Speranța și obiectivele concrete se numără printre cei mai de încredere factori care susțin o schimbare de durată.

factor-future-hope-cw-goals =
    { $gender ->
        [feminine] Ce obiective își stabilește pentru sine, cu propriile ei cuvinte?
        [masculine] Ce obiective își stabilește pentru sine, cu propriile lui cuvinte?
       *[neutral] Ce obiective își stabilește persoana pentru sine, cu propriile cuvinte?
    }
factor-future-hope-cw-hope =
    { $gender ->
        [feminine] Cât de încrezătoare este în viitor și ce îi hrănește speranța?
        [masculine] Cât de încrezător este în viitor și ce îi hrănește speranța?
       *[neutral] Câtă speranță are persoana în viitor și ce o hrănește?
    }
factor-future-hope-cw-obstacles =
    { $gender ->
        [feminine] Ce stă între ea și obiectivele ei și ce sprijin ar ajuta la următorul pas?
        [masculine] Ce stă între el și obiectivele lui și ce sprijin ar ajuta la următorul pas?
       *[neutral] Ce stă între persoană și obiectivele sale și ce sprijin ar ajuta la următorul pas?
    }
factor-future-hope-ask-one-year =
    { $address ->
        [informal] Unde vrei să fii peste un an?
       *[formal] Unde ați dori să fiți peste un an?
    }
factor-future-hope-ask-hope =
    { $address ->
        [informal] Ce îți dă speranță acum?
       *[formal] Ce vă dă speranță în această perioadă?
    }
factor-future-hope-ask-first-step =
    { $address ->
        [informal] Care ar fi un prim pas spre locul în care vrei să ajungi?
       *[formal] Care ar putea fi un prim pas spre locul în care ați dori să ajungeți?
    }
