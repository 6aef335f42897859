"""Pausing Python's cyclic garbage collector around bulk work.

Reading, classifying and encoding a large estate make hundreds of thousands of long-lived objects and
few reference cycles; each collection the allocations trigger would rescan all of them for nothing.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def no_gc() -> Iterator[None]:
    """The cyclic garbage collector paused while the block runs (objects without cycles are still freed
    at once); it runs again afterwards if it ran before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
