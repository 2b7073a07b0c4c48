match shape:
    case Circle(radius=r, center):
        pass
