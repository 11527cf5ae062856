# dir(obj) calls __dir__ looked up on type(obj) and sorts what it returns.
class D:
    def __dir__(self):
        return ('b', 'a', 'a')
print(dir(D()))  # expect: ['a', 'a', 'b']
class F(D):
    pass
f = F()
f.__dir__ = lambda: ['ignored']
print(dir(f))  # expect: ['a', 'a', 'b']
print([n for n in dir(F) if not n.startswith('__')])  # expect: []
class Proxy:
    def __init__(self, target):
        self.target = target
    def __dir__(self):
        return iter(['target'] + [n for n in dir(self.target) if n.startswith('up')])
print(dir(Proxy('s')))  # expect: ['target', 'upper']
def t(obj):
    try:
        dir(obj)
    except TypeError as e:
        print(e)
class E:
    def __dir__(self):
        return 5
class G:
    def __dir__(self):
        return [1, 'a']
t(E())  # expect: 'int' object is not iterable
t(G())  # expect: '<' not supported between instances of 'str' and 'int'
