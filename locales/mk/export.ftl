### Печатење и извоз: печатените картички, документите за случајот, извозот за пристап до податоци.

## Печатени картички (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] { $count } картичка
       *[other] { $count } картички
    } · { $language } · { $layout }
print-cover-categories = Категории
print-howto-title = Како да се печати и сече
print-howto-duplex = Печатете двострано на A4, со превртување по долгиот раб, во 100 % (без „прилагоди на страницата“): тогаш задната страна на секоја картичка е зад нејзината предна страна.
print-howto-one-sided = Печатете на A4 во 100 % (без „прилагоди на страницата“). Предните и задните страни се на посебни листови: пред сечењето залепете го секој лист со задни страни на листот со предни страни.
print-howto-cut = Сечете по ознаките на рабовите на секој лист; подебела хартија (160–250 g/m²) дава трајни картички.
print-howto-use = Наредете ги картичките по категории, со лицето нагоре; лицето избира една, ја превртува и одговара како што покажува задната страна. Прирачникот (F1 во апликацијата) ги опишува начините на влечење.

## Документи за случајот: извештај, резиме за конференција (јазикот на стручното лице)

export-footer = { $code } · псевдонимизирано · доверливо
export-report-title = Извештај за случајот: { $code }
export-report-subtitle = Рефлексии: { $reflections } · сесии со картички: { $cards } · изработено на { $date }
export-profile = Профил
export-col-field = Поле
export-col-value = Вредност
export-retention = Да се чува до
export-left-out = Изоставено на барање: { $what }
export-left-own-words = сопствените зборови на лицето
export-left-view = гледиштето на стручното лице
export-development = Развој со текот на времето
export-development-none = За развојот, факторот мора да е запишан во најмалку две рефлексии.
export-person-view = Гледиштето на лицето
export-caseworker-view = Гледиштето на стручното лице
export-changes = Ресурси што пораснаа, потреби што олеснија
export-changes-between = Меѓу рефлексиите од { $first } и од { $last }:
export-changes-none = Меѓу првата и најновата рефлексија ништо не се промени.
export-resource-grew = нов ресурс
export-need-eased = потребата олесна
export-col-factor = Фактор
export-col-change = Промена
export-col-item = Што
export-reflections = Рефлексии
export-no-reflections = Сè уште нема рефлексија.
export-goals = Цели и интервенции
export-no-goals = Нема запишани цели.
export-col-goal = Цел
export-col-status = Состојба
export-col-target = Рок
export-col-agreed = Договорено на
export-col-step = Чекор
export-col-role = Кој (улога)
export-col-when = Кога
export-card-sessions = Сесии со картички
export-no-card-sessions = Сè уште нема сесија со картички.
export-card-session = Сесија со картички од { $date }
export-cards-talked = Разговарани картички: { $count }
export-summary-title = Резиме за конференцијата за случајот: { $code }
export-summary-subtitle = Псевдонимизирано; улоги наместо имиња · { $date }
export-current = Сегашна слика
export-current-of = Сегашна слика (рефлексија од { $date })
export-since-first = Од првата рефлексија ({ $date }): нови ресурси { $grown }, олеснети потреби { $eased }.
export-goal-n = Цел { $n }
export-next-steps = Следни чекори
export-step-n = Чекор { $n }
export-no-steps = Нема отворени чекори.
export-no-free-text = Без слободен текст: само фактори, проценки, броеви, состојби и датуми.
export-free-text = Слободен текст вклучен по избор на стручното лице: { $fields }
export-field-resources = што помага
export-field-needs = што е тешко
export-field-goals = текстови на целите
export-field-goal-own-words = цели со зборовите на лицето
export-field-steps = текстови на чекорите
export-field-roles = улоги
export-field-own-words = сопствените зборови на лицето
export-field-view = гледиштето на стручното лице

## Страницата за лицето (на неговиот јазик и со неговото обраќање)

handout-title = Што се договоривме
handout-goals = { $address ->
        [informal] Твоите цели
       *[formal] Вашите цели
    }
handout-steps = Следните чекори
handout-resources = { $address ->
        [informal] Што ти помага
       *[formal] Што Ви помага
    }
handout-next-meeting-title = Нашата следна средба
handout-nothing = Сè уште ништо не е запишано.
handout-closing = { $address ->
        [informal] Оваа страница е твоја. Ако сакаш, донеси ја на нашата следна средба.
       *[formal] Оваа страница е Ваша. Ако сакате, донесете ја на нашата следна средба.
    }

## Извоз за пристап до податоци (сè за еден случај)

export-access-title = Сè што е зачувано за случајот { $code }
export-access-subtitle = Извоз за правото на пристап (ОРЗП чл. 15 и 20) · изработено на { $date }
export-access-readme = Оваа папка го содржи сето она што DesistKit го чува за еден случај, дешифрирано: case.md за читање (профилот, целите и интервенциите, секоја рефлексија со нејзините исправки како верзии, сесиите со картички, отворените нацрти и записите во дневникот за случајот) и case.json со истите податоци за програми (шемата е опишана во docs/subject-access.md). Не е шифрирана: предајте ја безбедно и избришете ја оваа копија потоа.
export-replaced = Оваа верзија подоцна е исправена; исправката следува.
export-drafts = Отворени нацрти
export-no-drafts = Нема отворени нацрти.
export-draft-reflection = Нацрт на рефлексија, незавршен:
export-draft-other = Нацрт { $id } (друга започната работа; содржината е во case.json)
export-audit = Записи во дневникот за случајот
export-no-audit = Ниеден запис во дневникот не го наведува овој случај.
export-col-who = Кој (клучно место)
export-col-action = Дејство
export-problems = Што не можеше да се прочита
export-done-plain = Запишано во { $path }. НЕ е шифрирано: чувајте го така што само Вие можете да го читате и избришете го кога повеќе не е потребно.
export-done-encrypted = Запишано во { $path }, шифрирано со age.

## Во апликацијата: копчиња и дијалогот за извоз

key-export-report = Извештај
key-export-summary = Конференција
key-export-handout = Страница за лицето
key-export-access = Извези сè
key-print-cards = Печати картички
export-title-report = Извештај за случајот
export-title-summary = Резиме за конференцијата: означете го секое поле со слободен текст посебно
export-title-handout = Страницата за лицето (на неговиот јазик)
export-title-consent = Страницата за согласноста (на јазикот на текстот на согласноста)
export-title-access = Сè за овој случај (право на пристап)
export-title-cards = Печатење на картичките (A4, ознаки за сечење)
export-dialog-path = Запиши во (нова датотека или папка):
export-dialog-preview = Преглед на она што ќе се запише:
export-dialog-not-encrypted = Датотеката НЕ е шифрирана. Запишете ја само таму каде што никој друг не може да ја чита и потоа избришете ја.
export-dialog-write = Запиши
export-dialog-cancel = Откажи
export-dialog-no-path = Внесете патека за запишување.
export-dialog-next-meeting = Следна средба (по избор):
export-dialog-bad-day = Внесете го датумот во обликот ГГГГ-ММ-ДД или оставете го полето празно.
export-opt-own-words = Вклучи ги сопствените зборови на лицето
export-opt-view = Вклучи го гледиштето на стручното лице
export-replace-title = Да се замени датотеката?
export-replace-text = Веќе постои датотека или папка со ова име. Да се замени?
export-replace-yes = Замени
export-replace-no = Задржи
export-opt-one-sided = Еднострано: предните и задните страни на посебни листови

# F8 во прегледот: кој документ да се извезе.
key-export = Извези…
export-menu-title = Извоз: кој документ?
export-menu-report = целиот случај низ времето, со графиконот на развојот (PDF или Markdown)
export-menu-summary = една или две страници за конференција; слободен текст само каде што ќе штиклирате
export-menu-handout = една страница за лицето, на својот јазик: цели, следни чекори, ресурси
export-menu-access = сè што е зачувано за случајот, за барање за пристап до податоци (Markdown и JSON)

# The export dialog: the case's recorded legal basis, checked before anything is written.
export-basis = Правна основа: { $basis }
