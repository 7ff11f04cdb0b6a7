### CaseReflector factor catalogue: teksty polskie (Polish).
###
### Structure (areas, factors, question ids) is in catalogue.toml beside this file.
### "cw" questions are for the caseworker's own reflection and speak about the person in
### the third person: "ona" (feminine), "on" (masculine), and for the neutral default
### "ta osoba" / "osoba" (grammatically feminine, so "jej" then refers to "osoba").
### "ask" questions are put to the person directly. Each has an $address select:
### informal "ty" (lower case); formal "Pani" / "Pan" by $gender. The neutral default has
### no Pan/Pani (and no plural "Państwo") yet still speaks to the person: a polite
### "Proszę" + infinitive with "swój" / "siebie" ("Proszę pomyśleć o swojej rodzinie…",
### "Proszę opisać swój dobry dzień."), not survey-like nouns ("Jak wygląda stan zdrowia?").
### Polish past tense and adjectives show gender, so informal questions use the present
### tense or impersonal forms ("zdarzyło ci się") where a $gender select would be needed.
###
### Variables:
###   $gender   feminine, masculine, or neutral (the default; also used for "unspecified")
###   $address  formal (the default) or informal
###
### No labels such as "ekstremista" for the person: "osoba", "dystansowanie się",
### "grupa" or "środowisko".

# The deck's own name, shown where a deck is picked.
deck-title = CaseReflector – czynniki dystansowania się

## Area: Relationships and belonging

area-relationships = Relacje i przynależność
area-relationships-description =
    Ludzie i grupy w życiu osoby: co jej dają i czego oczekują w zamian. W procesie dystansowania się przynależność często znaczy więcej niż idee.

## Factor: Family of origin

factor-family-of-origin = Rodzina pochodzenia
factor-family-of-origin-description =
    Rodzice, rodzeństwo i inne osoby, z którymi osoba dorastała. Rodzina może być silnym wsparciem, źródłem dawnych konfliktów albo czymś, co ciągnie z powrotem do środowiska – często wszystkim naraz.

# Translators: $gender = how the person is referred to (she / he / they).
factor-family-of-origin-cw-support =
    { $gender ->
        [feminine] Kto w rodzinie stoi po jej stronie i jak to wsparcie wygląda w praktyce?
        [masculine] Kto w rodzinie stoi po jego stronie i jak to wsparcie wygląda w praktyce?
       *[neutral] Kto w rodzinie stoi po stronie tej osoby i jak to wsparcie wygląda w praktyce?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-family-of-origin-cw-contact =
    { $gender ->
        [feminine] Jak zwykle przebiega jej kontakt z rodziną i w jakim jest potem stanie?
        [masculine] Jak zwykle przebiega jego kontakt z rodziną i w jakim jest potem stanie?
       *[neutral] Jak zwykle przebiega kontakt tej osoby z rodziną i w jakim jest ona potem stanie?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-family-of-origin-cw-old-conflicts =
    { $gender ->
        [feminine] Jakie dawne konflikty lub zranienia w rodzinie wciąż na nią wpływają?
        [masculine] Jakie dawne konflikty lub zranienia w rodzinie wciąż na niego wpływają?
       *[neutral] Jakie dawne konflikty lub zranienia w rodzinie wciąż wpływają na tę osobę?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-family-of-origin-cw-pull-back =
    { $gender ->
        [feminine] Czy ktoś z jej rodziny podziela lub podsyca poglądy środowiska i jak wpływa to na jej dystansowanie się?
        [masculine] Czy ktoś z jego rodziny podziela lub podsyca poglądy środowiska i jak wpływa to na jego dystansowanie się?
       *[neutral] Czy ktoś z rodziny tej osoby podziela lub podsyca poglądy środowiska i jak wpływa to na jej dystansowanie się?
    }
# Translators: $address = formal or informal tone towards the person.
factor-family-of-origin-ask-who-is-there =
    { $address ->
        [informal] Na kogo w rodzinie możesz liczyć?
       *[formal]
            { $gender ->
                [feminine] Do kogo w rodzinie mogłaby się Pani zwrócić, gdyby potrzebowała Pani pomocy?
                [masculine] Do kogo w rodzinie mógłby się Pan zwrócić, gdyby potrzebował Pan pomocy?
               *[neutral] Proszę pomyśleć o swojej rodzinie. Do kogo można by się zwrócić w razie potrzeby?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-family-of-origin-ask-what-helps =
    { $address ->
        [informal] Co w tym, jak zachowuje się twoja rodzina, naprawdę ci pomaga?
       *[formal]
            { $gender ->
                [feminine] Co robi Pani rodzina, co jest dla Pani pomocne?
                [masculine] Co robi Pana rodzina, co jest dla Pana pomocne?
               *[neutral] Proszę pomyśleć o swojej rodzinie. Co w jej postawie okazuje się pomocne?
            }
    }
factor-family-of-origin-ask-weighs =
    { $address ->
        [informal] Czy coś w sprawach rodzinnych ciąży ci teraz?
       *[formal]
            { $gender ->
                [feminine] Czy w sprawach rodzinnych jest coś, co obecnie Pani ciąży?
                [masculine] Czy w sprawach rodzinnych jest coś, co obecnie Panu ciąży?
               *[neutral] Proszę powiedzieć, czy w sprawach rodzinnych jest coś, co teraz ciąży na sercu.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-family-of-origin-ask-wish =
    { $address ->
        [informal] Gdyby dało się zmienić jedną rzecz w twojej rodzinie, co by to było?
       *[formal]
            { $gender ->
                [feminine] Gdyby mogła Pani zmienić jedną rzecz w swojej rodzinie, co by to było?
                [masculine] Gdyby mógł Pan zmienić jedną rzecz w swojej rodzinie, co by to było?
               *[neutral] Gdyby można było zmienić jedną rzecz w swojej rodzinie, co by to było?
            }
    }

## Factor: Partner and intimate relationships

factor-partner = Partnerstwo i bliskie związki
factor-partner-description =
    Obecny lub dawny partner bądź partnerka i to, co wnosi związek. Osoba partnerska może wspierać zmianę albo mieć własne powiązania ze środowiskiem, a w związku może pojawiać się kontrola lub przemoc.

# Translators: $gender = how the person is referred to (she / he / they).
factor-partner-cw-support =
    { $gender ->
        [feminine] W jaki sposób jej partner lub partnerka wspiera zmiany, które ona wprowadza?
        [masculine] W jaki sposób jego partnerka lub partner wspiera zmiany, które on wprowadza?
       *[neutral] Jak partner lub partnerka wspiera zmiany wprowadzane przez tę osobę?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-partner-cw-partner-ties =
    { $gender ->
        [feminine] Jakie powiązania ze środowiskiem ma jej partner lub partnerka i jak wpływa to na jej własne dystansowanie się?
        [masculine] Jakie powiązania ze środowiskiem ma jego partnerka lub partner i jak wpływa to na jego własne dystansowanie się?
       *[neutral] Jakie powiązania ze środowiskiem ma partner lub partnerka i jak wpływa to na dystansowanie się tej osoby?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-partner-cw-respect-safety =
    { $gender ->
        [feminine] Czy w związku widać oznaki kontroli, strachu lub przemocy – z którejkolwiek strony – i czy ona jest bezpieczna?
        [masculine] Czy w związku widać oznaki kontroli, strachu lub przemocy – z którejkolwiek strony – i czy on jest bezpieczny?
       *[neutral] Czy w związku widać oznaki kontroli, strachu lub przemocy – z którejkolwiek strony – i czy ta osoba jest bezpieczna?
    }
# Translators: $address = formal or informal tone towards the person.
factor-partner-ask-good-together =
    { $address ->
        [informal] Co jest teraz dobrego między wami?
       *[formal]
            { $gender ->
                [feminine] Co jest obecnie dobre w Pani związku?
                [masculine] Co jest obecnie dobre w Pana związku?
               *[neutral] Proszę pomyśleć o swoim związku. Co jest w nim teraz dobre?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-partner-ask-reaction =
    { $address ->
        [informal] Jak twoja druga połówka przyjmuje zmiany, które wprowadzasz?
       *[formal]
            { $gender ->
                [feminine] Jak Pani partner lub partnerka reaguje na zmiany, które Pani wprowadza?
                [masculine] Jak Pana partnerka lub partner reaguje na zmiany, które Pan wprowadza?
               *[neutral] Proszę opowiedzieć, jak partner lub partnerka reaguje na wprowadzane teraz zmiany.
            }
    }
factor-partner-ask-safe =
    { $address ->
        [informal] Czy w swoim związku czujesz się bezpiecznie? Czy jest w nim dla ciebie szacunek?
       *[formal]
            { $gender ->
                [feminine] Czy czuje się Pani w swoim związku bezpieczna i szanowana?
                [masculine] Czy czuje się Pan w swoim związku bezpieczny i szanowany?
               *[neutral] Proszę pomyśleć o swoim związku. Czy jest w nim poczucie bezpieczeństwa i szacunku?
            }
    }

## Factor: Children and caring roles

factor-children-caring = Dzieci i opieka nad innymi
factor-children-caring-description =
    Bycie rodzicem, przybranym rodzicem lub opiekunem kogoś bliskiego. Role opiekuńcze mogą dawać mocne powody do zmiany, ale mogą też przynosić zmartwienia, na przykład o prawo do opieki nad dziećmi albo o to, czego dzieci były świadkami.

# Translators: $gender = how the person is referred to (she / he / they).
factor-children-caring-cw-meaning =
    { $gender ->
        [feminine] Co znaczy dla niej bycie matką lub opiekunką i jak ją to motywuje?
        [masculine] Co znaczy dla niego bycie ojcem lub opiekunem i jak go to motywuje?
       *[neutral] Co znaczy dla tej osoby rola rodzica lub opiekuna i jak ją to motywuje?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-children-caring-cw-wishes =
    { $gender ->
        [feminine] Czego ona życzy swoim dzieciom na przyszłość i jak ma się to do idei środowiska?
        [masculine] Czego on życzy swoim dzieciom na przyszłość i jak ma się to do idei środowiska?
       *[neutral] Czego ta osoba życzy swoim dzieciom na przyszłość i jak ma się to do idei środowiska?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-children-caring-cw-worries =
    { $gender ->
        [feminine] Jakie zmartwienia dotyczące dzieci ona w sobie nosi – na przykład kontakt, prawo do opieki albo to, co dzieci widziały i słyszały?
        [masculine] Jakie zmartwienia dotyczące dzieci on w sobie nosi – na przykład kontakt, prawo do opieki albo to, co dzieci widziały i słyszały?
       *[neutral] Jakie zmartwienia dotyczące dzieci ta osoba w sobie nosi – na przykład kontakt, prawo do opieki albo to, co dzieci widziały i słyszały?
    }
# Translators: $address = formal or informal tone towards the person.
factor-children-caring-ask-proud =
    { $address ->
        [informal] Co napawa cię dumą, kiedy jesteś ze swoimi dziećmi albo z ludźmi, którymi się opiekujesz?
       *[formal]
            { $gender ->
                [feminine] Z czego jest Pani dumna w swojej roli matki lub opiekunki?
                [masculine] Z czego jest Pan dumny w swojej roli ojca lub opiekuna?
               *[neutral] Proszę pomyśleć o swojej roli rodzica lub opiekuna. Co w niej daje powód do dumy?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-children-caring-ask-wish =
    { $address ->
        [informal] Czego chcesz dla swoich dzieci, kiedy dorosną?
       *[formal]
            { $gender ->
                [feminine] Czego życzyłaby Pani swoim dzieciom, kiedy dorosną?
                [masculine] Czego życzyłby Pan swoim dzieciom, kiedy dorosną?
               *[neutral] Czego chciałoby się życzyć swoim dzieciom, kiedy dorosną?
            }
    }
factor-children-caring-ask-hardest =
    { $address ->
        [informal] Co jest teraz najtrudniejsze w opiekowaniu się innymi?
       *[formal]
            { $gender ->
                [feminine] Co jest dla Pani obecnie najtrudniejsze w opiece nad innymi?
                [masculine] Co jest dla Pana obecnie najtrudniejsze w opiece nad innymi?
               *[neutral] Proszę powiedzieć, co jest teraz najtrudniejsze w opiece nad innymi.
            }
    }

## Factor: Friendships outside the scene

factor-friendships = Przyjaźnie poza środowiskiem
factor-friendships-description =
    Przyjaciele spoza środowiska: dawni, obecni albo tacy, których dopiero trzeba znaleźć. Takie przyjaźnie to często niedoceniane źródło wsparcia, a samotność jest jednym z najsilniejszych czynników, które ciągną z powrotem.

# Translators: $gender = how the person is referred to (she / he / they).
factor-friendships-cw-who-remains =
    { $gender ->
        [feminine] Które przyjaźnie spoza środowiska udało jej się zachować albo mogłaby je odnowić?
        [masculine] Które przyjaźnie spoza środowiska udało mu się zachować albo mógłby je odnowić?
       *[neutral] Które przyjaźnie spoza środowiska udało się tej osobie zachować albo mogłaby je odnowić?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-friendships-cw-new-contacts =
    { $gender ->
        [feminine] Gdzie mogłaby poznać nowych ludzi o podobnych zainteresowaniach?
        [masculine] Gdzie mógłby poznać nowych ludzi o podobnych zainteresowaniach?
       *[neutral] Gdzie ta osoba mogłaby poznać nowych ludzi o podobnych zainteresowaniach?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-friendships-cw-loneliness =
    { $gender ->
        [feminine] Jak bardzo jest samotna i kiedy odczuwa to najmocniej?
        [masculine] Jak bardzo jest samotny i kiedy odczuwa to najmocniej?
       *[neutral] Jak silne jest poczucie samotności tej osoby i kiedy odczuwa je najmocniej?
    }
# Translators: $address = formal or informal tone towards the person.
factor-friendships-ask-who-remains =
    { $address ->
        [informal] Kogo spoza środowiska możesz nazwać przyjacielem?
       *[formal]
            { $gender ->
                [feminine] Kogo spoza środowiska nazwałaby Pani przyjacielem lub przyjaciółką?
                [masculine] Kogo spoza środowiska nazwałby Pan przyjacielem lub przyjaciółką?
               *[neutral] Proszę pomyśleć o ludziach spoza środowiska. Kogo z nich można nazwać przyjacielem lub przyjaciółką?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-friendships-ask-reconnect =
    { $address ->
        [informal] Jest ktoś z dawnych czasów, z kim chcesz znów złapać kontakt?
       *[formal]
            { $gender ->
                [feminine] Czy jest ktoś z dawnych lat, z kim chciałaby Pani odnowić kontakt?
                [masculine] Czy jest ktoś z dawnych lat, z kim chciałby Pan odnowić kontakt?
               *[neutral] Proszę pomyśleć o ludziach z dawnych lat. Czy jest wśród nich ktoś, z kim dobrze byłoby odnowić kontakt?
            }
    }
factor-friendships-ask-lonely =
    { $address ->
        [informal] Kiedy czujesz się samotnie i co ci wtedy pomaga?
       *[formal]
            { $gender ->
                [feminine] Kiedy czuje się Pani samotnie i co wtedy Pani pomaga?
                [masculine] Kiedy czuje się Pan samotnie i co wtedy Panu pomaga?
               *[neutral] Proszę powiedzieć, kiedy przychodzi samotność i co wtedy pomaga.
            }
    }

## Factor: Ties to the scene and costs of leaving

factor-scene-ties = Więzi ze środowiskiem i koszty odejścia
factor-scene-ties-description =
    Co wciąż łączy osobę z grupą i ile odejście kosztuje albo czym grozi. Chodzi o zobowiązania, strach przed odwetem, o to, co grupa dawała i co trzeba teraz czymś zastąpić, a także o rozczarowania, które uruchomiły proces dystansowania się.

# Translators: $gender = how the person is referred to (she / he / they).
factor-scene-ties-cw-steps-taken =
    { $gender ->
        [feminine] Jakie kroki w stronę zdystansowania się już zrobiła i co je umożliwiło?
        [masculine] Jakie kroki w stronę zdystansowania się już zrobił i co je umożliwiło?
       *[neutral] Jakie kroki w stronę zdystansowania się ta osoba już zrobiła i co je umożliwiło?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-scene-ties-cw-what-it-gave =
    { $gender ->
        [feminine] Co dawała jej grupa – na przykład przynależność, ochronę, status albo emocje – czego trzeba teraz szukać gdzie indziej?
        [masculine] Co dawała mu grupa – na przykład przynależność, ochronę, status albo emocje – czego trzeba teraz szukać gdzie indziej?
       *[neutral] Co dawała tej osobie grupa – na przykład przynależność, ochronę, status albo emocje – czego trzeba teraz szukać gdzie indziej?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-scene-ties-cw-disillusionment =
    { $gender ->
        [feminine] Co ją rozczarowało w grupie, w przywódcach lub w innych członkach?
        [masculine] Co go rozczarowało w grupie, w przywódcach lub w innych członkach?
       *[neutral] Co tę osobę rozczarowało w grupie, w przywódcach lub w innych członkach?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-scene-ties-cw-barriers =
    { $gender ->
        [feminine] Co wciąż wiąże ją ze środowiskiem – na przykład długi, zobowiązania, wspólne mieszkanie albo strach przed odwetem – i na ile jest bezpieczna?
        [masculine] Co wciąż wiąże go ze środowiskiem – na przykład długi, zobowiązania, wspólne mieszkanie albo strach przed odwetem – i na ile jest bezpieczny?
       *[neutral] Co wciąż wiąże tę osobę ze środowiskiem – na przykład długi, zobowiązania, wspólne mieszkanie albo strach przed odwetem – i na ile jest ona bezpieczna?
    }
# Translators: $address = formal or informal tone towards the person.
factor-scene-ties-ask-steps =
    { $address ->
        [informal] Co już się zmieniło w twoich kontaktach z grupą?
       *[formal]
            { $gender ->
                [feminine] Co już zmieniła Pani w swoich kontaktach z grupą?
                [masculine] Co już zmienił Pan w swoich kontaktach z grupą?
               *[neutral] Proszę opowiedzieć, co już udało się zmienić w swoich kontaktach z grupą.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-scene-ties-ask-what-it-gave =
    { $address ->
        [informal] Co dawała ci grupa, czego by ci brakowało?
       *[formal]
            { $gender ->
                [feminine] Co dawała Pani grupa, czego by Pani brakowało?
                [masculine] Co dawała Panu grupa, czego by Panu brakowało?
               *[neutral] Proszę pomyśleć, co dawała grupa. Czego mogłoby teraz brakować?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-scene-ties-ask-disappointed =
    { $address ->
        [informal] Co cię zawiodło w grupie?
       *[formal]
            { $gender ->
                [feminine] Czy było w grupie coś, co Panią rozczarowało?
                [masculine] Czy było w grupie coś, co Pana rozczarowało?
               *[neutral] Proszę powiedzieć, czy coś w grupie przyniosło rozczarowanie.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-scene-ties-ask-worries =
    { $address ->
        [informal] Co cię niepokoi w tym, żeby jeszcze bardziej się odsunąć?
       *[formal]
            { $gender ->
                [feminine] Czy jest coś, co Panią niepokoi w dalszym odsuwaniu się od grupy?
                [masculine] Czy jest coś, co Pana niepokoi w dalszym odsuwaniu się od grupy?
               *[neutral] Proszę powiedzieć, czy jest coś niepokojącego w dalszym odsuwaniu się od grupy.
            }
    }

## Factor: Community, faith and civic life

factor-community-faith = Społeczność, wiara i życie obywatelskie
factor-community-faith-description =
    Kluby, stowarzyszenia, sąsiedztwo, wspólnoty religijne i kulturowe, wolontariat. Takie miejsca mogą dawać przynależność i sens; osoba może się tam też spotkać z życzliwym przyjęciem albo z odrzuceniem.

# Translators: $gender = how the person is referred to (she / he / they).
factor-community-faith-cw-places =
    { $gender ->
        [feminine] Do jakich społeczności, klubów lub wspólnot wyznaniowych należy albo czuje, że ją do nich ciągnie?
        [masculine] Do jakich społeczności, klubów lub wspólnot wyznaniowych należy albo czuje, że go do nich ciągnie?
       *[neutral] Do jakich społeczności, klubów lub wspólnot wyznaniowych ta osoba należy albo czuje, że ją do nich ciągnie?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-community-faith-cw-welcome =
    { $gender ->
        [feminine] Gdzie spotkała się z życzliwym przyjęciem i kto stamtąd mógłby być dla niej dobrym kontaktem?
        [masculine] Gdzie spotkał się z życzliwym przyjęciem i kto stamtąd mógłby być dla niego dobrym kontaktem?
       *[neutral] Gdzie ta osoba spotkała się z życzliwym przyjęciem i kto stamtąd mógłby być dla niej dobrym kontaktem?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-community-faith-cw-rejection =
    { $gender ->
        [feminine] Gdzie spotkała się z odrzuceniem lub nieufnością i jak sobie z tym poradziła?
        [masculine] Gdzie spotkał się z odrzuceniem lub nieufnością i jak sobie z tym poradził?
       *[neutral] Gdzie ta osoba spotkała się z odrzuceniem lub nieufnością i jak sobie z tym poradziła?
    }
# Translators: $address = formal or informal tone towards the person.
factor-community-faith-ask-belong =
    { $address ->
        [informal] Gdzie poza rodziną czujesz, że jesteś u siebie?
       *[formal]
            { $gender ->
                [feminine] Gdzie poza rodziną czuje Pani, że jest u siebie?
                [masculine] Gdzie poza rodziną czuje Pan, że jest u siebie?
               *[neutral] Proszę pomyśleć, gdzie poza rodziną można poczuć się u siebie.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-community-faith-ask-faith =
    { $address ->
        [informal] Czy wiara albo duchowość coś dla ciebie znaczą? Co ci dają?
       *[formal]
            { $gender ->
                [feminine] Czy wiara lub praktyka duchowa odgrywa rolę w Pani życiu? Jeśli tak, co Pani daje?
                [masculine] Czy wiara lub praktyka duchowa odgrywa rolę w Pana życiu? Jeśli tak, co Panu daje?
               *[neutral] Proszę powiedzieć, czy wiara lub praktyka duchowa odgrywa jakąś rolę w życiu. Jeśli tak, co daje?
            }
    }
factor-community-faith-ask-more-involved =
    { $address ->
        [informal] W co chcesz się bardziej zaangażować i co by ci to ułatwiło?
       *[formal]
            { $gender ->
                [feminine] W co chciałaby Pani bardziej się zaangażować i co by to Pani ułatwiło?
                [masculine] W co chciałby Pan bardziej się zaangażować i co by to Panu ułatwiło?
               *[neutral] Proszę pomyśleć, w co chciałoby się bardziej zaangażować i co by to ułatwiło.
            }
    }

## Area: Identity and self

area-identity = Tożsamość i obraz siebie
area-identity-description =
    Jak osoba postrzega samą siebie, jakie role przyjmuje i gdzie czuje się szanowana oraz zdolna do kształtowania własnego życia.

## Factor: Self-image beyond the scene

factor-self-image = Obraz siebie poza środowiskiem
factor-self-image-description =
    Kim osoba jest poza środowiskiem: cechy, role, zainteresowania i historia. Wielowymiarowy obraz siebie ułatwia rozstanie z tożsamością grupową.

# Translators: $gender = how the person is referred to (she / he / they).
factor-self-image-cw-valued-sides =
    { $gender ->
        [feminine] Które swoje cechy i role, niezwiązane ze środowiskiem, ona ceni?
        [masculine] Które swoje cechy i role, niezwiązane ze środowiskiem, on ceni?
       *[neutral] Które swoje cechy i role, niezwiązane ze środowiskiem, ta osoba ceni?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-self-image-cw-other-sides =
    { $gender ->
        [feminine] Które jej strony – sprzed czasów w środowisku albo spoza niego – mogłyby znów dojść do głosu?
        [masculine] Które jego strony – sprzed czasów w środowisku albo spoza niego – mogłyby znów dojść do głosu?
       *[neutral] Które strony tej osoby – sprzed czasów w środowisku albo spoza niego – mogłyby znów dojść do głosu?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-self-image-cw-group-identity =
    { $gender ->
        [feminine] Na ile jej poczucie tożsamości wciąż wiąże się z grupą – z jej symbolami, stylem czy językiem?
        [masculine] Na ile jego poczucie tożsamości wciąż wiąże się z grupą – z jej symbolami, stylem czy językiem?
       *[neutral] Na ile poczucie tożsamości tej osoby wciąż wiąże się z grupą – z symbolami, stylem czy językiem grupy?
    }
# Translators: $address = formal or informal tone towards the person.
factor-self-image-ask-describe =
    { $address ->
        [informal] Co mówisz o sobie komuś, kogo dopiero poznajesz?
       *[formal]
            { $gender ->
                [feminine] Jak opisałaby Pani siebie komuś, kto jeszcze Pani nie zna?
                [masculine] Jak opisałby Pan siebie komuś, kto jeszcze Pana nie zna?
               *[neutral] Proszę opisać siebie tak, jak opowiedziałoby się o sobie komuś nowemu.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-self-image-ask-like =
    { $address ->
        [informal] Co w sobie lubisz?
       *[formal]
            { $gender ->
                [feminine] Co Pani w sobie ceni?
                [masculine] Co Pan w sobie ceni?
               *[neutral] Proszę wymienić coś, co się w sobie ceni.
            }
    }
factor-self-image-ask-changed =
    { $address ->
        [informal] Co się w tobie zmieniło przez ostatnie kilka lat?
       *[formal]
            { $gender ->
                [feminine] Jak zmieniła się Pani przez ostatnie kilka lat?
                [masculine] Jak zmienił się Pan przez ostatnie kilka lat?
               *[neutral] Proszę spojrzeć na siebie sprzed kilku lat. Co się od tamtej pory zmieniło?
            }
    }

## Factor: Gender roles and expectations

factor-gender-roles = Role płciowe i oczekiwania
factor-gender-roles-description =
    Wyobrażenia o tym, jaki powinien być mężczyzna lub kobieta, co powinni robić albo znosić. Środowiska często budują na takich obrazach – wojownika, żywiciela rodziny czy oddanej matki – a mogą się one wiązać z przemocą i z poczuciem własnej wartości.

# Translators: $gender = how the person is referred to (she / he / they).
factor-gender-roles-cw-beyond-roles =
    { $gender ->
        [feminine] Gdzie ona już teraz postępuje w sposób wykraczający poza sztywną rolę?
        [masculine] Gdzie on już teraz postępuje w sposób wykraczający poza sztywną rolę?
       *[neutral] Gdzie ta osoba już teraz postępuje w sposób wykraczający poza sztywną rolę?
    }
# Translators: $gender = how the person is referred to (she / he / they).
# The feminine and masculine forms ask about being a woman / a man; the neutral form
# asks about gender in general. Adapt the wording, not the idea.
factor-gender-roles-cw-own-ideas =
    { $gender ->
        [feminine] Co dla niej znaczy bycie kobietą i skąd biorą się te wyobrażenia?
        [masculine] Co dla niego znaczy bycie mężczyzną i skąd biorą się te wyobrażenia?
       *[neutral] Co dla tej osoby znaczy płeć i skąd biorą się jej wyobrażenia na ten temat?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-gender-roles-cw-pressure =
    { $gender ->
        [feminine] Gdzie odczuwa presję, by sprostać jakiemuś wizerunkowi – na przykład chronić, utrzymywać rodzinę, być twardą albo posłuszną?
        [masculine] Gdzie odczuwa presję, by sprostać jakiemuś wizerunkowi – na przykład chronić, utrzymywać rodzinę, być twardym albo posłusznym?
       *[neutral] Gdzie ta osoba odczuwa presję, by sprostać jakiemuś wizerunkowi – na przykład chronić, utrzymywać rodzinę, nie okazywać słabości albo się podporządkować?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-gender-roles-cw-link-violence =
    { $gender ->
        [feminine] Jak jej wyobrażenia o płci łączą się z ideologią, z kontrolą nad innymi albo z przemocą?
        [masculine] Jak jego wyobrażenia o płci łączą się z ideologią, z kontrolą nad innymi albo z przemocą?
       *[neutral] Jak wyobrażenia tej osoby o płci łączą się z ideologią, z kontrolą nad innymi albo z przemocą?
    }
# Translators: $address = formal or informal tone towards the person.
factor-gender-roles-ask-role-models =
    { $address ->
        [informal] Kto może być dla ciebie dobrym wzorem na drodze do tego, kim chcesz być?
       *[formal]
            { $gender ->
                [feminine] Kogo uważa Pani za dobry wzór na drodze do tego, kim chciałaby Pani być?
                [masculine] Kogo uważa Pan za dobry wzór na drodze do tego, kim chciałby Pan być?
               *[neutral] Proszę pomyśleć, kto mógłby być dobrym wzorem na drodze do tego, kim chce się być.
            }
    }
# Translators: $gender = how the person is referred to; the question names
# "a woman" / "a man", or stays general in the neutral form.
factor-gender-roles-ask-expectations =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Czego ludzie wokół ciebie oczekują od ciebie jako kobiety?
                [masculine] Czego ludzie wokół ciebie oczekują od ciebie jako mężczyzny?
               *[neutral] Czego ludzie wokół ciebie oczekują od ciebie ze względu na twoją płeć?
            }
       *[formal]
            { $gender ->
                [feminine] Czego ludzie wokół Pani oczekują od Pani jako kobiety?
                [masculine] Czego ludzie wokół Pana oczekują od Pana jako mężczyzny?
               *[neutral] Proszę pomyśleć o ludziach wokół siebie. Czego oczekują ze względu na płeć?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-gender-roles-ask-let-go =
    { $address ->
        [informal] Czy są oczekiwania wobec twojej roli, z których chcesz zrezygnować?
       *[formal]
            { $gender ->
                [feminine] Czy są oczekiwania wobec Pani roli, z których chciałaby Pani zrezygnować?
                [masculine] Czy są oczekiwania wobec Pana roli, z których chciałby Pan zrezygnować?
               *[neutral] Proszę pomyśleć o oczekiwaniach wobec swojej roli. Czy są wśród nich takie, od których chciałoby się uwolnić?
            }
    }

## Factor: Recognition and discrimination

factor-recognition = Uznanie i dyskryminacja
factor-recognition-description =
    Gdzie osoba czuje się zauważona i szanowana, a gdzie doświadczyła wykluczenia, rasizmu lub upokorzenia. Środowiska często przyciągają ludzi, odwołując się do prawdziwych krzywd, dlatego warto traktować je poważnie.

# Translators: $gender = how the person is referred to (she / he / they).
factor-recognition-cw-respected =
    { $gender ->
        [feminine] Gdzie i przez kogo czuje się szanowana i traktowana poważnie?
        [masculine] Gdzie i przez kogo czuje się szanowany i traktowany poważnie?
       *[neutral] Gdzie i przez kogo ta osoba czuje się szanowana i traktowana poważnie?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-recognition-cw-experiences =
    { $gender ->
        [feminine] Jakie doświadczenia wykluczenia, dyskryminacji lub upokorzenia ona ma za sobą?
        [masculine] Jakie doświadczenia wykluczenia, dyskryminacji lub upokorzenia on ma za sobą?
       *[neutral] Jakie doświadczenia wykluczenia, dyskryminacji lub upokorzenia ta osoba ma za sobą?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-recognition-cw-grievances =
    { $gender ->
        [feminine] Jakie jej krzywdy podchwyciło środowisko i jak je uznać, nie przyjmując przy tym odpowiedzi środowiska?
        [masculine] Jakie jego krzywdy podchwyciło środowisko i jak je uznać, nie przyjmując przy tym odpowiedzi środowiska?
       *[neutral] Jakie krzywdy tej osoby podchwyciło środowisko i jak je uznać, nie przyjmując przy tym odpowiedzi środowiska?
    }
# Translators: $address = formal or informal tone towards the person.
factor-recognition-ask-respected =
    { $address ->
        [informal] Gdzie ludzie cię szanują i traktują poważnie?
       *[formal]
            { $gender ->
                [feminine] Gdzie czuje się Pani szanowana i traktowana poważnie?
                [masculine] Gdzie czuje się Pan szanowany i traktowany poważnie?
               *[neutral] Proszę powiedzieć, gdzie można liczyć na szacunek i poważne traktowanie.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-recognition-ask-unfair =
    { $address ->
        [informal] Czy ludzie traktowali cię niesprawiedliwie z powodu tego, kim jesteś albo skąd pochodzisz?
       *[formal]
            { $gender ->
                [feminine] Czy spotkała się Pani z niesprawiedliwym traktowaniem z powodu tego, kim Pani jest albo skąd Pani pochodzi?
                [masculine] Czy spotkał się Pan z niesprawiedliwym traktowaniem z powodu tego, kim Pan jest albo skąd Pan pochodzi?
               *[neutral] Proszę powiedzieć, czy zdarzyło się doświadczyć niesprawiedliwego traktowania z powodu tego, kim się jest albo skąd się pochodzi.
            }
    }
factor-recognition-ask-what-it-takes =
    { $address ->
        [informal] Co pomogłoby ci poczuć więcej szacunku ze strony innych?
       *[formal]
            { $gender ->
                [feminine] Co pomogłoby Pani poczuć się bardziej szanowaną?
                [masculine] Co pomogłoby Panu poczuć się bardziej szanowanym?
               *[neutral] Proszę pomyśleć, co pomogłoby poczuć więcej szacunku ze strony innych.
            }
    }

## Factor: Agency and self-efficacy

factor-agency = Sprawczość i wiara we własne możliwości
factor-agency-description =
    Poczucie, że można kształtować własne życie i sprawiać, że coś się dzieje. Dystansowanie się przychodzi łatwiej, gdy ludzie widzą, że ich własne kroki coś zmieniają.

# Translators: $gender = how the person is referred to (she / he / they).
factor-agency-cw-successes =
    { $gender ->
        [feminine] Co ostatnio udało jej się osiągnąć własnym wysiłkiem?
        [masculine] Co ostatnio udało mu się osiągnąć własnym wysiłkiem?
       *[neutral] Co ostatnio udało się tej osobie osiągnąć własnym wysiłkiem?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-agency-cw-decisions =
    { $gender ->
        [feminine] Które decyzje dotyczące swojego życia podejmuje sama, a gdzie ma poczucie, że inni decydują za nią?
        [masculine] Które decyzje dotyczące swojego życia podejmuje sam, a gdzie ma poczucie, że inni decydują za niego?
       *[neutral] Które decyzje dotyczące swojego życia ta osoba podejmuje samodzielnie, a gdzie ma poczucie, że inni decydują za nią?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-agency-cw-powerless =
    { $gender ->
        [feminine] W jakich sytuacjach czuje się bezsilna i co wtedy robi?
        [masculine] W jakich sytuacjach czuje się bezsilny i co wtedy robi?
       *[neutral] W jakich sytuacjach ta osoba czuje się bezsilna i co wtedy robi?
    }
# Translators: $address = formal or informal tone towards the person.
factor-agency-ask-managed =
    { $address ->
        [informal] Co fajnego ci się ostatnio udało?
       *[formal]
            { $gender ->
                [feminine] Co udało się Pani ostatnio osiągnąć, z czego jest Pani zadowolona?
                [masculine] Co udało się Panu ostatnio osiągnąć, z czego jest Pan zadowolony?
               *[neutral] Proszę opowiedzieć o czymś, co udało się ostatnio osiągnąć i co daje zadowolenie.
            }
    }
factor-agency-ask-in-your-hands =
    { $address ->
        [informal] Co w twoim życiu jest teraz w twoich rękach?
       *[formal]
            { $gender ->
                [feminine] Co w Pani życiu jest teraz w Pani rękach?
                [masculine] Co w Pana życiu jest teraz w Pana rękach?
               *[neutral] Proszę pomyśleć o swoim życiu. Co jest teraz we własnych rękach?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-agency-ask-stuck =
    { $address ->
        [informal] W czym czujesz, że stoisz w miejscu?
       *[formal]
            { $gender ->
                [feminine] Czy jest obszar życia, w którym ma Pani obecnie poczucie, że utknęła Pani w miejscu?
                [masculine] Czy jest obszar życia, w którym ma Pan obecnie poczucie, że utknął Pan w miejscu?
               *[neutral] Proszę pomyśleć o swoim życiu. Czy jest w nim obszar, w którym wszystko teraz stoi w miejscu?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-agency-ask-next-step =
    { $address ->
        [informal] Jaki jeden mały krok możesz zrobić w tym tygodniu?
       *[formal]
            { $gender ->
                [feminine] Jaki mały krok mogłaby Pani zrobić w tym tygodniu?
                [masculine] Jaki mały krok mógłby Pan zrobić w tym tygodniu?
               *[neutral] Proszę pomyśleć o jednym małym kroku, który można by zrobić w tym tygodniu.
            }
    }

## Factor: Meaning and purpose

factor-meaning-purpose = Sens i cel
factor-meaning-purpose-description =
    To, co nadaje życiu osoby sens i kierunek. Środowisko mogło oferować misję; dystansowanie się często oznacza szukanie celu gdzie indziej.

# Translators: $gender = how the person is referred to (she / he / they).
factor-meaning-purpose-cw-sources =
    { $gender ->
        [feminine] Co poza środowiskiem nadaje dziś sens jej życiu?
        [masculine] Co poza środowiskiem nadaje dziś sens jego życiu?
       *[neutral] Co poza środowiskiem nadaje dziś sens życiu tej osoby?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-meaning-purpose-cw-mission =
    { $gender ->
        [feminine] Jakie poczucie misji dawała jej grupa i co je zastąpiło?
        [masculine] Jakie poczucie misji dawała mu grupa i co je zastąpiło?
       *[neutral] Jakie poczucie misji dawała tej osobie grupa i co je zastąpiło?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-meaning-purpose-cw-emptiness =
    { $gender ->
        [feminine] Czy mówi o pustce lub nudzie, odkąd odsunęła się od grupy, i kiedy odczuwa to najmocniej?
        [masculine] Czy mówi o pustce lub nudzie, odkąd odsunął się od grupy, i kiedy odczuwa to najmocniej?
       *[neutral] Czy ta osoba mówi o pustce lub nudzie od czasu odsunięcia się od grupy i kiedy odczuwa to najmocniej?
    }
# Translators: $address = formal or informal tone towards the person.
factor-meaning-purpose-ask-matters =
    { $address ->
        [informal] Co jest dla ciebie naprawdę ważne?
       *[formal]
            { $gender ->
                [feminine] Co jest dla Pani najważniejsze w życiu?
                [masculine] Co jest dla Pana najważniejsze w życiu?
               *[neutral] Proszę pomyśleć o swoim życiu. Co jest w nim najważniejsze?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-meaning-purpose-ask-worthwhile =
    { $address ->
        [informal] Kiedy ostatnio to, co robisz, wydawało ci się naprawdę warte zachodu?
       *[formal]
            { $gender ->
                [feminine] Kiedy ostatnio czuła Pani, że to, co Pani robi, ma sens?
                [masculine] Kiedy ostatnio czuł Pan, że to, co Pan robi, ma sens?
               *[neutral] Proszę przypomnieć sobie, kiedy ostatnio pojawiło się poczucie, że to, co się robi, ma sens.
            }
    }
factor-meaning-purpose-ask-contribute =
    { $address ->
        [informal] Co chcesz dawać ludziom wokół siebie?
       *[formal]
            { $gender ->
                [feminine] Co chciałaby Pani dawać ludziom wokół siebie?
                [masculine] Co chciałby Pan dawać ludziom wokół siebie?
               *[neutral] Proszę pomyśleć, co chciałoby się dawać ludziom wokół siebie.
            }
    }

## Area: Wellbeing and coping

area-coping = Samopoczucie i radzenie sobie
area-coping-description =
    Jak osoba się miewa psychicznie i fizycznie oraz jak radzi sobie z presją, konfliktami i bolesnymi doświadczeniami.

## Factor: Mental and emotional wellbeing

factor-wellbeing = Zdrowie psychiczne i emocjonalne
factor-wellbeing-description =
    Nastrój, sen, zamartwianie się i zdolność do cieszenia się życiem. Odejście ze środowiska bywa czasem samotności i stresu, a wcześniejsze trudności mogą wtedy wypłynąć na powierzchnię.

# Translators: $gender = how the person is referred to (she / he / they).
factor-wellbeing-cw-good-days =
    { $gender ->
        [feminine] Jak wygląda dla niej dobry dzień i co sprawia, że jest dobry?
        [masculine] Jak wygląda dla niego dobry dzień i co sprawia, że jest dobry?
       *[neutral] Jak wygląda dla tej osoby dobry dzień i co sprawia, że jest dobry?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-wellbeing-cw-support =
    { $gender ->
        [feminine] Jakie wsparcie w zakresie zdrowia psychicznego już ma albo jest w jej zasięgu?
        [masculine] Jakie wsparcie w zakresie zdrowia psychicznego już ma albo jest w jego zasięgu?
       *[neutral] Jakie wsparcie w zakresie zdrowia psychicznego ta osoba już ma albo jest w jej zasięgu?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-wellbeing-cw-strain =
    { $gender ->
        [feminine] Czy widać u niej oznaki przygnębienia, lęku, problemów ze snem lub wyczerpania?
        [masculine] Czy widać u niego oznaki przygnębienia, lęku, problemów ze snem lub wyczerpania?
       *[neutral] Czy widać u tej osoby oznaki przygnębienia, lęku, problemów ze snem lub wyczerpania?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-wellbeing-cw-safety =
    { $gender ->
        [feminine] Czy są sygnały, że ona myśli o zrobieniu sobie krzywdy, i czy wymaga to reakcji jeszcze dziś?
        [masculine] Czy są sygnały, że on myśli o zrobieniu sobie krzywdy, i czy wymaga to reakcji jeszcze dziś?
       *[neutral] Czy są sygnały, że ta osoba myśli o zrobieniu sobie krzywdy, i czy wymaga to reakcji jeszcze dziś?
    }
# Translators: $address = formal or informal tone towards the person.
factor-wellbeing-ask-good-day =
    { $address ->
        [informal] Jak wygląda dla ciebie dobry dzień?
       *[formal]
            { $gender ->
                [feminine] Jak wygląda dla Pani dobry dzień?
                [masculine] Jak wygląda dla Pana dobry dzień?
               *[neutral] Proszę opisać swój dobry dzień.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-wellbeing-ask-feel-better =
    { $address ->
        [informal] Co ci pomaga, kiedy masz doła?
       *[formal]
            { $gender ->
                [feminine] Co pomaga Pani poczuć się lepiej, kiedy jest Pani przygnębiona?
                [masculine] Co pomaga Panu poczuć się lepiej, kiedy jest Pan przygnębiony?
               *[neutral] Proszę powiedzieć, co pomaga poczuć się lepiej w gorszych chwilach.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-wellbeing-ask-weighs =
    { $address ->
        [informal] Co ci teraz ciąży?
       *[formal]
            { $gender ->
                [feminine] Czy jest coś, co obecnie Pani ciąży?
                [masculine] Czy jest coś, co obecnie Panu ciąży?
               *[neutral] Proszę powiedzieć, czy jest coś, co teraz ciąży na sercu.
            }
    }

## Factor: Physical health and substance use

factor-health-substances = Zdrowie fizyczne i używki
factor-health-substances-description =
    Zdrowie fizyczne, sen, ruch oraz alkohol, narkotyki i leki. W wielu środowiskach intensywne picie lub branie narkotyków jest częścią życia grupy, co może utrudniać zarówno panowanie nad używaniem, jak i jego przerwanie.

# Translators: $gender = how the person is referred to (she / he / they).
factor-health-substances-cw-healthy-habits =
    { $gender ->
        [feminine] Jakie zdrowe nawyki już ma, a jakie chciałaby wypracować?
        [masculine] Jakie zdrowe nawyki już ma, a jakie chciałby wypracować?
       *[neutral] Jakie zdrowe nawyki ta osoba już ma, a jakie chciałaby wypracować?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-health-substances-cw-health =
    { $gender ->
        [feminine] Jakie problemy zdrowotne lub nieleczone urazy wpływają na jej codzienne życie?
        [masculine] Jakie problemy zdrowotne lub nieleczone urazy wpływają na jego codzienne życie?
       *[neutral] Jakie problemy zdrowotne lub nieleczone urazy wpływają na codzienne życie tej osoby?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-health-substances-cw-substances =
    { $gender ->
        [feminine] Jaką rolę w jej życiu odgrywają alkohol, narkotyki lub leki i jak wiąże się to z grupą?
        [masculine] Jaką rolę w jego życiu odgrywają alkohol, narkotyki lub leki i jak wiąże się to z grupą?
       *[neutral] Jaką rolę w życiu tej osoby odgrywają alkohol, narkotyki lub leki i jak wiąże się to z grupą?
    }
# Translators: $address = formal or informal tone towards the person.
factor-health-substances-ask-look-after =
    { $address ->
        [informal] Jak o siebie dbasz?
       *[formal]
            { $gender ->
                [feminine] Co robi Pani, żeby dbać o swoje zdrowie?
                [masculine] Co robi Pan, żeby dbać o swoje zdrowie?
               *[neutral] Proszę opowiedzieć o swoich sposobach dbania o zdrowie.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-health-substances-ask-health =
    { $address ->
        [informal] Jak tam teraz twoje zdrowie?
       *[formal]
            { $gender ->
                [feminine] Jak opisałaby Pani obecnie swoje zdrowie?
                [masculine] Jak opisałby Pan obecnie swoje zdrowie?
               *[neutral] Proszę opisać swój obecny stan zdrowia.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-health-substances-ask-substances =
    { $address ->
        [informal] Jakie miejsce w twoim życiu zajmuje teraz alkohol albo inne substancje?
       *[formal]
            { $gender ->
                [feminine] Czy może mi Pani powiedzieć, jaką rolę odgrywają obecnie w Pani życiu alkohol lub inne substancje?
                [masculine] Czy może mi Pan powiedzieć, jaką rolę odgrywają obecnie w Pana życiu alkohol lub inne substancje?
               *[neutral] Proszę opowiedzieć, jakie miejsce w życiu zajmują teraz alkohol lub inne substancje.
            }
    }

## Factor: Stress, anger and conflict

factor-stress-anger = Stres, złość i konflikty
factor-stress-anger-description =
    Jak osoba radzi sobie z presją, prowokacją i różnicą zdań. Złość sama w sobie nie jest problemem; liczy się to, co osoba z nią robi.

# Translators: $gender = how the person is referred to (she / he / they).
factor-stress-anger-cw-calming =
    { $gender ->
        [feminine] Co pomaga jej się uspokoić i jakie sposoby radzenia sobie już się u niej sprawdziły?
        [masculine] Co pomaga mu się uspokoić i jakie sposoby radzenia sobie już się u niego sprawdziły?
       *[neutral] Co pomaga tej osobie się uspokoić i jakie sposoby radzenia sobie już się u niej sprawdziły?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-stress-anger-cw-triggers =
    { $gender ->
        [feminine] Jakie sytuacje zwykle wywołują u niej napięcie lub złość?
        [masculine] Jakie sytuacje zwykle wywołują u niego napięcie lub złość?
       *[neutral] Jakie sytuacje zwykle wywołują u tej osoby napięcie lub złość?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-stress-anger-cw-conflicts =
    { $gender ->
        [feminine] Jak ona zwykle radzi sobie z konfliktem: rozmową, wycofaniem się czy siłą?
        [masculine] Jak on zwykle radzi sobie z konfliktem: rozmową, wycofaniem się czy siłą?
       *[neutral] Jak ta osoba zwykle radzi sobie z konfliktem: rozmową, wycofaniem się czy siłą?
    }
# Translators: $address = formal or informal tone towards the person.
factor-stress-anger-ask-calm-down =
    { $address ->
        [informal] Co pomaga ci ochłonąć, kiedy jesteś w stresie?
       *[formal]
            { $gender ->
                [feminine] Co pomaga Pani się uspokoić, kiedy jest Pani pod presją?
                [masculine] Co pomaga Panu się uspokoić, kiedy jest Pan pod presją?
               *[neutral] Proszę powiedzieć, co pomaga się uspokoić pod presją.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-stress-anger-ask-went-well =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Przypomnij sobie konflikt, który udało ci się dobrze rozwiązać. Co wtedy zrobiłaś?
                [masculine] Przypomnij sobie konflikt, który udało ci się dobrze rozwiązać. Co wtedy zrobiłeś?
               *[neutral] Przypomnij sobie konflikt, który udało ci się dobrze rozwiązać. Co wtedy zadziałało?
            }
       *[formal]
            { $gender ->
                [feminine] Czy przychodzi Pani do głowy konflikt, z którym dobrze sobie Pani poradziła? Co wtedy Pani zrobiła?
                [masculine] Czy przychodzi Panu do głowy konflikt, z którym dobrze sobie Pan poradził? Co wtedy Pan zrobił?
               *[neutral] Proszę przypomnieć sobie konflikt, który udało się dobrze rozwiązać. Co wtedy zadziałało?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-stress-anger-ask-triggers =
    { $address ->
        [informal] Co cię naprawdę wyprowadza z równowagi?
       *[formal]
            { $gender ->
                [feminine] W jakich sytuacjach zwykle ogarnia Panią złość?
                [masculine] W jakich sytuacjach zwykle ogarnia Pana złość?
               *[neutral] Proszę powiedzieć, w jakich sytuacjach zwykle pojawia się złość.
            }
    }

## Factor: Violence and harm, experienced and done
## Tempo wyznacza osoba. Te pytania zapraszają do rozmowy, nigdy nie domagają się szczegółów.

factor-violence-harm = Przemoc i krzywda – doznane i wyrządzone
factor-violence-harm-description =
    Przemoc lub krzywda, której osoba doznała, której była świadkiem albo którą wyrządziła – w środowisku lub poza nim. Tempo wyznacza osoba: najpierw bezpieczeństwo i zaufanie, a szczegóły nigdy nie są wymagane.

# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-harm-cw-safe-to-talk =
    { $gender ->
        [feminine] Czego potrzebuje, by czuć się na tyle bezpiecznie, żeby mówić o trudnych doświadczeniach, i czy to ona wyznacza tempo?
        [masculine] Czego potrzebuje, by czuć się na tyle bezpiecznie, żeby mówić o trudnych doświadczeniach, i czy to on wyznacza tempo?
       *[neutral] Czego ta osoba potrzebuje, by czuć się na tyle bezpiecznie, żeby mówić o trudnych doświadczeniach, i czy to ona wyznacza tempo?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-harm-cw-support =
    { $gender ->
        [feminine] Jakie wsparcie – na przykład terapię, pomoc dla osób pokrzywdzonych albo zaufanych ludzi – ma lub mogłaby uzyskać?
        [masculine] Jakie wsparcie – na przykład terapię, pomoc dla osób pokrzywdzonych albo zaufanych ludzi – ma lub mógłby uzyskać?
       *[neutral] Jakie wsparcie – na przykład terapię, pomoc dla osób pokrzywdzonych albo zaufanych ludzi – ta osoba ma lub mogłaby uzyskać?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-harm-cw-experienced =
    { $gender ->
        [feminine] Jakiej przemocy lub krzywdy doznała albo była świadkiem – na tyle, na ile zdecydowała się o tym opowiedzieć?
        [masculine] Jakiej przemocy lub krzywdy doznał albo był świadkiem – na tyle, na ile zdecydował się o tym opowiedzieć?
       *[neutral] Jakiej przemocy lub krzywdy ta osoba doznała albo była świadkiem – na tyle, na ile zdecydowała się o tym opowiedzieć?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-harm-cw-done =
    { $gender ->
        [feminine] Jak odnosi się do krzywdy, którą wyrządziła innym: z zaprzeczeniem, ze wstydem, z poczuciem odpowiedzialności czy z chęcią naprawienia szkód?
        [masculine] Jak odnosi się do krzywdy, którą wyrządził innym: z zaprzeczeniem, ze wstydem, z poczuciem odpowiedzialności czy z chęcią naprawienia szkód?
       *[neutral] Jak ta osoba odnosi się do krzywdy, którą wyrządziła innym: z zaprzeczeniem, ze wstydem, z poczuciem odpowiedzialności czy z chęcią naprawienia szkód?
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-harm-ask-comfortable =
    { $address ->
        [informal] Rozmawiamy tylko o tym, o czym chcesz rozmawiać. Co pomoże ci poczuć się tu w porządku?
       *[formal]
            { $gender ->
                [feminine] Będziemy rozmawiać tylko o tym, o czym Pani chce. Co pomogłoby Pani czuć się tu swobodnie?
                [masculine] Będziemy rozmawiać tylko o tym, o czym Pan chce. Co pomogłoby Panu czuć się tu swobodnie?
               *[neutral] Proszę samodzielnie decydować, o czym rozmawiamy. Co pomogłoby czuć się tu swobodnie?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-harm-ask-memories =
    { $address ->
        [informal] Kiedy wracają złe wspomnienia, co ci pomaga?
       *[formal]
            { $gender ->
                [feminine] Kiedy wracają trudne wspomnienia, co Pani pomaga?
                [masculine] Kiedy wracają trudne wspomnienia, co Panu pomaga?
               *[neutral] Proszę powiedzieć, co pomaga, kiedy wracają trudne wspomnienia.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-harm-ask-weighs =
    { $address ->
        [informal] Czy coś, co się wydarzyło – tobie albo przez ciebie – wciąż ci ciąży? Nie musisz wchodzić w szczegóły.
       *[formal]
            { $gender ->
                [feminine] Czy jest coś, co się wydarzyło – Pani albo z Pani powodu – i co wciąż Pani ciąży? Nie musi Pani podawać żadnych szczegółów.
                [masculine] Czy jest coś, co się wydarzyło – Panu albo z Pana powodu – i co wciąż Panu ciąży? Nie musi Pan podawać żadnych szczegółów.
               *[neutral] Proszę powiedzieć, czy coś, co się wydarzyło – doznana albo wyrządzona krzywda – wciąż ciąży na sercu. Nie trzeba podawać żadnych szczegółów.
            }
    }

## Area: Everyday life and prospects

area-everyday-life = Codzienność i perspektywy
area-everyday-life-description =
    Praktyczne podstawy życia poza środowiskiem: nauka, praca, mieszkanie, pieniądze, czas wolny oraz kontakty z sądami i urzędami.

## Factor: Education and learning

factor-education = Edukacja i nauka
factor-education-description =
    Szkoła, kształcenie zawodowe, kursy i samodzielna nauka. Uczenie się czegoś nowego buduje pewność siebie i daje kontakt z ludźmi spoza środowiska.

# Translators: $gender = how the person is referred to (she / he / they).
factor-education-cw-achievements =
    { $gender ->
        [feminine] Czego się nauczyła albo co osiągnęła – w szkole, na szkoleniu czy samodzielnie?
        [masculine] Czego się nauczył albo co osiągnął – w szkole, na szkoleniu czy samodzielnie?
       *[neutral] Czego ta osoba się nauczyła albo co osiągnęła – w szkole, na szkoleniu czy samodzielnie?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-education-cw-interests =
    { $gender ->
        [feminine] Czego chciałaby się nauczyć i jakie możliwości stoją przed nią otworem?
        [masculine] Czego chciałby się nauczyć i jakie możliwości stoją przed nim otworem?
       *[neutral] Czego ta osoba chciałaby się nauczyć i jakie możliwości stoją przed nią otworem?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-education-cw-barriers =
    { $gender ->
        [feminine] Co stoi jej na przeszkodzie – na przykład luki w edukacji, złe doświadczenia albo brak świadectw?
        [masculine] Co stoi mu na przeszkodzie – na przykład luki w edukacji, złe doświadczenia albo brak świadectw?
       *[neutral] Co stoi tej osobie na przeszkodzie – na przykład luki w edukacji, złe doświadczenia albo brak świadectw?
    }
# Translators: $address = formal or informal tone towards the person.
factor-education-ask-good-at =
    { $address ->
        [informal] Co zawsze łatwo wchodziło ci do głowy?
       *[formal]
            { $gender ->
                [feminine] Czego zawsze łatwo było się Pani nauczyć?
                [masculine] Czego zawsze łatwo było się Panu nauczyć?
               *[neutral] Proszę pomyśleć o swojej nauce: co zawsze przychodziło łatwo?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-education-ask-learn =
    { $address ->
        [informal] Jest coś, czego chcesz się nauczyć albo w czym chcesz zdobyć kwalifikacje?
       *[formal]
            { $gender ->
                [feminine] Czy jest coś, czego chciałaby się Pani nauczyć albo w czym chciałaby Pani zdobyć kwalifikacje?
                [masculine] Czy jest coś, czego chciałby się Pan nauczyć albo w czym chciałby Pan zdobyć kwalifikacje?
               *[neutral] Proszę powiedzieć, czy jest coś, czego chciałoby się nauczyć albo w czym zdobyć kwalifikacje.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-education-ask-school =
    { $address ->
        [informal] Jak wspominasz szkołę?
       *[formal]
            { $gender ->
                [feminine] Jak wspomina Pani czas szkoły?
                [masculine] Jak wspomina Pan czas szkoły?
               *[neutral] Proszę opowiedzieć o swoich wspomnieniach ze szkoły.
            }
    }

## Factor: Work and daily structure

factor-work-structure = Praca i rytm dnia
factor-work-structure-description =
    Zatrudnienie, szkolenie, wolontariat i codzienna rutyna. Praca daje dochód, strukturę i nowych współpracowników – to jedne z najsilniejszych czynników, które pomagają oddalić się od środowiska.

# Translators: $gender = how the person is referred to (she / he / they).
factor-work-structure-cw-skills =
    { $gender ->
        [feminine] Jakie umiejętności i doświadczenie zawodowe ona wnosi?
        [masculine] Jakie umiejętności i doświadczenie zawodowe on wnosi?
       *[neutral] Jakie umiejętności i doświadczenie zawodowe ta osoba wnosi?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-work-structure-cw-routine =
    { $gender ->
        [feminine] Co nadaje strukturę jej dniom i jak stabilna jest ta struktura?
        [masculine] Co nadaje strukturę jego dniom i jak stabilna jest ta struktura?
       *[neutral] Co nadaje strukturę dniom tej osoby i jak stabilna jest ta struktura?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-work-structure-cw-obstacles =
    { $gender ->
        [feminine] Co utrudnia jej znalezienie lub utrzymanie pracy – na przykład karalność, luki w CV albo widoczne ślady przeszłości?
        [masculine] Co utrudnia mu znalezienie lub utrzymanie pracy – na przykład karalność, luki w CV albo widoczne ślady przeszłości?
       *[neutral] Co utrudnia tej osobie znalezienie lub utrzymanie pracy – na przykład karalność, luki w CV albo widoczne ślady przeszłości?
    }
# Translators: $address = formal or informal tone towards the person.
factor-work-structure-ask-experience =
    { $address ->
        [informal] Jakie masz doświadczenie w pracy i co ci się w niej podobało?
       *[formal]
            { $gender ->
                [feminine] Jaką pracę wykonywała Pani dotychczas i co się Pani w niej podobało?
                [masculine] Jaką pracę wykonywał Pan dotychczas i co się Panu w niej podobało?
               *[neutral] Proszę opowiedzieć o swoim doświadczeniu zawodowym. Co w tej pracy sprawiało radość?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-work-structure-ask-weekday =
    { $address ->
        [informal] Opowiedz mi, jak wygląda twój zwykły dzień powszedni.
       *[formal]
            { $gender ->
                [feminine] Czy mogłaby Pani opowiedzieć, jak wygląda Pani zwykły dzień powszedni?
                [masculine] Czy mógłby Pan opowiedzieć, jak wygląda Pana zwykły dzień powszedni?
               *[neutral] Proszę opisać swój zwykły dzień powszedni.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-work-structure-ask-wish =
    { $address ->
        [informal] Jaką pracę chcesz wykonywać za rok?
       *[formal]
            { $gender ->
                [feminine] Jaką pracę chciałaby Pani wykonywać za rok?
                [masculine] Jaką pracę chciałby Pan wykonywać za rok?
               *[neutral] Proszę wyobrazić sobie siebie za rok. Jaką pracę chciałoby się wtedy wykonywać?
            }
    }

## Factor: Housing and money

factor-housing-money = Mieszkanie i pieniądze
factor-housing-money-description =
    Bezpieczne miejsce do życia i dość pieniędzy, by się utrzymać. Gdy mieszkanie, pożyczki lub praca pochodzą ze środowiska, ta materialna zależność może być realną przeszkodą w odejściu.

# Translators: $gender = how the person is referred to (she / he / they).
factor-housing-money-cw-stable =
    { $gender ->
        [feminine] Co w jej sytuacji mieszkaniowej i finansowej jest stabilne i bezpieczne?
        [masculine] Co w jego sytuacji mieszkaniowej i finansowej jest stabilne i bezpieczne?
       *[neutral] Co w sytuacji mieszkaniowej i finansowej tej osoby jest stabilne i bezpieczne?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-housing-money-cw-dependency =
    { $gender ->
        [feminine] Czy w sprawach mieszkania, pieniędzy, pracy lub transportu ona polega na ludziach ze środowiska?
        [masculine] Czy w sprawach mieszkania, pieniędzy, pracy lub transportu on polega na ludziach ze środowiska?
       *[neutral] Czy w sprawach mieszkania, pieniędzy, pracy lub transportu ta osoba polega na ludziach ze środowiska?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-housing-money-cw-pressure =
    { $gender ->
        [feminine] Jakie długi, niezapłacone rachunki lub zagrożenia dla jej mieszkania wywierają na nią presję?
        [masculine] Jakie długi, niezapłacone rachunki lub zagrożenia dla jego mieszkania wywierają na niego presję?
       *[neutral] Jakie długi, niezapłacone rachunki lub zagrożenia dla mieszkania tej osoby wywierają na nią presję?
    }
# Translators: $address = formal or informal tone towards the person.
factor-housing-money-ask-home =
    { $address ->
        [informal] Jak ci się mieszka tam, gdzie teraz jesteś?
       *[formal]
            { $gender ->
                [feminine] Jak czuje się Pani tam, gdzie obecnie Pani mieszka?
                [masculine] Jak czuje się Pan tam, gdzie obecnie Pan mieszka?
               *[neutral] Proszę opowiedzieć o swoim obecnym mieszkaniu: jak się tam mieszka?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-housing-money-ask-getting-by =
    { $address ->
        [informal] Jak sobie radzisz z pieniędzmi?
       *[formal]
            { $gender ->
                [feminine] Jak radzi sobie Pani obecnie z pieniędzmi?
                [masculine] Jak radzi sobie Pan obecnie z pieniędzmi?
               *[neutral] Proszę opowiedzieć, jak udaje się teraz radzić sobie z pieniędzmi.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-housing-money-ask-help =
    { $address ->
        [informal] Jest coś z mieszkaniem albo pieniędzmi, w czym przyda ci się pomoc?
       *[formal]
            { $gender ->
                [feminine] Czy jest coś w sprawach mieszkania lub pieniędzy, w czym chciałaby Pani otrzymać pomoc?
                [masculine] Czy jest coś w sprawach mieszkania lub pieniędzy, w czym chciałby Pan otrzymać pomoc?
               *[neutral] Proszę powiedzieć, czy w sprawach mieszkania lub pieniędzy jest coś, w czym przydałaby się pomoc.
            }
    }

## Factor: Leisure, sport and excitement

factor-leisure-excitement = Czas wolny, sport i mocne wrażenia
factor-leisure-excitement-description =
    Czas wolny, hobby, sport i poszukiwanie mocnych wrażeń. Środowiska często oferują akcję i adrenalinę; znalezienie innych źródeł emocji i frajdy pomaga wypełnić tę lukę.

# Translators: $gender = how the person is referred to (she / he / they).
factor-leisure-excitement-cw-interests =
    { $gender ->
        [feminine] Jakie hobby, sporty lub zainteresowania ma teraz albo miała wcześniej?
        [masculine] Jakie hobby, sporty lub zainteresowania ma teraz albo miał wcześniej?
       *[neutral] Jakie hobby, sporty lub zainteresowania ta osoba ma teraz albo miała wcześniej?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-leisure-excitement-cw-thrill =
    { $gender ->
        [feminine] Jakich emocji dostarczało jej środowisko i gdzie mogłaby ich szukać, nie robiąc nikomu krzywdy?
        [masculine] Jakich emocji dostarczało mu środowisko i gdzie mógłby ich szukać, nie robiąc nikomu krzywdy?
       *[neutral] Jakich emocji dostarczało tej osobie środowisko i gdzie mogłaby ich szukać, nie robiąc nikomu krzywdy?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-leisure-excitement-cw-empty-time =
    { $gender ->
        [feminine] Kiedy czas wolny jest dla niej trudny – na przykład wieczory, weekendy albo dni, w które spotykała się grupa?
        [masculine] Kiedy czas wolny jest dla niego trudny – na przykład wieczory, weekendy albo dni, w które spotykała się grupa?
       *[neutral] Kiedy czas wolny jest dla tej osoby trudny – na przykład wieczory, weekendy albo dni, w które spotykała się grupa?
    }
# Translators: $address = formal or informal tone towards the person.
factor-leisure-excitement-ask-fun =
    { $address ->
        [informal] Co robisz dla frajdy?
       *[formal]
            { $gender ->
                [feminine] Co lubi Pani robić w wolnym czasie?
                [masculine] Co lubi Pan robić w wolnym czasie?
               *[neutral] Proszę opowiedzieć o swoim wolnym czasie: co sprawia wtedy przyjemność?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-leisure-excitement-ask-buzz =
    { $address ->
        [informal] Co cię teraz nakręca?
       *[formal]
            { $gender ->
                [feminine] Gdzie obecnie znajduje Pani emocje albo poczucie przygody?
                [masculine] Gdzie obecnie znajduje Pan emocje albo poczucie przygody?
               *[neutral] Proszę powiedzieć, gdzie dziś udaje się znaleźć emocje albo poczucie przygody.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-leisure-excitement-ask-restless =
    { $address ->
        [informal] Kiedy się nudzisz albo nie możesz sobie znaleźć miejsca?
       *[formal]
            { $gender ->
                [feminine] Które pory tygodnia najtrudniej Pani wypełnić?
                [masculine] Które pory tygodnia najtrudniej Panu wypełnić?
               *[neutral] Proszę pomyśleć o swoim tygodniu. Które pory najtrudniej wypełnić?
            }
    }

## Factor: Legal situation and institutions

factor-legal-institutions = Sytuacja prawna i instytucje
factor-legal-institutions-description =
    Postępowania sądowe, dozór kuratora, więzienie i wyjście na wolność oraz kontakty z policją, urzędem pracy czy pomocą społeczną. Obejmuje to także nazwisko lub wizerunek osoby w internecie, które mogą ciągnąć się za nią długo po odejściu.

# Translators: $gender = how the person is referred to (she / he / they).
factor-legal-institutions-cw-support-network =
    { $gender ->
        [feminine] Jacy specjaliści i jakie służby ją wspierają i jak dobrze to działa?
        [masculine] Jacy specjaliści i jakie służby go wspierają i jak dobrze to działa?
       *[neutral] Jacy specjaliści i jakie służby wspierają tę osobę i jak dobrze to działa?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-legal-institutions-cw-proceedings =
    { $gender ->
        [feminine] Jakie postępowania, warunki lub terminy obecnie jej dotyczą – na przykład w sądzie, w ramach dozoru kuratora, w związku z wyjściem na wolność lub prawem pobytu?
        [masculine] Jakie postępowania, warunki lub terminy obecnie go dotyczą – na przykład w sądzie, w ramach dozoru kuratora, w związku z wyjściem na wolność lub prawem pobytu?
       *[neutral] Jakie postępowania, warunki lub terminy obecnie dotyczą tej osoby – na przykład w sądzie, w ramach dozoru kuratora, w związku z wyjściem na wolność lub prawem pobytu?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-legal-institutions-cw-exposure =
    { $gender ->
        [feminine] Czy jej dane lub wizerunek są publicznie widoczne – w internecie lub w mediach – i jakie ma to dla niej konsekwencje?
        [masculine] Czy jego dane lub wizerunek są publicznie widoczne – w internecie lub w mediach – i jakie ma to dla niego konsekwencje?
       *[neutral] Czy dane lub wizerunek tej osoby są publicznie widoczne – w internecie lub w mediach – i jakie ma to dla niej konsekwencje?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-legal-institutions-cw-trust =
    { $gender ->
        [feminine] Jak ona odbiera instytucje: z zaufaniem, ze strachem czy z wrogością?
        [masculine] Jak on odbiera instytucje: z zaufaniem, ze strachem czy z wrogością?
       *[neutral] Jak ta osoba odbiera instytucje: z zaufaniem, ze strachem czy z wrogością?
    }
# Translators: $address = formal or informal tone towards the person.
factor-legal-institutions-ask-helpful =
    { $address ->
        [informal] Kto z urzędów albo służb naprawdę ci pomógł?
       *[formal]
            { $gender ->
                [feminine] Kto spośród specjalistów lub urzędów okazał się dla Pani pomocny?
                [masculine] Kto spośród specjalistów lub urzędów okazał się dla Pana pomocny?
               *[neutral] Proszę powiedzieć, kto spośród specjalistów lub urzędów okazał się naprawdę pomocny.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-legal-institutions-ask-coming-up =
    { $address ->
        [informal] Masz przed sobą jakieś rozprawy, terminy albo warunki, które chodzą ci po głowie?
       *[formal]
            { $gender ->
                [feminine] Czy zbliżają się jakieś terminy, rozprawy lub warunki, które Panią niepokoją?
                [masculine] Czy zbliżają się jakieś terminy, rozprawy lub warunki, które Pana niepokoją?
               *[neutral] Proszę powiedzieć, czy zbliżają się jakieś terminy, rozprawy lub warunki, które budzą niepokój.
            }
    }
factor-legal-institutions-ask-online =
    { $address ->
        [informal] Czy jest w internecie coś o tobie, co cię martwi?
       *[formal]
            { $gender ->
                [feminine] Czy jest w internecie coś na Pani temat, co Panią martwi?
                [masculine] Czy jest w internecie coś na Pana temat, co Pana martwi?
               *[neutral] Proszę powiedzieć, czy w internecie jest coś na własny temat, co budzi niepokój.
            }
    }

## Area: Worldview and orientation

area-worldview = Światopogląd i kierunek
area-worldview-description =
    Przekonania i wątpliwości osoby, źródła, z których czerpie informacje, jej stosunek do przemocy i to, na co ma nadzieję.

## Factor: Worldview and doubts

factor-worldview-doubts = Światopogląd i wątpliwości
factor-worldview-doubts-description =
    Dzisiejsze poglądy polityczne lub religijne osoby oraz wątpliwości i sprzeczności, które dostrzega. Wątpliwości częściej rodzą się z doświadczeń niż z argumentów.

# Translators: $gender = how the person is referred to (she / he / they).
factor-worldview-doubts-cw-bridging-values =
    { $gender ->
        [feminine] Które z jej wartości – na przykład uczciwość, lojalność czy sprawiedliwość – mogłyby stać się pomostem do bardziej otwartego spojrzenia?
        [masculine] Które z jego wartości – na przykład uczciwość, lojalność czy sprawiedliwość – mogłyby stać się pomostem do bardziej otwartego spojrzenia?
       *[neutral] Które z wartości tej osoby – na przykład uczciwość, lojalność czy sprawiedliwość – mogłyby stać się pomostem do bardziej otwartego spojrzenia?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-worldview-doubts-cw-doubts =
    { $gender ->
        [feminine] Jakie wątpliwości lub sprzeczności zauważyła w ideologii albo w grupie?
        [masculine] Jakie wątpliwości lub sprzeczności zauważył w ideologii albo w grupie?
       *[neutral] Jakie wątpliwości lub sprzeczności ta osoba zauważyła w ideologii albo w grupie?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-worldview-doubts-cw-still-holds =
    { $gender ->
        [feminine] Które idee środowiska ona wciąż podziela i jak mocno?
        [masculine] Które idee środowiska on wciąż podziela i jak mocno?
       *[neutral] Które idee środowiska ta osoba wciąż podziela i jak mocno?
    }
# Translators: $address = formal or informal tone towards the person.
factor-worldview-doubts-ask-values =
    { $address ->
        [informal] Co jest dla ciebie ważne w tym, jak ludzie się do siebie odnoszą?
       *[formal]
            { $gender ->
                [feminine] Jakie wartości są dla Pani ważne w tym, jak ludzie traktują się nawzajem?
                [masculine] Jakie wartości są dla Pana ważne w tym, jak ludzie traktują się nawzajem?
               *[neutral] Proszę pomyśleć o tym, jak ludzie traktują się nawzajem. Jakie wartości są w tym szczególnie ważne?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-worldview-doubts-ask-changed =
    { $address ->
        [informal] Czy twoje spojrzenie na świat ostatnio się zmieniło? W jaki sposób?
       *[formal]
            { $gender ->
                [feminine] Czy Pani spojrzenie na świat zmieniło się w ostatnich latach? W jaki sposób?
                [masculine] Czy Pana spojrzenie na świat zmieniło się w ostatnich latach? W jaki sposób?
               *[neutral] Proszę pomyśleć o swoim spojrzeniu na świat. Czy zmieniło się w ostatnich latach? W jaki sposób?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-worldview-doubts-ask-did-not-add-up =
    { $address ->
        [informal] Był moment, kiedy coś, co mówiła grupa, po prostu przestało ci się zgadzać?
       *[formal]
            { $gender ->
                [feminine] Czy był moment, w którym coś, co mówiła grupa, przestało mieć dla Pani sens?
                [masculine] Czy był moment, w którym coś, co mówiła grupa, przestało mieć dla Pana sens?
               *[neutral] Proszę przypomnieć sobie, czy był moment, w którym coś, co mówiła grupa, przestało mieć sens.
            }
    }

## Factor: Media and online spaces

factor-media-online = Media i internet
factor-media-online-description =
    Kanały, fora, gry, filmy i czaty, z których korzysta osoba. Przestrzenie w sieci mogą podtrzymywać dawne więzi i poglądy, ale mogą też otwierać drogę do nowych ludzi i perspektyw.

# Translators: $gender = how the person is referred to (she / he / they).
factor-media-online-cw-positive =
    { $gender ->
        [feminine] Jakie media, kanały lub społeczności w sieci dają jej nowe perspektywy albo dobre kontakty?
        [masculine] Jakie media, kanały lub społeczności w sieci dają mu nowe perspektywy albo dobre kontakty?
       *[neutral] Jakie media, kanały lub społeczności w sieci dają tej osobie nowe perspektywy albo dobre kontakty?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-media-online-cw-scene-channels =
    { $gender ->
        [feminine] Do jakich kanałów i grup środowiska wciąż należy, z kim ze środowiska utrzymuje kontakt i jak jest tam aktywna?
        [masculine] Do jakich kanałów i grup środowiska wciąż należy, z kim ze środowiska utrzymuje kontakt i jak jest tam aktywny?
       *[neutral] Do jakich kanałów i grup środowiska ta osoba wciąż należy, z kim ze środowiska utrzymuje kontakt i jak jest tam aktywna?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-media-online-cw-habits =
    { $gender ->
        [feminine] Ile czasu spędza w internecie i jak wpływa to na jej nastrój i poglądy?
        [masculine] Ile czasu spędza w internecie i jak wpływa to na jego nastrój i poglądy?
       *[neutral] Ile czasu ta osoba spędza w internecie i jak wpływa to na jej nastrój i poglądy?
    }
# Translators: $address = formal or informal tone towards the person.
factor-media-online-ask-into =
    { $address ->
        [informal] W co się wkręcasz w sieci?
       *[formal]
            { $gender ->
                [feminine] Co lubi Pani oglądać, czytać lub w co grać w internecie?
                [masculine] Co lubi Pan oglądać, czytać lub w co grać w internecie?
               *[neutral] Proszę opowiedzieć o swoich ulubionych rzeczach w internecie – do oglądania, czytania czy grania.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-media-online-ask-after-online =
    { $address ->
        [informal] Jak się czujesz po dłuższym scrollowaniu?
       *[formal]
            { $gender ->
                [feminine] Jak się Pani zwykle czuje po czasie spędzonym w internecie?
                [masculine] Jak się Pan zwykle czuje po czasie spędzonym w internecie?
               *[neutral] Proszę opisać swoje samopoczucie po czasie spędzonym w internecie.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-media-online-ask-old-groups =
    { $address ->
        [informal] Jesteś jeszcze w jakichś czatach albo grupach z tamtych czasów? Jak ci z tym?
       *[formal]
            { $gender ->
                [feminine] Czy jest Pani jeszcze w jakichś czatach lub grupach z przeszłości? Jak się Pani z tym czuje?
                [masculine] Czy jest Pan jeszcze w jakichś czatach lub grupach z przeszłości? Jak się Pan z tym czuje?
               *[neutral] Proszę przejrzeć w myślach swoje czaty i grupy. Czy są wśród nich jakieś z przeszłości? Jakie to budzi odczucia?
            }
    }

## Factor: Attitude to violence and ways of acting

factor-violence-attitude = Stosunek do przemocy i sposoby działania
factor-violence-attitude-description =
    Co osoba myśli o przemocy jako środku działania i jakie zna inne sposoby, by działać w sprawach, które są dla niej ważne. Troski mogą być prawdziwe i uzasadnione; pytanie brzmi, jak działać w ich sprawie, nikogo nie krzywdząc.

# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-attitude-cw-non-violent =
    { $gender ->
        [feminine] Jakie pokojowe sposoby działania w ważnych dla niej sprawach zna lub już stosuje – na przykład rozmowę, głosowanie, organizowanie się czy pomaganie?
        [masculine] Jakie pokojowe sposoby działania w ważnych dla niego sprawach zna lub już stosuje – na przykład rozmowę, głosowanie, organizowanie się czy pomaganie?
       *[neutral] Jakie pokojowe sposoby działania w ważnych dla siebie sprawach ta osoba zna lub już stosuje – na przykład rozmowę, głosowanie, organizowanie się czy pomaganie?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-attitude-cw-change =
    { $gender ->
        [feminine] Jak z czasem zmieniał się jej stosunek do przemocy i co na to wpłynęło?
        [masculine] Jak z czasem zmieniał się jego stosunek do przemocy i co na to wpłynęło?
       *[neutral] Jak z czasem zmieniał się stosunek tej osoby do przemocy i co na to wpłynęło?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-attitude-cw-justify =
    { $gender ->
        [feminine] W jakich sytuacjach ona wciąż uważa przemoc za uzasadnioną lub konieczną?
        [masculine] W jakich sytuacjach on wciąż uważa przemoc za uzasadnioną lub konieczną?
       *[neutral] W jakich sytuacjach ta osoba wciąż uważa przemoc za uzasadnioną lub konieczną?
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-attitude-ask-make-a-difference =
    { $address ->
        [informal] Kiedy coś w społeczeństwie naprawdę cię wkurza, co możesz z tym zrobić?
       *[formal]
            { $gender ->
                [feminine] Jeśli coś w społeczeństwie budzi Pani gniew, co mogłaby Pani z tym zrobić?
                [masculine] Jeśli coś w społeczeństwie budzi Pana gniew, co mógłby Pan z tym zrobić?
               *[neutral] Proszę pomyśleć o czymś w społeczeństwie, co budzi gniew. Co można by z tym zrobić?
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-attitude-ask-view-now =
    { $address ->
        [informal] Jak patrzysz na przemoc teraz, w porównaniu z tym, co było kilka lat temu?
       *[formal]
            { $gender ->
                [feminine] Jak postrzega Pani przemoc dzisiaj w porównaniu z tym, co było kilka lat temu?
                [masculine] Jak postrzega Pan przemoc dzisiaj w porównaniu z tym, co było kilka lat temu?
               *[neutral] Proszę porównać swoje dzisiejsze spojrzenie na przemoc z tym sprzed kilku lat.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-attitude-ask-instead =
    { $address ->
        [informal] Gdyby zrobiło się gorąco, co możesz zrobić zamiast używać pięści?
       *[formal]
            { $gender ->
                [feminine] Gdyby sytuacja zrobiła się napięta, co mogłaby Pani zrobić zamiast użyć siły?
                [masculine] Gdyby sytuacja zrobiła się napięta, co mógłby Pan zrobić zamiast użyć siły?
               *[neutral] Proszę wyobrazić sobie, że sytuacja robi się napięta. Co można by zrobić zamiast użyć siły?
            }
    }

## Factor: Future, goals and hope

factor-future-hope = Przyszłość, cele i nadzieja
factor-future-hope-description =
    Na co osoba ma nadzieję i do czego dąży. Nadzieja i konkretne cele należą do najpewniejszych podpór trwałej zmiany.

# Translators: $gender = how the person is referred to (she / he / they).
factor-future-hope-cw-goals =
    { $gender ->
        [feminine] Jakie cele ona sama dla siebie wymienia – własnymi słowami?
        [masculine] Jakie cele on sam dla siebie wymienia – własnymi słowami?
       *[neutral] Jakie cele ta osoba wymienia dla siebie – własnymi słowami?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-future-hope-cw-hope =
    { $gender ->
        [feminine] Z jaką nadzieją ona patrzy w przyszłość i co tę nadzieję podsyca?
        [masculine] Z jaką nadzieją on patrzy w przyszłość i co tę nadzieję podsyca?
       *[neutral] Z jaką nadzieją ta osoba patrzy w przyszłość i co tę nadzieję podsyca?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-future-hope-cw-obstacles =
    { $gender ->
        [feminine] Co stoi między nią a jej celami i jakie wsparcie pomogłoby w następnym kroku?
        [masculine] Co stoi między nim a jego celami i jakie wsparcie pomogłoby w następnym kroku?
       *[neutral] Co stoi między tą osobą a jej celami i jakie wsparcie pomogłoby w następnym kroku?
    }
# Translators: $address = formal or informal tone towards the person.
factor-future-hope-ask-one-year =
    { $address ->
        [informal] Gdzie chcesz być za rok?
       *[formal]
            { $gender ->
                [feminine] Gdzie chciałaby Pani być za rok?
                [masculine] Gdzie chciałby Pan być za rok?
               *[neutral] Proszę wyobrazić sobie siebie za rok. Gdzie chciałoby się wtedy być?
            }
    }
factor-future-hope-ask-hope =
    { $address ->
        [informal] Co daje ci teraz nadzieję?
       *[formal]
            { $gender ->
                [feminine] Co daje Pani obecnie nadzieję?
                [masculine] Co daje Panu obecnie nadzieję?
               *[neutral] Proszę powiedzieć, co daje teraz nadzieję.
            }
    }
# Translators: $address = formal or informal tone towards the person.
factor-future-hope-ask-first-step =
    { $address ->
        [informal] Jaki może być pierwszy krok w stronę tego, gdzie chcesz być?
       *[formal]
            { $gender ->
                [feminine] Co mogłoby być pierwszym krokiem w stronę tego, gdzie chciałaby Pani być?
                [masculine] Co mogłoby być pierwszym krokiem w stronę tego, gdzie chciałby Pan być?
               *[neutral] Proszę pomyśleć o tym, gdzie chciałoby się być. Co mogłoby być pierwszym krokiem w tę stronę?
            }
    }
