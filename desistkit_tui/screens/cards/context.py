"""What every card screen of one session shares: the session, the texts, where it is saved."""

from __future__ import annotations

from dataclasses import dataclass

from desistkit_tui.core.cards import CardFace, CardSession, DrawMode, card_face
from desistkit_tui.core.i18n import Arg, Localizer
from desistkit_tui.core.workspace import CaseWorkspace

#: The stylesheet of every card screen (app-wide once loaded: every rule names a card screen).
CARDS_CSS = "cards.tcss"
#: Below 24 rows (a projector's zoomed font) the card screens get the class ``-short``: the
#: header and the longer hints give way to the card.
SHORT_BREAKPOINTS = [(0, "-short"), (24, "-tall")]


@dataclass(slots=True)
class CardContext:
    """One card session in progress.

    ``localizer`` reads the session's deck in the case's wording; ``workspace`` (the open case)
    is ``None`` in the demo, where nothing is saved; ``draft_id`` names the autosaved draft and,
    once finished, the saved session (so a retried save cannot make two).
    """

    session: CardSession
    localizer: Localizer
    workspace: CaseWorkspace | None
    draft_id: str

    @property
    def saving(self) -> bool:
        """Whether this session is saved (not the demo, not a read-only case)."""
        return self.workspace is not None and not self.workspace.read_only

    @property
    def code(self) -> str:
        """The case code ("" in the demo)."""
        return self.workspace.case.code if self.workspace is not None else ""

    def face(self, card_id: str, lang: str | None = None) -> CardFace:
        """A card's face in the card language (or ``lang``)."""
        session = self.session
        return card_face(self.localizer, session.deck, card_id, lang or session.lang)

    def person(self, msg_id: str, /, **args: Arg) -> str:
        """A ``cards-…`` string the person reads, in the card language and their wording."""
        return self.localizer.person_ui(msg_id, self.session.lang, **args)

    def way(self, mode: DrawMode | None = None, *, short: bool = False) -> str:
        """The name of a way of drawing (the session's by default)."""
        prefix = "cards-way-short-" if short else "cards-way-"
        return self.localizer(prefix + (mode or self.session.mode).value)
