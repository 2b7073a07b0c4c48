def area(width, height):
    """Return the area of a rectangle.

    Both sides must be positive.
    ''
    return width * height


def perimeter(width, height):
    return 2 * (width + height)
