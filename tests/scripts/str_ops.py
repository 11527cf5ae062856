# comparisons, hashing, concatenation, repetition, membership, truthiness
print("a" < "b", "abc" < "abd", "ab" < "abc", "b" > "abc", "" < "a")  # expect: True True True True True
print("a" <= "a", "a" >= "b", "é" > "z", "日" > "é", "😀" > "日")  # expect: True False True True True
print("abc" == "abc", "abc" != "abd", "a" == 1, "1" != 1)  # expect: True True False True
print(sorted(["b", "é", "a", "Z", "日", "aa"]))  # expect: ['Z', 'a', 'aa', 'b', 'é', '日']
print(hash("abc") == hash("ab" + "c"), hash("") == hash(""), len({"a", "a", "b"}))  # expect: True True 2
d = {"k" + str(i): i for i in range(5)}
print(d["k3"], "k4" in d, "k9" in d)  # expect: 3 True False
print("ab" + "cd", "" + "x", "é" + "日")  # expect: abcd x é日
print("ab" * 3, 3 * "ab", "x" * 0, "x" * -2, repr("" * 5), "é" * 2)  # expect: ababab ababab   '' éé
s = "a"
s += "b"
s *= 2
print(s)  # expect: abab
print(bool(""), bool("x"), not "", "x" or "y", "" or "y")  # expect: False True True x y
print("a" in "abc", "" in "", "é" in "héllo", "lo" not in "hello")  # expect: True True True False
print(max(["apple", "pear"]), min("zyx"), "abc".__len__())  # expect: pear x 3
print(str.upper("abc"), str.join(",", ["a", "b"]), "x".__add__("y"))  # expect: ABC a,b xy
print(isinstance("a", str), type("a").__name__, str.__name__)  # expect: True str str
class Rep:
    def __rmul__(self, other):
        return "rmul"
    def __radd__(self, other):
        return "radd"
print("ab" * Rep(), "ab" + Rep())  # expect: rmul radd
class Idx:
    def __index__(self):
        return 2
print("ab" * Idx(), "abc"[Idx()])  # expect: abab c
for expr in ['"a" + 1', '1 + "a"', '"a" * 1.5', '1.5 * "a"', '"a" * "b"',
             '"a" < 1', '"a" - "b"', '"abc"[10]', '-"a"']:
    try:
        print(eval(expr))
    except (TypeError, IndexError) as e:
        print(type(e).__name__ + ":", e)
# expect: TypeError: can only concatenate str (not "int") to str
# expect: TypeError: unsupported operand type(s) for +: 'int' and 'str'
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: TypeError: can't multiply sequence by non-int of type 'float'
# expect: TypeError: can't multiply sequence by non-int of type 'str'
# expect: TypeError: '<' not supported between instances of 'str' and 'int'
# expect: TypeError: unsupported operand type(s) for -: 'str' and 'str'
# expect: IndexError: string index out of range
# expect: TypeError: bad operand type for unary -: 'str'
