# json.dumps: every JSON type, CPython's float and int text, separators,
# indent (int, str, 0), sort_keys, skipkeys, allow_nan, key conversion.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))  # expect: null true false
print(json.dumps(0), json.dumps(-7), json.dumps(2**62), json.dumps(-2**62 - 1), json.dumps(10**40))  # expect: 0 -7 4611686018427387904 -4611686018427387905 10000000000000000000000000000000000000000
print(json.dumps(0.1), json.dumps(1e16), json.dumps(-0.0), json.dumps(1e-7), json.dumps(123456789.125))  # expect: 0.1 1e+16 -0.0 1e-07 123456789.125
print(json.dumps(float("nan")), json.dumps(float("inf")), json.dumps(-float("inf")))  # expect: NaN Infinity -Infinity
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))  # expect: [] {} [] [[]] [{}]
print(json.dumps((1, "two", [3.0, (4,)])))  # expect: [1, "two", [3.0, [4]]]
print(json.dumps({"a": 1, "b": [True, None]}))  # expect: {"a": 1, "b": [true, null]}
print(json.dumps({1: "int", 2.5: "float", True: "t", False: "f", None: "n", "s": "str"}))  # expect: {"1": "t", "2.5": "float", "false": "f", "null": "n", "s": "str"}
print(json.dumps({10**20: 1, -3: 2, float("inf"): 3, float("nan"): 4}))  # expect: {"100000000000000000000": 1, "-3": 2, "Infinity": 3, "NaN": 4}
print(json.dumps([1, 2], separators=(",", ":")), json.dumps({"a": 1, "b": 2}, separators=(";", "=")))  # expect: [1,2] {"a"=1;"b"=2}
print(json.dumps({"x": [1, 2]}, indent=0) == '{\n"x": [\n1,\n2\n]\n}')  # expect: True
print(repr(json.dumps({"x": [1, {"y": []}], "z": {}}, indent=2)))  # expect: '{\n  "x": [\n    1,\n    {\n      "y": []\n    }\n  ],\n  "z": {}\n}'
print(repr(json.dumps([1, [2, 3]], indent="\t")))  # expect: '[\n\t1,\n\t[\n\t\t2,\n\t\t3\n\t]\n]'
print(repr(json.dumps([1, 2], indent=2, separators=(", ", ": "))))  # expect: '[\n  1, \n  2\n]'
print(repr(json.dumps({}, indent=4)), repr(json.dumps([], indent=4)), repr(json.dumps(5, indent=4)))  # expect: '{}' '[]' '5'
print(json.dumps({"b": 1, "a": 2, "c": {"z": 0, "y": 1}}, sort_keys=True))  # expect: {"a": 2, "b": 1, "c": {"y": 1, "z": 0}}
print(json.dumps({3: "c", 1: "a", 2: "b"}, sort_keys=True))  # expect: {"1": "a", "2": "b", "3": "c"}
try:
    json.dumps({1: "a", "b": 2}, sort_keys=True)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
print(json.dumps({(1, 2): "tuple key", "ok": 1, frozenset(): 2}, skipkeys=True))  # expect: {"ok": 1}
print(repr(json.dumps({(1, 2): 1}, skipkeys=True, indent=2)))  # expect: '{\n  \n}'
try:
    json.dumps({(1, 2): "tuple key"})
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: keys must be str, int, float, bool or None, not tuple
for bad in (float("nan"), [float("inf")], {"k": -float("inf")}, {float("nan"): 1}):
    try:
        json.dumps(bad, allow_nan=False)
    except ValueError as e:
        print("ValueError:", e)
# expect: ValueError: Out of range float values are not JSON compliant
# expect: ValueError: Out of range float values are not JSON compliant
# expect: ValueError: Out of range float values are not JSON compliant
# expect: ValueError: Out of range float values are not JSON compliant
print(json.dumps([1.5, 2], allow_nan=False))  # expect: [1.5, 2]
print(json.dumps([0.1 + 0.2, 1 / 3, 2.0 ** 70, 5e-324, 1.7976931348623157e308]))  # expect: [0.30000000000000004, 0.3333333333333333, 1.1805916207174113e+21, 5e-324, 1.7976931348623157e+308]


class Num(int):
    def __repr__(self):
        return "Num!"


class Real(float):
    def __repr__(self):
        return "Real!"


class Text(str):
    pass


class Map(dict):
    pass


class Seq(list):
    pass


print(json.dumps([Num(5), Real(2.5), Text("t"), Map(a=1), Seq([1, 2])]))  # expect: [5, 2.5, "t", {"a": 1}, [1, 2]]
print(json.dumps({Num(3): 1, Text("k"): 2}))  # expect: {"3": 1, "k": 2}
print(json.dumps(list(range(5))), json.dumps(dict(zip("abc", range(3)))))  # expect: [0, 1, 2, 3, 4] {"a": 0, "b": 1, "c": 2}

