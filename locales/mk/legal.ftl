### Правната основа запишана за секој случај: напомена во списокот, преглед, дијалог и што
### следува по повлекувањето (docs/data-protection.md, „Legal basis and consent“).

# Напомена, никогаш распоред: симбол и неколку зборови, читливо и без боја.
caselist-hint-basis-missing = § нема основа
caselist-hint-basis-missing-short = § основа
overview-hint-basis-missing = § сè уште нема запишана правна основа: F3 ја запишува

key-legal-basis = Основа
key-withdraw = Повлекување
key-print-consent = Страница за согласност

legal-basis = Правна основа
legal-basis-key = Правна основа (F3)
legal-title = Правна основа на случајот { $code }
legal-kind-to-be-recorded = треба да се запише
legal-kind-consent = согласност
legal-kind-statutory-task = законска задача
legal-kind-other = друга
legal-given = Согласност дадена на
legal-scope = Согласноста опфаќа
legal-scope-counselling-records = евиденција од советувањето
legal-scope-card-sessions = сесии со картички
legal-scope-case-conference = резимеа за конференција на случај
legal-scope-handover = предавање на друга установа
legal-recipients = Установи (според улога)
legal-recipients-hint = Улоги, одделени со запирки (на пр. служба за пробација), никогаш име на лице.
legal-language = Текстот на согласноста на
legal-language-none = не е запишано
legal-note = Белешка
legal-note-hint = Законска задача: законот или мандатот. Друга: која е основата.
legal-later = Опфат и установи: F3 во прегледот на случајот.
legal-consent-summary = согласност, дадена на { $date }
legal-consent-withdrawn = согласност, повлечена на { $date }
legal-scope-none = сè уште ништо
legal-needs-date = За согласноста е потребен денот кога е дадена.
legal-needs-note = За „друга“ е потребна белешка која е основата.
legal-withdraw-not-now = Може да се повлече само согласност што важи.
legal-withdrawal-before = Повлекувањето не може да биде пред денот на согласноста.
legal-withdrawn-on = Повлечена на
legal-next-title = Што следува по повлекувањето:
legal-next-stop = • Предавањата и резимеата за конференција на случај престануваат веднаш: од Ctrl+S DesistKit ги одбива за овој случај.
legal-next-erase = • Избришете го или ограничете го случајот според правилата на вашата установа. За бришење: desistkit case erase { $code }
legal-next-tell = • Известете ги установите што веќе добиле резиме, според правилата на вашата установа.
legal-next-audit = Ревизискиот дневник го бележи повлекувањето (кога, кој, кој случај), никогаш неговата содржина.
legal-saved = Правната основа е зачувана.
legal-withdrawal-saved = Повлекувањето е запишано: предавањата на овој случај отсега се одбиваат.
