Feature: Redirects and errors
  重定向和错误: redirect(url_for('login')) ... abort(401) ... 定制错误页面:如果你要定制错误页面， 可以使用 errorhandler() 装饰器
  (Redirects and errors: redirect() sends the visitor elsewhere, abort() ends a request with an error code, errorhandler() customises an error page.)
  The document leaves this_is_never_executed() undefined and gives no page_not_found.html; /after-abort (not in the document) counts the runs of the code after abort().

  Background:
    Given the "redirects" section

  @ERR-1 @redirects.1
  Scenario: The index sends the visitor to the login page
    When a visitor opens "/"
    Then the visitor is redirected with 302 to "/login"

  @ERR-2 @redirects.2
  Scenario: abort(401) ends the request with 401 before the code after it
    When a visitor opens "/login"
    Then the status is 401
    And the code after abort has never run

  @ERR-3 @redirects.3
  Scenario Outline: A page that does not exist gets the custom error page
    When a visitor opens "<path>"
    Then the status is 404
    And the page shows "This custom page answers every URL that does not exist."

    Examples: a URL no route names
      | path          |
      | /no-such-page |

    Examples: a static file that does not exist
      | path                |
      | /static/missing.css |
