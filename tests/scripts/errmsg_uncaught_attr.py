# An AttributeError escaping from a method.
class Robot:
    def __init__(self, name):
        self.name = name
    def greet(self):
        return "I am " + self.nmae

r = Robot("R2")
print(r.name)  # expect: R2
r.greet()
# expect error: AttributeError: 'Robot' object has no attribute 'nmae'
