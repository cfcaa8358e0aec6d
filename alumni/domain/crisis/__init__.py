"""The crisis detector: `detect(text)` reads one text in English, Hindi or Marathi (either
script, mixed, misspelt) and says which kinds of danger it names, and why."""
from alumni.domain.crisis.detection import CRISIS_CATEGORIES, Category, Detection, Finding
from alumni.domain.crisis.detector import detect

__all__ = ["CRISIS_CATEGORIES", "Category", "Detection", "Finding", "detect"]
