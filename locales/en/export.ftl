### Printing and exporting: the printed cards, the case documents, the subject-access export.

## Printed cards (desistkit deck print)

print-cover-subtitle = { $count ->
        [one] One card
       *[other] { $count } cards
    } · { $language } · { $layout }
print-cover-categories = Categories
print-howto-title = How to print and cut
print-howto-duplex = Print double-sided on A4, flipping on the long edge, at 100 % (no “fit to page”): each card's back then lies behind its front.
print-howto-one-sided = Print on A4 at 100 % (no “fit to page”). Fronts and backs are on separate sheets: glue each back sheet to its front sheet before cutting.
print-howto-cut = Cut along the marks at the edges of each sheet; thicker paper (160–250 g/m²) makes cards that last.
print-howto-use = Lay the cards out by category, face up; the person picks one, turns it over and answers in the way the back shows. The manual (F1 in the app) describes the ways to draw.

## Case documents: report, conference summary (the caseworker's language)

export-footer = { $code } · pseudonymous · confidential
export-report-title = Case report: { $code }
export-report-subtitle = Reflections: { $reflections } · card sessions: { $cards } · made on { $date }
export-profile = Profile
export-col-field = Field
export-col-value = Value
export-retention = Keep until
export-left-out = Left out on request: { $what }
export-left-own-words = the person's own words
export-left-view = the caseworker's view
export-development = Development over time
export-development-none = Development needs a factor recorded in at least two reflections.
export-person-view = The person's view
export-caseworker-view = The caseworker's view
export-changes = Resources that grew, needs that eased
export-changes-between = Between the reflections of { $first } and { $last }:
export-changes-none = Nothing changed between the first and the newest reflection.
export-resource-grew = new resource
export-need-eased = need eased
export-col-factor = Factor
export-col-change = Change
export-col-item = What
export-reflections = Reflections
export-no-reflections = No reflection yet.
export-goals = Goals and interventions
export-no-goals = No goals recorded.
export-col-goal = Goal
export-col-status = Status
export-col-target = Target date
export-col-agreed = Agreed on
export-col-step = Step
export-col-role = Who (role)
export-col-when = When
export-card-sessions = Card sessions
export-no-card-sessions = No card session yet.
export-card-session = Card session of { $date }
export-cards-talked = Cards talked about: { $count }
export-summary-title = Case-conference summary: { $code }
export-summary-subtitle = Pseudonymous; roles, not names · { $date }
export-current = Current picture
export-current-of = Current picture (reflection of { $date })
export-since-first = Since the first reflection ({ $date }): new resources { $grown }, needs eased { $eased }.
export-goal-n = Goal { $n }
export-next-steps = Next steps
export-step-n = Step { $n }
export-no-steps = No open steps.
export-no-free-text = No free text is included: only factors, ratings, counts, statuses and dates.
export-free-text = Free text included on the caseworker's choice: { $fields }
export-field-resources = what helps
export-field-needs = what is hard
export-field-goals = goal texts
export-field-goal-own-words = goals in the person's words
export-field-steps = step texts
export-field-roles = roles
export-field-own-words = the person's own words
export-field-view = the caseworker's view

## The person's page (in the person's language and address form)

handout-title = What we agreed
handout-goals = Your goals
handout-steps = The next steps
handout-resources = What helps you
handout-next-meeting-title = Our next meeting
handout-nothing = Nothing written down yet.
handout-closing = This page is yours. Bring it along to our next meeting if you like.

## Subject access export (everything about one case)

export-access-title = Everything stored about case { $code }
export-access-subtitle = Subject access export (GDPR art. 15 and 20) · made on { $date }
export-access-readme = This folder holds everything DesistKit stores about one case, decrypted: case.md to read (the profile, goals and interventions, every reflection with its corrections as versions, card sessions, open drafts and the audit entries about the case) and case.json with the same data for programs (its schema is described in docs/subject-access.md). It is not encrypted: hand it over safely and delete this copy when done.
export-replaced = This version was corrected later; the correction follows.
export-drafts = Open drafts
export-no-drafts = No open drafts.
export-draft-reflection = Draft of a reflection, not finished:
export-draft-other = Draft { $id } (another kind of work in progress; its content is in case.json)
export-audit = Audit entries about the case
export-no-audit = No audit entries name this case.
export-col-who = Who (key slot)
export-col-action = Action
export-problems = What could not be read
export-done-plain = Written to { $path }. It is NOT encrypted: keep it where only you can read it, and delete it when it is no longer needed.
export-done-encrypted = Written to { $path }, encrypted with age.

## In the app: keys and the export dialog

key-export-report = Report
key-export-summary = Conference summary
key-export-handout = Person's page
key-export-access = Export everything
key-print-cards = Print cards
export-title-report = Case report
export-title-summary = Case-conference summary: tick each free-text field to include
export-title-handout = The person's page (in their language)
export-title-consent = The consent page (in the consent text's language)
export-title-access = Everything about this case (subject access)
export-title-cards = Print the cards (A4, cut marks)
export-dialog-path = Write to (a new file or folder):
export-dialog-preview = Preview of what will be written:
export-dialog-not-encrypted = The file is NOT encrypted. Write it only where no one else can read it, and delete it when done.
export-dialog-write = Write
export-dialog-cancel = Cancel
export-dialog-no-path = Give a path to write to.
export-dialog-next-meeting = Next meeting (optional):
export-dialog-bad-day = Write the date as YYYY-MM-DD, or leave the field empty.
export-opt-own-words = Include the person's own words
export-opt-view = Include the caseworker's view
export-replace-title = Replace the file?
export-replace-text = There is a file or folder with this name already. Replace it?
export-replace-yes = Replace
export-replace-no = Keep it
export-opt-one-sided = One-sided: fronts and backs on separate sheets

# The overview's F8: which document to export.
key-export = Export…
export-menu-title = Export: which document?
export-menu-report = the whole case over time, with the development chart (PDF or Markdown)
export-menu-summary = one or two pages for a case conference; free text only where you tick it
export-menu-handout = one page for the person, in their language: goals, next steps, resources
export-menu-access = everything stored about the case, for a subject access request (Markdown and JSON)

# The export dialog: the case's recorded legal basis, checked before anything is written.
export-basis = Legal basis: { $basis }
