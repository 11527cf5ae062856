# A small particle simulation built on __slots__ classes, the way
# memory-conscious Python code is written: slotted Vector, Particle and
# Spring objects, a deterministic pseudo-random start, a few hundred steps
# of integration with collisions against the walls and springs between
# neighbours, then a report. Also shows what __slots__ forbids.


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def length(self):
        return self.dot(self) ** 0.5

    def __eq__(self, other):
        return isinstance(other, Vector) and self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Vector({self.x:.3f}, {self.y:.3f})"


class Particle:
    __slots__ = ("pos", "vel", "mass", "name", "bounces")

    def __init__(self, name, pos, vel, mass):
        self.name = name
        self.pos = pos
        self.vel = vel
        self.mass = mass
        self.bounces = 0

    def kinetic(self):
        return 0.5 * self.mass * self.vel.dot(self.vel)

    def __repr__(self):
        return f"<{self.name} at {self.pos!r} v={self.vel.length():.3f}>"


class ChargedParticle(Particle):
    """A subclass adding one slot of its own."""
    __slots__ = ("charge",)

    def __init__(self, name, pos, vel, mass, charge):
        super().__init__(name, pos, vel, mass)
        self.charge = charge


class TaggedParticle(Particle):
    """A subclass without __slots__: its instances have a __dict__ again."""


class Spring:
    __slots__ = ("a", "b", "rest", "k")

    def __init__(self, a, b, rest, k):
        self.a, self.b, self.rest, self.k = a, b, rest, k

    def apply(self, dt):
        d = self.b.pos - self.a.pos
        dist = d.length()
        if dist == 0.0:
            return
        f = d * (self.k * (dist - self.rest) / dist)
        self.a.vel += f * (dt / self.a.mass)
        self.b.vel += f * (-dt / self.b.mass)


class Lcg:
    __slots__ = ("state",)

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state / 2147483648


class World:
    __slots__ = ("width", "height", "particles", "springs", "gravity", "steps")

    def __init__(self, width, height):
        self.width = width
        self.height = height
        self.particles = []
        self.springs = []
        self.gravity = Vector(0.0, -9.81)
        self.steps = 0

    def step(self, dt):
        for s in self.springs:
            s.apply(dt)
        for p in self.particles:
            p.vel += self.gravity * dt
            p.pos += p.vel * dt
            self.collide(p)
        self.steps += 1

    def collide(self, p):
        if p.pos.x < 0.0 or p.pos.x > self.width:
            p.pos.x = min(max(p.pos.x, 0.0), self.width)
            p.vel.x = -0.9 * p.vel.x
            p.bounces += 1
        if p.pos.y < 0.0 or p.pos.y > self.height:
            p.pos.y = min(max(p.pos.y, 0.0), self.height)
            p.vel.y = -0.9 * p.vel.y
            p.bounces += 1

    def energy(self):
        ke = sum(p.kinetic() for p in self.particles)
        pe = sum(p.mass * 9.81 * p.pos.y for p in self.particles)
        return ke + pe

    def centre_of_mass(self):
        total = sum(p.mass for p in self.particles)
        c = Vector()
        for p in self.particles:
            c += p.pos * (p.mass / total)
        return c


def build(seed):
    rng = Lcg(seed)
    world = World(20.0, 10.0)
    for i in range(12):
        pos = Vector(rng.next() * 20.0, rng.next() * 10.0)
        vel = Vector(rng.next() * 4.0 - 2.0, rng.next() * 4.0 - 2.0)
        mass = 0.5 + rng.next() * 2.0
        if i % 4 == 0:
            p = ChargedParticle(f"c{i}", pos, vel, mass, (-1) ** i)
        elif i % 4 == 1:
            p = TaggedParticle(f"t{i}", pos, vel, mass)
            p.tag = "tagged"
        else:
            p = Particle(f"p{i}", pos, vel, mass)
        world.particles.append(p)
    for a, b in zip(world.particles, world.particles[1:]):
        world.springs.append(Spring(a, b, 2.0, 3.0))
    return world


def forbidden(obj, attr):
    try:
        setattr(obj, attr, 1)
        return "allowed"
    except AttributeError as e:
        return f"AttributeError: {e}"


def main():
    world = build(2024)
    print("particles:", len(world.particles), "springs:", len(world.springs))
    print("start energy: %.4f" % world.energy())
    print("start centre:", world.centre_of_mass())
    for frame in range(5):
        for _ in range(60):
            world.step(0.005)
        print(f"frame {frame}: energy {world.energy():.4f} centre {world.centre_of_mass()!r}")
    fastest = max(world.particles, key=lambda p: p.vel.length())
    print("fastest:", fastest)
    print("most bounces:", max(p.bounces for p in world.particles))
    charged = [p for p in world.particles if isinstance(p, ChargedParticle)]
    print("charges:", [p.charge for p in charged])
    tagged = [p for p in world.particles if isinstance(p, TaggedParticle)]
    print("tags:", sorted({p.tag for p in tagged}), sorted(vars(tagged[0])))
    print("steps:", world.steps)

    print(forbidden(world.particles[2], "colour"))
    print(forbidden(world.particles[1], "colour"))
    print(forbidden(Vector(), "z"))
    print(forbidden(world, "paused"))
    print(hasattr(Vector(), "__dict__"), hasattr(world.particles[1], "__dict__"))
    print(Vector.x, Particle.mass, ChargedParticle.charge)
    print(sorted(n for n in ChargedParticle.__slots__), Particle.__slots__)
    v = Vector(1.0, 2.0)
    del v.y
    try:
        v.length()
    except AttributeError as e:
        print("after del:", e)
    print(Vector(3.0, 4.0).length(), Vector(1.0, 1.0) == Vector(1.0, 1.0))


main()
