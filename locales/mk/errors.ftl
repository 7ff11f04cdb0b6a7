## DesistKit TUI: пораки за грешки (македонски, кирилица). Види locales/en/errors.ftl.
## Секоја порака кажува што се случило, а повеќето и што да се направи (…-hint); двете се
## прикажуваат во еден ред преку error-with-hint. Стручното лице се обраќа формално (Вие).
## Променливите се патеки, шифри на случаи, ознаки и броеви, никогаш тајни.
## Броеви според CLDR (mk: one, other); [1] е точно еден. Текстот се прикажува каков што е.

error-with-hint = { $message } – { $hint }
error-internal = Се случи нешто што DesistKit не го очекуваше ({ $kind })

## Сефот
error-vault = Сефот не можеше да го изврши ова
error-no-vault = Во { $path } нема сеф
error-no-vault-hint = создајте го со `desistkit init` или посочете го со --vault или DESISTKIT_VAULT
error-header-missing = Сефот во { $path } го изгуби своето заглавие, датотеката vault.toml: без неа ниту една лозинка не ги отвора случаите во него
error-header-missing-hint = вратете ја vault.toml од резервна копија; не извршувајте `desistkit init` таму
error-vault-exists-vault = Во { $path } веќе има сеф
error-vault-exists-not-empty = Папката { $path } не е празна
error-vault-exists-hint = изберете друга папка или отворете ја оваа
error-wrong-passphrase = Со таа лозинка сефот не се отклучи
error-wrong-passphrase-hint = проверете го Caps Lock и распоредот на тастатурата, па обидете се повторно
error-bad-recovery-key-length =
    Клучот за обновување има { $groups } групи од по { $size } знаци; овој има { $length ->
        [one] { $length } знак
       *[other] { $length } знаци
    }
error-bad-recovery-key-character = Во овој клуч за обновување, групата { $group } содржи знак што никогаш не се користи: „{ $char }“
error-bad-recovery-key-typo = Во овој клуч за обновување, групата { $group } содржи печатна грешка
error-bad-recovery-key-hint = споредете го група по група со отпечатениот клуч
error-vault-locked = Сефот е заклучен
error-vault-locked-hint = прво отклучете го
error-audit-busy = Ревизискиот дневник е моментално зафатен
error-audit-busy-hint = обидете се повторно
error-vault-busy = Друга сесија токму сега го менува сефот
error-vault-busy-hint = обидете се повторно за малку
error-audit-not-written = Тоа е извршено, но неговиот запис во ревизискиот дневник („{ $action }“) не можеше да се запише
error-audit-not-written-hint = ослободете малку простор; дневникот и понатаму може да се провери, недостига само овој запис
error-rekey-unfinished = Главниот клуч е заменет и новиот клуч за обновување важи, но повторното запечатување на датотеките запре
error-rekey-unfinished-hint = ништо не е изгубено: следното отклучување ќе го доврши

## Состојби што ги остава прекинато запишување: не се оштетување, ништо не е изгубено
error-recoverable-incomplete-case = { $path } е случај чие создавање беше прекинато; никогаш ништо не содржел
error-recoverable-uncounted-sessions = Случајот { $code } има { $count ->
        [one] една зачувана сесија што сè уште не е изброена
       *[other] { $count } зачувани сесии што сè уште не се изброени
    }
error-recoverable-finished-draft = { $path } е нацрт на сесија што веќе е зачувана
error-recoverable-temp-file = { $path } остана од прекинато запишување
error-recoverable-loose-permissions = Други корисници на овој компјутер имаат пристап до { $path } (режим { $mode })
error-recoverable-unfinished-rekey = По замената на главниот клуч, сè уште не се повторно запечатени сите датотеки
error-recoverable-hint = ништо не е изгубено; `desistkit vault verify --repair` го поправа тоа

## Оштетени датотеки
error-tampered-integrity = Датотеката { $path } не ја помина проверката на интегритетот
error-tampered-truncated = Датотеката { $path } е скратена
error-tampered-not-vault-file = Датотеката { $path } не е датотека од сеф на DesistKit (или нејзините први бајти се оштетени)
error-tampered-bad-header = Датотеката { $path } има оштетено заглавие
error-tampered-other-key = Датотеката { $path } е запечатена со друг клуч (или нејзиното заглавие е оштетено)
error-tampered-key-length = Датотеката { $path } нема должина на клуч
error-tampered-not-document = Датотеката { $path } е дешифрирана, но не е валиден документ
error-tampered-wrong-record = Датотеката { $path } содржи друг запис од оној што го кажува нејзиното име
error-tampered-other-case = Датотеката { $path } му припаѓа на друг случај
error-tampered-changed-outside = Датотеката { $path } е променета надвор од DesistKit (нејзиниот MAC не се совпаѓа)
error-tampered-checksum = Датотеката { $path } е оштетена (нејзината контролна сума недостига или не се совпаѓа)
error-tampered-missing = Датотеката { $path } недостига
error-tampered-audit-gap = Записот { $path } недостига во ревизискиот синџир
error-tampered-audit-order = Записот { $path } не се надоврзува на претходниот запис
error-tampered-not-toml = Датотеката { $path } не е валиден TOML-документ (или нејзините вредности се вгнездени премногу длабоко)
error-tampered-too-large = Датотеката { $path } е многу поголема од која било датотека што ја запишува DesistKit
error-tampered-erased = { $path } припаѓа на избришан случај: вратен е во сефот со копирање, и ниеден клуч на сефот не го отвора
error-tampered-audit-truncated = { $path }: недостигаат најновите записи од ревизискиот дневник (заглавјето на сефот бележи подолг дневник)
error-tampered-hint = вратете ја оваа датотека од резервна копија; `desistkit vault verify` ги наведува сите оштетени датотеки
error-unsupported-version = Датотеката { $path } има верзија на форматот { $version }, која оваа верзија на DesistKit не може да ја прочита
error-unsupported-version-hint = ажурирајте го DesistKit TUI на верзијата што го запишала овој сеф

## Документ со неочекуван облик: $key е полето за кое станува збор; $expected и $found се
## имиња на типови (str, int, list, table, date…), а $value зачувана вредност: не ги преведувајте.
error-schema-missing = { $path }: полето { $key } недостига
error-schema-unknown-key = { $path }: { $key } не е познато поле
error-schema-wrong-type = { $path }: полето { $key } треба да биде { $expected }, а е { $found }
error-schema-unknown-value = { $path }: полето { $key } има вредност што тука не е позната: { $value }
error-schema-out-of-range = { $path }: полето { $key } мора да биде меѓу { $low } и { $high }
error-schema-too-small = { $path }: полето { $key } мора да биде цел број, најмалку { $low }
error-schema-no-time-zone = { $path }: полето { $key } содржи време без временска зона
error-schema-repeated = { $path }: полето { $key } наведува нешто двапати
error-schema-invalid = { $path }: полето { $key } тука не е валидно
error-schema-no-migration = { $path }: нема надградба од шемата { $schema } за документ од типот „{ $document }“
error-schema-hint = датотеката ја запишал друг софтвер или била рачно менувана; вратете ја од резервна копија
error-deck-not-installed = Оваа сесија со картички го користеше шпилот „{ $deck }“, кој не е инсталиран тука
error-deck-not-installed-hint = инсталирајте го повторно за да ја прочитате сесијата; ништо не е променето

## Случаи
error-case-busy = Случајот { $code } е отворен во друга сесија
error-case-busy-hint = затворете го таму; дотогаш тука се отвора само за читање
error-vault-read-only = Сефот е отворен само за читање: во оваа сесија можете да ги читате сите случаи, но не можете ништо да зачувате
error-vault-read-only-hint = папката или дискот се само за читање или дискот е полн; овозможете запишување или ослободете простор, па заклучете и отклучете повторно
error-read-only-case = Случајот { $code } е отворен во друга сесија, па тука е само за читање
error-read-only-case-hint = затворете го таму, па отворете го повторно
error-conflict-case-changed = Случајот { $code } е променет на друго место
error-conflict-session-exists = Сесијата { $session } веќе постои
error-conflict-hint = отворете го случајот повторно за да ја видите другата промена; ништо не е презапишано
error-no-such-case = Нема случај „{ $case }“
error-no-such-case-hint = `desistkit case list` ги прикажува случаите
error-duplicate-case = Случај со шифрата „{ $code }“ веќе постои
error-duplicate-case-hint = изберете друга шифра (псевдоним)

## Диск и папки. $oserror се зборовите на оперативниот систем (често на англиски).
error-disk-full = Нема повеќе простор за да се запише { $path }
error-disk-full-hint = ослободете малку простор, па зачувајте повторно; претходната верзија е недопрена
error-storage-read = { $path } не можеше да се прочита
error-storage-write = { $path } не можеше да се запише
error-storage-lock = { $path } не можеше да се заклучи
error-storage-verify = Она што е запишано во { $path } не можеше да се прочита назад непроменето
error-storage-hint =
    { $cause ->
        [permission] пристапот е одбиен: проверете ги дозволите на папката
        [read-only] дискот е монтиран само за читање: обратете се до администраторот на серверот
        [io] дискот пријави грешка при читање или запишување: проверете го, па обидете се повторно
       *[other] { $oserror }: проверете ги дозволите на папката и слободниот простор
    }

## Слотови за клучеви (лозинките и клучот за обновување што го отвораат сефот)
error-key-slot-no-such-slot = Ниту еден слот за клуч не се вика „{ $slot }“
error-key-slot-several-slots = Повеќе од еден слот за клуч се викаат „{ $slot }“
error-key-slot-label-taken = Ознаката „{ $label }“ е празна или веќе зафатена: изберете нова
error-key-slot-last-passphrase = Ова е последната лозинка; додајте друга пред да ја отстраните
error-key-slot-slot-in-use = Оваа сесија е отклучена со тој слот; прво отклучете со друг
error-key-slot-rekey-needs-passphrase = Нов главен клуч може да се создаде само од сесија отклучена со лозинка, не со клучот за обновување
error-key-slot-hint = `desistkit vault keys` ги наведува слотовите
error-passphrase-too-short =
    Лозинката е премногу кратка: треба да има најмалку { $minimum ->
        [one] { $minimum } знак
       *[other] { $minimum } знаци
    }
error-passphrase-too-short-hint = изберете подолга; четири или повеќе неповрзани зборови лесно се паметат
error-passphrase-too-weak = Оваа лозинка е меѓу најлесните за погодување (честа лозинка, ред од тастатурата или повторен образец)
error-passphrase-too-weak-hint = изберете четири или повеќе неповрзани зборови; имиња, датуми и познати изреки лесно се погодуваат
error-kdf-bounds-iterations = Бројот на поминувања на Argon2id мора да биде меѓу { $low } и { $high }, а не { $value }
error-kdf-bounds-lanes = Бројот на ленти на Argon2id мора да биде меѓу { $low } и { $high }, а не { $value }
error-kdf-bounds-memory = Меморијата за Argon2id мора да биде меѓу { $low } KiB и { $high } KiB, а не { $value } KiB
error-kdf-bounds-cost = Меморијата × поминувањата на Argon2id смеат да бидат најмногу 1 GiB × 64 поминувања (вкупно { $high } KiB), а не { $value } KiB
error-kdf-bounds-hint = `desistkit vault tune` предлага поставки што одговараат на овој сервер

## Рефлексијата
error-flow-no-factors = Изберете барем еден фактор
error-flow-no-step = Нема чекор { $step }
error-flow-not-a-factor-step = Може да се прескокне само чекор со фактор
error-flow-no-factor = Овој чекор нема фактор за внесување
error-flow-unknown-field = Нема поле „{ $field }“ за внесување
error-flow-factor-not-included = Факторот „{ $factor }“ не е дел од оваа рефлексија
error-flow-nothing-recorded = Сè уште ништо не е внесено: внесете барем еден фактор пред да завршите

## Шпилови прескокнати при стартувањето ($folder: каде е шпилот; $location: каде е неговиот
## прв проблем, датотека:ред)
error-deck-skipped =
    Шпилот { $deck } е прескокнат ({ $folder }): { $count ->
        [1] еден проблем, во { $location }
        [one] { $count } проблем, првиот во { $location }
       *[other] { $count } проблеми, првиот во { $location }
    }
error-deck-additions-skipped =
    Дополнувањата на шпилот { $deck } се прескокнати ({ $folder }): { $count ->
        [1] еден проблем, во { $location }
        [one] { $count } проблем, првиот во { $location }
       *[other] { $count } проблеми, првиот во { $location }
    }
error-deck-skipped-hint = `desistkit deck check` ги наведува сите

## Бришења и враќања наназад: автентични датотеки, но постари или помалку од запишаното во сефот
error-rolled-back-case-deleted = Случајот { $code } недостасува: неговата папка е избришана или преместена
error-rolled-back-case-older = Случајот { $code } е вратен наназад: неговата датотека е ревизија { $rev }, а сефот запишал { $expected }
error-rolled-back-session-missing = Во случајот { $code } { $count ->
        [one] недостасува една зачувана сесија
       *[other] недостасуваат { $count } зачувани сесии
    } (избришани или вратени наназад)
error-rolled-back-index-lost = Записот на случаите во сефот (index/) е избришан или оштетен: претходните бришења и враќања наназад не можат да се проверат
error-rolled-back-hint = вратете ги датотеките што недостасуваат или се постари од резервна копија; потоа `desistkit vault verify --repair` ја прифаќа сегашната состојба

## Извоз и печатење

error-export = Извозот не можеше да се направи
error-export-hint = ништо не е запишано; проверете ја целната папка, па обидете се повторно
error-export-exists = { $path } веќе постои
error-export-exists-hint = изберете друго име или заменете ја датотеката со --force (во апликацијата: потврдете ја замената)
error-export-failed-disk-full = Нема простор за запишување на { $path }
error-export-failed-permission = Нема дозвола за запишување на { $path }
error-export-failed-read-only = { $path } е на диск само за читање
error-export-failed-no-folder = Папката за { $path } не постои
error-export-failed-other = { $path } не можеше да се запише ({ $oserror })
error-export-recipient = „{ $recipient }“ не е примач за age
error-export-recipient-hint = примачот за age почнува со „age1“; побарајте од колегата редот што `age-keygen` го испиша како „public key“
## Правна основа: извоз што запишаната основа на случајот не го покрива; ништо не е запишано
## ($purpose: report, summary, handover или deck; $date: ГГГГ-ММ-ДД; $recipient: улогата на установа)
error-export-refused-no-basis = Ништо не го напушти сефот: за овој случај сè уште нема запишана правна основа
error-export-refused-no-note = Ништо не го напушти сефот: правната основа на случајот е „друга“, но не кажува која
error-export-refused-withdrawn = Ништо не го напушти сефот: лицето ја повлече својата согласност на { $date }
error-export-refused-not-in-scope = Ништо не го напушти сефот: запишаната согласност не { $purpose ->
        [report] го покрива извештајот за случајот
        [summary] ги покрива резимеата за конференција на случај
        [handover] го покрива предавањето на друга установа
       *[deck] ги покрива печатените сесии со картички
    }
error-export-refused-no-recipient = Ништо не го напушти сефот: за предавање е потребна установата што прима, именувана според нејзината улога
error-export-refused-recipient-not-named = Ништо не го напушти сефот: запишаната согласност не го наведува „{ $recipient }“ како примач
error-export-refused-hint = запишете ја или изменете ја правната основа во прегледот на случајот (F3); `desistkit case basis ШИФРА` ја прикажува
## Датотеката со поставки (settings.toml)
error-settings-unreadable = { $file } не може да се прочита: { $detail }
error-settings-syntax = { $file }, ред { $line }: не е валиден TOML ({ $detail })
error-settings-unknown-key = { $file }, ред { $line }: „{ $key }“ не е поставка
error-settings-wrong-type = { $file }, ред { $line }: „{ $key }“ мора да биде { $expected ->
        [number] број
        [table] табела
       *[string] текст во наводници
    }
error-settings-bad-value = { $file }, ред { $line }: „{ $key }“ не може да биде { $value } (дозволено: { $allowed })
error-settings-unknown-binding = { $file }, ред { $line }: нема кратенка „{ $key }“ (`desistkit keys` ги покажува сите)
error-settings-key-clash = { $file }, ред { $line }: { $keys } би ги извршило и „{ $first }“ и „{ $second }“ на ист екран
error-settings-unknown-theme = { $file }, ред { $line }: нема тема { $value } (теми: { $allowed })
error-settings-hint = DesistKit наместо тоа ја користи основната вредност; `desistkit doctor` ја проверува датотеката
