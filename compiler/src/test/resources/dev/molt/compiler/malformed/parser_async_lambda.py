handler = async lambda: None
