### The CaseReflector: the case overview, the reflection flow, goals and the development view.

## Relevance, who raised it

relevance-unknown = unknown
relevance-none = not relevant
relevance-some = some
relevance-high = high
raised-unset = not noted
raised-person = the person
raised-caseworker = the caseworker
raised-both = both

## Case overview

overview-profile = Profile
overview-last-reflection = Last reflection
overview-hints = Needs attention
overview-hint-goal-overdue = ⏰ a goal is past its target date
overview-hint-retention-due = ⌛ the retention date has come: erase the case (F9), or open it again to keep it longer, with a reason
overview-hint-review-due = ⟳ time to review: no reflection yet, or none for a while
overview-sessions = Reflections and card sessions
overview-reflection-item = { $date } · reflection · { $recorded ->
        [one] one factor
       *[other] { $recorded } factors
    }{ $later ->
        [yes] {" "}(entered later)
       *[no] {""}
    }
overview-corrected = corrected
overview-cards-item = { $date } · card session · { $cards ->
        [one] one card
       *[other] { $cards } cards
    }
overview-draft = ✎ An unfinished reflection from { $date } is waiting (F5 continues it).
overview-goals = Goals and interventions
overview-no-goals = No goals agreed yet (F6 adds one).
overview-goal-item = { $symbol } { $text }{ $target ->
        [none] {""}
       *[other] {" "}· by { $target }
    } · { $status }
overview-intervention-item = {"    "}→ { $what }{ $who ->
        [none] {""}
       *[other] {" "}· { $who }
    }{ $when ->
        [none] {""}
       *[other] {" "}· { $when }
    } · { $status }
overview-development = Development
overview-development-legend = The person's view ○ not relevant ◐ some ● high ? unknown · bars: helps, hard
overview-development-none = Shown once a factor has been reflected on more than once.
overview-problems = Some sessions could not be read:
key-new-reflection = Reflect
key-continue-reflection = Continue
key-cards = Cards
key-goals = Goals
key-edit-profile = Profile
key-compare = Compare
key-open = Open

goal-status-open = open
goal-status-achieved = achieved
goal-status-dropped = dropped
intervention-status-planned = planned
intervention-status-active = under way
intervention-status-done = done
intervention-status-dropped = dropped

## Starting a reflection

start-title = New reflection
start-which = Which factors?
start-all = All factors ({ $count })
start-area = One area
start-relevant = Relevant last time ({ $count })
start-suggested = Suggested by the last card session ({ $count })
start-pick = Pick by hand
start-held-on = Held on (YYYY-MM-DD; an earlier date marks it as entered later)
start-none-chosen = Choose at least one factor.
start-bad-date = Write the date as YYYY-MM-DD; it cannot be in the future.
key-start = Start

resume-title = Continue the unfinished reflection?
resume-text = A reflection from { $date } was not finished ({ $done } of { $total } factors recorded). Continue it, or throw it away and start anew?
resume-continue = Continue
resume-discard = Start anew
resume-discard-confirm = Throw the unfinished reflection away? This cannot be undone.

## The flow

flow-step = Step { $n } of { $total }
flow-area = Area: { $area }
flow-cw-questions = To reflect on (for you)
flow-ask-questions = To ask the person
flow-goals-title = Goals agreed with the person
flow-goals-help = Link the goals this reflection worked on to its factors; add or change goals with F6.
flow-summary-title = Summary — check, then F10 saves it as final
flow-read-only = Read-only: this case is open in another session; nothing here is saved.
flow-saved = Saved { $time }
flow-unsaved = Not saved yet
flow-save-failed = Autosave failed: { $error }. Your text is still here; free disk space or check the vault, then go on.
flow-finished = Reflection saved.
flow-finish-empty = Nothing has been recorded yet: record at least one factor before finishing.
flow-leave-saved = The reflection is saved as a draft; continue it from the case with F5.

step-done = done
step-skipped = skipped
step-empty = empty
step-goals = Goals
step-summary = Summary
steps-title = Steps — Enter jumps

field-person = The person's view
field-caseworker = Your view
field-relevance-person = Relevance now — as the person sees it
field-relevance-caseworker = Relevance now — as you see it
field-raised-by = Raised by
field-resources = What helps (resources), one per line
field-needs = What is hard (needs), one per line
field-own-words = In the person's own words
field-view = Your view as caseworker
field-goals = Linked goals
field-note = Note on the whole reflection
field-words = { $count ->
        [one] one word
       *[other] { $count } words
    }

key-next = Next
key-previous = Back
key-steps = Steps
key-skip = Skip
key-finish = Finish
key-leave = Save & leave

summary-held-on = Reflection of { $date }
summary-entered-later = entered later
summary-correction = correction of an earlier version
summary-counts = { $recorded ->
        [one] One factor recorded
       *[other] { $recorded } factors recorded
    }, { $skipped } skipped
summary-relevance = Relevance —

## Goals and interventions

goal-title-new = New goal
goal-title-edit = Goal
goal-text = The goal (your words)
goal-own-words = The goal in the person's own words
goal-target = Target date (YYYY-MM-DD, optional)
goal-status = Status
goal-factors = Factors it belongs to
goal-interventions = Interventions (Tab to the list; Enter edits, F7 adds one)
goal-empty = Write the goal first.
goal-saved = Goal saved.
intervention-title = Intervention
intervention-what = What is planned
intervention-who = Who (a role, e.g. "mentor", "job centre" — never a real name)
intervention-when = When (YYYY-MM-DD, optional)
intervention-status = Status
intervention-empty = Write what is planned first.
goals-title = Goals and interventions — Enter edits, F6 adds a goal
key-new-goal = New goal
key-new-intervention = New step
discard-title = Discard changes?
discard-text = What you typed here has not been saved.
discard-yes = Discard
discard-no = Keep editing

## Reading, comparing, development

key-correct = Correct
compare-title = Comparison: { $earlier } → { $later }
compare-choose = Mark two reflections (space or Enter marks and unmarks); the comparison shows below
compare-need-two = Comparing needs two reflections.
compare-unchanged = unchanged
compare-new = new in this reflection
compare-not-now = not worked on this time
compare-need-to-resource = was hard, now helps
trend-helps = helps
trend-hard = hard
development-title = Development of { $code }
profile-title = Profile of the case
profile-code-taken = Another case already has the code { $code }.
summary-resources = What helps
summary-needs = What is hard
