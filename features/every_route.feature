Feature: Every route of the contract
  路由: route() 装饰器把一个函数绑定到对应的 URL 上。…… 默认情况下，路由只回应 GET 请求，但是通过 route() 装饰器传递 methods 参数可以改变这个行为。…… HEAD …… 在 Flask 中你完全无需人工干预 …… OPTIONS …… 从 Flask 0.6 开始，实现了自动处理。
  (route() binds a function to a URL; by default a route answers GET only, and the methods argument of route() changes that; HEAD needs no work from the app; OPTIONS is handled automatically.)
  These rules hold on every route of the contract's route table (features/CONTRACT.md), in every section: each scenario walks the whole table, and a failure lists every route that breaks the rule.
  A refusal is checked only beside a route that answers: a route whose example does not answer as the table says is left out here (its own section's scenarios fail it).
  The document states that a route answers GET only, that HEAD is answered like GET and that OPTIONS tells the methods; the exact 404s, 308s, 405s and Allow sets are Flask's.

  @all.1
  Scenario: A URL no rule names is not found, whatever its letter case
    Given the routes that answer their example as the route table says
    When a visitor opens each of them in another letter case, and an unknown path in each section
    Then every answer is 404

  @all.2
  Scenario: A slash added to a route that ends without one is not found
    Given the routes that answer their example as the route table says
    When a visitor opens each of them that ends without a slash with a slash added
    Then every answer is 404

  @all.3
  Scenario: A route that ends with a slash, opened without it, redirects to it with 308
    When a visitor opens each route that ends with a slash without it, with a query string
    Then every answer redirects with 308 to the route, the query string kept

  @all.4
  Scenario: A method a route does not list is refused with 405, and Allow names the route's methods
    When a visitor sends each route every method, those it lists and those it does not
    Then every method a route lists is answered, not refused with 405
    And every other method is refused with 405, its Allow listing exactly the route's methods with HEAD and OPTIONS

  @METHOD-1 @all.6
  Scenario: A route given GET alone answers no other method
    Given the routes that answer their example as the route table says
    When a visitor sends POST, PUT, DELETE and PATCH to each of them listed with GET alone
    Then every answer is a refusal with a 4xx status

  @METHOD-4 @all.7
  Scenario: HEAD is answered like GET, without the body
    When a visitor sends HEAD to each route that has GET, right after a GET
    Then every answer has the status and Content-Type of that GET, its Content-Length if it sends one, and no body

  @all.5
  Scenario: OPTIONS answers 200 with exactly the route's methods
    When a visitor sends OPTIONS to each route
    Then every answer is 200, its Allow listing exactly the route's methods with HEAD and OPTIONS

  @METHOD-8 @all.8
  Scenario: OPTIONS tells which methods a route supports
    When a visitor sends OPTIONS to each route
    Then every answer is a 2xx whose Allow lists each method the route lists and none it refuses
