## DesistKit TUI: card sessions (DesistCards), English (the reference).
## Strings for the caseworker are in the UI language. Strings marked "person" are read by the
## person beside the caseworker: they are formatted in the card language with the case's
## $address (formal | informal) and $gender (feminine | masculine | neutral).
## Text is shown as is: no markup, brackets stay brackets.

## Keys (footer)
key-cards-start = Start
key-cards-resume = Resume
key-cards-discard = Discard draft
key-cards-draw = Draw
key-cards-ways = Ways
key-cards-notes = Notes
key-cards-presenter = Presenter
key-cards-important = Important
key-cards-later = Later
key-cards-put-back = Put back
key-cards-skip = Skip
key-cards-end = End
key-cards-leave = Leave
key-cards-save = Save
key-cards-finish = Finish
key-cards-pick = Pick
key-cards-rank = Rank
key-cards-done = Done
key-cards-up = Move up
key-cards-down = Move down
key-cards-previous = Previous
key-cards-next = Next
key-cards-back-to-cards = Back to the cards

## Set-up
cards-setup-title = Card session · case { $code }
cards-setup-title-demo = Card session · demo
cards-demo-note = Demo without a case: nothing is saved, nothing is written to disk.
cards-read-only-note = This case is open in another session: you can use the cards, but nothing will be saved here.
cards-setup-deck = Deck
cards-setup-lang = Card language
cards-setup-lang2 = Second language, side by side
cards-setup-lang2-none = None
cards-setup-way = Way of drawing
cards-setup-seed = Order number
cards-setup-seed-hint = The same order number deals the cards in the same order again (shown in every session summary).
cards-setup-bad-seed = The order number is a whole number from 0 to { $max }.
cards-setup-lang-missing = The deck has no texts in { $language } yet: the cards are shown in English.
cards-setup-deck-missing = No card deck is installed. Run `desistkit deck check` to see why.
cards-draft-found = An unfinished card session of { $date }: { $cards ->
    [one] 1 card drawn
   *[other] { $cards } cards drawn
}. F6 resumes it, F8 discards it.
cards-draft-unreadable = An unfinished card session could not be read ({ $error }). F8 discards it.
cards-draft-discarded = The unfinished card session was discarded.

## Ways of drawing
cards-way-random = At random
cards-way-category = By category
cards-way-face-up = The person chooses: cards face up
cards-way-face-down = The person chooses: cards face down, by number
cards-way-browse = Browse the deck
cards-way-later = Come back to a card set aside ({ $count })
cards-way-sorting = Sorting exercise
cards-ways-title = Choose how to go on
cards-way-short-random = at random
cards-way-short-category = by category
cards-way-short-face-up = face up
cards-way-short-face-down = face down
cards-way-short-browse = browsing

## The table (caseworker's view)
cards-status = Case { $code } · { $way } · drawn { $drawn } · left in the pile { $left }
cards-status-demo = Demo · { $way } · drawn { $drawn } · left in the pile { $left }
cards-status-set-aside = · set aside { $count }
cards-status-not-saved = · not saved
cards-empty-table = No card on the table. F2 draws one ({ $way }); F3 offers the other ways.
cards-important-mark = ! important
cards-later-mark = set aside
cards-notes = Notes (caseworker only; Tab to write, Esc to leave)
cards-notes-question = Notes (caseworker only; type here, Esc to leave)
cards-new-round = Every card has been drawn: the deck is shuffled again (round { $round }).
cards-category-spent = No card of “{ $category }” is left in this round.
cards-nothing-set-aside = No card is set aside.
cards-no-card = Draw a card first (F2).
cards-put-back-done = The card went back into the pile: it comes again later.
cards-skipped = Skipped.
cards-set-aside-done = Set aside: F3 brings it back later.
cards-kind-question = question
cards-kind-statement = statement
cards-kind-scale = scale 0–10
cards-kind-resource = resource
cards-card-keys = F6 important · F7 later · F8 put back · F9 skip
cards-hint-question = Open question: write what came up in the notes.
cards-hint-statement = 1–5 or ↑ ↓ choose an answer · Delete clears it · Tab: notes
cards-hint-scale = 0–9, ← → or End (10) set the scale · Delete clears it · Tab: notes
cards-hint-resource = ↑ ↓ ← → move · Space ticks · Tab: notes
cards-leave-title = Leave the card session?
cards-leave-saved = It stays as an unfinished session: open the cards again to resume it.
cards-leave-demo = Nothing is kept in demo mode.
cards-leave-yes = Leave (Enter)
cards-leave-no = Stay (Esc)
cards-save-failed = The card session could not be saved: { $error }
cards-autosave-failed = Autosave failed: { $error }

## Pickers
cards-category-title = Choose a category
cards-category-left = { $left ->
    [0] none left
    [one] 1 left
   *[other] { $left } left
}
cards-spread-title = Choose a card
cards-backs-title = Choose a card by its number
cards-backs-hint = 1–{ $count } or ← → and Enter
cards-browse-title = The whole deck
cards-browse-filter = Type to filter…
cards-browse-drawn = ✓
cards-later-title = Cards set aside

## Person-facing texts (person)
cards-agreement-strongly-agree = Strongly agree
cards-agreement-agree = Agree
cards-agreement-neither = Neither agree nor disagree
cards-agreement-disagree = Disagree
cards-agreement-strongly-disagree = Strongly disagree
cards-pile-have = Strengths I have
cards-pile-develop = Strengths I want to develop
cards-pile-not-me = Not me
cards-pile-agree = I agree
cards-pile-unsure = Unsure
cards-pile-disagree = I disagree
cards-sort-rank-intro = Put these in order: the most important first.

## Sorting exercise
cards-sort-title = Sorting exercise
cards-sort-preset = Piles
cards-sort-preset-strengths = Strengths: have / want to develop / not me
cards-sort-preset-agreement = Agree / unsure / disagree
cards-sort-source = Cards to sort
cards-sort-source-drawn = The cards drawn in this session ({ $count })
cards-sort-source-category = { $symbol } { $category } ({ $count })
cards-sort-start = Start (F5)
cards-sort-empty = There are no cards to sort in that set.
cards-sort-progress = Card { $n } of { $total } · sorted { $sorted }
cards-sort-hint = 1–{ $piles } puts the card on a pile · ← → previous / next · F9 ranks once all are sorted
cards-sort-rank-hint = ↑ ↓ choose · + − move · F10 done
cards-sort-not-complete = Sort every card first ({ $left } left).
cards-sort-nothing-to-rank = The first pile is empty: nothing to rank.

## Summary
cards-summary-title = End of the card session
cards-summary-held = { $date } · deck { $deck } · order number { $seed }
cards-summary-langs = Cards in { $lang }
cards-summary-langs2 = Cards in { $lang }, side by side with { $lang2 }
cards-summary-talked = Cards talked about ({ $count })
cards-summary-none = No card was talked about.
cards-summary-important = important
cards-summary-notes = Notes: { $notes }
cards-summary-scale = { $value } of 10 ({ $low } … { $high })
cards-summary-ticked = Ticked: { $options }
cards-summary-nothing-ticked = Nothing ticked
cards-summary-no-answer = no answer
cards-summary-set-aside = Set aside, not come back to ({ $count })
cards-summary-skipped = Skipped ({ $count })
cards-summary-returned = Put back, with notes ({ $count })
cards-summary-sorting = Sorting: { $preset } · { $source }
cards-summary-ranked = ranked
cards-summary-suggested = Suggested for the next reflection
cards-summary-no-suggestions = The cards touched no factor yet.
cards-summary-unknown-card = { $id } (no longer in the deck)
cards-summary-save-hint = F10 saves the session encrypted in the case. Esc goes back to the cards.
cards-summary-demo-hint = Demo: nothing is saved. F10 finishes, Esc goes back to the cards.
cards-summary-read-only-hint = Read-only: this session cannot be saved here. F10 finishes without saving, Esc goes back to the cards.
cards-saved = Card session saved.

## Reading a saved card session back (case overview, Enter)
