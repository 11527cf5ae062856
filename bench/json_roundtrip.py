# json: dumps and loads of a ~1 MB document (nested records with strings,
# ints, floats, booleans, nulls and non-ASCII text), both ways, several times.
import json


def records(n):
    out = []
    x = 987654321
    for i in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        out.append({
            "id": i,
            "name": "user%d" % (x % 100000),
            "score": (x % 100000) / 7.0,
            "active": x % 3 == 0,
            "manager": None if x % 5 else i // 2,
            "tags": ["t%d" % (x % 11), "g%d" % (x % 17), "caf\u00e9"],
            "address": {"city": "City %d" % (x % 97), "zip": "%05d" % (x % 99999), "geo": [x % 180 - 90.5, x % 360 - 180.25]},
        })
    return {"version": 3, "records": out}


doc = records(4500)
total = 0
for _ in range(5):
    text = json.dumps(doc)
    back = json.loads(text)
    total += len(text) + len(back["records"])
pretty = json.dumps(doc, indent=2, sort_keys=True)
compact = json.dumps(json.loads(pretty), separators=(",", ":"), ensure_ascii=False)
print(len(text), total, len(pretty), len(compact), back == doc)
