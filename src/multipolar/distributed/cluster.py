"""Open a Dask client: an existing scheduler (``tcp://HOST:8786``) or a ``LocalCluster`` (``local``)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from distributed import Client, LocalCluster

LOCAL = "local"


class SchedulerError(RuntimeError):
    """The scheduler could not be reached or the cluster could not be started."""


@contextmanager
def open_client(scheduler: str, workers: int = 2, timeout: float = 30.0) -> Iterator[Client]:
    """A client on ``scheduler``; ``local`` starts ``workers`` single-threaded worker processes here."""
    cluster: LocalCluster | None = None
    try:
        if scheduler == LOCAL:
            cluster = LocalCluster(
                n_workers=max(1, workers), threads_per_worker=1, processes=True, dashboard_address=":0"
            )
            client = Client(cluster)
        else:
            client = Client(scheduler, timeout=timeout)
    except (OSError, TimeoutError) as exc:
        if cluster is not None:
            cluster.close()
        raise SchedulerError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def dashboard(client: Client) -> str:
    """The dashboard link, or why there is none."""
    services = client.scheduler_info().get("services", {})
    if "dashboard" not in services:
        return "no dashboard (the scheduler runs without one; pip install bokeh to get it)"
    return str(client.dashboard_link)
