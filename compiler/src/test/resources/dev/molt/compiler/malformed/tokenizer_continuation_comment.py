total = (1 +
         2) + \  # add three
         3
