### CaseReflector factor catalogue: English reference texts.
###
### Structure (areas, factors, question ids) is in catalogue.toml beside this file.
### Questions marked "cw" are for the caseworker's own reflection and speak about the
### person in the third person. Questions marked "ask" are put to the person directly.
### Within each factor the first questions look at what already helps (resources),
### later ones at what is hard (needs).
###
### Variables:
###   $gender   how the person is referred to: feminine (she/her), masculine (he/his),
###             neutral (they/their, the default; also used when the case says "unspecified")
###   $address  the tone towards the person: formal (the default) or informal
###
### Please avoid labels such as "extremist" for the person; say "the person",
### "distancing", "the group" or "the scene".

# The deck's own name, shown where a deck is picked.
deck-title = CaseReflector — distancing factors

## Area: Relationships and belonging

area-relationships = Relationships and belonging
area-relationships-description =
    The people and groups in the person's life, what they give and what they ask in return. For distancing, belonging often matters more than ideas do.

## Factor: Family of origin

factor-family-of-origin = Family of origin
factor-family-of-origin-description =
    Parents, siblings and others the person grew up with. Family can be a strong support, a source of old conflict or a pull back towards the scene, often several at once.

# Translators: $gender = how the person is referred to (she / he / they).
factor-family-of-origin-cw-support =
    { $gender ->
        [feminine] Who in her family stands by her, and what does that support look like in practice?
        [masculine] Who in his family stands by him, and what does that support look like in practice?
       *[neutral] Who in their family stands by them, and what does that support look like in practice?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-family-of-origin-cw-contact =
    { $gender ->
        [feminine] How does contact with her family usually go, and how does she seem afterwards?
        [masculine] How does contact with his family usually go, and how does he seem afterwards?
       *[neutral] How does contact with their family usually go, and how do they seem afterwards?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-family-of-origin-cw-old-conflicts =
    { $gender ->
        [feminine] Which old conflicts or hurts in the family still shape her today?
        [masculine] Which old conflicts or hurts in the family still shape him today?
       *[neutral] Which old conflicts or hurts in the family still shape them today?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-family-of-origin-cw-pull-back =
    { $gender ->
        [feminine] Does anyone in her family share or encourage the scene's views, and how does that affect her distancing?
        [masculine] Does anyone in his family share or encourage the scene's views, and how does that affect his distancing?
       *[neutral] Does anyone in their family share or encourage the scene's views, and how does that affect their distancing?
    }
# Translators: $address = formal or informal tone towards the person.
factor-family-of-origin-ask-who-is-there =
    { $address ->
        [informal] Who in your family can you count on?
       *[formal] Who in your family could you turn to if you needed help?
    }
# Translators: $address = formal or informal tone towards the person.
factor-family-of-origin-ask-what-helps =
    { $address ->
        [informal] What's something your family does that really helps you?
       *[formal] What does your family do that is helpful to you?
    }
factor-family-of-origin-ask-weighs = Is there anything with your family that weighs on you at the moment?
# Translators: $address = formal or informal tone towards the person.
factor-family-of-origin-ask-wish =
    { $address ->
        [informal] What's one thing you'd change with your family, if you could?
       *[formal] If you could change one thing with your family, what would it be?
    }

## Factor: Partner and intimate relationships

factor-partner = Partner and intimate relationships
factor-partner-description =
    A current or past partner and what the relationship brings. A partner may support change or have their own ties to the scene, and the relationship may involve control or violence.

# Translators: $gender = how the person is referred to (she / he / they).
factor-partner-cw-support =
    { $gender ->
        [feminine] In what ways does her partner support the changes she is making?
        [masculine] In what ways does his partner support the changes he is making?
       *[neutral] In what ways does their partner support the changes they are making?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-partner-cw-partner-ties =
    { $gender ->
        [feminine] What ties does her partner have to the scene, and how do these affect her own distancing?
        [masculine] What ties does his partner have to the scene, and how do these affect his own distancing?
       *[neutral] What ties does their partner have to the scene, and how do these affect their own distancing?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-partner-cw-respect-safety =
    { $gender ->
        [feminine] Are there signs of control, fear or violence in the relationship, in either direction, and is she safe?
        [masculine] Are there signs of control, fear or violence in the relationship, in either direction, and is he safe?
       *[neutral] Are there signs of control, fear or violence in the relationship, in either direction, and are they safe?
    }
# Translators: $address = formal or informal tone towards the person.
factor-partner-ask-good-together =
    { $address ->
        [informal] What's good between the two of you right now?
       *[formal] What is good about your relationship at the moment?
    }
# Translators: $address = formal or informal tone towards the person.
factor-partner-ask-reaction =
    { $address ->
        [informal] How is your partner taking the changes you're making?
       *[formal] How does your partner respond to the changes you are making?
    }
factor-partner-ask-safe = Do you feel safe and respected in your relationship?

## Factor: Children and caring roles

factor-children-caring = Children and caring roles
factor-children-caring-description =
    Being a parent, step-parent or carer for someone. Caring roles can give strong reasons to change, and they can bring worries, for example about custody or about what children have seen.

# Translators: $gender = how the person is referred to (she / he / they).
factor-children-caring-cw-meaning =
    { $gender ->
        [feminine] What does being a parent or carer mean to her, and how does it motivate her?
        [masculine] What does being a parent or carer mean to him, and how does it motivate him?
       *[neutral] What does being a parent or carer mean to them, and how does it motivate them?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-children-caring-cw-wishes =
    { $gender ->
        [feminine] What does she wish for her children's future, and how does that fit with the scene's ideas?
        [masculine] What does he wish for his children's future, and how does that fit with the scene's ideas?
       *[neutral] What do they wish for their children's future, and how does that fit with the scene's ideas?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-children-caring-cw-worries =
    { $gender ->
        [feminine] What worries does she carry about her children, such as contact, custody, or what they have seen and heard?
        [masculine] What worries does he carry about his children, such as contact, custody, or what they have seen and heard?
       *[neutral] What worries do they carry about their children, such as contact, custody, or what the children have seen and heard?
    }
# Translators: $address = formal or informal tone towards the person.
factor-children-caring-ask-proud =
    { $address ->
        [informal] What makes you proud when you're with your kids or the people you care for?
       *[formal] What are you proud of in your role as a parent or carer?
    }
# Translators: $address = formal or informal tone towards the person.
factor-children-caring-ask-wish =
    { $address ->
        [informal] What do you want for your kids when they grow up?
       *[formal] What would you wish for your children when they are grown up?
    }
factor-children-caring-ask-hardest = What is the hardest part of caring for others right now?

## Factor: Friendships outside the scene

factor-friendships = Friendships outside the scene
factor-friendships-description =
    Friends who are not part of the scene: from before, from now, or still to be found. Such friendships are an often under-used resource, and loneliness is one of the strongest pulls back.

# Translators: $gender = how the person is referred to (she / he / they).
factor-friendships-cw-who-remains =
    { $gender ->
        [feminine] Which friendships outside the scene has she kept, or could she pick up again?
        [masculine] Which friendships outside the scene has he kept, or could he pick up again?
       *[neutral] Which friendships outside the scene have they kept, or could they pick up again?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-friendships-cw-new-contacts =
    { $gender ->
        [feminine] Where could she meet new people who share her interests?
        [masculine] Where could he meet new people who share his interests?
       *[neutral] Where could they meet new people who share their interests?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-friendships-cw-loneliness =
    { $gender ->
        [feminine] How lonely is she, and when does she feel it most?
        [masculine] How lonely is he, and when does he feel it most?
       *[neutral] How lonely are they, and when do they feel it most?
    }
# Translators: $address = formal or informal tone towards the person.
factor-friendships-ask-who-remains =
    { $address ->
        [informal] Who are your friends outside the scene?
       *[formal] Who outside the scene would you call a friend?
    }
# Translators: $address = formal or informal tone towards the person.
factor-friendships-ask-reconnect =
    { $address ->
        [informal] Anyone from before you'd like to get back in touch with?
       *[formal] Is there someone from earlier you would like to get back in touch with?
    }
factor-friendships-ask-lonely = When do you feel lonely, and what helps you then?

## Factor: Ties to the scene and costs of leaving

factor-scene-ties = Ties to the scene and costs of leaving
factor-scene-ties-description =
    What still connects the person to the group, and what leaving costs or risks. This covers obligations, fear of reprisal, what the group gave that needs replacing, and the disappointments that set distancing in motion.

# Translators: $gender = how the person is referred to (she / he / they).
factor-scene-ties-cw-steps-taken =
    { $gender ->
        [feminine] What steps of distancing has she already taken, and what made them possible?
        [masculine] What steps of distancing has he already taken, and what made them possible?
       *[neutral] What steps of distancing have they already taken, and what made them possible?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-scene-ties-cw-what-it-gave =
    { $gender ->
        [feminine] What did the group give her, such as belonging, protection, status or excitement, that now needs to be found elsewhere?
        [masculine] What did the group give him, such as belonging, protection, status or excitement, that now needs to be found elsewhere?
       *[neutral] What did the group give them, such as belonging, protection, status or excitement, that now needs to be found elsewhere?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-scene-ties-cw-disillusionment =
    { $gender ->
        [feminine] What has disappointed her about the group, its leaders or its members?
        [masculine] What has disappointed him about the group, its leaders or its members?
       *[neutral] What has disappointed them about the group, its leaders or its members?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-scene-ties-cw-barriers =
    { $gender ->
        [feminine] What still binds her to the scene, such as debts, obligations, shared housing or fear of reprisal, and how safe is she?
        [masculine] What still binds him to the scene, such as debts, obligations, shared housing or fear of reprisal, and how safe is he?
       *[neutral] What still binds them to the scene, such as debts, obligations, shared housing or fear of reprisal, and how safe are they?
    }
# Translators: $address = formal or informal tone towards the person.
factor-scene-ties-ask-steps =
    { $address ->
        [informal] What have you already changed in how you deal with the group?
       *[formal] What have you already changed in your contact with the group?
    }
# Translators: $address = formal or informal tone towards the person.
factor-scene-ties-ask-what-it-gave =
    { $address ->
        [informal] What did you get from the group that you'd miss?
       *[formal] What did the group give you that you would miss?
    }
# Translators: $address = formal or informal tone towards the person.
factor-scene-ties-ask-disappointed =
    { $address ->
        [informal] What let you down about the group?
       *[formal] Was there something about the group that disappointed you?
    }
# Translators: $address = formal or informal tone towards the person.
factor-scene-ties-ask-worries =
    { $address ->
        [informal] What worries you about stepping back further?
       *[formal] Is there anything that worries you about stepping back further?
    }

## Factor: Community, faith and civic life

factor-community-faith = Community, faith and civic life
factor-community-faith-description =
    Clubs, associations, neighbourhoods, religious and cultural communities, volunteering. These places can offer belonging and meaning; the person may also meet welcome or rejection there.

# Translators: $gender = how the person is referred to (she / he / they).
factor-community-faith-cw-places =
    { $gender ->
        [feminine] Which communities, clubs or faith groups does she belong to or feel drawn to?
        [masculine] Which communities, clubs or faith groups does he belong to or feel drawn to?
       *[neutral] Which communities, clubs or faith groups do they belong to or feel drawn to?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-community-faith-cw-welcome =
    { $gender ->
        [feminine] Where has she been made welcome, and who there could be a good contact for her?
        [masculine] Where has he been made welcome, and who there could be a good contact for him?
       *[neutral] Where have they been made welcome, and who there could be a good contact for them?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-community-faith-cw-rejection =
    { $gender ->
        [feminine] Where has she met rejection or mistrust, and how did she deal with it?
        [masculine] Where has he met rejection or mistrust, and how did he deal with it?
       *[neutral] Where have they met rejection or mistrust, and how did they deal with it?
    }
# Translators: $address = formal or informal tone towards the person.
factor-community-faith-ask-belong =
    { $address ->
        [informal] Apart from family, where do you feel you belong?
       *[formal] Apart from your family, where would you say you feel you belong?
    }
# Translators: $address = formal or informal tone towards the person.
factor-community-faith-ask-faith =
    { $address ->
        [informal] Does faith or anything spiritual matter to you? What does it give you?
       *[formal] Does faith or a spiritual practice play a role in your life? If so, what does it give you?
    }
factor-community-faith-ask-more-involved = Where would you like to be more involved, and what would make that easier?

## Area: Identity and self

area-identity = Identity and self
area-identity-description =
    How the person sees themselves, which roles they take on, and where they feel respected and able to shape their own life.

## Factor: Self-image beyond the scene

factor-self-image = Self-image beyond the scene
factor-self-image-description =
    Who the person is apart from the scene: qualities, roles, interests and history. A self-image with many sides makes it easier to let go of a group identity.

# Translators: $gender = how the person is referred to (she / he / they).
factor-self-image-cw-valued-sides =
    { $gender ->
        [feminine] Which of her qualities and roles does she value that have nothing to do with the scene?
        [masculine] Which of his qualities and roles does he value that have nothing to do with the scene?
       *[neutral] Which of their qualities and roles do they value that have nothing to do with the scene?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-self-image-cw-other-sides =
    { $gender ->
        [feminine] Which sides of her, from before the scene or outside it, could come to the fore again?
        [masculine] Which sides of him, from before the scene or outside it, could come to the fore again?
       *[neutral] Which sides of them, from before the scene or outside it, could come to the fore again?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-self-image-cw-group-identity =
    { $gender ->
        [feminine] How much of her sense of self is still bound up with the group, its symbols, its style or its language?
        [masculine] How much of his sense of self is still bound up with the group, its symbols, its style or its language?
       *[neutral] How much of their sense of self is still bound up with the group, its symbols, its style or its language?
    }
# Translators: $address = formal or informal tone towards the person.
factor-self-image-ask-describe =
    { $address ->
        [informal] How would you describe yourself to someone new?
       *[formal] How would you describe yourself to someone who does not know you yet?
    }
# Translators: $address = formal or informal tone towards the person.
factor-self-image-ask-like =
    { $address ->
        [informal] What do you like about yourself?
       *[formal] What do you appreciate about yourself?
    }
factor-self-image-ask-changed = How have you changed over the last few years?

## Factor: Gender roles and expectations

factor-gender-roles = Gender roles and expectations
factor-gender-roles-description =
    Ideas about what a man or a woman should be, do or put up with. Scenes often build on such images, like the fighter, the provider or the devoted mother, and they can be tied to violence and to a sense of worth.

# Translators: $gender = how the person is referred to (she / he / they).
factor-gender-roles-cw-beyond-roles =
    { $gender ->
        [feminine] Where does she already act in ways that go beyond a fixed role?
        [masculine] Where does he already act in ways that go beyond a fixed role?
       *[neutral] Where do they already act in ways that go beyond a fixed role?
    }
# Translators: $gender = how the person is referred to (she / he / they).
# The feminine and masculine forms ask about being a woman / a man; the neutral form
# asks about gender in general. Adapt the wording, not the idea.
factor-gender-roles-cw-own-ideas =
    { $gender ->
        [feminine] What does being a woman mean to her, and where do these ideas come from?
        [masculine] What does being a man mean to him, and where do these ideas come from?
       *[neutral] What does gender mean to them, and where do their ideas about it come from?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-gender-roles-cw-pressure =
    { $gender ->
        [feminine] Where does she feel pressure to live up to an image, for example to protect, provide, be tough or be obedient?
        [masculine] Where does he feel pressure to live up to an image, for example to protect, provide, be tough or be obedient?
       *[neutral] Where do they feel pressure to live up to an image, for example to protect, provide, be tough or be obedient?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-gender-roles-cw-link-violence =
    { $gender ->
        [feminine] How are her ideas about gender linked to the ideology, to control over others, or to violence?
        [masculine] How are his ideas about gender linked to the ideology, to control over others, or to violence?
       *[neutral] How are their ideas about gender linked to the ideology, to control over others, or to violence?
    }
# Translators: $address = formal or informal tone towards the person.
factor-gender-roles-ask-role-models =
    { $address ->
        [informal] Who's a good role model for the person you want to be?
       *[formal] Who would you see as a good role model for the person you would like to be?
    }
# Translators: $gender = how the person is referred to; the question names
# "a woman" / "a man", or stays general in the neutral form.
factor-gender-roles-ask-expectations =
    { $gender ->
        [feminine] What do the people around you expect from you as a woman?
        [masculine] What do the people around you expect from you as a man?
       *[neutral] What do the people around you expect from you because of your gender?
    }
# Translators: $address = formal or informal tone towards the person.
factor-gender-roles-ask-let-go =
    { $address ->
        [informal] Are there expectations about your role you'd like to drop?
       *[formal] Are there expectations about your role that you would like to let go of?
    }

## Factor: Recognition and discrimination

factor-recognition = Recognition and discrimination
factor-recognition-description =
    Where the person feels seen and respected, and where they have met exclusion, racism or humiliation. Scenes often draw people in through real grievances, so these deserve to be taken seriously.

# Translators: $gender = how the person is referred to (she / he / they).
factor-recognition-cw-respected =
    { $gender ->
        [feminine] Where, and by whom, does she feel respected and taken seriously?
        [masculine] Where, and by whom, does he feel respected and taken seriously?
       *[neutral] Where, and by whom, do they feel respected and taken seriously?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-recognition-cw-experiences =
    { $gender ->
        [feminine] What experiences of exclusion, discrimination or humiliation has she had?
        [masculine] What experiences of exclusion, discrimination or humiliation has he had?
       *[neutral] What experiences of exclusion, discrimination or humiliation have they had?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-recognition-cw-grievances =
    { $gender ->
        [feminine] Which of her grievances did the scene take up, and how can they be acknowledged without accepting the scene's answers?
        [masculine] Which of his grievances did the scene take up, and how can they be acknowledged without accepting the scene's answers?
       *[neutral] Which of their grievances did the scene take up, and how can these be acknowledged without accepting the scene's answers?
    }
# Translators: $address = formal or informal tone towards the person.
factor-recognition-ask-respected =
    { $address ->
        [informal] Where do people respect you and take you seriously?
       *[formal] Where do you feel respected and taken seriously?
    }
# Translators: $address = formal or informal tone towards the person.
factor-recognition-ask-unfair =
    { $address ->
        [informal] Have people treated you unfairly because of who you are or where you're from?
       *[formal] Have you been treated unfairly because of who you are or where you come from?
    }
factor-recognition-ask-what-it-takes = What would help you feel more respected?

## Factor: Agency and self-efficacy

factor-agency = Agency and self-efficacy
factor-agency-description =
    The person's sense of being able to shape their own life and make things happen. Distancing gets easier when people see that their own steps make a difference.

# Translators: $gender = how the person is referred to (she / he / they).
factor-agency-cw-successes =
    { $gender ->
        [feminine] What has she recently managed through her own efforts?
        [masculine] What has he recently managed through his own efforts?
       *[neutral] What have they recently managed through their own efforts?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-agency-cw-decisions =
    { $gender ->
        [feminine] Which decisions about her life does she make herself, and where does she feel that others decide for her?
        [masculine] Which decisions about his life does he make himself, and where does he feel that others decide for him?
       *[neutral] Which decisions about their life do they make themselves, and where do they feel that others decide for them?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-agency-cw-powerless =
    { $gender ->
        [feminine] In which situations does she feel powerless, and what does she do then?
        [masculine] In which situations does he feel powerless, and what does he do then?
       *[neutral] In which situations do they feel powerless, and what do they do then?
    }
# Translators: $address = formal or informal tone towards the person.
factor-agency-ask-managed =
    { $address ->
        [informal] What have you pulled off lately that you're pleased with?
       *[formal] What have you managed recently that you are pleased with?
    }
factor-agency-ask-in-your-hands = What in your life is in your own hands right now?
# Translators: $address = formal or informal tone towards the person.
factor-agency-ask-stuck =
    { $address ->
        [informal] Where do you feel stuck?
       *[formal] Is there an area of your life where you feel stuck at the moment?
    }
# Translators: $address = formal or informal tone towards the person.
factor-agency-ask-next-step =
    { $address ->
        [informal] What's one small step you could take this week?
       *[formal] What would be a small step you could take this week?
    }

## Factor: Meaning and purpose

factor-meaning-purpose = Meaning and purpose
factor-meaning-purpose-description =
    What gives the person's life meaning and direction. The scene may have offered a mission; distancing often means finding purpose in other places.

# Translators: $gender = how the person is referred to (she / he / they).
factor-meaning-purpose-cw-sources =
    { $gender ->
        [feminine] What gives her life meaning now, apart from the scene?
        [masculine] What gives his life meaning now, apart from the scene?
       *[neutral] What gives their life meaning now, apart from the scene?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-meaning-purpose-cw-mission =
    { $gender ->
        [feminine] What sense of mission did the group give her, and what has taken its place?
        [masculine] What sense of mission did the group give him, and what has taken its place?
       *[neutral] What sense of mission did the group give them, and what has taken its place?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-meaning-purpose-cw-emptiness =
    { $gender ->
        [feminine] Does she speak of emptiness or boredom since stepping back, and when is it strongest?
        [masculine] Does he speak of emptiness or boredom since stepping back, and when is it strongest?
       *[neutral] Do they speak of emptiness or boredom since stepping back, and when is it strongest?
    }
# Translators: $address = formal or informal tone towards the person.
factor-meaning-purpose-ask-matters =
    { $address ->
        [informal] What really matters to you?
       *[formal] What matters most to you in life?
    }
# Translators: $address = formal or informal tone towards the person.
factor-meaning-purpose-ask-worthwhile =
    { $address ->
        [informal] When did you last feel like what you were doing was worth it?
       *[formal] When did you last feel that what you were doing was worthwhile?
    }
factor-meaning-purpose-ask-contribute = What would you like to give to the people around you?

## Area: Wellbeing and coping

area-coping = Wellbeing and coping
area-coping-description =
    How the person is doing in mind and body, and how they deal with pressure, conflict and painful experiences.

## Factor: Mental and emotional wellbeing

factor-wellbeing = Mental and emotional wellbeing
factor-wellbeing-description =
    Mood, sleep, worry and the ability to enjoy things. Leaving a scene can be a lonely and stressful time, and earlier difficulties may come to the surface.

# Translators: $gender = how the person is referred to (she / he / they).
factor-wellbeing-cw-good-days =
    { $gender ->
        [feminine] What does a good day look like for her, and what makes it good?
        [masculine] What does a good day look like for him, and what makes it good?
       *[neutral] What does a good day look like for them, and what makes it good?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-wellbeing-cw-support =
    { $gender ->
        [feminine] What support for her mental health is already in place or within reach?
        [masculine] What support for his mental health is already in place or within reach?
       *[neutral] What support for their mental health is already in place or within reach?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-wellbeing-cw-strain =
    { $gender ->
        [feminine] Does she show signs of low mood, anxiety, sleep problems or exhaustion?
        [masculine] Does he show signs of low mood, anxiety, sleep problems or exhaustion?
       *[neutral] Do they show signs of low mood, anxiety, sleep problems or exhaustion?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-wellbeing-cw-safety =
    { $gender ->
        [feminine] Are there signs that she is thinking of harming herself, and does this need a response today?
        [masculine] Are there signs that he is thinking of harming himself, and does this need a response today?
       *[neutral] Are there signs that they are thinking of harming themselves, and does this need a response today?
    }
# Translators: $address = formal or informal tone towards the person.
factor-wellbeing-ask-good-day =
    { $address ->
        [informal] What's a good day like for you?
       *[formal] What does a good day look like for you?
    }
# Translators: $address = formal or informal tone towards the person.
factor-wellbeing-ask-feel-better =
    { $address ->
        [informal] What helps when you're feeling down?
       *[formal] What helps you to feel better when you are low?
    }
# Translators: $address = formal or informal tone towards the person.
factor-wellbeing-ask-weighs =
    { $address ->
        [informal] What's weighing on you right now?
       *[formal] Is there something weighing on you at the moment?
    }

## Factor: Physical health and substance use

factor-health-substances = Physical health and substance use
factor-health-substances-description =
    Physical health, sleep, exercise and the use of alcohol, drugs or medication. In many scenes heavy drinking or drug use is part of group life, which can make both using and stopping harder.

# Translators: $gender = how the person is referred to (she / he / they).
factor-health-substances-cw-healthy-habits =
    { $gender ->
        [feminine] Which healthy habits does she already have, and which would she like to build?
        [masculine] Which healthy habits does he already have, and which would he like to build?
       *[neutral] Which healthy habits do they already have, and which would they like to build?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-health-substances-cw-health =
    { $gender ->
        [feminine] Which health problems or untreated injuries affect her everyday life?
        [masculine] Which health problems or untreated injuries affect his everyday life?
       *[neutral] Which health problems or untreated injuries affect their everyday life?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-health-substances-cw-substances =
    { $gender ->
        [feminine] What part do alcohol, drugs or medication play in her life, and how is that linked to the group?
        [masculine] What part do alcohol, drugs or medication play in his life, and how is that linked to the group?
       *[neutral] What part do alcohol, drugs or medication play in their life, and how is that linked to the group?
    }
# Translators: $address = formal or informal tone towards the person.
factor-health-substances-ask-look-after =
    { $address ->
        [informal] How do you look after yourself?
       *[formal] What do you do to look after your health?
    }
# Translators: $address = formal or informal tone towards the person.
factor-health-substances-ask-health =
    { $address ->
        [informal] How's your health right now?
       *[formal] How would you describe your health at the moment?
    }
# Translators: $address = formal or informal tone towards the person.
factor-health-substances-ask-substances =
    { $address ->
        [informal] How do alcohol or other substances fit into your life right now?
       *[formal] Could you tell me what part alcohol or other substances play in your life at the moment?
    }

## Factor: Stress, anger and conflict

factor-stress-anger = Stress, anger and conflict
factor-stress-anger-description =
    How the person handles pressure, provocation and disagreement. Anger is not a problem in itself; what matters is what the person does with it.

# Translators: $gender = how the person is referred to (she / he / they).
factor-stress-anger-cw-calming =
    { $gender ->
        [feminine] What helps her calm down, and which ways of coping has she already used successfully?
        [masculine] What helps him calm down, and which ways of coping has he already used successfully?
       *[neutral] What helps them calm down, and which ways of coping have they already used successfully?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-stress-anger-cw-triggers =
    { $gender ->
        [feminine] Which situations typically make her tense or angry?
        [masculine] Which situations typically make him tense or angry?
       *[neutral] Which situations typically make them tense or angry?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-stress-anger-cw-conflicts =
    { $gender ->
        [feminine] How does she usually handle conflict: by talking, by pulling back, or by force?
        [masculine] How does he usually handle conflict: by talking, by pulling back, or by force?
       *[neutral] How do they usually handle conflict: by talking, by pulling back, or by force?
    }
# Translators: $address = formal or informal tone towards the person.
factor-stress-anger-ask-calm-down =
    { $address ->
        [informal] What helps you cool down when you're stressed?
       *[formal] What helps you to calm down when you are under pressure?
    }
# Translators: $address = formal or informal tone towards the person.
factor-stress-anger-ask-went-well =
    { $address ->
        [informal] Think of a time you handled a conflict well. What did you do?
       *[formal] Could you think of a conflict that you handled well? What did you do?
    }
# Translators: $address = formal or informal tone towards the person.
factor-stress-anger-ask-triggers =
    { $address ->
        [informal] What really gets to you?
       *[formal] What kinds of situations tend to make you angry?
    }

## Factor: Violence and harm, experienced and done
## Go at the person's pace. These questions invite, they never demand details.

factor-violence-harm = Violence and harm, experienced and done
factor-violence-harm-description =
    Violence or harm the person has suffered, witnessed or done, inside or outside the scene. Go at the person's pace: safety and trust come first, and details are never required.

# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-harm-cw-safe-to-talk =
    { $gender ->
        [feminine] What does she need to feel safe enough to talk about difficult experiences, and is she the one setting the pace?
        [masculine] What does he need to feel safe enough to talk about difficult experiences, and is he the one setting the pace?
       *[neutral] What do they need to feel safe enough to talk about difficult experiences, and are they the ones setting the pace?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-harm-cw-support =
    { $gender ->
        [feminine] What support, such as therapy, victim services or trusted people, does she have or could she reach?
        [masculine] What support, such as therapy, victim services or trusted people, does he have or could he reach?
       *[neutral] What support, such as therapy, victim services or trusted people, do they have or could they reach?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-harm-cw-experienced =
    { $gender ->
        [feminine] What violence or harm has she experienced or witnessed, as far as she has chosen to share it?
        [masculine] What violence or harm has he experienced or witnessed, as far as he has chosen to share it?
       *[neutral] What violence or harm have they experienced or witnessed, as far as they have chosen to share it?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-harm-cw-done =
    { $gender ->
        [feminine] How does she relate to harm she has done to others: with denial, shame, a sense of responsibility, or a wish to make amends?
        [masculine] How does he relate to harm he has done to others: with denial, shame, a sense of responsibility, or a wish to make amends?
       *[neutral] How do they relate to harm they have done to others: with denial, shame, a sense of responsibility, or a wish to make amends?
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-harm-ask-comfortable =
    { $address ->
        [informal] We only talk about what you want to talk about. What would help you feel OK here?
       *[formal] We will only talk about what you want to talk about. What would help you feel comfortable here?
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-harm-ask-memories =
    { $address ->
        [informal] When bad memories come up, what helps you?
       *[formal] When difficult memories come up, what helps you?
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-harm-ask-weighs =
    { $address ->
        [informal] Is anything that happened, to you or because of you, still weighing on you? No need for details.
       *[formal] Is there something that happened, to you or because of you, that still weighs on you? You do not need to give any details.
    }

## Area: Everyday life and prospects

area-everyday-life = Everyday life and prospects
area-everyday-life-description =
    The practical ground for a life outside the scene: learning, work, a home, money, free time, and dealings with courts and authorities.

## Factor: Education and learning

factor-education = Education and learning
factor-education-description =
    School, vocational training, courses and learning on one's own. Learning something new builds confidence and brings contact with people outside the scene.

# Translators: $gender = how the person is referred to (she / he / they).
factor-education-cw-achievements =
    { $gender ->
        [feminine] What has she learned or achieved, at school, in training or on her own?
        [masculine] What has he learned or achieved, at school, in training or on his own?
       *[neutral] What have they learned or achieved, at school, in training or on their own?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-education-cw-interests =
    { $gender ->
        [feminine] What would she like to learn, and which opportunities are open to her?
        [masculine] What would he like to learn, and which opportunities are open to him?
       *[neutral] What would they like to learn, and which opportunities are open to them?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-education-cw-barriers =
    { $gender ->
        [feminine] What stands in her way, such as gaps in schooling, bad experiences or missing certificates?
        [masculine] What stands in his way, such as gaps in schooling, bad experiences or missing certificates?
       *[neutral] What stands in their way, such as gaps in schooling, bad experiences or missing certificates?
    }
# Translators: $address = formal or informal tone towards the person.
factor-education-ask-good-at =
    { $address ->
        [informal] What have you always picked up easily?
       *[formal] What kinds of things have you always found easy to learn?
    }
# Translators: $address = formal or informal tone towards the person.
factor-education-ask-learn =
    { $address ->
        [informal] Anything you'd like to learn or get a qualification in?
       *[formal] Is there something you would like to learn or gain a qualification in?
    }
# Translators: $address = formal or informal tone towards the person.
factor-education-ask-school =
    { $address ->
        [informal] What was school like for you?
       *[formal] How would you describe your time at school?
    }

## Factor: Work and daily structure

factor-work-structure = Work and daily structure
factor-work-structure-description =
    Employment, training, volunteering and a daily routine. Work brings income, structure and new colleagues, which are among the strongest pulls away from a scene.

# Translators: $gender = how the person is referred to (she / he / they).
factor-work-structure-cw-skills =
    { $gender ->
        [feminine] What skills and work experience does she bring?
        [masculine] What skills and work experience does he bring?
       *[neutral] What skills and work experience do they bring?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-work-structure-cw-routine =
    { $gender ->
        [feminine] What gives her days structure, and how steady is it?
        [masculine] What gives his days structure, and how steady is it?
       *[neutral] What gives their days structure, and how steady is it?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-work-structure-cw-obstacles =
    { $gender ->
        [feminine] What makes it hard for her to find or keep work, such as a criminal record, gaps in her CV or visible signs of her past?
        [masculine] What makes it hard for him to find or keep work, such as a criminal record, gaps in his CV or visible signs of his past?
       *[neutral] What makes it hard for them to find or keep work, such as a criminal record, gaps in their CV or visible signs of their past?
    }
# Translators: $address = formal or informal tone towards the person.
factor-work-structure-ask-experience =
    { $address ->
        [informal] What jobs have you done, and what did you like about them?
       *[formal] What work have you done so far, and what did you enjoy about it?
    }
# Translators: $address = formal or informal tone towards the person.
factor-work-structure-ask-weekday =
    { $address ->
        [informal] Walk me through a normal weekday.
       *[formal] Could you walk me through a normal weekday?
    }
# Translators: $address = formal or informal tone towards the person.
factor-work-structure-ask-wish =
    { $address ->
        [informal] What sort of work would you like to be doing a year from now?
       *[formal] What kind of work would you like to be doing in a year's time?
    }

## Factor: Housing and money

factor-housing-money = Housing and money
factor-housing-money-description =
    A safe place to live and enough money to get by. Where housing, loans or jobs come through the scene, this material dependency can be a real barrier to leaving.

# Translators: $gender = how the person is referred to (she / he / they).
factor-housing-money-cw-stable =
    { $gender ->
        [feminine] What in her housing and financial situation is stable and secure?
        [masculine] What in his housing and financial situation is stable and secure?
       *[neutral] What in their housing and financial situation is stable and secure?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-housing-money-cw-dependency =
    { $gender ->
        [feminine] Does she rely on people from the scene for housing, money, work or transport?
        [masculine] Does he rely on people from the scene for housing, money, work or transport?
       *[neutral] Do they rely on people from the scene for housing, money, work or transport?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-housing-money-cw-pressure =
    { $gender ->
        [feminine] Which debts, unpaid bills or risks to her housing put pressure on her?
        [masculine] Which debts, unpaid bills or risks to his housing put pressure on him?
       *[neutral] Which debts, unpaid bills or risks to their housing put pressure on them?
    }
# Translators: $address = formal or informal tone towards the person.
factor-housing-money-ask-home =
    { $address ->
        [informal] How do you feel about where you're living right now?
       *[formal] How do you feel about where you live at the moment?
    }
# Translators: $address = formal or informal tone towards the person.
factor-housing-money-ask-getting-by =
    { $address ->
        [informal] How are you getting by with money?
       *[formal] How are you managing with money at the moment?
    }
# Translators: $address = formal or informal tone towards the person.
factor-housing-money-ask-help =
    { $address ->
        [informal] Anything with housing or money you'd like a hand with?
       *[formal] Is there anything about housing or money that you would like help with?
    }

## Factor: Leisure, sport and excitement

factor-leisure-excitement = Leisure, sport and excitement
factor-leisure-excitement-description =
    Free time, hobbies, sport and the search for thrills. Scenes often offer action and adrenaline; finding other sources of excitement and fun helps to fill that gap.

# Translators: $gender = how the person is referred to (she / he / they).
factor-leisure-excitement-cw-interests =
    { $gender ->
        [feminine] Which hobbies, sports or interests does she have now, or did she have before?
        [masculine] Which hobbies, sports or interests does he have now, or did he have before?
       *[neutral] Which hobbies, sports or interests do they have now, or did they have before?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-leisure-excitement-cw-thrill =
    { $gender ->
        [feminine] What kind of excitement did the scene give her, and where could she find it without harm?
        [masculine] What kind of excitement did the scene give him, and where could he find it without harm?
       *[neutral] What kind of excitement did the scene give them, and where could they find it without harm?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-leisure-excitement-cw-empty-time =
    { $gender ->
        [feminine] When is free time hard for her, for example evenings, weekends or the days the group used to meet?
        [masculine] When is free time hard for him, for example evenings, weekends or the days the group used to meet?
       *[neutral] When is free time hard for them, for example evenings, weekends or the days the group used to meet?
    }
# Translators: $address = formal or informal tone towards the person.
factor-leisure-excitement-ask-fun =
    { $address ->
        [informal] What do you do for fun?
       *[formal] What do you enjoy doing in your free time?
    }
# Translators: $address = formal or informal tone towards the person.
factor-leisure-excitement-ask-buzz =
    { $address ->
        [informal] What gives you a buzz these days?
       *[formal] Where do you find excitement or a sense of adventure these days?
    }
# Translators: $address = formal or informal tone towards the person.
factor-leisure-excitement-ask-restless =
    { $address ->
        [informal] When do you get bored or restless?
       *[formal] Which times of the week are hardest to fill?
    }

## Factor: Legal situation and institutions

factor-legal-institutions = Legal situation and institutions
factor-legal-institutions-description =
    Court cases, probation, prison and release, and dealings with police, job centres or social services. This also covers the person's name or image online, which can follow them long after leaving.

# Translators: $gender = how the person is referred to (she / he / they).
factor-legal-institutions-cw-support-network =
    { $gender ->
        [feminine] Which professionals and services support her, and how well is that working?
        [masculine] Which professionals and services support him, and how well is that working?
       *[neutral] Which professionals and services support them, and how well is that working?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-legal-institutions-cw-proceedings =
    { $gender ->
        [feminine] Which proceedings, conditions or deadlines affect her right now, for example in court, on probation, around release or residence?
        [masculine] Which proceedings, conditions or deadlines affect him right now, for example in court, on probation, around release or residence?
       *[neutral] Which proceedings, conditions or deadlines affect them right now, for example in court, on probation, around release or residence?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-legal-institutions-cw-exposure =
    { $gender ->
        [feminine] Is she publicly exposed, online or in the media, and what consequences does that have for her?
        [masculine] Is he publicly exposed, online or in the media, and what consequences does that have for him?
       *[neutral] Are they publicly exposed, online or in the media, and what consequences does that have for them?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-legal-institutions-cw-trust =
    { $gender ->
        [feminine] How does she experience institutions: with trust, with fear, or with hostility?
        [masculine] How does he experience institutions: with trust, with fear, or with hostility?
       *[neutral] How do they experience institutions: with trust, with fear, or with hostility?
    }
# Translators: $address = formal or informal tone towards the person.
factor-legal-institutions-ask-helpful =
    { $address ->
        [informal] Who from the authorities or services has actually helped you?
       *[formal] Which professionals or offices have been helpful to you?
    }
# Translators: $address = formal or informal tone towards the person.
factor-legal-institutions-ask-coming-up =
    { $address ->
        [informal] Any court dates, appointments or conditions coming up that are on your mind?
       *[formal] Are there appointments, court dates or conditions coming up that concern you?
    }
factor-legal-institutions-ask-online = Is there anything about you online that worries you?

## Area: Worldview and orientation

area-worldview = Worldview and orientation
area-worldview-description =
    The person's beliefs and doubts, where they get their information, how they think about violence, and what they hope for.

## Factor: Worldview and doubts

factor-worldview-doubts = Worldview and doubts
factor-worldview-doubts-description =
    The person's political or religious views today, and the doubts and contradictions they notice. Doubts often grow out of experience rather than argument.

# Translators: $gender = how the person is referred to (she / he / they).
factor-worldview-doubts-cw-bridging-values =
    { $gender ->
        [feminine] Which of her values, such as fairness, loyalty or justice, could become a bridge to a more open view?
        [masculine] Which of his values, such as fairness, loyalty or justice, could become a bridge to a more open view?
       *[neutral] Which of their values, such as fairness, loyalty or justice, could become a bridge to a more open view?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-worldview-doubts-cw-doubts =
    { $gender ->
        [feminine] What doubts or contradictions has she noticed in the ideology or in the group?
        [masculine] What doubts or contradictions has he noticed in the ideology or in the group?
       *[neutral] What doubts or contradictions have they noticed in the ideology or in the group?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-worldview-doubts-cw-still-holds =
    { $gender ->
        [feminine] Which of the scene's ideas does she still hold, and how firmly?
        [masculine] Which of the scene's ideas does he still hold, and how firmly?
       *[neutral] Which of the scene's ideas do they still hold, and how firmly?
    }
# Translators: $address = formal or informal tone towards the person.
factor-worldview-doubts-ask-values =
    { $address ->
        [informal] What matters to you in how people treat each other?
       *[formal] Which values are important to you in how people treat each other?
    }
# Translators: $address = formal or informal tone towards the person.
factor-worldview-doubts-ask-changed =
    { $address ->
        [informal] Has the way you see the world changed lately? How?
       *[formal] Has your view of the world changed in recent years? In what way?
    }
# Translators: $address = formal or informal tone towards the person.
factor-worldview-doubts-ask-did-not-add-up =
    { $address ->
        [informal] Was there a moment when something the group said just didn't add up?
       *[formal] Was there a moment when something the group said no longer made sense to you?
    }

## Factor: Media and online spaces

factor-media-online = Media and online spaces
factor-media-online-description =
    The channels, forums, games, videos and chats the person uses. Online spaces can keep old ties and views alive, and they can also open the way to new people and perspectives.

# Translators: $gender = how the person is referred to (she / he / they).
factor-media-online-cw-positive =
    { $gender ->
        [feminine] Which media, channels or online communities give her new perspectives or good contacts?
        [masculine] Which media, channels or online communities give him new perspectives or good contacts?
       *[neutral] Which media, channels or online communities give them new perspectives or good contacts?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-media-online-cw-scene-channels =
    { $gender ->
        [feminine] Which of the scene's channels, groups or contacts is she still part of, and how active is she there?
        [masculine] Which of the scene's channels, groups or contacts is he still part of, and how active is he there?
       *[neutral] Which of the scene's channels, groups or contacts are they still part of, and how active are they there?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-media-online-cw-habits =
    { $gender ->
        [feminine] How much time does she spend online, and how does it affect her mood and her views?
        [masculine] How much time does he spend online, and how does it affect his mood and his views?
       *[neutral] How much time do they spend online, and how does it affect their mood and their views?
    }
# Translators: $address = formal or informal tone towards the person.
factor-media-online-ask-into =
    { $address ->
        [informal] What are you into online?
       *[formal] What do you like to watch, read or play online?
    }
# Translators: $address = formal or informal tone towards the person.
factor-media-online-ask-after-online =
    { $address ->
        [informal] How do you feel after scrolling for a while?
       *[formal] How do you usually feel after spending time online?
    }
# Translators: $address = formal or informal tone towards the person.
factor-media-online-ask-old-groups =
    { $address ->
        [informal] Still in any chats or groups from back then? How's that for you?
       *[formal] Are you still in any chats or groups from the past? How is that for you?
    }

## Factor: Attitude to violence and ways of acting

factor-violence-attitude = Attitude to violence and ways of acting
factor-violence-attitude-description =
    How the person thinks about violence as a means, and which other ways they know to act on what matters to them. Concerns can be real and legitimate; the question is how to act on them without harming anyone.

# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-attitude-cw-non-violent =
    { $gender ->
        [feminine] Which non-violent ways of acting on her concerns does she know or already use, such as talking, voting, organising or helping?
        [masculine] Which non-violent ways of acting on his concerns does he know or already use, such as talking, voting, organising or helping?
       *[neutral] Which non-violent ways of acting on their concerns do they know or already use, such as talking, voting, organising or helping?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-attitude-cw-change =
    { $gender ->
        [feminine] How has her view of violence changed over time, and what changed it?
        [masculine] How has his view of violence changed over time, and what changed it?
       *[neutral] How has their view of violence changed over time, and what changed it?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-violence-attitude-cw-justify =
    { $gender ->
        [feminine] In which situations does she still see violence as justified or necessary?
        [masculine] In which situations does he still see violence as justified or necessary?
       *[neutral] In which situations do they still see violence as justified or necessary?
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-attitude-ask-make-a-difference =
    { $address ->
        [informal] When something in society really bothers you, what can you do about it?
       *[formal] If something in society makes you angry, what could you do about it?
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-attitude-ask-view-now =
    { $address ->
        [informal] How do you see violence now, compared to a few years back?
       *[formal] How do you see violence today, compared with a few years ago?
    }
# Translators: $address = formal or informal tone towards the person.
factor-violence-attitude-ask-instead =
    { $address ->
        [informal] If things got heated, what could you do instead of getting physical?
       *[formal] If a situation became heated, what could you do instead of using force?
    }

## Factor: Future, goals and hope

factor-future-hope = Future, goals and hope
factor-future-hope-description =
    What the person hopes for and is working towards. Hope and concrete goals are among the most reliable supports for lasting change.

# Translators: $gender = how the person is referred to (she / he / they).
factor-future-hope-cw-goals =
    { $gender ->
        [feminine] Which goals does she name for herself, in her own words?
        [masculine] Which goals does he name for himself, in his own words?
       *[neutral] Which goals do they name for themselves, in their own words?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-future-hope-cw-hope =
    { $gender ->
        [feminine] How hopeful is she about the future, and what feeds that hope?
        [masculine] How hopeful is he about the future, and what feeds that hope?
       *[neutral] How hopeful are they about the future, and what feeds that hope?
    }
# Translators: $gender = how the person is referred to (she / he / they).
factor-future-hope-cw-obstacles =
    { $gender ->
        [feminine] What stands between her and her goals, and what support would help with the next step?
        [masculine] What stands between him and his goals, and what support would help with the next step?
       *[neutral] What stands between them and their goals, and what support would help with the next step?
    }
# Translators: $address = formal or informal tone towards the person.
factor-future-hope-ask-one-year =
    { $address ->
        [informal] Where do you want to be a year from now?
       *[formal] Where would you like to be in a year's time?
    }
factor-future-hope-ask-hope = What gives you hope at the moment?
# Translators: $address = formal or informal tone towards the person.
factor-future-hope-ask-first-step =
    { $address ->
        [informal] What's a first step towards where you want to be?
       *[formal] What could be a first step towards where you would like to be?
    }
