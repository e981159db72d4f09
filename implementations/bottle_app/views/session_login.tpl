<!doctype html>
<title>Log in</title>
<form method="post">
  <p><label>Username <input type="text" name="username"></label></p>
  <p><input type="submit" value="Login"></p>
</form>
