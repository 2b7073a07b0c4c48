epsilon = 1e-
