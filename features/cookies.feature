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
    And the visitor's browser now holds the cookie "username" with the value "the username"

  @COOKIE-1 @COOKIE-2 @cookies.1 @cookies.2 @cookies.3
  Scenario: The page that found no cookie shows the stored one on the next visit
    Given the visitor has seen "There is no username cookie" on "/"
    And the visitor has opened "/store"
    When a visitor opens "/"
    Then the page shows "the username"
    And the page does not show "There is no username cookie"

  @COOKIE-1 @cookies.2
  Scenario Outline: The page shows the whole value of a cookie the browser set, as text
    Given the visitor's browser holds the cookie "username" with the value "<value>"
    When a visitor opens "/"
    Then the page shows "<value>"

    Examples: values a parser or a page could cut or render
      | value         |
      | Cyrano=de=B== |
      | <b>Cyrano</b> |

  @COOKIE-1 @cookies.2
  Scenario: Only the cookie named exactly username counts, among others
    Given the visitor's browser holds the cookies "Username=Annabel", "my_username=Bartholomew" and "username=Cyrano"
    When a visitor opens "/"
    Then the page shows "Cyrano"
    And the page does not show "Annabel"
    And the page does not show "Bartholomew"

  @COOKIE-1 @cookies.2 @cookies.3
  Scenario: A visitor without the username cookie is told there is none, whatever else they hold
    Given the visitor's browser holds the cookies "my_username=Bartholomew" and "Username=Annabel"
    When a visitor opens "/"
    Then the status is 200
    And the page shows "There is no username cookie"
    And the page does not show "Annabel"
    And the page does not show "Bartholomew"
