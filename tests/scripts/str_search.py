# str search methods: find/rfind/index/rindex/count/startswith/endswith/in/replace/partition
s = "hello world, hello baton"
print(s.find("hello"))  # expect: 0
print(s.find("hello", 1))  # expect: 13
print(s.find("hello", 1, 10))  # expect: -1
print(s.find("zzz"))  # expect: -1
print(s.find(""))  # expect: 0
print(s.find("", 5))  # expect: 5
print("abc".find("", 3))  # expect: 3
print("abc".find("", 4))  # expect: -1
print(s.find("o", -5))  # expect: 22
print(s.find("o", None, None))  # expect: 4
print(s.rfind("hello"))  # expect: 13
print(s.rfind("o"))  # expect: 22
print(s.rfind("o", 0, 5))  # expect: 4
print(s.rfind(""))  # expect: 24
print(s.index("world"))  # expect: 6
print(s.rindex("l"))  # expect: 16
print(s.count("l"))  # expect: 5
print(s.count("hello"))  # expect: 2
print(s.count(""))  # expect: 25
print("aaaa".count("aa"))  # expect: 2
print("abc".count("", 1))  # expect: 3
print("abc".count("a", 5))  # expect: 0
print(s.startswith("hello"))  # expect: True
print(s.startswith("world", 6))  # expect: True
print(s.startswith(("x", "hel")))  # expect: True
print(s.endswith("baton"))  # expect: True
print(s.endswith("hello", 0, 18))  # expect: True
print(s.endswith(("a", "b")))  # expect: False
print("" .startswith(""))  # expect: True
print("abc".startswith("", 3))  # expect: True
print("abc".startswith("", 4))  # expect: False
print("lo w" in s, "xyz" in s, "" in s)  # expect: True False True
print(s.replace("hello", "bye"))  # expect: bye world, bye baton
print(s.replace("hello", "bye", 1))  # expect: bye world, hello baton
print(s.replace("l", ""))  # expect: heo word, heo baton
print("abc".replace("", "-"))  # expect: -a-b-c-
print("abc".replace("", "-", 2))  # expect: -a-bc
print("aaa".replace("a", "b", 0))  # expect: aaa
print(s.partition(", "))  # expect: ('hello world', ', ', 'hello baton')
print(s.partition("zz"))  # expect: ('hello world, hello baton', '', '')
print(s.rpartition("hello"))  # expect: ('hello world, ', 'hello', ' baton')
print(s.rpartition("zz"))  # expect: ('', '', 'hello world, hello baton')
# non-ASCII: indexes are in code points
u = "héllo wörld héllo"
print(u.find("wörld"), u.rfind("héllo"), u.index("l"), u.rindex("ö"))  # expect: 6 12 2 7
print(u.count("é"), u.find("l", 3), u.find("o", -5, -1))  # expect: 2 3 -1
print(u.replace("é", "e"), u.partition("ö"))  # expect: hello wörld hello ('héllo w', 'ö', 'rld héllo')
print("日本語テキスト".find("テ"), "日本語".startswith("日本"), "日本語".endswith("語", 1))  # expect: 3 True True
try:
    s.index("nope")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: substring not found
try:
    s.rindex("nope")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: substring not found
try:
    s.find(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: must be str, not int
try:
    s.startswith(1)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: startswith first arg must be str or a tuple of str, not int
try:
    s.endswith(("a", 2))
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: tuple for endswith must only contain str, not int
try:
    s.partition("")
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: empty separator
try:
    s.find("a", 1.5)
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: slice indices must be integers or None or have an __index__ method
try:
    s.replace(1, "x")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: replace() argument 1 must be str, not int
try:
    1 in s
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'in <string>' requires string as left operand, not int

print("abc".find("", 2, 1), "abc".count("", 2, 1), "abc".startswith("", 1, -10), "abc".find("", 1, 1))  # expect: -1 0 False 1
try:
    "abc".find(None, "a")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: slice indices must be integers or None or have an __index__ method
