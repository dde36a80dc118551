"""The pipeline in worker processes: several cores for `extract --jobs N` and `ingest --jobs N`.

Workers are forked from a fork server that has built the default pipeline once (`preload.py`: spaCy
models, knowledge base, lexicons), or build their own (other options). This process runs the reading
stage (it needs no model: while the fork server loads them, it reads ahead) and sends chunks of read
documents to the workers for the other stages; the results come back in input order, to one consumer in
this process (the one writer of `ingest`). What is skipped is decided here before anything is sent. A
document on which a worker dies (a crash in native code, the memory killer) becomes that document's
Rejected: the chunks the dead pool held are run again document by document in a pool of one, and the
batch goes on.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import multiprocessing
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from multiprocessing.context import BaseContext

from diplowatch.errors import DiplowatchError
from diplowatch.model import Article, RawDocument, Rejected
from diplowatch.pipeline import Options, Outcome, Pending, Pipeline, answer, batches, pending, to_process

log = logging.getLogger(__name__)

CHUNK_DOCUMENTS = 8  # inputs per task sent to a worker: enough for nlp.pipe, small enough to share out
CHUNKS_PER_WORKER = 2  # tasks in flight per worker: one running, one waiting, so no worker idles
# What this process reads ahead of the answers (while the models load: seconds of reading), within a
# bound on the documents and on their characters (the memory they hold).
READ_AHEAD_CHUNKS = 128
READ_AHEAD_CHARACTERS = 50_000_000
JOBS_ENV = "DIPLOWATCH_JOBS"  # the default number of worker processes (else the number of cores)

PipelineFactory = Callable[[], Pipeline]  # picklable: each worker calls it once
# What a worker sends back for a chunk: ("ok", results) or ("error", why the pipeline cannot be built).
Reply = tuple[str, list[Article | Rejected] | str]


def default_jobs() -> int:
    """$DIPLOWATCH_JOBS, else the number of cores this process may use."""
    value = os.environ.get(JOBS_ENV, "").strip()
    if value.isdigit() and int(value) > 0:
        return int(value)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def each_parallel(
    items: Iterable[RawDocument | Rejected],
    *,
    jobs: int,
    options: Options | None = None,
    factory: PipelineFactory | None = None,
    skip: Callable[[RawDocument], bool] | None = None,
    chunk: int | None = None,
) -> Iterator[Outcome]:
    """`Pipeline.each_input` over `jobs` worker processes, answers in input order. With one job, or
    no more than one chunk of work, everything runs here (a worker's start-up would cost more).
    The reading stage runs here (with `options`), the other stages in the workers' pipelines."""
    options = options or Options()
    warm_start = factory is None and options.link_actors  # workers forked from a server holding the models
    factory = factory or functools.partial(pipeline_for, options)
    chunk = chunk or CHUNK_DOCUMENTS
    entries = pending(items, skip)
    if jobs <= 1:
        yield from factory().each_pending(entries)
        return
    head = list(islice(entries, 4 * chunk))  # inputs, not documents: never the whole folder
    if len(head) < 4 * chunk and len(to_process(head)) <= chunk:
        yield from factory().each_pending(head)
        return
    reader = Pipeline(options, stages=[])
    with _Workers(jobs, factory, warm_start=warm_start) as workers:
        yield from workers.each(_read_chunks(reader, batches(_chain(head, entries), chunk)))


def _chain(head: list[Pending], rest: Iterator[Pending]) -> Iterator[Pending]:
    yield from head
    yield from rest


@dataclasses.dataclass(slots=True)
class _Task:
    entries: list[Pending]
    read: list[Article | Rejected]  # what the reading stage made of the entries to process, in order
    future: Future[Reply] | None = None  # the stages over the Articles of `read`, once sent

    @property
    def articles(self) -> list[Article]:
        return [result for result in self.read if isinstance(result, Article)]

    @property
    def characters(self) -> int:
        return sum(len(article.body) + len(article.html or "") for article in self.articles)

    def done(self) -> bool:
        return not self.articles or (self.future is not None and self.future.done())


def _read_chunks(reader: Pipeline, chunks: Iterator[list[Pending]]) -> Iterator[_Task]:
    for entries in chunks:
        yield _Task(entries, [reader.read_one(raw) for raw in to_process(entries)])


class _Workers:
    """A pool of workers, replaced when one of them dies, and a pool of one that runs the documents of
    a failed chunk one at a time, with nothing else beside them: whichever kills it is the culprit.

    The first worker starts in a thread of its own: its fork server loads the models for seconds, and
    meanwhile this process reads ahead (up to READ_AHEAD_CHUNKS), which the workers then need not do."""

    def __init__(self, jobs: int, factory: PipelineFactory, *, warm_start: bool = False) -> None:
        self.jobs, self.factory = jobs, factory
        self.context = _context(warm_start)
        self.pool = self._start(jobs)
        self.solo: ProcessPoolExecutor | None = None  # started on the first failed chunk
        self.starting = threading.Thread(target=self._first_worker, name="first-worker", daemon=True)
        self.start_error: BaseException | None = None
        self.starting.start()

    def __enter__(self) -> _Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is not None and self.starting.is_alive():
            return  # Ctrl-C while the models load: the fork server ends with this process
        self.starting.join()
        for pool in (self.pool, self.solo):
            if pool is not None:
                pool.shutdown(wait=exc[0] is None, cancel_futures=True)

    def _start(self, workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers,
            mp_context=self.context,
            initializer=_start_worker,
            initargs=(self.factory, logging.getLogger().getEffectiveLevel()),
        )

    def _first_worker(self) -> None:
        """Start a worker (the pool starts one per task sent while none is idle); `submit` blocks until
        the fork server has loaded the models, and the pool cannot take another task meanwhile."""
        try:
            self.pool.submit(int).result()
        except BaseException as error:  # raised in the caller's thread by `_send`
            self.start_error = error

    def each(self, tasks: Iterator[_Task]) -> Iterator[Outcome]:
        window: deque[_Task] = deque()  # tasks in input order, read, some of them sent
        held = 0  # characters of the documents in the window
        read_all = False
        while True:
            while window and window[0].done():
                held -= window[0].characters
                yield from self._answers(window.popleft())
            self._send(window)
            if not read_all and len(window) < READ_AHEAD_CHUNKS and held < READ_AHEAD_CHARACTERS:
                task = next(tasks, None)
                read_all = task is None
                if task is not None:
                    window.append(task)
                    held += task.characters
                continue
            if not window:
                return
            self.starting.join()  # nothing left to read meanwhile: wait for the workers
            self._send(window)
            running = [t.future for t in window if t.future is not None and not t.future.done()]
            wait(running, return_when=FIRST_COMPLETED)

    def _send(self, window: deque[_Task]) -> None:
        """Send the next tasks in order while fewer than CHUNKS_PER_WORKER a worker are being run."""
        if self.starting.is_alive():
            return
        if self.start_error is not None:
            error, self.start_error = self.start_error, None
            if not isinstance(error, BrokenProcessPool):
                raise error
        running = sum(1 for task in window if task.future is not None and not task.future.done())
        for task in window:
            if running >= self.jobs * CHUNKS_PER_WORKER:
                break
            if task.future is None and task.articles:
                task.future = self._submit(task.articles)
                running += 1

    def _submit(self, articles: list[Article]) -> Future[Reply]:
        try:
            return self.pool.submit(_process, articles)
        except BrokenProcessPool:  # a worker died: the tasks it held are run again alone, later
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = self._start(self.jobs)
            return self.pool.submit(_process, articles)

    def _answers(self, task: _Task) -> Iterator[Outcome]:
        processed = iter(self._results(task))
        results = iter([next(processed) if isinstance(r, Article) else r for r in task.read])
        for item, work in task.entries:
            yield item, answer(item, work, results)

    def _results(self, task: _Task) -> list[Article | Rejected]:
        articles = task.articles
        if task.future is None:
            return []
        try:
            return _unwrapped(task.future.result())
        except BrokenProcessPool:
            log.debug("a worker died; its chunk of %d document(s) is run again one by one", len(articles))
        except DiplowatchError:
            raise
        except Exception:  # a result that could not travel back, say: find which document
            log.debug("a chunk failed in a worker; run again one by one", exc_info=True)
        return [self._alone(article) for article in articles]

    def _alone(self, article: Article) -> Article | Rejected:
        """One document alone in the solo pool: the document on which its worker dies is rejected."""
        if self.solo is None:
            self.solo = self._start(1)
        try:
            return _unwrapped(self.solo.submit(_process, [article]).result())[0]
        except BrokenProcessPool:
            self.solo.shutdown(wait=False, cancel_futures=True)
            self.solo = None
            detail = "a worker process died while processing it"
        except DiplowatchError:
            raise
        except Exception as error:
            detail = f"{type(error).__name__}: {error}"
        log.debug("%s: %s", article.source, detail)
        return Rejected(article.source, "pipeline", "internal-error", detail)


def _context(warm_start: bool) -> BaseContext:
    """Workers forked from a fork server (a clean process of one thread, never this one), which has
    built the default pipeline first when `warm_start`; spawned where there is no fork server."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    if warm_start:  # effective when the server starts: the first pool of the process
        context.set_forkserver_preload(["diplowatch.preload"])
    return context


def pipeline_for(options: Options) -> Pipeline:
    """A worker's pipeline: the one the fork server built, when the options are the same but for the day."""
    warm = sys.modules.get("diplowatch.preload")
    built = getattr(warm, "PIPELINE", None)
    if (
        isinstance(built, Pipeline)
        and dataclasses.replace(options, today=built.options.today) == built.options
    ):
        return built.on_day(options.today)
    return Pipeline(options)


# The worker side: one pipeline per process, built on its first chunk.
_PIPELINE: Pipeline | None = None
_FACTORY: PipelineFactory | None = None


def _start_worker(factory: PipelineFactory, log_level: int) -> None:
    global _FACTORY
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops the pool
    logging.basicConfig(level=log_level, format="%(message)s")  # field warnings, as the parent shows them
    _FACTORY = factory


def _process(articles: list[Article]) -> Reply:
    """The results of a chunk, or ("error", message) when the pipeline cannot be built (a missing model,
    a bad KB file): the parent raises it, as a run in one process would."""
    global _PIPELINE
    try:
        if _PIPELINE is None:
            assert _FACTORY is not None, "worker started without its initializer"
            _PIPELINE = _FACTORY()
    except DiplowatchError as error:
        return "error", str(error)
    return "ok", [_portable(result) for result in _PIPELINE.process_read(articles)]


def _portable(result: Article | Rejected) -> Article | Rejected:
    """What travels back: everything but the spaCy parses, which no later step reads."""
    return dataclasses.replace(result, parses=()) if isinstance(result, Article) else result


def _unwrapped(reply: Reply) -> list[Article | Rejected]:
    status, value = reply
    if status == "error":
        raise DiplowatchError(str(value))
    assert isinstance(value, list)
    return value
