# Each GIL policy, selected at run time with gil.set_policy, runs two
# CPU-bound threads to completion; gil.stats() shows what happened.
# baton only (the gil module is baton's).
import gil
import sys
import threading


def spin(n, out, k):
    total = 0
    while n > 0:
        total += n
        n -= 1
    out[k] = total


def run_two(n):
    out = [None, None]
    ts = [threading.Thread(target=spin, args=(n, out, k), name=f"cpu{k}") for k in range(2)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return out


def rows(stats):
    return {r["name"]: r for r in stats["threads"]}


N = 300000
expect = N * (N + 1) // 2
sys.setswitchinterval(0.001)
for policy in ["interval", "ticks", "fifo"]:
    gil.set_policy(policy)
    gil.reset_stats()
    out = run_two(N)
    s = gil.stats()
    r = rows(s)
    print(policy, gil.policy(), s["policy"], out == [expect, expect])
    consistent = (s["contended"] <= s["acquisitions"] and s["switches"] <= s["acquisitions"]
                  and s["forced_switches"] <= s["switches"]
                  and sum(t["acquisitions"] for t in s["threads"]) == s["acquisitions"]
                  and sum(t["hold_ns"] for t in s["threads"]) == s["hold_ns"]
                  and all(t["longest_wait_ns"] <= t["wait_ns"] for t in s["threads"]))
    print("  consistent:", consistent)
    print("  both threads held the GIL:", r["cpu0"]["hold_ns"] > 0 and r["cpu1"]["hold_ns"] > 0)
    if policy == "interval":
        print("  switches happen:", s["switches"] >= 2, "forced:", s["forced_switches"] > 0,
              "drop requests:", s["drop_requests"] > 0)
    if policy == "fifo":
        print("  switches happen:", s["switches"] >= 2)

gil.set_policy("interval")
try:
    gil.set_policy("lottery")
except ValueError as e:
    print(e)
print(gil.policy())
# expect: interval interval interval True
# expect:   consistent: True
# expect:   both threads held the GIL: True
# expect:   switches happen: True forced: True drop requests: True
# expect: ticks ticks ticks True
# expect:   consistent: True
# expect:   both threads held the GIL: True
# expect: fifo fifo fifo True
# expect:   consistent: True
# expect:   both threads held the GIL: True
# expect:   switches happen: True
# expect: unknown GIL policy 'lottery' (expected 'interval', 'ticks' or 'fifo')
# expect: interval
