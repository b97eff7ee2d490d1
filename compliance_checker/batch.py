"""Checking many declarations: in this process for a few files, in a pool of processes for many.

``ordered_map`` runs a function over the input files and yields its results in input order whatever the
scheduling. Workers are forked after the rulesets are loaded, so each starts with them parsed and
validated, and with the list of files: only pairs of numbers (a range of files) go to a worker, and one
result per file comes back. The pool never runs more than a few chunks ahead of the consumer, so a batch
of any size holds a bounded number of results at a time.

The pool is our own, small and strict about endings (``concurrent.futures`` could hang at exit when
Ctrl-C met blocked workers), and made of plain ``os.fork`` and two pipes per worker, without
``multiprocessing``: the parent's share of the work is small, but it runs beside the workers, so every
step it saves is CPU time the workers get back. A range of file numbers goes to a worker as two numbers,
and each result comes back as a fixed header and its pickle, read into one buffer that the parent reuses
(receiving each result into new memory cost the parent about 40 page faults per file, more than half of
all the faults of a run). The result pipes are widened to 1 MiB where Linux allows it, so that a worker
rarely waits for the parent to read. A ``Wire`` may turn each result into plain values in the worker and
back in the parent (the pipeline's results cross as a few strings and one byte per rule). Each worker gets
its first task as soon as it is forked, and tasks are small (``CHUNK_MAX``), so that few results wait in
the parent for an earlier file.

- Ctrl-C (or any exception, or the consumer stopping early) kills every worker and reaps it at once.
  Workers ignore SIGINT themselves: the parent decides.
- A worker that dies (killed, out of memory) costs only the file it was checking, which becomes that
  file's error (``on_lost``); its other files go to a fresh worker and the run goes on.
- A worker never outlives the parent: on Linux the kernel kills it when the parent dies
  (``PR_SET_PDEATHSIG``, through libc's ``prctl`` looked up once in the parent); elsewhere it ends when
  its pipe from the parent closes.

The command line drives it through ``compliance_checker.pipeline``, whose workers also render each
declaration, so that the parent process only writes text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import pickle
import select
import signal
import struct
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from compliance_checker import checking
from compliance_checker.checking import Override
from compliance_checker.errors import CheckerError
from compliance_checker.loading import rulesets as ruleset_store
from compliance_checker.models.record import Record
from compliance_checker.models.report import DeclarationReport

if TYPE_CHECKING:
    from compliance_checker.models.profile import Profile

# Below this many files a pool costs more than it saves.
POOL_THRESHOLD = 8
# Files per task sent to a worker (fewer as the batch ends: chunk_size). A task costs two small pipe
# messages; while one worker checks a chunk, the other's results for the next chunk wait in the parent,
# so large chunks only cost memory (with 32, about 8 MB more and 1,600 more page faults in the parent).
CHUNK_MAX = 8
AHEAD = 3  # tasks in flight per worker: enough to keep it busy, few enough to bound memory
# Input bytes in flight (sent to workers, results not yet written), beyond one file per worker: results
# that arrive out of order wait in the parent, and a 10 MiB declaration's result is large.
AHEAD_BYTES = 32 * 1024 * 1024
REAP_SECONDS = 2.0  # how long a finished worker may take to exit before it is killed
MAX_WORKERS = 256  # whatever --jobs says: each worker is a process with the rulesets in memory
PIPE_BYTES = 1 << 20  # a result pipe's buffer, where the system allows it (Linux: F_SETPIPE_SZ)
INBOX_BYTES = 8 << 20  # the parent's reused receive buffer grows to this; a larger result gets its own
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


class Wire(Generic[T]):
    """How a task's result crosses from a worker process to the parent: ``pack(result)`` in the worker
    gives what is pickled, ``unpack(path, packed)`` in the parent gives the result back. Without it the
    result is pickled as it is."""

    __slots__ = ("pack", "unpack")

    def __init__(self, *, pack: Callable[[T], object], unpack: Callable[[str, Any], T]) -> None:
        self.pack = pack
        self.unpack = unpack


# The function, its wire and the files of the current ordered_map, inherited by forked workers (never
# pickled).
_TASK: Callable[[str], Any] | None = None
_WIRE: Wire[Any] | None = None
_PATHS: Sequence[str] = ()
_PRCTL: Callable[..., int] | None = None  # _death_signal_call(), once a pool has started


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
    wire: Wire[T] | None = None,
) -> Iterator[T]:
    """``task(path)`` for every path, in input order; in a pool of ``jobs`` forked processes when the
    batch is large enough to gain from it. ``task`` and ``wire`` are inherited by the workers, never
    pickled; a worker's results cross through ``wire`` when it is given.

    When a worker dies, ``on_lost(path, reason)`` gives the result of the file it was checking (without
    it, the run stops with a ``RuntimeError``).
    """
    global _TASK, _WIRE, _PATHS, _PRCTL
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
    if _PRCTL is None:
        _PRCTL = _death_signal_call()
    _TASK, _WIRE, _PATHS = task, wire, paths
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
        _TASK, _WIRE, _PATHS = None, None, ()


def chunk_size(remaining: int, workers: int) -> int:
    """Files per task: a quarter of each worker's share of the files not yet dispatched, at most
    ``CHUNK_MAX``. Tasks shrink as the batch ends, so that the workers finish together: with fixed
    chunks, one worker could still be busy with a whole chunk while the others have nothing left."""
    return max(1, min(CHUNK_MAX, remaining // (workers * 4)))


# --- the messages -------------------------------------------------------------------------------------

_RANGE = struct.Struct("=qq")  # parent -> worker: check files start..stop-1; the pipe's end means stop
_ANSWER = struct.Struct("=qBq")  # worker -> parent: file number, kind, bytes of the pickled value after it
_KINDS = ("ok", "checker", "error")


def _write_all(fd: int, *parts: bytes) -> None:
    """Write every byte of ``parts`` to ``fd``, in order, in as few calls as the pipe allows."""
    views = [memoryview(part) for part in parts]
    while views:
        done = os.writev(fd, views)
        while views and done >= len(views[0]):
            done -= len(views[0])
            views.pop(0)
        if views:
            views[0] = views[0][done:]


def _read_into(fd: int, view: memoryview) -> bool:
    """Fill ``view`` from ``fd``; False if the pipe ended first (the other side is gone)."""
    got = 0
    while got < len(view):
        count = os.readv(fd, [view[got:]])
        if not count:
            return False
        got += count
    return True


# --- the worker side ----------------------------------------------------------------------------------


def _death_signal_call() -> Callable[..., int] | None:
    """libc's ``prctl``, for a worker to ask Linux to kill it when the parent dies; None elsewhere.
    Looked up once in the parent before the workers are forked: importing ctypes in each worker delayed
    its first file by a few milliseconds."""
    if not sys.platform.startswith("linux"):
        return None
    import ctypes

    try:
        call: Callable[..., int] = ctypes.CDLL(None, use_errno=True).prctl
    except (OSError, AttributeError):  # pragma: no cover - no prctl in this C library
        return None
    return call


def _die_with_parent(parent: int) -> None:
    """Ask Linux to kill this worker when the parent dies (even by SIGKILL); then make sure it is alive."""
    if _PRCTL is not None:
        _PRCTL(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)


def _serve(tasks: int, answers: int, parent: int, inherited: list[int]) -> None:
    """A worker: read ranges of file numbers from ``tasks``, write one answer per file to ``answers``."""
    # Ctrl-C is the parent's to handle: it ends the workers. SIGINT was blocked across the fork, so
    # that one arriving this early waits until it is ignored.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    for fd in inherited:  # the parent's ends of every pipe, this worker's own included
        os.close(fd)
    _die_with_parent(parent)
    assert _TASK is not None
    pack = _WIRE.pack if _WIRE is not None else None
    task = bytearray(_RANGE.size)
    while True:
        with memoryview(task) as view:
            if not _read_into(tasks, view):  # the parent is done, or gone
                return
        start, stop = _RANGE.unpack(task)
        for index in range(start, stop):
            kind: int
            value: Any
            try:
                value = _TASK(_PATHS[index])
                kind, value = 0, value if pack is None else pack(value)
            except CheckerError as exc:
                kind, value = 1, (type(exc), exc.diagnostics)
            except Exception as exc:
                kind, value = 2, f"{type(exc).__name__}: {exc}"
            try:
                data = pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception as exc:  # a result that cannot cross: the file's error, as a task's own
                kind, data = 2, pickle.dumps(f"{type(exc).__name__}: {exc}")
            del value
            try:
                _write_all(answers, _ANSWER.pack(index, kind, len(data)), data)
            except OSError:  # the parent is gone
                return


def _run_worker(tasks: int, answers: int, parent: int, inherited: list[int]) -> None:
    """The forked child's whole life: it never returns into the parent's code, whatever happens."""
    code = 1
    try:
        _serve(tasks, answers, parent, inherited)
        code = 0
    finally:
        try:
            _flush_std_streams()  # what the worker itself printed, if anything (never the parent's text)
        finally:
            os._exit(code)


def _flush_std_streams() -> None:
    """Flush standard output and error, as ``multiprocessing`` does around a fork: before it, so that
    text the parent has not written yet is not copied into the worker too."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(AttributeError, ValueError):
            stream.flush()


def _widen(fd: int) -> None:
    """Give a result pipe room for a few results, where the system allows it (Linux)."""
    try:
        import fcntl  # not on Windows, which has no pool

        fcntl.fcntl(fd, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    except (ImportError, AttributeError, OSError):  # pragma: no cover - not Linux, or over the user's quota
        pass


# --- the parent side ----------------------------------------------------------------------------------


class _Worker:
    __slots__ = ("answers", "ends", "pending", "pid", "poller", "tasks")

    def __init__(self, pid: int, tasks: int, answers: int) -> None:
        self.pid = pid
        self.tasks = tasks  # the write end of its task pipe
        self.answers = answers  # the read end of its result pipe
        self.poller = select.poll()
        self.poller.register(answers, select.POLLIN)
        self.pending: deque[int] = deque()  # file numbers sent and not yet answered, in order
        self.ends: deque[int] = deque()  # where each range sent and not yet answered stops

    @property
    def queued(self) -> int:
        return len(self.ends)

    def readable(self, timeout_ms: int = 0) -> bool:
        return bool(self.poller.poll(timeout_ms))

    def reap(self) -> int:
        """Wait for the process to end; its exit code, negative for a signal as ``multiprocessing``'s."""
        _, status = os.waitpid(self.pid, 0)
        return os.waitstatus_to_exitcode(status)


def _ranges(numbers: Sequence[int]) -> list[tuple[int, int]]:
    """Consecutive runs of file numbers as ``(start, stop)`` ranges."""
    runs: list[tuple[int, int]] = []
    for number in numbers:
        if runs and runs[-1][1] == number:
            runs[-1] = (runs[-1][0], number + 1)
        else:
            runs.append((number, number + 1))
    return runs


def _extend_sizes(before: list[int], stop: int) -> None:
    """Extend ``before`` (for each file number, the bytes of the files before it) up to ``stop``: the
    files are looked at as they are dispatched, not all before the first (a file that cannot be read
    counts 0)."""
    while len(before) <= stop:
        try:
            size = os.stat(_PATHS[len(before) - 1]).st_size
        except (OSError, ValueError):
            size = 0
        before.append(before[-1] + size)


def _how_it_ended(code: int) -> str:
    if code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        return f"killed by {name}"
    return f"ended unexpectedly (exit code {code})"


class _Pool:
    def __init__(self, size: int, on_lost: Lost | None) -> None:
        self.size = size
        self.on_lost = on_lost
        self.workers: list[_Worker] = []
        self.results: dict[int, Any] = {}
        self.sizes: dict[int, int] = {}  # bytes of each received result's pickle, until it is taken
        self.retry: deque[tuple[int, int]] = deque()  # ranges taken back from dead workers
        self.before: list[int] = [0]  # bytes of the files before each file number, as far as needed
        self.buffered = 0  # bytes of the pickled results waiting to be written
        self.header = bytearray(_ANSWER.size)
        self.inbox = bytearray()  # reused for every result up to INBOX_BYTES

    def _start_worker(self) -> _Worker:
        task_r, task_w = os.pipe()
        answer_r, answer_w = os.pipe()
        _widen(answer_w)
        inherited = [fd for w in self.workers for fd in (w.tasks, w.answers)] + [task_w, answer_r]
        parent = os.getpid()
        _flush_std_streams()
        blocked = hasattr(signal, "pthread_sigmask")
        if blocked:  # a Ctrl-C during the fork is this process's, delivered once the worker is started
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
        try:
            pid = os.fork()
            if pid == 0:
                _run_worker(task_r, answer_w, parent, inherited)
        except OSError:
            for fd in (task_r, task_w, answer_r, answer_w):
                os.close(fd)
            raise
        finally:
            if blocked:
                signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
        os.close(task_r)
        os.close(answer_w)
        worker = _Worker(pid, task_w, answer_r)
        self.workers.append(worker)
        return worker

    def run(self, total: int, size: int) -> Iterator[Any]:
        window = self.size * AHEAD * size  # files dispatched ahead of the next one to yield
        next_chunk = 0  # first file number not yet dispatched
        next_out = 0
        for number in range(self.size):
            try:
                self._start_worker()
            except OSError:  # out of processes or memory: go on with the workers there are
                if not number:
                    raise
                self.size = number
                break
            # Its first task at once: it works while the next worker is forked.
            next_chunk = self._dispatch(next_chunk, total, size, next_out, window, ahead=1)
        window = self.size * AHEAD * size  # as many workers as could be started
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
            poller = select.poll()
            for worker in readers:
                poller.register(worker.answers, select.POLLIN)
            ready = {fd for fd, _ in poller.poll()}
            for worker in readers:
                if worker.answers in ready and not self._receive(worker):
                    self._lost(worker)

    def _dispatch(
        self, next_chunk: int, total: int, size: int, next_out: int, limit: int, *, ahead: int = AHEAD
    ) -> int:
        """Send work to workers with fewer than ``ahead`` tasks: files taken back from dead workers
        first, then new chunks, as long as the files in flight stay within ``limit`` and ``AHEAD_BYTES``
        (one file per worker always)."""
        while True:
            idle = [w for w in self.workers if w.queued < ahead]
            if not idle:
                return next_chunk
            worker = min(idle, key=lambda w: w.queued)
            stop = min(next_chunk + min(size, chunk_size(total - next_chunk, self.size)), total)
            if self.retry:
                work = self.retry.popleft()
            elif next_chunk < total and next_chunk < limit and self._affordable(next_out, stop):
                work = (next_chunk, stop)
                next_chunk = stop
            else:
                return next_chunk
            with contextlib.suppress(OSError):  # it died meanwhile: _lost takes the work back
                os.write(worker.tasks, _RANGE.pack(*work))
            worker.pending.extend(range(*work))
            worker.ends.append(work[1])

    def _affordable(self, next_out: int, stop: int) -> bool:
        if stop - next_out <= self.size:
            return True
        _extend_sizes(self.before, stop)
        return self.before[stop] - self.before[next_out] <= AHEAD_BYTES

    def _receive(self, worker: _Worker) -> bool:
        """Take every complete answer the worker has sent; False once its pipe has ended (it died)."""
        while worker.readable():
            with memoryview(self.header) as header:
                if not _read_into(worker.answers, header):
                    return False
            index, kind, size = _ANSWER.unpack(self.header)
            if size > len(self.inbox):
                inbox = bytearray(size)
                if size <= INBOX_BYTES:
                    self.inbox = inbox
            else:
                inbox = self.inbox
            with memoryview(inbox) as whole, whole[:size] as data:
                if not _read_into(worker.answers, data):  # cut short: it died while sending
                    return False
                value = pickle.loads(data)
            del inbox
            assert worker.pending and worker.pending[0] == index
            worker.pending.popleft()
            if worker.ends[0] == index + 1:
                worker.ends.popleft()
            if _KINDS[kind] == "ok":
                self.results[index] = value if _WIRE is None else _WIRE.unpack(_PATHS[index], value)
                self.sizes[index] = size
                self.buffered += size
                continue
            if _KINDS[kind] == "checker":
                error_class, diagnostics = value
                raise error_class(diagnostics)
            raise RuntimeError(f"while checking {_PATHS[index]}: {value}")
        return True

    def _take(self, index: int) -> Any:
        self.buffered -= self.sizes.pop(index, 0)  # nothing for a lost file's error, made here
        return self.results.pop(index)

    def _lost(self, worker: _Worker) -> None:
        """A worker died: what it was checking is that file's error; the rest of its work goes back."""
        self.workers.remove(worker)
        self._forget(worker)
        reason = _how_it_ended(worker.reap())
        worker.ends.clear()
        if worker.pending:
            index = worker.pending.popleft()
            if self.on_lost is None:
                raise RuntimeError(f"the worker process checking {_PATHS[index]} was {reason}")
            self.results[index] = self.on_lost(_PATHS[index], reason)
            self.retry.extend(_ranges(list(worker.pending)))
        self._start_worker()

    @staticmethod
    def _forget(worker: _Worker) -> None:
        for fd in (worker.tasks, worker.answers):
            with contextlib.suppress(OSError):
                os.close(fd)

    def close(self) -> None:
        """Stop every worker. After a complete run they are idle and exit on their own once their task
        pipe ends; otherwise (Ctrl-C, an error, the consumer stopped) they are killed: they hold nothing
        that needs cleaning up."""
        finished = not any(w.pending for w in self.workers)
        for worker in self.workers:
            with contextlib.suppress(OSError):
                os.close(worker.tasks)
            if not finished:
                _kill(worker.pid)
        for worker in self.workers:
            if finished and not _ended(worker, REAP_SECONDS):
                _kill(worker.pid)
            worker.reap()
            with contextlib.suppress(OSError):
                os.close(worker.answers)
        self.workers.clear()


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def _ended(worker: _Worker, seconds: float) -> bool:
    """Wait up to ``seconds`` for an idle worker's result pipe to end (it has exited)."""
    deadline = time.monotonic() + seconds
    while True:
        left = deadline - time.monotonic()
        if left <= 0 or not worker.readable(max(1, int(left * 1000))):
            return False
        try:
            if not os.read(worker.answers, 1 << 16):
                return True
        except OSError:
            return True
