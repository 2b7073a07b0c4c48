get_name(): str = "ada"
