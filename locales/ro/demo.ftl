### Demonstrația (desistkit demo): un seif temporar cu cazuri fictive (română).

demo-banner = DEMO · cazuri fictive · se șterg la ieșire
demo-no-lock = Demonstrația nu are blocare: conține doar cazuri fictive și se șterge când ieșiți (Ctrl+Q).

## The demo's fictional content, written in this language (every name and sentence invented).
## DEMO-01: informal, feminine; DEMO-02: formal, masculine; DEMO-03: informal, neutral.

demo-mark = DEMO
demo-goal = Să termine stagiul la brutărie
demo-goal-own-words = De data asta vreau să reușesc singură până la capăt.
demo-step = Discuție săptămânală cu mentorul de stagiu
demo-step-who = mentor
demo-aunt = O mătușă care ține legătura cu ea
demo-no-father = Niciun contact cu tatăl ei
demo-rows = Certuri acasă
demo-no-job = Fără loc de muncă
demo-sleeps = Doarme până la prânz
demo-friends-in-group = Majoritatea prietenilor ei sunt în grup
demo-sister = Sora ei o vizitează
demo-course = Se trezește pentru curs
demo-climbing = S-a înscris într-un grup de escaladă
demo-calmer-talks = Discuții mai calme acasă
demo-internship = Stagiu la o brutărie
demo-new-number = Număr de telefon nou
demo-old-contacts = Vechile contacte îi mai scriu din când în când
demo-one-room = Putem sta din nou în aceeași cameră.
demo-flat = O locuință proprie până în primăvară
demo-flat-own-words = Aș vrea să am cheile mele și să fiu sigur de ele.
demo-housing = Programare la biroul de locuințe
demo-housing-who = consilier pentru locuințe
demo-card-note-story = A povestit ultimul an cu propriile cuvinte, fără lozincile grupului.
demo-card-note-chapter = Spune că a început un capitol nou, dar încă nu e sigură de el.
demo-card-note-getting-through = Se trezește devreme pentru curs, chiar și după nopți proaste.

# The demo cases' legal basis (fictional).
demo-basis-recipient = serviciul de probațiune
demo-basis-note = consiliere dispusă de instanță
