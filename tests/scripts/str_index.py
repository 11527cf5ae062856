# indexing, slicing, iteration, lengths (ASCII and UTF-8)
s = "abcdef"
print(s[0], s[5], s[-1], s[-6])  # expect: a f f a
print(s[1:4], s[:3], s[3:], s[:], s[-3:], s[:-3])  # expect: bcd abc def abcdef def abc
print(s[::2], s[1::2], s[::-1], s[::-2], s[4:1:-1], s[10:], s[-10:2])  # expect: ace bdf fedcba fdb edc  ab
print(repr(s[3:1]), repr(s[100:200]), s[0:6:10])  # expect: '' '' a
u = "héllo wörld"
print(len(u), u[1], u[-4], u[7], u[1:5], u[::-1], u[::3])  # expect: 11 é ö ö éllo dlröw olléh hlwl
j = "日本語テキスト"
print(len(j), j[0], j[-1], j[2:5], j[::2], j[::-1])  # expect: 7 日 ト 語テキ 日語キト トスキテ語本日
e = "a😀b🎉c"
print(len(e), e[1], e[3], e[-2], e[1:4], e[::-1])  # expect: 5 😀 🎉 🎉 😀b🎉 c🎉b😀a
print(len(""), len("é"), len("😀"), len("\u0301e"))  # expect: 0 1 1 2
out = []
for i in range(len(u)):
    out.append(u[i])
print("|".join(out))  # expect: h|é|l|l|o| |w|ö|r|l|d
print(list("abc"), list("é😀"), [c for c in "日本"])  # expect: ['a', 'b', 'c'] ['é', '😀'] ['日', '本']
it = iter("xy")
print(next(it), next(it), next(it, "done"))  # expect: x y done
print("".join(reversed("héllo")))  # expect: olléh
print(sorted("hello"), max("hello"), min("héllo"))  # expect: ['e', 'h', 'l', 'l', 'o'] o h
print(ord("a"), ord("é"), ord("😀"), chr(233), chr(0x1F600))  # expect: 97 233 128512 é 😀
try:
    s[6]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: string index out of range
try:
    s[-7]
except IndexError as e:
    print("IndexError:", e)  # expect: IndexError: string index out of range
try:
    s[1.5]
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: string indices must be integers, not 'float'
try:
    s["a"]
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: string indices must be integers, not 'str'
try:
    s[::0]
except ValueError as e:
    print("ValueError:", e)  # expect: ValueError: slice step cannot be zero
try:
    s[0] = "x"
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: 'str' object does not support item assignment
