<!doctype html>
<title>Message flashing</title>
% if messages:
  <ul class="flashes">
  % for message in messages:
    <li class="flash">{{message}}</li>
  % end
  </ul>
% end
<h1>Overview</h1>
<p><a href="{{login_url}}">Log in</a></p>
