Feature: Routing
  路由: route() 装饰器把一个函数绑定到对应的 URL 上。
  (Routing: the route() decorator binds a function to a URL.)

  Background:
    Given the "routing" section

  @ROUTE-1 @MIN-6
  Scenario Outline: A route answers with its function's return value
    When a visitor opens "<path>"
    Then the status is 200
    And the page reads "<text>"

    Examples:
      | path   | text        |
      | /      | Index Page  |
      | /hello | Hello World |

  @ROUTE-1 @MIN-6
  Scenario: A URL no route names is not found
    When a visitor opens "/goodbye"
    Then the status is 404
