greeting = "Hello" name
