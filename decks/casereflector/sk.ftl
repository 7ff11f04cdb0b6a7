### CaseReflector – katalóg faktorov: slovenské texty (preklad z en.ftl).
###
### Otázky „cw“ slúžia na reflexiu sprevádzajúceho pracovníka a hovoria o osobe v tretej osobe.
### Otázky „ask“ sa kladú priamo osobe: vykanie (formal, predvolené) alebo tykanie (informal).
###
### Premenné:
###   $gender   feminine (ona), masculine (on), neutral (predvolené, aj pre „neuvedené“):
###             neutrálny tvar sa vyhýba rodovým tvarom (prítomný čas, „táto osoba“, neosobné vety)
###   $address  formal (vykanie, predvolené) alebo informal (tykanie)
###
### Osobu neoznačujeme ako „extrémistu“; hovoríme o „skupine“ alebo „scéne“.

# The deck's own name, shown where a deck is picked.
deck-title = CaseReflector – faktory dištancovania

## Oblasť: Vzťahy a spolupatričnosť

area-relationships = Vzťahy a spolupatričnosť
area-relationships-description =
    Ľudia a skupiny v živote osoby – čo jej dávajú a čo za to očakávajú. Pri odchode zo scény často viac než myšlienky rozhoduje to, kam človek patrí.

## Faktor: Pôvodná rodina

factor-family-of-origin = Pôvodná rodina
factor-family-of-origin-description =
    Rodičia, súrodenci a ďalší ľudia, s ktorými osoba vyrastala. Rodina môže byť silnou oporou, zdrojom starých konfliktov aj silou, ktorá ťahá späť k scéne – často všetkým naraz.

factor-family-of-origin-cw-support =
    { $gender ->
        [feminine] Kto z jej rodiny pri nej stojí a ako táto podpora vyzerá v praxi?
        [masculine] Kto z jeho rodiny pri ňom stojí a ako táto podpora vyzerá v praxi?
       *[neutral] Kto z rodiny stojí pri tejto osobe a ako táto podpora vyzerá v praxi?
    }
factor-family-of-origin-cw-contact =
    { $gender ->
        [feminine] Ako zvyčajne prebieha jej kontakt s rodinou a ako potom pôsobí?
        [masculine] Ako zvyčajne prebieha jeho kontakt s rodinou a ako potom pôsobí?
       *[neutral] Ako zvyčajne prebieha kontakt s rodinou a ako táto osoba potom pôsobí?
    }
factor-family-of-origin-cw-old-conflicts =
    { $gender ->
        [feminine] Ktoré staré konflikty alebo zranenia v rodine ju ovplyvňujú dodnes?
        [masculine] Ktoré staré konflikty alebo zranenia v rodine ho ovplyvňujú dodnes?
       *[neutral] Ktoré staré konflikty alebo zranenia v rodine túto osobu ovplyvňujú dodnes?
    }
factor-family-of-origin-cw-pull-back =
    { $gender ->
        [feminine] Zdieľa alebo podporuje niekto z jej rodiny názory scény a ako to vplýva na jej odstup od scény?
        [masculine] Zdieľa alebo podporuje niekto z jeho rodiny názory scény a ako to vplýva na jeho odstup od scény?
       *[neutral] Zdieľa alebo podporuje niekto z rodiny názory scény a ako to vplýva na odstup tejto osoby od scény?
    }
factor-family-of-origin-ask-who-is-there =
    { $address ->
        [informal] Na koho z rodiny sa môžeš spoľahnúť?
       *[formal] Na koho z rodiny by ste sa mohli obrátiť, keby ste potrebovali pomoc?
    }
factor-family-of-origin-ask-what-helps =
    { $address ->
        [informal] Čo robí tvoja rodina, čo ti naozaj pomáha?
       *[formal] Čím Vám Vaša rodina pomáha?
    }
factor-family-of-origin-ask-weighs =
    { $address ->
        [informal] Je niečo v rodine, čo ťa teraz ťaží?
       *[formal] Je niečo vo Vašej rodine, čo Vás momentálne ťaží?
    }
factor-family-of-origin-ask-wish =
    { $address ->
        [informal] Keby sa dala v tvojej rodine zmeniť jedna vec, čo by to bolo?
       *[formal] Keby ste mohli vo svojej rodine zmeniť jednu vec, čo by to bolo?
    }

## Faktor: Partnerstvo a intímne vzťahy

factor-partner = Partnerstvo a intímne vzťahy
factor-partner-description =
    Súčasný alebo bývalý partner či partnerka a to, čo vzťah prináša. Partner môže zmenu podporovať alebo mať vlastné väzby na scénu; vo vzťahu môže byť aj kontrola či násilie.

factor-partner-cw-support =
    { $gender ->
        [feminine] Ako ju partner či partnerka podporuje v zmenách, do ktorých sa pustila?
        [masculine] Ako ho partner či partnerka podporuje v zmenách, do ktorých sa pustil?
       *[neutral] Ako partner či partnerka podporuje túto osobu v zmenách, do ktorých sa púšťa?
    }
factor-partner-cw-partner-ties =
    { $gender ->
        [feminine] Aké väzby na scénu má jej partner či partnerka a ako ovplyvňujú jej vlastný odstup od scény?
        [masculine] Aké väzby na scénu má jeho partner či partnerka a ako ovplyvňujú jeho vlastný odstup od scény?
       *[neutral] Aké väzby na scénu má partner či partnerka a ako ovplyvňujú vlastný odstup tejto osoby od scény?
    }
factor-partner-cw-respect-safety =
    { $gender ->
        [feminine] Sú vo vzťahu známky kontroly, strachu alebo násilia – z ktorejkoľvek strany – a je ona v bezpečí?
        [masculine] Sú vo vzťahu známky kontroly, strachu alebo násilia – z ktorejkoľvek strany – a je on v bezpečí?
       *[neutral] Sú vo vzťahu známky kontroly, strachu alebo násilia – z ktorejkoľvek strany – a je táto osoba v bezpečí?
    }
factor-partner-ask-good-together =
    { $address ->
        [informal] Čo je medzi vami dvoma teraz dobré?
       *[formal] Čo je na Vašom vzťahu momentálne dobré?
    }
factor-partner-ask-reaction =
    { $address ->
        [informal] Ako tvoj partner alebo partnerka berie zmeny, ktoré robíš?
       *[formal] Ako Váš partner alebo partnerka reaguje na zmeny, ktoré robíte?
    }
factor-partner-ask-safe =
    { $address ->
        [informal] Cítiš sa vo svojom vzťahu v bezpečí? Správa sa k tebe tvoj partner či partnerka s rešpektom?
       *[formal] Cítite sa vo svojom vzťahu v bezpečí? Správa sa k Vám Váš partner či partnerka s rešpektom?
    }

## Faktor: Deti a starostlivosť o druhých

factor-children-caring = Deti a starostlivosť o druhých
factor-children-caring-description =
    Byť rodičom, nevlastným rodičom alebo sa o niekoho starať. Starostlivosť o druhých môže dať silný dôvod na zmenu a zároveň priniesť obavy, napríklad o zverenie detí alebo o to, čo deti videli.

factor-children-caring-cw-meaning =
    { $gender ->
        [feminine] Čo pre ňu znamená byť mamou alebo sa o niekoho starať a ako ju to motivuje?
        [masculine] Čo preňho znamená byť otcom alebo sa o niekoho starať a ako ho to motivuje?
       *[neutral] Čo znamená pre túto osobu byť rodičom alebo sa o niekoho starať a akú motiváciu z toho čerpá?
    }
factor-children-caring-cw-wishes =
    { $gender ->
        [feminine] Čo si želá pre budúcnosť svojich detí a ako sa to zlučuje s predstavami scény?
        [masculine] Čo si želá pre budúcnosť svojich detí a ako sa to zlučuje s predstavami scény?
       *[neutral] Čo si táto osoba želá pre budúcnosť svojich detí a ako sa to zlučuje s predstavami scény?
    }
factor-children-caring-cw-worries =
    { $gender ->
        [feminine] Aké obavy o svoje deti v sebe nosí – napríklad o kontakt s nimi, o zverenie do starostlivosti alebo o to, čo deti videli a počuli?
        [masculine] Aké obavy o svoje deti v sebe nosí – napríklad o kontakt s nimi, o zverenie do starostlivosti alebo o to, čo deti videli a počuli?
       *[neutral] Aké obavy o svoje deti táto osoba nosí v sebe – napríklad o kontakt s nimi, o zverenie do starostlivosti alebo o to, čo deti videli a počuli?
    }
factor-children-caring-ask-proud =
    { $address ->
        [informal] Pri čom cítiš hrdosť, keď si so svojimi deťmi alebo s ľuďmi, o ktorých sa staráš?
       *[formal] Čo Vás v úlohe rodiča alebo človeka, ktorý sa stará o druhých, napĺňa hrdosťou?
    }
factor-children-caring-ask-wish =
    { $address ->
        [informal] Čo chceš pre svoje deti, keď vyrastú?
       *[formal] Čo by ste svojim deťom priali, keď budú dospelé?
    }
factor-children-caring-ask-hardest =
    { $address ->
        [informal] Čo je pre teba na starostlivosti o druhých teraz najťažšie?
       *[formal] Čo je pre Vás na starostlivosti o druhých momentálne najťažšie?
    }

## Faktor: Priateľstvá mimo scény

factor-friendships = Priateľstvá mimo scény
factor-friendships-description =
    Priatelia, ktorí nepatria k scéne – z minulosti, zo súčasnosti alebo tí, ktorých ešte treba nájsť. Takéto priateľstvá sú často nevyužitým zdrojom, a osamelosť patrí k najsilnejším silám, ktoré ťahajú späť.

factor-friendships-cw-who-remains =
    { $gender ->
        [feminine] Ktoré priateľstvá mimo scény si udržala alebo by ich mohla obnoviť?
        [masculine] Ktoré priateľstvá mimo scény si udržal alebo by ich mohol obnoviť?
       *[neutral] Ktoré priateľstvá mimo scény pretrvávajú alebo by sa dali obnoviť?
    }
factor-friendships-cw-new-contacts =
    { $gender ->
        [feminine] Kde by mohla spoznať nových ľudí s podobnými záujmami?
        [masculine] Kde by mohol spoznať nových ľudí s podobnými záujmami?
       *[neutral] Kde má táto osoba príležitosť spoznať nových ľudí s podobnými záujmami?
    }
factor-friendships-cw-loneliness =
    { $gender ->
        [feminine] Nakoľko je osamelá a kedy to cíti najviac?
        [masculine] Nakoľko je osamelý a kedy to cíti najviac?
       *[neutral] Nakoľko túto osobu trápi osamelosť a kedy ju cíti najviac?
    }
factor-friendships-ask-who-remains =
    { $address ->
        [informal] Kto sú tvoji kamaráti mimo scény?
       *[formal] Koho mimo scény považujete za priateľa či priateľku?
    }
factor-friendships-ask-reconnect =
    { $address ->
        [informal] Je niekto z minulosti, s kým máš chuť znova nadviazať kontakt?
       *[formal] Je niekto z minulosti, s kým by ste chceli znova nadviazať kontakt?
    }
factor-friendships-ask-lonely =
    { $address ->
        [informal] Kedy sa cítiš osamelo a čo ti vtedy pomáha?
       *[formal] Kedy sa cítite osamelo a čo Vám vtedy pomáha?
    }

## Faktor: Väzby na scénu a cena odchodu

factor-scene-ties = Väzby na scénu a cena odchodu
factor-scene-ties-description =
    Čo osobu stále spája so skupinou a čo ju odchod stojí alebo čím ju ohrozuje. Patria sem záväzky, strach z odvety, to, čo skupina dávala a čo treba nahradiť, aj sklamania, ktoré odstup od scény odštartovali.

factor-scene-ties-cw-steps-taken =
    { $gender ->
        [feminine] Aké kroky k odstupu od scény už urobila a čo ich umožnilo?
        [masculine] Aké kroky k odstupu od scény už urobil a čo ich umožnilo?
       *[neutral] Aké kroky k odstupu od scény už má táto osoba za sebou a čo ich umožnilo?
    }
factor-scene-ties-cw-what-it-gave =
    { $gender ->
        [feminine] Čo jej skupina dávala – napríklad spolupatričnosť, ochranu, postavenie alebo vzrušenie – a čo teraz treba nájsť inde?
        [masculine] Čo mu skupina dávala – napríklad spolupatričnosť, ochranu, postavenie alebo vzrušenie – a čo teraz treba nájsť inde?
       *[neutral] Čo skupina tejto osobe dávala – napríklad spolupatričnosť, ochranu, postavenie alebo vzrušenie – a čo teraz treba nájsť inde?
    }
factor-scene-ties-cw-disillusionment =
    { $gender ->
        [feminine] Čo ju sklamalo na skupine, na ľuďoch vo vedení alebo na členoch?
        [masculine] Čo ho sklamalo na skupine, na ľuďoch vo vedení alebo na členoch?
       *[neutral] Čo túto osobu sklamalo na skupine, na ľuďoch vo vedení alebo na členoch?
    }
factor-scene-ties-cw-barriers =
    { $gender ->
        [feminine] Čo ju ešte viaže k scéne – napríklad dlhy, záväzky, spoločné bývanie alebo strach z odvety – a nakoľko je v bezpečí?
        [masculine] Čo ho ešte viaže k scéne – napríklad dlhy, záväzky, spoločné bývanie alebo strach z odvety – a nakoľko je v bezpečí?
       *[neutral] Čo túto osobu ešte viaže k scéne – napríklad dlhy, záväzky, spoločné bývanie alebo strach z odvety – a nakoľko je v bezpečí?
    }
factor-scene-ties-ask-steps =
    { $address ->
        [informal] Čo sa už zmenilo v tom, ako to máš so skupinou?
       *[formal] Čo ste už zmenili vo svojom kontakte so skupinou?
    }
factor-scene-ties-ask-what-it-gave =
    { $address ->
        [informal] Čo ti skupina dávala, čo by ti chýbalo?
       *[formal] Čo Vám skupina dávala, čo by Vám chýbalo?
    }
factor-scene-ties-ask-disappointed =
    { $address ->
        [informal] Čím ťa skupina sklamala?
       *[formal] Bolo niečo na skupine, čo Vás sklamalo?
    }
factor-scene-ties-ask-worries =
    { $address ->
        [informal] Čoho sa obávaš, keď si predstavíš, že sa od skupiny vzdiališ ešte viac?
       *[formal] Máte nejaké obavy z toho, že by ste sa od skupiny vzdialili ešte viac?
    }

## Faktor: Komunita, viera a občiansky život

factor-community-faith = Komunita, viera a občiansky život
factor-community-faith-description =
    Kluby, spolky, susedstvo, náboženské a kultúrne komunity, dobrovoľníctvo. Tieto miesta môžu ponúknuť spolupatričnosť a zmysel; osoba sa tam však môže stretnúť s prijatím aj s odmietnutím.

factor-community-faith-cw-places =
    { $gender ->
        [feminine] Ku ktorým komunitám, klubom alebo náboženským skupinám patrí alebo ktoré ju priťahujú?
        [masculine] Ku ktorým komunitám, klubom alebo náboženským skupinám patrí alebo ktoré ho priťahujú?
       *[neutral] Ku ktorým komunitám, klubom alebo náboženským skupinám táto osoba patrí alebo o ktoré prejavuje záujem?
    }
factor-community-faith-cw-welcome =
    { $gender ->
        [feminine] Kde ju prijali s otvorenou náručou a kto z tamojších ľudí by pre ňu mohol byť dobrým kontaktom?
        [masculine] Kde ho prijali s otvorenou náručou a kto z tamojších ľudí by preňho mohol byť dobrým kontaktom?
       *[neutral] Kde túto osobu prijali s otvorenou náručou a kto z tamojších ľudí by mohol byť dobrým kontaktom?
    }
factor-community-faith-cw-rejection =
    { $gender ->
        [feminine] Kde sa stretla s odmietnutím alebo nedôverou a ako sa s tým vyrovnala?
        [masculine] Kde sa stretol s odmietnutím alebo nedôverou a ako sa s tým vyrovnal?
       *[neutral] Kde táto osoba naráža na odmietnutie alebo nedôveru a ako sa s tým vyrovnáva?
    }
factor-community-faith-ask-belong =
    { $address ->
        [informal] Kam okrem rodiny cítiš, že patríš?
       *[formal] Kde okrem svojej rodiny máte pocit, že patríte?
    }
factor-community-faith-ask-faith =
    { $address ->
        [informal] Je pre teba dôležitá viera alebo niečo duchovné? Čo ti to dáva?
       *[formal] Zohráva vo Vašom živote úlohu viera alebo duchovná prax? Ak áno, čo Vám dáva?
    }
factor-community-faith-ask-more-involved =
    { $address ->
        [informal] Kde by ťa bavilo viac sa zapojiť a čo by ti to uľahčilo?
       *[formal] Kde by ste sa chceli viac zapojiť a čo by Vám to uľahčilo?
    }

## Oblasť: Identita a sebaobraz

area-identity = Identita a sebaobraz
area-identity-description =
    Ako sa osoba vníma, aké úlohy preberá a kde cíti rešpekt a možnosť utvárať vlastný život.

## Faktor: Sebaobraz mimo scény

factor-self-image = Sebaobraz mimo scény
factor-self-image-description =
    Kým je osoba mimo scény: jej vlastnosti, úlohy, záujmy a príbeh. Mnohostranný obraz o sebe uľahčuje opustiť identitu, ktorú dávala skupina.

factor-self-image-cw-valued-sides =
    { $gender ->
        [feminine] Ktoré svoje vlastnosti a úlohy si cení, hoci nemajú nič spoločné so scénou?
        [masculine] Ktoré svoje vlastnosti a úlohy si cení, hoci nemajú nič spoločné so scénou?
       *[neutral] Ktoré svoje vlastnosti a úlohy si táto osoba cení, hoci nemajú nič spoločné so scénou?
    }
factor-self-image-cw-other-sides =
    { $gender ->
        [feminine] Ktoré jej stránky – z čias pred scénou alebo mimo nej – by sa mohli opäť dostať do popredia?
        [masculine] Ktoré jeho stránky – z čias pred scénou alebo mimo nej – by sa mohli opäť dostať do popredia?
       *[neutral] Ktoré stránky tejto osoby – z čias pred scénou alebo mimo nej – by sa mohli opäť dostať do popredia?
    }
factor-self-image-cw-group-identity =
    { $gender ->
        [feminine] Nakoľko je jej obraz o sebe stále spätý so skupinou – so symbolmi, štýlom alebo jazykom skupiny?
        [masculine] Nakoľko je jeho obraz o sebe stále spätý so skupinou – so symbolmi, štýlom alebo jazykom skupiny?
       *[neutral] Nakoľko je obraz tejto osoby o sebe stále spätý so skupinou – so symbolmi, štýlom alebo jazykom skupiny?
    }
factor-self-image-ask-describe =
    { $address ->
        [informal] Čo o sebe povieš niekomu, kto ťa ešte nepozná?
       *[formal] Ako by ste sa opísali niekomu, kto Vás ešte nepozná?
    }
factor-self-image-ask-like =
    { $address ->
        [informal] Čo sa ti na sebe páči?
       *[formal] Čo si na sebe ceníte?
    }
factor-self-image-ask-changed =
    { $address ->
        [informal] Čo sa na tebe za posledné roky zmenilo?
       *[formal] Ako ste sa za posledné roky zmenili?
    }

## Faktor: Rodové úlohy a očakávania

factor-gender-roles = Rodové úlohy a očakávania
factor-gender-roles-description =
    Predstavy o tom, aký by mal byť muž alebo žena, čo by mali robiť či znášať. Scény často stavajú na takýchto obrazoch – bojovník, živiteľ, obetavá matka – a tie môžu súvisieť s násilím aj s pocitom vlastnej hodnoty.

factor-gender-roles-cw-beyond-roles =
    { $gender ->
        [feminine] Kde už koná spôsobom, ktorý presahuje pevne danú úlohu?
        [masculine] Kde už koná spôsobom, ktorý presahuje pevne danú úlohu?
       *[neutral] Kde už táto osoba koná spôsobom, ktorý presahuje pevne danú úlohu?
    }
factor-gender-roles-cw-own-ideas =
    { $gender ->
        [feminine] Čo pre ňu znamená byť ženou a odkiaľ sa tieto predstavy berú?
        [masculine] Čo preňho znamená byť mužom a odkiaľ sa tieto predstavy berú?
       *[neutral] Čo pre túto osobu znamená rod a odkiaľ sa berú predstavy, ktoré o ňom má?
    }
factor-gender-roles-cw-pressure =
    { $gender ->
        [feminine] Kde cíti tlak naplniť nejaký obraz, napríklad chrániť, zabezpečiť rodinu, byť tvrdá alebo poslušná?
        [masculine] Kde cíti tlak naplniť nejaký obraz, napríklad chrániť, zabezpečiť rodinu, byť tvrdý alebo poslušný?
       *[neutral] Kde táto osoba cíti tlak naplniť nejaký obraz, napríklad chrániť, zabezpečiť rodinu, pôsobiť tvrdo alebo poslúchať?
    }
factor-gender-roles-cw-link-violence =
    { $gender ->
        [feminine] Ako sú jej predstavy o rode prepojené s ideológiou, s kontrolou nad druhými alebo s násilím?
        [masculine] Ako sú jeho predstavy o rode prepojené s ideológiou, s kontrolou nad druhými alebo s násilím?
       *[neutral] Ako sú predstavy tejto osoby o rode prepojené s ideológiou, s kontrolou nad druhými alebo s násilím?
    }
factor-gender-roles-ask-role-models =
    { $address ->
        [informal] Kto je pre teba dobrým vzorom toho, kým chceš byť?
       *[formal] Koho by ste považovali za dobrý vzor človeka, akým by ste chceli byť?
    }
factor-gender-roles-ask-expectations =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Čo od teba ľudia okolo teba očakávajú ako od ženy?
                [masculine] Čo od teba ľudia okolo teba očakávajú ako od muža?
               *[neutral] Čo od teba ľudia okolo teba očakávajú kvôli tvojmu rodu?
            }
       *[formal]
            { $gender ->
                [feminine] Čo od Vás ľudia vo Vašom okolí očakávajú ako od ženy?
                [masculine] Čo od Vás ľudia vo Vašom okolí očakávajú ako od muža?
               *[neutral] Čo od Vás ľudia vo Vašom okolí očakávajú kvôli Vášmu rodu?
            }
    }
factor-gender-roles-ask-let-go =
    { $address ->
        [informal] Sú nejaké očakávania spojené s tvojou rolou, ktoré chceš hodiť za hlavu?
       *[formal] Sú nejaké očakávania spojené s Vašou rolou, ktoré by ste chceli nechať za sebou?
    }

## Faktor: Uznanie a diskriminácia

factor-recognition = Uznanie a diskriminácia
factor-recognition-description =
    Kde sa osoba cíti videná a rešpektovaná a kde zažila vylúčenie, rasizmus alebo poníženie. Scény často priťahujú ľudí cez skutočné krivdy, preto si tieto skúsenosti zaslúžia, aby sme ich brali vážne.

factor-recognition-cw-respected =
    { $gender ->
        [feminine] Kde a u koho sa cíti rešpektovaná a braná vážne?
        [masculine] Kde a u koho sa cíti rešpektovaný a braný vážne?
       *[neutral] Kde a u koho táto osoba zažíva rešpekt a vážnosť?
    }
factor-recognition-cw-experiences =
    { $gender ->
        [feminine] Aké skúsenosti s vylúčením, diskrimináciou alebo ponížením má za sebou?
        [masculine] Aké skúsenosti s vylúčením, diskrimináciou alebo ponížením má za sebou?
       *[neutral] Aké skúsenosti s vylúčením, diskrimináciou alebo ponížením má táto osoba za sebou?
    }
factor-recognition-cw-grievances =
    { $gender ->
        [feminine] Ktoré jej krivdy si scéna vzala za svoje a ako ich možno uznať bez toho, aby sa prijali odpovede scény?
        [masculine] Ktoré jeho krivdy si scéna vzala za svoje a ako ich možno uznať bez toho, aby sa prijali odpovede scény?
       *[neutral] Ktoré krivdy tejto osoby si scéna vzala za svoje a ako ich možno uznať bez toho, aby sa prijali odpovede scény?
    }
factor-recognition-ask-respected =
    { $address ->
        [informal] Kde ťa ľudia rešpektujú a berú vážne?
       *[formal] Kde cítite, že Vás rešpektujú a berú vážne?
    }
factor-recognition-ask-unfair =
    { $address ->
        [informal] Správali sa k tebe ľudia nespravodlivo pre to, kto si alebo odkiaľ pochádzaš?
       *[formal] Zažili ste nespravodlivé zaobchádzanie pre to, kto ste alebo odkiaľ pochádzate?
    }
factor-recognition-ask-what-it-takes =
    { $address ->
        [informal] Čo by ti pomohlo zažívať viac rešpektu?
       *[formal] Čo by Vám pomohlo, aby ste zažívali viac rešpektu?
    }

## Faktor: Vplyv na vlastný život a sebaúčinnosť

factor-agency = Vplyv na vlastný život a sebaúčinnosť
factor-agency-description =
    Pocit, že osoba dokáže utvárať vlastný život a niečo dosiahnuť. Odstup od scény je ľahší, keď ľudia vidia, že ich vlastné kroky niečo menia.

factor-agency-cw-successes =
    { $gender ->
        [feminine] Čo sa jej v poslednom čase podarilo vlastným úsilím?
        [masculine] Čo sa mu v poslednom čase podarilo vlastným úsilím?
       *[neutral] Čo sa tejto osobe v poslednom čase podarilo vlastným úsilím?
    }
factor-agency-cw-decisions =
    { $gender ->
        [feminine] O čom vo svojom živote rozhoduje sama a kde má pocit, že za ňu rozhodujú iní?
        [masculine] O čom vo svojom živote rozhoduje sám a kde má pocit, že zaňho rozhodujú iní?
       *[neutral] O čom vo svojom živote táto osoba rozhoduje samostatne a kde má pocit, že rozhodujú iní?
    }
factor-agency-cw-powerless =
    { $gender ->
        [feminine] V ktorých situáciách sa cíti bezmocná a čo vtedy robí?
        [masculine] V ktorých situáciách sa cíti bezmocný a čo vtedy robí?
       *[neutral] V ktorých situáciách táto osoba zažíva bezmoc a čo vtedy robí?
    }
factor-agency-ask-managed =
    { $address ->
        [informal] Čo sa ti v poslednom čase podarilo a teší ťa to?
       *[formal] Čo sa Vám v poslednom čase podarilo a máte z toho radosť?
    }
factor-agency-ask-in-your-hands =
    { $address ->
        [informal] Čo máš teraz vo svojom živote vo vlastných rukách?
       *[formal] Čo máte teraz vo svojom živote vo vlastných rukách?
    }
factor-agency-ask-stuck =
    { $address ->
        [informal] Kde máš pocit, že sa to nehýbe z miesta?
       *[formal] Je nejaká oblasť Vášho života, v ktorej máte momentálne pocit, že sa nič nehýbe?
    }
factor-agency-ask-next-step =
    { $address ->
        [informal] Aký malý krok zvládneš tento týždeň?
       *[formal] Aký malý krok by ste mohli urobiť tento týždeň?
    }

## Faktor: Zmysel a smerovanie

factor-meaning-purpose = Zmysel a smerovanie
factor-meaning-purpose-description =
    Čo dáva životu osoby zmysel a smer. Scéna mohla ponúkať poslanie; odstup od nej často znamená nájsť zmysel inde.

factor-meaning-purpose-cw-sources =
    { $gender ->
        [feminine] Čo dáva jej životu zmysel teraz, mimo scény?
        [masculine] Čo dáva jeho životu zmysel teraz, mimo scény?
       *[neutral] Čo dáva životu tejto osoby zmysel teraz, mimo scény?
    }
factor-meaning-purpose-cw-mission =
    { $gender ->
        [feminine] Aký pocit poslania jej skupina dávala a čo ho nahradilo?
        [masculine] Aký pocit poslania mu skupina dávala a čo ho nahradilo?
       *[neutral] Aký pocit poslania dávala skupina tejto osobe a čo ho nahradilo?
    }
factor-meaning-purpose-cw-emptiness =
    { $gender ->
        [feminine] Hovorí o prázdnote alebo nude, odkedy sa stiahla, a kedy sú najsilnejšie?
        [masculine] Hovorí o prázdnote alebo nude, odkedy sa stiahol, a kedy sú najsilnejšie?
       *[neutral] Hovorí táto osoba o prázdnote alebo nude od ústupu zo scény a kedy sú najsilnejšie?
    }
factor-meaning-purpose-ask-matters =
    { $address ->
        [informal] Na čom ti naozaj záleží?
       *[formal] Na čom Vám v živote záleží najviac?
    }
factor-meaning-purpose-ask-worthwhile =
    { $address ->
        [informal] Kedy naposledy malo to, čo robíš, naozaj zmysel?
       *[formal] Kedy ste naposledy mali pocit, že to, čo robíte, má zmysel?
    }
factor-meaning-purpose-ask-contribute =
    { $address ->
        [informal] Čo chceš dávať ľuďom okolo seba?
       *[formal] Čo by ste chceli dávať ľuďom okolo seba?
    }

## Oblasť: Pohoda a zvládanie

area-coping = Pohoda a zvládanie
area-coping-description =
    Ako sa osoba má duševne aj telesne a ako zvláda tlak, konflikty a bolestné skúsenosti.

## Faktor: Duševná a emocionálna pohoda

factor-wellbeing = Duševná a emocionálna pohoda
factor-wellbeing-description =
    Nálada, spánok, starosti a schopnosť tešiť sa z vecí. Odchod zo scény môže byť osamelé a stresujúce obdobie a na povrch môžu vyplávať aj staršie ťažkosti.

factor-wellbeing-cw-good-days =
    { $gender ->
        [feminine] Ako pre ňu vyzerá dobrý deň a čo ho robí dobrým?
        [masculine] Ako preňho vyzerá dobrý deň a čo ho robí dobrým?
       *[neutral] Ako vyzerá dobrý deň pre túto osobu a čo ho robí dobrým?
    }
factor-wellbeing-cw-support =
    { $gender ->
        [feminine] Aká podpora jej duševného zdravia už existuje alebo je na dosah?
        [masculine] Aká podpora jeho duševného zdravia už existuje alebo je na dosah?
       *[neutral] Aká podpora duševného zdravia už je pre túto osobu k dispozícii alebo na dosah?
    }
factor-wellbeing-cw-strain =
    { $gender ->
        [feminine] Sú u nej známky skleslosti, úzkosti, problémov so spánkom alebo vyčerpania?
        [masculine] Sú u neho známky skleslosti, úzkosti, problémov so spánkom alebo vyčerpania?
       *[neutral] Sú u tejto osoby známky skleslosti, úzkosti, problémov so spánkom alebo vyčerpania?
    }
factor-wellbeing-cw-safety =
    { $gender ->
        [feminine] Sú náznaky, že uvažuje o tom, že by si ublížila, a treba na to reagovať ešte dnes?
        [masculine] Sú náznaky, že uvažuje o tom, že by si ublížil, a treba na to reagovať ešte dnes?
       *[neutral] Sú náznaky, že táto osoba uvažuje o sebapoškodení, a treba na to reagovať ešte dnes?
    }
factor-wellbeing-ask-good-day =
    { $address ->
        [informal] Ako vyzerá tvoj dobrý deň?
       *[formal] Ako pre Vás vyzerá dobrý deň?
    }
factor-wellbeing-ask-feel-better =
    { $address ->
        [informal] Čo ti pomáha, keď ti je smutno?
       *[formal] Čo Vám pomáha cítiť sa lepšie, keď máte ťažšie obdobie?
    }
factor-wellbeing-ask-weighs =
    { $address ->
        [informal] Čo ťa teraz ťaží?
       *[formal] Ťaží Vás momentálne niečo?
    }

## Faktor: Telesné zdravie a návykové látky

factor-health-substances = Telesné zdravie a návykové látky
factor-health-substances-description =
    Telesné zdravie, spánok, pohyb a užívanie alkoholu, drog alebo liekov. V mnohých scénach patrí nadmerné pitie alebo drogy k životu skupiny, čo môže skomplikovať samotné užívanie aj snahu prestať.

factor-health-substances-cw-healthy-habits =
    { $gender ->
        [feminine] Aké zdravé návyky už má a ktoré by si chcela vybudovať?
        [masculine] Aké zdravé návyky už má a ktoré by si chcel vybudovať?
       *[neutral] Aké zdravé návyky už táto osoba má a ktoré chce ešte získať?
    }
factor-health-substances-cw-health =
    { $gender ->
        [feminine] Aké zdravotné problémy alebo neliečené zranenia ovplyvňujú jej každodenný život?
        [masculine] Aké zdravotné problémy alebo neliečené zranenia ovplyvňujú jeho každodenný život?
       *[neutral] Aké zdravotné problémy alebo neliečené zranenia ovplyvňujú každodenný život tejto osoby?
    }
factor-health-substances-cw-substances =
    { $gender ->
        [feminine] Akú úlohu hrajú v jej živote alkohol, drogy alebo lieky a ako to súvisí so skupinou?
        [masculine] Akú úlohu hrajú v jeho živote alkohol, drogy alebo lieky a ako to súvisí so skupinou?
       *[neutral] Akú úlohu hrajú v živote tejto osoby alkohol, drogy alebo lieky a ako to súvisí so skupinou?
    }
factor-health-substances-ask-look-after =
    { $address ->
        [informal] Ako sa o seba staráš?
       *[formal] Čo robíte pre svoje zdravie?
    }
factor-health-substances-ask-health =
    { $address ->
        [informal] Ako je to teraz s tvojím zdravím?
       *[formal] Ako by ste opísali svoj zdravotný stav v súčasnosti?
    }
factor-health-substances-ask-substances =
    { $address ->
        [informal] Akú úlohu má teraz v tvojom živote alkohol alebo iné látky?
       *[formal] Mohli by ste mi povedať, akú úlohu má momentálne vo Vašom živote alkohol alebo iné látky?
    }

## Faktor: Stres, hnev a konflikty

factor-stress-anger = Stres, hnev a konflikty
factor-stress-anger-description =
    Ako osoba zvláda tlak, provokácie a nezhody. Hnev sám osebe nie je problém; dôležité je, čo s ním človek urobí.

factor-stress-anger-cw-calming =
    { $gender ->
        [feminine] Čo jej pomáha upokojiť sa a aké spôsoby zvládania už úspešne použila?
        [masculine] Čo mu pomáha upokojiť sa a aké spôsoby zvládania už úspešne použil?
       *[neutral] Čo pomáha tejto osobe upokojiť sa a ktoré spôsoby zvládania sa už osvedčili?
    }
factor-stress-anger-cw-triggers =
    { $gender ->
        [feminine] Ktoré situácie ju zvyčajne privádzajú do napätia alebo hnevu?
        [masculine] Ktoré situácie ho zvyčajne privádzajú do napätia alebo hnevu?
       *[neutral] Ktoré situácie zvyčajne privádzajú túto osobu do napätia alebo hnevu?
    }
factor-stress-anger-cw-conflicts =
    { $gender ->
        [feminine] Ako zvyčajne rieši konflikty: rozhovorom, stiahnutím sa, alebo silou?
        [masculine] Ako zvyčajne rieši konflikty: rozhovorom, stiahnutím sa, alebo silou?
       *[neutral] Ako táto osoba zvyčajne rieši konflikty: rozhovorom, stiahnutím sa, alebo silou?
    }
factor-stress-anger-ask-calm-down =
    { $address ->
        [informal] Čo ti pomáha vychladnúť, keď si v strese?
       *[formal] Čo Vám pomáha upokojiť sa, keď ste pod tlakom?
    }
factor-stress-anger-ask-went-well =
    { $address ->
        [informal] Spomeň si na konflikt, ktorý sa ti podarilo dobre zvládnuť. Čo vtedy zafungovalo?
       *[formal] Spomeniete si na konflikt, ktorý ste zvládli dobre? Čo ste vtedy urobili?
    }
factor-stress-anger-ask-triggers =
    { $address ->
        [informal] Čo ťa fakt vytočí?
       *[formal] Aké situácie Vás zvyčajne nahnevajú?
    }

## Faktor: Násilie a ublíženie – zažité aj spôsobené
## Postupujte tempom osoby. Tieto otázky pozývajú, nikdy nevyžadujú podrobnosti.

factor-violence-harm = Násilie a ublíženie – zažité aj spôsobené
factor-violence-harm-description =
    Násilie alebo ublíženie, ktoré osoba zažila, videla alebo spôsobila, na scéne aj mimo nej. Postupujte jej tempom: bezpečie a dôvera sú na prvom mieste a podrobnosti sa nikdy nevyžadujú.

factor-violence-harm-cw-safe-to-talk =
    { $gender ->
        [feminine] Čo potrebuje, aby sa cítila dosť bezpečne na rozhovor o ťažkých skúsenostiach, a určuje tempo ona sama?
        [masculine] Čo potrebuje, aby sa cítil dosť bezpečne na rozhovor o ťažkých skúsenostiach, a určuje tempo on sám?
       *[neutral] Čo táto osoba potrebuje na to, aby bol rozhovor o ťažkých skúsenostiach dosť bezpečný, a je tempo v rukách tejto osoby?
    }
factor-violence-harm-cw-support =
    { $gender ->
        [feminine] Akú podporu – napríklad terapiu, služby pre obete alebo ľudí, ktorým dôveruje – má alebo by mohla získať?
        [masculine] Akú podporu – napríklad terapiu, služby pre obete alebo ľudí, ktorým dôveruje – má alebo by mohol získať?
       *[neutral] Akú podporu – napríklad terapiu, služby pre obete alebo ľudí, ktorým dôveruje – má táto osoba k dispozícii alebo na dosah?
    }
factor-violence-harm-cw-experienced =
    { $gender ->
        [feminine] Aké násilie alebo ublíženie zažila alebo videla – v rozsahu, v akom sa o tom sama rozhodla hovoriť?
        [masculine] Aké násilie alebo ublíženie zažil alebo videl – v rozsahu, v akom sa o tom sám rozhodol hovoriť?
       *[neutral] Aké násilie alebo ublíženie má táto osoba za sebou ako obeť či svedok – v rozsahu, v akom o tom chce hovoriť?
    }
factor-violence-harm-cw-done =
    { $gender ->
        [feminine] Ako sa stavia k ublíženiu, ktoré spôsobila iným: popieraním, hanbou, prevzatím zodpovednosti, alebo túžbou to napraviť?
        [masculine] Ako sa stavia k ublíženiu, ktoré spôsobil iným: popieraním, hanbou, prevzatím zodpovednosti, alebo túžbou to napraviť?
       *[neutral] Ako sa táto osoba stavia k ublíženiu, ktoré má na svedomí voči iným: popieraním, hanbou, prevzatím zodpovednosti, alebo túžbou to napraviť?
    }
factor-violence-harm-ask-comfortable =
    { $address ->
        [informal] Budeme sa rozprávať len o tom, o čom chceš ty. Čo by ti pomohlo, aby ti tu bolo dobre?
       *[formal] Budeme hovoriť len o tom, o čom chcete hovoriť Vy. Čo by Vám pomohlo cítiť sa tu príjemne?
    }
factor-violence-harm-ask-memories =
    { $address ->
        [informal] Čo ti pomáha, keď sa vynoria zlé spomienky?
       *[formal] Čo Vám pomáha, keď sa vynárajú ťažké spomienky?
    }
factor-violence-harm-ask-weighs =
    { $address ->
        [informal] Ťaží ťa ešte niečo, čo sa stalo – tebe alebo kvôli tebe? Podrobnosti netreba.
       *[formal] Je niečo, čo sa stalo – Vám alebo kvôli Vám – a čo Vás stále ťaží? Nemusíte uvádzať žiadne podrobnosti.
    }

## Oblasť: Každodenný život a perspektívy

area-everyday-life = Každodenný život a perspektívy
area-everyday-life-description =
    Praktický základ pre život mimo scény: vzdelávanie, práca, domov, peniaze, voľný čas a kontakt so súdmi a úradmi.

## Faktor: Vzdelávanie a učenie sa

factor-education = Vzdelávanie a učenie sa
factor-education-description =
    Škola, odborná príprava, kurzy aj samoštúdium. Naučiť sa niečo nové posilňuje sebadôveru a prináša kontakt s ľuďmi mimo scény.

factor-education-cw-achievements =
    { $gender ->
        [feminine] Čo sa naučila alebo dosiahla – v škole, pri odbornej príprave alebo sama?
        [masculine] Čo sa naučil alebo dosiahol – v škole, pri odbornej príprave alebo sám?
       *[neutral] Aké vedomosti a úspechy má táto osoba – zo školy, z odbornej prípravy alebo zo samoštúdia?
    }
factor-education-cw-interests =
    { $gender ->
        [feminine] Čo by sa chcela naučiť a aké možnosti má otvorené?
        [masculine] Čo by sa chcel naučiť a aké možnosti má otvorené?
       *[neutral] Čo sa táto osoba chce naučiť a aké možnosti má otvorené?
    }
factor-education-cw-barriers =
    { $gender ->
        [feminine] Čo jej stojí v ceste, napríklad medzery vo vzdelaní, zlé skúsenosti alebo chýbajúce doklady o vzdelaní?
        [masculine] Čo mu stojí v ceste, napríklad medzery vo vzdelaní, zlé skúsenosti alebo chýbajúce doklady o vzdelaní?
       *[neutral] Čo tejto osobe stojí v ceste, napríklad medzery vo vzdelaní, zlé skúsenosti alebo chýbajúce doklady o vzdelaní?
    }
factor-education-ask-good-at =
    { $address ->
        [informal] Čo ti vždy išlo ľahko?
       *[formal] Aké veci sa Vám vždy učili ľahko?
    }
factor-education-ask-learn =
    { $address ->
        [informal] Je niečo, čo sa chceš naučiť alebo v čom chceš získať kvalifikáciu?
       *[formal] Je niečo, čo by ste sa chceli naučiť alebo v čom by ste chceli získať kvalifikáciu?
    }
factor-education-ask-school =
    { $address ->
        [informal] Aká bola pre teba škola?
       *[formal] Ako by ste opísali svoje školské roky?
    }

## Faktor: Práca a denný režim

factor-work-structure = Práca a denný režim
factor-work-structure-description =
    Zamestnanie, odborná príprava, dobrovoľníctvo a denný režim. Práca prináša príjem, štruktúru a nových kolegov – to všetko patrí k najsilnejším silám, ktoré ťahajú preč zo scény.

factor-work-structure-cw-skills =
    { $gender ->
        [feminine] Aké zručnosti a pracovné skúsenosti so sebou prináša?
        [masculine] Aké zručnosti a pracovné skúsenosti so sebou prináša?
       *[neutral] Aké zručnosti a pracovné skúsenosti táto osoba so sebou prináša?
    }
factor-work-structure-cw-routine =
    { $gender ->
        [feminine] Čo dáva jej dňom štruktúru a nakoľko je stabilná?
        [masculine] Čo dáva jeho dňom štruktúru a nakoľko je stabilná?
       *[neutral] Čo dáva dňom tejto osoby štruktúru a nakoľko je stabilná?
    }
factor-work-structure-cw-obstacles =
    { $gender ->
        [feminine] Čo jej sťažuje nájsť si alebo udržať prácu, napríklad záznam v registri trestov, medzery v životopise alebo viditeľné znaky jej minulosti?
        [masculine] Čo mu sťažuje nájsť si alebo udržať prácu, napríklad záznam v registri trestov, medzery v životopise alebo viditeľné znaky jeho minulosti?
       *[neutral] Čo tejto osobe sťažuje nájsť si alebo udržať prácu, napríklad záznam v registri trestov, medzery v životopise alebo viditeľné znaky minulosti?
    }
factor-work-structure-ask-experience =
    { $address ->
        [informal] Aké práce už máš za sebou a čo sa ti na nich páčilo?
       *[formal] Akú prácu ste doteraz robili a čo Vás na nej bavilo?
    }
factor-work-structure-ask-weekday =
    { $address ->
        [informal] Opíš mi, ako vyzerá tvoj bežný všedný deň.
       *[formal] Mohli by ste mi opísať, ako vyzerá Váš bežný všedný deň?
    }
factor-work-structure-ask-wish =
    { $address ->
        [informal] Akú prácu chceš robiť o rok?
       *[formal] Akú prácu by ste chceli robiť o rok?
    }

## Faktor: Bývanie a peniaze

factor-housing-money = Bývanie a peniaze
factor-housing-money-description =
    Bezpečné miesto na život a dosť peňazí na živobytie. Keď bývanie, pôžičky alebo práca pochádzajú zo scény, táto materiálna závislosť môže byť skutočnou prekážkou odchodu.

factor-housing-money-cw-stable =
    { $gender ->
        [feminine] Čo je v jej bývaní a finančnej situácii stabilné a isté?
        [masculine] Čo je v jeho bývaní a finančnej situácii stabilné a isté?
       *[neutral] Čo je v bývaní a finančnej situácii tejto osoby stabilné a isté?
    }
factor-housing-money-cw-dependency =
    { $gender ->
        [feminine] Je pri bývaní, peniazoch, práci alebo doprave odkázaná na ľudí zo scény?
        [masculine] Je pri bývaní, peniazoch, práci alebo doprave odkázaný na ľudí zo scény?
       *[neutral] Závisí táto osoba pri bývaní, peniazoch, práci alebo doprave od ľudí zo scény?
    }
factor-housing-money-cw-pressure =
    { $gender ->
        [feminine] Aké dlhy, nezaplatené účty alebo riziká spojené s bývaním na ňu vyvíjajú tlak?
        [masculine] Aké dlhy, nezaplatené účty alebo riziká spojené s bývaním naňho vyvíjajú tlak?
       *[neutral] Aké dlhy, nezaplatené účty alebo riziká spojené s bývaním vyvíjajú tlak na túto osobu?
    }
factor-housing-money-ask-home =
    { $address ->
        [informal] Ako sa cítiš tam, kde teraz bývaš?
       *[formal] Ako sa cítite tam, kde momentálne bývate?
    }
factor-housing-money-ask-getting-by =
    { $address ->
        [informal] Ako vychádzaš s peniazmi?
       *[formal] Ako to momentálne zvládate s peniazmi?
    }
factor-housing-money-ask-help =
    { $address ->
        [informal] Je niečo s bývaním alebo peniazmi, s čím by sa ti hodila pomoc?
       *[formal] Je niečo v súvislosti s bývaním alebo peniazmi, s čím by Vám pomoc prišla vhod?
    }

## Faktor: Voľný čas, šport a vzrušenie

factor-leisure-excitement = Voľný čas, šport a vzrušenie
factor-leisure-excitement-description =
    Voľný čas, koníčky, šport a hľadanie vzrušenia. Scény často ponúkajú akciu a adrenalín; iné zdroje vzrušenia a zábavy pomáhajú túto medzeru zaplniť.

factor-leisure-excitement-cw-interests =
    { $gender ->
        [feminine] Aké koníčky, športy alebo záujmy má teraz alebo mala predtým?
        [masculine] Aké koníčky, športy alebo záujmy má teraz alebo mal predtým?
       *[neutral] Aké koníčky, športy alebo záujmy patria k životu tejto osoby teraz alebo k nemu patrili predtým?
    }
factor-leisure-excitement-cw-thrill =
    { $gender ->
        [feminine] Aké vzrušenie jej dávala scéna a kde by ho mohla nájsť bez toho, aby niekomu ublížila?
        [masculine] Aké vzrušenie mu dávala scéna a kde by ho mohol nájsť bez toho, aby niekomu ublížil?
       *[neutral] Aké vzrušenie dávala scéna tejto osobe a kde sa dá nájsť bez toho, aby niekto prišiel k ujme?
    }
factor-leisure-excitement-cw-empty-time =
    { $gender ->
        [feminine] Kedy je pre ňu voľný čas ťažký, napríklad večer, cez víkend alebo v dni, keď sa skupina stretávala?
        [masculine] Kedy je preňho voľný čas ťažký, napríklad večer, cez víkend alebo v dni, keď sa skupina stretávala?
       *[neutral] Kedy je pre túto osobu voľný čas ťažký, napríklad večer, cez víkend alebo v dni, keď sa skupina stretávala?
    }
factor-leisure-excitement-ask-fun =
    { $address ->
        [informal] Čo robíš pre zábavu?
       *[formal] Čo Vás baví robiť vo voľnom čase?
    }
factor-leisure-excitement-ask-buzz =
    { $address ->
        [informal] Čo ti v poslednom čase dodáva adrenalín?
       *[formal] Kde v súčasnosti nachádzate vzrušenie alebo pocit dobrodružstva?
    }
factor-leisure-excitement-ask-restless =
    { $address ->
        [informal] Kedy sa nudíš alebo nevieš obsedieť?
       *[formal] Ktoré časti týždňa je pre Vás najťažšie niečím zaplniť?
    }

## Faktor: Právna situácia a inštitúcie

factor-legal-institutions = Právna situácia a inštitúcie
factor-legal-institutions-description =
    Súdne konania, probácia, väzenie a prepustenie, ako aj kontakt s políciou, úradom práce alebo sociálnymi službami. Patrí sem aj meno či fotografie osoby na internete, ktoré ju môžu sprevádzať ešte dlho po odchode.

factor-legal-institutions-cw-support-network =
    { $gender ->
        [feminine] Ktorí odborníci a služby ju podporujú a ako dobre to funguje?
        [masculine] Ktorí odborníci a služby ho podporujú a ako dobre to funguje?
       *[neutral] Ktorí odborníci a služby podporujú túto osobu a ako dobre to funguje?
    }
factor-legal-institutions-cw-proceedings =
    { $gender ->
        [feminine] Ktoré konania, podmienky alebo lehoty sa jej práve týkajú, napríklad na súde, v probácii, pri prepustení alebo pri povolení na pobyt?
        [masculine] Ktoré konania, podmienky alebo lehoty sa ho práve týkajú, napríklad na súde, v probácii, pri prepustení alebo pri povolení na pobyt?
       *[neutral] Ktoré konania, podmienky alebo lehoty sa práve týkajú tejto osoby, napríklad na súde, v probácii, pri prepustení alebo pri povolení na pobyt?
    }
factor-legal-institutions-cw-exposure =
    { $gender ->
        [feminine] Je verejne vystavená na internete alebo v médiách a aké dôsledky to pre ňu má?
        [masculine] Je verejne vystavený na internete alebo v médiách a aké dôsledky to preňho má?
       *[neutral] Objavuje sa táto osoba verejne na internete alebo v médiách a aké dôsledky to prináša?
    }
factor-legal-institutions-cw-trust =
    { $gender ->
        [feminine] Ako prežíva kontakt s inštitúciami: s dôverou, so strachom, alebo s nepriateľstvom?
        [masculine] Ako prežíva kontakt s inštitúciami: s dôverou, so strachom, alebo s nepriateľstvom?
       *[neutral] Ako táto osoba prežíva kontakt s inštitúciami: s dôverou, so strachom, alebo s nepriateľstvom?
    }
factor-legal-institutions-ask-helpful =
    { $address ->
        [informal] Kto z úradov alebo služieb ti naozaj pomohol?
       *[formal] Ktorí odborníci alebo úrady Vám pomohli?
    }
factor-legal-institutions-ask-coming-up =
    { $address ->
        [informal] Čakajú ťa nejaké pojednávania, termíny alebo podmienky, ktoré ti ležia v hlave?
       *[formal] Čakajú Vás nejaké termíny, pojednávania alebo podmienky, ktoré Vás znepokojujú?
    }
factor-legal-institutions-ask-online =
    { $address ->
        [informal] Je o tebe na internete niečo, čo ťa znepokojuje?
       *[formal] Je o Vás na internete niečo, čo Vás znepokojuje?
    }

## Oblasť: Svetonázor a orientácia

area-worldview = Svetonázor a orientácia
area-worldview-description =
    Presvedčenia a pochybnosti osoby, odkiaľ čerpá informácie, ako uvažuje o násilí a v čo dúfa.

## Faktor: Svetonázor a pochybnosti

factor-worldview-doubts = Svetonázor a pochybnosti
factor-worldview-doubts-description =
    Dnešné politické alebo náboženské názory osoby a pochybnosti a rozpory, ktoré si všíma. Pochybnosti často vyrastajú skôr zo skúseností než z argumentov.

factor-worldview-doubts-cw-bridging-values =
    { $gender ->
        [feminine] Ktoré z jej hodnôt – napríklad férovosť, vernosť alebo spravodlivosť – by sa mohli stať mostom k otvorenejšiemu pohľadu?
        [masculine] Ktoré z jeho hodnôt – napríklad férovosť, vernosť alebo spravodlivosť – by sa mohli stať mostom k otvorenejšiemu pohľadu?
       *[neutral] Ktoré z hodnôt tejto osoby – napríklad férovosť, vernosť alebo spravodlivosť – by sa mohli stať mostom k otvorenejšiemu pohľadu?
    }
factor-worldview-doubts-cw-doubts =
    { $gender ->
        [feminine] Aké pochybnosti alebo rozpory si všimla v ideológii alebo v skupine?
        [masculine] Aké pochybnosti alebo rozpory si všimol v ideológii alebo v skupine?
       *[neutral] Aké pochybnosti alebo rozpory vníma táto osoba v ideológii alebo v skupine?
    }
factor-worldview-doubts-cw-still-holds =
    { $gender ->
        [feminine] Ktoré myšlienky scény ešte zastáva a ako pevne?
        [masculine] Ktoré myšlienky scény ešte zastáva a ako pevne?
       *[neutral] Ktoré myšlienky scény táto osoba ešte zastáva a ako pevne?
    }
factor-worldview-doubts-ask-values =
    { $address ->
        [informal] Čo je pre teba dôležité v tom, ako sa ľudia k sebe správajú?
       *[formal] Ktoré hodnoty sú pre Vás dôležité v tom, ako sa ľudia k sebe správajú?
    }
factor-worldview-doubts-ask-changed =
    { $address ->
        [informal] Zmenil sa v poslednom čase tvoj pohľad na svet? Ako?
       *[formal] Zmenil sa Váš pohľad na svet za posledné roky? V čom?
    }
factor-worldview-doubts-ask-did-not-add-up =
    { $address ->
        [informal] Bola nejaká chvíľa, keď ti niečo, čo skupina hovorila, jednoducho nesedelo?
       *[formal] Bol nejaký moment, keď Vám niečo, čo skupina hovorila, prestalo dávať zmysel?
    }

## Faktor: Médiá a online priestor

factor-media-online = Médiá a online priestor
factor-media-online-description =
    Kanály, fóra, hry, videá a chaty, ktoré osoba používa. Online priestor môže udržiavať staré väzby a názory, no môže otvoriť cestu aj k novým ľuďom a pohľadom.

factor-media-online-cw-positive =
    { $gender ->
        [feminine] Ktoré médiá, kanály alebo online komunity jej prinášajú nové pohľady alebo dobré kontakty?
        [masculine] Ktoré médiá, kanály alebo online komunity mu prinášajú nové pohľady alebo dobré kontakty?
       *[neutral] Ktoré médiá, kanály alebo online komunity prinášajú tejto osobe nové pohľady alebo dobré kontakty?
    }
factor-media-online-cw-scene-channels =
    { $gender ->
        [feminine] V ktorých kanáloch, skupinách či kontaktoch scény ešte je a nakoľko je tam aktívna?
        [masculine] V ktorých kanáloch, skupinách či kontaktoch scény ešte je a nakoľko je tam aktívny?
       *[neutral] V ktorých kanáloch, skupinách či kontaktoch scény táto osoba ešte zostáva a ako často sa tam prejavuje?
    }
factor-media-online-cw-habits =
    { $gender ->
        [feminine] Koľko času trávi online a ako to ovplyvňuje jej náladu a názory?
        [masculine] Koľko času trávi online a ako to ovplyvňuje jeho náladu a názory?
       *[neutral] Koľko času trávi táto osoba online a aký vplyv to má na náladu a názory?
    }
factor-media-online-ask-into =
    { $address ->
        [informal] Čo ťa baví na internete?
       *[formal] Čo Vás baví sledovať, čítať alebo hrať online?
    }
factor-media-online-ask-after-online =
    { $address ->
        [informal] Ako sa cítiš, keď chvíľu scrolluješ?
       *[formal] Ako sa zvyčajne cítite, keď strávite čas online?
    }
factor-media-online-ask-old-groups =
    { $address ->
        [informal] Si ešte v nejakých chatoch alebo skupinách z tých čias? Aké to pre teba je?
       *[formal] Ste ešte v nejakých chatoch alebo skupinách z minulosti? Aké je to pre Vás?
    }

## Faktor: Postoj k násiliu a spôsoby konania

factor-violence-attitude = Postoj k násiliu a spôsoby konania
factor-violence-attitude-description =
    Ako osoba uvažuje o násilí ako o prostriedku a aké iné spôsoby pozná, ako sa zasadiť za to, na čom jej záleží. Obavy môžu byť skutočné a oprávnené; otázkou je, ako s nimi naložiť tak, aby nikto neprišiel k ujme.

factor-violence-attitude-cw-non-violent =
    { $gender ->
        [feminine] Aké nenásilné spôsoby, ako naložiť s tým, čo ju trápi, pozná alebo už používa – napríklad rozhovor, voľby, organizovanie alebo pomoc druhým?
        [masculine] Aké nenásilné spôsoby, ako naložiť s tým, čo ho trápi, pozná alebo už používa – napríklad rozhovor, voľby, organizovanie alebo pomoc druhým?
       *[neutral] Aké nenásilné spôsoby, ako naložiť s vlastnými obavami, táto osoba pozná alebo už používa – napríklad rozhovor, voľby, organizovanie alebo pomoc druhým?
    }
factor-violence-attitude-cw-change =
    { $gender ->
        [feminine] Ako sa jej pohľad na násilie časom zmenil a čo k tomu viedlo?
        [masculine] Ako sa jeho pohľad na násilie časom zmenil a čo k tomu viedlo?
       *[neutral] Ako sa pohľad tejto osoby na násilie časom zmenil a čo k tomu viedlo?
    }
factor-violence-attitude-cw-justify =
    { $gender ->
        [feminine] V ktorých situáciách ešte stále považuje násilie za oprávnené alebo nevyhnutné?
        [masculine] V ktorých situáciách ešte stále považuje násilie za oprávnené alebo nevyhnutné?
       *[neutral] V ktorých situáciách táto osoba ešte stále považuje násilie za oprávnené alebo nevyhnutné?
    }
factor-violence-attitude-ask-make-a-difference =
    { $address ->
        [informal] Keď ťa v spoločnosti niečo naozaj štve, čo s tým môžeš urobiť?
       *[formal] Ak Vás v spoločnosti niečo hnevá, čo by ste s tým mohli urobiť?
    }
factor-violence-attitude-ask-view-now =
    { $address ->
        [informal] Ako sa dnes pozeráš na násilie v porovnaní s tým, čo bolo pred pár rokmi?
       *[formal] Ako dnes vnímate násilie v porovnaní s obdobím spred niekoľkých rokov?
    }
factor-violence-attitude-ask-instead =
    { $address ->
        [informal] Keď sa situácia vyhrotí, čo môžeš urobiť namiesto toho, aby došlo na päste?
       *[formal] Keby sa situácia vyhrotila, čo by ste mohli urobiť namiesto použitia sily?
    }

## Faktor: Budúcnosť, ciele a nádej

factor-future-hope = Budúcnosť, ciele a nádej
factor-future-hope-description =
    V čo osoba dúfa a na čom pracuje. Nádej a konkrétne ciele patria k najspoľahlivejším oporám trvalej zmeny.

factor-future-hope-cw-goals =
    { $gender ->
        [feminine] Aké ciele si sama stanovuje – vlastnými slovami?
        [masculine] Aké ciele si sám stanovuje – vlastnými slovami?
       *[neutral] Aké ciele si táto osoba stanovuje – vlastnými slovami?
    }
factor-future-hope-cw-hope =
    { $gender ->
        [feminine] Nakoľko sa pozerá do budúcnosti s nádejou a čo túto nádej živí?
        [masculine] Nakoľko sa pozerá do budúcnosti s nádejou a čo túto nádej živí?
       *[neutral] Nakoľko sa táto osoba pozerá do budúcnosti s nádejou a čo túto nádej živí?
    }
factor-future-hope-cw-obstacles =
    { $gender ->
        [feminine] Čo stojí medzi ňou a jej cieľmi a aká podpora by pomohla pri ďalšom kroku?
        [masculine] Čo stojí medzi ním a jeho cieľmi a aká podpora by pomohla pri ďalšom kroku?
       *[neutral] Čo stojí v ceste k cieľom tejto osoby a aká podpora by pomohla pri ďalšom kroku?
    }
factor-future-hope-ask-one-year =
    { $address ->
        [informal] Kde chceš byť o rok?
       *[formal] Kde by ste chceli byť o rok?
    }
factor-future-hope-ask-hope =
    { $address ->
        [informal] Čo ti teraz dáva nádej?
       *[formal] Čo Vám momentálne dáva nádej?
    }
factor-future-hope-ask-first-step =
    { $address ->
        [informal] Aký by mohol byť prvý krok tam, kam sa chceš dostať?
       *[formal] Čo by mohlo byť prvým krokom tam, kam by ste sa chceli dostať?
    }
