# str.format field parsing as CPython's parse_field: brackets, conversions, errors
print('{0[}]}'.format({'}': 'brace key'}), '{0[{]}'.format({'{': 'open key'}))  # expect: brace key open key
print('{0[a]!r:>8}|{1!s:^5}|{2!a}'.format({'a': 'x'}, 12, 'caf\xe9'))  # expect:      'x'| 12  |'caf\xe9'
print('{:{}{}}|{:{w}.{p}f}'.format('x', '^', 5, 3.14159, w=8, p=2))  # expect:   x  |    3.14
print(format('abc', '\x00<5') == 'abc\x00\x00', '{:\x00^5}'.format(1) == '\x00\x001\x00\x00')  # expect: True True
class MyStr(str):
    def __str__(self):
        return 'MYSTR'
print('{}'.format(MyStr('x')), f'{MyStr("x")}', format(MyStr('x'), '>3'), '%s' % MyStr('x'))  # expect: MYSTR MYSTR   x MYSTR
def show(f):
    try:
        print(f())
    except (ValueError, KeyError, IndexError) as e:
        print(type(e).__name__ + ':', e)
print('errors:')  # expect: errors:
show(lambda: '{0[}'.format(1))  # expect: ValueError: expected '}' before end of string
show(lambda: '{0.a[}'.format(1))  # expect: ValueError: expected '}' before end of string
show(lambda: '{a{b}'.format(1))  # expect: ValueError: unexpected '{' in field name
show(lambda: '{!r'.format(1))  # expect: ValueError: unmatched '{' in format spec
show(lambda: '{0!'.format(1))  # expect: ValueError: end of string while looking for conversion specifier
show(lambda: '{0!rr}'.format(1))  # expect: ValueError: expected ':' after conversion specifier
show(lambda: '{0!x}'.format(1))  # expect: ValueError: Unknown conversion specifier x
show(lambda: '{0!\n}'.format(1))  # expect: ValueError: Unknown conversion specifier \xa
show(lambda: '{0:{{}}}'.format(1))  # expect: ValueError: Invalid format specifier '{}' for object of type 'int'
show(lambda: format('abc', ','))  # expect: ValueError: Cannot specify ',' with 's'.
show(lambda: format('abc', '#_'))  # expect: ValueError: Cannot specify '_' with 's'.
show(lambda: format('abc', ' ,'))  # expect: ValueError: Cannot specify ',' with 's'.
show(lambda: format('a', ' >5 '))  # expect: ValueError: Unknown format code '\x20' for object of type 'str'
