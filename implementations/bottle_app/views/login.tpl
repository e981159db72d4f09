<!doctype html>
<title>Log in</title>
<h1>Log in</h1>
% if error:
  <p class="error"><strong>Error:</strong> {{error}}</p>
% end
<form method="post">
  <label>Username <input type="text" name="username"></label>
  <label>Password <input type="password" name="password"></label>
  <input type="submit" value="Log in">
</form>
