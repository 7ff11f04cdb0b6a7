"""How the person is addressed and referred to: the case's wording, passed to every message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar

from desistkit_tui.core.compat import StrEnum
from desistkit_tui.core.languages import AddressForm, GenderForm

_Form = TypeVar("_Form", bound=StrEnum)


def _form(kind: type[_Form], value: _Form | str, what: str) -> _Form:
    try:
        return kind(value)
    except ValueError:
        known = ", ".join(kind)
        raise ValueError(f"{what} must be one of {known}, not {value!r}") from None


@dataclass(frozen=True, slots=True, init=False)
class Wording:
    """The case's wording: its :class:`AddressForm` and :class:`GenderForm`.

    Built from the enums or their values (``Wording("informal", "feminine")``,
    ``Wording(case.address, case.gender)``); an unknown value is a :class:`ValueError`.
    ``gender`` is the form the person chose for how they are spoken of or to; ``unspecified``
    is passed to Fluent as it is and so falls to each message's default branch (``neutral``).
    """

    address: AddressForm
    gender: GenderForm

    def __init__(
        self,
        address: AddressForm | str = AddressForm.FORMAL,
        gender: GenderForm | str = GenderForm.UNSPECIFIED,
    ) -> None:
        object.__setattr__(self, "address", _form(AddressForm, address, "address"))
        object.__setattr__(self, "gender", _form(GenderForm, gender, "gender"))

    def fluent_args(self) -> dict[str, str]:
        """The Fluent variables ``$address`` and ``$gender``."""
        return {"address": self.address.value, "gender": self.gender.value}


DEFAULT_WORDING = Wording()
