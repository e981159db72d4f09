<!doctype html>
<title>Cookies</title>
% if stored:
  <p>The username cookie is stored.</p>
% elif username:
  <p>The username cookie says: {{username}}</p>
% else:
  <p>There is no username cookie.</p>
% end
