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

  @METHOD-1 @methods.1
  Scenario: A route given no methods refuses every other method
    Given a GET of "/" reads "Index Page"
    When a visitor sends POST, PUT, DELETE and PATCH requests to "/"
    Then each is refused with a 4xx status, none reading "Index Page"

  @METHOD-2 @METHOD-3 @methods.2
  Scenario: GET on the login page shows the login form
    When a visitor opens "/login"
    Then the status is 200
    And the page has a form that posts the fields "username" and "password"

  @METHOD-2 @METHOD-3 @methods.2 @methods.3
  Scenario: The login form is sent to the view that logs the visitor in
    When a visitor sends the form on "/login" with:
      | username | mallory |
      | password | secret  |
    Then the status is 200
    And the page shows "Logged in as mallory"

  @METHOD-2 @methods.3
  Scenario Outline: POST on the login page logs the visitor in under the name as typed
    When a visitor posts the form to "/login" with:
      | username | <name> |
      | password | secret |
    Then the status is 200
    And the page shows "Logged in as <name>"

    Examples: plain, multi-byte, a space (sent as +), characters a form parser splits at
      | name        |
      | alice       |
      | 张三        |
      | Mary Ann    |
      | Tom & Jerry |

  @METHOD-2 @methods.3
  Scenario: The name logged in is shown as text, not as markup
    When a visitor posts the form to "/login" with:
      | username | <b>alice</b> |
      | password | secret       |
    Then the page shows "Logged in as <b>alice</b>"
    And the raw body does not contain "<b>"

  @METHOD-2 @methods.3
  Scenario Outline: A login without the field username is refused
    Given the form "username=alice&password=secret" posted to "/login" shows "Logged in as alice"
    When a visitor posts the form "<form>" to "<path>"
    Then the status is 400

    Examples: the field left out, only in another letter case, or only in the query string
      | form                           | path                  |
      | password=secret                | /login                |
      | Username=alice&password=secret | /login                |
      | password=secret                | /login?username=alice |

  @METHOD-5 @methods.4
  Scenario: Each POST stores its message once more, on its own board
    Given a board nobody has written on
    And another board with the message "elsewhere"
    When a visitor posts the message "hello" to the board twice
    Then the board lists "hello", "hello"
    And the other board still lists "elsewhere"

  @METHOD-5 @methods.4
  Scenario: Messages are listed as they were written, in the order they were posted
    Given a board nobody has written on
    When a visitor posts the messages "mango", "<b>zebra</b>", "Tom & Jerry", "1+1=2; 100% sure?", "你好" to the board
    Then the board lists "mango", "<b>zebra</b>", "Tom & Jerry", "1+1=2; 100% sure?", "你好"

  @METHOD-5 @methods.4
  Scenario: A board is shared by every visitor
    Given a board nobody has written on
    And another visitor has posted the message "from Ann" to the board
    When a visitor posts the message "from Bob" to the board once
    Then the board lists "from Ann", "from Bob"

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
  Scenario: DELETE removes the board, and only that board
    Given a board with the message "hello"
    And another board with the message "elsewhere"
    When a visitor deletes the board
    Then the board is not found any more
    And the other board still lists "elsewhere"

  @methods.7
  Scenario: A board nobody has written on is not found
    Given another board with the message "elsewhere"
    And a board nobody has written on
    When a visitor opens the board
    Then the status is 404

  @methods.7
  Scenario Outline: A write without the field message is refused and changes nothing
    Given a board with the message "kept"
    When a visitor <verb> the form "<form>" to the board
    Then the status is 400
    And the board still lists "kept"

    Examples: the field left out, or only in another letter case
      | verb  | form            |
      | posts |                 |
      | posts | Message=shouted |
      | puts  |                 |
      | puts  | Message=shouted |

  @methods.7
  Scenario: A refused POST leaves no board behind
    Given a board nobody has written on
    When a visitor posts the form "text=hello" to the board
    Then the status is 400
    And the board is not found
