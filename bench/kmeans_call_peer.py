"""The scikit-learn peer of a CUSTOMER_CLUSTER(recency, frequency, monetary, k) call: from each
customer's raw measures (the CSV the bench wrote: recencyDays, frequency, monetary) to a cluster
per customer, features included: log(1 + value), z-scores (population standard deviation, 0 on
a measure without spread), then KMeans(n_clusters=k, n_init=10, k-means++, Lloyd) and its labels.
Reads the CSV path, k, n_init, seed, threads (threadpoolctl) and runs from argv; prints JSON: the
first, median and best run in seconds, the inertia and the version."""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from threadpoolctl import threadpool_limits

path, k, n_init, seed, threads, runs = (
    sys.argv[1],
    int(sys.argv[2]),
    int(sys.argv[3]),
    int(sys.argv[4]),
    int(sys.argv[5]),
    int(sys.argv[6]),
)
measures = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)


def cluster():
    logs = np.log1p(measures)
    spread = logs.std(axis=0)
    features = np.where(spread > 0, (logs - logs.mean(axis=0)) / np.where(spread > 0, spread, 1), 0)
    model = KMeans(
        n_clusters=k, init="k-means++", n_init=n_init, algorithm="lloyd", random_state=seed
    ).fit(features)
    return model


times = []
with threadpool_limits(limits=threads):
    for _ in range(runs):
        started = time.perf_counter()
        model = cluster()
        labels = model.labels_
        times.append(time.perf_counter() - started)
print(
    json.dumps(
        {
            "first": times[0],
            "median": sorted(times)[len(times) // 2],
            "best": min(times),
            "inertia": float(model.inertia_),
            "customers": len(labels),
            "version": sklearn.__version__,
        }
    )
)
