Feature: Sessions
  会话: 除请求对象之外，还有一个 session 对象。它允许你在不同请求间存储特定用户的信息。它是在 Cookies 的基础上实现的，并且对 Cookies 进行密钥签名。这意味着用户可以查看你 Cookie 的内容，但却不能修改它，除非用户知道签名的密钥。
  (Sessions: the session object keeps one user's information between requests, in a cookie signed with a secret key: the user can read it, not change it.)
  The document imports escape from flask, which Flask 3 removed (markupsafe's is used), and its /login answers nothing on GET (completed with a form).

  Background:
    Given the "sessions" section

  @SESSION-3 @sessions.1
  Scenario: A visitor who has not logged in is asked to
    When a visitor opens "/"
    Then the status is 200
    And the page reads "请先进行登陆"

  @SESSION-4 @sessions.3
  Scenario: The login page offers a form for the username
    When a visitor opens "/login"
    Then the status is 200
    And the page has a form that posts the fields "username"

  @SESSION-4 @sessions.4
  Scenario: Logging in redirects to the index
    When a visitor posts the form to "/login" with:
      | username | Zhang San |
    Then the visitor is redirected with 302 to "/"

  @SESSION-3 @SESSION-4 @sessions.2 @sessions.4
  Scenario Outline: The index greets the visitor who logged in
    Given the visitor has logged in as "<username>"
    When a visitor opens "/"
    Then the page reads "你好, <username>"

    Examples: names
      | username  |
      | Zhang San |
      | 张三      |

  @SESSION-3 @sessions.2
  Scenario: The greeting escapes the name
    Given the visitor has logged in as "<b>admin</b>"
    When a visitor opens "/"
    Then the page reads "你好, <b>admin</b>"
    And the raw body does not contain "<b>"

  @SESSION-1 @sessions.6
  Scenario: The session lasts from one request to the next
    Given the visitor has logged in as "Zhang San"
    And the visitor has opened "/" 3 times
    When a visitor opens "/"
    Then the page reads "你好, Zhang San"

  @SESSION-2 @sessions.7
  Scenario Outline: The visitor can read the session cookie without the key
    When a visitor posts the form to "/login" with:
      | username | <username> |
    Then the session cookie reveals the username "<username>" without the key

    Examples: names, short and long enough to be compressed
      | username                                 |
      | Zhang San                                |
      | 张三                                     |
      | hahahahahahahahahahahahahahahahahahahaha |

  @SESSION-2 @sessions.8
  Scenario Outline: A session cookie the visitor edited is not believed
    Given the visitor has logged in as "Zhang San"
    And the visitor has edited the session cookie: <forgery>
    When a visitor opens "/"
    Then the status is 200
    And the page reads "请先进行登陆"

    Examples: forgeries
      | forgery                                          |
      | the payload rewritten to name "admin"            |
      | the signature replaced by random bytes           |
      | the payload taken from the session of "admin"    |

  @COOKIE-3 @sessions.9
  Scenario: A raw username cookie does not log the visitor in
    Given the visitor's browser holds the cookie "username" with the value "admin"
    When a visitor opens "/"
    Then the page reads "请先进行登陆"

  @SESSION-2 @sessions.8
  Scenario: A session cookie the visitor wrote is not believed, unlike a raw cookie
    Given the visitor's browser holds a session cookie they wrote, naming "admin"
    When a visitor opens "/"
    Then the status is 200
    And the page reads "请先进行登陆"

  @sessions.10
  Scenario: Scripts in the page cannot read the session cookie
    When a visitor posts the form to "/login" with:
      | username | Zhang San |
    Then the response sets the cookie "session" with the "HttpOnly" attribute

  @all.9
  Scenario: The session cookie belongs to its section alone
    When a visitor posts the form to "/login" with:
      | username | Zhang San |
    Then the response sets the cookie "session" for the section's path only

  @SESSION-5 @sessions.5
  Scenario: Logging out redirects to the index
    Given the visitor has logged in as "Zhang San"
    When a visitor opens "/logout"
    Then the visitor is redirected with 302 to "/"

  @SESSION-5 @sessions.5
  Scenario: After logging out, the index asks the visitor to log in again
    Given the visitor has logged in as "Zhang San"
    And the visitor has logged out
    When a visitor opens "/"
    Then the page reads "请先进行登陆"

  @python-api @SESSION-6 @sessions.11
  Scenario: Every start of the app draws a new secret key of 24 random bytes
    When the section's app is started twice
    Then each start has a secret key of 24 bytes
    And the two starts have different secret keys

  @python-api @SESSION-6 @sessions.11
  Scenario: A restart of the app logs every visitor out
    Given the visitor has logged in as "Zhang San"
    When the visitor brings the session cookie to a fresh start of the section's app
    Then the status is 200
    And the page reads "请先进行登陆"
