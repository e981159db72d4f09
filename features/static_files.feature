Feature: Static files
  静态文件: 只要在你的包中或是模块的所在目录中创建一个名为 static 的文件夹，在应用中使用 /static 即可访问。
  (A folder named static beside the module is served under /static.)
  The document shows no page that uses the stylesheet: the reference app adds one at / that links it with url_for.

  Background:
    Given the "static-files" section

  @MIN-5 @STATIC-1 @static-files.1
  Scenario: The stylesheet is served from /static
    When a visitor opens "/static/style.css"
    Then the status is 200
    And the content type is "text/css"
    And the raw body contains "h1 { color: #377ba8; }"

  @static-files.3
  Scenario: A stylesheet the visitor already has is not sent again
    Given a visitor has "/static/style.css" in its cache, with its ETag
    When the visitor revalidates it with If-None-Match
    Then the status is 304
    And the body is empty

  @STATIC-1 @static-files.2
  Scenario: A file the static folder does not hold is not found
    When a visitor opens "/static/missing.css"
    Then the status is 404

  @static-files.4
  Scenario Outline: A path that climbs out of the static folder is not found
    When a visitor opens "<path>"
    Then the status is 404

    Examples: dot-dot as written, percent-encoded, with either slash
      | path                               |
      | /static/../static_files.py         |
      | /static/%2e%2e/static_files.py     |
      | /static/%2E%2E%2Fstatic_files.py   |
      | /static/..%2fstatic_files.py       |
      | /static/%2e%2e%5cstatic_files.py   |
      | /static/..%5cstatic_files.py       |
      | /static/%2e%2e/%2e%2e/README.md    |

  @STATIC-2 @static-files.5
  Scenario: A page links its stylesheet at the URL url_for('static', filename='style.css') builds
    When a visitor opens "/"
    Then the page links the stylesheet "/static/style.css"
    And the stylesheet it links is served as "text/css"
