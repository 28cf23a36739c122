"""Every widget of the program; the only package that imports PySide6.

Layout by screen area: `editor` (message text, send options, button rows), `preview`
(the request body as JSON), `problems` (validation summary), `profiles` (switcher and
dialogs), `results` (the results log) and `main_window`, which wires them to the domain.
`app.run_gui` creates the application and the qasync loop.
"""
