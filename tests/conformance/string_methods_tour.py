# A tour of str methods on realistic data: a CSV-like table.
CSV = """name, language ,year,  paradigm
CPython,C,1991,multi
 Lua ,C,1993,multi
Wren,C,2013,object
clox,C,2020,object
MicroPython,C,2014,multi"""
rows = [[cell.strip() for cell in line.split(",")] for line in CSV.splitlines()]
header, body = rows[0], rows[1:]
print(header)
widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
for r in rows:
    print(" | ".join(cell.ljust(w) for cell, w in zip(r, widths)))
print([r[0] for r in body if r[3].startswith("multi")], [r[0].lower() for r in body if r[2].isdigit()])
print(sorted(body, key=lambda r: int(r[2]))[0][0], "-".join(r[0][:2].upper() for r in body))
print("  padded  ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "a b  c".split(), "k=v=w".split("=", 1))
print("hello world".title(), "Hello".swapcase(), "abc".zfill(6), "-42".zfill(6), "tab\tsep".expandtabs(4))
print("snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCase".lower(), "ß".upper())
print("ab" * 3, "abc"[::-1], "abcdef"[1:5:2], "abc".index("c"), "racecar" == "racecar"[::-1])
print(",".join(sorted(set("mississippi"))), "x".join("abc"), "".join(reversed("stressed")))
print("line1\nline2\r\nline3".splitlines(), "a\nb\n".splitlines(keepends=True))
print("Python".center(12, "*"), "%-8s|" % "left", "{:^8}|".format("mid"), "end".rjust(6, "."))
print("baton".startswith(("ba", "x")), "baton".endswith("on"), "3.14".replace(".", "", 1).isdigit())
print("café".encode("utf-8"), b"caf\xc3\xa9".decode("utf-8"), len("日本語"), "日本語"[1], ord("é"), chr(9731))
