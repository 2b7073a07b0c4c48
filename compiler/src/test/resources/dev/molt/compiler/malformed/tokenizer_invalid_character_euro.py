price = 12
total = price * 3 €
