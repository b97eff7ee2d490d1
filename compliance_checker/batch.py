"""Checking many declarations: in this process for a few files, in a pool of processes for many.

``ordered_map`` runs a function over the input files and yields its results in input order whatever the
scheduling. Workers are forked after the rulesets are loaded, so each starts with them parsed and
validated, and with the list of files: only pairs of numbers (a range of files) go to a worker, and one
result per file comes back. The pool never runs more than a few chunks ahead of the consumer, so a batch
of any size holds a bounded number of results at a time.

The pool is our own, small and strict about endings (``concurrent.futures`` could hang at exit when
Ctrl-C met blocked workers):

- Ctrl-C (or any exception, or the consumer stopping early) kills every worker and reaps it at once.
  Workers ignore SIGINT themselves: the parent decides.
- A worker that dies (killed, out of memory) costs only the file it was checking, which becomes that
  file's error (``on_lost``); its other files go to a fresh worker and the run goes on.
- A worker never outlives the parent: on Linux the kernel kills it when the parent dies
  (``PR_SET_PDEATHSIG``); elsewhere it ends when its pipe to the parent closes.

The command line drives it through ``compliance_checker.pipeline``, whose workers also render each
declaration, so that the parent process only writes text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import signal
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from compliance_checker import checking
from compliance_checker.checking import Override
from compliance_checker.errors import CheckerError
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.models.record import Record
from compliance_checker.models.report import DeclarationReport

if TYPE_CHECKING:
    from multiprocessing.connection import Connection
    from multiprocessing.process import BaseProcess

    from compliance_checker.models.profile import Profile

# Below this many files a pool costs more than it saves.
POOL_THRESHOLD = 8
CHUNK_MAX = 32  # files per task sent to a worker (fewer as the batch ends: chunk_size)
AHEAD = 3  # tasks in flight per worker: enough to keep it busy, few enough to bound memory
# Input bytes in flight (sent to workers, results not yet written), beyond one file per worker: results
# that arrive out of order wait in the parent, and a 10 MiB declaration's result is large.
AHEAD_BYTES = 32 * 1024 * 1024
REAP_SECONDS = 2.0  # how long a finished worker may take to exit before it is killed
MAX_WORKERS = 256  # whatever --jobs says: each worker is a process with the rulesets in memory
Progress = Callable[[int, int], None]
Lost = Callable[[str, str], Any]  # (path, what happened to its worker) -> that file's result
T = TypeVar("T")


class Settings(Record):
    """How every file of a run is checked."""

    as_of: dt.date
    overrides: tuple[Override, ...]
    max_bytes: int
    evidence_root: str | None = None
    profile: Profile | None = None  # --profile

    def check(self, path: str) -> DeclarationReport:
        return checking.check_file(
            path,
            as_of=self.as_of,
            overrides=self.overrides,
            max_bytes=self.max_bytes,
            evidence_root=self.evidence_root,
            profile=self.profile,
        )


# The function and the files of the current ordered_map, inherited by forked workers (never pickled).
_TASK: Callable[[str], Any] | None = None
_PATHS: Sequence[str] = ()


def _can_fork() -> bool:
    return hasattr(os, "fork")


def default_jobs() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def ordered_map(
    task: Callable[[str], T],
    paths: Sequence[str],
    *,
    jobs: int,
    progress: Progress | None = None,
    on_lost: Lost | None = None,
) -> Iterator[T]:
    """``task(path)`` for every path, in input order; in a pool of ``jobs`` forked processes when the
    batch is large enough to gain from it. ``task`` is inherited by the workers, never pickled.

    When a worker dies, ``on_lost(path, reason)`` gives the result of the file it was checking (without
    it, the run stops with a ``RuntimeError``).
    """
    global _TASK, _PATHS
    total = len(paths)
    done = 0
    if jobs <= 1 or total < POOL_THRESHOLD or not _can_fork():
        for path in paths:
            result = task(path)
            done += 1
            if progress:
                progress(done, total)
            yield result
            del result  # not alive while the next one is made: a declaration's result may be large
        return
    ruleset_store.shipped_rulesets()  # parse once here; forked workers inherit the cache
    _TASK, _PATHS = task, paths
    workers = min(jobs, total, MAX_WORKERS)
    pool = _Pool(workers, on_lost)
    try:
        for result in pool.run(total, chunk_size(total, workers)):
            done += 1
            if progress:
                progress(done, total)
            yield result
            del result
    finally:
        pool.close()  # kills what is still running: Ctrl-C, an error, or the consumer stopped
        _TASK, _PATHS = None, ()


def chunk_size(remaining: int, workers: int) -> int:
    """Files per task: a quarter of each worker's share of the files not yet dispatched, at most
    ``CHUNK_MAX``. Tasks shrink as the batch ends, so that the workers finish together: with fixed
    chunks, one worker could still be busy with a whole chunk while the others have nothing left."""
    return max(1, min(CHUNK_MAX, remaining // (workers * 4)))


# --- the worker side ----------------------------------------------------------------------------------


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when the parent dies (even by SIGKILL); then make sure it is alive."""
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):  # pragma: no cover - no prctl in this C library
            pass
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _serve(conn: Connection, parent: int, inherited: list[Connection]) -> None:
    """A worker: receive ranges of file numbers, send one ``(number, kind, value)`` per file."""
    # Ctrl-C is the parent's to handle: it ends the workers. SIGINT was blocked across the fork, so
    # that one arriving this early waits until it is ignored.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    for other in inherited:  # the parent's ends of every pipe, this worker's own included
        other.close()
    _die_with_parent(parent)
    assert _TASK is not None
    while True:
        try:
            work = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        if work is None:
            return
        for index in range(*work):
            message: tuple[int, str, Any]
            try:
                message = (index, "ok", _TASK(_PATHS[index]))
            except CheckerError as exc:
                message = (index, "checker", (type(exc), exc.diagnostics))
            except Exception as exc:
                message = (index, "error", f"{type(exc).__name__}: {exc}")
            try:  # the file number first, the result after: the parent may read it later (see _Pool)
                conn.send(message[:2])
                conn.send_bytes(pickle.dumps(message[2], protocol=pickle.HIGHEST_PROTOCOL))
            except (BrokenPipeError, EOFError, OSError):
                return


# --- the parent side ----------------------------------------------------------------------------------


class _Worker:
    __slots__ = ("conn", "ends", "pending", "process")

    def __init__(self, process: BaseProcess, conn: Connection) -> None:
        self.process = process
        self.conn = conn
        self.pending: deque[int] = deque()  # file numbers sent and not yet answered, in order
        self.ends: deque[int] = deque()  # where each range sent and not yet answered stops

    @property
    def tasks(self) -> int:
        return len(self.ends)


def _ranges(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of file numbers as ``(start, stop)`` ranges."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number:
            runs[-1] = (runs[-1][0], number + 1)
        else:
            runs.append((number, number + 1))
    return runs


def _prefix_sizes(total: int) -> list[int]:
    """For each file number, the bytes of the files before it (a file that cannot be read counts 0)."""
    before = [0]
    for path in _PATHS[:total]:
        try:
            before.append(before[-1] + os.stat(path).st_size)
        except (OSError, ValueError):
            before.append(before[-1])
    return before


def _how_it_ended(process: BaseProcess) -> str:
    code = process.exitcode
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"killed by {name}"
    return f"ended unexpectedly (exit code {code})"


class _Pool:
    def __init__(self, size: int, on_lost: Lost | None) -> None:
        import multiprocessing  # only for a pool: a one-file check does not pay for these imports

        self.context = multiprocessing.get_context("fork")
        self.size = size
        self.on_lost = on_lost
        self.workers: list[_Worker] = []
        self.results: dict[int, Any] = {}
        self.retry: deque[tuple[int, int]] = deque()  # ranges taken back from dead workers
        self.before: list[int] = [0]  # bytes of the files before each file number
        self.buffered = 0  # bytes of the pickled results waiting to be written

    def _start_worker(self) -> _Worker:
        parent_end, child_end = self.context.Pipe(duplex=True)
        inherited = [w.conn for w in self.workers] + [parent_end]
        process = self.context.Process(
            target=_serve, args=(child_end, os.getpid(), inherited), daemon=True, name="cc-worker"
        )
        blocked = hasattr(signal, "pthread_sigmask")
        if blocked:  # a Ctrl-C during the fork is this process's, delivered once the worker is started
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            process.start()
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        child_end.close()
        worker = _Worker(process, parent_end)
        self.workers.append(worker)
        return worker

    def run(self, total: int, size: int) -> Iterator[Any]:
        from multiprocessing.connection import wait

        for number in range(self.size):
            try:
                self._start_worker()
            except OSError:  # out of processes or memory: go on with the workers there are
                if not number:
                    raise
                self.size = number
                break
        window = self.size * AHEAD * size  # files dispatched ahead of the next one to yield
        self.before = _prefix_sizes(total)
        next_chunk = 0  # first file number not yet dispatched
        next_out = 0
        while next_out < total:
            while next_out in self.results:
                yield self._take(next_out)
                next_out += 1
            if next_out >= total:
                break
            next_chunk = self._dispatch(next_chunk, total, size, next_out, next_out + window)
            busy = [w for w in self.workers if w.pending]
            if not busy:  # pragma: no cover - would be a bug in the scheduling above
                raise RuntimeError(f"the pool lost track of {_PATHS[next_out]}")
            # Over AHEAD_BYTES of results waiting to be written, read only the worker that has the next
            # file: the others wait, holding their result, and the parent holds one more at most.
            readers = busy if self.buffered <= AHEAD_BYTES else [w for w in busy if w.pending[0] == next_out]
            ready = wait([w.conn for w in readers] + [w.process.sentinel for w in busy])
            for worker in readers:
                if worker.conn in ready:
                    self._receive(worker)
            for worker in busy:
                if worker.process.sentinel in ready and not worker.process.is_alive():
                    self._lost(worker)

    def _dispatch(self, next_chunk: int, total: int, size: int, next_out: int, limit: int) -> int:
        """Send work to idle workers: files taken back from dead workers first, then new chunks, as long
        as the files in flight stay within ``limit`` and ``AHEAD_BYTES`` (one file per worker always)."""
        while True:
            idle = [w for w in self.workers if w.tasks < AHEAD]
            if not idle:
                return next_chunk
            worker = min(idle, key=lambda w: w.tasks)
            stop = min(next_chunk + min(size, chunk_size(total - next_chunk, self.size)), total)
            if self.retry:
                work = self.retry.popleft()
            elif next_chunk < total and next_chunk < limit and self._affordable(next_out, stop):
                work = (next_chunk, stop)
                next_chunk = stop
            else:
                return next_chunk
            with contextlib.suppress(OSError):  # it died meanwhile: _lost takes the work back
                worker.conn.send(work)
            worker.pending.extend(range(*work))
            worker.ends.append(work[1])

    def _affordable(self, next_out: int, stop: int) -> bool:
        return stop - next_out <= self.size or self.before[stop] - self.before[next_out] <= AHEAD_BYTES

    def _receive(self, worker: _Worker) -> None:
        """Take every complete answer the worker has sent; results stay pickled until they are written."""
        while True:
            try:
                if not worker.conn.poll():
                    return
                index, kind = worker.conn.recv()
                data = worker.conn.recv_bytes()
            except (EOFError, OSError, pickle.UnpicklingError):  # cut short: it died while sending
                return
            assert worker.pending and worker.pending[0] == index
            worker.pending.popleft()
            if worker.ends[0] == index + 1:
                worker.ends.popleft()
            if kind == "ok":
                self.results[index] = data
                self.buffered += len(data)
                continue
            value = pickle.loads(data)
            if kind == "checker":
                error_class, diagnostics = value
                raise error_class(diagnostics)
            raise RuntimeError(f"while checking {_PATHS[index]}: {value}")

    def _take(self, index: int) -> Any:
        result = self.results.pop(index)
        if isinstance(result, bytes):
            self.buffered -= len(result)
            return pickle.loads(result)
        return result  # a lost file's error, made here

    def _lost(self, worker: _Worker) -> None:
        """A worker died: what it was checking is that file's error; the rest of its work goes back."""
        self._receive(worker)  # what it sent before dying
        self.workers.remove(worker)
        worker.conn.close()
        reason = _how_it_ended(worker.process)
        worker.process.join()
        worker.ends.clear()
        if worker.pending:
            index = worker.pending.popleft()
            if self.on_lost is None:
                raise RuntimeError(f"the worker process checking {_PATHS[index]} was {reason}")
            self.results[index] = self.on_lost(_PATHS[index], reason)
            self.retry.extend(_ranges(list(worker.pending)))
        self._start_worker()

    def close(self) -> None:
        """Stop every worker. After a complete run they are idle and exit on their own; otherwise (Ctrl-C,
        an error, the consumer stopped) they are killed: they hold nothing that needs cleaning up."""
        finished = not any(w.pending for w in self.workers)
        for worker in self.workers:
            if finished:
                with contextlib.suppress(OSError):
                    worker.conn.send(None)
            else:
                worker.process.kill()
        for worker in self.workers:
            worker.process.join(REAP_SECONDS if finished else None)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join()
            worker.conn.close()
        self.workers.clear()
