"""Traded goods: the state owning the goods of a trade or supply noun's ``of`` phrase is their seller
("sales of U.S. nuclear fuel to Euratom", "deliveries of Russian gas to Europe")."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.arguments import Arguments, Participant
from multipolar.events.attackers import act_owners
from multipolar.events.syntax import prep_objects
from multipolar.reference import CameoRoot

#: CAMEO roots whose nominal acts move goods (economic or military cooperation, aid).
GOODS_ROOTS = frozenset({CameoRoot.MATERIAL_COOPERATION, CameoRoot.AID})
#: Confidence of a seller read off its goods.
CONF_GOODS_OWNER = 0.5


def goods_sellers(noun: Token, cameo: str, args: Arguments) -> list[Participant]:
    """The owner of the goods a trade noun's of-phrase names, for material cooperation; else none."""
    if cameo[:2] not in GOODS_ROOTS:
        return []
    goods = prep_objects([noun], ("of",))
    return [p for g in goods for p in args.participants(act_owners(g), CONF_GOODS_OWNER) if p.code]
