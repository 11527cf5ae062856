# gil.stats() reports the hand-off latency: from a waiter's drop request to
# the next take of the lock. Two CPU-bound threads under the interval policy
# force hand-offs; the figures are counted, ordered and reset.
# baton only (the gil module is baton's).
import gil
import sys
import threading


def spin(n):
    while n > 0:
        n -= 1


sys.setswitchinterval(0.001)
gil.set_policy("interval")
gil.reset_stats()
threads = [threading.Thread(target=spin, args=(400000,)) for _ in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
s = gil.stats()
print("hand-offs counted:", s["handoffs"] > 0, s["handoffs"] <= s["drop_requests"])
print("p50 <= p99:", 0 < s["handoff_p50_ns"] <= s["handoff_p99_ns"])
gil.reset_stats()
s = gil.stats()
print("after reset:", s["handoffs"], s["handoff_p50_ns"], s["handoff_p99_ns"])
# expect: hand-offs counted: True True
# expect: p50 <= p99: True
# expect: after reset: 0 0 0
