### Stránka o súhlase, ktorú osoba číta a ponechá si (issue 18). Krátko a jednoducho, v jazyku
### a oslovení zvolenom pre osobu ($address: formal = Vy, s veľkým písmenom ako v liste;
### informal = ty). Rod ($gender) sa ukazuje v minulom čase „dal/dala“ pri tykaní.

consent-page-title =
    { $address ->
        [informal] Tvoj súhlas
       *[formal] Váš súhlas
    }
consent-page-intro =
    { $address ->
        [informal] V našich rozhovoroch môžeš hovoriť o svojich názoroch, viere, zdraví alebo o veciach z minulosti. Sú to citlivé údaje. Zapisujeme si ich, len ak s tým súhlasíš.
       *[formal] V našich rozhovoroch môžete hovoriť o svojich názoroch, viere, zdraví alebo o veciach z minulosti. Sú to citlivé údaje. Zapisujeme si ich, len ak s tým súhlasíte.
    }
consent-page-what =
    { $address ->
        [informal] Čo si zapíšeme, uchovávame zašifrované. Čítať to môžu len ľudia, ktorí s tebou pracujú.
       *[formal] Čo si zapíšeme, uchovávame zašifrované. Čítať to môžu len ľudia, ktorí s Vami pracujú.
    }
consent-page-scope =
    { $address ->
        [informal] Súhlasíš, aby sme ich používali na:
       *[formal] Súhlasíte, aby sme ich používali na:
    }
consent-page-scope-counselling-records =
    { $address ->
        [informal] poznámky z našich rozhovorov s tebou a ciele, na ktorých sa dohodneme
       *[formal] poznámky z našich rozhovorov s Vami a ciele, na ktorých sa dohodneme
    }
consent-page-scope-card-sessions =
    { $address ->
        [informal] karty, ktoré si vyberieš, a to, čo k nim povieš
       *[formal] karty, ktoré si vyberiete, a to, čo k nim poviete
    }
consent-page-scope-case-conference =
    { $address ->
        [informal] krátke zhrnutia pre stretnutia s inými inštitúciami o tvojom prípade
       *[formal] krátke zhrnutia pre stretnutia s inými inštitúciami o Vašom prípade
    }
consent-page-scope-handover =
    { $address ->
        [informal] odovzdanie tvojho prípadu inej inštitúcii
       *[formal] odovzdanie Vášho prípadu inej inštitúcii
    }
consent-page-recipients =
    { $address ->
        [informal] Tvoje údaje môžu dostať: { $recipients }
       *[formal] Vaše údaje môžu dostať: { $recipients }
    }
consent-page-voluntary =
    { $address ->
        [informal] Súhlas je dobrovoľný. Ak nesúhlasíš, našu podporu dostaneš aj tak.
       *[formal] Súhlas je dobrovoľný. Ak nesúhlasíte, našu podporu dostanete aj tak.
    }
consent-page-withdraw =
    { $address ->
        [informal] Súhlas môžeš kedykoľvek odvolať, bez udania dôvodu. Stačí nám to povedať. Odvtedy už nič neodovzdáme.
       *[formal] Súhlas môžete kedykoľvek odvolať, bez udania dôvodu. Stačí nám to povedať. Odvtedy už nič neodovzdáme.
    }
consent-page-rights =
    { $address ->
        [informal] Vždy sa môžeš opýtať, čo o tebe uchovávame, a požiadať o opravu alebo vymazanie.
       *[formal] Vždy sa môžete opýtať, čo o Vás uchovávame, a požiadať o opravu alebo vymazanie.
    }
consent-page-given =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Súhlas si dala dňa { $date }.
                [masculine] Súhlas si dal dňa { $date }.
               *[neutral] Súhlas bol udelený dňa { $date }.
            }
       *[formal] Súhlas ste udelili dňa { $date }.
    }
consent-page-keep =
    { $address ->
        [informal] Táto strana je pre teba, ponechaj si ju.
       *[formal] Táto strana je pre Vás, ponechajte si ju.
    }
