Feature: HTTP methods
  HTTP 方法: 默认情况下，路由只回应 GET 请求，但是通过 route() 装饰器传递 methods 参数可以改变这个行为。
  (By default a route answers GET only; the methods argument of route() changes that.)
  The document leaves do_the_login() and show_the_login_form() undefined: the reference app completes them as the Flask docs do.
  POST, PUT and DELETE are shown on a message board at /boards/<name>, which the document does not have.

  Background:
    Given the "methods" section

  @METHOD-1 @methods.1
  Scenario: A route answers GET by default
    When a visitor opens "/"
    Then the status is 200
    And the page reads "Index Page"

  @all.4
  Scenario Outline: A GET-only route refuses other methods and says which it allows
    When a visitor sends a <method> request to "/"
    Then the status is 405
    And the allowed methods are exactly GET, HEAD, OPTIONS

    Examples: methods the route was not given
      | method |
      | POST   |
      | PUT    |
      | DELETE |

  @METHOD-2 @METHOD-3 @methods.2
  Scenario: GET on the login page shows the login form
    When a visitor opens "/login"
    Then the status is 200
    And the page has a form that posts the fields "username" and "password"

  @METHOD-2 @methods.3
  Scenario: POST on the login page logs the visitor in
    When a visitor posts the form to "/login" with:
      | username | alice  |
      | password | secret |
    Then the status is 200
    And the page shows "Logged in as alice"

  @METHOD-2 @methods.3
  Scenario: The name logged in is shown as text, not as markup
    When a visitor posts the form to "/login" with:
      | username | <b>alice</b> |
      | password | secret       |
    Then the page shows "Logged in as <b>alice</b>"
    And the raw body does not contain "<b>"

  @METHOD-4 @all.7
  Scenario Outline: HEAD answers like GET, without the body
    Given the answer to a GET of "<path>"
    When a visitor sends a HEAD request to "<path>"
    Then the status and the headers Content-Type, Content-Length are those of the GET
    And the body is empty

    Examples: a page and the login form
      | path   |
      | /      |
      | /login |

  @all.5
  Scenario Outline: OPTIONS lists exactly the methods of the route
    When a visitor sends an OPTIONS request to "<path>"
    Then the status is 200
    And the allowed methods are exactly <methods>

    Examples: a GET-only route, the login page, a board
      | path        | methods                               |
      | /           | GET, HEAD, OPTIONS                    |
      | /login      | GET, HEAD, OPTIONS, POST              |
      | /boards/any | DELETE, GET, HEAD, OPTIONS, POST, PUT |

  @METHOD-5 @methods.4
  Scenario: Each POST stores its message once more
    Given a board nobody has written on
    When a visitor posts the message "hello" to the board twice
    Then the board lists "hello", "hello"

  @METHOD-6 @methods.5
  Scenario: Repeating a PUT leaves the same state
    Given a board nobody has written on
    When a visitor puts the message "hello" on the board twice
    Then the board lists "hello"

  @METHOD-6 @methods.5
  Scenario: A PUT overwrites what the board held
    Given a board with the messages "first", "second"
    When a visitor puts the message "third" on the board once
    Then the board lists "third"

  @METHOD-7 @methods.6
  Scenario: DELETE removes the board
    Given a board with the message "hello"
    When a visitor deletes the board
    Then the board is not found any more
