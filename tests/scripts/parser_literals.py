# Literals as the tokenizer and parser read them: numbers, strings, escapes,
# prefixes, implicit concatenation, f-strings.
print(0x1F, 0o17, 0b101, 1_000_000, 0)  # expect: 31 15 5 1000000 0
print(0xFFFFFFFFFFFFFFFFFFFF)  # expect: 1208925819614629174706175
print(1.5, .5, 5., 1e3, 1E-3, 1_0.0_1)  # expect: 1.5 0.5 5.0 1000.0 0.001 10.01
print(00, 0_0, 0e0)  # expect: 0 0 0.0
print(1if True else 2)  # expect: 1
print('a' "b" '''c''' """d""")  # expect: abcd
print(len('a\0b'), repr('\x41\101\u20ac'))  # expect: 3 'AA€'
print(repr('\t\n\\\'"'))  # expect: '\t\n\\\'"'
print(repr('\q'))  # expect: '\\q'
print(repr(r'\n\d'), repr(R"\t"))  # expect: '\\n\\d' '\\t'
print(b'\x00\xff' + rb'\n' + Br'x')  # expect: b'\x00\xff\\nx'
print(u'unicode', 'é€😀', len('é€😀'))  # expect: unicode é€😀 3
print('\U0001F600' == '😀')  # expect: True
print('line\
continued')  # expect: linecontinued
s = '''two
lines'''
print(s.split('\n'))  # expect: ['two', 'lines']
x, w, p = 3.14159, 10, 2
print(f'{x:.2f}')  # expect: 3.14
print(f'[{x:>{w}.{p}f}]')  # expect: [      3.14]
print(f'{x=}')  # expect: x=3.14159
print(f'{ x = }')  # expect:  x = 3.14159
print(f'{x=:.1f}')  # expect: x=3.1
print(f'{"s"!r} {"s"!s} {"é"!a}')  # expect: 's' s '\xe9'
print(f'{{}} {{x}} {x!r:^12}|')  # expect: {} {x}   3.14159   |
print(f'{ {1: 2}[1] } {[1, 2][0]}')  # expect: 2 1
print(f'{(lambda: 5)()}')  # expect: 5
print(f'{3 != 4}')  # expect: True
print(f'a' 'b' f'{1}' 'c')  # expect: ab1c
print(rf'\n{x:.0f}')  # expect: \n3
print(f'''{
x
}''')  # expect: 3.14159
print(f'{"nested " + f"{w:03d}"}')  # expect: nested 010
print(f'{w:#x} {w:b} {w:,}')  # expect: 0xa 1010 10
print(f"{'quote'}")  # expect: quote
print(..., None, True, False)  # expect: Ellipsis None True False
print(-2 ** 2, (-2) ** 2, 2 ** -1)  # expect: -4 4 0.5
print(2 ** 3 ** 2)  # expect: 512
print(1 < 2 < 3, 1 < 2 > 3, not 1 == 2)  # expect: True False True
print(7 // 2, -7 // 2, 7 % 3, -7 % 3)  # expect: 3 -4 1 2
print(1 | 2 ^ 3 & 4 << 1 >> 1)  # expect: 3
