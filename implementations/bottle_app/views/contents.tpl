<!doctype html>
<title>Flask quickstart, in Bottle</title>
<h1>The Flask quickstart's contract, one Bottle app per section</h1>
<ul>
% for prefix in prefixes:
  <li><a href="{{prefix}}/">{{prefix}}</a></li>
% end
</ul>
