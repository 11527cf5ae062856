# json.loads: values, whitespace, numbers, hooks, bytes input, raw_decode,
# JSONDecoder and JSONEncoder classes, dump/load through a file.
import json
import os

print(json.loads("null"), json.loads("true"), json.loads("false"))  # expect: None True False
print(json.loads("0"), json.loads("-0"), json.loads("-12"), json.loads("1.5"), json.loads("-0.0"))  # expect: 0 0 -12 1.5 -0.0
print(json.loads("1e3"), json.loads("1E-2"), json.loads("2.5e+2"), json.loads("1e400"), json.loads("-1e400"))  # expect: 1000.0 0.01 250.0 inf -inf
print(json.loads("123456789012345678901234567890"), json.loads("-9223372036854775809"))  # expect: 123456789012345678901234567890 -9223372036854775809
print(json.loads("999999999999999999"), json.loads("-999999999999999999"), json.loads("4611686018427387904"))  # expect: 999999999999999999 -999999999999999999 4611686018427387904
print(json.loads("0.1"), json.loads("3.141592653589793"), json.loads("5e-324"), json.loads("1.7976931348623157e308"))  # expect: 0.1 3.141592653589793 5e-324 1.7976931348623157e+308
print(json.loads("NaN"), json.loads("Infinity"), json.loads("-Infinity"))  # expect: nan inf -inf
print(json.loads(' \t\n\r [ 1 , 2 , { "a" : [ ] , "b" : { } } ] \n'))  # expect: [1, 2, {'a': [], 'b': {}}]
print(json.loads('{"a": 1, "a": 2}'), json.loads('{"":0}'))  # expect: {'a': 2} {'': 0}
print(json.loads('[[[[[]]]]]'), json.loads('[{}, [], "", 0]'))  # expect: [[[[[]]]]] [{}, [], '', 0]
d = json.loads('{"z": 1, "y": [true, false, null], "x": {"w": "v"}}')
print(d, list(d), type(d["y"]).__name__)  # expect: {'z': 1, 'y': [True, False, None], 'x': {'w': 'v'}} ['z', 'y', 'x'] list
print(json.loads('{"a": 1}', object_hook=lambda o: sorted(o.items())))  # expect: [('a', 1)]
print(json.loads('{"a": {"b": 2}, "c": 3}', object_hook=lambda o: ("obj", len(o))))  # expect: ('obj', 2)
print(json.loads('{"b": 1, "a": {"c": 2, "c": 3}}', object_pairs_hook=lambda p: p))  # expect: [('b', 1), ('a', [('c', 2), ('c', 3)])]
print(json.loads('{"a": 1}', object_hook=dict.keys, object_pairs_hook=tuple))  # expect: (('a', 1),)
print(json.loads('[1.5, 2, 1e2]', parse_float=lambda s: "F" + s))  # expect: ['F1.5', 2, 'F1e2']
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: "I" + s))  # expect: [1.5, 'I2', 'I-30']
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: s.lower()))  # expect: ['nan', 'infinity', '-infinity']
print(json.loads('[1, 2]', parse_int=float), json.loads('[0.5]', parse_float=str))  # expect: [1.0, 2.0] ['0.5']
print(json.loads(b'{"bytes": [1, "\xc3\xa9"]}'), json.loads(bytearray(b"[2]")))  # expect: {'bytes': [1, 'é']} [2]
print(json.loads(b'\xef\xbb\xbf["bom"]'))  # expect: ['bom']
try:
    json.loads(5)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: the JSON object must be str, bytes or bytearray, not int
try:
    json.loads(None)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: the JSON object must be str, bytes or bytearray, not NoneType
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] tail'), dec.raw_decode('xx"s"yy', 2), dec.raw_decode('{"\u00e9": 1} \u00e9', 0))  # expect: ([1, 2], 6) ('s', 5) ({'é': 1}, 8)
print(dec.decode('  {"k": [1]}  '))  # expect: {'k': [1]}


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {"x": o.x, "y": o.y}
        return super().default(o)


print(json.dumps([Point(1, 2), {"p": Point(3, 4)}], cls=PointEncoder))  # expect: [{"x": 1, "y": 2}, {"p": {"x": 3, "y": 4}}]
print(PointEncoder(sort_keys=True, indent=1).encode({"b": Point(0, 0), "a": 1}).count("\n"))  # expect: 6
print(json.JSONEncoder().encode({"a": [1]}), json.JSONEncoder(separators=(",", ":")).encode({"a": [1]}))  # expect: {"a": [1]} {"a":[1]}
print("".join(json.JSONEncoder().iterencode([1, "x"])))  # expect: [1, "x"]
try:
    json.dumps([Point(1, 2)], cls=json.JSONEncoder)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: Object of type Point is not JSON serializable


def as_point(d):
    return Point(d["x"], d["y"]) if set(d) == {"x", "y"} else d


pts = json.loads('[{"x": 1, "y": 2}, {"x": 5, "y": 6, "z": 0}]', object_hook=as_point)
print(type(pts[0]).__name__, pts[0].x + pts[0].y, pts[1])  # expect: Point 3 {'x': 5, 'y': 6, 'z': 0}

path = "/tmp/baton_json_test_%d.json" % os.getpid()
data = {"name": "baton", "tags": ["gil", "vm"], "nested": {"ok": True, "n": None, "pi": 3.14}}
with open(path, "w") as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open(path) as f:
    text = f.read()
print(text.splitlines()[0], text.splitlines()[1], len(text.splitlines()))  # expect: {   "name": "baton", 12
with open(path) as f:
    print(json.load(f) == data)
# expect: True
with open(path) as f:
    print(json.load(f, object_pairs_hook=lambda p: [k for k, v in p]))
# expect: ['name', 'nested', 'tags']
os.remove(path)
print(json.loads(json.dumps(data)) == data, json.loads(json.dumps(data, indent="  ")) == data)  # expect: True True

