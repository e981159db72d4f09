"""Equivalent logging_async: each record is written a moment after the response, from another thread."""

from mutants.kit import Edit, build

RULES = ['logging.1', 'logging.2']
ALLOWS = 'a logger that writes its records 50 ms later, from another thread (pino with a transport, a queue handler)'

EDIT = Edit("logging", append="""
import logging
import threading

from flask.logging import default_handler, wsgi_errors_stream


class WrittenLater(logging.Handler):
    # The same sink as Flask's handler (the request's wsgi.errors), written to 50 ms later.
    def emit(self, record):
        line = self.format(record) + '\\n'
        stream = wsgi_errors_stream._get_current_object()
        threading.Timer(0.05, lambda: (stream.write(line), stream.flush())).start()


later = WrittenLater()
later.setFormatter(default_handler.formatter)
app.logger.removeHandler(default_handler)
app.logger.addHandler(later)
app.logger.setLevel(logging.WARNING)
""")

app, spec_python_api = build(EDIT)
