"""Classes, properties, pattern matching and generics."""
from dataclasses import dataclass
import math


@dataclass
class Circle:
    r: float

    @property
    def area(self) -> float:
        return math.pi * self.r ** 2


@dataclass
class Rect:
    w: float
    h: float

    @property
    def area(self) -> float:
        return self.w * self.h


def describe(shape: Circle | Rect) -> str:
    match shape:
        case Circle(r=0) | Rect(w=0) | Rect(h=0):
            return "degenerate"
        case Circle(r=r) if r > 10:
            return f"big circle {r=}"
        case Rect(w=w, h=h) if w == h:
            return f"square of side {w}"
        case _:
            return f"{type(shape).__name__} with area {shape.area:.2f}"


def largest[T: (Circle, Rect)](shapes: list[T]) -> T | None:
    return max(shapes, key=lambda s: s.area, default=None)


if __name__ == "__main__":
    shapes = [Circle(1), Rect(2, 2), Rect(0, 5), Circle(11)]
    for s in shapes:
        print(describe(s))
    print(largest(shapes))
