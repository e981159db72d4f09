Feature: Static files
  静态文件: 只要在你的包中或是模块的所在目录中创建一个名为 static 的文件夹，在应用中使用 /static 即可访问。
  (A folder named static beside the module is served under /static.)
  The document shows no page that uses the stylesheet: the reference app adds one at / that links it with url_for.
  Across Flask lines (python -m steps.versions): Flask 2.0.0 to 2.1.3 serve static files without an ETag (so If-None-Match never gets a 304; static-files.3 fails there): their send_from_directory passed etag=None on to Werkzeug's send_file, since 2.0.0 made it a wrapper around Werkzeug's (change log: pallets/flask#3828); 2.2.0 removed the old parameter names and that None with them (pallets/flask#4667). Flask 1.1 sends one.

  Background:
    Given the "static-files" section

  @MIN-5 @STATIC-1 @static-files.1
  Scenario: The stylesheet is served from /static
    When a visitor opens "/static/style.css"
    Then the status is 200
    And the content type is "text/css"
    And the raw body contains "h1 { color: #377ba8; }"

  @STATIC-1 @static-files.2
  Scenario: A file the static folder does not hold is not found
    Given the static folder serves "/static/style.css" as "text/css"
    When a visitor opens "/static/missing.css"
    Then the status is 404

  @static-files.3
  Scenario Outline: A stylesheet the visitor already has is not sent again
    Given a visitor has "/static/style.css" in its cache, with its ETag
    When the visitor revalidates it with If-None-Match: <names>
    Then the status is 304
    And the body is empty

    Examples: the cached copy named alone, weakly, in a list, or as any copy at all
      | names                          |
      | its ETag                       |
      | its ETag marked weak           |
      | a list that ends with its ETag |
      | *                              |

  @static-files.3
  Scenario: A stylesheet the visitor holds in another version is sent again
    Given a visitor has "/static/style.css" in its cache, with its ETag
    When the visitor revalidates it with If-None-Match: another ETag
    Then the status is 200
    And the raw body contains "h1 { color: #377ba8; }"

  @static-files.4
  Scenario Outline: A path that climbs out of the static folder is not found
    Given the static folder serves "/static/style.css" as "text/css"
    When a visitor opens "<path>"
    Then the status is 404

    Examples: dot-dot as written and percent-encoded, to the module beside the folder
      | path                             |
      | /static/../static_files.py       |
      | /static/%2e%2e/static_files.py   |
      | /static/%2E%2E%2Fstatic_files.py |
      | /static/..%2fstatic_files.py     |

    Examples: a backslash, which is no separator
      | path                             |
      | /static/%2e%2e%5cstatic_files.py |
      | /static/..%5cstatic_files.py     |

    Examples: encoded twice
      | path                                   |
      | /static/%252e%252e%252fstatic_files.py |

    Examples: far enough to reach the root of the file system
      | path                                                                                       |
      | /static/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd |

    Examples: a NUL byte, where a C string would end
      | path                      |
      | /static/style.css%00.txt  |

  @STATIC-2 @static-files.5
  Scenario: A page links its stylesheet at the URL url_for('static', filename='style.css') builds
    When a visitor opens "/"
    Then the page links the stylesheet "/static/style.css"
    And the stylesheet it links is served as "text/css"

  @static-files.6
  Scenario: The static folder itself is not listed
    Given the static folder serves "/static/style.css" as "text/css"
    When a visitor opens "/static/"
    Then the status is 404
