### The legal basis recorded per case: the case list's hint, the overview, the basis dialog and
### what a withdrawal sets off (docs/data-protection.md, "Legal basis and consent").

# A hint, never a schedule: a symbol and a few words, so it reads without colour.
caselist-hint-basis-missing = § basis to record
caselist-hint-basis-missing-short = § basis
overview-hint-basis-missing = § no legal basis recorded yet: F3 records it

key-legal-basis = Basis
key-withdraw = Withdrawal
key-print-consent = Consent page

legal-basis = Legal basis
legal-basis-key = Legal basis (F3)
legal-title = Legal basis of case { $code }
legal-kind-to-be-recorded = to be recorded
legal-kind-consent = consent
legal-kind-statutory-task = statutory task
legal-kind-other = other
legal-given = Consent given on
legal-scope = Consent covers
legal-scope-counselling-records = counselling records
legal-scope-card-sessions = card sessions
legal-scope-case-conference = case-conference summaries
legal-scope-handover = hand-over to another agency
legal-recipients = Agencies (by role)
legal-recipients-hint = Roles, separated by commas (e.g. probation service), never a person's name.
legal-language = Consent text given in
legal-language-none = not recorded
legal-note = Note
legal-note-hint = Statutory task: the law or mandate. Other: what the basis is.
legal-later = Scope and agencies: F3 in the case overview.
legal-consent-summary = consent, given { $date }
legal-consent-withdrawn = consent, withdrawn on { $date }
legal-scope-none = nothing yet
legal-needs-date = Consent needs the day it was given.
legal-needs-note = "Other" needs a note saying what the basis is.
legal-withdraw-not-now = Only a consent that holds can be withdrawn.
legal-withdrawal-before = A withdrawal cannot come before the day the consent was given.
legal-withdrawn-on = Withdrawn on
legal-next-title = What follows from the withdrawal:
legal-next-stop = • Hand-overs and case-conference summaries stop at once: DesistKit refuses them for this case from Ctrl+S on.
legal-next-erase = • Erase or restrict the case as your agency's policy says. To erase it: desistkit case erase { $code }
legal-next-tell = • Tell the agencies that already received a summary, as your agency's policy says.
legal-next-audit = The audit log records the withdrawal (when, who, which case), never its content.
legal-saved = Legal basis saved.
legal-withdrawal-saved = Withdrawal recorded: hand-overs of this case are refused from now on.
