x = 5
y = x > 3 ? "big" : "small"
