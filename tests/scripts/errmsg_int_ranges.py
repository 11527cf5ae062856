# Integer arguments out of range: CPython 3.11 names the failure differently
# for a byte value (ValueError), a method parameter ("Python int too large
# to convert to C ssize_t"), a repeat count (OverflowError "cannot fit")
# and an index (IndexError).
def attempt(expr):
    try:
        print(eval(expr))
    except (ValueError, OverflowError, IndexError, TypeError) as e:
        print(type(e).__name__, e)

attempt("2**64 in b'ab'")  # expect: ValueError byte must be in range(0, 256)
attempt("-(2**64) in bytearray(b'ab')")  # expect: ValueError byte must be in range(0, 256)
attempt('bytes([2**64])')  # expect: ValueError bytes must be in range(0, 256)
attempt('bytes([300])')  # expect: ValueError bytes must be in range(0, 256)
attempt('bytearray([-(2**70)])')  # expect: ValueError byte must be in range(0, 256)
attempt('bytearray([300])')  # expect: ValueError byte must be in range(0, 256)
attempt("bytearray(b'a').append(2**64)")  # expect: ValueError byte must be in range(0, 256)
attempt("b'ab'.count(2**64)")  # expect: ValueError byte must be in range(0, 256)
attempt("b'ab'.find(2**64)")  # expect: ValueError byte must be in range(0, 256)
attempt("bytearray(b'a').insert(0, 2**64)")  # expect: ValueError byte must be in range(0, 256)
attempt("bytearray(b'ab').remove(2**64)")  # expect: ValueError byte must be in range(0, 256)
attempt("b'a'.center(2**64)")  # expect: OverflowError Python int too large to convert to C ssize_t
attempt("'x'.center(2**64)")  # expect: OverflowError Python int too large to convert to C ssize_t
attempt("'x'.zfill(2**64)")  # expect: OverflowError Python int too large to convert to C ssize_t
attempt("'x'.ljust(2**63)")  # expect: OverflowError Python int too large to convert to C ssize_t
attempt("'ab'.split(',', 2**64)")  # expect: OverflowError Python int too large to convert to C ssize_t
attempt("'ab'.replace('a', 'b', 2**64)")  # expect: OverflowError Python int too large to convert to C ssize_t
attempt("b'ab'.replace(b'a', b'b', 2**64)")  # expect: OverflowError Python int too large to convert to C ssize_t
attempt("bytearray(b'ab').pop(2**64)")  # expect: OverflowError Python int too large to convert to C ssize_t
attempt("bytearray(b'ab').insert(2**64, 1)")  # expect: OverflowError Python int too large to convert to C ssize_t
attempt('[1].pop(2**64)')  # expect: OverflowError Python int too large to convert to C ssize_t
attempt('[1].insert(2**64, 0)')  # expect: OverflowError Python int too large to convert to C ssize_t
attempt("[1].pop('a')")  # expect: TypeError 'str' object cannot be interpreted as an integer
attempt('[5, 6].pop(True)')  # expect: 6
attempt('-(3**50) * [1]')  # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt('[1] * 2**64')  # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt('(1,) * 2**70')  # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt("'ab' * -(2**64)")  # expect: OverflowError cannot fit 'int' into an index-sized integer
attempt('[1, 2][2**64]')  # expect: IndexError cannot fit 'int' into an index-sized integer
attempt('(1,)[-(2**64)]')  # expect: IndexError cannot fit 'int' into an index-sized integer
b = bytearray(b'ab')
try:
    b[0] = 2**64
except ValueError as e:
    print(e)  # expect: byte must be in range(0, 256)
