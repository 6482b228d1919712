"""The pandas peer of RFM_TABLE: group a transaction log by customer and score R, F and M at
type-7 quintiles (pandas' default linear quantile), timing the aggregate and score phases.
Reads CSV path, as-of date and number of runs from argv; prints as JSON, in seconds, the first,
median and best run of aggregate + score, and the best of each phase. Customer ids are read as
pandas infers them: whole numbers as int64, ids such as C000123 as text."""
import json
import sys
import time

import numpy as np
import pandas as pd

path, as_of, runs = sys.argv[1], pd.Timestamp(sys.argv[2]), int(sys.argv[3])
log = pd.read_csv(path, parse_dates=["date"], dtype={"order": str})
best = {"aggregate": float("inf"), "score": float("inf")}
totals = []
for _ in range(runs):
    started = time.perf_counter()
    purchases = log[log["amount"] > 0]
    by_customer = pd.DataFrame({
        "last": purchases.groupby("customer")["date"].max(),
        "frequency": purchases.groupby("customer")["order"].nunique(),
        "monetary": log.groupby("customer")["amount"].sum(),
    })
    by_customer["frequency"] = by_customer["frequency"].fillna(0)
    aggregated = time.perf_counter()
    recency = (as_of - by_customer["last"].dt.normalize()).dt.days
    scores = {}
    for name, values, lower_is_better in (
        ("R", recency, True), ("F", by_customer["frequency"], False), ("M", by_customer["monetary"], False)
    ):
        breaks = values.quantile([0.2, 0.4, 0.6, 0.8]).to_numpy()
        array = values.to_numpy()
        if lower_is_better:
            scores[name] = 1 + (len(breaks) - np.searchsorted(breaks, array, side="right"))
        else:
            scores[name] = 1 + np.searchsorted(breaks, array, side="left")
    by_customer["code"] = 100 * scores["R"] + 10 * scores["F"] + scores["M"]
    scored = time.perf_counter()
    best["aggregate"] = min(best["aggregate"], aggregated - started)
    best["score"] = min(best["score"], scored - aggregated)
    totals.append(scored - started)
best["first"] = totals[0]
best["median"] = sorted(totals)[len(totals) // 2]
best["best"] = min(totals)
best["customers"] = len(by_customer)
best["version"] = pd.__version__
print(json.dumps(best))
