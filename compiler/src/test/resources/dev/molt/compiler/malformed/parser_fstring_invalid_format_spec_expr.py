width = 10
print(f"{'x':{width!}}")
