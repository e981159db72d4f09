Feature: Cookies
  Cookies: 你可以通过 cookies 属性来访问 Cookies，用响应对象的 set_cookie 方法来设置 Cookies。请求对象的 cookies 属性是一个内容为客户端提交的所有 Cookies 的字典。如果你想使用会话，请不要直接使用 Cookies
  (Cookies: request.cookies holds every cookie the client sent; set_cookie() on a response sets one. For sessions, do not use raw cookies.)
  The document puts both views at "/" and its reading view returns nothing: here "/store" stores the cookie and "/" shows the one it read.

  Background:
    Given the "cookies" section

  @COOKIE-2 @cookies.1
  Scenario: Storing sets the username cookie
    When a visitor opens "/store"
    Then the status is 200
    And the response sets the cookie "username" to "the username"

  @COOKIE-1 @cookies.2
  Scenario: The next request reads the stored cookie back
    Given the visitor has opened "/store"
    When a visitor opens "/"
    Then the page shows "the username"

  @COOKIE-1 @cookies.3
  Scenario: A visitor without the cookie is told there is none
    When a visitor opens "/"
    Then the status is 200
    And the page shows "There is no username cookie"

  @COOKIE-1 @cookies.2
  Scenario: A raw cookie says whatever the visitor's browser says
    Given the visitor's browser holds the cookie "username" with the value "admin"
    When a visitor opens "/"
    Then the page shows "admin"
