match value:
    case x:
        pass
    case 1:
        pass
