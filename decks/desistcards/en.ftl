### DesistCards: English reference texts.
###
### Structure (categories, cards, kinds, options) is in deck.toml beside this file.
### Cards speak to the person: questions and prompts in the second person,
### statements in the first person ("I ..."), to be agreed or disagreed with.
### Keep the tone warm, plain and free of judgement. Titles are 2 to 5 words.
###
### Variables:
###   $address  the tone towards the person: formal (the default) or informal
###   $gender   the form the person chose: feminine, masculine, or neutral (the default;
###             also used when the case says "unspecified")
###
### Please avoid labels such as "extremist" for the person; say "the group" or "the scene".

# The deck's own name, shown where a deck is picked.
deck-title = DesistCards — conversation cards

## Categories

category-my-story = Me and my story
category-my-story-description = Where you come from, who you are and how you see yourself.
category-people = People around me
category-people-description = Family, friends, partners and the communities in your life.
category-everyday = Everyday life
category-everyday-description = Work, home, money, free time and the things that make up an ordinary day.
category-feelings = Feelings and body
category-feelings-description = How you feel, how your body is doing and what helps you cope.
category-values = Values and beliefs
category-values-description = What matters to you, what you believe and how your views have changed.
category-strengths = Strengths and resources
category-strengths-description = What you can do, what you have and what has carried you so far.
category-future = Future and goals
category-future-description = What you hope for, what you want to work towards and your next steps.
category-turning-points = Turning points
category-turning-points-description = Moments of doubt, decision and new beginnings that changed something for you.

## Category: Me and my story

card-my-story-three-words-title = Three words about me
# Translators: $address = formal or informal tone towards the person.
card-my-story-three-words =
    { $address ->
        [informal] Pick three words that describe you.
       *[formal] Which three words would you say describe you best?
    }

card-my-story-good-place-title = A good place back then
# Translators: $address = formal or informal tone towards the person.
card-my-story-good-place =
    { $address ->
        [informal] Was there a place when you were a kid where you felt safe and happy? What was it like?
       *[formal] Was there a place in your childhood where you felt safe and happy? What was it like?
    }

card-my-story-before-the-group-title = Before the group
# Translators: $address = formal or informal tone towards the person.
card-my-story-before-the-group =
    { $address ->
        [informal] What were you into before the group came along?
       *[formal] What did you enjoy doing before you became involved with the group?
    }

card-my-story-proud-of-title = Something I am proud of
# Translators: $address = formal or informal tone towards the person.
card-my-story-proud-of =
    { $address ->
        [informal] What's something in your life you're proud of?
       *[formal] Could you name something in your life that you are proud of?
    }

card-my-story-more-than-my-past-title = More than my past
card-my-story-more-than-my-past = I am more than the things I have done.

card-my-story-wanting-to-belong-title = Wanting to belong
card-my-story-wanting-to-belong = Part of what drew me to the group was wanting to belong somewhere.

card-my-story-in-my-own-words-title = In my own words
card-my-story-in-my-own-words = I can tell my story in my own words, the way I see it.

card-my-story-nothing-to-prove-title = Nothing to prove
# Translators: $gender = the form the person chose. The statement is about not having
# to prove one's worth as a "real" woman or man; the neutral form stays general.
card-my-story-nothing-to-prove =
    { $gender ->
        [feminine] I can be myself without having to prove that I am a real woman.
        [masculine] I can be myself without having to prove that I am a real man.
       *[neutral] I can be myself without having to prove anything about who I am.
    }

card-my-story-current-chapter-title = The chapter I am in
# Translators: $address = formal or informal tone towards the person.
card-my-story-current-chapter =
    { $address ->
        [informal] If your life were a book, how happy are you with the chapter you're in right now?
       *[formal] If your life were a book, how content would you be with the chapter you are in right now?
    }
card-my-story-current-chapter-low = Not at all
card-my-story-current-chapter-high = Completely

card-my-story-known-by-others-title = Being known
card-my-story-known-by-others = How well do the people around you know who you really are?
card-my-story-known-by-others-low = Not at all
card-my-story-known-by-others-high = Very well

card-my-story-my-roles-title = Roles I have
card-my-story-my-roles = Which of these roles do you have in your life?
# Translators: $gender = the form the person chose (daughter / son / child).
card-my-story-my-roles-option-child =
    { $gender ->
        [feminine] Daughter
        [masculine] Son
       *[neutral] Child of my parents
    }
# Translators: $gender = the form the person chose (sister / brother / sibling).
card-my-story-my-roles-option-sibling =
    { $gender ->
        [feminine] Sister
        [masculine] Brother
       *[neutral] Sibling
    }
# Translators: $gender = the form the person chose (mother / father / parent).
card-my-story-my-roles-option-parent =
    { $gender ->
        [feminine] Mother
        [masculine] Father
       *[neutral] Parent
    }
card-my-story-my-roles-option-partner = Partner
card-my-story-my-roles-option-friend = Friend
card-my-story-my-roles-option-colleague = Colleague
card-my-story-my-roles-option-neighbour = Neighbour
card-my-story-my-roles-option-team-mate = Team-mate
card-my-story-my-roles-option-carer = Someone who cares for others
card-my-story-my-roles-option-learner = Someone who is learning

## Category: People around me

card-people-someone-to-call-title = Someone to call
# Translators: $address = formal or informal tone towards the person.
card-people-someone-to-call =
    { $address ->
        [informal] Who could you call at three in the morning if you needed help?
       *[formal] Who could you call in the middle of the night if you needed help?
    }

card-people-best-in-me-title = The best in me
# Translators: $address = formal or informal tone towards the person.
card-people-best-in-me =
    { $address ->
        [informal] Who brings out the best in you?
       *[formal] Who in your life brings out the best in you?
    }

card-people-lost-touch-title = Lost touch
# Translators: $address = formal or informal tone towards the person.
card-people-lost-touch =
    { $address ->
        [informal] Anyone you've lost touch with that you'd like to see again?
       *[formal] Is there someone you have lost touch with whom you would like to see again?
    }

card-people-family-on-my-side-title = Family on my side
card-people-family-on-my-side = There is someone in my family who is on my side.

card-people-friends-outside-title = Friends outside the scene
card-people-friends-outside = I have friends who have nothing to do with the scene.

card-people-respect-at-home-title = Respect at home
card-people-respect-at-home = In my relationship, we treat each other with respect.

card-people-someone-relies-on-me-title = Someone relies on me
card-people-someone-relies-on-me = There is someone who relies on me, and that matters to me.

card-people-connected-title = Feeling connected
# Translators: $address = formal or informal tone towards the person.
card-people-connected =
    { $address ->
        [informal] How connected to other people do you feel right now?
       *[formal] How connected to other people do you feel at the moment?
    }
card-people-connected-low = Very alone
card-people-connected-high = Very connected

card-people-trusting-others-title = Trusting others
card-people-trusting-others = How easy is it for you to trust people?
card-people-trusting-others-low = Very hard
card-people-trusting-others-high = Very easy

card-people-my-circle-title = My circle
# Translators: $address = formal or informal tone towards the person.
card-people-my-circle =
    { $address ->
        [informal] Who's in your life right now?
       *[formal] Who do you have in your life at the moment?
    }
card-people-my-circle-option-family = Family
card-people-my-circle-option-partner = A partner
card-people-my-circle-option-children = Children
card-people-my-circle-option-friends = Friends
card-people-my-circle-option-neighbours = Neighbours
card-people-my-circle-option-colleagues = Colleagues or classmates
card-people-my-circle-option-team-mates = Team-mates
card-people-my-circle-option-faith-community = A faith community
card-people-my-circle-option-professionals = Professionals who support me
card-people-my-circle-option-online-friends = Friends I know online

card-people-places-to-meet-title = Places to meet people
# Translators: $address = formal or informal tone towards the person.
card-people-places-to-meet =
    { $address ->
        [informal] Where could you meet people who like the same things as you?
       *[formal] Where could you meet people who share your interests?
    }
card-people-places-to-meet-option-sports-club = A sports club
card-people-places-to-meet-option-course = A course or class
card-people-places-to-meet-option-volunteering = Volunteering
card-people-places-to-meet-option-workplace = At work
card-people-places-to-meet-option-faith-group = A faith group
card-people-places-to-meet-option-music = Making music together
card-people-places-to-meet-option-hobby-group = A hobby group
card-people-places-to-meet-option-neighbourhood = In the neighbourhood
card-people-places-to-meet-option-community-centre = A community centre

## Category: Everyday life

card-everyday-good-ordinary-day-title = A good ordinary day
# Translators: $address = formal or informal tone towards the person.
card-everyday-good-ordinary-day =
    { $address ->
        [informal] What's a good ordinary day like for you, from morning to night?
       *[formal] What does a good ordinary day look like for you, from morning to night?
    }

card-everyday-evenings-weekends-title = Evenings and weekends
# Translators: $address = formal or informal tone towards the person.
card-everyday-evenings-weekends =
    { $address ->
        [informal] What do you get up to in the evenings and at weekends these days?
       *[formal] How do you spend your evenings and weekends these days?
    }

card-everyday-help-that-counts-title = Help that would count
# Translators: $address = formal or informal tone towards the person.
card-everyday-help-that-counts =
    { $address ->
        [informal] What everyday thing would be a lot easier with a bit of help?
       *[formal] In which everyday matter would some help make the biggest difference to you?
    }

card-everyday-routine-title = A routine that works
card-everyday-routine = I have a daily routine that works for me.

card-everyday-safe-home-title = A safe home
card-everyday-safe-home = I feel safe where I live.

card-everyday-own-feet-title = On my own feet
card-everyday-own-feet = I can get by without money or favours from the group.

card-everyday-my-days-title = How I spend my days
card-everyday-my-days = How satisfied are you with what you do during the day, whether that is work, training or something else?
card-everyday-my-days-low = Not at all
card-everyday-my-days-high = Completely

card-everyday-money-worries-title = Money worries
# Translators: $address = formal or informal tone towards the person.
card-everyday-money-worries =
    { $address ->
        [informal] How much are money worries getting to you right now?
       *[formal] How much do money worries weigh on you at the moment?
    }
card-everyday-money-worries-low = Not at all
card-everyday-money-worries-high = A great deal

card-everyday-things-i-enjoy-title = Things I enjoy
# Translators: $address = formal or informal tone towards the person.
card-everyday-things-i-enjoy =
    { $address ->
        [informal] What do you like doing, or fancy trying?
       *[formal] What do you enjoy doing, or what would you like to try?
    }
card-everyday-things-i-enjoy-option-sport = Sport
card-everyday-things-i-enjoy-option-music = Music
card-everyday-things-i-enjoy-option-games = Games
card-everyday-things-i-enjoy-option-reading = Reading
card-everyday-things-i-enjoy-option-cooking = Cooking
card-everyday-things-i-enjoy-option-nature = Being outdoors
card-everyday-things-i-enjoy-option-making-things = Making or fixing things
card-everyday-things-i-enjoy-option-films = Films and series
card-everyday-things-i-enjoy-option-fitness = Working out
card-everyday-things-i-enjoy-option-art = Drawing, painting or photography

card-everyday-practical-matters-title = Practical matters
card-everyday-practical-matters = Which practical matters would you like to sort out?
card-everyday-practical-matters-option-housing = Housing
card-everyday-practical-matters-option-debts = Debts
card-everyday-practical-matters-option-documents = Documents and papers
card-everyday-practical-matters-option-job-search = Finding work
card-everyday-practical-matters-option-training = Training or school
card-everyday-practical-matters-option-health-care = Health care
card-everyday-practical-matters-option-benefits = Benefits
card-everyday-practical-matters-option-court-probation = Court or probation
card-everyday-practical-matters-option-driving-licence = Driving licence
card-everyday-practical-matters-option-bank-account = Bank account

## Category: Feelings and body

card-feelings-where-i-feel-calm-title = Where I feel calm
# Translators: $address = formal or informal tone towards the person.
card-feelings-where-i-feel-calm =
    { $address ->
        [informal] Where, or with who, do you feel calm?
       *[formal] In which places, or with which people, do you feel calm?
    }

card-feelings-early-signals-title = Early warning signs
# Translators: $address = formal or informal tone towards the person.
card-feelings-early-signals =
    { $address ->
        [informal] What do you notice in your body when you start getting angry?
       *[formal] How does your body let you know that you are becoming angry?
    }

card-feelings-what-i-miss-title = What I miss
# Translators: $address = formal or informal tone towards the person.
card-feelings-what-i-miss =
    { $address ->
        [informal] What do you miss since stepping back from the group?
       *[formal] Is there something you miss since stepping back from the group?
    }

card-feelings-showing-feelings-title = Showing what I feel
card-feelings-showing-feelings = I can show what I feel without losing face.

card-feelings-sleeping-well-title = Sleeping well
card-feelings-sleeping-well = Most nights, I sleep well.

card-feelings-asking-for-help-title = Asking for help
card-feelings-asking-for-help = For me, asking for help is a sign of strength, not weakness.

card-feelings-energy-title = My energy
card-feelings-energy = How much energy have you had over the past week?
card-feelings-energy-low = None at all
card-feelings-energy-high = Plenty

card-feelings-stress-level-title = Stress level
# Translators: $address = formal or informal tone towards the person.
card-feelings-stress-level =
    { $address ->
        [informal] How stressed are you right now?
       *[formal] How stressed do you feel at the moment?
    }
card-feelings-stress-level-low = Completely relaxed
card-feelings-stress-level-high = Extremely stressed

card-feelings-mood-today-title = Mood today
# Translators: $address = formal or informal tone towards the person.
card-feelings-mood-today =
    { $address ->
        [informal] How are you doing today?
       *[formal] How are you feeling today?
    }
card-feelings-mood-today-low = Very bad
card-feelings-mood-today-high = Very good

card-feelings-what-helps-me-cope-title = What helps me cope
# Translators: $address = formal or informal tone towards the person.
card-feelings-what-helps-me-cope =
    { $address ->
        [informal] What helps you when it all gets too much?
       *[formal] What helps you when things become too much?
    }
card-feelings-what-helps-me-cope-option-talking = Talking to someone
card-feelings-what-helps-me-cope-option-moving = Moving: walking, running, sport
card-feelings-what-helps-me-cope-option-music = Music
card-feelings-what-helps-me-cope-option-breathing = Slow breathing
card-feelings-what-helps-me-cope-option-sleep = Sleep and rest
card-feelings-what-helps-me-cope-option-writing = Writing things down
card-feelings-what-helps-me-cope-option-time-alone = Some time on my own
card-feelings-what-helps-me-cope-option-nature = Being outdoors
card-feelings-what-helps-me-cope-option-prayer = Prayer or meditation
card-feelings-what-helps-me-cope-option-someone-i-trust = Being with someone I trust

card-feelings-how-stress-shows-title = How stress shows
card-feelings-how-stress-shows = How does stress show up for you?
card-feelings-how-stress-shows-option-headaches = Headaches
card-feelings-how-stress-shows-option-tense-muscles = Tense muscles
card-feelings-how-stress-shows-option-poor-sleep = Poor sleep
card-feelings-how-stress-shows-option-racing-heart = A racing heart
card-feelings-how-stress-shows-option-short-temper = A short temper
card-feelings-how-stress-shows-option-no-appetite = No appetite
card-feelings-how-stress-shows-option-drinking-more = Drinking or using more
card-feelings-how-stress-shows-option-pulling-back = Pulling away from people
card-feelings-how-stress-shows-option-restless = Feeling restless

## Category: Values and beliefs

card-values-what-i-stand-for-title = What I stand for
# Translators: $address = formal or informal tone towards the person.
card-values-what-i-stand-for =
    { $address ->
        [informal] What do you want your life to stand for?
       *[formal] Which values would you like your life to stand for?
    }

card-values-changing-my-mind-title = Changing my mind
# Translators: $address = formal or informal tone towards the person.
card-values-changing-my-mind =
    { $address ->
        [informal] When did you last change your mind about something important? What did it?
       *[formal] Can you remember a time you changed your mind about something important? What led to it?
    }

card-values-standing-up-title = Standing up for something
# Translators: $address = formal or informal tone towards the person.
card-values-standing-up =
    { $address ->
        [informal] How can you stand up for what you care about without hurting anyone?
       *[formal] How could you stand up for something you care about without anyone getting hurt?
    }

card-values-living-with-differences-title = Living with differences
card-values-living-with-differences = I can get on with people who see the world differently from me.

card-values-violence-costs-title = What violence costs
card-values-violence-costs = In the end, violence creates more problems than it solves.

card-values-room-for-doubt-title = Room for doubt
card-values-room-for-doubt = It is all right for me to have doubts about things I used to be sure of.

card-values-fair-to-everyone-title = Fair to everyone
card-values-fair-to-everyone = Fairness should apply to everyone, including people who are not like me.

card-values-how-sure-title = How sure I am
card-values-how-sure = How sure are you today about the views you held in the group?
card-values-how-sure-low = Not sure at all
card-values-how-sure-high = Completely sure

card-values-open-to-views-title = Open to other views
# Translators: $address = formal or informal tone towards the person.
card-values-open-to-views =
    { $address ->
        [informal] How open are you to hearing views that differ from yours?
       *[formal] How open are you to hearing views that differ from your own?
    }
card-values-open-to-views-low = Not open
card-values-open-to-views-high = Very open

card-values-values-i-hold-title = Values I hold
card-values-values-i-hold = Which of these values are important to you?
card-values-values-i-hold-option-honesty = Honesty
card-values-values-i-hold-option-loyalty = Loyalty
card-values-values-i-hold-option-justice = Justice
card-values-values-i-hold-option-family = Family
card-values-values-i-hold-option-freedom = Freedom
card-values-values-i-hold-option-respect = Respect
card-values-values-i-hold-option-courage = Courage
card-values-values-i-hold-option-faith = Faith
card-values-values-i-hold-option-solidarity = Solidarity
card-values-values-i-hold-option-kindness = Kindness

card-values-making-a-difference-title = Ways to make a difference
# Translators: $address = formal or informal tone towards the person.
card-values-making-a-difference =
    { $address ->
        [informal] Which of these ways of making a difference appeal to you?
       *[formal] Which of these ways of making a difference would suit you?
    }
card-values-making-a-difference-option-volunteering = Volunteering
card-values-making-a-difference-option-voting = Voting
card-values-making-a-difference-option-petitions = Signing or starting a petition
card-values-making-a-difference-option-associations = Joining an association or a union
card-values-making-a-difference-option-conversations = Talking things through with people
card-values-making-a-difference-option-helping-neighbours = Helping people nearby
card-values-making-a-difference-option-art-music = Speaking through art or music
card-values-making-a-difference-option-mentoring = Mentoring someone younger
card-values-making-a-difference-option-peaceful-protest = Peaceful protest

## Category: Strengths and resources

card-strengths-getting-through-title = Getting through
# Translators: $address = formal or informal tone towards the person.
card-strengths-getting-through =
    { $address ->
        [informal] What's got you through hard times before?
       *[formal] What has helped you get through hard times in the past?
    }

card-strengths-what-friends-see-title = What friends see in me
# Translators: $address = formal or informal tone towards the person.
card-strengths-what-friends-see =
    { $address ->
        [informal] What would a good friend say you're good at?
       *[formal] What would a good friend say your strengths are?
    }

card-strengths-skills-that-travel-title = Skills that travel
# Translators: $address = formal or informal tone towards the person.
card-strengths-skills-that-travel =
    { $address ->
        [informal] Which of your abilities, like organising, loyalty or courage, could you use somewhere new?
       *[formal] Which of your abilities, such as organising, loyalty or courage, could you put to use in a new setting?
    }

card-strengths-finding-a-way-title = Finding a way
card-strengths-finding-a-way = When something goes wrong, I usually find a way to deal with it.

card-strengths-really-good-at-title = Something I am good at
card-strengths-really-good-at = There is something I am really good at.

card-strengths-still-learning-title = Still learning
card-strengths-still-learning = I can still learn new things, whatever my age.

card-strengths-trusting-myself-title = Trusting myself
# Translators: $address = formal or informal tone towards the person.
card-strengths-trusting-myself =
    { $address ->
        [informal] How much do you trust yourself to handle what's coming?
       *[formal] How much do you trust yourself to handle what lies ahead?
    }
card-strengths-trusting-myself-low = Not at all
card-strengths-trusting-myself-high = Completely

card-strengths-backing-title = People behind me
card-strengths-backing = How much support do you feel you have for the changes you are making?
card-strengths-backing-low = None
card-strengths-backing-high = A lot

card-strengths-my-qualities-title = My qualities
card-strengths-my-qualities = Which of these qualities do you see in yourself?
card-strengths-my-qualities-option-patience = Patience
card-strengths-my-qualities-option-humour = Humour
card-strengths-my-qualities-option-reliability = Reliability
card-strengths-my-qualities-option-courage = Courage
card-strengths-my-qualities-option-honesty = Honesty
card-strengths-my-qualities-option-loyalty = Loyalty
card-strengths-my-qualities-option-curiosity = Curiosity
card-strengths-my-qualities-option-care = Caring for others
card-strengths-my-qualities-option-determination = Determination
card-strengths-my-qualities-option-calm = Staying calm

card-strengths-my-skills-title = My skills
# Translators: $address = formal or informal tone towards the person.
card-strengths-my-skills =
    { $address ->
        [informal] Which of these are you good at?
       *[formal] Which of these skills do you have?
    }
card-strengths-my-skills-option-hands-on = Working with my hands
card-strengths-my-skills-option-organising = Organising
card-strengths-my-skills-option-languages = Languages
card-strengths-my-skills-option-computers = Computers
card-strengths-my-skills-option-driving = Driving
card-strengths-my-skills-option-cooking = Cooking
card-strengths-my-skills-option-sport = Sport
card-strengths-my-skills-option-caring = Looking after people
card-strengths-my-skills-option-explaining = Explaining things to others
card-strengths-my-skills-option-music = Music

card-strengths-where-to-get-help-title = Where to get help
card-strengths-where-to-get-help = Where can you get help if you need it?
card-strengths-where-to-get-help-option-family = Family
card-strengths-where-to-get-help-option-friends = Friends
card-strengths-where-to-get-help-option-counsellor = My counsellor or caseworker
card-strengths-where-to-get-help-option-doctor = A doctor
card-strengths-where-to-get-help-option-therapist = A therapist
card-strengths-where-to-get-help-option-faith-community = A faith community
card-strengths-where-to-get-help-option-helpline = A helpline
card-strengths-where-to-get-help-option-probation = My probation officer
card-strengths-where-to-get-help-option-self-help-group = A self-help group

## Category: Future and goals

card-future-a-year-from-now-title = A year from now
# Translators: $address = formal or informal tone towards the person.
card-future-a-year-from-now =
    { $address ->
        [informal] Imagine it's a year from now and things went well. What's different?
       *[formal] Imagine it is a year from now and things have gone well. What has changed?
    }

card-future-small-step-title = The next small step
# Translators: $address = formal or informal tone towards the person.
card-future-small-step =
    { $address ->
        [informal] What's one small step you could take this week?
       *[formal] What small step could you take this week?
    }

card-future-someone-to-look-up-to-title = Someone to look up to
# Translators: $address = formal or informal tone towards the person.
card-future-someone-to-look-up-to =
    { $address ->
        [informal] Who do you know that lives the kind of life you'd like?
       *[formal] Do you know someone who lives the kind of life you would like to live?
    }

card-future-it-can-get-better-title = It can get better
card-future-it-can-get-better = I believe my life can get better.

card-future-worth-the-effort-title = Worth the effort
card-future-worth-the-effort = The changes I am making are worth the effort.

# Translators: $gender = the form the person chose (mother / father / parent).
card-future-the-parent-i-want-to-be-title =
    { $gender ->
        [feminine] Me as a mother
        [masculine] Me as a father
       *[neutral] Me as a parent
    }
# Translators: $gender = the form the person chose (mother / father / parent).
card-future-the-parent-i-want-to-be =
    { $gender ->
        [feminine] I know what kind of mother I want to be, now or one day.
        [masculine] I know what kind of father I want to be, now or one day.
       *[neutral] I know what kind of parent I want to be, now or one day.
    }

card-future-hopeful-title = Hope for the future
card-future-hopeful = How hopeful are you about your future?
card-future-hopeful-low = Not hopeful
card-future-hopeful-high = Very hopeful

card-future-closer-to-my-goal-title = Closer to my goal
# Translators: $address = formal or informal tone towards the person.
card-future-closer-to-my-goal =
    { $address ->
        [informal] Think of the goal that matters most to you right now. How close are you?
       *[formal] How close are you to the goal that matters most to you at the moment?
    }
card-future-closer-to-my-goal-low = Still far away
card-future-closer-to-my-goal-high = Already there

card-future-my-goals-title = Goals I have
# Translators: $address = formal or informal tone towards the person.
card-future-my-goals =
    { $address ->
        [informal] What do you want to work on?
       *[formal] Which goals would you like to work on?
    }
card-future-my-goals-option-work = Work
card-future-my-goals-option-training = Training or school
card-future-my-goals-option-home = A home of my own
card-future-my-goals-option-health = My health
card-future-my-goals-option-family = My family
card-future-my-goals-option-friends = Friendships
card-future-my-goals-option-relationship = A good relationship
card-future-my-goals-option-inner-peace = More inner peace
card-future-my-goals-option-debt-free = Being free of debt
card-future-my-goals-option-new-hobby = A new hobby

card-future-what-would-help-title = What would help
card-future-what-would-help = What would help you reach your goals?
card-future-what-would-help-option-information = Information
card-future-what-would-help-option-contacts = The right contacts
card-future-what-would-help-option-money = Money
card-future-what-would-help-option-time = Time
card-future-what-would-help-option-training = Training
card-future-what-would-help-option-someone-to-talk-to = Someone to talk to
card-future-what-would-help-option-encouragement = Encouragement
card-future-what-would-help-option-practical-help = Practical help
card-future-what-would-help-option-patience = Patience with myself

## Category: Turning points

card-turning-points-first-doubt-title = The first doubt
# Translators: $address = formal or informal tone towards the person.
card-turning-points-first-doubt =
    { $address ->
        [informal] When did you first start doubting the group? What happened?
       *[formal] When did you first begin to have doubts about the group? What happened then?
    }

card-turning-points-someone-made-a-difference-title = Someone who made a difference
# Translators: $address = formal or informal tone towards the person.
card-turning-points-someone-made-a-difference =
    { $address ->
        [informal] Was there someone who made a difference at a key moment? What did they do?
       *[formal] Was there a person who made a difference at an important moment? What did they do?
    }

card-turning-points-a-good-decision-title = A good decision
# Translators: $address = formal or informal tone towards the person.
card-turning-points-a-good-decision =
    { $address ->
        [informal] What's a decision you're glad you made?
       *[formal] Which decision in your life are you glad you made?
    }

card-turning-points-something-has-to-change-title = Something has to change
# Translators: $address = formal or informal tone towards the person.
card-turning-points-something-has-to-change =
    { $address ->
        [informal] Tell me about a moment when you thought: something has to change.
       *[formal] Could you tell me about a moment when you thought: something has to change?
    }

card-turning-points-not-who-i-want-to-be-title = Not the real me
card-turning-points-not-who-i-want-to-be = There was a moment when I realised: this is not who I want to be.

card-turning-points-worn-out-title = Worn out
card-turning-points-worn-out = At some point I was simply tired of the stress that came with the scene.

card-turning-points-new-start-title = A new start
card-turning-points-new-start = I have already made a new start in at least one part of my life.

card-turning-points-how-far-title = How far I have come
# Translators: $address = formal or informal tone towards the person.
card-turning-points-how-far =
    { $address ->
        [informal] How far have you come since you started stepping back?
       *[formal] How far do you feel you have come since you began stepping back?
    }
card-turning-points-how-far-low = Just starting
card-turning-points-how-far-high = A long way

card-turning-points-ready-title = Ready for the next step
card-turning-points-ready = How ready do you feel for your next step?
card-turning-points-ready-low = Not ready yet
card-turning-points-ready-high = Completely ready

card-turning-points-what-moved-me-title = What moved me
# Translators: $address = formal or informal tone towards the person.
card-turning-points-what-moved-me =
    { $address ->
        [informal] What got you to start stepping back?
       *[formal] What made you begin stepping back?
    }
card-turning-points-what-moved-me-option-disappointment = Being let down by people in the group
card-turning-points-what-moved-me-option-violence = Violence I saw or went through
card-turning-points-what-moved-me-option-family = My family
card-turning-points-what-moved-me-option-partner = My partner
card-turning-points-what-moved-me-option-children = My children
card-turning-points-what-moved-me-option-work = Work or training
card-turning-points-what-moved-me-option-exhaustion = Being worn out
card-turning-points-what-moved-me-option-doubts = Doubts about the ideas
card-turning-points-what-moved-me-option-legal-consequences = Legal consequences
card-turning-points-what-moved-me-option-new-people = Meeting new people

card-turning-points-what-keeps-me-going-title = What keeps me going
# Translators: $address = formal or informal tone towards the person.
card-turning-points-what-keeps-me-going =
    { $address ->
        [informal] What keeps you going on your new path?
       *[formal] What has kept you going on your new path so far?
    }
card-turning-points-what-keeps-me-going-option-family = Family
card-turning-points-what-keeps-me-going-option-friends = Friends
card-turning-points-what-keeps-me-going-option-faith = Faith
card-turning-points-what-keeps-me-going-option-work = Work
card-turning-points-what-keeps-me-going-option-sport = Sport
card-turning-points-what-keeps-me-going-option-counselling = Counselling
card-turning-points-what-keeps-me-going-option-own-will = My own determination
card-turning-points-what-keeps-me-going-option-children = My children
card-turning-points-what-keeps-me-going-option-goals = My goals
card-turning-points-what-keeps-me-going-option-new-interests = New interests
