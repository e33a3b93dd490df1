"""analyze on Dask collections: a lazy Dask DataFrame, identical to the pandas result row by row,
computed on a LocalCluster with two worker processes."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

import framing as fr

dd = pytest.importorskip("dask.dataframe")
db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


@pytest.fixture(scope="module")
def frame():
    docs = fr.load_sample()
    return pd.DataFrame({"id": [d.id for d in docs], "text": [d.text for d in docs],
                         "outlet": [d.outlet for d in docs], "date": [d.date.isoformat() for d in docs],
                         "genre": [d.meta["genre"] for d in docs]})


def assert_same(got: pd.DataFrame, want: pd.DataFrame) -> None:
    assert list(got.index) == list(want.index)
    assert list(got.columns) == list(want.columns)
    for col in want.columns:
        a, b = got[col], want[col]
        if pd.api.types.is_numeric_dtype(b) or pd.api.types.is_numeric_dtype(a):
            assert np.allclose(a.astype(float), b.astype(float), equal_nan=True), col
        else:
            assert [None if pd.isna(x) else str(x) for x in a] == [None if pd.isna(x) else str(x) for x in b], col


def test_dask_dataframe_on_a_local_cluster(client, frame):
    lazy = fr.analyze(dd.from_pandas(frame, npartitions=4))
    assert type(lazy).__module__.startswith("dask")  # nothing computed yet
    assert list(lazy.columns) == list(fr.analyze(frame.head(2)).columns)
    got = lazy.compute()
    assert_same(got, fr.analyze(frame))


def test_dask_bag_of_dicts(client, frame):
    bag = db.from_sequence(frame.to_dict("records"), npartitions=3)
    assert_same(fr.analyze(bag).compute(), fr.analyze(frame))


def test_dask_bag_of_strings_gets_partition_ids(client, frame):
    bag = db.from_sequence(list(frame["text"][:6]), npartitions=2)
    got = fr.analyze(bag, indicators=["text"]).compute()
    assert list(got.index) == ["0:0", "0:1", "0:2", "1:0", "1:1", "1:2"]
    assert list(got["n_tokens"]) == list(fr.analyze(list(frame["text"][:6]), indicators=["text"])["n_tokens"])


def test_dask_bag_of_dicts_without_ids_gets_unique_ids(client):
    bag = db.from_sequence([{"text": "Un."}, {"text": "Deux."}, {"text": "Trois."}], npartitions=2)
    got = fr.analyze(bag, indicators=["text"]).compute()
    assert len(set(got.index)) == 3


def test_dask_output_has_no_stale_divisions(client, frame):
    lazy = fr.analyze(dd.from_pandas(frame[["id", "text"]].head(6).reset_index(drop=True), npartitions=2),
                      indicators=["text"])
    assert not lazy.known_divisions
