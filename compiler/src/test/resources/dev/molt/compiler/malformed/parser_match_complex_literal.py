match n:
    case 1 + 2:
        pass
