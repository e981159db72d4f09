Feature: Routing
  路由: route() 装饰器把一个函数绑定到对应的 URL 上。
  (Routing: the route() decorator binds a function to a URL.)

  要给 URL 添加变量部分，你可以把这些特殊的字段标记为 <variable_name> ，这个部分将会作为命名参数传递到你的函数。
  规则可以用 <converter:variable_name> 指定一个可选的转换器。
  (A variable part <variable_name> is passed to the function as a keyword argument; a rule can name
  a converter, <converter:variable_name>.)

  The document shows `int` only; the converters string, float, path and uuid, and the trailing-slash
  rules, are those of the Flask documentation, pinned because an implementation gets them wrong easily.
  The trailing-slash rules (a slash added: 404; a slash left out: 308) hold on every route: every_route.feature checks them.
  Several rules on one function (ROUTE-4) are the document's /hello/ and /hello/<name>, in templates.feature.
  The document's show_user_profile puts the name into the page as it is; the current Flask documentation
  escapes it (escape(username)), and so does the reference: a name is shown as text.

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
  Scenario Outline: A URL that no route names is not found
    Given the visitor has seen "Hello World" on "/hello"
    When a visitor opens "<path>"
    Then the status is 404

    Examples: URLs no rule names, one of them below a rule that does
      | path         |
      | /goodbye     |
      | /hello/world |

  @ROUTE-2 @routing.3
  Scenario Outline: A variable part is passed to the function as it was in the URL
    When a visitor opens "<path>"
    Then the status is 200
    And the page reads "<text>"

    Examples: names, percent-decoded once, as UTF-8
      | path                     | text           |
      | /user/John               | User John      |
      | /user/John%20Doe         | User John Doe  |
      | /user/%E4%B8%AD%E6%96%87 | User 中文      |
      | /user/50%2520off         | User 50%20off  |

    Examples: characters other parsers read differently, kept as they are
      | path           | text           |
      | /user/a+b      | User a+b       |
      | /user/john.doe | User john.doe  |
      | /user/<b>Ann   | User <b>Ann    |

  @ROUTE-2 @routing.4
  Scenario: A string variable part stops at a slash
    Given the visitor has seen "User john" on "/user/john"
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
    Given the visitor has seen "Post 42" on "/post/42"
    When a visitor opens "/post/<id>"
    Then the status is 404

    Examples: non-integers do not match
      | id    |
      | 4.2   |
      | abc   |
      | 1e3   |
      | 42abc |
      | %2042 |

  @routing.7
  Scenario Outline: The int converter is unsigned
    Given the visitor has seen "Post 1" on "/post/1"
    When a visitor opens "/post/<id>"
    Then the status is 404

    Examples: signed integers do not match
      | id |
      | -1 |
      | +1 |

  @routing.7
  Scenario Outline: The int converter reads any number of decimal digits, in any script
    When a visitor opens "/post/<id>"
    Then the status is 200
    And the page reads "<text>"

    Examples: more digits than 64 bits hold, never rounded
      | id                   | text                      |
      | 12345678901234567890 | Post 12345678901234567890 |

    Examples: decimal digits of other scripts
      | id                 | text    |
      | %D9%A4%D9%A2       | Post 42 |
      | %EF%BC%94%EF%BC%92 | Post 42 |

  @routing.8
  Scenario Outline: The float converter needs digits on both sides of a decimal point
    Given the visitor has opened "/float/4.2"
    When a visitor opens "/float/<value>"
    Then the status is <status>

    Examples: floats match
      | value | status |
      | 0.5   | 200    |

    Examples: integers, words, a bare fraction and signed floats do not
      | value | status |
      | 42    | 404    |
      | four  | 404    |
      | .5    | 404    |
      | -1.5  | 404    |

  @routing.9
  Scenario Outline: The path converter keeps slashes
    When a visitor opens "<path>"
    Then the status is 200
    And the page reads "<text>"

    Examples:
      | path                    | text                   |
      | /path/a                 | Path a                 |
      | /path/a/b               | Path a/b               |
      | /path/docs/v1/readme.md | Path docs/v1/readme.md |
      | /path/notes/<b>draft    | Path notes/<b>draft    |

  @routing.10
  Scenario Outline: The uuid converter needs the hyphenated form
    Given the visitor has opened "/uuid/12345678-1234-5678-1234-567812345678"
    When a visitor opens "/uuid/<value>"
    Then the status is <status>

    Examples: hyphenated UUIDs match, in either letter case
      | value                                | status |
      | 1b4e28ba-2fa1-11d2-883f-0016d3cca427 | 200    |
      | 1B4E28BA-2FA1-11D2-883F-0016D3CCA427 | 200    |

    Examples: anything else does not
      | value                                | status |
      | 1b4e28ba2fa111d2883f0016d3cca427     | 404    |
      | 1b4e28ba2-fa1-11d2-883f-0016d3cca427 | 404    |
      | not-a-uuid                           | 404    |

  @routing.11
  Scenario Outline: A rule is served at the URL written as the rule is, trailing slash and all
    When a visitor opens "<path>"
    Then the status is 200
    And the page reads "<text>"

    Examples:
      | path       | text             |
      | /projects/ | The project page |
      | /about     | The about page   |
