"""spaCy model loading, Doc extensions and the multipolar pipeline."""

from multipolar.nlp.loader import load_model
from multipolar.nlp.pipeline import PipelineConfig, build_pipeline

__all__ = ["PipelineConfig", "build_pipeline", "load_model"]
