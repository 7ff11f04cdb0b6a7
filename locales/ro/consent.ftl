### Pagina despre consimțământ pe care persoana o citește și o păstrează (issue 18). Scurt și
### simplu, în limba și forma de adresare alese pentru persoană ($address: formal =
### dumneavoastră, informal = tu). Genul ($gender) apare la participiul „informat/informată”.

consent-page-title =
    { $address ->
        [informal] Consimțământul tău
       *[formal] Consimțământul dumneavoastră
    }
consent-page-intro =
    { $address ->
        [informal] În discuțiile noastre poți vorbi despre convingerile tale, credința ta, sănătatea ta sau despre lucruri din trecut. Acestea sunt informații sensibile. Le notăm doar dacă ești de acord.
       *[formal] În discuțiile noastre puteți vorbi despre convingerile, credința, sănătatea dumneavoastră sau despre lucruri din trecut. Acestea sunt informații sensibile. Le notăm doar dacă sunteți de acord.
    }
consent-page-what =
    { $address ->
        [informal] Ce notăm păstrăm criptat. Pot citi doar oamenii care lucrează cu tine.
       *[formal] Ce notăm păstrăm criptat. Pot citi doar oamenii care lucrează cu dumneavoastră.
    }
consent-page-scope =
    { $address ->
        [informal] Ești de acord să le folosim pentru:
       *[formal] Sunteți de acord să le folosim pentru:
    }
consent-page-scope-counselling-records =
    { $address ->
        [informal] notițe din discuțiile noastre cu tine și obiectivele pe care le stabilim
       *[formal] notițe din discuțiile noastre cu dumneavoastră și obiectivele pe care le stabilim
    }
consent-page-scope-card-sessions =
    { $address ->
        [informal] cărțile pe care le alegi și ce spui despre ele
       *[formal] cărțile pe care le alegeți și ce spuneți despre ele
    }
consent-page-scope-case-conference =
    { $address ->
        [informal] rezumate scurte pentru întâlniri cu alte instituții despre cazul tău
       *[formal] rezumate scurte pentru întâlniri cu alte instituții despre cazul dumneavoastră
    }
consent-page-scope-handover =
    { $address ->
        [informal] predarea cazului tău către o altă instituție
       *[formal] predarea cazului dumneavoastră către o altă instituție
    }
consent-page-recipients =
    { $address ->
        [informal] Informațiile tale pot ajunge la: { $recipients }
       *[formal] Informațiile dumneavoastră pot ajunge la: { $recipients }
    }
consent-page-voluntary =
    { $address ->
        [informal] Consimțământul este liber. Dacă spui nu, primești în continuare sprijinul nostru.
       *[formal] Consimțământul este liber. Dacă spuneți nu, primiți în continuare sprijinul nostru.
    }
consent-page-withdraw =
    { $address ->
        [informal] Îți poți retrage consimțământul oricând, fără să dai un motiv. Spune-ne doar. De atunci nu mai transmitem nimic.
       *[formal] Vă puteți retrage consimțământul oricând, fără să dați un motiv. Spuneți-ne doar. De atunci nu mai transmitem nimic.
    }
consent-page-rights =
    { $address ->
        [informal] Poți întreba oricând ce păstrăm despre tine și poți cere să corectăm sau să ștergem.
       *[formal] Puteți întreba oricând ce păstrăm despre dumneavoastră și puteți cere să corectăm sau să ștergem.
    }
consent-page-given =
    { $address ->
        [informal]
            { $gender ->
                [feminine] Ți-ai dat consimțământul la { $date }, informată despre drepturile tale.
                [masculine] Ți-ai dat consimțământul la { $date }, informat despre drepturile tale.
               *[neutral] Consimțământul a fost dat la { $date }, după informarea despre aceste drepturi.
            }
       *[formal]
            { $gender ->
                [feminine] V-ați dat consimțământul la { $date }, informată despre drepturile dumneavoastră.
                [masculine] V-ați dat consimțământul la { $date }, informat despre drepturile dumneavoastră.
               *[neutral] Consimțământul a fost dat la { $date }, după informarea despre aceste drepturi.
            }
    }
consent-page-keep =
    { $address ->
        [informal] Această pagină este a ta, o poți păstra.
       *[formal] Această pagină este a dumneavoastră, o puteți păstra.
    }
