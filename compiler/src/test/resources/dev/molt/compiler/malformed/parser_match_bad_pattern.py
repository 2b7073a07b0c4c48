match point:
    case (x, y) + 1:
        pass
