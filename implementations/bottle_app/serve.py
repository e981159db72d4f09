"""Serve the Bottle implementation on 127.0.0.1:PORT with waitress: python serve.py PORT"""
import logging
import os
import signal
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import bottle  # noqa: E402


def main(argv):
    if len(argv) != 2 or not argv[1].isdigit():
        sys.exit('usage: python serve.py PORT')
    # One line per record, on stderr, naming its level; DEBUG records stay out by default.
    logging.basicConfig(stream=sys.stderr, level=logging.INFO,
                        format='%(asctime)s %(levelname)s [%(name)s] %(message)s')
    # SIGTERM (how the suite stops a server) exits normally, so that atexit removes temp folders.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(0))
    from app import app
    bottle.run(app, server='waitress', host='127.0.0.1', port=int(argv[1]), quiet=False)


if __name__ == '__main__':
    main(sys.argv)
