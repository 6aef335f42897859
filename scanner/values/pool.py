"""Run sampling tasks in parallel with a bounded number of workers and a deadline each.

A task that passes its deadline is cancelled through the callback it registered
(a database connection's cancel or interrupt), reported as :class:`TaskTimeout`
and left behind: its thread is a daemon and its late result is ignored, so one
locked table never holds up the rest of a scan.
"""

from __future__ import annotations

import queue
import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class TaskTimeout(Exception):
    """A task did not finish within its deadline."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"timed out after {seconds:g}s")
        self.seconds = seconds


class Handle:
    """Lets a running task register how to cancel what it is waiting on."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancel: Callable[[], object] | None = None
        self.cancelled = False

    def on_cancel(self, callback: Callable[[], object]) -> None:
        with self._lock:
            self._cancel = callback
            cancelled = self.cancelled
        if cancelled:
            _quietly(callback)

    def cancel(self) -> None:
        with self._lock:
            self.cancelled = True
            callback = self._cancel
        if callback is not None:
            _quietly(callback)


def _quietly(callback: Callable[[], object]) -> None:
    try:
        callback()
    except Exception:  # cancelling is best effort; the deadline stands anyway
        pass


class Outcome(Generic[Result]):
    """A task's result or the exception it raised (a TaskTimeout when it ran too long)."""

    def __init__(self, result: Result | None = None, error: BaseException | None = None) -> None:
        self.result = result
        self.error = error


def run_bounded(
    items: Sequence[Item],
    work: Callable[[Item, Handle], Result],
    *,
    workers: int,
    timeout: float,
    on_done: Callable[[int, int], None] | None = None,
) -> list[Outcome[Result]]:
    """Run ``work(item, handle)`` for every item, at most ``workers`` at a time.

    Returns one outcome per item, in the order of ``items``. ``on_done(done, total)``
    is called from the calling thread after each item finishes or times out.
    """
    finished: queue.SimpleQueue[tuple[int, Outcome[Result]]] = queue.SimpleQueue()
    waiting = deque(enumerate(items))
    running: dict[int, tuple[float, Handle]] = {}
    outcomes: dict[int, Outcome[Result]] = {}

    def call(index: int, item: Item, handle: Handle) -> None:
        try:
            finished.put((index, Outcome(result=work(item, handle))))
        except BaseException as error:  # reported per item
            finished.put((index, Outcome(error=error)))

    def record(index: int, outcome: Outcome[Result]) -> None:
        del running[index]
        outcomes[index] = outcome
        if on_done is not None:
            on_done(len(outcomes), len(items))

    while waiting or running:
        while waiting and len(running) < max(1, workers):
            index, item = waiting.popleft()
            handle = Handle()
            running[index] = (time.monotonic() + timeout, handle)
            threading.Thread(target=call, args=(index, item, handle), daemon=True).start()
        next_deadline = min(deadline for deadline, _ in running.values())
        try:
            index, outcome = finished.get(timeout=max(0.0, next_deadline - time.monotonic()))
            if index in running:
                record(index, outcome)
        except queue.Empty:
            pass
        now = time.monotonic()
        for index, (deadline, handle) in list(running.items()):
            if deadline <= now:
                handle.cancel()
                record(index, Outcome(error=TaskTimeout(timeout)))
    return [outcomes[index] for index in range(len(items))]
