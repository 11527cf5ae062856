# case mapping and character classes, ASCII and beyond
print("Hello World".upper(), "Hello World".lower(), "Hello World".swapcase())  # expect: HELLO WORLD hello world hELLO wORLD
print("hello world".title(), "hello world".capitalize(), "HELLO".capitalize())  # expect: Hello World Hello world Hello
print("they're bill's friends".title())  # expect: They'Re Bill'S Friends
print("straße".upper(), "straße".casefold(), "STRASSE".lower())  # expect: STRASSE strasse strasse
print("ǆemal".title(), "ǅ".upper(), "ǅ".lower())  # expect: ǅemal Ǆ ǆ
print("ΑΒΓ".lower(), "αβγ".upper(), "ΣΊΣΥΦΟΣ".lower())  # expect: αβγ ΑΒΓ σίσυφος
print("ΟΔΟΣ ΟΔΟΣ.".lower(), "Σ".lower(), "AΣ".lower(), "AΣb".lower())  # expect: οδος οδος. σ aς aσb
print("Привет Мир".upper(), "ПРИВЕТ".lower(), "привет мир".title())  # expect: ПРИВЕТ МИР привет Привет Мир
print("İ".lower(), len("İ".lower()), "ŉ".upper(), "ﬁ".upper())  # expect: i̇ 2 ʼN FI
print("éclair".capitalize(), "ÉCLAIR".swapcase(), "µ".upper(), "ÿ".upper())  # expect: Éclair éclair Μ Ÿ
print("日本語".upper(), "abc123".upper(), "".upper() == "")  # expect: 日本語 ABC123 True
print("abc".isalpha(), "ab1".isalpha(), "".isalpha(), "héllo".isalpha(), "日本".isalpha())  # expect: True False False True True
print("abc1".isalnum(), "ab c".isalnum(), "½".isalnum(), "".isalnum())  # expect: True False True False
print("123".isdecimal(), "١٢٣".isdecimal(), "²".isdecimal(), "½".isdecimal())  # expect: True True False False
print("123".isdigit(), "²".isdigit(), "½".isdigit(), "".isdigit())  # expect: True True False False
print("123".isnumeric(), "½".isnumeric(), "五".isnumeric(), "Ⅻ".isnumeric(), "a".isnumeric())  # expect: True True True True False
print(" \t\n".isspace(), "\u3000\xa0".isspace(), "".isspace(), " a".isspace())  # expect: True True False False
print("abc".islower(), "aBc".islower(), "abc1".islower(), "123".islower(), "ß".islower())  # expect: True False True False True
print("ABC".isupper(), "AbC".isupper(), "A1".isupper(), "".isupper())  # expect: True False True False
print("Hello World".istitle(), "Hello world".istitle(), "HeLLo".istitle(), "".istitle(), "A1 B2".istitle())  # expect: True False False False True
print("abc".isascii(), "".isascii(), "é".isascii())  # expect: True True False
print("abc".isprintable(), "a\n".isprintable(), "".isprintable(), "é€😀".isprintable(), "\xa0".isprintable())  # expect: True False True True False
print("abc".isidentifier(), "_x1".isidentifier(), "1x".isidentifier(), "".isidentifier(), "héllo".isidentifier(), "a-b".isidentifier())  # expect: True True False False True False
print("ABC".casefold() == "abc", "ǅ".casefold(), "ﬃ".casefold())  # expect: True ǆ ffi
print("hello, WORLD! 123".swapcase())  # expect: HELLO, world! 123
