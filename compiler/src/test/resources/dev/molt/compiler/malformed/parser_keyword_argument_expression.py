plot(style.color="red")
