@http @browser
Feature: What a person sees in a browser
  然后启动flaskserver服务器,点击访问你会看到浏览器页面显示"Hello World!" …… 在 HTML 表单中设置 enctype="multipart/form-data" 属性，不然你的浏览器根本不会发送文件。
  (Start the server and visit it: the browser page shows "Hello World!" ... Set enctype="multipart/form-data" on the HTML form, or your browser will not send the file at all.)
  A real headless Chromium visits the target over HTTP: it renders the pages, fills in and submits the forms, picks files, follows redirects and keeps cookies.
  Selected with -m browser, left out with -m "not browser"; skipped on targets without a real socket (in-process).

  @MIN-1 @MIN-6 @minimal.1
  Scenario: The minimal app's page shows Hello World!
    Given the "minimal" section
    When a person opens "/" in a browser
    Then the page in the browser reads "Hello World!"

  @FLASH-1 @FLASH-2 @flashing.1 @flashing.4
  Scenario: Logging in with the right credentials lands on a page that shows 登陆成功
    Given the "flashing" section
    And a person has opened "/login" in a browser
    When the person submits the form with:
      | username | admin |
      | password | 123   |
    Then the browser is at "/"
    And the page in the browser shows "登陆成功"

  @FLASH-1 @flashing.1
  Scenario: After a reload, 登陆成功 is gone
    Given the "flashing" section
    And a person has submitted the form on "/login" in a browser with:
      | username | admin |
      | password | 123   |
    And the person has seen "登陆成功"
    When the person reloads the page
    Then the page in the browser came with status 200
    And the page in the browser does not show "登陆成功"

  @FLASH-2 @flashing.5
  Scenario: A wrong password shows the error on the login page
    Given the "flashing" section
    And a person has opened "/login" in a browser
    When the person submits the form with:
      | username | admin |
      | password | 1234  |
    Then the browser is at "/login"
    And the page in the browser shows "用户名或密码错误"

  @UPLOAD-1 @UPLOAD-3 @UPLOAD-4 @UPLOAD-7 @UPLOAD-8 @uploads.1 @uploads.4 @uploads.10
  Scenario: A file picked in the upload form arrives
    Given the "uploads" section
    And a fresh text file "notes.txt"
    And a person has opened "/" in a browser
    When the person picks the file in the form and submits it
    Then the page in the browser came with status 200
    And the file's URL serves the file's bytes

  @UPLOAD-1 @UPLOAD-2 @uploads.2
  Scenario: Without the form's enctype, the browser sends no file
    Given the "uploads" section
    And a fresh text file "notes.txt"
    And a person has opened "/" in a browser
    And the person has removed the form's enctype attribute in the page
    When the person picks the file in the form and submits it
    Then the page in the browser came with status 400
    And the file is not served at its URL

  @SESSION-1 @sessions.6
  Scenario: The login lasts while the person moves from page to page
    Given the "sessions" section
    And a person has submitted the form on "/login" in a browser with:
      | username | Zhang San |
    And the person has opened "/login"
    When the person opens "/"
    Then the page in the browser reads "你好, Zhang San"

  @SESSION-5 @sessions.5
  Scenario: Logging out ends the login
    Given the "sessions" section
    And a person has submitted the form on "/login" in a browser with:
      | username | Zhang San |
    When the person opens "/logout"
    Then the browser is at "/"
    And the page in the browser reads "请先进行登陆"
