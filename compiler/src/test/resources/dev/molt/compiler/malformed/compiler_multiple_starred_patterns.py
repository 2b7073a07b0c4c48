match items:
    case [*first, *rest]:
        pass
