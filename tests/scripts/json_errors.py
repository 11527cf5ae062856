# json errors: JSONDecodeError's messages and attributes as CPython's, the
# encoder's TypeError / ValueError, nested default= callbacks, cycles.
import json

print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__name__)  # expect: True JSONDecodeError
docs = ["", " ", "x", "[", "[1", "[1,]", "[1 2]", "{", '{"a"', '{"a":', '{"a" 1}', '{"a":1,}',
        "{1: 2}", "{'a': 1}", "-", "-x", "01", "1.", "1.e5", "1e", "1 2", "[] x", "nul", "tru", "fals",
        '"abc', '"a\x01b"', '"\\q"', '"\\u12"', '"\\u12x4"', '"\\u1234', '"\\ud800\\udc00',
        '"\\ud800\\u12x4"', '"\\', '["a", {"b": [1, 2, {]}]', '[1,\n 2,\n oops]', 'Infinit', "-Inf",
        '"caf\u00e9" x', '["\U0001F600", ?]', "[\n\n  }", "NaNa", "[1]]", '{"a": 1}}', '{"a" : 1 ,  }']
for doc in docs:
    try:
        json.loads(doc)
        print("no error", repr(doc))
    except json.JSONDecodeError as e:
        print(repr(doc), "|", e, "|", e.msg, e.pos, e.lineno, e.colno, e.doc == doc)
# expect: '' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: ' ' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
# expect: 'x' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '[' | Expecting value: line 1 column 2 (char 1) | Expecting value 1 1 2 True
# expect: '[1' | Expecting ',' delimiter: line 1 column 3 (char 2) | Expecting ',' delimiter 2 1 3 True
# expect: '[1,]' | Expecting value: line 1 column 4 (char 3) | Expecting value 3 1 4 True
# expect: '[1 2]' | Expecting ',' delimiter: line 1 column 4 (char 3) | Expecting ',' delimiter 3 1 4 True
# expect: '{' | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
# expect: '{"a"' | Expecting ':' delimiter: line 1 column 5 (char 4) | Expecting ':' delimiter 4 1 5 True
# expect: '{"a":' | Expecting value: line 1 column 6 (char 5) | Expecting value 5 1 6 True
# expect: '{"a" 1}' | Expecting ':' delimiter: line 1 column 6 (char 5) | Expecting ':' delimiter 5 1 6 True
# expect: '{"a":1,}' | Expecting property name enclosed in double quotes: line 1 column 8 (char 7) | Expecting property name enclosed in double quotes 7 1 8 True
# expect: '{1: 2}' | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
# expect: "{'a': 1}" | Expecting property name enclosed in double quotes: line 1 column 2 (char 1) | Expecting property name enclosed in double quotes 1 1 2 True
# expect: '-' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '-x' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '01' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '1.' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '1.e5' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '1e' | Extra data: line 1 column 2 (char 1) | Extra data 1 1 2 True
# expect: '1 2' | Extra data: line 1 column 3 (char 2) | Extra data 2 1 3 True
# expect: '[] x' | Extra data: line 1 column 4 (char 3) | Extra data 3 1 4 True
# expect: 'nul' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: 'tru' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: 'fals' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '"abc' | Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1 True
# expect: '"a\x01b"' | Invalid control character at: line 1 column 3 (char 2) | Invalid control character at 2 1 3 True
# expect: '"\\q"' | Invalid \escape: line 1 column 2 (char 1) | Invalid \escape 1 1 2 True
# expect: '"\\u12"' | Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3 True
# expect: '"\\u12x4"' | Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3 True
# expect: '"\\u1234' | Invalid \uXXXX escape: line 1 column 3 (char 2) | Invalid \uXXXX escape 2 1 3 True
# expect: '"\\ud800\\udc00' | Invalid \uXXXX escape: line 1 column 9 (char 8) | Invalid \uXXXX escape 8 1 9 True
# expect: '"\\ud800\\u12x4"' | Invalid \uXXXX escape: line 1 column 9 (char 8) | Invalid \uXXXX escape 8 1 9 True
# expect: '"\\' | Unterminated string starting at: line 1 column 1 (char 0) | Unterminated string starting at 0 1 1 True
# expect: '["a", {"b": [1, 2, {]}]' | Expecting property name enclosed in double quotes: line 1 column 21 (char 20) | Expecting property name enclosed in double quotes 20 1 21 True
# expect: '[1,\n 2,\n oops]' | Expecting value: line 3 column 2 (char 9) | Expecting value 9 3 2 True
# expect: 'Infinit' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '-Inf' | Expecting value: line 1 column 1 (char 0) | Expecting value 0 1 1 True
# expect: '"café" x' | Extra data: line 1 column 8 (char 7) | Extra data 7 1 8 True
# expect: '["😀", ?]' | Expecting value: line 1 column 7 (char 6) | Expecting value 6 1 7 True
# expect: '[\n\n  }' | Expecting value: line 3 column 3 (char 5) | Expecting value 5 3 3 True
# expect: 'NaNa' | Extra data: line 1 column 4 (char 3) | Extra data 3 1 4 True
# expect: '[1]]' | Extra data: line 1 column 4 (char 3) | Extra data 3 1 4 True
# expect: '{"a": 1}}' | Extra data: line 1 column 9 (char 8) | Extra data 8 1 9 True
# expect: '{"a" : 1 ,  }' | Expecting property name enclosed in double quotes: line 1 column 13 (char 12) | Expecting property name enclosed in double quotes 12 1 13 True
try:
    json.loads("\ufeff[]")
except ValueError as e:
    print(type(e).__name__, e)
# expect: JSONDecodeError Unexpected UTF-8 BOM (decode using utf-8-sig): line 1 column 1 (char 0)
e = json.JSONDecodeError("Custom", "ab\ncd\nef", 7)
print(e, e.args, e.lineno, e.colno)  # expect: Custom: line 3 column 2 (char 7) ('Custom: line 3 column 2 (char 7)',) 3 2

try:
    json.dumps({1, 2})
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: Object of type set is not JSON serializable
try:
    json.dumps([1, object()])
except TypeError as e:
    print("TypeError:", str(e).startswith("Object of type object"))
# expect: TypeError: True
try:
    json.dumps({"k": b"bytes"})
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: Object of type bytes is not JSON serializable
a = [1]
a.append(a)
try:
    json.dumps(a)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Circular reference detected
d = {"k": 1}
d["self"] = [d]
try:
    json.dumps(d, indent=2)
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Circular reference detected
try:
    json.dumps(a, check_circular=False)
except RecursionError:
    print("RecursionError")
# expect: RecursionError
shared = [1, 2]
print(json.dumps([shared, shared, {"s": shared}]))  # expect: [[1, 2], [1, 2], {"s": [1, 2]}]


class Node:
    def __init__(self, name, kids=()):
        self.name, self.kids = name, list(kids)


def encode_node(o):
    if isinstance(o, Node):
        return {"name": o.name, "kids": o.kids}
    if isinstance(o, (set, frozenset)):
        return sorted(o)
    raise TypeError(f"cannot encode {type(o).__name__}")


tree = Node("root", [Node("a", [Node("a1")]), Node("b", [{"tags": {3, 1, 2}}])])
print(json.dumps(tree, default=encode_node))  # expect: {"name": "root", "kids": [{"name": "a", "kids": [{"name": "a1", "kids": []}]}, {"name": "b", "kids": [{"tags": [1, 2, 3]}]}]}
print(json.dumps(tree, default=encode_node, indent=1).count("\n"))  # expect: 25
try:
    json.dumps([1, {"x": Ellipsis}], default=encode_node)
except TypeError as e:
    print("TypeError:", e)
# expect: TypeError: cannot encode ellipsis


class Loop:
    pass


loop = Loop()
try:
    json.dumps(loop, default=lambda o: [o])
except ValueError as e:
    print("ValueError:", e)
# expect: ValueError: Circular reference detected
print(json.dumps(loop, default=lambda o: "loop"))  # expect: "loop"
calls = []


def counting(o):
    calls.append(type(o).__name__)
    return str(o)


print(json.dumps([{1, 2} and frozenset(), range(2), 3.5, Ellipsis], default=counting), calls)  # expect: ["frozenset()", "range(0, 2)", 3.5, "Ellipsis"] ['frozenset', 'range', 'ellipsis']
json.loads('{"unterminated": [1, 2')


# expect error: json.decoder.JSONDecodeError: Expecting ',' delimiter: line 1 column 23 (char 22)
