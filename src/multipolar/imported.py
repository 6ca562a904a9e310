"""The switch for tables generated from outside dictionaries (``multipolar dictionaries import``).

Generated tables live in ``petrarch/`` folders beside the hand-written ones and are read after them
(hand rows win). ``MULTIPOLAR_IMPORTED`` = ``all`` (default), ``none``, or a comma list of table
kinds: ``patterns``, ``verbs`` (lexicon), ``agents``, ``people``, ``organisations``, ``discards``
(actors). A file ``patterns-19.tsv`` is of kind ``patterns``.
"""

from __future__ import annotations

import os

#: Name of the folder holding generated tables inside each data folder.
IMPORTED_DIR = "petrarch"
KINDS: frozenset[str] = frozenset({"patterns", "verbs", "agents", "people", "organisations", "discards"})


def table_kind(filename: str) -> str:
    """``"patterns-19.tsv"`` -> ``"patterns"``."""
    return filename.split("-")[0].split(".")[0]


def imported_table_enabled(filename: str) -> bool:
    """Whether the generated table ``filename`` is switched on (see the module docstring)."""
    setting = os.environ.get("MULTIPOLAR_IMPORTED", "all").strip().lower()
    if setting in ("", "all"):
        return True
    return table_kind(filename) in {part.strip() for part in setting.split(",")}
