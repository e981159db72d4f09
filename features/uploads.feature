Feature: File uploads
  文件上传: 在 HTML 表单中设置 enctype="multipart/form-data" 属性，不然你的浏览器根本不会发送文件。
  (File uploads: the HTML form must set enctype="multipart/form-data", or the browser does not send the file at all.)
  The document's view returns nothing on GET and for a refused file (a 500 in Flask 3.1): completed with the Flask docs' form, and every refusal is a 400.
  A fresh file "a.txt" is sent as "<token>-a.txt" (token unique to the scenario) and its URL is "/uploads/<token>-a.txt"; every file's bytes are unique to its scenario.
  Sizes are of the request body (its Content-Length, multipart framing included): that is what MAX_CONTENT_LENGTH limits.
  A body of exactly 16 MiB is left open: Werkzeug's own server accepts it, gunicorn and waitress refuse it.

  Background:
    Given the "uploads" section

  @UPLOAD-1 @uploads.1
  Scenario: The upload form sends its file as multipart/form-data
    When a visitor opens "/"
    Then the status is 200
    And the form is sent by POST to "/"
    And the form's enctype is "multipart/form-data"
    And the form has a file input named "file"

  @UPLOAD-1 @UPLOAD-2 @uploads.2
  Scenario: A form without multipart/form-data sends no file: refused, nothing saved
    Given a fresh file "notes.txt"
    When the visitor submits it from a form without multipart/form-data
    Then the status is 400
    And the file is not served at its URL

  @UPLOAD-2 @uploads.3
  Scenario: The file is looked up by its form field, "file"
    Given a fresh file "notes.txt"
    When the visitor uploads it as the form field "document"
    Then the status is 400
    And the file is not served at its URL

  @UPLOAD-4 @uploads.5
  Scenario: A form submitted with no file chosen is refused
    When the visitor submits the upload form with no file chosen
    Then the status is 400

  @UPLOAD-4 @UPLOAD-7 @uploads.4
  Scenario Outline: A file with an allowed extension is saved, and the visitor sent to it
    Given a fresh file "<name>"
    When the visitor uploads it
    Then the visitor is redirected with 302 to the file's URL

    Examples: the six allowed extensions
      | name       |
      | notes.txt  |
      | paper.pdf  |
      | image.png  |
      | photo.jpg  |
      | photo.jpeg |
      | anim.gif   |

  # photo.PNG: the document's allowed_file compares the extension with the set as written, so
  # upper case is refused; the spec pins the document's rule, not a friendlier one.
  @UPLOAD-4 @uploads.5
  Scenario Outline: A file without an allowed extension is refused, and not saved
    Given a fresh file "<name>"
    When the visitor uploads it
    Then the status is 400
    And the file is not served at its URL

    Examples: other extensions, or none
      | name          |
      | setup.exe     |
      | page.html     |
      | README        |
      | notes.txt.exe |

    Examples: the comparison is case-sensitive
      | name      |
      | photo.PNG |

  @UPLOAD-4 @UPLOAD-6 @uploads.6
  Scenario Outline: The extension is checked on the name as sent, before it is made safe
    Given a file named exactly "<name>"
    When the visitor uploads it
    Then the status is 400

    Examples: what follows the last dot is no allowed extension
      | name                |
      | ../../../etc/passwd |
      | 中文                |

  # 中文.txt passes allowed_file, then secure_filename keeps ASCII only: it is saved as "txt",
  # without its extension. The spec pins the document's order (check, then secure).
  @UPLOAD-6 @UPLOAD-7 @uploads.7
  Scenario Outline: The file is saved under the secure form of its name
    Given a file named exactly "<sent>"
    When the visitor uploads it
    Then the visitor is redirected with 302 to "/uploads/<saved>"

    Examples: path separators, spaces and non-ASCII letters are made safe
      | sent                    | saved          |
      | ../../../etc/passwd.txt | etc_passwd.txt |
      | my file.txt             | my_file.txt    |
      | 中文.txt                | txt            |

  @UPLOAD-3 @UPLOAD-6 @UPLOAD-7 @UPLOAD-8 @uploads.7 @uploads.10
  Scenario Outline: The file is served back under the secure form of its name
    Given a file named exactly "<sent>"
    And the visitor has uploaded it
    When a visitor opens "/uploads/<saved>"
    Then the status is 200
    And the body is the file's bytes

    Examples: path separators, spaces and non-ASCII letters are made safe
      | sent                    | saved          |
      | ../../../etc/passwd.txt | etc_passwd.txt |
      | my file.txt             | my_file.txt    |
      | 中文.txt                | txt            |

  @python-api @UPLOAD-3 @UPLOAD-6 @uploads.9
  Scenario: A name that climbs out of the upload folder is saved inside it
    Given a file named exactly "../../../etc/passwd.txt"
    And the upload folder and the folder around it have been listed
    When the visitor uploads it
    Then the upload folder changed only in "etc_passwd.txt", which holds the file's bytes
    And nothing was written outside the upload folder

  @UPLOAD-3 @UPLOAD-8 @uploads.10
  Scenario: The saved file is served back at its URL, byte for byte
    Given a fresh file "scan.pdf"
    And the visitor has uploaded it
    When the visitor opens the file's URL
    Then the status is 200
    And the body is the file's bytes

  @UPLOAD-3 @UPLOAD-8 @uploads.10
  Scenario: A file never uploaded is not found
    Given a fresh file "ghost.txt"
    When the visitor opens the file's URL
    Then the status is 404

  @uploads.11
  Scenario Outline: A URL that climbs out of the upload folder is not found
    When a visitor opens "/uploads/<path>"
    Then the status is 404

    Examples: dot segments, encoded or as written
      | path                                               |
      | ..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd         |
      | %2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd   |
      | %2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd             |
      | ../../../../../../etc/passwd                       |
      | %2e%2e                                             |
      | ..                                                 |

  @UPLOAD-5 @uploads.8
  Scenario: A request body of 16 MiB - 1 byte is accepted
    Given a fresh file "limit.txt" whose upload body is 16 MiB - 1 byte
    When the visitor uploads it
    Then the visitor is redirected with 302 to the file's URL

  @UPLOAD-5 @uploads.8
  Scenario: A request body of 16 MiB + 1 byte is too large, and nothing is saved
    Given a fresh file "limit.txt" whose upload body is 16 MiB + 1 byte
    When the visitor uploads it
    Then the status is 413
    And the file is not served at its URL

  @UPLOAD-5 @uploads.8
  Scenario: A file far over the limit is refused, and nothing is saved
    Given a fresh file "huge.txt" of 32 MiB
    When the visitor uploads it
    Then the status is 413
    And the file is not served at its URL
