# argument-count and keyword errors of str/bytes methods (CPython's wording)
for expr in ['"a".find(1,2,3,4)', '"a".join()', '"a".center()', '"a".center(1,2,3)', '"a".partition()', '"a".replace(1)', '"a".replace(1,2,3,4)', '"a".strip(1,2)', '"a".zfill()', '"a".removeprefix()', '"a".translate()', 'str.maketrans()', 'str.maketrans(1,2,3,4)', 'b"a".find()', 'b"a".join()', 'b"a".strip(1,2)', 'bytearray().append()', 'bytearray().pop(1,2)', 'b"".upper(1)', '"".format_map()', '"".lower(x=1)', 'bytes.fromhex()', 'bytearray().insert(1)', '"a".find()', '"a".upper(1)', '"a".find(x=1)']:
    try:
        eval(expr)
    except Exception as e:
        print(expr, '->', e)
# expect: "a".find(1,2,3,4) -> find() takes at most 3 arguments (4 given)
# expect: "a".join() -> str.join() takes exactly one argument (0 given)
# expect: "a".center() -> center expected at least 1 argument, got 0
# expect: "a".center(1,2,3) -> center expected at most 2 arguments, got 3
# expect: "a".partition() -> str.partition() takes exactly one argument (0 given)
# expect: "a".replace(1) -> replace expected at least 2 arguments, got 1
# expect: "a".replace(1,2,3,4) -> replace expected at most 3 arguments, got 4
# expect: "a".strip(1,2) -> strip expected at most 1 argument, got 2
# expect: "a".zfill() -> str.zfill() takes exactly one argument (0 given)
# expect: "a".removeprefix() -> str.removeprefix() takes exactly one argument (0 given)
# expect: "a".translate() -> str.translate() takes exactly one argument (0 given)
# expect: str.maketrans() -> maketrans expected at least 1 argument, got 0
# expect: str.maketrans(1,2,3,4) -> maketrans expected at most 3 arguments, got 4
# expect: b"a".find() -> find() takes at least 1 argument (0 given)
# expect: b"a".join() -> bytes.join() takes exactly one argument (0 given)
# expect: b"a".strip(1,2) -> strip expected at most 1 argument, got 2
# expect: bytearray().append() -> bytearray.append() takes exactly one argument (0 given)
# expect: bytearray().pop(1,2) -> pop expected at most 1 argument, got 2
# expect: b"".upper(1) -> bytes.upper() takes no arguments (1 given)
# expect: "".format_map() -> str.format_map() takes exactly one argument (0 given)
# expect: "".lower(x=1) -> str.lower() takes no keyword arguments
# expect: bytes.fromhex() -> bytes.fromhex() takes exactly one argument (0 given)
# expect: bytearray().insert(1) -> insert expected 2 arguments, got 1
# expect: "a".find() -> find() takes at least 1 argument (0 given)
# expect: "a".upper(1) -> str.upper() takes no arguments (1 given)
# expect: "a".find(x=1) -> str.find() takes no keyword arguments
