## DesistKit TUI: application strings (Macedonian, Cyrillic).
## Variables: $address (formal | informal), $gender (feminine | masculine | neutral),
## numbers by CLDR plural category (mk: one, other). Text is shown as is: no markup,
## brackets stay brackets. The caseworker is addressed formally (plural imperatives).

app-title = DesistKit

## Keys (footer)
key-quit = Излез
key-lock = Заклучи
key-help = Помош
key-blank = Празно
key-contrast = Контраст
key-unlock = Отклучи
key-other-slot = Друг слот
key-create-vault = Создај сеф
key-continue = Продолжи
key-open-case = Отвори
key-new-case = Нов случај
key-clear-filter = Исчисти филтер
key-save = Зачувај
key-cancel = Откажи
key-back = Назад
key-contents = Содржина

## Unlock
unlock-title = Отклучување на сефот
unlock-locked = Заклучено. Клучевите на сефот се избришани, а отворените случаи се затворени.
unlock-locked-idle =
    Заклучено по { $minutes ->
        [one] { $minutes } минута
       *[other] { $minutes } минути
    } без притискање копче. Клучевите на сефот се избришани, а отворените случаи се затворени.
unlock-passphrase = Лозинка
unlock-hint-recovery = Ја изгубивте? Наместо неа внесете го клучот за обновување.
unlock-empty = Внесете ја лозинката, а потоа притиснете Enter.
unlock-working = Се отклучува…
# While Argon2id derives the key: a turning | / - \ and the seconds so far.
unlock-progress = Се отклучува { $spinner } { NUMBER($seconds, minimumFractionDigits: 1, maximumFractionDigits: 1) } s (Esc го прекинува чекањето)
unlock-cancelled = Отклучувањето е откажано. Можете повторно да ја внесете лозинката.
# A team vault: the key slot the unlock will try (F2 picks another).
unlock-slot = Слот за клуч: { $slot }
unlock-slot-last = Слот за клуч: { $slot } (последно користен на оваа сметка)
unlock-slot-any = Слот за клуч: кој било (се пробуваат сите по ред)

## Create
create-title = Создавање сеф
create-intro = Сè што ќе запишете се чува тука, шифрирано. Изберете лозинка што ја знаете само Вие: неколку зборови полесно се паметат и потешко се погодуваат.
create-passphrase = Лозинка
create-again = Истата лозинка уште еднаш
create-strength-short = Премногу кратка: најмалку 10 знаци.
create-strength-weak = Премногу лесна за погодување (честа лозинка или образец): пробајте со четири или повеќе неповрзани зборови.
create-strength-fair = Прифатлива. Подолга значи посилна: пробајте со четири или повеќе зборови.
create-strength-good = Силна.
create-too-short = Лозинката треба да има најмалку { $min ->
    [one] { $min } знак
   *[other] { $min } знаци
}.
create-mismatch = Двете лозинки се разликуваат. Внесете ја втората уште еднаш.
create-working = Се создава сефот…

## Recovery key
recovery-title = Вашиот клуч за обновување
recovery-intro = Ако лозинката некогаш се изгуби, овој клуч го отвора сефот. Се прикажува само сега.
recovery-keep = Запишете го на хартија и чувајте го заклучен, како клуч од каса. Никогаш не го чувајте покрај сефот или во е-пошта.
recovery-written = Го запишав
recovery-continue = Продолжи
recovery-confirm-first = Прво штиклирајте „Го запишав“.

## Case list
cases-filter = Пишувајте за да ги филтрирате случаите…
cases-col-code = Шифра
cases-col-status = Статус
cases-col-last = Последна активност
cases-col-reflections = Рефл.
cases-col-cards = Картички
cases-count = { $shown } од { $total ->
    [one] { $total } случај
   *[other] { $total } случаи
}
cases-empty = Сè уште нема случаи. Притиснете F2 за да го додадете првиот.
case-created = Случајот { $code } е создаден.
damaged = оштетен
status-active = активен
status-paused = паузиран
status-closed = затворен

## New case
newcase-title = Нов случај
newcase-code = Шифра на случајот (псевдоним, никогаш име)
newcase-code-hint = Латинични букви, цифри и . _ / - (до 32), на пример K-2026-014.
newcase-address = Обраќање кон лицето
newcase-gender = Граматички род
newcase-language = Јазик на лицето
newcase-retention = Чувај до (по избор)
newcase-bad-code = Шифрата на случајот има 1–32 латинични букви, цифри или . _ / - и почнува со буква или цифра.
newcase-bad-date = Внесете го датумот во обликот ГГГГ-ММ-ДД, на пример 2028-06-30.
newcase-past-date = Датумот до кој се чува мора да биде во иднината.
address-formal = Формално (Вие)
address-informal = Неформално (ти)
gender-feminine = Женски
gender-masculine = Машки
gender-neutral = Неутрален / инклузивен
gender-unspecified = Не е наведен
language-en = English (англиски)
language-de = Deutsch (германски)
language-pl = Polski (полски)
language-mk = Македонски
language-sk = Slovenčina (словачки)
language-ro = Română (романски)

## Case overview
case-title = Случај { $code }
case-read-only = Само за читање: овој случај е отворен во друга сесија. Затворете го таму за да правите промени тука.
case-created-on = Создаден
case-no-retention = не е поставено
case-sessions = Сесии
case-no-sessions = Сè уште нема рефлексии ни сесии со картички.
case-session-count = { $reflections ->
    [one] { $reflections } рефлексија
   *[other] { $reflections } рефлексии
}, { $cards ->
    [one] { $cards } сесија со картички
   *[other] { $cards } сесии со картички
}

## Content
content-skipped = Еден шпил не можеше да се вчита

## Safety
screenshot-refused = Сликите од екранот се исклучени: тие би ги запишале податоците за случајот на дискот, нешифрирани.
crash-message = DesistKit запре поради внатрешна грешка. Сефот е заклучен, а зачуваните податоци се непроменети. Ве молиме, кажете му на администраторот што правевте; стартувајте со DESISTKIT_DEBUG=1 за да ги видите деталите.

## The grey hint in an empty date field
date-placeholder = ГГГГ-ММ-ДД

## Letters typed into a closed dropdown (they are not taken)
choice-typed-while-closed = Ова поле е листа за избор, не текст: Enter ја отвора, Tab оди на следното поле. Она што го внесовте не е прифатено.

## The settings file (settings.toml)
settings-problems = Датотека со поставки: за погрешните се користат основните вредности
