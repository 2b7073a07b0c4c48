import math
from collections import Counter, deque

print(math.sqrt(2), math.pi, math.gcd(84, 36), math.factorial(20), math.isclose(0.1 + 0.2, 0.3))
print(Counter("mississippi").most_common(2))
q = deque([1, 2, 3])
q.appendleft(0)
q.rotate(1)
print(list(q))
