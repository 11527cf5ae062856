# The gil module's trace and timeline API, and the shape of gil.stats().
# baton only (the gil module is baton's).
import gil
import os
import threading


def spin(n):
    while n > 0:
        n -= 1


print(gil.timeline().startswith("GIL timeline: nothing recorded"))
gil.trace_start()
spin(50000)   # the main thread holds the lock for a good part of the trace
ts = [threading.Thread(target=spin, args=(50000,), name=f"tr-{k}") for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
chart = gil.timeline(40)
path = f"/tmp/baton_gil_trace_{os.getpid()}.json"
gil.trace_stop(path)
lines = chart.splitlines()
print(lines[0].startswith("GIL timeline over "), len(lines))
rows = sorted(line[:14].strip() for line in lines[1:])
print(rows)
print(all(len(line) == 14 + 2 + 40 + 1 for line in lines[1:]), all("#" in line for line in lines[1:]))
with open(path) as f:
    text = f.read()
os.remove(path)
print(text.startswith('{"displayTimeUnit": "ms", "traceEvents": ['), text.endswith("]}\n"))
print('"args": {"name": "tr-0"}' in text, '"args": {"name": "tr-1"}' in text)
print(text.count('"ph": "B"') >= 3, '"truncated": false' in text)
for bad in (5, 2000):
    try:
        gil.timeline(bad)
    except ValueError as e:
        print(e)
try:
    gil.trace_stop("/nonexistent-dir/x.json")
except OSError as e:
    print(type(e).__name__, e.errno == 2)

s = gil.stats()
print(sorted(k for k in s if k != "threads"))
print(sorted(s["threads"][0]))
me = [r for r in s["threads"] if r["ident"] == threading.get_ident()]
print(len(me), me[0]["name"], me[0]["acquisitions"] >= 1)
gil.reset_stats()
s = gil.stats()
print(s["acquisitions"], s["switches"], s["contended"], [r["name"] for r in s["threads"]])
# expect: True
# expect: True 4
# expect: ['MainThread', 'tr-0', 'tr-1']
# expect: True True
# expect: True True
# expect: True True
# expect: True True
# expect: timeline width must be between 10 and 1000
# expect: timeline width must be between 10 and 1000
# expect: FileNotFoundError True
# expect: ['acquisitions', 'contended', 'drop_requests', 'forced_switches', 'handoff_p50_ns', 'handoff_p99_ns', 'handoffs', 'hold_ns', 'policy', 'switches', 'wait_ns']
# expect: ['acquisitions', 'contended', 'hold_ns', 'ident', 'longest_wait_ns', 'name', 'wait_ns']
# expect: 1 MainThread True
# expect: 0 0 0 ['MainThread']
