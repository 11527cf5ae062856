# Dictionaries: nested data, comprehensions, views, setdefault, merging.
inventory = {
    "apples": {"price": 0.5, "qty": 120, "tags": ["fruit", "red"]},
    "bread": {"price": 2.25, "qty": 30, "tags": ["bakery"]},
    "cheese": {"price": 7.5, "qty": 12, "tags": ["dairy"]},
    "milk": {"price": 1.1, "qty": 45, "tags": ["dairy", "cold"]},
}
value = {name: round(item["price"] * item["qty"], 2) for name, item in inventory.items()}
print(value)
print(sum(value.values()), max(value, key=value.get), min(value.items(), key=lambda kv: kv[1]))
by_tag = {}
for name, item in inventory.items():
    for tag in item["tags"]:
        by_tag.setdefault(tag, []).append(name)
print(dict(sorted(by_tag.items())))
restock = {"bread": 20, "eggs": 60}
for name, qty in restock.items():
    inventory.setdefault(name, {"price": 0.3, "qty": 0, "tags": []})["qty"] += qty
print({k: v["qty"] for k, v in inventory.items()})
print(list(inventory.keys())[-1], len(inventory), "eggs" in inventory, "fish" in inventory)
removed = inventory.pop("cheese")
print(removed["price"], inventory.pop("fish", "no fish"), len(inventory))
defaults = {"currency": "EUR", "tax": 0.2}
overrides = {"tax": 0.07, "locale": "de"}
print(defaults | overrides, {**overrides, **defaults})
merged = dict(defaults)
merged.update(overrides, rounding=2)
print(merged)
print(dict(zip("abc", range(3))), dict.fromkeys(["x", "y"], 0), dict([("k", "v")]))
counts = {}
for ch in "mississippi":
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
keys = counts.keys()
counts["z"] = 9
print(keys, list(counts.values()), ("s", 4) in counts.items())
print(counts.popitem(), counts)
try:
    counts["q"]
except KeyError as e:
    print("KeyError", e)
