"""Benchmark runner behind `make bench`.

Runs every bench/*.py program under ./baton and under python3 in the same run,
checks that both print the same output, and prints the median wall time of
each, the ratio baton/python3 and the geometric mean of the ratios; then the
start-up time of `-c pass` for both.

    python3 bench/run.py [--runs N] [--baton PATH] [NAME ...]
"""
import argparse
import glob
import math
import os
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed_run(argv):
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    return elapsed, proc


def median_time(argv, runs):
    times, output = [], None
    for _ in range(runs):
        elapsed, proc = timed_run(argv)
        if proc.returncode != 0:
            return None, proc.stderr.strip().splitlines()[-1:] or ["exit %d" % proc.returncode]
        times.append(elapsed)
        output = proc.stdout
    return statistics.median(times), output


def bench_programs(names):
    paths = sorted(glob.glob(os.path.join(HERE, "*.py")))
    paths = [p for p in paths if os.path.basename(p) != "run.py"]
    if names:
        paths = [p for p in paths if os.path.splitext(os.path.basename(p))[0] in names]
    return paths


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--baton", default=os.path.join(HERE, "..", "baton"))
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()

    print(f"{'benchmark':<16}{'baton s':>10}{'python3 s':>11}{'ratio':>8}  output")
    ratios, failures = [], 0
    for path in bench_programs(args.names):
        name = os.path.splitext(os.path.basename(path))[0]
        bt, bout = median_time([args.baton, path], args.runs)
        pt, pout = median_time([sys.executable, path], args.runs)
        if bt is None:
            failures += 1
            print(f"{name:<16}{'FAILED':>10}{pt:>11.3f}{'':>8}  {bout[0]}")
            continue
        same = bout == pout
        ratio = bt / pt
        ratios.append(ratio)
        print(f"{name:<16}{bt:>10.3f}{pt:>11.3f}{ratio:>8.2f}  {'same' if same else 'DIFFERENT'}")
        if not same:
            failures += 1
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<37}{geo:>8.2f}")

    startup_runs = max(10, args.runs * 5)
    bs, _ = median_time([args.baton, "-c", "pass"], startup_runs)
    ps, _ = median_time([sys.executable, "-c", "pass"], startup_runs)
    if bs is not None:
        print(f"{'start-up (ms)':<16}{bs * 1000:>10.1f}{ps * 1000:>11.1f}{bs / ps:>8.2f}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
