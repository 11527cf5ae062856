# Properties with validation, static methods and class methods as alternative constructors.
class Temperature:
    ABSOLUTE_ZERO = -273.15

    def __init__(self, celsius=0.0):
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < self.ABSOLUTE_ZERO:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = float(value)

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius - self.ABSOLUTE_ZERO

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_fahrenheit(cls, f):
        t = cls()
        t.fahrenheit = f
        return t

    def __repr__(self):
        return f"Temperature({self._celsius:.2f}C)"

t = Temperature(25)
print(t, t.fahrenheit, round(t.kelvin, 2))
t.fahrenheit = 212
print(t, t.celsius, Temperature.c_to_f(-40), Temperature.from_fahrenheit(32))
try:
    t.celsius = -300
except ValueError as e:
    print("ValueError:", e)
try:
    t.kelvin = 5
except AttributeError as e:
    print("AttributeError:", e)
readings = [Temperature(c) for c in (18.5, 21.0, 19.25, 23.75)]
print(sum(r.celsius for r in readings) / len(readings), max(readings, key=lambda r: r.kelvin))
print(type(Temperature.celsius).__name__, Temperature.celsius.fget.__name__)
