Feature: Message flashing
  消息闪现: 闪现系统使得在一个请求结束的时候记录一个信息，然后在且仅仅在下一个请求中访问这个数据。
  (Message flashing: a message recorded at the end of one request is available in the next request, and only in that one.)
  The document sets no secret key here, though flashes live in the session; the reference app sets one.
  Flask keeps a message until a page shows it, not just for one request; the spec pins the document's case only: the next page shows it, the one after does not.
  /flash (not in the document) flashes the form field "message" and redirects to the index: the document's one fixed message cannot show order or escaping.

  Background:
    Given the "flashing" section

  @FLASH-2 @flashing.4
  Scenario: The right credentials go to the index
    When a visitor posts the form to "/login" with:
      | username | admin |
      | password | 123   |
    Then the visitor is redirected with 302 to "/"

  @FLASH-1 @FLASH-2 @flashing.1 @flashing.4
  Scenario: The flashed message shows on the next page
    Given the visitor has logged in as "admin" with password "123"
    When a visitor opens "/"
    Then the page shows "登陆成功"

  @FLASH-1 @flashing.1
  Scenario: The flashed message is gone from the page after
    Given the visitor has logged in as "admin" with password "123"
    And the visitor has opened "/"
    When a visitor opens "/"
    Then the page does not show "登陆成功"

  @FLASH-1 @FLASH-2 @flashing.1 @flashing.4
  Scenario: Every message flashed shows, even the same one twice
    Given the visitor has logged in twice as "admin" with password "123"
    When a visitor opens "/"
    Then the page shows "登陆成功" 2 times

  @FLASH-1 @flashing.1 @flashing.6
  Scenario: Messages show in the order they were flashed
    Given the message "first" has been flashed to the visitor
    And the message "second" has been flashed to the visitor
    When a visitor opens "/"
    Then the page shows "first" before "second"

  @FLASH-1 @flashing.1 @flashing.6
  Scenario: A flashed message is shown as text, not as HTML
    Given the message "<em>urgent</em>" has been flashed to the visitor
    When a visitor opens "/"
    Then the page shows "<em>urgent</em>"

  @FLASH-2 @flashing.5
  Scenario Outline: Any other credentials show the error on the login page
    When a visitor posts the form to "/login" with:
      | username | <username> |
      | password | <password> |
    Then the status is 200
    And the page shows "用户名或密码错误"

    Examples: anything but admin / 123
      | username | password |
      | admin    | 1234     |
      | admin    |          |
      | Admin    | 123      |
      | root     | 123      |

  @FLASH-2 @flashing.5
  Scenario: Wrong credentials flash nothing
    Given the visitor has been refused a login as "admin" with password "wrong"
    When a visitor opens "/"
    Then the page does not show "登陆成功"
    And the page does not show "用户名或密码错误"
