### DesistCards: teksty polskie (Polish).
###
### Structure (categories, cards, kinds, options) is in deck.toml beside this file.
### Every card text has an $address select. Informal address uses "ty" (lower case).
### Formal address uses "Pani" / "Pan" when the person chose a feminine or masculine form;
### for the neutral default (also "unspecified") the formal texts avoid Pan/Pani (and the
### plural "Państwo") but still speak to the person: a polite "Proszę" + infinitive with
### "swój" / "siebie" ("Proszę opisać siebie trzema słowami.", "Proszę ocenić swoją
### gotowość…"), not survey-like nouns ("Jak wysoki jest poziom stresu?").
### First-person statements also have both forms; there they differ only in register
### (the informal form is more colloquial).
### Polish past tense and adjectives show gender, so texts use the present tense, impersonal
### or noun constructions where they can, and a $gender select where they cannot.
###
### Variables:
###   $address  formal (the default) or informal
###   $gender   feminine, masculine, or neutral (the default; also used for "unspecified")
###
### No labels such as "ekstremista" for the person: "grupa" or "środowisko".

# The deck's own name, shown where a deck is picked.
deck-title = DesistCards – karty do rozmowy

## Categories

category-my-story = Ja i moja historia
category-my-story-description = Skąd pochodzę, kim jestem i jak siebie widzę.
category-people = Ludzie wokół mnie
category-people-description = Rodzina, przyjaciele, partnerzy i społeczności, które są częścią mojego życia.
category-everyday = Codzienność
category-everyday-description = Praca, dom, pieniądze, czas wolny i wszystko, z czego składa się zwykły dzień.
category-feelings = Uczucia i ciało
category-feelings-description = Jak się czuję, jak ma się moje ciało i co pomaga mi sobie radzić.
category-values = Wartości i przekonania
category-values-description = Co jest dla mnie ważne, w co wierzę i jak zmieniały się moje poglądy.
category-strengths = Mocne strony i zasoby
category-strengths-description = Co potrafię, co mam i co do tej pory dawało mi siłę.
category-future = Przyszłość i cele
category-future-description = Na co mam nadzieję, do czego chcę dążyć i jakie są moje następne kroki.
category-turning-points = Punkty zwrotne
category-turning-points-description = Chwile wątpliwości, decyzji i nowych początków, które coś we mnie zmieniły.

## Category: Me and my story

card-my-story-three-words-title = Trzy słowa o mnie
card-my-story-three-words =
    { $address ->
        [informal] Wybierz trzy słowa, które cię opisują.
       *[formal]
            { $gender ->
                [feminine] Jakimi trzema słowami najlepiej opisałaby Pani siebie?
                [masculine] Jakimi trzema słowami najlepiej opisałby Pan siebie?
               *[neutral] Proszę opisać siebie trzema słowami.
            }
    }

card-my-story-good-place-title = Dobre miejsce z dzieciństwa
card-my-story-good-place =
    { $address ->
        [informal] Czy w dzieciństwie było jakieś miejsce, w którym było ci dobrze i bezpiecznie? Jak tam było?
       *[formal]
            { $gender ->
                [feminine] Czy w dzieciństwie było miejsce, w którym czuła się Pani bezpiecznie i szczęśliwie? Jak tam było?
                [masculine] Czy w dzieciństwie było miejsce, w którym czuł się Pan bezpiecznie i szczęśliwie? Jak tam było?
               *[neutral] Proszę pomyśleć o swoim dzieciństwie: czy było wtedy miejsce, w którym można było czuć się bezpiecznie i szczęśliwie? Jak tam było?
            }
    }

card-my-story-before-the-group-title = Czas przed grupą
card-my-story-before-the-group =
    { $address ->
        [informal] Co cię kręciło, zanim w twoim życiu pojawiła się grupa?
       *[formal]
            { $gender ->
                [feminine] Co lubiła Pani robić, zanim związała się Pani z grupą?
                [masculine] Co lubił Pan robić, zanim związał się Pan z grupą?
               *[neutral] Proszę przypomnieć sobie czas, zanim w życiu pojawiła się grupa. Co wtedy sprawiało radość?
            }
    }

card-my-story-proud-of-title = Powód do dumy
card-my-story-proud-of =
    { $address ->
        [informal] Co w twoim życiu napawa cię dumą?
       *[formal]
            { $gender ->
                [feminine] Czy może Pani wskazać coś w swoim życiu, z czego jest Pani dumna?
                [masculine] Czy może Pan wskazać coś w swoim życiu, z czego jest Pan dumny?
               *[neutral] Proszę wymienić coś w swoim życiu, co napawa dumą.
            }
    }

card-my-story-more-than-my-past-title = Więcej niż przeszłość
card-my-story-more-than-my-past =
    { $address ->
        [informal] Moja przeszłość to nie cała prawda o mnie.
       *[formal] Jestem kimś więcej niż to, co mam za sobą.
    }

card-my-story-wanting-to-belong-title = Potrzeba przynależności
card-my-story-wanting-to-belong =
    { $address ->
        [informal] Do grupy ciągnęło mnie też to, żeby wreszcie gdzieś pasować.
       *[formal] Do grupy przyciągnęła mnie między innymi potrzeba, by gdzieś przynależeć.
    }

card-my-story-in-my-own-words-title = Własnymi słowami
card-my-story-in-my-own-words =
    { $address ->
        [informal] Mogę opowiedzieć swoją historię po swojemu, tak jak ja ją widzę.
       *[formal] Mogę opowiedzieć swoją historię własnymi słowami, tak jak ją widzę.
    }

card-my-story-nothing-to-prove-title = Nic nie muszę udowadniać
# Translators: $gender = the form the person chose. The statement is about not having
# to prove one's worth as a "real" woman or man; the neutral form stays general.
card-my-story-nothing-to-prove =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Mogę po prostu być sobą i nie muszę nikomu udowadniać, że jestem prawdziwą kobietą.
                [masculine] Mogę po prostu być sobą i nie muszę nikomu udowadniać, że jestem prawdziwym facetem.
               *[neutral] Mogę po prostu być sobą i nikomu nie muszę niczego udowadniać.
            }
       *[formal]
            { $gender ->
                [feminine] Mogę być sobą i nie muszę udowadniać, że jestem prawdziwą kobietą.
                [masculine] Mogę być sobą i nie muszę udowadniać, że jestem prawdziwym mężczyzną.
               *[neutral] Mogę być sobą i nie muszę nikomu udowadniać, kim jestem.
            }
    }

card-my-story-current-chapter-title = Rozdział, w którym jestem
card-my-story-current-chapter =
    { $address ->
        [informal] Gdyby twoje życie było książką: jak bardzo podoba ci się rozdział, w którym teraz jesteś?
       *[formal]
            { $gender ->
                [feminine] Gdyby Pani życie było książką, na ile byłaby Pani zadowolona z rozdziału, w którym jest Pani teraz?
                [masculine] Gdyby Pana życie było książką, na ile byłby Pan zadowolony z rozdziału, w którym jest Pan teraz?
               *[neutral] Proszę wyobrazić sobie swoje życie jako książkę. Na ile obecny rozdział przynosi zadowolenie?
            }
    }
card-my-story-current-chapter-low = Wcale
card-my-story-current-chapter-high = Całkowicie

card-my-story-known-by-others-title = Czy inni mnie znają
card-my-story-known-by-others =
    { $address ->
        [informal] Jak dobrze ludzie wokół ciebie wiedzą, kim naprawdę jesteś?
       *[formal]
            { $gender ->
                [feminine] Na ile ludzie wokół Pani wiedzą, kim Pani naprawdę jest?
                [masculine] Na ile ludzie wokół Pana wiedzą, kim Pan naprawdę jest?
               *[neutral] Proszę pomyśleć o ludziach wokół siebie. Na ile wiedzą, kim się naprawdę jest?
            }
    }
card-my-story-known-by-others-low = Wcale
card-my-story-known-by-others-high = Bardzo dobrze

card-my-story-my-roles-title = Moje role
card-my-story-my-roles =
    { $address ->
        [informal] Które z tych ról pełnisz w swoim życiu?
       *[formal]
            { $gender ->
                [feminine] Które z tych ról pełni Pani w swoim życiu?
                [masculine] Które z tych ról pełni Pan w swoim życiu?
               *[neutral] Proszę wybrać z tej listy swoje role w życiu.
            }
    }
# Translators: $gender = the form the person chose (daughter / son / child).
card-my-story-my-roles-option-child =
    { $gender ->
        [feminine] Córka
        [masculine] Syn
       *[neutral] Dziecko moich rodziców
    }
# Translators: $gender = the form the person chose (sister / brother / sibling).
card-my-story-my-roles-option-sibling =
    { $gender ->
        [feminine] Siostra
        [masculine] Brat
       *[neutral] Ktoś z rodzeństwa
    }
# Translators: $gender = the form the person chose (mother / father / parent).
card-my-story-my-roles-option-parent =
    { $gender ->
        [feminine] Matka
        [masculine] Ojciec
       *[neutral] Rodzic
    }
card-my-story-my-roles-option-partner =
    { $gender ->
        [feminine] Partnerka
        [masculine] Partner
       *[neutral] Osoba w związku
    }
card-my-story-my-roles-option-friend =
    { $gender ->
        [feminine] Przyjaciółka
        [masculine] Przyjaciel
       *[neutral] Osoba zaprzyjaźniona
    }
card-my-story-my-roles-option-colleague =
    { $gender ->
        [feminine] Koleżanka z pracy
        [masculine] Kolega z pracy
       *[neutral] Ktoś z zespołu w pracy
    }
card-my-story-my-roles-option-neighbour =
    { $gender ->
        [feminine] Sąsiadka
        [masculine] Sąsiad
       *[neutral] Ktoś z sąsiedztwa
    }
card-my-story-my-roles-option-team-mate =
    { $gender ->
        [feminine] Koleżanka z drużyny
        [masculine] Kolega z drużyny
       *[neutral] Ktoś z drużyny
    }
card-my-story-my-roles-option-carer = Ktoś, kto opiekuje się innymi
card-my-story-my-roles-option-learner = Ktoś, kto się uczy

## Category: People around me

card-people-someone-to-call-title = Do kogo zadzwonić
card-people-someone-to-call =
    { $address ->
        [informal] Do kogo możesz zadzwonić o trzeciej w nocy, jeśli potrzebujesz pomocy?
       *[formal]
            { $gender ->
                [feminine] Do kogo mogłaby Pani zadzwonić w środku nocy, gdyby potrzebowała Pani pomocy?
                [masculine] Do kogo mógłby Pan zadzwonić w środku nocy, gdyby potrzebował Pan pomocy?
               *[neutral] Proszę pomyśleć, do kogo można by zadzwonić w środku nocy, gdyby potrzebna była pomoc.
            }
    }

card-people-best-in-me-title = To, co we mnie najlepsze
card-people-best-in-me =
    { $address ->
        [informal] Kto wydobywa z ciebie to, co najlepsze?
       *[formal]
            { $gender ->
                [feminine] Kto w Pani życiu wydobywa z Pani to, co najlepsze?
                [masculine] Kto w Pana życiu wydobywa z Pana to, co najlepsze?
               *[neutral] Proszę powiedzieć, przy kim najłatwiej pokazać swoją najlepszą stronę.
            }
    }

card-people-lost-touch-title = Urwany kontakt
card-people-lost-touch =
    { $address ->
        [informal] Jest ktoś, z kim urwał ci się kontakt, a chcesz go znowu zobaczyć?
       *[formal]
            { $gender ->
                [feminine] Czy jest ktoś, z kim straciła Pani kontakt, a kogo chciałaby Pani znów zobaczyć?
                [masculine] Czy jest ktoś, z kim stracił Pan kontakt, a kogo chciałby Pan znów zobaczyć?
               *[neutral] Proszę pomyśleć o ludziach, z którymi urwał się kontakt. Czy jest wśród nich ktoś, kogo dobrze byłoby znów zobaczyć?
            }
    }

card-people-family-on-my-side-title = Rodzina po mojej stronie
card-people-family-on-my-side =
    { $address ->
        [informal] Ktoś z mojej rodziny trzyma ze mną.
       *[formal] W mojej rodzinie jest ktoś, kto stoi po mojej stronie.
    }

card-people-friends-outside-title = Przyjaciele spoza środowiska
card-people-friends-outside =
    { $address ->
        [informal] Mam przyjaciół spoza tego środowiska.
       *[formal] Mam przyjaciół, którzy nie mają nic wspólnego z tym środowiskiem.
    }

card-people-respect-at-home-title = Szacunek w domu
card-people-respect-at-home =
    { $address ->
        [informal] W moim związku szanujemy się nawzajem.
       *[formal] W moim związku traktujemy się nawzajem z szacunkiem.
    }

card-people-someone-relies-on-me-title = Ktoś na mnie liczy
card-people-someone-relies-on-me =
    { $address ->
        [informal] Ktoś na mnie liczy i to jest dla mnie ważne.
       *[formal] Jest ktoś, kto na mnie polega, i ma to dla mnie znaczenie.
    }

card-people-connected-title = Więź z innymi
card-people-connected =
    { $address ->
        [informal] Jak mocną więź z innymi ludźmi czujesz teraz?
       *[formal]
            { $gender ->
                [feminine] Na ile czuje się Pani obecnie związana z innymi ludźmi?
                [masculine] Na ile czuje się Pan obecnie związany z innymi ludźmi?
               *[neutral] Proszę ocenić swoją obecną więź z innymi ludźmi.
            }
    }
card-people-connected-low = Bardzo samotnie
card-people-connected-high = Bardzo silna więź

card-people-trusting-others-title = Zaufanie do innych
card-people-trusting-others =
    { $address ->
        [informal] Jak łatwo przychodzi ci ufać ludziom?
       *[formal]
            { $gender ->
                [feminine] Jak łatwo przychodzi Pani ufać ludziom?
                [masculine] Jak łatwo przychodzi Panu ufać ludziom?
               *[neutral] Proszę ocenić, jak łatwo przychodzi zaufanie do innych ludzi.
            }
    }
card-people-trusting-others-low = Bardzo trudno
card-people-trusting-others-high = Bardzo łatwo

card-people-my-circle-title = Mój krąg
card-people-my-circle =
    { $address ->
        [informal] Kto jest teraz w twoim życiu?
       *[formal]
            { $gender ->
                [feminine] Kogo ma Pani obecnie w swoim życiu?
                [masculine] Kogo ma Pan obecnie w swoim życiu?
               *[neutral] Proszę opisać swój obecny krąg: kto do niego należy?
            }
    }
card-people-my-circle-option-family = Rodzina
card-people-my-circle-option-partner = Partner lub partnerka
card-people-my-circle-option-children = Dzieci
card-people-my-circle-option-friends = Przyjaciele
card-people-my-circle-option-neighbours = Sąsiedzi
card-people-my-circle-option-colleagues = Ludzie z pracy lub ze szkoły
card-people-my-circle-option-team-mates = Ludzie z drużyny
card-people-my-circle-option-faith-community = Wspólnota wyznaniowa
card-people-my-circle-option-professionals = Specjaliści, którzy mnie wspierają
card-people-my-circle-option-online-friends = Znajomi z internetu

card-people-places-to-meet-title = Gdzie poznać ludzi
card-people-places-to-meet =
    { $address ->
        [informal] Gdzie możesz poznać ludzi, którzy lubią to samo co ty?
       *[formal]
            { $gender ->
                [feminine] Gdzie mogłaby Pani poznać ludzi o podobnych zainteresowaniach?
                [masculine] Gdzie mógłby Pan poznać ludzi o podobnych zainteresowaniach?
               *[neutral] Proszę pomyśleć, gdzie można by poznać ludzi o podobnych zainteresowaniach.
            }
    }
card-people-places-to-meet-option-sports-club = Klub sportowy
card-people-places-to-meet-option-course = Kurs lub zajęcia
card-people-places-to-meet-option-volunteering = Wolontariat
card-people-places-to-meet-option-workplace = W pracy
card-people-places-to-meet-option-faith-group = Grupa wyznaniowa
card-people-places-to-meet-option-music = Wspólne muzykowanie
card-people-places-to-meet-option-hobby-group = Koło zainteresowań
card-people-places-to-meet-option-neighbourhood = W okolicy
card-people-places-to-meet-option-community-centre = Dom kultury lub świetlica

## Category: Everyday life

card-everyday-good-ordinary-day-title = Dobry zwykły dzień
card-everyday-good-ordinary-day =
    { $address ->
        [informal] Jak wygląda dla ciebie dobry, zwykły dzień, od rana do wieczora?
       *[formal]
            { $gender ->
                [feminine] Jak wygląda dla Pani dobry, zwyczajny dzień, od rana do wieczora?
                [masculine] Jak wygląda dla Pana dobry, zwyczajny dzień, od rana do wieczora?
               *[neutral] Proszę opisać swój dobry, zwyczajny dzień, od rana do wieczora.
            }
    }

card-everyday-evenings-weekends-title = Wieczory i weekendy
card-everyday-evenings-weekends =
    { $address ->
        [informal] Co teraz zwykle robisz wieczorami i w weekendy?
       *[formal]
            { $gender ->
                [feminine] Jak spędza Pani ostatnio wieczory i weekendy?
                [masculine] Jak spędza Pan ostatnio wieczory i weekendy?
               *[neutral] Proszę opowiedzieć o swoich wieczorach i weekendach: jak ostatnio wyglądają?
            }
    }

card-everyday-help-that-counts-title = Pomoc, która coś zmieni
card-everyday-help-that-counts =
    { $address ->
        [informal] Co na co dzień byłoby dużo łatwiejsze z odrobiną pomocy?
       *[formal]
            { $gender ->
                [feminine] W jakiej codziennej sprawie pomoc najbardziej ułatwiłaby Pani życie?
                [masculine] W jakiej codziennej sprawie pomoc najbardziej ułatwiłaby Panu życie?
               *[neutral] Proszę pomyśleć o codziennych sprawach: w czym pomoc najbardziej ułatwiłaby życie?
            }
    }

card-everyday-routine-title = Rytm dnia, który działa
card-everyday-routine =
    { $address ->
        [informal] Mam swój codzienny rytm i to mi pasuje.
       *[formal] Mam rytm dnia, który mi odpowiada.
    }

card-everyday-safe-home-title = Bezpieczny dom
card-everyday-safe-home =
    { $address ->
        [informal] U siebie w domu czuję się bezpiecznie.
       *[formal] Czuję się bezpiecznie tam, gdzie mieszkam.
    }

card-everyday-own-feet-title = Na własnych nogach
card-everyday-own-feet =
    { $address ->
        [informal] Daję radę bez kasy i przysług od grupy.
       *[formal] Radzę sobie bez pieniędzy i przysług od grupy.
    }

card-everyday-my-days-title = Jak spędzam dni
card-everyday-my-days =
    { $address ->
        [informal] Na ile pasuje ci to, czym zajmujesz się w ciągu dnia – praca, nauka czy coś innego?
       *[formal]
            { $gender ->
                [feminine] Na ile jest Pani zadowolona z tego, czym zajmuje się Pani w ciągu dnia – czy to praca, nauka, czy coś innego?
                [masculine] Na ile jest Pan zadowolony z tego, czym zajmuje się Pan w ciągu dnia – czy to praca, nauka, czy coś innego?
               *[neutral] Proszę ocenić swoje codzienne zajęcia – czy to pracę, naukę, czy coś innego. Na ile dają zadowolenie?
            }
    }
card-everyday-my-days-low = Wcale
card-everyday-my-days-high = Całkowicie

card-everyday-money-worries-title = Zmartwienia o pieniądze
card-everyday-money-worries =
    { $address ->
        [informal] Jak bardzo dokuczają ci teraz zmartwienia o pieniądze?
       *[formal]
            { $gender ->
                [feminine] Na ile ciążą Pani obecnie zmartwienia finansowe?
                [masculine] Na ile ciążą Panu obecnie zmartwienia finansowe?
               *[neutral] Proszę pomyśleć o swoich zmartwieniach finansowych. Na ile teraz ciążą?
            }
    }
card-everyday-money-worries-low = Wcale
card-everyday-money-worries-high = Bardzo mocno

card-everyday-things-i-enjoy-title = Co lubię robić
card-everyday-things-i-enjoy =
    { $address ->
        [informal] Co lubisz robić albo czego masz ochotę spróbować?
       *[formal]
            { $gender ->
                [feminine] Co lubi Pani robić albo czego chciałaby Pani spróbować?
                [masculine] Co lubi Pan robić albo czego chciałby Pan spróbować?
               *[neutral] Proszę wskazać swoje ulubione zajęcia albo coś, czego warto byłoby spróbować.
            }
    }
card-everyday-things-i-enjoy-option-sport = Sport
card-everyday-things-i-enjoy-option-music = Muzyka
card-everyday-things-i-enjoy-option-games = Gry
card-everyday-things-i-enjoy-option-reading = Czytanie
card-everyday-things-i-enjoy-option-cooking = Gotowanie
card-everyday-things-i-enjoy-option-nature = Czas na świeżym powietrzu
card-everyday-things-i-enjoy-option-making-things = Majsterkowanie i naprawianie
card-everyday-things-i-enjoy-option-films = Filmy i seriale
card-everyday-things-i-enjoy-option-fitness = Ćwiczenia i siłownia
card-everyday-things-i-enjoy-option-art = Rysowanie, malowanie lub fotografia

card-everyday-practical-matters-title = Sprawy praktyczne
card-everyday-practical-matters =
    { $address ->
        [informal] Jakie praktyczne sprawy chcesz ogarnąć?
       *[formal]
            { $gender ->
                [feminine] Jakie praktyczne sprawy chciałaby Pani uporządkować?
                [masculine] Jakie praktyczne sprawy chciałby Pan uporządkować?
               *[neutral] Proszę wskazać swoje praktyczne sprawy do uporządkowania.
            }
    }
card-everyday-practical-matters-option-housing = Mieszkanie
card-everyday-practical-matters-option-debts = Długi
card-everyday-practical-matters-option-documents = Dokumenty i formalności
card-everyday-practical-matters-option-job-search = Szukanie pracy
card-everyday-practical-matters-option-training = Szkolenie lub szkoła
card-everyday-practical-matters-option-health-care = Opieka zdrowotna
card-everyday-practical-matters-option-benefits = Zasiłki i świadczenia
card-everyday-practical-matters-option-court-probation = Sąd lub kurator
card-everyday-practical-matters-option-driving-licence = Prawo jazdy
card-everyday-practical-matters-option-bank-account = Konto w banku

## Category: Feelings and body

card-feelings-where-i-feel-calm-title = Gdzie czuję spokój
card-feelings-where-i-feel-calm =
    { $address ->
        [informal] Gdzie albo przy kim czujesz spokój?
       *[formal]
            { $gender ->
                [feminine] W jakich miejscach albo przy jakich ludziach czuje Pani spokój?
                [masculine] W jakich miejscach albo przy jakich ludziach czuje Pan spokój?
               *[neutral] Proszę powiedzieć, w jakich miejscach albo przy jakich ludziach przychodzi spokój.
            }
    }

card-feelings-early-signals-title = Sygnały ostrzegawcze
card-feelings-early-signals =
    { $address ->
        [informal] Co zauważasz w swoim ciele, kiedy zaczynasz się złościć?
       *[formal]
            { $gender ->
                [feminine] Jak ciało daje Pani znać, że narasta w Pani złość?
                [masculine] Jak ciało daje Panu znać, że narasta w Panu złość?
               *[neutral] Proszę pomyśleć o swoim ciele: po czym poznać, że narasta złość?
            }
    }

card-feelings-what-i-miss-title = Czego mi brakuje
card-feelings-what-i-miss =
    { $address ->
        [informal] Czego ci brakuje, odkąd trzymasz się z dala od grupy?
       *[formal]
            { $gender ->
                [feminine] Czy jest coś, czego Pani brakuje, odkąd odsunęła się Pani od grupy?
                [masculine] Czy jest coś, czego Panu brakuje, odkąd odsunął się Pan od grupy?
               *[neutral] Proszę pomyśleć o życiu z dala od grupy. Czy czegoś w nim brakuje?
            }
    }

card-feelings-showing-feelings-title = Pokazać, co czuję
card-feelings-showing-feelings =
    { $address ->
        [informal] Mogę pokazać, co czuję, i nie tracę przez to twarzy.
       *[formal] Potrafię okazywać uczucia, nie tracąc przy tym twarzy.
    }

card-feelings-sleeping-well-title = Dobry sen
card-feelings-sleeping-well =
    { $address ->
        [informal] Zwykle w nocy porządnie się wysypiam.
       *[formal] Przez większość nocy dobrze śpię.
    }

card-feelings-asking-for-help-title = Prośba o pomoc
card-feelings-asking-for-help =
    { $address ->
        [informal] Poprosić o pomoc to dla mnie siła, a nie słabość.
       *[formal] Dla mnie prośba o pomoc jest oznaką siły, a nie słabości.
    }

card-feelings-energy-title = Moja energia
card-feelings-energy =
    { $address ->
        [informal] Jak u ciebie z energią w ostatnim tygodniu?
       *[formal]
            { $gender ->
                [feminine] Ile energii miała Pani w ostatnim tygodniu?
                [masculine] Ile energii miał Pan w ostatnim tygodniu?
               *[neutral] Proszę ocenić swoją energię w ostatnim tygodniu.
            }
    }
card-feelings-energy-low = Brak energii
card-feelings-energy-high = Mnóstwo energii

card-feelings-stress-level-title = Poziom stresu
card-feelings-stress-level =
    { $address ->
        [informal] Jak bardzo się teraz stresujesz?
       *[formal]
            { $gender ->
                [feminine] Jak bardzo czuje się Pani obecnie zestresowana?
                [masculine] Jak bardzo czuje się Pan obecnie zestresowany?
               *[neutral] Proszę ocenić, jak bardzo stres daje się teraz we znaki.
            }
    }
card-feelings-stress-level-low = Całkowity spokój
card-feelings-stress-level-high = Ogromny stres

card-feelings-mood-today-title = Dzisiejszy nastrój
card-feelings-mood-today =
    { $address ->
        [informal] Jak się dziś masz?
       *[formal]
            { $gender ->
                [feminine] Jak się Pani dziś czuje?
                [masculine] Jak się Pan dziś czuje?
               *[neutral] Proszę ocenić swoje dzisiejsze samopoczucie.
            }
    }
card-feelings-mood-today-low = Bardzo źle
card-feelings-mood-today-high = Bardzo dobrze

card-feelings-what-helps-me-cope-title = Co pomaga mi sobie radzić
card-feelings-what-helps-me-cope =
    { $address ->
        [informal] Co ci pomaga, kiedy wszystkiego jest za dużo?
       *[formal]
            { $gender ->
                [feminine] Co Pani pomaga, kiedy wszystkiego robi się za dużo?
                [masculine] Co Panu pomaga, kiedy wszystkiego robi się za dużo?
               *[neutral] Proszę wskazać swoje sposoby na chwile, kiedy wszystkiego robi się za dużo.
            }
    }
card-feelings-what-helps-me-cope-option-talking = Rozmowa z kimś
card-feelings-what-helps-me-cope-option-moving = Ruch: spacer, bieganie, sport
card-feelings-what-helps-me-cope-option-music = Muzyka
card-feelings-what-helps-me-cope-option-breathing = Powolne oddychanie
card-feelings-what-helps-me-cope-option-sleep = Sen i odpoczynek
card-feelings-what-helps-me-cope-option-writing = Zapisywanie myśli
card-feelings-what-helps-me-cope-option-time-alone = Trochę czasu dla siebie
card-feelings-what-helps-me-cope-option-nature = Czas na świeżym powietrzu
card-feelings-what-helps-me-cope-option-prayer = Modlitwa lub medytacja
card-feelings-what-helps-me-cope-option-someone-i-trust = Bycie z kimś, komu ufam

card-feelings-how-stress-shows-title = Jak objawia się stres
card-feelings-how-stress-shows =
    { $address ->
        [informal] Jak u ciebie objawia się stres?
       *[formal]
            { $gender ->
                [feminine] Jak objawia się u Pani stres?
                [masculine] Jak objawia się u Pana stres?
               *[neutral] Proszę wskazać swoje typowe objawy stresu.
            }
    }
card-feelings-how-stress-shows-option-headaches = Bóle głowy
card-feelings-how-stress-shows-option-tense-muscles = Napięte mięśnie
card-feelings-how-stress-shows-option-poor-sleep = Słaby sen
card-feelings-how-stress-shows-option-racing-heart = Kołatanie serca
card-feelings-how-stress-shows-option-short-temper = Krótki lont
card-feelings-how-stress-shows-option-no-appetite = Brak apetytu
card-feelings-how-stress-shows-option-drinking-more = Więcej alkoholu lub innych używek
card-feelings-how-stress-shows-option-pulling-back = Wycofywanie się z kontaktów
card-feelings-how-stress-shows-option-restless = Wewnętrzny niepokój

## Category: Values and beliefs

card-values-what-i-stand-for-title = Za czym się opowiadam
card-values-what-i-stand-for =
    { $address ->
        [informal] Co chcesz, żeby wyrażało twoje życie?
       *[formal]
            { $gender ->
                [feminine] Jakie wartości chciałaby Pani wyrażać swoim życiem?
                [masculine] Jakie wartości chciałby Pan wyrażać swoim życiem?
               *[neutral] Proszę powiedzieć, jakie wartości chciałoby się wyrażać swoim życiem.
            }
    }

card-values-changing-my-mind-title = Zmiana zdania
card-values-changing-my-mind =
    { $address ->
        [informal] Kiedy ostatnio zdarzyło ci się zmienić zdanie w ważnej sprawie? Co do tego doprowadziło?
       *[formal]
            { $gender ->
                [feminine] Czy pamięta Pani sytuację, w której zmieniła Pani zdanie w ważnej sprawie? Co do tego doprowadziło?
                [masculine] Czy pamięta Pan sytuację, w której zmienił Pan zdanie w ważnej sprawie? Co do tego doprowadziło?
               *[neutral] Proszę przypomnieć sobie jakąś swoją zmianę zdania w ważnej sprawie. Co do niej doprowadziło?
            }
    }

card-values-standing-up-title = W obronie tego, co ważne
card-values-standing-up =
    { $address ->
        [informal] Jak możesz bronić tego, na czym ci zależy, tak żeby nikt nie ucierpiał?
       *[formal]
            { $gender ->
                [feminine] Jak mogłaby Pani stanąć w obronie czegoś, na czym Pani zależy, tak by nikt nie ucierpiał?
                [masculine] Jak mógłby Pan stanąć w obronie czegoś, na czym Panu zależy, tak by nikt nie ucierpiał?
               *[neutral] Proszę pomyśleć, jak można stanąć w obronie czegoś ważnego dla siebie tak, by nikt nie ucierpiał.
            }
    }

card-values-living-with-differences-title = Życie z różnicami
card-values-living-with-differences =
    { $address ->
        [informal] Dogaduję się z ludźmi, którzy patrzą na świat inaczej niż ja.
       *[formal] Potrafię porozumieć się z ludźmi, którzy widzą świat inaczej niż ja.
    }

card-values-violence-costs-title = Ile kosztuje przemoc
card-values-violence-costs =
    { $address ->
        [informal] Przemoc koniec końców robi więcej problemów, niż ich rozwiązuje.
       *[formal] Ostatecznie przemoc tworzy więcej problemów, niż rozwiązuje.
    }

card-values-room-for-doubt-title = Miejsce na wątpliwości
card-values-room-for-doubt =
    { $address ->
        [informal] To w porządku, że mam wątpliwości co do rzeczy, które kiedyś wydawały mi się oczywiste.
       *[formal] Mam prawo wątpić w sprawy, które kiedyś wydawały mi się pewne.
    }

card-values-fair-to-everyone-title = Sprawiedliwie dla wszystkich
card-values-fair-to-everyone =
    { $address ->
        [informal] Sprawiedliwość jest dla wszystkich – też dla tych, którzy nie są tacy jak ja.
       *[formal] Sprawiedliwość powinna dotyczyć wszystkich, także ludzi, którzy są inni niż ja.
    }

card-values-how-sure-title = Ile mam pewności
card-values-how-sure =
    { $address ->
        [informal] Na ile przekonują cię dziś poglądy z czasów w grupie?
       *[formal]
            { $gender ->
                [feminine] Na ile jest Pani dziś pewna poglądów, które miała Pani w grupie?
                [masculine] Na ile jest Pan dziś pewny poglądów, które miał Pan w grupie?
               *[neutral] Proszę pomyśleć o swoich poglądach z czasów w grupie. Na ile dziś przekonują?
            }
    }
card-values-how-sure-low = Wcale
card-values-how-sure-high = Całkowicie

card-values-open-to-views-title = Otwartość na inne zdanie
card-values-open-to-views =
    { $address ->
        [informal] Jak chętnie słuchasz poglądów, które różnią się od twoich?
       *[formal]
            { $gender ->
                [feminine] Na ile jest Pani otwarta na poglądy, które różnią się od Pani własnych?
                [masculine] Na ile jest Pan otwarty na poglądy, które różnią się od Pana własnych?
               *[neutral] Proszę ocenić swoją otwartość na poglądy, które różnią się od własnych.
            }
    }
card-values-open-to-views-low = Brak otwartości
card-values-open-to-views-high = Pełna otwartość

card-values-values-i-hold-title = Moje wartości
card-values-values-i-hold =
    { $address ->
        [informal] Które z tych wartości są dla ciebie ważne?
       *[formal]
            { $gender ->
                [feminine] Które z tych wartości są dla Pani ważne?
                [masculine] Które z tych wartości są dla Pana ważne?
               *[neutral] Proszę wskazać swoje najważniejsze wartości.
            }
    }
card-values-values-i-hold-option-honesty = Uczciwość
card-values-values-i-hold-option-loyalty = Lojalność
card-values-values-i-hold-option-justice = Sprawiedliwość
card-values-values-i-hold-option-family = Rodzina
card-values-values-i-hold-option-freedom = Wolność
card-values-values-i-hold-option-respect = Szacunek
card-values-values-i-hold-option-courage = Odwaga
card-values-values-i-hold-option-faith = Wiara
card-values-values-i-hold-option-solidarity = Solidarność
card-values-values-i-hold-option-kindness = Życzliwość

card-values-making-a-difference-title = Sposoby, by coś zmienić
card-values-making-a-difference =
    { $address ->
        [informal] Które z tych sposobów, żeby coś zmienić, do ciebie przemawiają?
       *[formal]
            { $gender ->
                [feminine] Które z tych sposobów wpływania na świat pasowałyby do Pani?
                [masculine] Które z tych sposobów wpływania na świat pasowałyby do Pana?
               *[neutral] Proszę wybrać sposoby wpływania na świat, które są najbliższe sercu.
            }
    }
card-values-making-a-difference-option-volunteering = Wolontariat
card-values-making-a-difference-option-voting = Udział w wyborach
card-values-making-a-difference-option-petitions = Podpisanie lub założenie petycji
card-values-making-a-difference-option-associations = Działanie w stowarzyszeniu lub związku zawodowym
card-values-making-a-difference-option-conversations = Rozmowy z ludźmi
card-values-making-a-difference-option-helping-neighbours = Pomaganie ludziom w okolicy
card-values-making-a-difference-option-art-music = Wyrażanie siebie przez sztukę lub muzykę
card-values-making-a-difference-option-mentoring = Wspieranie kogoś młodszego
card-values-making-a-difference-option-peaceful-protest = Pokojowy protest

## Category: Strengths and resources

card-strengths-getting-through-title = Przez trudne chwile
card-strengths-getting-through =
    { $address ->
        [informal] Co pomagało ci dawniej przetrwać trudne chwile?
       *[formal]
            { $gender ->
                [feminine] Co pomagało Pani w przeszłości przetrwać trudne chwile?
                [masculine] Co pomagało Panu w przeszłości przetrwać trudne chwile?
               *[neutral] Proszę przypomnieć sobie trudne chwile z przeszłości. Co pomogło je przetrwać?
            }
    }

card-strengths-what-friends-see-title = Co widzą we mnie przyjaciele
card-strengths-what-friends-see =
    { $address ->
        [informal] Co według twoich przyjaciół dobrze ci wychodzi?
       *[formal]
            { $gender ->
                [feminine] Jakie mocne strony wymieniłby u Pani dobry przyjaciel?
                [masculine] Jakie mocne strony wymieniłby u Pana dobry przyjaciel?
               *[neutral] Proszę spojrzeć na siebie oczami dobrego przyjaciela. Jakie mocne strony by wymienił?
            }
    }

card-strengths-skills-that-travel-title = Umiejętności, które się przydadzą
card-strengths-skills-that-travel =
    { $address ->
        [informal] Które twoje umiejętności i cechy – na przykład organizowanie, lojalność czy odwaga – możesz wykorzystać gdzieś indziej?
       *[formal]
            { $gender ->
                [feminine] Które z Pani umiejętności i cech, takich jak organizowanie, lojalność czy odwaga, mogłaby Pani wykorzystać w nowym otoczeniu?
                [masculine] Które z Pana umiejętności i cech, takich jak organizowanie, lojalność czy odwaga, mógłby Pan wykorzystać w nowym otoczeniu?
               *[neutral] Proszę pomyśleć o swoich umiejętnościach i cechach, takich jak zdolności organizacyjne, lojalność czy odwaga. Które z nich można by wykorzystać w nowym otoczeniu?
            }
    }

card-strengths-finding-a-way-title = Znaleźć wyjście
card-strengths-finding-a-way =
    { $address ->
        [informal] Jak coś się sypie, zwykle jakoś sobie z tym radzę.
       *[formal] Kiedy coś idzie nie tak, zwykle znajduję sposób, żeby sobie z tym poradzić.
    }

card-strengths-really-good-at-title = Coś, co mi wychodzi
card-strengths-really-good-at =
    { $address ->
        [informal] Jest coś, co naprawdę mi wychodzi.
       *[formal] Jest coś, co wychodzi mi naprawdę dobrze.
    }

card-strengths-still-learning-title = Wciąż się uczę
card-strengths-still-learning =
    { $address ->
        [informal] Na naukę nowych rzeczy nigdy nie jest za późno – także dla mnie.
       *[formal] Mogę uczyć się nowych rzeczy bez względu na wiek.
    }

card-strengths-trusting-myself-title = Zaufanie do siebie
card-strengths-trusting-myself =
    { $address ->
        [informal] Na ile wierzysz, że dasz radę z tym, co przed tobą?
       *[formal]
            { $gender ->
                [feminine] Na ile ufa Pani sobie, że poradzi sobie Pani z tym, co przed Panią?
                [masculine] Na ile ufa Pan sobie, że poradzi sobie Pan z tym, co przed Panem?
               *[neutral] Proszę ocenić swoje zaufanie do własnych sił wobec tego, co nadchodzi.
            }
    }
card-strengths-trusting-myself-low = Wcale
card-strengths-trusting-myself-high = Całkowicie

card-strengths-backing-title = Kto za mną stoi
card-strengths-backing =
    { $address ->
        [informal] Jak duże wsparcie czujesz w zmianach, które wprowadzasz?
       *[formal]
            { $gender ->
                [feminine] Na ile czuje się Pani wspierana w zmianach, które Pani wprowadza?
                [masculine] Na ile czuje się Pan wspierany w zmianach, które Pan wprowadza?
               *[neutral] Proszę pomyśleć o zmianach we własnym życiu. Ile jest przy nich wsparcia?
            }
    }
card-strengths-backing-low = Brak wsparcia
card-strengths-backing-high = Dużo wsparcia

card-strengths-my-qualities-title = Moje cechy
card-strengths-my-qualities =
    { $address ->
        [informal] Które z tych cech widzisz w sobie?
       *[formal]
            { $gender ->
                [feminine] Które z tych cech widzi Pani u siebie?
                [masculine] Które z tych cech widzi Pan u siebie?
               *[neutral] Proszę wskazać cechy, które można w sobie dostrzec.
            }
    }
card-strengths-my-qualities-option-patience = Cierpliwość
card-strengths-my-qualities-option-humour = Poczucie humoru
card-strengths-my-qualities-option-reliability = Niezawodność
card-strengths-my-qualities-option-courage = Odwaga
card-strengths-my-qualities-option-honesty = Uczciwość
card-strengths-my-qualities-option-loyalty = Lojalność
card-strengths-my-qualities-option-curiosity = Ciekawość świata
card-strengths-my-qualities-option-care = Troska o innych
card-strengths-my-qualities-option-determination = Determinacja
card-strengths-my-qualities-option-calm = Opanowanie

card-strengths-my-skills-title = Moje umiejętności
card-strengths-my-skills =
    { $address ->
        [informal] Co z tego dobrze ci wychodzi?
       *[formal]
            { $gender ->
                [feminine] Które z tych umiejętności ma Pani?
                [masculine] Które z tych umiejętności ma Pan?
               *[neutral] Proszę wskazać swoje umiejętności z tej listy.
            }
    }
card-strengths-my-skills-option-hands-on = Praca rękami
card-strengths-my-skills-option-organising = Organizowanie
card-strengths-my-skills-option-languages = Języki obce
card-strengths-my-skills-option-computers = Komputery
card-strengths-my-skills-option-driving = Jazda samochodem
card-strengths-my-skills-option-cooking = Gotowanie
card-strengths-my-skills-option-sport = Sport
card-strengths-my-skills-option-caring = Opieka nad ludźmi
card-strengths-my-skills-option-explaining = Tłumaczenie innym różnych spraw
card-strengths-my-skills-option-music = Muzyka

card-strengths-where-to-get-help-title = Gdzie szukać pomocy
card-strengths-where-to-get-help =
    { $address ->
        [informal] Gdzie możesz dostać pomoc, kiedy jej potrzebujesz?
       *[formal]
            { $gender ->
                [feminine] Gdzie może Pani uzyskać pomoc, jeśli będzie jej Pani potrzebować?
                [masculine] Gdzie może Pan uzyskać pomoc, jeśli będzie jej Pan potrzebować?
               *[neutral] Proszę wskazać, gdzie w razie potrzeby można szukać pomocy.
            }
    }
card-strengths-where-to-get-help-option-family = Rodzina
card-strengths-where-to-get-help-option-friends = Przyjaciele
card-strengths-where-to-get-help-option-counsellor = Mój doradca lub moja doradczyni
card-strengths-where-to-get-help-option-doctor = Lekarz lub lekarka
card-strengths-where-to-get-help-option-therapist = Terapeuta lub terapeutka
card-strengths-where-to-get-help-option-faith-community = Wspólnota wyznaniowa
card-strengths-where-to-get-help-option-helpline = Telefon zaufania
card-strengths-where-to-get-help-option-probation = Mój kurator lub moja kuratorka
card-strengths-where-to-get-help-option-self-help-group = Grupa samopomocowa

## Category: Future and goals

card-future-a-year-from-now-title = Za rok
card-future-a-year-from-now =
    { $address ->
        [informal] Wyobraź sobie, że minął rok i wszystko poszło dobrze. Co jest inaczej?
       *[formal] Proszę sobie wyobrazić, że minął rok i wszystko dobrze się ułożyło. Co się zmieniło?
    }

card-future-small-step-title = Następny mały krok
card-future-small-step =
    { $address ->
        [informal] Jaki mały krok możesz zrobić w tym tygodniu?
       *[formal]
            { $gender ->
                [feminine] Jaki mały krok mogłaby Pani zrobić w tym tygodniu?
                [masculine] Jaki mały krok mógłby Pan zrobić w tym tygodniu?
               *[neutral] Proszę pomyśleć o jednym małym kroku, który można by zrobić w tym tygodniu.
            }
    }

card-future-someone-to-look-up-to-title = Ktoś, kto jest wzorem
card-future-someone-to-look-up-to =
    { $address ->
        [informal] Znasz kogoś, kto żyje tak, jak chcesz żyć ty?
       *[formal]
            { $gender ->
                [feminine] Czy zna Pani kogoś, kto żyje tak, jak Pani chciałaby żyć?
                [masculine] Czy zna Pan kogoś, kto żyje tak, jak Pan chciałby żyć?
               *[neutral] Proszę pomyśleć o swoich znajomych. Czy jest wśród nich ktoś, kto żyje tak, jak chciałoby się żyć?
            }
    }

card-future-it-can-get-better-title = Może być lepiej
card-future-it-can-get-better =
    { $address ->
        [informal] Wierzę, że w moim życiu może być lepiej.
       *[formal] Wierzę, że moje życie może być lepsze.
    }

card-future-worth-the-effort-title = Warto się starać
card-future-worth-the-effort =
    { $address ->
        [informal] To, co zmieniam, jest warte zachodu.
       *[formal] Zmiany, które wprowadzam, są warte wysiłku.
    }

# Translators: $gender = the form the person chose (mother / father / parent).
card-future-the-parent-i-want-to-be-title =
    { $gender ->
        [feminine] Ja jako matka
        [masculine] Ja jako ojciec
       *[neutral] Ja jako rodzic
    }
# Translators: $gender = the form the person chose (mother / father / parent).
card-future-the-parent-i-want-to-be =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Wiem, jaką mamą chcę być – już teraz albo kiedyś.
                [masculine] Wiem, jakim tatą chcę być – już teraz albo kiedyś.
               *[neutral] Wiem, jakim rodzicem chcę być – już teraz albo kiedyś.
            }
       *[formal]
            { $gender ->
                [feminine] Wiem, jaką matką chcę być – teraz lub w przyszłości.
                [masculine] Wiem, jakim ojcem chcę być – teraz lub w przyszłości.
               *[neutral] Wiem, jakim rodzicem chcę być – teraz lub w przyszłości.
            }
    }

card-future-hopeful-title = Nadzieja na przyszłość
card-future-hopeful =
    { $address ->
        [informal] Z jaką nadzieją patrzysz w przyszłość?
       *[formal]
            { $gender ->
                [feminine] Z jaką nadzieją patrzy Pani w przyszłość?
                [masculine] Z jaką nadzieją patrzy Pan w przyszłość?
               *[neutral] Proszę ocenić, z jaką nadzieją patrzy się w swoją przyszłość.
            }
    }
card-future-hopeful-low = Bez nadziei
card-future-hopeful-high = Z wielką nadzieją

card-future-closer-to-my-goal-title = Bliżej celu
card-future-closer-to-my-goal =
    { $address ->
        [informal] Pomyśl o celu, który jest teraz dla ciebie najważniejszy. Jak blisko niego jesteś?
       *[formal]
            { $gender ->
                [feminine] Jak blisko jest Pani celu, który jest teraz dla Pani najważniejszy?
                [masculine] Jak blisko jest Pan celu, który jest teraz dla Pana najważniejszy?
               *[neutral] Proszę pomyśleć o swoim najważniejszym obecnie celu. Jak blisko już do niego?
            }
    }
card-future-closer-to-my-goal-low = Wciąż daleko
card-future-closer-to-my-goal-high = Już u celu

card-future-my-goals-title = Moje cele
card-future-my-goals =
    { $address ->
        [informal] Nad czym chcesz popracować?
       *[formal]
            { $gender ->
                [feminine] Nad jakimi celami chciałaby Pani pracować?
                [masculine] Nad jakimi celami chciałby Pan pracować?
               *[neutral] Proszę wybrać cele, nad którymi chciałoby się popracować.
            }
    }
card-future-my-goals-option-work = Praca
card-future-my-goals-option-training = Szkolenie lub szkoła
card-future-my-goals-option-home = Własne mieszkanie
card-future-my-goals-option-health = Moje zdrowie
card-future-my-goals-option-family = Moja rodzina
card-future-my-goals-option-friends = Przyjaźnie
card-future-my-goals-option-relationship = Dobry związek
card-future-my-goals-option-inner-peace = Więcej wewnętrznego spokoju
card-future-my-goals-option-debt-free = Życie bez długów
card-future-my-goals-option-new-hobby = Nowe hobby

card-future-what-would-help-title = Co by pomogło
card-future-what-would-help =
    { $address ->
        [informal] Co pomogłoby ci osiągnąć twoje cele?
       *[formal]
            { $gender ->
                [feminine] Co pomogłoby Pani osiągnąć wyznaczone cele?
                [masculine] Co pomogłoby Panu osiągnąć wyznaczone cele?
               *[neutral] Proszę wskazać, co pomogłoby osiągnąć swoje cele.
            }
    }
card-future-what-would-help-option-information = Informacje
card-future-what-would-help-option-contacts = Odpowiednie kontakty
card-future-what-would-help-option-money = Pieniądze
card-future-what-would-help-option-time = Czas
card-future-what-would-help-option-training = Szkolenie
card-future-what-would-help-option-someone-to-talk-to = Ktoś do rozmowy
card-future-what-would-help-option-encouragement = Słowa otuchy
card-future-what-would-help-option-practical-help = Praktyczna pomoc
card-future-what-would-help-option-patience = Cierpliwość do siebie

## Category: Turning points

card-turning-points-first-doubt-title = Pierwsza wątpliwość
card-turning-points-first-doubt =
    { $address ->
        [informal] Kiedy pojawiły się u ciebie pierwsze wątpliwości co do grupy? Co się wtedy stało?
       *[formal]
            { $gender ->
                [feminine] Kiedy po raz pierwszy zaczęła Pani mieć wątpliwości co do grupy? Co się wtedy wydarzyło?
                [masculine] Kiedy po raz pierwszy zaczął Pan mieć wątpliwości co do grupy? Co się wtedy wydarzyło?
               *[neutral] Proszę przypomnieć sobie pierwsze wątpliwości co do grupy. Kiedy się pojawiły i co się wtedy wydarzyło?
            }
    }

card-turning-points-someone-made-a-difference-title = Ktoś, kto coś zmienił
card-turning-points-someone-made-a-difference =
    { $address ->
        [informal] Czy był ktoś, kto w kluczowym momencie coś dla ciebie zmienił? Co to było?
       *[formal]
            { $gender ->
                [feminine] Czy była osoba, która w ważnym momencie coś dla Pani zmieniła? Co wtedy zrobiła?
                [masculine] Czy była osoba, która w ważnym momencie coś dla Pana zmieniła? Co wtedy zrobiła?
               *[neutral] Proszę pomyśleć o ważnych momentach w swoim życiu. Czy była osoba, która coś wtedy zmieniła? Co zrobiła?
            }
    }

card-turning-points-a-good-decision-title = Dobra decyzja
card-turning-points-a-good-decision =
    { $address ->
        [informal] Z jakiej swojej decyzji się cieszysz?
       *[formal]
            { $gender ->
                [feminine] Z której decyzji w swoim życiu jest Pani zadowolona?
                [masculine] Z której decyzji w swoim życiu jest Pan zadowolony?
               *[neutral] Proszę opowiedzieć o jakiejś swojej decyzji, która okazała się szczególnie dobra.
            }
    }

card-turning-points-something-has-to-change-title = Coś musi się zmienić
card-turning-points-something-has-to-change =
    { $address ->
        [informal] Opowiedz mi o chwili, w której przyszła ci myśl: coś musi się zmienić.
       *[formal]
            { $gender ->
                [feminine] Czy może mi Pani opowiedzieć o chwili, w której pomyślała Pani: coś musi się zmienić?
                [masculine] Czy może mi Pan opowiedzieć o chwili, w której pomyślał Pan: coś musi się zmienić?
               *[neutral] Proszę opowiedzieć o chwili, w której pojawiła się myśl: coś musi się zmienić.
            }
    }

card-turning-points-not-who-i-want-to-be-title = To nie ja
card-turning-points-not-who-i-want-to-be =
    { $address ->
        [informal] W pewnej chwili do mnie dotarło: to nie jest ktoś, kim chcę być.
       *[formal] Był moment, w którym stało się dla mnie jasne: nie chcę być kimś takim.
    }

card-turning-points-worn-out-title = Mam dość
card-turning-points-worn-out =
    { $address ->
        [informal] W pewnym momencie cały ten stres w środowisku po prostu mnie wykończył.
       *[formal] W pewnym momencie stres związany ze środowiskiem po prostu mnie wyczerpał.
    }

card-turning-points-new-start-title = Nowy początek
card-turning-points-new-start =
    { $address ->
        [informal] Przynajmniej w jednej części mojego życia mam już nowy start za sobą.
       *[formal] Co najmniej w jednej dziedzinie życia mam już za sobą nowy początek.
    }

card-turning-points-how-far-title = Przebyta droga
card-turning-points-how-far =
    { $address ->
        [informal] Jaki kawał drogi masz już za sobą, odkąd odsuwasz się od grupy?
       *[formal]
            { $gender ->
                [feminine] Jaką drogę ma Pani już za sobą od chwili, gdy zaczęła się Pani wycofywać?
                [masculine] Jaką drogę ma Pan już za sobą od chwili, gdy zaczął się Pan wycofywać?
               *[neutral] Proszę ocenić, jak długą drogę ma się już za sobą od początku wycofywania się.
            }
    }
card-turning-points-how-far-low = Dopiero zaczynam
card-turning-points-how-far-high = Kawał drogi

card-turning-points-ready-title = Gotowość na kolejny krok
card-turning-points-ready =
    { $address ->
        [informal] Na ile czujesz w sobie gotowość na następny krok?
       *[formal]
            { $gender ->
                [feminine] Na ile czuje się Pani gotowa na następny krok?
                [masculine] Na ile czuje się Pan gotowy na następny krok?
               *[neutral] Proszę ocenić swoją gotowość na następny krok.
            }
    }
card-turning-points-ready-low = Jeszcze nie
card-turning-points-ready-high = W pełni

card-turning-points-what-moved-me-title = Co mnie skłoniło
card-turning-points-what-moved-me =
    { $address ->
        [informal] Co popchnęło cię do tego, żeby zacząć się wycofywać?
       *[formal]
            { $gender ->
                [feminine] Co skłoniło Panią do tego, by zacząć się wycofywać?
                [masculine] Co skłoniło Pana do tego, by zacząć się wycofywać?
               *[neutral] Proszę wskazać swoje powody, by zacząć się wycofywać.
            }
    }
card-turning-points-what-moved-me-option-disappointment = Zawód na ludziach z grupy
card-turning-points-what-moved-me-option-violence =
    { $gender ->
        [feminine] Przemoc, którą widziałam lub której doznałam
        [masculine] Przemoc, którą widziałem lub której doznałem
       *[neutral] Przemoc – widziana z bliska lub doznana
    }
card-turning-points-what-moved-me-option-family = Moja rodzina
card-turning-points-what-moved-me-option-partner = Mój partner lub moja partnerka
card-turning-points-what-moved-me-option-children = Moje dzieci
card-turning-points-what-moved-me-option-work = Praca lub szkolenie
card-turning-points-what-moved-me-option-exhaustion = Zmęczenie
card-turning-points-what-moved-me-option-doubts = Wątpliwości co do idei
card-turning-points-what-moved-me-option-legal-consequences = Konsekwencje prawne
card-turning-points-what-moved-me-option-new-people = Poznanie nowych ludzi

card-turning-points-what-keeps-me-going-title = Co daje mi siłę
card-turning-points-what-keeps-me-going =
    { $address ->
        [informal] Co pomaga ci iść dalej nową drogą?
       *[formal]
            { $gender ->
                [feminine] Co do tej pory pomagało Pani wytrwać na nowej drodze?
                [masculine] Co do tej pory pomagało Panu wytrwać na nowej drodze?
               *[neutral] Proszę wskazać, co do tej pory pomagało wytrwać na nowej drodze.
            }
    }
card-turning-points-what-keeps-me-going-option-family = Rodzina
card-turning-points-what-keeps-me-going-option-friends = Przyjaciele
card-turning-points-what-keeps-me-going-option-faith = Wiara
card-turning-points-what-keeps-me-going-option-work = Praca
card-turning-points-what-keeps-me-going-option-sport = Sport
card-turning-points-what-keeps-me-going-option-counselling = Poradnictwo
card-turning-points-what-keeps-me-going-option-own-will = Moja własna determinacja
card-turning-points-what-keeps-me-going-option-children = Moje dzieci
card-turning-points-what-keeps-me-going-option-goals = Moje cele
card-turning-points-what-keeps-me-going-option-new-interests = Nowe zainteresowania
