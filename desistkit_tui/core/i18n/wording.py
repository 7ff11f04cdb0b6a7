"""How the person is addressed and referred to: the case's wording, passed to every message."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast, get_args

Address = Literal["formal", "informal"]
Gender = Literal["feminine", "masculine", "neutral", "unspecified"]
ADDRESSES: tuple[Address, ...] = get_args(Address)
GENDERS: tuple[Gender, ...] = get_args(Gender)


@dataclass(frozen=True, slots=True)
class Wording:
    """The case's wording: ``address`` (formal | informal) and ``gender`` form.

    ``gender`` is the form the person chose for how they are spoken of or to; ``unspecified``
    is passed to Fluent as it is and so falls to each message's default branch (``neutral``).
    """

    address: Address = "formal"
    gender: Gender = "unspecified"

    def __post_init__(self) -> None:
        if self.address not in ADDRESSES:
            raise ValueError(f"address must be one of {', '.join(ADDRESSES)}, not {self.address!r}")
        if self.gender not in GENDERS:
            raise ValueError(f"gender must be one of {', '.join(GENDERS)}, not {self.gender!r}")

    @classmethod
    def parse(cls, address: str = "formal", gender: str = "unspecified") -> Wording:
        """A wording from strings or string enums; raises :class:`ValueError` if unknown.

        ``Wording.parse(case.address, case.gender)`` turns a case's ``AddressForm`` and
        ``GenderForm`` into a wording.
        """
        return cls(cast(Address, str(address)), cast(Gender, str(gender)))  # checked in post-init

    def fluent_args(self) -> dict[str, str]:
        """The Fluent variables ``$address`` and ``$gender``."""
        return {"address": self.address, "gender": self.gender}


DEFAULT_WORDING = Wording()
