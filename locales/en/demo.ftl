### The demo (desistkit demo): a throw-away vault of fictional cases.

demo-banner = DEMO · fictional cases · deleted when you quit
demo-no-lock = The demo has no lock: it holds fictional cases only and is deleted when you quit (Ctrl+Q).

## The demo's fictional content, written in this language (every name and sentence invented).
## DEMO-01: informal, feminine; DEMO-02: formal, masculine; DEMO-03: informal, neutral.

demo-mark = DEMO
demo-goal = Finish the bakery internship
demo-goal-own-words = This time I want to see it through myself.
demo-step = Weekly check-in with the internship mentor
demo-step-who = mentor
demo-aunt = An aunt who keeps in touch
demo-no-father = No contact with her father
demo-rows = Rows at home
demo-no-job = No job
demo-sleeps = Sleeps until noon
demo-friends-in-group = Most of her friends are in the group
demo-sister = Her sister visits
demo-course = Gets up for the course
demo-climbing = Joined a climbing group
demo-calmer-talks = Calmer talks at home
demo-internship = Internship at a bakery
demo-new-number = New phone number
demo-old-contacts = Old contacts write now and then
demo-one-room = We can be in one room again.
demo-flat = A flat of his own by spring
demo-flat-own-words = I would like to have my own keys and be sure of them.
demo-housing = Appointment at the housing office
demo-housing-who = housing adviser
demo-card-note-story = Told the last year in her own words, without the group's slogans.
demo-card-note-chapter = Says a new chapter has begun, but she is not sure of it yet.
demo-card-note-getting-through = Gets up early for the course, even after bad nights.

# The demo cases' legal basis (fictional).
demo-basis-recipient = probation service
demo-basis-note = court-ordered counselling
