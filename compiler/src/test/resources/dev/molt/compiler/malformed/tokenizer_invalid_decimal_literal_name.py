1st_place = "gold"
