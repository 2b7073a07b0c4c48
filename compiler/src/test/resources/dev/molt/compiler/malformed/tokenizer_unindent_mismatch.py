def classify(n):
    if n > 0:
        return "positive"
      return "non-positive"
