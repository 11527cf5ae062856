# str() of an object whose class defines only __repr__ goes through
# object.__str__, so a __repr__ returning a non-str is reported as
# __str__'s fault by str(), print(), f-strings, % and format().
class R:
    def __repr__(self):
        return 5
class Q:
    def __repr__(self):
        return 'Q!'
def t(f):
    try:
        f(R())
    except TypeError as e:
        print(e)
print(str(Q()), f'{Q()}', '%s' % Q(), [Q()])  # expect: Q! Q! Q! [Q!]
t(str)  # expect: __str__ returned non-string (type int)
t(repr)  # expect: __repr__ returned non-string (type int)
t(print)  # expect: __str__ returned non-string (type int)
t(lambda o: f'{o}')  # expect: __str__ returned non-string (type int)
t(lambda o: '%s' % o)  # expect: __str__ returned non-string (type int)
t(format)  # expect: __str__ returned non-string (type int)
t(lambda o: [o].__repr__())  # expect: __repr__ returned non-string (type int)
