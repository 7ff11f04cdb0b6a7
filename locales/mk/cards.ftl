## DesistKit TUI: сесии со картички (DesistCards), Macedonian (Cyrillic).
## Strings for the caseworker are in the UI language; the caseworker is addressed formally
## (Вие, plural imperatives). Strings marked "person" are read by the person beside the
## caseworker: they are formatted in the card language with the case's $address
## (formal | informal) and $gender (feminine | masculine | neutral). As in the deck, the
## person's texts avoid gendered forms where possible (first person, present tense).
## Terms as in the deck: картичка, шпил, куп, извлече, остави настрана.
## Numbers by CLDR plural category (mk: one, other); the [one] branches show the number.
## Text is shown as is: no markup, brackets stay brackets.

## Keys (footer)
key-cards-start = Почни
key-cards-resume = Продолжи
key-cards-discard = Отфрли нацрт
key-cards-draw = Извлечи
key-cards-ways = Начини
key-cards-notes = Белешки
key-cards-presenter = Проекција
key-cards-important = Важно
key-cards-later = Подоцна
key-cards-put-back = Врати
key-cards-skip = Прескокни
key-cards-end = Крај
key-cards-leave = Излези
key-cards-save = Зачувај
key-cards-finish = Заврши
key-cards-pick = Избери
key-cards-rank = Подреди
key-cards-done = Готово
key-cards-up = Нагоре
key-cards-down = Надолу
key-cards-previous = Претходна
key-cards-next = Следна
key-cards-back-to-cards = Кон картичките

## Set-up
cards-setup-title = Сесија со картички · случај { $code }
cards-setup-title-demo = Сесија со картички · демо
cards-demo-note = Демо без случај: ништо не се зачувува, ништо не се запишува на дискот.
cards-read-only-note = Овој случај е отворен во друга сесија: можете да ги користите картичките, но тука ништо нема да се зачува.
cards-setup-deck = Шпил
cards-setup-lang = Јазик на картичките
cards-setup-lang2 = Втор јазик, паралелно
cards-setup-lang2-none = Ниеден
cards-setup-way = Начин на извлекување
cards-setup-seed = Број на редоследот
cards-setup-seed-hint = Истиот број повторно ги дели картичките по истиот редослед (се гледа во секое резиме на сесија).
cards-setup-bad-seed = Бројот на редоследот е цел број од 0 до { $max }.
cards-setup-lang-missing = Шпилот сè уште нема текстови за јазикот { $language }: картичките се прикажуваат на англиски.
cards-setup-deck-missing = Нема инсталиран шпил со картички. Стартувајте `desistkit deck check` за да видите зошто.
cards-draft-found = Недовршена сесија со картички од { $date }: { $cards ->
    [one] { $cards } извлечена картичка
   *[other] { $cards } извлечени картички
}. Со F6 ја продолжувате, со F8 ја отфрлате.
cards-draft-unreadable = Недовршената сесија со картички не можеше да се прочита ({ $error }). Со F8 ја отфрлате.
cards-draft-discarded = Недовршената сесија со картички е отфрлена.

## Ways of drawing
cards-way-random = По случаен избор
cards-way-category = По категорија
cards-way-face-up = Лицето избира: отворени картички
cards-way-face-down = Лицето избира: свртени картички, по број
cards-way-browse = Прелистување на шпилот
cards-way-later = Враќање на картичка оставена настрана ({ $count })
cards-way-sorting = Вежба за сортирање
cards-ways-title = Изберете како да продолжите
cards-way-short-random = случајно
cards-way-short-category = по категорија
cards-way-short-face-up = отворени
cards-way-short-face-down = свртени
cards-way-short-browse = прелистување

## The table (caseworker's view)
cards-status = Случај { $code } · { $way } · извлечени { $drawn } · во купот { $left }
cards-status-demo = Демо · { $way } · извлечени { $drawn } · во купот { $left }
cards-status-set-aside = · настрана { $count }
cards-status-not-saved = · не се зачувува
cards-empty-table = Нема картичка на масата. F2 извлекува една ({ $way }); F3 ги нуди другите начини.
cards-important-mark = ! важно
cards-later-mark = настрана
cards-notes = Белешки (само за Вас; Tab за пишување, Esc за излез)
cards-notes-question = Белешки (само за Вас; пишувајте тука, Esc за излез)
cards-new-round = Сите картички се извлечени: шпилот се меша одново (круг { $round }).
cards-category-spent = Во овој круг нема повеќе картички од „{ $category }“.
cards-nothing-set-aside = Нема картичка оставена настрана.
cards-no-card = Прво извлечете картичка (F2).
cards-put-back-done = Картичката е вратена во купот: ќе дојде повторно подоцна.
cards-skipped = Прескокнато.
cards-set-aside-done = Оставена настрана: со F3 подоцна ја враќате.
cards-kind-question = прашање
cards-kind-statement = изјава
cards-kind-scale = скала 0–10
cards-kind-resource = ресурс
cards-card-keys = F6 важно · F7 подоцна · F8 врати · F9 прескокни
cards-hint-question = Отворено прашање: запишете во белешките што се појави.
cards-hint-statement = 1–5 или ↑ ↓ избира одговор · Delete го брише · Tab: белешки
cards-hint-scale = 0–9, ← → или End (10) ја местат скалата · Delete ја брише · Tab: белешки
cards-hint-resource = ↑ ↓ ← → движење · Space штиклира · Tab: белешки
cards-leave-title = Да ја напуштите сесијата со картички?
cards-leave-saved = Останува како недовршена сесија: отворете ги картичките повторно за да ја продолжите.
cards-leave-demo = Во демо режим ништо не се чува.
cards-leave-yes = Излези (Enter)
cards-leave-no = Остани (Esc)
cards-save-failed = Сесијата со картички не можеше да се зачува: { $error }
cards-autosave-failed = Автоматското зачувување не успеа: { $error }

## Pickers
cards-category-title = Изберете категорија
cards-category-left = { $left ->
    [0] нема повеќе
    [one] останува { $left }
   *[other] остануваат { $left }
}
cards-spread-title = Изберете картичка
cards-backs-title = Изберете картичка по нејзиниот број
cards-backs-hint = 1–{ $count } или ← → и Enter
cards-browse-title = Целиот шпил
cards-browse-filter = Пишувајте за да филтрирате…
cards-browse-drawn = ✓
cards-later-title = Картички оставени настрана

## Person-facing texts (person)
# First person, the same for formal and informal address; no gendered forms
# ("Се двоумам" rather than "Не сум сигурен/сигурна").
cards-agreement-strongly-agree = Целосно се согласувам
cards-agreement-agree = Се согласувам
cards-agreement-neither = Ниту за, ниту против
cards-agreement-disagree = Не се согласувам
cards-agreement-strongly-disagree = Воопшто не се согласувам
cards-pile-have = Силни страни што ги имам
cards-pile-develop = Силни страни што сакам да ги развијам
cards-pile-not-me = Тоа не сум јас
cards-pile-agree = Се согласувам
cards-pile-unsure = Се двоумам
cards-pile-disagree = Не се согласувам
# Shown after the first pile's name ("Силни страни што ги имам · …").
cards-sort-rank-intro = { $address ->
    [informal] Подреди ги: најважното на прво место.
   *[formal] Подредете ги: најважното на прво место.
}

## Sorting exercise
cards-sort-title = Вежба за сортирање
cards-sort-preset = Купови
cards-sort-preset-strengths = Силни страни: имам / да развијам / не сум јас
cards-sort-preset-agreement = Согласност: да / се двоумам / не
cards-sort-source = Картички за сортирање
cards-sort-source-drawn = Картичките извлечени во оваа сесија ({ $count })
cards-sort-source-category = { $symbol } { $category } ({ $count ->
    [one] { $count } картичка
   *[other] { $count } картички
})
cards-sort-start = Почни (F5)
cards-sort-empty = Во тој избор нема картички за сортирање.
cards-sort-progress = Картичка { $n } од { $total } · сортирани { $sorted }
cards-sort-hint = 1–{ $piles } ја става картичката на куп · ← → претходна / следна · F9 подредува кога сè е сортирано
cards-sort-rank-hint = ↑ ↓ избор · + − поместување · F10 готово
cards-sort-not-complete = Прво сортирајте ги сите картички (преостанати: { $left }).
cards-sort-nothing-to-rank = Првиот куп е празен: нема што да се подредува.

## Summary
cards-summary-title = Крај на сесијата со картички
cards-summary-held = { $date } · шпил { $deck } · број на редоследот { $seed }
cards-summary-langs = Картички: { $lang }
cards-summary-langs2 = Картички: { $lang }, паралелно со { $lang2 }
cards-summary-talked = Картички за кои се разговараше ({ $count })
cards-summary-none = Не се разговараше за ниту една картичка.
cards-summary-important = важно
cards-summary-notes = Белешки: { $notes }
cards-summary-scale = { $value } од 10 ({ $low } … { $high })
cards-summary-ticked = Штиклирано: { $options }
cards-summary-nothing-ticked = Ништо не е штиклирано
cards-summary-no-answer = без одговор
cards-summary-set-aside = Останаа настрана, без враќање ({ $count })
cards-summary-skipped = Прескокнати ({ $count })
cards-summary-returned = Вратени во купот, со белешки ({ $count })
cards-summary-sorting = Сортирање: { $preset } · { $source }
cards-summary-ranked = по важност
cards-summary-suggested = Предлог за следната рефлексија
cards-summary-no-suggestions = Картичките сè уште не допреа ниту еден фактор.
cards-summary-unknown-card = { $id } (веќе не е во шпилот)
cards-summary-save-hint = F10 ја зачувува сесијата шифрирано во случајот. Esc враќа кон картичките.
cards-summary-demo-hint = Демо: ништо не се зачувува. F10 завршува, Esc враќа кон картичките.
cards-summary-read-only-hint = Само за читање: оваа сесија не може да се зачува тука. F10 завршува без зачувување, Esc враќа кон картичките.
cards-saved = Сесијата со картички е зачувана.

## Reading a saved card session back (case overview, Enter)
