# an uncaught KeyError shows the key's repr
d = {"a": 1}
print(d["a"])  # expect: 1
print(d.get("b"))  # expect: None
d["b"]
# expect error: KeyError: 'b'
