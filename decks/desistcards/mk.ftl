### DesistCards: македонски текстови (Macedonian, Cyrillic).
###
### Structure (categories, cards, kinds, options) is in deck.toml beside this file.
### Every card text has an $address select: formal address uses "Вие" (capitalised:
### Вие, Ве, Ви, Вас, Ваш) and plural verb forms, which carry no gender; informal
### address uses "ти". First-person statements also have both forms; there they differ
### only in register (the informal form is more colloquial).
### Informal past forms (l-participles) and adjectives about the person would show gender,
### so the texts use the aorist, present tense or dative constructions ("ти е лесно")
### wherever possible, and a $gender select where the idea itself is gendered.
###
### Variables:
###   $address  formal (the default) or informal
###   $gender   feminine, masculine, or neutral (the default; also used for "unspecified")
###
### No labels such as "екстремист" for the person: "групата" or "сцената".

# The deck's own name, shown where a deck is picked.
deck-title = DesistCards – картички за разговор

## Categories

category-my-story = Јас и мојата приказна
category-my-story-description = Од каде потекнувам, што ме прави мене и како се гледам себеси.
category-people = Луѓето околу мене
category-people-description = Семејството, пријателите, партнерите и заедниците што се дел од мојот живот.
category-everyday = Секојдневие
category-everyday-description = Работа, дом, пари, слободно време и сè она од што е составен еден обичен ден.
category-feelings = Чувства и тело
category-feelings-description = Како се чувствувам, како е моето тело и што ми помага да се справам.
category-values = Вредности и уверувања
category-values-description = Што ми е важно, во што верувам и како се менувале моите ставови.
category-strengths = Силни страни и ресурси
category-strengths-description = Што знам и умеам, што имам и што ми давало сила досега.
category-future = Иднина и цели
category-future-description = На што се надевам, кон што сакам да се движам и кои се моите следни чекори.
category-turning-points = Пресвртници
category-turning-points-description = Мигови на сомнеж, одлуки и нови почетоци што нешто промениле кај мене.

## Category: Me and my story

card-my-story-three-words-title = Три збора за мене
card-my-story-three-words =
    { $address ->
        [informal] Избери три збора што те опишуваат.
       *[formal] Со кои три збора најдобро би се опишале себеси?
    }

card-my-story-good-place-title = Добро место од детството
card-my-story-good-place =
    { $address ->
        [informal] Дали кога беше дете имаше некое место каде што се чувствуваше безбедно и среќно? Какво беше?
       *[formal] Дали во Вашето детство имаше место каде што се чувствувавте безбедно и среќно? Какво беше тоа место?
    }

card-my-story-before-the-group-title = Пред групата
card-my-story-before-the-group =
    { $address ->
        [informal] Што те интересираше пред групата да влезе во твојот живот?
       *[formal] Што сакавте да правите пред да се вклучите во групата?
    }

card-my-story-proud-of-title = Нешто со што се гордеам
card-my-story-proud-of =
    { $address ->
        [informal] Има ли нешто во твојот живот со што се гордееш?
       *[formal] Можете ли да наведете нешто во Вашиот живот со што се гордеете?
    }

card-my-story-more-than-my-past-title = Повеќе од моето минато
card-my-story-more-than-my-past =
    { $address ->
        [informal] Јас сум повеќе од она што го направив.
       *[formal] Јас сум многу повеќе од она што го направив во минатото.
    }

card-my-story-wanting-to-belong-title = Желбата да припаѓам
card-my-story-wanting-to-belong =
    { $address ->
        [informal] Во групата ме привлече и тоа што сакав некаде да припаѓам.
       *[formal] Дел од она што ме привлече кон групата беше желбата некаде да припаѓам.
    }

card-my-story-in-my-own-words-title = Со мои зборови
card-my-story-in-my-own-words =
    { $address ->
        [informal] Можам да си ја раскажам приказната со мои зборови, онака како што јас ја гледам.
       *[formal] Можам да ја раскажам својата приказна со свои зборови, онака како што јас ја гледам.
    }

card-my-story-nothing-to-prove-title = Немам што да докажувам
# Translators: $gender = the form the person chose. The statement is about not having
# to prove one's worth as a "real" woman or man; the neutral form stays general.
card-my-story-nothing-to-prove =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Можам да си бидам тоа што сум, не морам да докажувам дека сум вистинска жена.
                [masculine] Можам да си бидам тоа што сум, не морам да докажувам дека сум вистински маж.
               *[neutral] Можам да си бидам тоа што сум, не морам никому ништо да докажувам.
            }
       *[formal]
            { $gender ->
                [feminine] Можам да бидам тоа што сум, без да докажувам дека сум вистинска жена.
                [masculine] Можам да бидам тоа што сум, без да докажувам дека сум вистински маж.
               *[neutral] Можам да бидам тоа што сум, без да морам да докажувам нешто за себе.
            }
    }

card-my-story-current-chapter-title = Поглавјето во кое сум
card-my-story-current-chapter =
    { $address ->
        [informal] Ако твојот живот е книга, колку ти се допаѓа поглавјето во кое си сега?
       *[formal] Ако Вашиот живот беше книга, колку би биле задоволни од поглавјето во кое сте сега?
    }
card-my-story-current-chapter-low = Воопшто не
card-my-story-current-chapter-high = Целосно

card-my-story-known-by-others-title = Колку ме познаваат
card-my-story-known-by-others =
    { $address ->
        [informal] Колку добро те познаваат луѓето околу тебе, онака како што навистина си?
       *[formal] Колку добро Ве познаваат луѓето околу Вас, онака како што навистина сте?
    }
card-my-story-known-by-others-low = Воопшто не
card-my-story-known-by-others-high = Многу добро

card-my-story-my-roles-title = Моите улоги
card-my-story-my-roles =
    { $address ->
        [informal] Кои од овие улоги ги имаш во животот?
       *[formal] Кои од овие улоги ги имате во Вашиот живот?
    }
# Translators: $gender = the form the person chose (daughter / son / child).
card-my-story-my-roles-option-child =
    { $gender ->
        [feminine] Ќерка
        [masculine] Син
       *[neutral] Дете на моите родители
    }
# Translators: $gender = the form the person chose (sister / brother / sibling).
card-my-story-my-roles-option-sibling =
    { $gender ->
        [feminine] Сестра
        [masculine] Брат
       *[neutral] Брат или сестра
    }
# Translators: $gender = the form the person chose (mother / father / parent).
card-my-story-my-roles-option-parent =
    { $gender ->
        [feminine] Мајка
        [masculine] Татко
       *[neutral] Родител
    }
# Translators: role nouns about the person are gendered in Macedonian; the neutral
# form uses a description that reads aloud well (no slash forms such as "Партнер/ка").
card-my-story-my-roles-option-partner =
    { $gender ->
        [feminine] Партнерка
        [masculine] Партнер
       *[neutral] Во партнерска врска
    }
card-my-story-my-roles-option-friend =
    { $gender ->
        [feminine] Пријателка
        [masculine] Пријател
       *[neutral] Дел од пријателско друштво
    }
card-my-story-my-roles-option-colleague =
    { $gender ->
        [feminine] Колешка
        [masculine] Колега
       *[neutral] Дел од работен колектив
    }
card-my-story-my-roles-option-neighbour =
    { $gender ->
        [feminine] Соседка
        [masculine] Сосед
       *[neutral] Некој од соседството
    }
card-my-story-my-roles-option-team-mate =
    { $gender ->
        [feminine] Соиграчка
        [masculine] Соиграч
       *[neutral] Дел од тим
    }
card-my-story-my-roles-option-carer = Некој што се грижи за другите
card-my-story-my-roles-option-learner = Некој што учи

## Category: People around me

card-people-someone-to-call-title = На кого можам да се јавам
card-people-someone-to-call =
    { $address ->
        [informal] На кого можеш да се јавиш во три часот наутро ако ти треба помош?
       *[formal] На кого бисте можеле да се јавите среде ноќ ако Ви треба помош?
    }

card-people-best-in-me-title = Најдоброто во мене
card-people-best-in-me =
    { $address ->
        [informal] Кој го извлекува најдоброто од тебе?
       *[formal] Кој во Вашиот живот го извлекува најдоброто од Вас?
    }

card-people-lost-touch-title = Изгубен контакт
card-people-lost-touch =
    { $address ->
        [informal] Има ли некој со кого ја изгуби врската, а сакаш пак да се видите?
       *[formal] Дали има некој со кого сте го изгубиле контактот, а со кого би сакале повторно да се видите?
    }

card-people-family-on-my-side-title = Семејство на моја страна
card-people-family-on-my-side =
    { $address ->
        [informal] Во фамилијата имам некој што е на моја страна.
       *[formal] Во моето семејство има некој што е на моја страна.
    }

card-people-friends-outside-title = Пријатели надвор од сцената
card-people-friends-outside =
    { $address ->
        [informal] Имам другари што немаат врска со сцената.
       *[formal] Имам пријатели кои немаат никаква врска со сцената.
    }

card-people-respect-at-home-title = Почит дома
card-people-respect-at-home =
    { $address ->
        [informal] Во врската меѓусебно се почитуваме.
       *[formal] Во мојата врска се однесуваме еден кон друг со почит.
    }

card-people-someone-relies-on-me-title = Некој смета на мене
card-people-someone-relies-on-me =
    { $address ->
        [informal] Има некој што смета на мене, и тоа ми е важно.
       *[formal] Има некој што смета на мене, и тоа многу ми значи.
    }

card-people-connected-title = Поврзаност со другите
card-people-connected =
    { $address ->
        [informal] Колку блиско се чувствуваш со другите луѓе во моментов?
       *[formal] Колку поврзани со другите луѓе се чувствувате во моментов?
    }
card-people-connected-low = Многу осамено
card-people-connected-high = Многу поврзано

card-people-trusting-others-title = Доверба во другите
card-people-trusting-others =
    { $address ->
        [informal] Колку ти е лесно да им веруваш на луѓето?
       *[formal] Колку Ви е лесно да им верувате на луѓето?
    }
card-people-trusting-others-low = Многу тешко
card-people-trusting-others-high = Многу лесно

card-people-my-circle-title = Мојот круг
card-people-my-circle =
    { $address ->
        [informal] Кои луѓе ги имаш во животот сега?
       *[formal] Кого имате во Вашиот живот во моментов?
    }
card-people-my-circle-option-family = Семејство
card-people-my-circle-option-partner = Партнер или партнерка
card-people-my-circle-option-children = Деца
card-people-my-circle-option-friends = Пријатели
card-people-my-circle-option-neighbours = Соседи
card-people-my-circle-option-colleagues = Колеги од работа или од школо
card-people-my-circle-option-team-mates = Соиграчи од тимот
card-people-my-circle-option-faith-community = Верска заедница
card-people-my-circle-option-professionals = Стручни лица што ме поддржуваат
card-people-my-circle-option-online-friends = Пријатели што ги знам преку интернет

card-people-places-to-meet-title = Каде да запознам луѓе
card-people-places-to-meet =
    { $address ->
        [informal] Каде можеш да запознаеш луѓе што ги сакаат истите работи како тебе?
       *[formal] Каде бисте можеле да запознаете луѓе што ги делат Вашите интереси?
    }
card-people-places-to-meet-option-sports-club = Спортски клуб
card-people-places-to-meet-option-course = Курс или обука
card-people-places-to-meet-option-volunteering = Волонтирање
card-people-places-to-meet-option-workplace = На работа
card-people-places-to-meet-option-faith-group = Верска група
card-people-places-to-meet-option-music = Заедничко свирење или пеење
card-people-places-to-meet-option-hobby-group = Друштво со исто хоби
card-people-places-to-meet-option-neighbourhood = Во населбата
card-people-places-to-meet-option-community-centre = Центар за заедницата

## Category: Everyday life

card-everyday-good-ordinary-day-title = Добар обичен ден
card-everyday-good-ordinary-day =
    { $address ->
        [informal] Како изгледа еден добар, обичен ден за тебе, од утро до вечер?
       *[formal] Како изгледа за Вас еден добар, обичен ден, од утро до вечер?
    }

card-everyday-evenings-weekends-title = Вечери и викенди
card-everyday-evenings-weekends =
    { $address ->
        [informal] Што правиш деновиве навечер и за викенд?
       *[formal] Како ги поминувате вечерите и викендите во последно време?
    }

card-everyday-help-that-counts-title = Помош што би значела
card-everyday-help-that-counts =
    { $address ->
        [informal] Која секојдневна работа би ти била многу полесна со малку помош?
       *[formal] Во која секојдневна работа малку помош би Ви значела најмногу?
    }

card-everyday-routine-title = Рутина што ми одговара
card-everyday-routine =
    { $address ->
        [informal] Имам свој ритам на денот што ми лежи.
       *[formal] Имам дневна рутина што ми одговара.
    }

card-everyday-safe-home-title = Безбеден дом
card-everyday-safe-home =
    { $address ->
        [informal] Се чувствувам безбедно каде што живеам.
       *[formal] Се чувствувам безбедно таму каде што живеам.
    }

card-everyday-own-feet-title = На свои нозе
card-everyday-own-feet =
    { $address ->
        [informal] Можам да излезам на крај и без пари или услуги од групата.
       *[formal] Можам да се снајдам без пари или услуги од групата.
    }

card-everyday-my-days-title = Како ги поминувам деновите
card-everyday-my-days =
    { $address ->
        [informal] Колку ти е по волја тоа што го правиш преку денот, било да е работа, обука или нешто друго?
       *[formal] Колку сте задоволни од тоа што го правите преку денот, било да е работа, обука или нешто друго?
    }
card-everyday-my-days-low = Воопшто не
card-everyday-my-days-high = Целосно

card-everyday-money-worries-title = Грижи за пари
card-everyday-money-worries =
    { $address ->
        [informal] Колку те мачат паричните грижи во последно време?
       *[formal] Колку Ве оптоваруваат грижите за пари во моментов?
    }
card-everyday-money-worries-low = Воопшто не
card-everyday-money-worries-high = Многу силно

card-everyday-things-i-enjoy-title = Работи што ги сакам
card-everyday-things-i-enjoy =
    { $address ->
        [informal] Што сакаш да правиш, или што ти е интересно да пробаш?
       *[formal] Што сакате да правите, или што би сакале да пробате?
    }
card-everyday-things-i-enjoy-option-sport = Спорт
card-everyday-things-i-enjoy-option-music = Музика
card-everyday-things-i-enjoy-option-games = Игри
card-everyday-things-i-enjoy-option-reading = Читање
card-everyday-things-i-enjoy-option-cooking = Готвење
card-everyday-things-i-enjoy-option-nature = Престој во природа
card-everyday-things-i-enjoy-option-making-things = Правење или поправање работи
card-everyday-things-i-enjoy-option-films = Филмови и серии
card-everyday-things-i-enjoy-option-fitness = Вежбање
card-everyday-things-i-enjoy-option-art = Цртање, сликање или фотографија

card-everyday-practical-matters-title = Практични работи
card-everyday-practical-matters =
    { $address ->
        [informal] Кои практични работи сакаш да ги средиш?
       *[formal] Кои практични работи би сакале да ги средите?
    }
card-everyday-practical-matters-option-housing = Домување
card-everyday-practical-matters-option-debts = Долгови
card-everyday-practical-matters-option-documents = Документи и хартии
card-everyday-practical-matters-option-job-search = Наоѓање работа
card-everyday-practical-matters-option-training = Обука или школо
card-everyday-practical-matters-option-health-care = Здравствена заштита
card-everyday-practical-matters-option-benefits = Социјална помош и надоместоци
card-everyday-practical-matters-option-court-probation = Суд или пробација
card-everyday-practical-matters-option-driving-licence = Возачка дозвола
card-everyday-practical-matters-option-bank-account = Банкарска сметка

## Category: Feelings and body

card-feelings-where-i-feel-calm-title = Каде наоѓам мир
card-feelings-where-i-feel-calm =
    { $address ->
        [informal] Каде, или покрај кого, ти е спокојно?
       *[formal] На кои места, или со кои луѓе, се чувствувате смирени?
    }

card-feelings-early-signals-title = Рани предупредувачки знаци
card-feelings-early-signals =
    { $address ->
        [informal] Што забележуваш во телото кога почнуваш да се лутиш?
       *[formal] Како Вашето тело Ви дава знак дека почнувате да се лутите?
    }

card-feelings-what-i-miss-title = Што ми недостига
card-feelings-what-i-miss =
    { $address ->
        [informal] Што ти недостига откако се оддалечи од групата?
       *[formal] Дали нешто Ви недостига откако се оддалечивте од групата?
    }

card-feelings-showing-feelings-title = Да покажам што чувствувам
card-feelings-showing-feelings =
    { $address ->
        [informal] Можам да покажам што чувствувам, а да не ми падне угледот.
       *[formal] Можам да покажам што чувствувам, без да изгубам од својот углед.
    }

card-feelings-sleeping-well-title = Добар сон
card-feelings-sleeping-well =
    { $address ->
        [informal] Најчесто ноќе спијам добро.
       *[formal] Повеќето ноќи спијам добро.
    }

card-feelings-asking-for-help-title = Да побарам помош
card-feelings-asking-for-help =
    { $address ->
        [informal] Да побарам помош, за мене тоа е сила, не слабост.
       *[formal] За мене, барањето помош е знак на сила, а не на слабост.
    }

card-feelings-energy-title = Мојата енергија
card-feelings-energy =
    { $address ->
        [informal] Колку енергија имаше во изминатата недела?
       *[formal] Колку енергија имавте во изминатата недела?
    }
card-feelings-energy-low = Никаква
card-feelings-energy-high = Многу

card-feelings-stress-level-title = Ниво на стрес
card-feelings-stress-level =
    { $address ->
        [informal] Колку си под стрес во моментов?
       *[formal] Колку стрес чувствувате во моментов?
    }
card-feelings-stress-level-low = Воопшто без стрес
card-feelings-stress-level-high = Огромен стрес

card-feelings-mood-today-title = Расположение денес
card-feelings-mood-today =
    { $address ->
        [informal] Како си денес?
       *[formal] Како се чувствувате денес?
    }
card-feelings-mood-today-low = Многу лошо
card-feelings-mood-today-high = Многу добро

card-feelings-what-helps-me-cope-title = Што ми помага да се справам
card-feelings-what-helps-me-cope =
    { $address ->
        [informal] Што ти помага кога сè ќе ти дојде преку глава?
       *[formal] Што Ви помага кога сè ќе стане премногу?
    }
card-feelings-what-helps-me-cope-option-talking = Разговор со некого
card-feelings-what-helps-me-cope-option-moving = Движење: прошетка, трчање, спорт
card-feelings-what-helps-me-cope-option-music = Музика
card-feelings-what-helps-me-cope-option-breathing = Бавно дишење
card-feelings-what-helps-me-cope-option-sleep = Сон и одмор
card-feelings-what-helps-me-cope-option-writing = Запишување на мислите
card-feelings-what-helps-me-cope-option-time-alone = Малку време за себе
card-feelings-what-helps-me-cope-option-nature = Престој во природа
card-feelings-what-helps-me-cope-option-prayer = Молитва или медитација
card-feelings-what-helps-me-cope-option-someone-i-trust = Време со некого на кого му верувам

card-feelings-how-stress-shows-title = Како се покажува стресот
card-feelings-how-stress-shows =
    { $address ->
        [informal] Како се покажува стресот кај тебе?
       *[formal] Како се покажува стресот кај Вас?
    }
card-feelings-how-stress-shows-option-headaches = Главоболки
card-feelings-how-stress-shows-option-tense-muscles = Напнати мускули
card-feelings-how-stress-shows-option-poor-sleep = Лош сон
card-feelings-how-stress-shows-option-racing-heart = Забрзано срцебиење
card-feelings-how-stress-shows-option-short-temper = Брзо планување
card-feelings-how-stress-shows-option-no-appetite = Без апетит
card-feelings-how-stress-shows-option-drinking-more = Повеќе алкохол или дроги
card-feelings-how-stress-shows-option-pulling-back = Повлекување од луѓето
card-feelings-how-stress-shows-option-restless = Немир

## Category: Values and beliefs

card-values-what-i-stand-for-title = За што се залагам
card-values-what-i-stand-for =
    { $address ->
        [informal] Што сакаш да претставува твојот живот?
       *[formal] Кои вредности би сакале да ги претставува Вашиот живот?
    }

card-values-changing-my-mind-title = Промена на мислењето
card-values-changing-my-mind =
    { $address ->
        [informal] Кога последен пат го смени мислењето за нешто важно? Што те натера?
       *[formal] Можете ли да се сетите кога сте го промениле мислењето за нешто важно? Што доведе до тоа?
    }

card-values-standing-up-title = Да застанам зад нешто
card-values-standing-up =
    { $address ->
        [informal] Како можеш да застанеш зад она што ти е важно, без да повредиш никого?
       *[formal] Како бисте можеле да се заложите за нешто што Ви е важно, без некој да биде повреден?
    }

card-values-living-with-differences-title = Живот со разлики
card-values-living-with-differences =
    { $address ->
        [informal] Можам да се разбирам со луѓе што светот го гледаат поинаку од мене.
       *[formal] Можам да се сложувам со луѓе што го гледаат светот поинаку од мене.
    }

card-values-violence-costs-title = Цената на насилството
card-values-violence-costs =
    { $address ->
        [informal] На крајот на краиштата, насилството носи повеќе проблеми отколку што решава.
       *[formal] На крајот, насилството создава повеќе проблеми отколку што решава.
    }

card-values-room-for-doubt-title = Простор за сомнеж
card-values-room-for-doubt =
    { $address ->
        [informal] Сосема е во ред да се сомневам во работи што порано ми беа сигурни.
       *[formal] Во ред е да се сомневам во работи што порано ми изгледаа сигурни.
    }

card-values-fair-to-everyone-title = Праведно за сите
card-values-fair-to-everyone =
    { $address ->
        [informal] Правдата треба да важи за сите, и за оние што не се како мене.
       *[formal] Праведноста треба да важи за сите, вклучително и за луѓето што не се како мене.
    }

card-values-how-sure-title = Колку сигурност чувствувам
card-values-how-sure =
    { $address ->
        [informal] Колку денес ти изгледаат сигурни ставовите што ги имаше во групата?
       *[formal] Колку сте денес сигурни во ставовите што ги имавте во групата?
    }
card-values-how-sure-low = Воопшто не
card-values-how-sure-high = Потполно сигурно

card-values-open-to-views-title = Отвореност за други гледишта
card-values-open-to-views =
    { $address ->
        [informal] Колку отвореност имаш да слушнеш мислења што се разликуваат од твоите?
       *[formal] Колку сте отворени да слушнете мислења што се разликуваат од Вашите?
    }
card-values-open-to-views-low = Воопшто не
card-values-open-to-views-high = Многу отворено

card-values-values-i-hold-title = Моите вредности
card-values-values-i-hold =
    { $address ->
        [informal] Кои од овие вредности ти се важни?
       *[formal] Кои од овие вредности Ви се важни?
    }
card-values-values-i-hold-option-honesty = Искреност
card-values-values-i-hold-option-loyalty = Лојалност
card-values-values-i-hold-option-justice = Правда
card-values-values-i-hold-option-family = Семејство
card-values-values-i-hold-option-freedom = Слобода
card-values-values-i-hold-option-respect = Почит
card-values-values-i-hold-option-courage = Храброст
card-values-values-i-hold-option-faith = Вера
card-values-values-i-hold-option-solidarity = Солидарност
card-values-values-i-hold-option-kindness = Добрина

card-values-making-a-difference-title = Како да придонесам
card-values-making-a-difference =
    { $address ->
        [informal] Кои од овие начини да промениш нешто на подобро ти се блиски?
       *[formal] Кои од овие начини да придонесете за промена би Ви одговарале?
    }
card-values-making-a-difference-option-volunteering = Волонтирање
card-values-making-a-difference-option-voting = Гласање
card-values-making-a-difference-option-petitions = Потпишување или покренување петиција
card-values-making-a-difference-option-associations = Зачленување во здружение или синдикат
card-values-making-a-difference-option-conversations = Разговори со луѓето
card-values-making-a-difference-option-helping-neighbours = Помагање на луѓето во околината
card-values-making-a-difference-option-art-music = Изразување преку уметност или музика
card-values-making-a-difference-option-mentoring = Менторство на некој помлад
card-values-making-a-difference-option-peaceful-protest = Мирен протест

## Category: Strengths and resources

card-strengths-getting-through-title = Како издржав
card-strengths-getting-through =
    { $address ->
        [informal] Што ти помогна порано да поминеш низ тешките периоди?
       *[formal] Што Ви помогна во минатото да поминете низ тешки периоди?
    }

card-strengths-what-friends-see-title = Што гледаат пријателите во мене
card-strengths-what-friends-see =
    { $address ->
        [informal] Што би рекол некој добар пријател, што ти оди од рака?
       *[formal] Што би рекол некој добар пријател, кои се Вашите силни страни?
    }

card-strengths-skills-that-travel-title = Вештини што ги носам со себе
card-strengths-skills-that-travel =
    { $address ->
        [informal] Кои твои способности, како организирање, лојалност или храброст, можеш да ги искористиш на некое ново место?
       *[formal] Кои Ваши способности, како организирање, лојалност или храброст, бисте можеле да ги искористите во нова средина?
    }

card-strengths-finding-a-way-title = Наоѓам начин
card-strengths-finding-a-way =
    { $address ->
        [informal] Кога нешто ќе тргне наопаку, обично се снаоѓам.
       *[formal] Кога нешто ќе тргне наопаку, обично наоѓам начин да се справам.
    }

card-strengths-really-good-at-title = Нешто што ми оди од рака
card-strengths-really-good-at =
    { $address ->
        [informal] Има нешто што баш ми оди од рака.
       *[formal] Има нешто што навистина добро го умеам.
    }

card-strengths-still-learning-title = Сè уште учам
card-strengths-still-learning =
    { $address ->
        [informal] Уште можам да учам нови работи, на која било возраст.
       *[formal] Можам да учам нови работи, без разлика колку години имам.
    }

card-strengths-trusting-myself-title = Доверба во себе
card-strengths-trusting-myself =
    { $address ->
        [informal] Колку си веруваш дека ќе се справиш со тоа што доаѓа?
       *[formal] Колку си верувате дека ќе се справите со она што Ве очекува?
    }
card-strengths-trusting-myself-low = Воопшто не
card-strengths-trusting-myself-high = Целосно

card-strengths-backing-title = Луѓето зад мене
card-strengths-backing =
    { $address ->
        [informal] Колку поддршка чувствуваш за промените што ги правиш?
       *[formal] Колку поддршка чувствувате за промените што ги правите?
    }
card-strengths-backing-low = Никаква
card-strengths-backing-high = Многу

card-strengths-my-qualities-title = Моите квалитети
card-strengths-my-qualities =
    { $address ->
        [informal] Кои од овие особини ги гледаш кај себе?
       *[formal] Кои од овие особини ги гледате кај себе?
    }
card-strengths-my-qualities-option-patience = Трпеливост
card-strengths-my-qualities-option-humour = Смисла за хумор
card-strengths-my-qualities-option-reliability = Доверливост
card-strengths-my-qualities-option-courage = Храброст
card-strengths-my-qualities-option-honesty = Искреност
card-strengths-my-qualities-option-loyalty = Лојалност
card-strengths-my-qualities-option-curiosity = Љубопитност
card-strengths-my-qualities-option-care = Грижа за другите
card-strengths-my-qualities-option-determination = Решителност
card-strengths-my-qualities-option-calm = Смиреност

card-strengths-my-skills-title = Моите вештини
card-strengths-my-skills =
    { $address ->
        [informal] Што од ова ти оди од рака?
       *[formal] Кои од овие вештини ги имате?
    }
card-strengths-my-skills-option-hands-on = Рачна работа
card-strengths-my-skills-option-organising = Организирање
card-strengths-my-skills-option-languages = Странски јазици
card-strengths-my-skills-option-computers = Компјутери
card-strengths-my-skills-option-driving = Возење
card-strengths-my-skills-option-cooking = Готвење
card-strengths-my-skills-option-sport = Спорт
card-strengths-my-skills-option-caring = Грижа за луѓе
card-strengths-my-skills-option-explaining = Објаснување работи на другите
card-strengths-my-skills-option-music = Музика

card-strengths-where-to-get-help-title = Каде да најдам помош
card-strengths-where-to-get-help =
    { $address ->
        [informal] Каде можеш да добиеш помош ако ти треба?
       *[formal] Каде можете да добиете помош ако Ви затреба?
    }
card-strengths-where-to-get-help-option-family = Семејство
card-strengths-where-to-get-help-option-friends = Пријатели
card-strengths-where-to-get-help-option-counsellor = Мојот советник или социјален работник
card-strengths-where-to-get-help-option-doctor = Лекар
card-strengths-where-to-get-help-option-therapist = Терапевт
card-strengths-where-to-get-help-option-faith-community = Верска заедница
card-strengths-where-to-get-help-option-helpline = Телефонска линија за помош
card-strengths-where-to-get-help-option-probation = Мојот пробациски службеник
card-strengths-where-to-get-help-option-self-help-group = Група за самопомош

## Category: Future and goals

card-future-a-year-from-now-title = За една година
card-future-a-year-from-now =
    { $address ->
        [informal] Замисли дека помина една година и работите тргнаа добро. Што е поинаку?
       *[formal] Замислете дека поминала една година и работите тргнале добро. Што се променило?
    }

card-future-small-step-title = Следниот мал чекор
card-future-small-step =
    { $address ->
        [informal] Кој е еден мал чекор што можеш да го направиш оваа недела?
       *[formal] Кој мал чекор би можеле да го направите оваа недела?
    }

card-future-someone-to-look-up-to-title = Некој за пример
card-future-someone-to-look-up-to =
    { $address ->
        [informal] Кого знаеш што живее онаков живот каков што и ти посакуваш?
       *[formal] Познавате ли некого што живее таков живот каков што би сакале да живеете и Вие?
    }

card-future-it-can-get-better-title = Може да биде подобро
card-future-it-can-get-better =
    { $address ->
        [informal] Верувам дека животот може да ми тргне на подобро.
       *[formal] Верувам дека мојот живот може да стане подобар.
    }

card-future-worth-the-effort-title = Вреди трудот
card-future-worth-the-effort =
    { $address ->
        [informal] Вреди да се мачам за промените што ги правам.
       *[formal] Промените што ги правам вредат труд.
    }

# Translators: $gender = the form the person chose (mother / father / parent).
card-future-the-parent-i-want-to-be-title =
    { $gender ->
        [feminine] Јас како мајка
        [masculine] Јас како татко
       *[neutral] Јас како родител
    }
# Translators: $gender = the form the person chose (mother / father / parent).
card-future-the-parent-i-want-to-be =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Знам каква мајка сакам да бидам, сега или некој ден.
                [masculine] Знам каков татко сакам да бидам, сега или некој ден.
               *[neutral] Знам каков родител сакам да бидам, сега или некој ден.
            }
       *[formal]
            { $gender ->
                [feminine] Знам каква мајка сакам да бидам, сега или еден ден во иднина.
                [masculine] Знам каков татко сакам да бидам, сега или еден ден во иднина.
               *[neutral] Знам каков родител сакам да бидам, сега или еден ден во иднина.
            }
    }

card-future-hopeful-title = Надеж за иднината
card-future-hopeful =
    { $address ->
        [informal] Колку надеж имаш за својата иднина?
       *[formal] Колку надеж имате за Вашата иднина?
    }
card-future-hopeful-low = Без надеж
card-future-hopeful-high = Многу надеж

card-future-closer-to-my-goal-title = Поблиску до целта
card-future-closer-to-my-goal =
    { $address ->
        [informal] Помисли на целта што ти е најважна во моментов. Колку си блиску до неа?
       *[formal] Колку сте блиску до целта што во моментов Ви е најважна?
    }
card-future-closer-to-my-goal-low = Уште далеку
card-future-closer-to-my-goal-high = Веќе сум таму

card-future-my-goals-title = Моите цели
card-future-my-goals =
    { $address ->
        [informal] На што сакаш да работиш?
       *[formal] На кои цели би сакале да работите?
    }
card-future-my-goals-option-work = Работа
card-future-my-goals-option-training = Обука или школо
card-future-my-goals-option-home = Свој дом
card-future-my-goals-option-health = Моето здравје
card-future-my-goals-option-family = Моето семејство
card-future-my-goals-option-friends = Пријателства
card-future-my-goals-option-relationship = Добра врска
card-future-my-goals-option-inner-peace = Повеќе внатрешен мир
card-future-my-goals-option-debt-free = Живот без долгови
card-future-my-goals-option-new-hobby = Ново хоби

card-future-what-would-help-title = Што би помогнало
card-future-what-would-help =
    { $address ->
        [informal] Што би ти помогнало да ги постигнеш своите цели?
       *[formal] Што би Ви помогнало да ги постигнете Вашите цели?
    }
card-future-what-would-help-option-information = Информации
card-future-what-would-help-option-contacts = Вистинските контакти
card-future-what-would-help-option-money = Пари
card-future-what-would-help-option-time = Време
card-future-what-would-help-option-training = Обука
card-future-what-would-help-option-someone-to-talk-to = Некој со кого да разговарам
card-future-what-would-help-option-encouragement = Охрабрување
card-future-what-would-help-option-practical-help = Практична помош
card-future-what-would-help-option-patience = Трпение кон себе

## Category: Turning points

card-turning-points-first-doubt-title = Првиот сомнеж
card-turning-points-first-doubt =
    { $address ->
        [informal] Кога прв пат почна да се сомневаш во групата? Што се случи?
       *[formal] Кога првпат почнавте да се сомневате во групата? Што се случи тогаш?
    }

card-turning-points-someone-made-a-difference-title = Некој што направи разлика
card-turning-points-someone-made-a-difference =
    { $address ->
        [informal] Дали имаше некој што направи разлика во некој клучен момент? Што направи тој или таа?
       *[formal] Дали имаше личност што направи разлика во некој важен момент? Што направи таа?
    }

card-turning-points-a-good-decision-title = Добра одлука
card-turning-points-a-good-decision =
    { $address ->
        [informal] Која твоја одлука те радува и денес?
       *[formal] За која одлука во Вашиот живот Ви е мило што сте ја донеле?
    }

card-turning-points-something-has-to-change-title = Нешто мора да се смени
card-turning-points-something-has-to-change =
    { $address ->
        [informal] Раскажи ми за момент кога си помисли: нешто мора да се смени.
       *[formal] Можете ли да ми раскажете за момент кога си помисливте: нешто мора да се смени?
    }

card-turning-points-not-who-i-want-to-be-title = Тоа не сум јас
card-turning-points-not-who-i-want-to-be =
    { $address ->
        [informal] Во еден момент сфатив: ова не сум јас, не сакам да бидам вака.
       *[formal] Имаше момент кога сфатив: ова не е човекот што сакам да бидам.
    }

card-turning-points-worn-out-title = Исцрпеност
card-turning-points-worn-out =
    { $address ->
        [informal] Во еден момент едноставно ми се здодеа сиот стрес околу сцената.
       *[formal] Во еден момент едноставно ми дојде доста од стресот што го носеше сцената.
    }

card-turning-points-new-start-title = Нов почеток
card-turning-points-new-start =
    { $address ->
        [informal] Барем во еден дел од животот веќе почнав одново.
       *[formal] Веќе направив нов почеток барем во еден дел од мојот живот.
    }

card-turning-points-how-far-title = Колку далеку стигнав
card-turning-points-how-far =
    { $address ->
        [informal] Колку далеку стигна откако почна да се оддалечуваш?
       *[formal] Колку далеку чувствувате дека сте стигнале откако почнавте да се оддалечувате?
    }
card-turning-points-how-far-low = Тукушто почнувам
card-turning-points-how-far-high = Многу далеку

card-turning-points-ready-title = Подготвеност за следниот чекор
# Translators: informal "ready" is an adjective about the person (подготвена / подготвен);
# the neutral form uses the noun (подготвеност) so it still asks how ready the person feels.
card-turning-points-ready =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Колку подготвена се чувствуваш за следниот чекор?
                [masculine] Колку подготвен се чувствуваш за следниот чекор?
               *[neutral] Колку подготвеност чувствуваш за следниот чекор?
            }
       *[formal] Колку подготвени се чувствувате за Вашиот следен чекор?
    }
card-turning-points-ready-low = Сè уште не
card-turning-points-ready-high = Целосно

card-turning-points-what-moved-me-title = Што ме поттикна
card-turning-points-what-moved-me =
    { $address ->
        [informal] Што те натера да почнеш да се оддалечуваш?
       *[formal] Што Ве поттикна да почнете да се оддалечувате?
    }
card-turning-points-what-moved-me-option-disappointment = Разочарување од луѓе во групата
card-turning-points-what-moved-me-option-violence = Насилство што го видов или доживеав
card-turning-points-what-moved-me-option-family = Моето семејство
card-turning-points-what-moved-me-option-partner = Мојот партнер или партнерка
card-turning-points-what-moved-me-option-children = Моите деца
card-turning-points-what-moved-me-option-work = Работа или обука
card-turning-points-what-moved-me-option-exhaustion = Исцрпеност
card-turning-points-what-moved-me-option-doubts = Сомнежи во идеите
card-turning-points-what-moved-me-option-legal-consequences = Правни последици
card-turning-points-what-moved-me-option-new-people = Запознавање нови луѓе

card-turning-points-what-keeps-me-going-title = Што ме држи на патот
card-turning-points-what-keeps-me-going =
    { $address ->
        [informal] Што те држи на новиот пат?
       *[formal] Што Ве одржа досега на Вашиот нов пат?
    }
card-turning-points-what-keeps-me-going-option-family = Семејство
card-turning-points-what-keeps-me-going-option-friends = Пријатели
card-turning-points-what-keeps-me-going-option-faith = Вера
card-turning-points-what-keeps-me-going-option-work = Работа
card-turning-points-what-keeps-me-going-option-sport = Спорт
card-turning-points-what-keeps-me-going-option-counselling = Советување
card-turning-points-what-keeps-me-going-option-own-will = Сопствената решеност
card-turning-points-what-keeps-me-going-option-children = Моите деца
card-turning-points-what-keeps-me-going-option-goals = Моите цели
card-turning-points-what-keeps-me-going-option-new-interests = Нови интереси
