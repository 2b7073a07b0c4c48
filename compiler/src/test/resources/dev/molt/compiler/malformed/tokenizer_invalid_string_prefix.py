pattern = ur"\d+"
