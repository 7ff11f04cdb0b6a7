### The CaseReflector: the case overview, the reflection flow, goals and the development view
### (Macedonian, Cyrillic). The caseworker is addressed formally (Вие, plural imperatives);
### the accompanied person is "лицето", the caseworker in the third person "стручното лице".
### Numbers by CLDR plural category (mk: one, other); the [one] branches show the number,
### since 21, 31… are "one" as well. Terms as in the factor catalogue: фактор, област,
### ресурси (што помага), потреби (што е тешко); goal = цел, intervention = интервенција.

## Relevance, who raised it

relevance-unknown = непознато
relevance-none = нерелевантно
relevance-some = делумно
relevance-high = високо
raised-unset = не е забележано
raised-person = лицето
raised-caseworker = стручното лице
raised-both = двете страни

## Case overview

overview-profile = Профил
overview-last-reflection = Последна рефлексија
overview-hints = Бара внимание
overview-hint-goal-overdue = ⏰ една цел го помина својот рок
overview-hint-retention-due = ⌛ рокот за чување истече: избришете го случајот (F9) или отворете го повторно за да го чувате подолго, со причина
overview-hint-review-due = ⟳ време за преглед: сè уште нема рефлексија, или последната е одамна
overview-sessions = Рефлексии и сесии со картички
overview-reflection-item = { $date } · рефлексија · { $recorded ->
        [one] { $recorded } фактор
       *[other] { $recorded } фактори
    }{ $later ->
        [yes] {" "}(внесена подоцна)
       *[no] {""}
    }
overview-corrected = исправена
overview-cards-item = { $date } · сесија со картички · { $cards ->
        [one] { $cards } картичка
       *[other] { $cards } картички
    }
overview-draft = ✎ Ве чека недовршена рефлексија од { $date } (со F5 ја продолжувате).
overview-goals = Цели и интервенции
overview-no-goals = Сè уште нема договорени цели (со F6 додавате цел).
overview-goal-item = { $symbol } { $text }{ $target ->
        [none] {""}
       *[other] {" "}· до { $target }
    } · { $status }
overview-intervention-item = {"    "}→ { $what }{ $who ->
        [none] {""}
       *[other] {" "}· { $who }
    }{ $when ->
        [none] {""}
       *[other] {" "}· на { $when }
    } · { $status }
overview-development = Развој
overview-development-legend = Лицето: ○ нерелевантно ◐ делумно ● високо ? непознато · ленти: помага, тешко
overview-development-none = Се прикажува откако за некој фактор ќе има повеќе од една рефлексија.
overview-problems = Некои сесии не можеа да се прочитаат:
key-new-reflection = Рефлексија
key-continue-reflection = Продолжи
key-cards = Картички
key-goals = Цели
key-edit-profile = Профил
key-compare = Спореди
key-open = Отвори

goal-status-open = отворена
goal-status-achieved = постигната
goal-status-dropped = откажана
intervention-status-planned = планирана
intervention-status-active = во тек
intervention-status-done = завршена
intervention-status-dropped = откажана

## Starting a reflection

start-title = Нова рефлексија
start-which = Кои фактори?
start-all = Сите фактори ({ $count })
start-area = Една област
start-relevant = Релевантни минатиот пат ({ $count })
start-suggested = Предлог од последната сесија со картички ({ $count })
start-pick = Рачен избор
start-held-on = Датум (ГГГГ-ММ-ДД; поранешен датум значи: внесена подоцна)
start-none-chosen = Изберете барем еден фактор.
start-bad-date = Внесете го датумот во обликот ГГГГ-ММ-ДД; не смее да биде во иднината.
key-start = Почни

resume-title = Да ја продолжите недовршената рефлексија?
resume-text = Рефлексијата од { $date } не е завршена (внесени: { $done } од { $total } фактори). Дали сакате да ја продолжите, или да ја отфрлите и да почнете одново?
resume-continue = Продолжи
resume-discard = Почни одново
resume-discard-confirm = Да се отфрли недовршената рефлексија? Ова не може да се врати.

## The flow

flow-step = Чекор { $n } од { $total }
flow-area = Област: { $area }
flow-cw-questions = За размислување (за Вас)
flow-ask-questions = Прашања за лицето
flow-goals-title = Цели договорени со лицето
flow-goals-help = Поврзете ги целите на кои се работеше во оваа рефлексија со нејзините фактори; цели додавате или менувате со F6.
flow-summary-title = Резиме — проверете, па со F10 зачувајте го како конечно
flow-read-only = Само за читање: овој случај е отворен во друга сесија; тука ништо не се зачувува.
flow-saved = Зачувано во { $time }
flow-unsaved = Сè уште не е зачувано
flow-save-failed = Автоматското зачувување не успеа: { $error }. Вашиот текст е сè уште тука; ослободете простор на дискот или проверете го сефот, па продолжете.
flow-finished = Рефлексијата е зачувана.
flow-finish-empty = Сè уште ништо не е внесено: внесете барем еден фактор пред да завршите.
flow-leave-saved = Рефлексијата е зачувана како нацрт; продолжете ја од случајот со F5.

step-done = готово
step-skipped = прескокнато
step-empty = празно
step-goals = Цели
step-summary = Резиме
steps-title = Чекори — Enter скока таму

field-person = Гледиштето на лицето
field-caseworker = Вашето гледиште
field-relevance-person = Релевантност сега — според лицето
field-relevance-caseworker = Релевантност сега — според Вас
field-raised-by = Покренато од
field-resources = Што помага (ресурси), по едно во секој ред
field-needs = Што е тешко (потреби), по едно во секој ред
field-own-words = Со сопствените зборови на лицето
field-view = Вашето гледиште како стручно лице
field-goals = Поврзани цели
field-note = Белешка за целата рефлексија
field-words = { $count ->
        [one] { $count } збор
       *[other] { $count } зборови
    }

key-next = Следно
key-previous = Назад
key-steps = Чекори
key-skip = Прескокни
key-finish = Заврши
key-leave = Зачувај

summary-held-on = Рефлексија од { $date }
summary-entered-later = внесена подоцна
summary-correction = исправка на претходна верзија
summary-counts = { $recorded ->
        [one] { $recorded } фактор внесен
       *[other] { $recorded } фактори внесени
    }, прескокнати: { $skipped }
summary-relevance = Релевантност —

## Goals and interventions

goal-title-new = Нова цел
goal-title-edit = Цел
goal-text = Целта (со Ваши зборови)
goal-own-words = Целта со сопствените зборови на лицето
goal-target = Рок (ГГГГ-ММ-ДД, по избор)
goal-status = Статус
goal-factors = Фактори на кои се однесува
goal-interventions = Интервенции (Tab до листата; Enter уредува, F7 додава нова)
goal-empty = Прво напишете ја целта.
goal-saved = Целта е зачувана.
intervention-title = Интервенција
intervention-what = Што е планирано
intervention-who = Кој (улога, на пр. „ментор“, „социјален работник“ — никогаш име)
intervention-when = Кога (ГГГГ-ММ-ДД, по избор)
intervention-status = Статус
intervention-empty = Прво напишете што е планирано.
goals-title = Цели и интервенции — Enter уредува, F6 додава цел
key-new-goal = Нова цел
key-new-intervention = Нов чекор
discard-title = Да се отфрлат промените?
discard-text = Она што го внесовте тука не е зачувано.
discard-yes = Отфрли
discard-no = Продолжи со уредување

## Reading, comparing, development

key-correct = Исправи
compare-title = Споредба: { $earlier } → { $later }
compare-choose = Означете две рефлексии (Space или Enter означува и отстранува ознака); споредбата е подолу
compare-need-two = За споредба се потребни две рефлексии.
compare-unchanged = непроменето
compare-new = ново во оваа рефлексија
compare-not-now = овој пат не е разгледано
compare-need-to-resource = беше тешко, сега помага
trend-helps = помага
trend-hard = тешко
development-title = Развој — случај { $code }
profile-title = Профил на случајот
profile-code-taken = Друг случај веќе ја има шифрата { $code }.
summary-resources = Што помага
summary-needs = Што е тешко
