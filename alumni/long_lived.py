"""For processes that live long and serve many requests (a gunicorn worker, an RQ worker).

The crisis lexicon and the rest of what start-up builds (hundreds of thousands of small
objects) live as long as the process. Left in the garbage collector's generations, every full
collection walks all of them, and the call that happens to trigger one (a webhook) waits tens
of milliseconds. Freezing them once, after start-up, moves them out of every later
collection. The crisis classifier's weights, read lazily, are read here first, so that no
webhook waits the 70 ms it takes."""
from __future__ import annotations

import gc


def settle_start_up_objects() -> None:
    from alumni.domain.crisis.model import load

    load()
    gc.collect()
    gc.freeze()
