# huge widths and precisions in format specs, % and expandtabs: CPython's
# errors, and long exact expansions that once overran fixed buffers
print(format(0.1, '.60'), format(1e22, '#.30'))  # expect: 0.1000000000000000055511151231257827021181583404541015625 10000000000000000000000.0000000
print(format(0.1, '#.80'))  # expect: 0.10000000000000000555111512312578270211815834045410156250000000000000000000000000
print(format(5e-324, '.800')[-12:], len(format(5e-324, '#.1000')), format(1.5, '.2147483647'))  # expect: 7265625e-324 1006 1.5
print(len('%.500f' % 0.1), ('%.1000g' % 0.1)[:20], len(format(2.5, '.700e')), len(format(1e300, '.400f')))  # expect: 502 0.100000000000000005 706 702
def show(f):
    try:
        print(f())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ':', e)
print('errors:')  # expect: errors:
show(lambda: format(1.5, '.2147483648'))  # expect: ValueError: precision too big
show(lambda: '{:.99999999999f}'.format(1.0))  # expect: ValueError: precision too big
show(lambda: '{:99999999999999999999}'.format(1))  # expect: ValueError: Too many decimal digits in format string
show(lambda: '%99999999999999999999d' % 1)  # expect: ValueError: width too big
show(lambda: '%.9999999999f' % 1.0)  # expect: ValueError: precision too big
show(lambda: b'%.99999999999s' % b'x')  # expect: ValueError: prec too big
show(lambda: '%.*f' % (10**10, 1.0))  # expect: OverflowError: Python int too large to convert to C int
show(lambda: '%*d' % (10**30, 1))  # expect: OverflowError: Python int too large to convert to C ssize_t
show(lambda: '\t'.expandtabs(2**62))  # expect: OverflowError: Python int too large to convert to C int
show(lambda: b'\t'.expandtabs(2**31))  # expect: OverflowError: Python int too large to convert to C int
