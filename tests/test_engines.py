"""The engines: a process pool and a Dask cluster give the same chronology as one process."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from chrono.engines import DaskEngine, LocalEngine, chunks
from chrono.pipeline import build_chronology

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
from newsgen import NewsGenerator
from same_chronology import differences, without_generator


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """60 generated articles: more than one chunk, so that the work is really spread."""
    path = tmp_path_factory.mktemp("engines") / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for record in NewsGenerator(seed=3).articles(60):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


@pytest.fixture(scope="module")
def one_process(corpus: Path) -> dict:
    return build_chronology([corpus], engine=LocalEngine(1))


def test_chunks_keep_every_item_in_order():
    assert [x for part in chunks(list(range(40)), 16) for x in part] == list(range(40))
    assert [len(part) for part in chunks(list(range(40)), 16)] == [16, 16, 8]


def test_a_process_pool_gives_the_same_chronology(corpus: Path, one_process: dict):
    engine = LocalEngine(2)
    try:
        pooled = build_chronology([corpus], engine=engine)
    finally:
        engine.close()
    assert one_process["events"], "the corpus makes events"
    assert differences(without_generator(one_process), without_generator(pooled)) == []


def test_dask_local_cluster_with_two_workers_gives_the_same_chronology(corpus: Path, one_process: dict):
    engine = DaskEngine(jobs=2)
    try:
        assert len(engine.client.scheduler_info()["workers"]) == 2
        on_dask = build_chronology([corpus], engine=engine)
    finally:
        engine.close()
    assert differences(without_generator(one_process), without_generator(on_dask)) == []
