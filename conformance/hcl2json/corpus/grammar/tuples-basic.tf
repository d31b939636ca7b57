empty = []
empty_spaced = [ ]
empty_multiline = [
]
one = [1]
two = [1, 2]
strings = ["a", "b", "c"]
nested = [[1, 2], [3, [4, [5]]]]
mixed = [1, "a", true, null, [], {}]
