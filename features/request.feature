Feature: The request object
  请求对象: 通过 request.form[] 来获取 post 提交的表单参数; 你可以通过 args 属性来访问 URL(get) 中提交的参数: request.args.get('q', '')
  (The request object: request.form reads the fields of a POSTed form; request.args reads the parameters of the URL.)
  The document leaves valid_login() and log_the_user_in() undefined: the one valid account is admin / 123 (the flashing example's), and logging in shows "Logged in as <username>".
  /search (not in the document) shows the q it read between single quotes, so that '' is visible.

  Background:
    Given the "request" section

  @REQ-2 @request.1
  Scenario: The login form shows no error before anything is posted
    Given the visitor has posted the login form as "admin" with password "wrong" and seen "Invalid username/password"
    When a visitor opens "/login"
    Then the status is 200
    And the form is sent by POST to "/login"
    And the form has a text input named "username"
    And the form has a password input named "password"
    And the page does not show "Invalid username/password"

  @REQ-1 @REQ-2 @request.2
  Scenario: The right credentials log the user in
    Given the visitor has posted the login form as "admin" with password "1234" and seen "Invalid username/password"
    When a visitor posts the form to "/login" with:
      | username | admin |
      | password | 123   |
    Then the status is 200
    And the page shows "Logged in as admin"
    And the page does not show "Invalid username/password"

  @REQ-1 @REQ-2 @request.3
  Scenario Outline: Any other credentials show the login form again, with the error
    Given the visitor has posted the login form as "admin" with password "123" and seen "Logged in as admin"
    When a visitor posts the login form as <username> with password <password>
    Then the status is 200
    And the page shows "Invalid username/password"
    And the page does not show "Logged in"
    And the form has a password input named "password"

    Examples: a wrong or empty value
      | username | password |
      | "admin"  | "1234"   |
      | "admin"  | ""       |
      | "root"   | "123"    |

    Examples: compared exactly: letter case, white space around a value, numbers as text
      | username | password |
      | "Admin"  | "123"    |
      | "admin " | "123"    |
      | " admin" | "123"    |
      | "admin"  | "123 "   |
      | "admin"  | "0123"   |
      | "admin"  | "123.0"  |

  @REQ-1 @request.4
  Scenario Outline: A form without a field the view reads is a bad request, not a server error
    Given the visitor has posted the login form as "admin" with password "123" and seen "Logged in as admin"
    When a visitor posts the form to "/login" with:
      | <first field>  | admin |
      | <second field> | 123   |
    Then the status is 400

    Examples: each field missing in turn
      | first field | second field |
      | user        | password     |
      | username    | pass         |

    Examples: field names are case-sensitive
      | first field | second field |
      | Username    | Password     |

  @REQ-1 @request.4
  Scenario: Credentials in the URL alone are not form fields
    Given the visitor has posted the login form as "admin" with password "123" and seen "Logged in as admin"
    When a visitor sends a POST request to "/login?username=admin&password=123"
    Then the status is 400

  @REQ-1 @request.4
  Scenario Outline: A field in the URL does not complete the form
    Given the visitor has posted the login form as "admin" with password "123" and seen "Logged in as admin"
    When a visitor posts the form to "/login?<in the URL>" with:
      | <in the form> | <value> |
    Then the status is 400

    Examples: one field in the form, the other in the URL
      | in the form | value | in the URL     |
      | username    | admin | password=123   |
      | password    | 123   | username=admin |

  @REQ-1 @request.4
  Scenario: Right credentials in the URL do not override wrong ones in the form
    Given the visitor has posted the login form as "admin" with password "123" and seen "Logged in as admin"
    When a visitor posts the form to "/login?username=admin&password=123" with:
      | username | admin |
      | password | wrong |
    Then the status is 200
    And the page shows "Invalid username/password"
    And the page does not show "Logged in"

  @REQ-3 @request.5
  Scenario Outline: The search page reads q from the query string, '' when it is absent
    When a visitor opens "<path>"
    Then the status is 200
    And the page reads "<text>"

    Examples: q is given, decoded as a query string
      | path                         | text                                 |
      | /search?q=flask              | You searched for: 'flask'            |
      | /search?q=flask+quickstart   | You searched for: 'flask quickstart' |
      | /search?q=C%2B%2B            | You searched for: 'C++'              |
      | /search?q=%E4%B8%AD%E6%96%87 | You searched for: '中文'             |
      | /search?q=a%26b&page=2       | You searched for: 'a&b'              |
      | /search?q=fish;chips         | You searched for: 'fish;chips'       |

    Examples: q is shown as text, escaped once
      | path                             | text                             |
      | /search?q=%3Cb%3Eflask%3C%2Fb%3E | You searched for: '<b>flask</b>' |
      | /search?q=AT%26amp%3BT           | You searched for: 'AT&amp;T'     |

    Examples: q is empty or absent
      | path                | text                 |
      | /search?q=          | You searched for: '' |
      | /search?q           | You searched for: '' |
      | /search             | You searched for: '' |
      | /search?query=flask | You searched for: '' |
      | /search?Q=flask     | You searched for: '' |

  @request.6
  Scenario: Given several times, q is read from its first occurrence
    When a visitor opens "/search?q=flask&q=django"
    Then the status is 200
    And the page reads "You searched for: 'flask'"
