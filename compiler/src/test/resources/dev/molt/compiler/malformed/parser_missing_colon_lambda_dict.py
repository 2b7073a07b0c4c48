handlers = {
    "start": on_start,
    "stop" on_stop,
}
