"""multipolar.distributed: code documents on a Dask cluster (``multipolar ingest --scheduler``).

Optional: needs the ``distributed`` extra (``pip install 'multipolar[distributed]'``). Nothing
here is imported unless asked for; :func:`require_dask` turns a missing Dask into a readable error.

``cluster`` opens a client (an existing scheduler or a ``LocalCluster``); ``worker`` holds the
worker plugin (one pipeline per worker) and the tasks; ``ingest`` drives a run and streams the
results into the DuckDB store or lets the workers write Parquet parts into an event lake.
"""

from __future__ import annotations

INSTALL_HINT = "pip install 'multipolar[distributed]'  (or: pip install 'dask[distributed]')"


class DaskNotInstalledError(RuntimeError):
    """The ``distributed`` extra is not installed."""


def require_dask() -> None:
    """Raise :class:`DaskNotInstalledError` with the install command when Dask is missing."""
    try:
        import dask  # noqa: F401

        import distributed  # noqa: F401
    except ImportError:
        raise DaskNotInstalledError(f"--scheduler needs Dask, which is not installed: {INSTALL_HINT}") from None
