# repr of str: quote choice and escapes
print(repr("plain"))  # expect: 'plain'
print(repr("it's"))  # expect: "it's"
print(repr('say "hi"'))  # expect: 'say "hi"'
print(repr("both ' and \""))  # expect: 'both \' and "'
print(repr("back\\slash"))  # expect: 'back\\slash'
print(repr("tab\tnl\ncr\r"))  # expect: 'tab\tnl\ncr\r'
print(repr("\x00\x01\x1f\x7f"))  # expect: '\x00\x01\x1f\x7f'
print(repr("\x80\x9f\xa0\xad"))  # expect: '\x80\x9f\xa0\xad'
print(repr("é ü ß ñ"))  # expect: 'é ü ß ñ'
print(repr("日本語 😀"))  # expect: '日本語 😀'
print(repr("\u2028\u200b\ufeff"))  # expect: '\u2028\u200b\ufeff'
print(repr("\U000e0001\ud800"))  # expect: '\U000e0001\ud800'
print(repr(""))  # expect: ''
print(repr("'"), repr('"'), repr("'\""))  # expect: "'" '"' '\'"'
print(str("x"), str(12), str(None), str(1.5), str([1, "a"]))  # expect: x 12 None 1.5 [1, 'a']
print(ascii("héllo"), ascii("日本"), ascii("😀"), ascii("plain"))  # expect: 'h\xe9llo' '\u65e5\u672c' '\U0001f600' 'plain'
print(["a", "it's", "é"])  # expect: ['a', "it's", 'é']
print({"key": "va'l"})  # expect: {'key': "va'l"}
print(str(), repr(str()), str("abc") == "abc")  # expect:  '' True
print(str(b"abc", "utf-8"), str(b"h\xc3\xa9", encoding="utf-8"), str(b"\xff", "utf-8", "replace"))  # expect: abc hé �
print(str(bytearray(b"xyz"), "ascii"))  # expect: xyz
try:
    str("abc", "utf-8")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: decoding str is not supported
try:
    str(5, "utf-8")
except TypeError as e:
    print("TypeError:", e)  # expect: TypeError: decoding to str: need a bytes-like object, int found
