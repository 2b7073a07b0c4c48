"name" = "ada"
