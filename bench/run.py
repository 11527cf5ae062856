"""Benchmark runner behind `make bench`.

Runs every bench/*.py program under ./baton and under python3 in the same run,
checks that both print the same output, and prints the median wall time of
each, the ratio baton/python3 and the geometric mean of the ratios (also of
the CPU times, which a busy machine disturbs less than wall time); then the
start-up time of `-c pass` for both. Then issue 3's GIL benchmarks
(gil_*.py and with_idle_thread.py), under each of baton's policies and python3.

    python3 bench/run.py [--runs N] [--baton PATH] [--no-gil] [NAME ...]
"""
import argparse
import glob
import math
import os
import resource
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))


# CPU seconds (user + system) and page faults of the last child timed_run
# waited for.
last_cpu = 0.0
last_faults = 0


def timed_run(argv):
    global last_cpu, last_faults
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run(argv, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    last_cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    last_faults = after.ru_minflt - before.ru_minflt
    return elapsed, proc


def median_times_alternating(argvs, runs):
    """median_time for several programs whose runs take turns (a, b, a, b,
    ...), so that a machine whose speed drifts (a shared virtual machine)
    slows every program alike instead of whichever ran during the slow
    spell. Returns one (median wall time, output, median CPU time, page
    faults of its last run) per program; (None, error lines, None, None)
    for one that failed."""
    times = [[] for _ in argvs]
    cpus = [[] for _ in argvs]
    outputs = [None for _ in argvs]
    faults = [None for _ in argvs]
    failed = [None for _ in argvs]
    for _ in range(runs):
        for i, argv in enumerate(argvs):
            if failed[i] is not None:
                continue
            elapsed, proc = timed_run(argv)
            if proc.returncode != 0:
                failed[i] = proc.stderr.strip().splitlines()[-1:] or ["exit %d" % proc.returncode]
                continue
            times[i].append(elapsed)
            cpus[i].append(last_cpu)
            faults[i] = last_faults
            outputs[i] = proc.stdout
    return [(None, failed[i], None, None) if failed[i] is not None
            else (statistics.median(times[i]), outputs[i], statistics.median(cpus[i]), faults[i])
            for i in range(len(argvs))]


# Not single-thread benchmarks: the runner, the GIL programs and the wrapper
# that runs a benchmark beside an idle thread (see gil_section).
NOT_SINGLE = ("run.py", "with_idle_thread.py")


def startup_section(args):
    """Start-up of `-c pass`: the median wall time, the same less the median
    for /bin/true (what starting any process costs on this machine), and
    the page faults of one run: on a virtual machine each costs several
    microseconds, and they are most of what a start-up costs there."""
    runs = max(20, args.runs * 10)
    rows = median_times_alternating(
        [[args.baton, "-c", "pass"], [sys.executable, "-c", "pass"], ["/bin/true"]], runs)
    (bs, _, _, bf), (ps, _, _, pf), (floor, _, _, ff) = rows
    if bs is None or ps is None or floor is None:
        print("start-up: a command failed")
        return
    print(f"{'start-up (ms)':<16}{bs * 1000:>10.2f}{ps * 1000:>11.2f}{bs / ps:>8.2f}")
    print(f"{'  less spawn':<16}{(bs - floor) * 1000:>10.2f}{(ps - floor) * 1000:>11.2f}"
          f"{'':>8}  (minus /bin/true's {floor * 1000:.2f} ms: the process start itself)")
    print(f"{'  page faults':<16}{bf:>10}{pf:>11}{'':>8}  (/bin/true: {ff})")


def bench_programs(names):
    paths = sorted(glob.glob(os.path.join(HERE, "*.py")))
    paths = [p for p in paths
             if os.path.basename(p) not in NOT_SINGLE and not os.path.basename(p).startswith("gil_")]
    if names:
        paths = [p for p in paths if os.path.splitext(os.path.basename(p))[0] in names]
    return paths


def run_fields(argv, runs):
    """Runs a GIL program `runs` times and returns, for each number it prints
    (the word after each label), the median over the runs, in print order;
    or None and the last line of stderr on failure."""
    rows = []
    for _ in range(runs):
        proc = subprocess.run(argv, capture_output=True, text=True)
        if proc.returncode != 0:
            return None, (proc.stderr.strip().splitlines() or ["exit %d" % proc.returncode])[-1]
        rows.append([float(w) for w in proc.stdout.split()[1::2]])
    return [statistics.median(col) for col in zip(*rows)], None


def gil_handoff(baton, policy):
    """gil.stats()'s hand-off latency (drop request set -> waiter running) in
    microseconds, p50 and p99, measured inside baton over a two-thread run."""
    code = ("import gil, threading\n"
            "def spin(n):\n"
            "    while n > 0:\n"
            "        n -= 1\n"
            "ts = [threading.Thread(target=spin, args=(10000000,)) for _ in range(2)]\n"
            "gil.reset_stats()\n"
            "[t.start() for t in ts]\n"
            "[t.join() for t in ts]\n"
            "s = gil.stats()\n"
            "print(s.get('handoff_p50_ns', -1000), s.get('handoff_p99_ns', -1000), s.get('handoffs', 0))\n")
    proc = subprocess.run([baton, "-X", "gil=" + policy, "-c", code], capture_output=True, text=True)
    if proc.returncode != 0:
        return None
    p50, p99, n = proc.stdout.split()
    return float(p50) / 1000.0, float(p99) / 1000.0, int(n)


def idle_thread_times(baton, path, runs):
    """Best CPU times of `path` run through bench/with_idle_thread.py without
    and with the idle thread; the two kinds alternate, and which goes first
    alternates too, so that a busy machine's slow spells hit both alike."""
    wrapper = os.path.join(HERE, "with_idle_thread.py")
    kinds = [([baton, wrapper, "--no-idle", path], []), ([baton, wrapper, path], [])]
    for i in range(runs):
        for argv, times in (kinds if i % 2 == 0 else kinds[::-1]):
            _, proc = timed_run(argv)
            if proc.returncode != 0:
                return None, None
            times.append(last_cpu)
    return min(kinds[0][1]), min(kinds[1][1])


def gil_section(args, single):
    """Issue 3's GIL benchmarks, baton under each policy beside python3."""
    policies = ["interval", "ticks", "fifo"]
    runners = [("baton " + p, [args.baton, "-X", "gil=" + p]) for p in policies]
    runners.append(("python3", [sys.executable]))
    countdown = os.path.join(HERE, "gil_countdown.py")
    latency = os.path.join(HERE, "gil_latency.py")

    print()
    print("GIL: two CPU-bound threads vs twice sequentially (target <= 1.02 under interval)")
    print(f"{'':<16}{'seq s':>10}{'threads s':>11}{'ratio':>8}{'cpu ratio':>11}")
    for label, argv in runners:
        vals, err = run_fields(argv + [countdown], args.runs)
        if vals is None:
            print(f"{label:<16}{'FAILED':>10}  {err}")
            continue
        print(f"{label:<16}{vals[0]:>10.3f}{vals[1]:>11.3f}{vals[2]:>8.3f}{vals[3]:>11.3f}")

    print()
    print("GIL: lateness of a 1 ms sleep, ms (alone; beside a CPU-bound thread)")
    print(f"{'':<16}{'idle p50':>10}{'idle p99':>10}{'busy p50':>10}{'busy p99':>10}")
    for label, argv in runners:
        vals, err = run_fields(argv + [latency], args.runs)
        if vals is None:
            print(f"{label:<16}{'FAILED':>10}  {err}")
            continue
        print(f"{label:<16}" + "".join(f"{v:>10.3f}" for v in vals))

    print()
    print("GIL: hand-off latency, drop request -> waiter running, us (target p50 <= 100)")
    for p in policies:
        h = gil_handoff(args.baton, p)
        if h is None or h[2] == 0:
            why = "ticks sets no drop requests" if p == "ticks" else "no samples in gil.stats()"
            print(f"{'baton ' + p:<16}{'n/a':>10}  ({why})")
        else:
            print(f"{'baton ' + p:<16}{'p50':>6}{h[0]:>9.1f}{'p99':>6}{h[1]:>9.1f}  ({h[2]} hand-offs)")

    print()
    print("GIL: single-thread cost of a second, idle thread (target <= 2%)")
    # Run times on this kind of machine are bimodal (some runs take twice as
    # long, with or without the thread), so take the best of more runs.
    idle_runs = max(7, args.runs)
    print(f"{'benchmark':<16}{'alone s':>10}{'+idle s':>10}{'diff':>8}  (CPU time, best of {idle_runs} runs)")
    diffs = []
    for path in single:
        name = os.path.splitext(os.path.basename(path))[0]
        alone, idle = idle_thread_times(args.baton, path, idle_runs)
        if alone is None or idle is None:
            print(f"{name:<16}{'FAILED':>10}")
            continue
        diffs.append(idle / alone)
        print(f"{name:<16}{alone:>10.3f}{idle:>10.3f}{(idle / alone - 1) * 100:>7.1f}%")
    if diffs:
        geo = math.exp(sum(math.log(r) for r in diffs) / len(diffs))
        print(f"{'geometric mean':<36}{(geo - 1) * 100:>7.1f}%")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--baton", default=os.path.join(HERE, "..", "baton"))
    ap.add_argument("--no-gil", action="store_true", help="skip the GIL benchmarks")
    ap.add_argument("names", nargs="*")
    args = ap.parse_args()

    print(f"{'benchmark':<16}{'baton s':>10}{'python3 s':>11}{'ratio':>8}{'cpu ratio':>11}  output")
    ratios, cpu_ratios, failures = [], [], 0
    for path in bench_programs(args.names):
        name = os.path.splitext(os.path.basename(path))[0]
        (bt, bout, bc, _), (pt, pout, pc, _) = median_times_alternating(
            [[args.baton, path], [sys.executable, path]], args.runs)
        bcpu, pcpu = ([bc], [pc]) if bc is not None and pc is not None else ([], [])
        if bt is None:
            failures += 1
            print(f"{name:<16}{'FAILED':>10}{pt:>11.3f}{'':>8}  {bout[0]}")
            continue
        same = bout == pout
        ratio = bt / pt
        ratios.append(ratio)
        cpu_ratio = bcpu[0] / pcpu[0] if bcpu and pcpu and pcpu[0] > 0 else float("nan")
        cpu_ratios.append(cpu_ratio)
        print(f"{name:<16}{bt:>10.3f}{pt:>11.3f}{ratio:>8.2f}{cpu_ratio:>11.2f}  {'same' if same else 'DIFFERENT'}")
        if not same:
            failures += 1
    if ratios:
        geo = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        cgeo = math.exp(sum(math.log(r) for r in cpu_ratios) / len(cpu_ratios))
        print(f"{'geometric mean':<37}{geo:>8.2f}{cgeo:>11.2f}")

    startup_section(args)
    if not args.no_gil:
        gil_section(args, bench_programs(args.names))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
