# KeyError's message is the repr of the key.
d = {"a": 1}
print(d["a"])  # expect: 1
print(d["b"])
# expect error: KeyError: 'b'
