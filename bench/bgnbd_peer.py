"""The scipy peer of the BG/NBD fit: the log-likelihood as lifetimes writes it
(BetaGeoFitter._negative_log_likelihood: log-parameters, vectorised numpy, one row per customer
with weight 1, time scaled so that the longest T is 10) minimised by scipy's Nelder-Mead from
ones, as lifetimes' fitter did before it moved to autograd and BFGS.
Reads the CSV path (frequency,recency,T) and the number of runs from argv; prints JSON: the
parameters in the data's time unit, the log-likelihood, the best time in seconds and whether
scipy reported convergence."""
import json
import sys
import time

import numpy as np
import scipy
from scipy.optimize import minimize
from scipy.special import gammaln


def negative_log_likelihood(log_params, freq, rec, T, weights, penalizer_coef):
    params = np.exp(log_params)
    r, alpha, a, b = params

    A_1 = gammaln(r + freq) - gammaln(r) + r * np.log(alpha)
    A_2 = gammaln(a + b) + gammaln(b + freq) - gammaln(b) - gammaln(a + b + freq)
    A_3 = -(r + freq) * np.log(alpha + T)
    A_4 = np.log(a) - np.log(b + np.maximum(freq, 1) - 1) - (r + freq) * np.log(rec + alpha)

    penalizer_term = penalizer_coef * sum(params**2)
    ll = weights * (A_1 + A_2 + np.log(np.exp(A_3) + np.exp(A_4) * (freq > 0)))

    return -ll.sum() / weights.sum() + penalizer_term


def fit(freq, rec, T):
    weights = np.ones_like(rec, dtype=int)
    scale = 10.0 / np.max(T)
    result = minimize(
        negative_log_likelihood,
        x0=np.ones(4),
        args=(freq, rec * scale, T * scale, weights, 0.0),
        method="Nelder-Mead",
        tol=1e-7,
    )
    params = np.exp(result.x)
    params[1] /= scale
    return params, result


path, runs = sys.argv[1], int(sys.argv[2])
data = np.loadtxt(path, delimiter=",", skiprows=1, ndmin=2)
freq, rec, T = data[:, 0].astype(int), data[:, 1], data[:, 2]
best = float("inf")
for _ in range(runs):
    started = time.perf_counter()
    params, result = fit(freq, rec, T)
    best = min(best, time.perf_counter() - started)
weights = np.ones_like(rec, dtype=int)
log_likelihood = -negative_log_likelihood(np.log(params), freq, rec, T, weights, 0.0) * len(freq)
print(
    json.dumps(
        {
            "r": params[0],
            "alpha": params[1],
            "a": params[2],
            "b": params[3],
            "logLikelihood": log_likelihood,
            "seconds": best,
            "converged": bool(result.success),
            "evaluations": int(result.nfev),
            "customers": len(freq),
            "version": scipy.__version__,
        }
    )
)
