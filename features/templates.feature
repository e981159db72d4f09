Feature: Rendering templates
  模板渲染: 你可以使用 render_template() 方法来渲染模板。你需要做的一切就是将模板名和你想作为关键字的参数传入模板的变量。
  (render_template() renders a template with the keyword arguments as its variables.)
  One function serves both /hello/ and /hello/<name> (ROUTE-4: "也可以在一个函数上附着多个规则").
  The document does not show hello.html: the reference app uses the one of the Flask docs ("Hello, World!" without a name, "Hello <name>!" with one).

  Background:
    Given the "templates" section

  @MIN-5 @ROUTE-4 @TPL-1 @TPL-3 @templates.1
  Scenario: Without a name the page greets the world, and nobody by name
    Given the visitor has seen "Hello John!" on "/hello/John"
    When a visitor opens "/hello/"
    Then the status is 200
    And the content type is "text/html"
    And the page shows "Hello, World!"
    And the page does not show "John"
    And the page does not show "None"

  @ROUTE-4 @TPL-1 @TPL-3 @templates.2
  Scenario Outline: With a name the page greets that name
    When a visitor opens "/hello/<name>"
    Then the status is 200
    And the page shows "Hello <name>!"

    Examples: names as written in the path, sent percent-encoded
      | name     |
      | John     |
      | John Doe |
      | 小明     |

    Examples: a name some template languages take for false
      | name |
      | 0    |

  @TPL-2 @templates.3
  Scenario: HTML in a name is shown as text, not run
    When a visitor opens "/hello/<script>alert(1)"
    Then the page shows "Hello <script>alert(1)!"
    And the raw body does not contain "<script>"

  @TPL-2 @templates.3
  Scenario: Quotes and ampersands in a name are escaped exactly once
    When a visitor opens "/hello/Tom & Jerry's"
    Then the page shows "Hello Tom & Jerry's!"
    And the raw body does not contain "Tom & Jerry"

  @TPL-2 @templates.3
  Scenario: A name that is already an entity is escaped once more, not decoded
    When a visitor opens "/hello/a&amp;b"
    Then the page shows "Hello a&amp;b!"
