user = "ada"
count = 3
print(f"{user} has {count} new messages)
