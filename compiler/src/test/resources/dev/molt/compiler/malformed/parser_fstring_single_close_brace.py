print(f"a set looks like {1, 2}}")
