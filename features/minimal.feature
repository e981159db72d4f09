Feature: A minimal application
  一个最小的 Flask 应用看起来会是这样 …… 把它保存为 hello.py （或是类似的），然后用 Python 解释器来运行。 确保你的应用文件名不是 flask.py ，因为这将与 Flask 本身冲突
  (A minimal Flask application looks like this: save it as hello.py and run it with the Python interpreter; do not call it flask.py, which would clash with Flask itself.)
  The document's hello.py runs unchanged on Flask 3.1: the minimal section's module is that file, word for word.
  Across Flask lines (python -m steps.versions): up to Flask 2.1 (Werkzeug 2.1.2) the server announces ` * Running on http://127.0.0.1:5000 (Press CTRL+C to quit)` on one line (Werkzeug 1.0: `5000/ (Press CTRL+C to quit)`), so the exact line of minimal.9 fails there although the page is served (MIN-2 holds); Werkzeug 2.2.2 moved the hint to a line of its own (change log: pallets/werkzeug#2480).

  Background:
    Given the "minimal" section

  @MIN-1 @MIN-6 @minimal.1
  Scenario: The root URL shows Hello World!
    When a visitor opens "/"
    Then the status is 200
    And the page reads "Hello World!"

  @MIN-6 @minimal.2
  Scenario: The function's name is not a URL: only the rule given to route() triggers it
    Given the visitor has seen "Hello World!" on "/"
    When a visitor opens "/hello_world"
    Then the status is 404

  @python-api @MIN-4 @minimal.6
  Scenario: The Flask instance is a WSGI application
    When the section's application is called as a WSGI application for "/"
    Then the WSGI status line is "200 OK"
    And the WSGI body is exactly "Hello World!"

  @python-api @MIN-5 @minimal.7
  Scenario: Given __name__, Flask finds the static folder beside the module
    Given a file "static/style.css" beside the section's module
    When the section's application alone is asked for "/static/style.css"
    Then the status is 200
    And the body is the content of that file

  @python-api @MIN-7 @minimal.8
  Scenario: The function's name is the endpoint url_for builds its URL from
    When url_for('hello_world') is called in Python
    Then the URL built is "/"

  @python-api @MIN-2 @minimal.3
  Scenario: Run with the Python interpreter, hello.py serves the app on a local server
    Given the section's module is saved as "hello.py" in an empty folder
    When "python hello.py" runs there and a visitor opens the address it announces
    Then the address it announces is on this machine
    And the status is 200
    And the page reads "Hello World!"

  @python-api @minimal.9
  Scenario: The local server is Flask's default address, announced in Flask's words
    Given the section's module is saved as "hello.py" in an empty folder
    When "python hello.py" runs there and a visitor opens the address it announces
    Then it announces " * Running on http://127.0.0.1:5000"
    And the status is 200

  @python-api @MIN-8 @minimal.4
  Scenario: Imported as a module, hello.py starts no server
    Given the section's module is saved as "hello.py" in an empty folder
    When "python -c 'import hello'" runs there
    Then it exits with status 0
    And its output does not show "http://"

  @python-api @MIN-3 @minimal.5
  Scenario: Saved as flask.py, the application shadows Flask itself
    Given the section's module is saved as "flask.py" in an empty folder
    When "python flask.py" runs there
    Then it exits with an error status
    And its traceback passes through the saved "flask.py" and ends in an import that failed

  @python-api @minimal.10
  Scenario: Flask names the clash in its own words
    Given the section's module is saved as "flask.py" in an empty folder
    When "python flask.py" runs there
    Then it exits with an error status
    And its output shows "ImportError: cannot import name 'Flask' from partially initialized module 'flask'"
