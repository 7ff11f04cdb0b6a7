### Právny základ zaznamenaný pre prípad: upozornenie v zozname, prehľad, dialóg a čo vyplýva
### z odvolania súhlasu (docs/data-protection.md, „Legal basis and consent“).

# Upozornenie, nikdy rozvrh: symbol a pár slov, čitateľné aj bez farby.
caselist-hint-basis-missing = § chýba základ
caselist-hint-basis-missing-short = § základ
overview-hint-basis-missing = § právny základ ešte nie je zaznamenaný: F3 ho zaznamená

key-legal-basis = Základ
key-withdraw = Odvolanie
key-print-consent = Strana o súhlase

legal-basis = Právny základ
legal-basis-key = Právny základ (F3)
legal-title = Právny základ prípadu { $code }
legal-kind-to-be-recorded = treba zaznamenať
legal-kind-consent = súhlas
legal-kind-statutory-task = zákonná úloha
legal-kind-other = iný
legal-given = Súhlas udelený dňa
legal-scope = Súhlas pokrýva
legal-scope-counselling-records = záznamy z poradenstva
legal-scope-card-sessions = sedenia s kartami
legal-scope-case-conference = zhrnutia pre prípadovú konferenciu
legal-scope-handover = odovzdanie inej inštitúcii
legal-recipients = Inštitúcie (podľa roly)
legal-recipients-hint = Roly oddelené čiarkami (napr. probačná služba), nikdy meno osoby.
legal-language = Text súhlasu v jazyku
legal-language-none = nezaznamenané
legal-note = Poznámka
legal-note-hint = Zákonná úloha: zákon alebo mandát. Iný: aký je to základ.
legal-later = Rozsah a inštitúcie: F3 v prehľade prípadu.
legal-consent-summary = súhlas udelený { $date }
legal-consent-withdrawn = súhlas odvolaný { $date }
legal-scope-none = zatiaľ nič
legal-needs-date = Súhlas potrebuje deň, keď bol udelený.
legal-needs-note = „Iný“ potrebuje poznámku, aký je to základ.
legal-withdraw-not-now = Odvolať sa dá len súhlas, ktorý platí.
legal-withdrawal-before = Odvolanie nemôže byť pred dňom udelenia súhlasu.
legal-withdrawn-on = Odvolaný dňa
legal-next-title = Čo vyplýva z odvolania:
legal-next-stop = • Odovzdania a zhrnutia pre prípadovú konferenciu sa končia hneď: od Ctrl+S ich DesistKit pre tento prípad odmietne.
legal-next-erase = • Vymažte alebo obmedzte prípad podľa pravidiel vašej inštitúcie. Na vymazanie: desistkit case erase { $code }
legal-next-tell = • Informujte inštitúcie, ktoré už dostali zhrnutie, podľa pravidiel vašej inštitúcie.
legal-next-audit = Auditný protokol zaznamená odvolanie (kedy, kto, ktorý prípad), nikdy jeho obsah.
legal-saved = Právny základ uložený.
legal-withdrawal-saved = Odvolanie zaznamenané: odovzdania tohto prípadu sa odteraz odmietajú.
