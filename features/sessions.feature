Feature: Sessions
  会话: 除请求对象之外，还有一个 session 对象。它允许你在不同请求间存储特定用户的信息。它是在 Cookies 的基础上实现的，并且对 Cookies 进行密钥签名。这意味着用户可以查看你 Cookie 的内容，但却不能修改它，除非用户知道签名的密钥。
  (Sessions: the session object keeps one user's information between requests, in a cookie signed with a secret key: the user can read it, not change it.)
  The document imports escape from flask, which Flask 3 removed (markupsafe's is used), and its /login answers nothing on GET (completed with a form).
  The session may be kept in any readable signed form the contract lists: Flask's one cookie, Express's session and session.sig, ...

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

  @SESSION-4 @sessions.3 @sessions.4
  Scenario: The login form is sent to the view that logs the visitor in
    When a visitor sends the form on "/login" with:
      | username | Ginny |
    Then the visitor is redirected with 301, 302 or 303 to "/"

  @SESSION-4 @sessions.4
  Scenario: Logging in redirects to the index
    When a visitor posts the form to "/login" with:
      | username | Zhang San |
    Then the visitor is redirected with 301, 302 or 303 to "/"

  @SESSION-4 @sessions.4
  Scenario: A login without the username field is refused
    Given the visitor has logged in as "Zhang San"
    When a visitor posts the form to "/login" with:
      | user | Li Si |
    Then the status is 400

  @SESSION-3 @SESSION-4 @sessions.2 @sessions.4
  Scenario Outline: The index greets the visitor who logged in
    Given the visitor has logged in as "<username>"
    When a visitor opens "/"
    Then the page reads "你好, <username>"

    Examples: names
      | username                 |
      | Zhang San                |
      | 张三                     |
      | Tom & Jerry; a=b+1% 'ok' |

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

  @SESSION-1 @SESSION-3 @sessions.1 @sessions.6
  Scenario: Another visitor's login does not log this one in
    Given another visitor has logged in as "Li Si" and has seen "你好, Li Si" on "/"
    When a visitor opens "/"
    Then the page reads "请先进行登陆"

  @SESSION-2 @SESSION-4 @sessions.4 @sessions.7
  Scenario Outline: The visitor can read the session cookie without the key
    When a visitor posts the form to "/login" with:
      | username | <username> |
    Then the session cookie reveals the username "<username>" without the key

    Examples: names, short and long enough to be compressed
      | username                                 |
      | Zhang San                                |
      | 张三                                     |
      | hahahahahahahahahahahahahahahahahahahaha |

  @SESSION-2 @SESSION-4 @sessions.4 @sessions.7
  Scenario: The session keeps the name exactly as sent, white space included
    When a visitor logs in with the username "  Zhang San "
    Then the session cookie reveals the username "  Zhang San " without the key

  @SESSION-2 @sessions.8
  Scenario Outline: A session the visitor edited is not believed
    Given the visitor has logged in as "Zhang San"
    And the visitor has seen "你好, Zhang San" on "/"
    And the visitor has edited the session: <forgery>
    When a visitor opens "/"
    Then the status is 200
    And the page reads "请先进行登陆"

    Examples: forgeries
      | forgery                                         |
      | the payload rewritten to name "admin"           |
      | the signature replaced by random bytes          |
      | the signature removed                           |
      | the payload taken from the session of "admin"   |
      | all of it written anew, naming "admin"          |

  @SESSION-2 @sessions.8
  Scenario Outline: A session signed with a well-known key is not believed
    Given the visitor has logged in as "Zhang San"
    And the visitor has seen "你好, Zhang San" on "/"
    And the visitor has edited the session: the payload rewritten to name "admin" and signed with the key "<key>"
    When a visitor opens "/"
    Then the status is 200
    And the page reads "请先进行登陆"

    Examples: keys from tutorials, READMEs and defaults
      | key          |
      | dev          |
      | secret       |
      | secret key   |
      | changeme     |
      | keyboard cat |
      |              |

  @COOKIE-3 @sessions.9
  Scenario: A raw username cookie does not log the visitor in, though it is a cookie like any other
    Given the visitor's browser holds the cookie "username" with the value "admin" for every section
    And the visitor has seen "admin" on "/" of the "cookies" section
    When a visitor opens "/"
    Then the page reads "请先进行登陆"

  @COOKIE-3 @sessions.9
  Scenario: A raw username cookie does not change the name the session holds
    Given the visitor has logged in as "Zhang San"
    And the visitor's browser holds the cookie "username" with the value "admin"
    When a visitor opens "/"
    Then the page reads "你好, Zhang San"

  @sessions.10
  Scenario: Scripts in the page cannot read the session cookie
    When a visitor posts the form to "/login" with:
      | username | Zhang San |
    Then every cookie holding the session of "Zhang San" is set with the "HttpOnly" attribute

  @all.9
  Scenario: A login in this section is kept while another section writes its own session
    Given the visitor has logged in as "Zhang San"
    And the message "Ping" has been flashed to the visitor in the "flashing" section
    And the visitor has seen "Ping" on "/" of the "flashing" section
    When a visitor opens "/"
    Then the page reads "你好, Zhang San"

  @all.9
  Scenario: A flash waiting in another section is kept while this one logs in and out
    Given the message "Pong" has been flashed to the visitor in the "flashing" section
    And the visitor has logged in as "Zhang San"
    And the visitor has seen "你好, Zhang San" on "/"
    And the visitor has logged out
    When a visitor opens "/" of the "flashing" section
    Then the page shows "Pong"

  @SESSION-5 @sessions.5
  Scenario: Logging out redirects to the index
    Given the visitor has logged in as "Zhang San"
    When a visitor opens "/logout"
    Then the visitor is redirected with 302, 303 or 307 to "/"

  @SESSION-5 @sessions.5
  Scenario: A visitor who never logged in can log out too
    When a visitor opens "/logout"
    Then the visitor is redirected with 302, 303 or 307 to "/"

  @SESSION-3 @SESSION-5 @sessions.1 @sessions.5
  Scenario: After logging out, the index asks the visitor to log in again
    Given the visitor has logged in as "Zhang San"
    And the visitor has seen "你好, Zhang San" on "/"
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
    And the visitor has seen "你好, Zhang San" on "/"
    When the visitor brings the session cookie to a fresh start of the section's app
    Then the status is 200
    And the page reads "请先进行登陆"
