Feature: Message flashing
  消息闪现: 闪现系统使得在一个请求结束的时候记录一个信息，然后在且仅仅在下一个请求中访问这个数据。
  (Message flashing: a message recorded at the end of one request is available in the next request, and only in that one.)
  The document sets no secret key here, though flashes live in the session; the reference app sets one.
  Flask keeps a message until a page shows it, not just for one request: the claims rest on the document's case only (the next page shows it, the one after does not); the contract pins Flask's.
  /flash (not in the document) flashes each form field "message" and redirects to the index: the document's one fixed message cannot show order or escaping.

  Background:
    Given the "flashing" section

  @FLASH-1 @flashing.1 @flashing.6
  Scenario: Messages show in the order they were flashed
    Given the messages "Profile saved" and "Avatar uploaded" have been flashed to the visitor by one request
    When a visitor opens "/"
    Then the page shows "Profile saved" before "Avatar uploaded"

  @FLASH-1 @flashing.1 @flashing.6
  Scenario: The same message flashed twice shows twice
    Given the messages "Saved", "Saved" and "Sent" have been flashed to the visitor by one request
    When a visitor opens "/"
    Then the page shows "Saved" 2 times

  @FLASH-1 @flashing.1 @flashing.6
  Scenario: A flashed message is shown as text, not as HTML
    Given the messages "<em>urgent</em>" and "AT&amp;T" have been flashed to the visitor by one request
    When a visitor opens "/"
    Then the page shows "<em>urgent</em>"
    And the page shows "AT&amp;T"

  @FLASH-1 @flashing.1
  Scenario: The flashed message is gone from the page after
    Given the visitor has logged in as "admin" with password "123"
    And the visitor has seen "登陆成功" on "/"
    When a visitor opens "/"
    Then the page does not show "登陆成功"

  @FLASH-1 @flashing.2
  Scenario: Flashed messages belong to the visitor they were flashed to
    Given the visitor has logged in as "admin" with password "123"
    When another visitor opens "/"
    Then the page does not show "登陆成功"
    But the first visitor still finds "登陆成功" on "/"

  @FLASH-2 @flashing.3
  Scenario: The login page is a form with the username and password fields, and no error
    Given the visitor has posted the login form as "admin" with password "wrong" and seen "用户名或密码错误"
    When a visitor opens "/login"
    Then the status is 200
    And the form is sent by POST to "/login"
    And the page has a form that posts the fields "username" and "password"
    And the page does not show "用户名或密码错误"

  @FLASH-2 @flashing.4
  Scenario: The right credentials go to the index
    Given the visitor has posted the login form as "admin" with password "wrong" and seen "用户名或密码错误"
    When a visitor posts the form to "/login" with:
      | username | admin |
      | password | 123   |
    Then the visitor is redirected to "/"

  @flashing.8
  Scenario: The login redirects with 302, as redirect() does
    Given the visitor has posted the login form as "admin" with password "wrong" and seen "用户名或密码错误"
    When a visitor posts the form to "/login" with:
      | username | admin |
      | password | 123   |
    Then the visitor is redirected with 302 to "/"

  @FLASH-1 @FLASH-2 @flashing.1 @flashing.4
  Scenario: The flashed message shows on the next page
    Given the visitor has seen no "登陆成功" on "/"
    And the visitor has logged in as "admin" with password "123"
    When a visitor opens "/"
    Then the page shows "登陆成功"

  @FLASH-2 @flashing.5
  Scenario Outline: Any other credentials show the error on the login page
    When a visitor posts the login form as <username> with password <password>
    Then the status is 200
    And the page shows "用户名或密码错误"
    And the page has a form that posts the fields "username" and "password"

    Examples: a wrong or empty value
      | username | password |
      | "admin"  | "1234"   |
      | "admin"  | ""       |
      | "root"   | "123"    |

    Examples: compared exactly: letter case, white space around a value
      | username | password |
      | "Admin"  | "123"    |
      | "admin " | "123"    |
      | "admin"  | " 123"   |

  @FLASH-2 @flashing.5
  Scenario: Wrong credentials flash nothing
    Given the visitor has posted the login form as "admin" with password "wrong" and seen "用户名或密码错误"
    And the visitor has logged in as "admin" with password "123"
    When a visitor opens "/"
    Then the page shows "登陆成功" once
    And the page does not show "用户名或密码错误"

  @flashing.6
  Scenario: /flash sends the visitor on to the index
    When a visitor posts the form to "/flash" with:
      | message | Profile saved |
    Then the visitor is redirected to "/"

  @flashing.6
  Scenario: /flash without a message is a bad request
    Given the message "Profile saved" has been flashed to the visitor
    When a visitor sends a POST request to "/flash"
    Then the status is 400

  @flashing.7
  Scenario: A message waits until a page shows it
    Given the visitor has logged in as "admin" with password "123"
    And the visitor has opened "/login"
    And the visitor has logged in as "admin" with password "123"
    When a visitor opens "/"
    Then the page shows "登陆成功" 2 times
