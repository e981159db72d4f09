Feature: Redirects and errors
  重定向和错误: redirect(url_for('login')) ... abort(401) ... 定制错误页面:如果你要定制错误页面， 可以使用 errorhandler() 装饰器
  (Redirects and errors: redirect() sends the visitor elsewhere, abort() ends a request with an error code, errorhandler() customises an error page.)
  The document leaves this_is_never_executed() undefined and gives no page_not_found.html. The code after abort() counts its runs under the request's probe: /after-abort (not in the document) shows the count, /without-abort (not in the document) runs the same code with no abort before it.

  Background:
    Given the "redirects" section

  @ERR-1 @redirects.1
  Scenario: The index sends the visitor to the login page
    When a visitor opens "/"
    Then the visitor is redirected to "/login"

  @redirects.4
  Scenario: The redirect is a 302, as redirect() sends it
    When a visitor opens "/"
    Then the visitor is redirected with 302 to "/login"

  @ERR-2 @redirects.2
  Scenario: abort(401) ends the request before the code after it runs
    Given a fresh probe, under which the code after abort has run 0 times
    When a visitor opens "/login" with the probe
    Then the status is 401
    And the code after abort has run 0 times under the probe
    But without the abort, the same code runs once more under the probe

  @ERR-3 @redirects.3
  Scenario Outline: A URL that does not exist gets the custom error page, whatever the method
    When a visitor sends a <method> request to "<path>"
    Then the status is 404
    And the page shows "This custom page answers every URL that does not exist."

    Examples: a URL no route names
      | method | path                |
      | GET    | /no-such-page       |
      | POST   | /no-such-page       |
      | PATCH  | /no-such-page       |
      | DELETE | /no/such/page       |
      | PUT    | /login/no-such-page |

    Examples: a static file that does not exist
      | method | path                |
      | GET    | /static/missing.css |

  @ERR-3 @redirects.3
  Scenario: A page that exists does not show the custom error page
    Given the visitor has seen "This custom page answers every URL that does not exist." on "/no-such-page"
    When a visitor opens "/after-abort?probe=exists"
    Then the status is 200
    And the page does not show "This custom page answers every URL that does not exist."
