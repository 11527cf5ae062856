# Helper module for import_*.py tests.
print("mod_greet loading")
GREETING = "hello"
count = 0


def greet(name):
    global count
    count += 1
    return GREETING + ", " + name


class Greeter:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Greeter(%r)" % self.name


if __name__ == "__main__":
    print("run as main")
else:
    print("imported as", __name__)
