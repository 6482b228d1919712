"""The scikit-learn peer of the customer clusters: KMeans with k-means++ starts, Lloyd's algorithm
and n_init restarts on the points the bench wrote (one row of standardised features per
customer), on a given number of threads (threadpoolctl). Two tasks are timed, each the best of
the runs: the fit of one k, and the choice of k among candidates by the silhouette score on a
sample of 3,000 customers (silhouette_score(sample_size=3000)), the smaller k winning ties.
Reads the CSV path, k, the comma-separated candidates for k (or "-" not to time the choice),
n_init, seed, threads and runs from argv; prints JSON: the fit's time in seconds and inertia, and
the choice's time, k, silhouette and the inertia of every candidate."""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import silhouette_score
from threadpoolctl import threadpool_limits

SILHOUETTE_SAMPLE_SIZE = 3000

path, k, candidates, n_init, seed, threads, runs = (
    sys.argv[1],
    int(sys.argv[2]),
    [int(candidate) for candidate in sys.argv[3].split(",") if candidate != "-"],
    int(sys.argv[4]),
    int(sys.argv[5]),
    int(sys.argv[6]),
    int(sys.argv[7]),
)
points = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)


def fit(clusters):
    model = KMeans(
        n_clusters=clusters, init="k-means++", n_init=n_init, algorithm="lloyd", random_state=seed
    )
    return model.fit(points)


def choose_k():
    scores, inertias = {}, {}
    for candidate in candidates:
        model = fit(candidate)
        inertias[candidate] = float(model.inertia_)
        scores[candidate] = silhouette_score(
            points, model.labels_, sample_size=SILHOUETTE_SAMPLE_SIZE, random_state=seed
        )
    chosen = max(scores, key=scores.get)
    return {"k": chosen, "silhouette": float(scores[chosen]), "inertias": inertias}


def best_time(task):
    fastest = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        result = task()
        fastest = min(fastest, time.perf_counter() - started)
    return fastest, result


with threadpool_limits(limits=threads):
    fit_seconds, model = best_time(lambda: fit(k))
    choice = None
    if candidates:
        choice_seconds, choice = best_time(choose_k)
        choice["seconds"] = choice_seconds
print(
    json.dumps(
        {
            "fit": {"seconds": fit_seconds, "inertia": float(model.inertia_)},
            "choice": choice,
            "customers": len(points),
            "version": sklearn.__version__,
        }
    )
)
