Feature: The request object
  请求对象: 通过 request.form[] 来获取 post 提交的表单参数; 你可以通过 args 属性来访问 URL(get) 中提交的参数: request.args.get('q', '')
  (The request object: request.form reads the fields of a POSTed form; request.args reads the parameters of the URL.)
  The document leaves valid_login() and log_the_user_in() undefined: the one valid account is admin / 123 (the flashing example's), and logging in shows "Logged in as <username>".
  /search (not in the document) shows the q it read between single quotes, so that '' is visible.

  Background:
    Given the "request" section

  @REQ-1 @REQ-2 @request.2
  Scenario: The right credentials log the user in
    When a visitor posts the form to "/login" with:
      | username | admin |
      | password | 123   |
    Then the status is 200
    And the page shows "Logged in as admin"
    And the page does not show "Invalid username/password"

  @REQ-1 @REQ-2 @request.3
  Scenario Outline: Any other credentials show the login form again, with the error
    When a visitor posts the form to "/login" with:
      | username | <username> |
      | password | <password> |
    Then the status is 200
    And the page shows "Invalid username/password"
    And the page does not show "Logged in"
    And the form has a password input named "password"

    Examples: anything but admin / 123
      | username | password |
      | admin    | 1234     |
      | admin    |          |
      | Admin    | 123      |
      | root     | 123      |

  @REQ-2 @request.1
  Scenario: The login form shows no error before anything is posted
    When a visitor opens "/login"
    Then the status is 200
    And the form has a text input named "username"
    And the form has a password input named "password"
    And the page does not show "Invalid username/password"

  @REQ-1 @request.4
  Scenario: A form without a field the view reads is a bad request, not a server error
    When a visitor posts the form to "/login" with:
      | username | admin |
    Then the status is 400

  @REQ-1 @request.4
  Scenario: Credentials in the URL are not form fields
    When a visitor sends a POST request to "/login?username=admin&password=123"
    Then the status is 400

  @REQ-3 @request.5
  Scenario Outline: The search page reads q from the query string, '' when it is absent
    When a visitor opens "<path>"
    Then the status is 200
    And the page reads "<text>"

    Examples: q is given, percent-decoded
      | path                              | text                                  |
      | /search?q=flask                   | You searched for: 'flask'             |
      | /search?q=flask+quickstart        | You searched for: 'flask quickstart'  |
      | /search?q=%E4%B8%AD%E6%96%87      | You searched for: '中文'              |
      | /search?q=a%26b&page=2            | You searched for: 'a&b'               |
      | /search?q=%3Cb%3Eflask%3C%2Fb%3E  | You searched for: '<b>flask</b>'      |

    Examples: q is empty or absent
      | path                | text                  |
      | /search?q=          | You searched for: ''  |
      | /search?q           | You searched for: ''  |
      | /search             | You searched for: ''  |
      | /search?query=flask | You searched for: ''  |
