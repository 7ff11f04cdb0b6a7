### Демото (desistkit demo): привремен сеф со измислени случаи (Macedonian, Cyrillic).

demo-banner = ДЕМО · измислени случаи · се бришат при излез
demo-no-lock = Демото нема заклучување: содржи само измислени случаи и се брише кога ќе излезете (Ctrl+Q).

## The demo's fictional content, written in this language (every name and sentence invented).
## DEMO-01: informal, feminine; DEMO-02: formal, masculine; DEMO-03: informal, neutral.

demo-mark = ДЕМО
demo-goal = Да ја заврши праксата во пекарата
demo-goal-own-words = Овој пат сакам сама да издржам до крај.
demo-step = Неделен разговор со менторот на праксата
demo-step-who = ментор
demo-aunt = Тетка што одржува контакт со неа
demo-no-father = Нема контакт со таткото
demo-rows = Кавги дома
demo-no-job = Нема работа
demo-sleeps = Спие до пладне
demo-friends-in-group = Повеќето нејзини пријатели се во групата
demo-sister = Сестрата ја посетува
demo-course = Станува за курсот
demo-climbing = Се приклучи на група за качување по карпи
demo-calmer-talks = Помирни разговори дома
demo-internship = Пракса во пекара
demo-new-number = Нов телефонски број
demo-old-contacts = Старите контакти понекогаш пишуваат
demo-one-room = Пак можеме да бидеме во иста соба.
demo-flat = Свој стан до пролет
demo-flat-own-words = Би сакал да имам свои клучеви и да бидам сигурен во тоа.
demo-housing = Термин во канцеларијата за домување
demo-housing-who = советник за домување
demo-card-note-story = Ја раскажа минатата година со свои зборови, без пароли на групата.
demo-card-note-chapter = Вели дека почнало ново поглавје, но сè уште не е сигурна.
demo-card-note-getting-through = Станува рано за курсот, дури и по лоши ноќи.

# The demo cases' legal basis (fictional).
demo-basis-recipient = служба за пробација
demo-basis-note = советување определено од суд
