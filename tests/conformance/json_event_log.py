# A log of JSON events, one per line, some malformed: parse each with its
# error reported as CPython does, turn records into objects with an
# object_hook, aggregate, and write a report with a custom encoder.
import json


class Event:
    def __init__(self, kind, user, amount, tags):
        self.kind, self.user, self.amount, self.tags = kind, user, amount, tags

    def __repr__(self):
        return f"Event({self.kind!r}, {self.user!r}, {self.amount!r})"


class Summary:
    def __init__(self, user):
        self.user = user
        self.count = 0
        self.total = 0
        self.kinds = set()

    def add(self, event):
        self.count += 1
        self.total += event.amount
        self.kinds.add(event.kind)


def as_event(obj):
    if "kind" in obj and "user" in obj:
        return Event(obj["kind"], obj["user"], obj.get("amount", 0), obj.get("tags", []))
    return obj


class ReportEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Summary):
            return {"user": o.user, "count": o.count, "total": o.total, "kinds": o.kinds}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Event):
            return [o.kind, o.user, o.amount]
        return super().default(o)


LOG = [
    '{"kind": "deposit", "user": "ann", "amount": 120, "tags": ["web"]}',
    '{"kind": "withdraw", "user": "bob", "amount": 35.5}',
    '{"kind": "deposit", "user": "bob", "amount": 1e2, "tags": []}',
    '{"kind": "deposit", "user": "ann", "amount": 12345678901234567890}',
    '{"kind": "deposit" "user": "cy"}',
    '{"kind": "fee", "user": "ann", "amount": -2.25, "tags": ["auto", "monthly"]}',
    '[1, 2,',
    '{"kind": "deposit", "user": "d\\u00e9sir\\u00e9e", "amount": 7}',
    '{"kind": "deposit", "user": "eve", "amount": 3} trailing',
    '',
    '{"kind": "refund", "user": "bob", "amount": 0.1, "note": "caf\\u00e9 \\ud83d\\ude00"}',
    "{'kind': 'deposit'}",
    '{"kind": "withdraw", "user": "ann", "amount": NaN}',
    '{"kind": "withdraw", "user": "cy", "amount": 5, "tags": ["x",]}',
]

events, errors = [], []
for lineno, line in enumerate(LOG, 1):
    try:
        events.append(json.loads(line, object_hook=as_event))
    except json.JSONDecodeError as e:
        errors.append((lineno, e.msg, e.pos, e.colno))
        print(f"line {lineno}: {e}")

print(len(events), "events,", len(errors), "errors")
print(errors)
summaries = {}
for ev in events:
    if ev.amount != ev.amount:
        print("skipping NaN amount for", ev.user)
        continue
    summaries.setdefault(ev.user, Summary(ev.user)).add(ev)

report = {
    "users": [summaries[u] for u in sorted(summaries)],
    "largest": max(events, key=lambda e: e.amount if e.amount == e.amount else 0),
    "kinds": {ev.kind for ev in events},
    "errors": {str(lineno): msg for lineno, msg, pos, col in errors},
}
print(json.dumps(report, cls=ReportEncoder, sort_keys=True))
print(json.dumps(report, cls=ReportEncoder, indent=2, ensure_ascii=False))
back = json.loads(json.dumps(report, cls=ReportEncoder))
print(back["largest"], back["users"][0])
print(json.dumps(back, allow_nan=False, sort_keys=True)[:120])
try:
    json.dumps({"bad": float("nan")}, allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps(report)
except TypeError as e:
    print("TypeError:", e)
