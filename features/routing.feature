Feature: Routing
  路由: route() 装饰器把一个函数绑定到对应的 URL 上。
  (Routing: the route() decorator binds a function to a URL.)

  要给 URL 添加变量部分，你可以把这些特殊的字段标记为 <variable_name> ，这个部分将会作为命名参数传递到你的函数。
  规则可以用 <converter:variable_name> 指定一个可选的转换器。
  (A variable part <variable_name> is passed to the function as a keyword argument; a rule can name
  a converter, <converter:variable_name>.)

  The document shows `int` only; the converters string, float, path and uuid, and the trailing-slash
  rules, are those of the Flask documentation, pinned because an implementation gets them wrong easily.
  Several rules on one function (ROUTE-4) are the document's /hello/ and /hello/<name>, in templates.feature.

  Background:
    Given the "routing" section

  @MIN-6 @ROUTE-1 @routing.1
  Scenario Outline: A route answers with its function's return value
    When a visitor opens "<path>"
    Then the status is 200
    And the page reads "<text>"

    Examples:
      | path   | text        |
      | /      | Index Page  |
      | /hello | Hello World |

  @MIN-6 @ROUTE-1 @routing.2
  Scenario: A URL that no route names is not found
    When a visitor opens "/goodbye"
    Then the status is 404

  @ROUTE-2 @routing.3
  Scenario Outline: A variable part is passed to the function as it was in the URL
    When a visitor opens "<path>"
    Then the status is 200
    And the page reads "<text>"

    Examples: names, decoded from the URL
      | path                        | text          |
      | /user/John                  | User John     |
      | /user/John%20Doe            | User John Doe |
      | /user/John Doe              | User John Doe |
      | /user/%E4%B8%AD%E6%96%87    | User 中文     |
      | /user/李雷                  | User 李雷     |

  @ROUTE-2 @routing.4
  Scenario: A string variable part stops at a slash
    When a visitor opens "/user/john/posts"
    Then the status is 404

  @ROUTE-3 @routing.5
  Scenario Outline: The int converter matches digits and passes an integer
    When a visitor opens "/post/<id>"
    Then the status is 200
    And the page reads "<text>"

    Examples: integers match
      | id  | text     |
      | 42  | Post 42  |
      | 0   | Post 0   |
      | 042 | Post 42  |

  @ROUTE-3 @routing.6
  Scenario Outline: The int converter refuses what is not a number
    When a visitor opens "/post/<id>"
    Then the status is 404

    Examples: non-integers do not match
      | id    |
      | 4.2   |
      | abc   |
      | 1e3   |
      | %2042 |

  @routing.7
  Scenario Outline: The int converter is unsigned
    When a visitor opens "/post/<id>"
    Then the status is 404

    Examples: signed integers do not match
      | id |
      | -1 |

  @routing.8
  Scenario Outline: The float converter needs a decimal point
    When a visitor opens "/float/<value>"
    Then the status is <status>

    Examples: floats match
      | value | status |
      | 4.2   | 200    |
      | 0.5   | 200    |

    Examples: integers and words do not
      | value | status |
      | 42    | 404    |
      | four  | 404    |

  @routing.9
  Scenario Outline: The path converter keeps slashes
    When a visitor opens "/path/<subpath>"
    Then the status is 200
    And the page reads "<text>"

    Examples:
      | subpath     | text            |
      | a           | Path a          |
      | a/b         | Path a/b        |
      | docs/v1/faq | Path docs/v1/faq |

  @routing.10
  Scenario Outline: The uuid converter needs the hyphenated form
    When a visitor opens "/uuid/<value>"
    Then the status is <status>

    Examples: hyphenated UUIDs match
      | value                                | status |
      | 12345678-1234-5678-1234-567812345678 | 200    |

    Examples: anything else does not
      | value                              | status |
      | 12345678123456781234567812345678   | 404    |
      | not-a-uuid                         | 404    |

  @all.3
  Scenario: A URL without the trailing slash of its rule is redirected to the slashed URL
    When a visitor opens "/projects"
    Then the visitor is redirected with 308 to "/projects/"

  @routing.11
  Scenario: The slashed URL of a rule is served
    When a visitor opens "/projects/"
    Then the status is 200
    And the page reads "The project page"

  @all.2
  Scenario: A URL with a trailing slash its rule does not have is not found
    When a visitor opens "/about/"
    Then the status is 404
