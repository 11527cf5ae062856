# Errors raised when a descriptor or container class defines only half of a
# protocol, and property errors naming the owner by its __qualname__.
def t(f):
    try:
        f()
    except AttributeError as e:
        print(e)
class SetOnly:
    def __get__(self, o, t): return 'get'
    def __set__(self, o, v): pass
class DelOnly:
    def __get__(self, o, t): return 'get'
    def __delete__(self, o): pass
class SetItemOnly:
    def __setitem__(self, k, v): pass
class C:
    s = SetOnly()
    d = DelOnly()
    @property
    def p(self): return 1
    r = property()
o = C()
def del_s(): del o.s
def set_d(): o.d = 1
def del_item(): del SetItemOnly()[0]
t(del_s)  # expect: __delete__
t(set_d)  # expect: __set__
t(del_item)  # expect: __delitem__
def local():
    class Inner:
        @property
        def p(self): return 1
        q = property()
    i = Inner()
    def del_p(): del i.p
    t(lambda: setattr(i, 'p', 2))
    t(del_p)
    t(lambda: i.q)
local()
# expect: property 'p' of 'local.<locals>.Inner' object has no setter
# expect: property 'p' of 'local.<locals>.Inner' object has no deleter
# expect: property 'q' of 'local.<locals>.Inner' object has no getter
t(lambda: setattr(o, 'p', 3))  # expect: property 'p' of 'C' object has no setter
t(lambda: o.r)  # expect: property 'r' of 'C' object has no getter
