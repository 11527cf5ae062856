# json.dumps string escaping with and without ensure_ascii (surrogate
# pairs beyond the BMP, control characters, DEL), and loads of escapes.
import json

print(json.dumps("plain"), json.dumps(""), json.dumps('q"uote'), json.dumps("back\\slash"))  # expect: "plain" "" "q\"uote" "back\\slash"
print(json.dumps("\b\f\n\r\t"), json.dumps("\x00\x01\x1f"), json.dumps("\x7f"))  # expect: "\b\f\n\r\t" "\u0000\u0001\u001f" "\u007f"
print(json.dumps("caf\u00e9"), json.dumps("\u20ac"), json.dumps("\U0001F600"), json.dumps("\U0010FFFF"))  # expect: "caf\u00e9" "\u20ac" "\ud83d\ude00" "\udbff\udfff"
print(json.dumps("caf\u00e9 \u20ac \U0001F600", ensure_ascii=False))  # expect: "café € 😀"
print(json.dumps("\x00\x7f\n\"", ensure_ascii=False))  # expect: "\u0000\n\""
print(json.dumps({"cl\u00e9": "v\u00e4lue"}), json.dumps({"cl\u00e9": "v\u00e4lue"}, ensure_ascii=False))  # expect: {"cl\u00e9": "v\u00e4lue"} {"clé": "välue"}
print(json.dumps("/ is not escaped </script>"))  # expect: "/ is not escaped </script>"
print(json.loads('"\\u00e9\\u20ac\\ud83d\\ude00"') == "\u00e9\u20ac\U0001F600")  # expect: True
print(json.loads('"\\"\\\\\\/\\b\\f\\n\\r\\t"') == '"\\/\b\f\n\r\t')  # expect: True
print(ascii(json.loads('"\\ud800"')), ascii(json.loads('"\\udc00\\ud800x"')), ascii(json.loads('"\\ud800\\u0041"')))  # expect: '\ud800' '\udc00\ud800x' '\ud800A'
print(ascii(json.loads('"\\uD83D\\uDE00"')), ascii(json.loads('"\\u0041BC"')))  # expect: '\U0001f600' 'ABC'
print(json.loads('"caf\u00e9 \U0001F600"') == "caf\u00e9 \U0001F600")  # expect: True
for s in ["", "a", "\u00e9", "\U0001F600x", "\x00\x1f\x7f", "a\\b\"c", "\u2028\u2029", "mixed \u00e9\n\t\U0001F600"]:
    a = json.dumps(s)
    u = json.dumps(s, ensure_ascii=False)
    print(json.loads(a) == s, json.loads(u) == s, a.isascii(), len(a), len(u))
# expect: True True True 2 2
# expect: True True True 3 3
# expect: True True True 8 3
# expect: True True True 15 4
# expect: True True True 20 15
# expect: True True True 9 9
# expect: True True True 14 4
# expect: True True True 30 14
text = "".join(chr(c) for c in range(0, 0x300, 7)) + "\U00012345"
print(json.loads(json.dumps(text)) == text, json.loads(json.dumps(text, ensure_ascii=False)) == text)  # expect: True True
print(len(json.dumps(text)), len(json.dumps(text, ensure_ascii=False)))  # expect: 604 138
print(json.dumps(["\u00e9"] * 3, ensure_ascii=False), json.dumps({"\U0001F600": ["\u00e9"]}))  # expect: ["é", "é", "é"] {"\ud83d\ude00": ["\u00e9"]}
print(json.loads('["a\\nb", {"k\\u00e9y": "v"}]'))  # expect: ['a\nb', {'kéy': 'v'}]
print(json.loads('"tab\there"', strict=False) == "tab\there")  # expect: True
print(json.JSONDecoder(strict=False).decode('"new\nline"') == "new\nline")  # expect: True

