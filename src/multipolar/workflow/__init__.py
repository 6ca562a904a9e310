"""Orchestration above the stages: read → code → store, used by the CLI, the API server and the Dask path.

This is the one layer that may import every stage; the stages below never import it.
"""
