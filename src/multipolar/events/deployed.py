"""Forces deployed in the passive: "Indian troops were deployed along the border", "Georgian troops were
placed on standby" name no agent, and the forces' own state moves them; the armed patient of a force
posture (CAMEO 15) is its source, not its target."""

from __future__ import annotations

from spacy.tokens import Token

from multipolar.events.arguments import Arguments, Participant
from multipolar.events.force_idioms import ARMED_SECTORS
from multipolar.events.syntax import content_head
from multipolar.events.targets import CONF_VERB
from multipolar.reference import CameoRoot


def deployed_forces(cameo: str, passive: bool, sources: list[Participant], patient: list[Token],
                    args: Arguments) -> list[Participant]:
    """The armed parties a passive force posture with no agent moves, standing as its source ("U.S.
    marines were sent to Haiti": the United States' marines); none where an agent is named, the act is
    no posture, or a patient is unarmed ("the envoy was sent to Cairo")."""
    if not passive or sources or cameo[:2] != CameoRoot.FORCE_POSTURE:
        return []
    forces = args.participants([content_head(t) for t in patient], CONF_VERB)  # "hundreds of police"
    if forces and all(p.sector in ARMED_SECTORS and p.code is not None for p in forces):
        return forces
    return []
