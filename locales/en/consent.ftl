### The consent page the person reads and keeps (issue 18; printed through the export layer).
### Short and plain, in the person's language and wording. `desistkit locale check` treats every
### message here as speaking to the person: a language with formal and informal address needs
### an $address select in each, and a $gender select where its grammar shows gender.
###
### Variables:
###   $address     formal (the default) or informal
###   $gender      feminine, masculine or neutral (the default; also for "unspecified")
###   $recipients  agencies by role, as the caseworker recorded them ("probation service")
###   $date        the day consent was given, formatted for the language

consent-page-title = Your consent
consent-page-intro = In our conversations you may talk about your views, your faith, your health or things from your past. This is sensitive information. We only write it down if you agree.
consent-page-what = What we write down is kept encrypted. Only the people working with you can read it.
consent-page-scope = You agree that we use it for:
consent-page-scope-counselling-records = notes of our conversations with you and the goals we agree on
consent-page-scope-card-sessions = the cards you choose and what you say about them
consent-page-scope-case-conference = short summaries for meetings with other agencies about your case
consent-page-scope-handover = handing your case over to another agency
consent-page-recipients = Your information may go to: { $recipients }
consent-page-voluntary = Saying yes is your choice. If you say no, you still get our support.
consent-page-withdraw = You can take your consent back at any time, without giving a reason. Just tell us. From then on, we pass nothing on.
consent-page-rights = You can always ask what we hold about you, and ask us to correct or delete it.
consent-page-given = You gave your consent on { $date }.
consent-page-keep = This page is yours to keep.
